-- Uploaded files: the bytes live in file storage under storage_key; a file is uploaded first and
-- attached to one record (record_type, record_id) later, inside that record's writing transaction.
CREATE TABLE stored_files (
    id           uuid          NOT NULL,
    name         varchar(255)  NOT NULL,
    content_type varchar(127)  NOT NULL,
    size         bigint        NOT NULL,
    sha256       bytea         NOT NULL,
    storage_key  varchar(255)  NOT NULL,
    uploaded_by  varchar(64)   NOT NULL,
    uploaded_at  timestamptz   NOT NULL,
    record_type  varchar(64),
    record_id    varchar(128),
    attached_at  timestamptz,
    CONSTRAINT stored_files_pkey PRIMARY KEY (id),
    CONSTRAINT stored_files_storage_key_key UNIQUE (storage_key),
    CONSTRAINT stored_files_size_check CHECK (size > 0),
    CONSTRAINT stored_files_sha256_check CHECK (octet_length(sha256) = 32),
    -- unattached: all three empty; attached: all three set
    CONSTRAINT stored_files_attachment_check CHECK (
        (record_type IS NULL AND record_id IS NULL AND attached_at IS NULL)
        OR (record_type IS NOT NULL AND record_id IS NOT NULL AND attached_at IS NOT NULL))
);
CREATE INDEX stored_files_record_idx ON stored_files (record_type, record_id);
