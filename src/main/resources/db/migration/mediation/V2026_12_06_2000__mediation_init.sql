-- Disputes (mediation): records under a DISPUTE case, keyed by the case's number (the case's visibility
-- applies: every read joins cases c). Committees and their mediators are a roster by place.

-- 人民调解委员会: one per village committee and one per town; numbers its agreements per year.
CREATE TABLE mediation_committees (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code  varchar(12) COLLATE "C" NOT NULL CONSTRAINT mediation_committees_region_unique UNIQUE,
    name         varchar(100) NOT NULL,
    short_name   varchar(20)  NOT NULL,   -- the characters of the agreement number: （2026）龙调字第001号
    host_unit    varchar(40) COLLATE "C", -- the village committee's or the town center's department code
    active       boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL
);

CREATE TABLE mediators (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    committee_id bigint       NOT NULL CONSTRAINT mediators_committee_fk REFERENCES mediation_committees (id),
    name         varchar(50)  NOT NULL,
    kind         varchar(16)  NOT NULL CONSTRAINT mediators_kind_check CHECK (kind IN ('MEDIATOR', 'COMMUNITY_ELDER')),
    title        varchar(50),             -- 主任 / 委员 / 司法所长 …
    active       boolean      NOT NULL DEFAULT true,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX mediators_committee_idx ON mediators (committee_id);

-- Gapless agreement numbers: one counter row per committee and year, locked by the transaction that numbers.
CREATE TABLE agreement_counters (
    committee_id bigint  NOT NULL CONSTRAINT agreement_counters_committee_fk REFERENCES mediation_committees (id),
    year         integer NOT NULL,
    last_number  integer NOT NULL,
    CONSTRAINT agreement_counters_pk PRIMARY KEY (committee_id, year)
);

-- A dispute's own facts: amount in dispute and the risk assessment (民转刑 flag).
CREATE TABLE disputes (
    case_number         varchar(24) COLLATE "C" PRIMARY KEY,
    amount              numeric(14, 2) CONSTRAINT disputes_amount_check CHECK (amount >= 0),
    risk_level          varchar(8) CONSTRAINT disputes_risk_check CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    criminal_risk       boolean     NOT NULL DEFAULT false,
    risk_note           varchar(1000),
    criminal_risk_since timestamptz,
    updated_by          varchar(64) NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE TABLE dispute_parties (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number          varchar(24) COLLATE "C" NOT NULL,
    role                 varchar(16) NOT NULL CONSTRAINT dispute_parties_role_check
                             CHECK (role IN ('APPLICANT', 'RESPONDENT', 'THIRD_PARTY')),
    kind                 varchar(16) NOT NULL CONSTRAINT dispute_parties_kind_check CHECK (kind IN ('RESIDENT', 'ORGANISATION')),
    resident_id          bigint,            -- people's resident: the facts below are taken from the register when added
    name                 varchar(100) NOT NULL,
    gender               varchar(8),
    ethnicity            varchar(20),
    birth_date           date,
    occupation           varchar(50),
    address              varchar(200),
    phone                varchar(20),       -- masked, as the register answers it
    legal_representative varchar(50),
    created_by           varchar(64) NOT NULL,
    created_at           timestamptz NOT NULL
);
CREATE INDEX dispute_parties_case_idx ON dispute_parties (case_number);

CREATE TABLE mediation_sessions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number  varchar(24) COLLATE "C" NOT NULL,
    held_on      date         NOT NULL,
    place        varchar(200) NOT NULL,
    mediator_ids bigint[]     NOT NULL,
    mediators    varchar(50)[] NOT NULL,  -- their names when the session was held
    attendees    varchar(500),
    record       text         NOT NULL,
    outcome      varchar(16)  NOT NULL CONSTRAINT mediation_sessions_outcome_check CHECK (outcome IN ('AGREED', 'FAILED', 'REFERRED')),
    created_by   varchar(64)  NOT NULL,
    created_at   timestamptz  NOT NULL
);
CREATE INDEX mediation_sessions_case_idx ON mediation_sessions (case_number, held_on);

-- 诉调/警调/检调/访调: tracked until the receiving body reports back; warned and marked once by the sweeper.
CREATE TABLE referrals (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number      varchar(24) COLLATE "C" NOT NULL,
    region_code      varchar(12) COLLATE "C" NOT NULL,   -- the case's, for whom to notify
    target           varchar(16)  NOT NULL CONSTRAINT referrals_target_check CHECK (target IN ('COURT', 'POLICE', 'PROCURATORATE', 'PETITION')),
    receiving_body   varchar(100) NOT NULL,
    reason           varchar(1000) NOT NULL,
    referred_at      timestamptz  NOT NULL,
    due_at           timestamptz  NOT NULL,
    warn_at          timestamptz  NOT NULL,
    warned           boolean      NOT NULL DEFAULT false,
    overdue          boolean      NOT NULL DEFAULT false,
    reported_back_at timestamptz,
    report_back      varchar(2000),
    created_by       varchar(64)  NOT NULL
);
CREATE INDEX referrals_case_idx ON referrals (case_number);
CREATE INDEX referrals_open_due_idx ON referrals (due_at) WHERE reported_back_at IS NULL;

-- 人民调解协议书 (《人民调解法》 art. 29), one per dispute, numbered per committee and year without gaps.
CREATE TABLE mediation_agreements (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_number           varchar(24) COLLATE "C" NOT NULL CONSTRAINT mediation_agreements_case_unique UNIQUE,
    committee_id          bigint       NOT NULL CONSTRAINT mediation_agreements_committee_fk REFERENCES mediation_committees (id),
    year                  integer      NOT NULL,
    sequence              integer      NOT NULL,
    number                varchar(40)  NOT NULL,
    facts                 text         NOT NULL,   -- main facts, matters in dispute
    responsibilities      text         NOT NULL,   -- each party's responsibility
    terms                 text         NOT NULL,   -- what was agreed
    performance_method    text         NOT NULL,   -- how and by when it is performed
    perform_by            date         NOT NULL,
    copies                integer      NOT NULL CONSTRAINT mediation_agreements_copies_check CHECK (copies BETWEEN 2 AND 20),
    mediators             varchar(50)[] NOT NULL,
    signed_on             date         NOT NULL,
    signed_scan           uuid,
    performance           varchar(16)  NOT NULL DEFAULT 'PENDING' CONSTRAINT mediation_agreements_performance_check
                              CHECK (performance IN ('PENDING', 'PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED')),
    performance_checked_on date,
    performance_note      varchar(1000),
    judicial_confirmation varchar(16)  NOT NULL DEFAULT 'NONE' CONSTRAINT mediation_agreements_judicial_check
                              CHECK (judicial_confirmation IN ('NONE', 'APPLIED', 'CONFIRMED', 'REJECTED')),
    created_by            varchar(64)  NOT NULL,
    created_at            timestamptz  NOT NULL,
    CONSTRAINT mediation_agreements_number_unique UNIQUE (committee_id, year, sequence)
);
