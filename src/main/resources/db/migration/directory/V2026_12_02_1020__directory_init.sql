-- Departments and stations a center dispatches to; every governance center and village committee is one.
-- Regions are reference data every module may point at; other modules' tables are never referenced.
CREATE TABLE departments (
    code        varchar(40) COLLATE "C" PRIMARY KEY,
    name        varchar(100) NOT NULL,
    kind        varchar(32)  NOT NULL CONSTRAINT departments_kind_check CHECK (kind IN (
                    'GOVERNANCE_CENTER', 'VILLAGE_COMMITTEE', 'POLICE_STATION', 'JUDICIAL_OFFICE', 'COURT',
                    'PROCURATORATE_OFFICE', 'PETITION_OFFICE', 'EMERGENCY_OFFICE', 'MARKET_SUPERVISION',
                    'NATURAL_RESOURCES', 'ENVIRONMENT', 'EDUCATION', 'CIVIL_AFFAIRS', 'HUMAN_RESOURCES',
                    'AGRICULTURE', 'HOUSING', 'TRANSPORT', 'HEALTH', 'OTHER')),
    region_code varchar(12) COLLATE "C" NOT NULL CONSTRAINT departments_region_fk REFERENCES regions (code),
    stationing  varchar(16) CONSTRAINT departments_stationing_check CHECK (stationing IN ('PERMANENT', 'ROTATING', 'ON_CALL')),
    active      boolean      NOT NULL DEFAULT true,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL
);
CREATE INDEX departments_region_idx ON departments (region_code);

-- Staff: the people on the ground, with their field roles. Phone numbers are encrypted at rest.
CREATE TABLE staff (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            varchar(50)  NOT NULL,
    gender          varchar(8) CONSTRAINT staff_gender_check CHECK (gender IN ('MALE', 'FEMALE')),
    phone_cipher    bytea,
    department_code varchar(40) COLLATE "C" CONSTRAINT staff_department_fk REFERENCES departments (code),
    region_code     varchar(12) COLLATE "C" NOT NULL CONSTRAINT staff_region_fk REFERENCES regions (code),
    field_roles     varchar(32)[] NOT NULL DEFAULT '{}',
    active          boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL
);
CREATE INDEX staff_region_idx ON staff (region_code);
CREATE INDEX staff_department_idx ON staff (department_code);

-- The grids a staff member (grid member, community police officer …) is responsible for.
CREATE TABLE staff_grids (
    staff_id  bigint NOT NULL CONSTRAINT staff_grids_staff_fk REFERENCES staff (id),
    grid_code varchar(32) COLLATE "C" NOT NULL,
    PRIMARY KEY (staff_id, grid_code)
);
CREATE INDEX staff_grids_grid_idx ON staff_grids (grid_code);
