-- Whether any file hangs on the case, so reading a case skips the attachments query when none does. Files
-- are attached to cases only by intake and actions, which set it in the same transaction; never detached.
ALTER TABLE cases ADD COLUMN has_attachments boolean NOT NULL DEFAULT false;
UPDATE cases c SET has_attachments = true
WHERE EXISTS (SELECT 1 FROM stored_files f WHERE f.record_type = 'case' AND f.record_id = c.number);
