-- The case lifecycle: every appeal, dispute, petition, hazard, opinion and incident.

CREATE TABLE case_categories (
    code              varchar(40) COLLATE "C" PRIMARY KEY,
    name              varchar(50)  NOT NULL,
    kind              varchar(16)  NOT NULL CONSTRAINT case_categories_kind_check
                          CHECK (kind IN ('APPEAL', 'DISPUTE', 'PETITION', 'HAZARD', 'OPINION', 'INCIDENT')),
    parent_code       varchar(40) COLLATE "C" CONSTRAINT case_categories_parent_fk REFERENCES case_categories (code),
    sort_order        integer      NOT NULL DEFAULT 0,
    anonymous_allowed boolean      NOT NULL DEFAULT false,
    active            boolean      NOT NULL DEFAULT true
);
CREATE INDEX case_categories_kind_idx ON case_categories (kind, parent_code, sort_order);

CREATE TABLE sla_policies (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind                  varchar(16) NOT NULL,
    category_code         varchar(40) COLLATE "C" CONSTRAINT sla_policies_category_fk REFERENCES case_categories (code),
    priority              varchar(8) CONSTRAINT sla_policies_priority_check CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    sign_for_hours        integer     NOT NULL CONSTRAINT sla_policies_sign_for_check CHECK (sign_for_hours > 0),
    handling_working_days integer     NOT NULL CONSTRAINT sla_policies_handling_check CHECK (handling_working_days > 0),
    warning_fraction      numeric(4, 3) NOT NULL CONSTRAINT sla_policies_warning_check CHECK (warning_fraction > 0 AND warning_fraction < 1),
    CONSTRAINT sla_policies_unique UNIQUE NULLS NOT DISTINCT (kind, category_code, priority)
);

CREATE TABLE routing_rules (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    category_code varchar(40) COLLATE "C" CONSTRAINT routing_rules_category_fk REFERENCES case_categories (code),
    region_prefix varchar(12) COLLATE "C" CONSTRAINT routing_rules_prefix_check CHECK (region_prefix ~ '^[0-9]{1,12}$'),
    level         varchar(8)  NOT NULL CONSTRAINT routing_rules_level_check CHECK (level IN ('VILLAGE', 'TOWN', 'COUNTY')),
    lead_unit     varchar(40) COLLATE "C" NOT NULL,
    co_units      varchar(40)[] NOT NULL DEFAULT '{}',
    priority      integer     NOT NULL DEFAULT 0,
    auto_dispatch boolean     NOT NULL DEFAULT false
);

-- Gap-free case numbers: one counter row per receiving unit (town or county code) and year.
CREATE TABLE case_sequences (
    unit_code  varchar(9) NOT NULL,
    year       integer    NOT NULL,
    last_value integer    NOT NULL,
    PRIMARY KEY (unit_code, year)
);

CREATE TABLE cases (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number              varchar(24) COLLATE "C" NOT NULL CONSTRAINT cases_number_unique UNIQUE,
    kind                varchar(16) NOT NULL,
    category_code       varchar(40) COLLATE "C" NOT NULL CONSTRAINT cases_category_fk REFERENCES case_categories (code),
    channel             varchar(16) NOT NULL CONSTRAINT cases_channel_check CHECK (channel IN ('WINDOW', 'PHONE',
                            'HOTLINE_12345', 'WECHAT', 'ONLINE', 'LETTER', 'VISIT', 'GRID_PATROL', 'VIDEO', 'REPORT_BOX', 'REFERRAL')),
    title               varchar(100) NOT NULL,
    description         text        NOT NULL,
    priority            varchar(8)  NOT NULL,
    status              varchar(16) NOT NULL,
    level               varchar(8)  NOT NULL,
    region_code         varchar(12) COLLATE "C" NOT NULL,
    grid_code           varchar(32) COLLATE "C",
    address             varchar(200),
    lat                 double precision,
    lng                 double precision,
    reporter_name       varchar(50),
    reporter_phone      bytea,
    reporter_phone_hash bytea,
    reporter_id_number  bytea,
    reporter_id_hash    bytea,
    holding_unit        varchar(40) COLLATE "C" NOT NULL,
    lead_unit           varchar(40) COLLATE "C",
    co_units            varchar(40)[] NOT NULL DEFAULT '{}',
    first_receiver      varchar(64) NOT NULL,
    reported_by         varchar(64) NOT NULL,
    received_at         timestamptz NOT NULL,
    dispatched_at       timestamptz,
    sign_for_deadline   timestamptz,
    accepted_at         timestamptz,
    due_at              timestamptz,
    warning_at          timestamptz,
    warning             boolean     NOT NULL DEFAULT false,
    overdue             boolean     NOT NULL DEFAULT false,
    sign_for_overdue    boolean     NOT NULL DEFAULT false,
    supervision         varchar(8) CONSTRAINT cases_supervision_check CHECK (supervision IN ('GENERAL', 'KEY', 'LISTED')),
    extension_days      integer,
    extension_reason    varchar(500),
    extensions_granted  integer     NOT NULL DEFAULT 0,
    resolved_at         timestamptz,
    resolved_on_time    boolean,
    closed_at           timestamptz,
    satisfaction        varchar(24),
    merged_into         varchar(24) COLLATE "C",
    updated_at          timestamptz NOT NULL
);
CREATE INDEX cases_region_idx ON cases (region_code, received_at);
CREATE INDEX cases_lead_unit_idx ON cases (lead_unit) WHERE lead_unit IS NOT NULL;
CREATE INDEX cases_co_units_idx ON cases USING gin (co_units);
CREATE INDEX cases_grid_idx ON cases (grid_code) WHERE grid_code IS NOT NULL;
CREATE INDEX cases_first_receiver_idx ON cases (first_receiver);
CREATE INDEX cases_reported_by_idx ON cases (reported_by);
CREATE INDEX cases_reporter_phone_idx ON cases (reporter_phone_hash) WHERE reporter_phone_hash IS NOT NULL;
CREATE INDEX cases_reporter_id_idx ON cases (reporter_id_hash) WHERE reporter_id_hash IS NOT NULL;
-- The clock sweeper's queues: only cases whose clock is running and not yet marked.
CREATE INDEX cases_warning_due_idx ON cases (warning_at) WHERE NOT warning AND warning_at IS NOT NULL AND resolved_at IS NULL;
CREATE INDEX cases_overdue_due_idx ON cases (due_at) WHERE NOT overdue AND due_at IS NOT NULL AND resolved_at IS NULL;
CREATE INDEX cases_sign_for_due_idx ON cases (sign_for_deadline) WHERE NOT sign_for_overdue AND sign_for_deadline IS NOT NULL AND accepted_at IS NULL;

-- Joint handling: each co-unit signs for and reports on its own part.
CREATE TABLE case_co_units (
    case_id     bigint      NOT NULL CONSTRAINT case_co_units_case_fk REFERENCES cases (id),
    unit_code   varchar(40) COLLATE "C" NOT NULL,
    accepted_at timestamptz,
    reported_at timestamptz,
    result      text,
    PRIMARY KEY (case_id, unit_code)
);

-- The timeline: one immutable event per change, written in the same transaction as the case row.
CREATE TABLE case_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint      NOT NULL CONSTRAINT case_events_case_fk REFERENCES cases (id),
    at          timestamptz NOT NULL,
    actor       varchar(64) NOT NULL,
    action      varchar(24) NOT NULL,
    from_status varchar(16),
    to_status   varchar(16),
    comment     text,
    attachments uuid[]      NOT NULL DEFAULT '{}',
    data        jsonb
);
CREATE INDEX case_events_case_idx ON case_events (case_id, id);
CREATE TRIGGER case_events_no_change BEFORE UPDATE OR DELETE ON case_events
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_append_only_row();

-- Intake idempotency: the same key from the same user returns the first case.
CREATE TABLE case_idempotency_keys (
    username     varchar(64)  NOT NULL,
    key          varchar(100) NOT NULL,
    request_hash bytea        NOT NULL,
    case_id      bigint CONSTRAINT case_idempotency_case_fk REFERENCES cases (id),
    created_at   timestamptz  NOT NULL,
    PRIMARY KEY (username, key)
);
CREATE INDEX case_idempotency_created_idx ON case_idempotency_keys (created_at);

-- In-app notifications, and an outbox from which each is delivered exactly once.
CREATE TABLE notifications (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_unit varchar(40) COLLATE "C",
    recipient_user varchar(64),
    case_id        bigint      CONSTRAINT notifications_case_fk REFERENCES cases (id),
    kind           varchar(24) NOT NULL,
    dedup_key      varchar(120) NOT NULL CONSTRAINT notifications_dedup_unique UNIQUE,
    message        varchar(300) NOT NULL,
    created_at     timestamptz NOT NULL,
    read_at        timestamptz,
    CONSTRAINT notifications_recipient_check CHECK (recipient_unit IS NOT NULL OR recipient_user IS NOT NULL)
);
CREATE INDEX notifications_unit_idx ON notifications (recipient_unit, created_at);
CREATE INDEX notifications_user_idx ON notifications (recipient_user, created_at);

CREATE TABLE notification_outbox (
    notification_id bigint PRIMARY KEY CONSTRAINT notification_outbox_fk REFERENCES notifications (id),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    sent_at         timestamptz,
    last_error      text
);
CREATE INDEX notification_outbox_pending_idx ON notification_outbox (next_attempt_at) WHERE sent_at IS NULL;
