-- The rollups counted for stations and grid members too (issue 15). Each case is counted once per way a caller can
-- see it, in rows told apart by `via` and `party`:
--   REGION, ''          every case of the village (callers who see whole regions);
--   LEAD,   unit code   the case's lead unit;
--   CO,     unit code   each of its co-units that is not also its lead unit;
--   GRID,   grid code   its grid.
-- A station that is one department sees exactly LEAD + CO of that department, and those never count a case twice;
-- a grid member sees the GRID rows of the grids under its own. What a caller sees besides (the cases they reported
-- or first received, outside those) is counted live (cases.statistics.RollupPolicy).
DROP TRIGGER case_rollups_insert ON cases;
DROP TRIGGER case_rollups_update ON cases;
DROP TRIGGER case_rollups_delete ON cases;

ALTER TABLE case_rollups
    ADD COLUMN via   varchar(8)              NOT NULL DEFAULT 'REGION',
    ADD COLUMN party varchar(40) COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE case_rollups ALTER COLUMN via DROP DEFAULT, ALTER COLUMN party DROP DEFAULT;
ALTER TABLE case_rollups DROP CONSTRAINT case_rollups_pkey;
ALTER TABLE case_rollups ADD PRIMARY KEY (via, party, region_code, month, kind, channel, unit, slot);

DROP FUNCTION case_rollup_delta(cases, integer);

-- One case's contribution, times sign (+1 added, -1 taken away), one row per way it is seen; none for a merged case.
CREATE FUNCTION case_rollup_delta(c cases, sign integer)
RETURNS TABLE (via varchar, party varchar, region_code varchar, month date, kind varchar, channel varchar,
               unit varchar, slot smallint, received bigint, resolved bigint, on_time bigint, satisfied bigint,
               rated bigint, overdue bigint)
LANGUAGE sql IMMUTABLE AS $$
    SELECT p.via, p.party, c.region_code, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date),
           c.kind, c.channel, coalesce(c.lead_unit, c.holding_unit),
           CAST(CASE WHEN c.status = 'CLOSED' THEN 0 ELSE c.id % 8 END AS smallint),
           CAST(sign AS bigint),
           CAST(sign * (c.resolved_at IS NOT NULL)::int AS bigint),
           CAST(sign * (c.resolved_at IS NOT NULL AND coalesce(c.resolved_on_time, false))::int AS bigint),
           CAST(sign * (coalesce(c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'), false))::int AS bigint),
           CAST(sign * (c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE')::int AS bigint),
           CAST(sign * (c.overdue AND c.resolved_at IS NULL)::int AS bigint)
    FROM (SELECT CAST('REGION' AS varchar), CAST('' AS varchar)
          UNION ALL SELECT 'LEAD', c.lead_unit WHERE c.lead_unit IS NOT NULL
          UNION ALL SELECT DISTINCT 'CO', u FROM unnest(c.co_units) u WHERE u IS DISTINCT FROM c.lead_unit
          UNION ALL SELECT 'GRID', c.grid_code WHERE c.grid_code IS NOT NULL) p (via, party)
    WHERE c.status <> 'MERGED'
$$;

CREATE OR REPLACE FUNCTION case_rollups_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_rollups AS r (via, party, region_code, month, kind, channel, unit, slot,
                                   received, resolved, on_time, satisfied, rated, overdue)
    SELECT d.via, d.party, d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received),
           sum(d.resolved), sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM new_cases n CROSS JOIN LATERAL case_rollup_delta(n, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (via, party, region_code, month, kind, channel, unit, slot) DO UPDATE SET
        received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
        on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
        rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue;
    RETURN NULL;
END $$;

-- Rows whose sums all came back to 0 stay (a later change reuses them; folding leaves one per group).
CREATE OR REPLACE FUNCTION case_rollups_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_rollups AS r (via, party, region_code, month, kind, channel, unit, slot,
                                   received, resolved, on_time, satisfied, rated, overdue)
    SELECT d.via, d.party, d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received),
           sum(d.resolved), sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM (SELECT * FROM case_rollup_delta(OLD, -1)
          UNION ALL
          SELECT * FROM case_rollup_delta(NEW, 1)) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (via, party, region_code, month, kind, channel, unit, slot) DO UPDATE SET
        received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
        on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
        rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION case_rollups_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM case_rollups;
    INSERT INTO case_rollups (via, party, region_code, month, kind, channel, unit, slot,
                              received, resolved, on_time, satisfied, rated, overdue)
    SELECT d.via, d.party, d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received),
           sum(d.resolved), sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM cases c CROSS JOIN LATERAL case_rollup_delta(c, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
$$;

CREATE OR REPLACE FUNCTION case_rollups_fold(before date) RETURNS integer LANGUAGE sql AS $$
    WITH moved AS (
        DELETE FROM case_rollups WHERE slot <> 0 AND month < before
        RETURNING via, party, region_code, month, kind, channel, unit, received, resolved, on_time, satisfied, rated,
                  overdue),
    folded AS (
        INSERT INTO case_rollups AS r (via, party, region_code, month, kind, channel, unit, slot,
                                       received, resolved, on_time, satisfied, rated, overdue)
        SELECT via, party, region_code, month, kind, channel, unit, CAST(0 AS smallint), sum(received), sum(resolved),
               sum(on_time), sum(satisfied), sum(rated), sum(overdue)
        FROM moved GROUP BY 1, 2, 3, 4, 5, 6, 7 ORDER BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT (via, party, region_code, month, kind, channel, unit, slot) DO UPDATE SET
            received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
            on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
            rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue
        RETURNING 1)
    SELECT CAST(count(*) AS integer) FROM folded;
$$;

CREATE TRIGGER case_rollups_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION case_rollups_inserted();
CREATE TRIGGER case_rollups_update AFTER UPDATE ON cases FOR EACH ROW
    WHEN ((OLD.status = 'MERGED') IS DISTINCT FROM (NEW.status = 'MERGED')
          OR OLD.resolved_at IS DISTINCT FROM NEW.resolved_at
          OR OLD.resolved_on_time IS DISTINCT FROM NEW.resolved_on_time
          OR OLD.satisfaction IS DISTINCT FROM NEW.satisfaction
          OR OLD.overdue IS DISTINCT FROM NEW.overdue
          OR OLD.received_at IS DISTINCT FROM NEW.received_at
          OR OLD.region_code IS DISTINCT FROM NEW.region_code
          OR OLD.kind IS DISTINCT FROM NEW.kind
          OR OLD.channel IS DISTINCT FROM NEW.channel
          OR OLD.lead_unit IS DISTINCT FROM NEW.lead_unit
          OR coalesce(OLD.lead_unit, OLD.holding_unit) IS DISTINCT FROM coalesce(NEW.lead_unit, NEW.holding_unit)
          OR OLD.co_units IS DISTINCT FROM NEW.co_units
          OR OLD.grid_code IS DISTINCT FROM NEW.grid_code
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION case_rollups_changed();
CREATE TRIGGER case_rollups_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_rollups_changed();

SELECT case_rollups_rebuild();
