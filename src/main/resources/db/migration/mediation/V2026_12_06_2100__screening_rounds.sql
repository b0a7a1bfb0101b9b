-- Screening rounds (排查): a town opens a round with a deadline; each of its villages reports the disputes it
-- found (DISPUTE cases, by number) or explicitly none. Villages are copied into the round when it opens.
CREATE TABLE screening_rounds (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    town_code        varchar(12) COLLATE "C" NOT NULL,
    title            varchar(100) NOT NULL,
    occasion         varchar(16)  NOT NULL CONSTRAINT screening_rounds_occasion_check
                         CHECK (occasion IN ('MONTHLY', 'HOLIDAY', 'SENSITIVE_DATE', 'SPECIAL')),
    due_at           timestamptz  NOT NULL,
    opened_at        timestamptz  NOT NULL,
    opened_by        varchar(64)  NOT NULL,
    missing_flagged  boolean      NOT NULL DEFAULT false
);
CREATE INDEX screening_rounds_town_idx ON screening_rounds (town_code, due_at DESC);
CREATE INDEX screening_rounds_due_idx ON screening_rounds (due_at) WHERE NOT missing_flagged;

CREATE TABLE screening_round_villages (
    round_id     bigint NOT NULL REFERENCES screening_rounds (id),
    region_code  varchar(12) COLLATE "C" NOT NULL,
    name         varchar(100) NOT NULL,
    status       varchar(10) CONSTRAINT screening_round_villages_status_check CHECK (status IN ('REPORTED', 'NONE')),
    reported_at  timestamptz,
    reported_by  varchar(64),
    note         varchar(500),
    CONSTRAINT screening_round_villages_pk PRIMARY KEY (round_id, region_code),
    CONSTRAINT screening_round_villages_reported CHECK ((status IS NULL) = (reported_at IS NULL))
);

CREATE TABLE screening_findings (
    round_id     bigint NOT NULL,
    region_code  varchar(12) COLLATE "C" NOT NULL,
    case_number  varchar(32) COLLATE "C" NOT NULL,
    CONSTRAINT screening_findings_pk PRIMARY KEY (round_id, region_code, case_number),
    CONSTRAINT screening_findings_village_fk FOREIGN KEY (round_id, region_code)
        REFERENCES screening_round_villages (round_id, region_code)
);
