-- Two cuts in what every write pays for its indexes (issue 15). Each case action appends an audit row, and a B-tree on
-- its time took a new entry for every one of them: the log is appended in time order, so a BRIN index (one summary
-- per range of pages, written when vacuum summarizes the range, not on each insert) finds a period's rows as well.
-- The newest-first list pages through the primary key, and a user's or a record's entries through their own indexes.
DROP INDEX audit_log_at_idx;
CREATE INDEX audit_log_at_brin ON audit_log USING brin (at);
-- A notification goes to a unit, a user or a role: the inbox indexes took an entry for the columns left empty too.
-- The inbox asks for recipient_unit = ANY (…) and recipient_user = …, which imply a value.
DROP INDEX notifications_unit_idx;
CREATE INDEX notifications_unit_idx ON notifications (recipient_unit, created_at) WHERE recipient_unit IS NOT NULL;
DROP INDEX notifications_user_idx;
CREATE INDEX notifications_user_idx ON notifications (recipient_user, created_at) WHERE recipient_user IS NOT NULL;
