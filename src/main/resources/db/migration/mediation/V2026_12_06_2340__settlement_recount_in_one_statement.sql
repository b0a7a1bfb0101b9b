-- The dispute recount in one statement, its state computed once, inside PL/pgSQL so that its plan is cached: as a
-- LANGUAGE sql function, settlement_state was planned anew on every call (PostgreSQL before 18 caches no plan of a
-- SQL function), and the recount called it twice. The old and the fresh contribution are read from the same snapshot;
-- the disputes that are gone are deleted and the others upserted, so no row is both deleted and inserted.
CREATE OR REPLACE FUNCTION settlement_recount(numbers varchar[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WITH n AS (SELECT DISTINCT n FROM unnest(numbers) n WHERE n IS NOT NULL),
    old AS MATERIALIZED (SELECT s.* FROM n JOIN settlement_cases s ON s.case_number = n.n),
    fresh AS MATERIALIZED (
        SELECT c.number AS case_number, c.region_code,
               CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date) AS month,
               coalesce(substring(c.category_code from '^[A-Z]+_[A-Z]+'), 'DISPUTE_OTHER') AS type,
               CASE WHEN m.region_code NOT LIKE '%000' OR (a.id IS NULL AND c.lead_unit LIKE '%-VILLAGE_COMMITTEE')
                    THEN 'VILLAGE' WHEN c.level = 'COUNTY' THEN 'COUNTY' ELSE 'TOWN' END AS level,
               EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number) AS mediated,
               a.id IS NOT NULL
               OR EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number AND x.outcome = 'AGREED')
               OR (c.resolved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number))
                   AS settled
        FROM n JOIN cases c ON c.number = n.n AND c.kind = 'DISPUTE'
        LEFT JOIN mediation_agreements a ON a.case_number = c.number
        LEFT JOIN mediation_committees m ON m.id = a.committee_id),
    gone AS (DELETE FROM settlement_cases s USING old
             WHERE s.case_number = old.case_number AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.case_number = old.case_number)),
    kept AS (INSERT INTO settlement_cases SELECT * FROM fresh
             ON CONFLICT (case_number) DO UPDATE SET region_code = excluded.region_code, month = excluded.month,
                 type = excluded.type, level = excluded.level, mediated = excluded.mediated, settled = excluded.settled)
    INSERT INTO settlement_rollups AS r (region_code, month, type, level, screened, mediated, settled)
    SELECT d.region_code, d.month, d.type, d.level, sum(d.sign), sum(d.sign * d.mediated::int),
           sum(d.sign * d.settled::int)
    FROM (SELECT o.region_code, o.month, o.type, o.level, -1 AS sign, o.mediated, o.settled FROM old o
          UNION ALL
          SELECT f.region_code, f.month, f.type, f.level, 1, f.mediated, f.settled FROM fresh f) d
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (region_code, month, type, level) DO UPDATE SET
        screened = r.screened + excluded.screened, mediated = r.mediated + excluded.mediated,
        settled = r.settled + excluded.settled;
END $$;

DROP FUNCTION settlement_state(varchar[]);
