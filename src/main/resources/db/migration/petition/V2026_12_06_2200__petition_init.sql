-- Petitions (信访): the petitioner register, a PETITION case's details, its holding (包案), progress and the five visits.
-- Records under a case are read through cases c with CaseVisibility's rule; the register by its region code.

CREATE TABLE petitioners (
    id                  bigserial    PRIMARY KEY,
    region_code         varchar(12)  COLLATE "C" NOT NULL,
    name                varchar(50)  NOT NULL,
    resident_id         bigint       REFERENCES residents (id),
    address             varchar(200),
    grade               varchar(8)   NOT NULL CONSTRAINT petitioners_grade_check CHECK (grade IN ('RED', 'YELLOW', 'GREEN')),
    responsible_person  varchar(50)  NOT NULL,
    informant           varchar(50),
    note                varchar(2000),
    created_at          timestamptz  NOT NULL,
    created_by          varchar(64)  NOT NULL
);
CREATE INDEX petitioners_region_idx ON petitioners (region_code, id);

CREATE TABLE petitions (
    case_id             bigint       PRIMARY KEY REFERENCES cases (id),
    form                varchar(8)   NOT NULL CONSTRAINT petitions_form_check CHECK (form IN ('LETTER', 'VISIT', 'ONLINE', 'PHONE')),
    people_count        integer      NOT NULL CONSTRAINT petitions_people_check CHECK (people_count BETWEEN 1 AND 100000),
    collective          boolean      GENERATED ALWAYS AS (people_count >= 5) STORED,
    level               varchar(8)   NOT NULL CONSTRAINT petitions_level_check CHECK (level IN ('TOWN', 'COUNTY', 'CITY', 'PROVINCE', 'BEIJING')),
    level_skipping      boolean      NOT NULL DEFAULT false,
    petitioner_id       bigint       REFERENCES petitioners (id),
    shared_with_unit    boolean      NOT NULL DEFAULT false,
    previous_case_id    bigint       REFERENCES cases (id),
    holding_leader      varchar(50),
    plan                varchar(5000),
    plan_at             timestamptz,
    reply_text          varchar(10000),
    reply_issued_at     timestamptz,
    reply_delivered_at  timestamptz,
    reply_delivery      varchar(16)  CONSTRAINT petitions_delivery_check CHECK (reply_delivery IN ('IN_PERSON', 'POST', 'ONLINE', 'PUBLIC_NOTICE')),
    updated_at          timestamptz  NOT NULL
);
CREATE INDEX petitions_previous_idx ON petitions (previous_case_id) WHERE previous_case_id IS NOT NULL;
CREATE INDEX petitions_petitioner_idx ON petitions (petitioner_id) WHERE petitioner_id IS NOT NULL;

CREATE TABLE petition_progress (
    id       bigserial    PRIMARY KEY,
    case_id  bigint       NOT NULL REFERENCES cases (id),
    at       timestamptz  NOT NULL,
    author   varchar(64)  NOT NULL,
    text     varchar(5000) NOT NULL
);
CREATE INDEX petition_progress_case_idx ON petition_progress (case_id, at);

CREATE TABLE petition_visits (
    id               bigserial    PRIMARY KEY,
    case_id          bigint       NOT NULL REFERENCES cases (id),
    kind             varchar(16)  NOT NULL CONSTRAINT petition_visits_kind_check
                         CHECK (kind IN ('APPOINTMENT', 'OUTREACH', 'RECEPTION', 'RETURN', 'FACE_TO_FACE')),
    visit_date       date         NOT NULL,
    host             varchar(50)  NOT NULL,
    host_is_leader   boolean      NOT NULL,
    people_met       varchar(500) NOT NULL,
    problems_raised  varchar(5000),
    problems_solved  varchar(5000),
    satisfaction     varchar(24)  CONSTRAINT petition_visits_satisfaction_check CHECK (satisfaction IN
                         ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED', 'UNREACHABLE')),
    created_at       timestamptz  NOT NULL,
    created_by       varchar(64)  NOT NULL
);
CREATE INDEX petition_visits_case_idx ON petition_visits (case_id, visit_date);
