-- Append-only audit log: who, when, what, which record, from which address.
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz  NOT NULL,
    actor       varchar(64)  NOT NULL,
    action      varchar(64)  NOT NULL,
    record_type varchar(64)  NOT NULL,
    record_id   varchar(128),
    address     varchar(64)
);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id);
CREATE INDEX audit_log_actor_idx ON audit_log (actor, at);
CREATE INDEX audit_log_at_idx ON audit_log (at);

-- Shared by every append-only table (the audit log, the case timeline, …): refuses UPDATE and DELETE.
CREATE FUNCTION refuse_change_of_append_only_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();

-- Import jobs: one row per uploaded file.
CREATE TABLE import_jobs (
    id          uuid PRIMARY KEY,
    kind        varchar(32)  NOT NULL,
    file_name   varchar(255) NOT NULL,
    status      varchar(16)  NOT NULL CONSTRAINT import_jobs_status_check
                    CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    created_by  varchar(64)  NOT NULL,
    created_at  timestamptz  NOT NULL,
    finished_at timestamptz,
    total       bigint NOT NULL DEFAULT 0,
    processed   bigint NOT NULL DEFAULT 0,
    accepted    bigint NOT NULL DEFAULT 0,
    rejected    bigint NOT NULL DEFAULT 0,
    rejections  text[],
    error       text
);
