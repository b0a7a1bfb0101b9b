-- Administrative divisions: 12-digit NBS codes. "C" collation so prefix LIKE can use the index.
CREATE TABLE regions (
    code        varchar(12) COLLATE "C" PRIMARY KEY CONSTRAINT regions_code_check CHECK (code ~ '^[0-9]{12}$'),
    name        varchar(100) NOT NULL,
    level       varchar(10)  NOT NULL CONSTRAINT regions_level_check
                    CHECK (level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWN', 'VILLAGE')),
    parent_code varchar(12) COLLATE "C" CONSTRAINT regions_not_own_parent CHECK (parent_code <> code),
    kind        varchar(10) CONSTRAINT regions_kind_check CHECK (kind IN ('VILLAGE', 'COMMUNITY')),
    updated_at  timestamptz  NOT NULL
);
CREATE INDEX regions_parent_idx ON regions (parent_code, code);

-- Grids: level 1 (网格) and level 2 (微网格) under a village-level region.
CREATE TABLE grids (
    code        varchar(32) COLLATE "C" PRIMARY KEY,
    name        varchar(100) NOT NULL,
    level       smallint     NOT NULL CONSTRAINT grids_level_check CHECK (level IN (1, 2)),
    region_code varchar(12) COLLATE "C" NOT NULL CONSTRAINT grids_region_fk REFERENCES regions (code),
    parent_code varchar(32) COLLATE "C" CONSTRAINT grids_parent_fk REFERENCES grids (code),
    households  integer      NOT NULL DEFAULT 0 CONSTRAINT grids_households_check CHECK (households >= 0),
    boundary    jsonb,
    synthetic   boolean      NOT NULL DEFAULT false,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT grids_parent_by_level CHECK ((level = 1 AND parent_code IS NULL) OR (level = 2 AND parent_code IS NOT NULL))
);
CREATE INDEX grids_region_idx ON grids (region_code, code);
CREATE INDEX grids_parent_idx ON grids (parent_code);

-- Bumped in the same transaction as every grid write, so each node knows when to rebuild its locate index.
CREATE TABLE grid_index_version (
    id      smallint PRIMARY KEY CONSTRAINT grid_index_version_single CHECK (id = 1),
    version bigint NOT NULL
);
INSERT INTO grid_index_version (id, version) VALUES (1, 0);
