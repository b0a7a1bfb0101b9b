-- People (issue 13): households, residents and their life events. The people module owns these tables;
-- special-population files and follow-up duties add their own migrations beside this one.
-- ID and phone numbers are stored only encrypted (AES-GCM, platform cipher) with a keyed hash for exact search.

CREATE TABLE households (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code    varchar(12) COLLATE "C" NOT NULL,            -- the village-level region
    grid_code      varchar(32) COLLATE "C" NOT NULL,            -- its grid (a micro-grid where there is one)
    address        varchar(200) NOT NULL,
    house_number   varchar(50),
    head_id        bigint,                                      -- the head of household (a resident), set after the residents
    security_head  boolean     NOT NULL DEFAULT false,          -- 治安户长
    active         boolean     NOT NULL DEFAULT true,           -- false once nobody lives there any more
    version        integer     NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL,
    -- the key a re-imported sheet updates by: one household per address in a village
    CONSTRAINT households_address_unique UNIQUE (region_code, address)
);
CREATE INDEX households_grid_idx ON households (grid_code) WHERE active;

CREATE TABLE residents (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                   varchar(50) NOT NULL,
    id_number              bytea       NOT NULL,                -- encrypted
    id_hash                bytea       NOT NULL CONSTRAINT residents_id_hash_unique UNIQUE,
    gender                 varchar(8)  NOT NULL CONSTRAINT residents_gender_check CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date             date        NOT NULL,                -- both derived from the ID number
    phone                  bytea,                               -- encrypted
    phone_hash             bytea,
    ethnicity              varchar(20),
    occupation             varchar(50),
    kind                   varchar(12) NOT NULL CONSTRAINT residents_kind_check CHECK (kind IN ('REGISTERED', 'FLOATING')),
    residence_permit_until date,                                -- floating residents: the residence permit's end
    household_id           bigint CONSTRAINT residents_household_fk REFERENCES households (id),
    relation               varchar(20),                         -- relation to the head of household
    region_code            varchar(12) COLLATE "C" NOT NULL,
    grid_code              varchar(32) COLLATE "C" NOT NULL,
    tags                   varchar(30)[] NOT NULL DEFAULT '{}',
    status                 varchar(16) NOT NULL DEFAULT 'PRESENT' CONSTRAINT residents_status_check
                               CHECK (status IN ('PRESENT', 'MOVED_OUT', 'DECEASED', 'DEREGISTERED')),
    version                integer     NOT NULL DEFAULT 0,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);
ALTER TABLE households ADD CONSTRAINT households_head_fk FOREIGN KEY (head_id) REFERENCES residents (id);
CREATE INDEX residents_region_idx ON residents (region_code, name);
CREATE INDEX residents_grid_idx ON residents (grid_code);
CREATE INDEX residents_household_idx ON residents (household_id);
CREATE INDEX residents_phone_idx ON residents (phone_hash) WHERE phone_hash IS NOT NULL;

-- Life events instead of deletion: each kept in the resident's history with its date.
CREATE TABLE resident_events (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id  bigint      NOT NULL CONSTRAINT resident_events_resident_fk REFERENCES residents (id),
    kind         varchar(16) NOT NULL CONSTRAINT resident_events_kind_check
                     CHECK (kind IN ('REGISTERED', 'MOVED_IN', 'MOVED_OUT', 'DECEASED', 'DEREGISTERED', 'UPDATED')),
    on_date      date        NOT NULL,
    destination  varchar(200),                                  -- moved out: to where
    note         varchar(500),
    actor        varchar(64) NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX resident_events_resident_idx ON resident_events (resident_id, on_date);
