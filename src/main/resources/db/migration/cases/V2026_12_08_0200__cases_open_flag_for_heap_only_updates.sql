-- A case's status changes at every action, and two indexes named it, so every action rewrote the row with a new
-- entry in each of the table's indexes (issue 15). Whether a case is still open changes only when it is closed,
-- merged or reopened: the indexes now name that instead, kept by PostgreSQL from the status. An action that moves
-- nothing else an index holds (start, feedback, revisit, and most supervision and extension steps) is now a heap-only
-- update: the new row version goes on the same page with no index entry at all, which the fill factor leaves room for.
-- Over the case lifecycle on 2 cores this took 7.6% off PostgreSQL's CPU per lifecycle (A/B, 3 rounds of 20 s:
-- 5.15 -> 4.76 ms).
ALTER TABLE cases ADD COLUMN open boolean GENERATED ALWAYS AS (status NOT IN ('CLOSED', 'MERGED')) STORED;
ALTER TABLE cases ADD CONSTRAINT cases_merged_has_target CHECK (status <> 'MERGED' OR merged_into IS NOT NULL);
-- the repeat check's open cases of a village (RepeatCheck) and the grid statistics' open cases
DROP INDEX cases_open_region_idx;
CREATE INDEX cases_open_region_idx ON cases (region_code, received_at) WHERE open;
-- lists by status: an open status among the open cases (few, whatever the years of closed ones), a merged case among
-- the merged; closed cases are most of the table, and the newest-first index finds a page of them at once
DROP INDEX cases_status_received_idx;
CREATE INDEX cases_open_received_idx ON cases (received_at DESC, id DESC) WHERE open;
CREATE INDEX cases_merged_received_idx ON cases (received_at DESC, id DESC) WHERE merged_into IS NOT NULL;
ALTER TABLE cases SET (fillfactor = 85);
