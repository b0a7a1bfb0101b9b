-- Special-population files ("一人一档", issue 13 §3–§6): categories as an editable code table, one file per person
-- and category linked to a resident, follow-up rules as data, the duties they generate, visits and other records.

CREATE TABLE special_population_categories (
    code      varchar(2)  PRIMARY KEY,
    name      varchar(50) NOT NULL,
    name_en   varchar(80) NOT NULL,
    judicial  boolean     NOT NULL DEFAULT false,   -- the judicial office reads these files (community corrections, released prisoners)
    active    boolean     NOT NULL DEFAULT true,
    sort      integer     NOT NULL
);
INSERT INTO special_population_categories (code, name, name_en, judicial, sort) VALUES
    ('01', '刑满释放人员', 'released prisoner', true, 1),
    ('02', '社区矫正人员', 'community-corrections subject', true, 2),
    ('03', '肇事肇祸等严重精神障碍患者', 'person with a severe mental disorder', false, 3),
    ('04', '吸毒人员', 'drug user', false, 4),
    ('05', '艾滋病危险人员', 'AIDS risk person', false, 5),
    ('06', '重点青少年', 'key youth', false, 6),
    ('07', '重点信访人员', 'key petitioner', false, 7),
    ('08', '留守困境儿童', 'left-behind or distressed child', false, 8),
    ('09', '涉邪教人员', 'cult-involved person', false, 9);

CREATE TABLE special_populations (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id           bigint      NOT NULL CONSTRAINT special_populations_resident_fk REFERENCES residents (id),
    category_code         varchar(2)  NOT NULL CONSTRAINT special_populations_category_fk REFERENCES special_population_categories (code),
    region_code           varchar(12) COLLATE "C" NOT NULL,     -- the village, copied from the resident
    grid_code             varchar(32) COLLATE "C" NOT NULL,
    police_unit           varchar(40) COLLATE "C" NOT NULL,     -- the town's police station: reads every file
    judicial_unit         varchar(40) COLLATE "C",              -- the town's judicial office, for its categories only
    risk_level            varchar(8)  NOT NULL CONSTRAINT special_populations_risk_check CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    key_person            boolean     NOT NULL DEFAULT false,
    danger_level          smallint,                             -- severe mental disorder: 0–5, copied from the fields for the rules
    fields                jsonb       NOT NULL DEFAULT '{}',    -- the category's own fields; ID and phone numbers encrypted
    -- the responsibility team (five-to-one): usernames where members have accounts, names always
    town_cadre_user       varchar(64) COLLATE "C",
    town_cadre_name       varchar(50),
    village_cadre_user    varchar(64) COLLATE "C",
    village_cadre_name    varchar(50),
    police_user           varchar(64) COLLATE "C",
    police_name           varchar(50),
    grid_member_user      varchar(64) COLLATE "C",
    grid_member_name      varchar(50),
    family_member_name    varchar(50),
    family_member_phone   bytea,                                -- encrypted
    family_situation      varchar(1000),
    state_of_mind         varchar(1000),
    whereabouts           varchar(500),
    monthly_review        varchar(2000),
    reviewed_on           date,
    active                boolean     NOT NULL DEFAULT true,
    scheduled_until       date,                                 -- duties exist for every period up to this day
    version               integer     NOT NULL DEFAULT 0,
    created_at            timestamptz NOT NULL,
    updated_at            timestamptz NOT NULL,
    CONSTRAINT special_populations_one_per_category UNIQUE (resident_id, category_code)
);
CREATE INDEX special_populations_region_idx ON special_populations (region_code, category_code);
CREATE INDEX special_populations_schedule_idx ON special_populations (scheduled_until) WHERE active;

-- Follow-up duties as data: which rows apply to a file (null = any), and how often; the most frequent applicable wins.
CREATE TABLE follow_up_rules (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    duty           varchar(12) NOT NULL CONSTRAINT follow_up_rules_duty_check CHECK (duty IN ('VISIT', 'ASSESSMENT')),
    category_code  varchar(2) CONSTRAINT follow_up_rules_category_fk REFERENCES special_population_categories (code),
    risk_level     varchar(8) CONSTRAINT follow_up_rules_risk_check CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    key_person     boolean,
    danger_min     smallint,
    danger_max     smallint,
    frequency      varchar(12) NOT NULL CONSTRAINT follow_up_rules_frequency_check
                       CHECK (frequency IN ('WEEKLY', 'BIWEEKLY', 'MONTHLY', 'QUARTERLY'))
);
INSERT INTO follow_up_rules (duty, category_code, key_person, danger_min, danger_max, frequency) VALUES
    ('VISIT', NULL, true, NULL, NULL, 'WEEKLY'),
    ('ASSESSMENT', NULL, true, NULL, NULL, 'QUARTERLY'),
    ('VISIT', '01', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '02', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '03', NULL, 0, 0, 'QUARTERLY'),
    ('VISIT', '03', NULL, 1, 2, 'MONTHLY'),
    ('VISIT', '03', NULL, 3, 5, 'BIWEEKLY'),
    ('VISIT', '04', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '05', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '06', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '07', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '08', NULL, NULL, NULL, 'MONTHLY'),
    ('VISIT', '09', NULL, NULL, NULL, 'MONTHLY');

-- One row per file, duty and calendar period: due at the period's end, warned 2 days before, marked once each.
CREATE TABLE follow_up_duties (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_id       bigint      NOT NULL CONSTRAINT follow_up_duties_file_fk REFERENCES special_populations (id),
    duty          varchar(12) NOT NULL,
    period_start  date        NOT NULL,
    period_end    date        NOT NULL,
    warn_at       timestamptz NOT NULL,
    due_at        timestamptz NOT NULL,
    done_at       timestamptz,
    record_id     bigint,                               -- the visit or assessment that fulfilled it
    warned        boolean     NOT NULL DEFAULT false,
    overdue       boolean     NOT NULL DEFAULT false,
    CONSTRAINT follow_up_duties_one_per_period UNIQUE (file_id, duty, period_start)
);
CREATE INDEX follow_up_duties_warn_idx ON follow_up_duties (warn_at) WHERE NOT warned AND done_at IS NULL;
CREATE INDEX follow_up_duties_due_idx ON follow_up_duties (due_at) WHERE NOT overdue AND done_at IS NULL;

-- Visits, assessments, counselling and assistance: one table, the kind says which.
CREATE TABLE special_population_records (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_id       bigint      NOT NULL CONSTRAINT special_population_records_file_fk REFERENCES special_populations (id),
    kind          varchar(12) NOT NULL CONSTRAINT special_population_records_kind_check
                      CHECK (kind IN ('VISIT', 'ASSESSMENT', 'COUNSELLING', 'ASSISTANCE')),
    on_date       date        NOT NULL,
    method        varchar(12) CONSTRAINT special_population_records_method_check
                      CHECK (method IN ('IN_PERSON', 'PHONE', 'VIDEO', 'OTHER')),
    visitor       varchar(64) NOT NULL,
    lat           double precision,                    -- WGS-84, from the phone
    lng           double precision,
    situation     varchar(2000) NOT NULL,
    mood          varchar(12) CONSTRAINT special_population_records_mood_check
                      CHECK (mood IN ('STABLE', 'ANXIOUS', 'LOW', 'AGITATED')),
    risk_level    varchar(8),                          -- an assessment's result
    attachments   uuid[]      NOT NULL DEFAULT '{}',
    case_number   varchar(32),                         -- the case the visit opened, if any
    recorded_by   varchar(64) NOT NULL,
    recorded_at   timestamptz NOT NULL
);
CREATE INDEX special_population_records_file_idx ON special_population_records (file_id, on_date DESC);
