-- Every change of a case is decided on the row as read and written only while the row is still at that
-- version; intake also keeps when the reporter saw it and what raised it (e.g. a special-population visit).
ALTER TABLE cases
    ADD COLUMN version     integer NOT NULL DEFAULT 0,
    ADD COLUMN occurred_at timestamptz,
    ADD COLUMN source_type varchar(32),
    ADD COLUMN source_id   varchar(64);
UPDATE cases SET occurred_at = received_at;

-- Notifications now belong to platform (DESIGN.md): they link to any module's record by type and id, carry a
-- message key and arguments rendered in the reader's language, and may go to a role in a region. Rows
-- written before keep their text in "message".
ALTER TABLE notifications DROP CONSTRAINT notifications_case_fk;
ALTER TABLE notifications
    ADD COLUMN record_type      varchar(32),
    ADD COLUMN record_id        varchar(64) COLLATE "C",
    ADD COLUMN recipient_role   varchar(24),
    ADD COLUMN recipient_region varchar(12) COLLATE "C",
    ADD COLUMN message_key      varchar(100),
    ADD COLUMN message_args     jsonb NOT NULL DEFAULT '[]';
UPDATE notifications n SET record_type = 'case', record_id = c.number FROM cases c WHERE c.id = n.case_id;
ALTER TABLE notifications DROP COLUMN case_id;
ALTER TABLE notifications ALTER COLUMN message DROP NOT NULL;
ALTER TABLE notifications DROP CONSTRAINT notifications_recipient_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_recipient_check CHECK (
    recipient_unit IS NOT NULL OR recipient_user IS NOT NULL
    OR (recipient_role IS NOT NULL AND recipient_region IS NOT NULL));
ALTER TABLE notifications ADD CONSTRAINT notifications_text_check CHECK (message IS NOT NULL OR message_key IS NOT NULL);
CREATE INDEX notifications_role_idx ON notifications (recipient_role, recipient_region, created_at)
    WHERE recipient_role IS NOT NULL;
CREATE INDEX notifications_record_idx ON notifications (record_type, record_id);
