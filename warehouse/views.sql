-- Views over the event tables. Re-created on every connection that writes (CREATE OR REPLACE).

-- One row per calendar entry. The same event printed by several issues is one entry: the
-- latest issue's wording wins (QUALIFY below). Date windows are all-day entries whose ends_at is
-- the day after the last day (exclusive, as in ICS); timed entries carry exclusive ends.
CREATE OR REPLACE VIEW deadlines AS
WITH windows AS (
    SELECT w.*,
        (CASE w.gender WHEN 'male' THEN '男兵' ELSE '女兵' END)
            || (CASE w.half WHEN 'H1' THEN '上半年' ELSE '下半年' END) || '征兵网上报名' AS label,
        w.evidence
            || CASE WHEN w.site IS NOT NULL THEN chr(10) || '报名网站:' || w.site ELSE '' END
            || CASE WHEN w.age_min IS NOT NULL OR w.age_max IS NOT NULL
                    THEN chr(10) || '年龄:' || COALESCE(CAST(w.age_min AS VARCHAR), '') || '至'
                         || COALESCE(CAST(w.age_max AS VARCHAR), '') || '周岁'
                    ELSE '' END
            || CASE WHEN w.age_note IS NOT NULL THEN chr(10) || w.age_note ELSE '' END AS details
    FROM conscription_windows w
),
notices AS (
    -- A notice's label: its own title when that names it ("关于调整12路公交线路的公告"), else who
    -- issued it and its kind ("中共太原市委组织部任前公示"), never a news headline about it.
    SELECT n.*,
        CASE
            WHEN n.title IS NOT NULL AND ends_with(n.title, n.kind) AND length(n.title) > length(n.kind) + 2
                THEN n.title
            ELSE COALESCE(n.issuer, '') || n.kind
        END AS label,
        COALESCE(n.body, n.evidence)
            || CASE WHEN len(n.phones) > 0 THEN chr(10) || '电话:' || array_to_string(n.phones, '、') ELSE '' END
            AS details
    FROM public_notices n
),
entries AS (
    SELECT
        w.event_id || ':window' AS entry_id,
        w.event_id,
        'conscription_window' AS event_type,
        w.label AS title,
        CAST(w.start_date AS TIMESTAMP) AS starts_at,
        CAST(w.end_date + INTERVAL 1 DAY AS TIMESTAMP) AS ends_at,
        TRUE AS all_day,
        w.details AS description,
        w.issue_id, w.article_id, w.evidence
    FROM windows w
    WHERE w.start_date IS NOT NULL AND w.end_date IS NOT NULL
    UNION ALL
    SELECT
        w.event_id || ':close',
        w.event_id,
        'conscription_deadline',
        w.label || '截止',
        CAST(w.end_date AS TIMESTAMP),
        CAST(w.end_date + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        w.details,
        w.issue_id, w.article_id, w.evidence
    FROM windows w
    WHERE w.end_date IS NOT NULL
    UNION ALL
    SELECT
        o.event_id || ':period',
        o.event_id,
        'air_quality_order',
        -- "第10号调度令:加严空气质量管控"; an unnumbered alert keeps its name ("重污染天气橙色预警:…").
        CASE
            WHEN regexp_matches(o.name, '第[0-9〇零一二三四五六七八九十百]+号')
                THEN regexp_extract(o.name, '第[0-9〇零一二三四五六七八九十百]+号.*$')
            ELSE o.name
        END
            || CASE WHEN o.level IS NOT NULL THEN ':重污染天气管控' ELSE ':加严空气质量管控' END,
        o.starts_at,
        o.ends_at,
        FALSE,
        o.evidence
            || CASE WHEN o.issuer IS NOT NULL THEN chr(10) || '发布:' || o.issuer ELSE '' END
            || CASE WHEN o.level IS NOT NULL THEN chr(10) || '级别:' || o.level ELSE '' END
            || CASE WHEN len(o.daily_hours) > 0 THEN chr(10) || '每日:' || array_to_string(o.daily_hours, '、') ELSE '' END
            || CASE WHEN len(o.measures) > 0 THEN chr(10) || array_to_string(o.measures, chr(10)) ELSE '' END,
        o.issue_id, o.article_id, o.evidence
    FROM air_quality_orders o
    WHERE o.starts_at IS NOT NULL
    UNION ALL
    SELECT
        m.event_id || ':meeting',
        m.event_id,
        'meeting',
        m.name,
        CAST(m.date AS TIMESTAMP),
        CAST(COALESCE(m.end_date, m.date) + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        m.evidence
            || CASE WHEN m.location IS NOT NULL THEN chr(10) || '地点:' || m.location ELSE '' END
            || CASE WHEN m.organizer IS NOT NULL THEN chr(10) || '主办:' || m.organizer ELSE '' END,
        m.issue_id, m.article_id, m.evidence
    FROM meetings m
    WHERE m.date IS NOT NULL
    UNION ALL
    SELECT
        n.event_id || ':deadline',
        n.event_id,
        'notice_deadline',
        n.label || '截止',
        CAST(n.deadline AS TIMESTAMP),
        CAST(n.deadline + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        n.details,
        n.issue_id, n.article_id, n.evidence
    FROM notices n
    WHERE n.deadline IS NOT NULL
    UNION ALL
    SELECT
        n.event_id || ':effective',
        n.event_id,
        'notice_effective',
        n.label || '起施行',
        CAST(n.effective_from AS TIMESTAMP),
        CAST(n.effective_from + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        n.details,
        n.issue_id, n.article_id, n.evidence
    FROM notices n
    WHERE n.effective_from IS NOT NULL
    UNION ALL
    -- The period a notice announces (停水 8时至20时, a road closed for a week): timed unless it
    -- runs midnight to midnight.
    SELECT
        n.event_id || ':period',
        n.event_id,
        'notice_period',
        n.label,
        n.starts_at,
        n.ends_at,
        n.ends_at IS NOT NULL AND CAST(n.starts_at AS TIME) = TIME '00:00' AND CAST(n.ends_at AS TIME) = TIME '00:00',
        n.details,
        n.issue_id, n.article_id, n.evidence
    FROM notices n
    WHERE n.starts_at IS NOT NULL
)
SELECT
    e.entry_id, e.event_id, e.event_type, e.title, e.starts_at, e.ends_at, e.all_day,
    e.description, e.issue_id, e.article_id, e.evidence,
    i.issue_date, i.paper, a.title AS article_title
FROM entries e
JOIN issues i USING (issue_id)
LEFT JOIN articles a ON a.article_id = e.article_id
QUALIFY row_number() OVER (PARTITION BY e.entry_id ORDER BY i.issue_date DESC NULLS LAST, e.issue_id) = 1;

COMMENT ON VIEW deadlines IS 'Public deadlines and dated events, one row per calendar entry (what baoxun calendar exports).';
COMMENT ON COLUMN deadlines.entry_id IS 'Stable id of the calendar entry (event_id + what the entry marks); the ICS UID derives from it.';
COMMENT ON COLUMN deadlines.event_id IS 'The event the entry belongs to.';
COMMENT ON COLUMN deadlines.event_type IS 'conscription_window, conscription_deadline, air_quality_order, meeting, notice_deadline, notice_effective, notice_period.';
COMMENT ON COLUMN deadlines.title IS 'A human title in Chinese (男兵上半年征兵网上报名截止, 第10号调度令:加严空气质量管控, 中共太原市委组织部任前公示截止).';
COMMENT ON COLUMN deadlines.starts_at IS 'Start (local time; midnight for all-day entries).';
COMMENT ON COLUMN deadlines.ends_at IS 'End, exclusive (the day after the last day for all-day entries); NULL if open-ended.';
COMMENT ON COLUMN deadlines.all_day IS 'Whether the entry is a span of whole days.';
COMMENT ON COLUMN deadlines.description IS 'The evidence or the notice text, with details: measures, site, ages, location, phones.';
COMMENT ON COLUMN deadlines.issue_id IS 'The latest issue that printed the event.';
COMMENT ON COLUMN deadlines.article_id IS 'The article in that issue.';
COMMENT ON COLUMN deadlines.evidence IS 'Verbatim evidence span.';
COMMENT ON COLUMN deadlines.issue_date IS 'Date of that issue.';
COMMENT ON COLUMN deadlines.paper IS 'Newspaper of that issue.';
COMMENT ON COLUMN deadlines.article_title IS 'Headline of the article.';
