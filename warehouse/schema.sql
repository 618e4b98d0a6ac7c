-- baoxun warehouse schema. Idempotent: every statement may run on an existing database.
-- Dates are DATE, times TIMESTAMP in local time (Asia/Shanghai); an end TIMESTAMP is exclusive,
-- an end DATE is the last day (inclusive), as newspapers print it.
-- The event tables (meetings, phone_numbers, ...) are not here: each is declared with its record
-- type in extractors/records.py, and warehouse/ddl.py adds their DDL and comments after this file
-- (`python -m warehouse.ddl` prints the whole schema).

CREATE TABLE IF NOT EXISTS loads (
    load_id            VARCHAR PRIMARY KEY,
    started_at         TIMESTAMP NOT NULL,
    finished_at        TIMESTAMP,
    raw_dir            VARCHAR,
    runner             VARCHAR,
    extractor_version  VARCHAR NOT NULL,
    files_seen         INTEGER,
    issues_new         INTEGER,
    issues_changed     INTEGER,
    issues_unchanged   INTEGER,
    issues_failed      INTEGER,
    status             VARCHAR NOT NULL
);
COMMENT ON TABLE loads IS 'One row per ingest run: what it saw and what it did (lineage for every other table via load_id).';
COMMENT ON COLUMN loads.load_id IS 'Id of the run; every issue row records the load that wrote it.';
COMMENT ON COLUMN loads.started_at IS 'When the run started (local time).';
COMMENT ON COLUMN loads.finished_at IS 'When the run finished; NULL while running or if it crashed.';
COMMENT ON COLUMN loads.raw_dir IS 'The folder of raw issues the run read.';
COMMENT ON COLUMN loads.runner IS 'Prefect task runner used: local or dask.';
COMMENT ON COLUMN loads.extractor_version IS 'Version of the extraction rules (a hash of the extractor sources, their language data and the versions of the libraries whose output they use).';
COMMENT ON COLUMN loads.files_seen IS 'Raw files discovered.';
COMMENT ON COLUMN loads.issues_new IS 'Issues loaded for the first time.';
COMMENT ON COLUMN loads.issues_changed IS 'Issues re-extracted because their content or the extractor version changed.';
COMMENT ON COLUMN loads.issues_unchanged IS 'Issues skipped: same content hash and extractor version as already loaded.';
COMMENT ON COLUMN loads.issues_failed IS 'Files recorded in ingest_errors by this run.';
COMMENT ON COLUMN loads.status IS 'running, ok (nothing failed) or partial (some files failed).';

CREATE TABLE IF NOT EXISTS issues (
    issue_id           VARCHAR PRIMARY KEY,
    source_path        VARCHAR NOT NULL,
    content_sha256     VARCHAR NOT NULL,
    issue_date         DATE,
    issue_date_source  VARCHAR NOT NULL,
    issue_date_reason  VARCHAR,
    paper              VARCHAR,
    edition            VARCHAR,
    area_code          VARCHAR,
    encoding           VARCHAR NOT NULL,
    char_count         INTEGER NOT NULL,
    article_count      INTEGER NOT NULL,
    ingested_at        TIMESTAMP NOT NULL,
    extractor_version  VARCHAR NOT NULL,
    run_fingerprint    VARCHAR NOT NULL,
    load_id            VARCHAR NOT NULL,
    text               VARCHAR NOT NULL
);
COMMENT ON TABLE issues IS 'One row per raw issue file loaded: where it came from, its date, and its decoded text.';
COMMENT ON COLUMN issues.issue_id IS 'Stable id derived from paper + issue date + source file name.';
COMMENT ON COLUMN issues.source_path IS 'Path of the raw file relative to the raw folder.';
COMMENT ON COLUMN issues.content_sha256 IS 'SHA-256 of the raw bytes; with extractor_version, decides whether a re-run skips the file.';
COMMENT ON COLUMN issues.issue_date IS 'Publication date the relative dates of the issue are resolved against.';
COMMENT ON COLUMN issues.issue_date_source IS 'manifest (raw/issues.csv or the fetch record), filename, markup (an e-paper path or metadata), inferred (from the text) or unknown.';
COMMENT ON COLUMN issues.issue_date_reason IS 'How the date was found, in words (the reasoning for inferred dates).';
COMMENT ON COLUMN issues.paper IS 'Newspaper name, from the manifest.';
COMMENT ON COLUMN issues.edition IS 'Edition or page, from the manifest.';
COMMENT ON COLUMN issues.area_code IS 'Telephone area code used for local numbers printed without one.';
COMMENT ON COLUMN issues.encoding IS 'Encoding the raw bytes were decoded from (utf-8, utf-8-sig, utf-16, gb18030).';
COMMENT ON COLUMN issues.char_count IS 'Characters in the decoded text.';
COMMENT ON COLUMN issues.article_count IS 'Articles the segmenter found.';
COMMENT ON COLUMN issues.ingested_at IS 'When this version of the issue was loaded.';
COMMENT ON COLUMN issues.extractor_version IS 'Version of the extraction rules that produced the issue''s rows.';
COMMENT ON COLUMN issues.run_fingerprint IS 'Extractor version + the manifest context (date, paper, edition, area code) the rows were made with; a re-run skips the file only if this and the hash are unchanged.';
COMMENT ON COLUMN issues.load_id IS 'The run (loads.load_id) that wrote the issue''s rows.';
COMMENT ON COLUMN issues.text IS 'Decoded text (line ends normalised to LF, BOM removed); every char_start/char_end points into it.';

CREATE TABLE IF NOT EXISTS articles (
    article_id   VARCHAR PRIMARY KEY,
    issue_id     VARCHAR NOT NULL,
    seq          INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    title        VARCHAR,
    subtitle     VARCHAR,
    section      VARCHAR,
    byline       VARCHAR,
    -- Stored with zstd, not left to DuckDB's choice: for columns of a few hundred characters it
    -- tries every string compression at each checkpoint and keeps FSST, which cost the writer a
    -- seventh of its CPU (3,650 issues: 5.5-6.4 s against 4.9-5.5 s) for a file a third larger
    -- (98 MB against 72 MB), and a scan of the bodies reads as fast.
    body         VARCHAR USING COMPRESSION ZSTD NOT NULL,
    char_start   INTEGER NOT NULL,
    char_end     INTEGER NOT NULL,
    lead_title   VARCHAR,
    page_name    VARCHAR,
    page_no      INTEGER,
    source_page  VARCHAR
);
COMMENT ON TABLE articles IS 'Articles, captions, jump lines and notice blocks of each issue, in page order.';
COMMENT ON COLUMN articles.article_id IS 'issue_id + sequence number.';
COMMENT ON COLUMN articles.issue_id IS 'The issue the article belongs to.';
COMMENT ON COLUMN articles.seq IS 'Position in the issue, from 0.';
COMMENT ON COLUMN articles.kind IS 'article, caption (photo caption), jump (上接/下转 line), notice, classified or masthead.';
COMMENT ON COLUMN articles.title IS 'Headline.';
COMMENT ON COLUMN articles.subtitle IS 'Subtitle or kicker (lines starting with ——).';
COMMENT ON COLUMN articles.section IS 'Column or section label in force (e.g. 政务之要).';
COMMENT ON COLUMN articles.byline IS 'Byline: 本报讯, reporters, correspondents, photographers.';
COMMENT ON COLUMN articles.body IS 'Text as a reader sees it: markup dropped, paragraphs broken by the layout rejoined.';
COMMENT ON COLUMN articles.char_start IS 'Start offset of the article in the issue text.';
COMMENT ON COLUMN articles.char_end IS 'End offset (exclusive) of the article in the issue text.';
COMMENT ON COLUMN articles.lead_title IS 'Lead title (引题) printed above the headline, from e-paper markup; NULL for text issues.';
COMMENT ON COLUMN articles.page_name IS 'Name of the printed page (版面) the article is on, e.g. 要闻, from e-paper markup.';
COMMENT ON COLUMN articles.page_no IS 'Number of the printed page (第01版 → 1), from e-paper markup.';
COMMENT ON COLUMN articles.source_page IS 'The e-paper page the article was read from (day folder/content_N.htm); NULL for text issues.';

CREATE TABLE IF NOT EXISTS ingest_errors (
    source_path     VARCHAR NOT NULL,
    error_kind      VARCHAR NOT NULL,
    message         VARCHAR NOT NULL,
    seen_at         TIMESTAMP NOT NULL,
    load_id         VARCHAR,
    content_sha256  VARCHAR
);
COMMENT ON TABLE ingest_errors IS 'Files a run could not load, and why; the rest of the run went on. Cleared for a file once it loads.';
COMMENT ON COLUMN ingest_errors.source_path IS 'Path of the raw file (relative to the raw folder when inside it).';
COMMENT ON COLUMN ingest_errors.error_kind IS 'decode, unreadable, not_a_file, manifest, outside_raw_dir, missing, extract, deleted, load (the warehouse refused the issue''s rows: loaded again by the next run); for e-paper pages also empty, truncated, malformed, unknown_layout, no_articles.';
COMMENT ON COLUMN ingest_errors.message IS 'What went wrong, for a person.';
COMMENT ON COLUMN ingest_errors.seen_at IS 'When the run met the error.';
COMMENT ON COLUMN ingest_errors.load_id IS 'The run that met it.';
COMMENT ON COLUMN ingest_errors.content_sha256 IS 'SHA-256 of the bytes, when they could be read.';

CREATE TABLE IF NOT EXISTS fetch_log (
    fetched_at   TIMESTAMP NOT NULL,
    paper        VARCHAR NOT NULL,
    issue_date   DATE NOT NULL,
    url          VARCHAR NOT NULL,
    outcome      VARCHAR NOT NULL,
    http_status  INTEGER,
    bytes        BIGINT,
    attempts     INTEGER NOT NULL,
    stored_path  VARCHAR,
    message      VARCHAR
);
COMMENT ON TABLE fetch_log IS 'One row per e-paper page baoxun fetch asked for or skipped, and what came of it (the fetch record and its errors).';
COMMENT ON COLUMN fetch_log.fetched_at IS 'When the page was asked for (local time).';
COMMENT ON COLUMN fetch_log.paper IS 'Key of the paper in papers.toml.';
COMMENT ON COLUMN fetch_log.issue_date IS 'The issue day being fetched.';
COMMENT ON COLUMN fetch_log.url IS 'The page''s URL.';
COMMENT ON COLUMN fetch_log.outcome IS 'stored (new or changed copy written), unchanged (same bytes), not_modified (304 to a conditional request), already_stored (not asked for again), no_issue (the day''s first page is 404), not_found, robots_disallowed, rejected (downloaded but cut short, empty or unreadable: not stored, a stored copy kept), failed (retries spent or another HTTP status).';
COMMENT ON COLUMN fetch_log.http_status IS 'HTTP status of the last attempt; NULL when no request was made.';
COMMENT ON COLUMN fetch_log.bytes IS 'Bytes downloaded.';
COMMENT ON COLUMN fetch_log.attempts IS 'Requests made for the page (retries included); 0 when skipped.';
COMMENT ON COLUMN fetch_log.stored_path IS 'File name in the day folder raw/<paper>/<date>/ holding the page.';
COMMENT ON COLUMN fetch_log.message IS 'Why the page was refused or failed, for a person.';
