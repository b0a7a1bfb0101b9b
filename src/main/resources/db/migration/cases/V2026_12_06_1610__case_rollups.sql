-- Statistics rollups (issue 15): the overview's measures per village, month of receipt (Asia/Shanghai), kind,
-- channel and unit (the lead unit, else the holding center), kept by triggers on cases in the same transaction
-- as every write that moves them: intake, the lifecycle actions, reopenings, merges (a MERGED case counts
-- nowhere), the deadline sweeper's overdue flag, bulk INSERT … SELECT and COPY. They are exact only for callers
-- who see every case of a region (cases.statistics.RollupPolicy); everyone else is counted live.
-- slot: the rows are additive counters, so a change may be added to any slot of its group and the sums stay
-- exact. Changes to open cases go to slot id % 8, so that concurrent actions on cases of the same village,
-- month, kind, channel and unit update eight rows, not one, and do not queue on one row lock until commit;
-- closed cases (bulk loads of history) go to slot 0, and case_rollups_fold moves the slots of months past their
-- busy weeks into slot 0 (RollupFolding, daily), so the years a dashboard sums are about one row per group.
CREATE TABLE case_rollups (
    region_code varchar(12) COLLATE "C" NOT NULL,
    month       date        NOT NULL,
    kind        varchar(16) NOT NULL,
    channel     varchar(16) NOT NULL,
    unit        varchar(40) COLLATE "C" NOT NULL,
    slot        smallint    NOT NULL,
    received    bigint      NOT NULL,
    resolved    bigint      NOT NULL,
    on_time     bigint      NOT NULL,
    satisfied   bigint      NOT NULL,
    rated       bigint      NOT NULL,
    overdue     bigint      NOT NULL,
    PRIMARY KEY (region_code, month, kind, channel, unit, slot)
);

-- One case's contribution, times sign (+1 added, -1 taken away); no row for a merged case.
CREATE FUNCTION case_rollup_delta(c cases, sign integer)
RETURNS TABLE (region_code varchar, month date, kind varchar, channel varchar, unit varchar, slot smallint,
               received bigint, resolved bigint, on_time bigint, satisfied bigint, rated bigint, overdue bigint)
LANGUAGE sql IMMUTABLE AS $$
    SELECT c.region_code, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date),
           c.kind, c.channel, coalesce(c.lead_unit, c.holding_unit),
           CAST(CASE WHEN c.status = 'CLOSED' THEN 0 ELSE c.id % 8 END AS smallint),
           CAST(sign AS bigint),
           CAST(sign * (c.resolved_at IS NOT NULL)::int AS bigint),
           CAST(sign * (c.resolved_at IS NOT NULL AND coalesce(c.resolved_on_time, false))::int AS bigint),
           CAST(sign * (coalesce(c.satisfaction IN ('VERY_SATISFIED', 'SATISFIED', 'BASICALLY_SATISFIED'), false))::int AS bigint),
           CAST(sign * (c.satisfaction IS NOT NULL AND c.satisfaction <> 'UNREACHABLE')::int AS bigint),
           CAST(sign * (c.overdue AND c.resolved_at IS NULL)::int AS bigint)
    WHERE c.status <> 'MERGED'
$$;

-- Inserts: once per statement over its new rows, so a COPY or INSERT … SELECT of a million cases adds one
-- aggregate, not a million upserts. Groups are written in key order (two bulk loads never deadlock).
CREATE FUNCTION case_rollups_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_rollups AS r
    SELECT d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received), sum(d.resolved),
           sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM new_cases n CROSS JOIN LATERAL case_rollup_delta(n, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (region_code, month, kind, channel, unit, slot) DO UPDATE SET
        received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
        on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
        rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue;
    RETURN NULL;
END $$;

-- Updates and deletes: per row, the old row's contribution taken away and the new one's added in one upsert
-- (one row when the key stays; NEW is null for a delete, which adds nothing). Updates that move no measure and no key do not call it (the WHEN below).
CREATE FUNCTION case_rollups_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO case_rollups AS r
    SELECT d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received), sum(d.resolved),
           sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM (SELECT * FROM case_rollup_delta(OLD, -1)
          UNION ALL
          SELECT * FROM case_rollup_delta(NEW, 1)) d
    GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (region_code, month, kind, channel, unit, slot) DO UPDATE SET
        received = r.received + excluded.received, resolved = r.resolved + excluded.resolved,
        on_time = r.on_time + excluded.on_time, satisfied = r.satisfied + excluded.satisfied,
        rated = r.rated + excluded.rated, overdue = r.overdue + excluded.overdue;
    RETURN NULL;
END $$;

CREATE FUNCTION case_rollups_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM case_rollups;
    RETURN NULL;
END $$;

-- Recounts every rollup from cases (a repair, or after a bulk load that disabled the triggers).
CREATE FUNCTION case_rollups_rebuild() RETURNS void LANGUAGE sql AS $$
    DELETE FROM case_rollups;
    INSERT INTO case_rollups
    SELECT d.region_code, d.month, d.kind, d.channel, d.unit, d.slot, sum(d.received), sum(d.resolved),
           sum(d.on_time), sum(d.satisfied), sum(d.rated), sum(d.overdue)
    FROM cases c CROSS JOIN LATERAL case_rollup_delta(c, 1) d
    GROUP BY 1, 2, 3, 4, 5, 6;
$$;

-- Moves the slots of the months before `before` into slot 0, in one statement (exact at every moment: a
-- concurrent change waits for the moved row and then adds itself to slot 0 or re-creates its slot).
CREATE FUNCTION case_rollups_fold(before date) RETURNS integer LANGUAGE sql AS $$
    WITH moved AS (
        DELETE FROM case_rollups WHERE slot <> 0 AND month < before
        RETURNING region_code, month, kind, channel, unit, received, resolved, on_time, satisfied, rated, overdue),
    folded AS (
        INSERT INTO case_rollups AS r
        SELECT region_code, month, kind, channel, unit, CAST(0 AS smallint), sum(received), sum(resolved),
               sum(on_time), sum(satisfied), sum(rated), sum(overdue)
        FROM moved GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (region_code, month, kind, channel, unit, slot) DO UPDATE SET
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
          OR coalesce(OLD.lead_unit, OLD.holding_unit) IS DISTINCT FROM coalesce(NEW.lead_unit, NEW.holding_unit)
          OR OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION case_rollups_changed();
CREATE TRIGGER case_rollups_delete AFTER DELETE ON cases FOR EACH ROW EXECUTE FUNCTION case_rollups_changed();
CREATE TRIGGER case_rollups_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT
    EXECUTE FUNCTION case_rollups_truncated();

SELECT case_rollups_rebuild();
