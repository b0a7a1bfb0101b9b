-- A grid member's statistics (issue 15): its grids' cases come from the rollups; the cases it reported or first
-- received outside its grids are found here. A grid member reports most of its own grid's cases, tens of thousands
-- over the years, so these are looked up by code ranges between its grids, over indexes that hold the grid code
-- after the user: the cases inside its grids are never read.
DROP INDEX cases_reported_by_idx;
DROP INDEX cases_first_receiver_idx;
CREATE INDEX cases_reported_by_idx ON cases (reported_by, grid_code);
CREATE INDEX cases_first_receiver_idx ON cases (first_receiver, grid_code);

-- The ids of the cases `username` reported or first received whose grid lies under none of `grids` (or that have
-- no grid). `grids` must hold no grid inside another (cases.statistics.RollupPolicy.outermost): the gaps between
-- them in code order are the ranges read. The lateral subquery is planned once per gap (OFFSET 0), so each gap is
-- one index range.
CREATE FUNCTION cases_own_outside_grids(username text, grids text[]) RETURNS TABLE (id bigint)
LANGUAGE sql STABLE AS $$
    WITH prefix AS (SELECT DISTINCT p FROM unnest(grids) p),
    gap AS (SELECT coalesce(lag(p) OVER (ORDER BY p) || chr(1114111), '') AS low, p AS high FROM prefix
            UNION ALL
            SELECT coalesce(max(p) || chr(1114111), ''), chr(1114111) FROM prefix)
    SELECT o.id
    FROM gap CROSS JOIN LATERAL (
        SELECT c.id FROM cases c WHERE c.reported_by = username AND c.grid_code >= gap.low AND c.grid_code < gap.high
        UNION
        SELECT c.id FROM cases c WHERE c.first_receiver = username AND c.grid_code >= gap.low AND c.grid_code < gap.high
        OFFSET 0) o
    UNION
    SELECT c.id FROM cases c WHERE c.reported_by = username AND c.grid_code IS NULL
    UNION
    SELECT c.id FROM cases c WHERE c.first_receiver = username AND c.grid_code IS NULL
$$;
