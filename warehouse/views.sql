-- Views over the event tables. Re-created on every connection that writes (CREATE OR REPLACE).
-- A $$name is filled in by warehouse/ddl.py from the record declarations (extractors/records.py).

-- One row per calendar entry. The same event printed by several issues is one entry: the
-- latest issue's wording wins (QUALIFY below). Date windows are all-day entries whose ends_at is
-- the day after the last day (exclusive, as in ICS); timed entries carry exclusive ends. Which
-- entries a row becomes (a conscription window: the window and its last day; a notice: its
-- deadline, its first day in force and the period it announces...) its type declares (calendar=).
CREATE OR REPLACE VIEW deadlines AS
WITH $entry_sources
entries ($entry_columns) AS (
$entries
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
COMMENT ON COLUMN deadlines.event_type IS $event_type_comment;
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
