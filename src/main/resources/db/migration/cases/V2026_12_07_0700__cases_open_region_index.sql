-- The repeat check at every intake (RepeatCheck) looks for open cases of the same village received in the last 180
-- days. Through cases_region_idx it read every case of the village in that window, closed ones included, and dropped
-- them by status: after 38,583 cases of load, 2,754 heap rows and 11 ms for two open cases, the statement that took
-- the database the most time per lifecycle. Only the open cases are indexed here (0.23 ms). Every status change already inserts
-- new index entries (status is indexed), so this adds one entry per change while the case is open.
CREATE INDEX cases_open_region_idx ON cases (region_code, received_at) WHERE status NOT IN ('CLOSED', 'MERGED');
