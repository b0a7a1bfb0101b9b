-- Lists and text search at a million cases (issue 15).
-- Every case list is ordered newest first: its first page reads this index backwards and stops after a page.
CREATE INDEX cases_received_idx ON cases (received_at DESC, id DESC);
-- Queues by status (the desk's RECEIVED, RETURNED, ESCALATED, REOPENED): few open cases among years of closed
-- ones, which a newest-first scan would have to read past; their rows sorted by time are a handful.
CREATE INDEX cases_status_received_idx ON cases (status, received_at DESC, id DESC);

-- q= of three characters or more: trigram indexes (pg_trgm keeps Chinese characters only under a UTF-8
-- LC_CTYPE; the embedded server is initialized with C.UTF-8 and the application checks it at start).
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX cases_title_trgm_idx ON cases USING gin (title gin_trgm_ops);
CREATE INDEX cases_description_trgm_idx ON cases USING gin (description gin_trgm_ops);
