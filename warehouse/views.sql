-- Views over the event tables. Re-created on every connection that writes (CREATE OR REPLACE).

-- One row per calendar entry. The same event printed by several issues is one entry: the
-- latest issue's wording wins (QUALIFY below). Date windows are all-day entries whose ends_at is
-- the day after the last day (exclusive, as in ICS); timed entries carry exclusive ends.
CREATE OR REPLACE VIEW deadlines AS
WITH entries AS (
    SELECT
        w.event_id || ':window' AS entry_id,
        w.event_id,
        'conscription_window' AS event_type,
        (CASE w.gender WHEN 'male' THEN '男兵' ELSE '女兵' END)
            || (CASE w.half WHEN 'H1' THEN '上半年' ELSE '下半年' END)
            || '征兵网上报名' AS title,
        CAST(w.start_date AS TIMESTAMP) AS starts_at,
        CAST(w.end_date + INTERVAL 1 DAY AS TIMESTAMP) AS ends_at,
        TRUE AS all_day,
        w.evidence AS description,
        w.issue_id, w.article_id, w.evidence
    FROM conscription_windows w
    WHERE w.start_date IS NOT NULL AND w.end_date IS NOT NULL
    UNION ALL
    SELECT
        w.event_id || ':close',
        w.event_id,
        'conscription_deadline',
        (CASE w.gender WHEN 'male' THEN '男兵' ELSE '女兵' END)
            || (CASE w.half WHEN 'H1' THEN '上半年' ELSE '下半年' END)
            || '征兵网上报名截止',
        CAST(w.end_date AS TIMESTAMP),
        CAST(w.end_date + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        w.evidence,
        w.issue_id, w.article_id, w.evidence
    FROM conscription_windows w
    WHERE w.end_date IS NOT NULL
    UNION ALL
    SELECT
        o.event_id || ':period',
        o.event_id,
        'air_quality_order',
        COALESCE(o.name, '空气质量管控') || ':加严空气质量管控',
        o.starts_at,
        o.ends_at,
        FALSE,
        o.evidence || CASE WHEN len(o.measures) > 0 THEN chr(10) || array_to_string(o.measures, chr(10)) ELSE '' END,
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
        m.evidence,
        m.issue_id, m.article_id, m.evidence
    FROM meetings m
    WHERE m.date IS NOT NULL
    UNION ALL
    SELECT
        n.event_id || ':deadline',
        n.event_id,
        'notice_deadline',
        COALESCE(n.title, n.kind) || '截止',
        CAST(n.deadline AS TIMESTAMP),
        CAST(n.deadline + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        n.evidence,
        n.issue_id, n.article_id, n.evidence
    FROM public_notices n
    WHERE n.deadline IS NOT NULL
    UNION ALL
    SELECT
        n.event_id || ':effective',
        n.event_id,
        'notice_effective',
        COALESCE(n.title, n.kind) || '起施行',
        CAST(n.effective_from AS TIMESTAMP),
        CAST(n.effective_from + INTERVAL 1 DAY AS TIMESTAMP),
        TRUE,
        n.evidence,
        n.issue_id, n.article_id, n.evidence
    FROM public_notices n
    WHERE n.effective_from IS NOT NULL
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
COMMENT ON COLUMN deadlines.event_type IS 'conscription_window, conscription_deadline, air_quality_order, meeting, notice_deadline, notice_effective.';
COMMENT ON COLUMN deadlines.title IS 'A human title in Chinese.';
COMMENT ON COLUMN deadlines.starts_at IS 'Start (local time; midnight for all-day entries).';
COMMENT ON COLUMN deadlines.ends_at IS 'End, exclusive (the day after the last day for all-day entries); NULL if open-ended.';
COMMENT ON COLUMN deadlines.all_day IS 'Whether the entry is a span of whole days.';
COMMENT ON COLUMN deadlines.description IS 'The evidence (and details such as measures).';
COMMENT ON COLUMN deadlines.issue_id IS 'The latest issue that printed the event.';
COMMENT ON COLUMN deadlines.article_id IS 'The article in that issue.';
COMMENT ON COLUMN deadlines.evidence IS 'Verbatim evidence span.';
COMMENT ON COLUMN deadlines.issue_date IS 'Date of that issue.';
COMMENT ON COLUMN deadlines.paper IS 'Newspaper of that issue.';
COMMENT ON COLUMN deadlines.article_title IS 'Headline of the article.';
