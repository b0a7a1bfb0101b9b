-- The settlement rollups striped over eight rows per town, month, type and level, as case_rollups are (issue 15). Each
-- dispute's contribution lives in the row its number's last character picks, so two disputes received or resolved
-- at the same time in one town no longer wait for each other's commit on one row: the lock a recount takes is held
-- through its transaction's fsync. Readers already sum over the rows (SettlementStatistics), so the figures are
-- the same. The rows are rebuilt from settlement_cases (each dispute's contribution: the rollups are their sums).
-- The recount is the one of migration V2026_12_07_0010 with the slot added.
CREATE FUNCTION settlement_slot(case_number varchar) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
    SELECT CAST(ascii(right(case_number, 1)) % 8 AS smallint)
$$;

ALTER TABLE settlement_rollups ADD COLUMN slot smallint NOT NULL DEFAULT 0;
ALTER TABLE settlement_rollups DROP CONSTRAINT settlement_rollups_pkey;
DELETE FROM settlement_rollups;
INSERT INTO settlement_rollups (region_code, month, type, level, slot, screened, mediated, settled)
SELECT region_code, month, type, level, settlement_slot(case_number), count(*), count(*) FILTER (WHERE mediated),
       count(*) FILTER (WHERE settled)
FROM settlement_cases GROUP BY 1, 2, 3, 4, 5;
ALTER TABLE settlement_rollups ADD PRIMARY KEY (region_code, month, type, level, slot);

CREATE OR REPLACE FUNCTION settlement_recount(numbers varchar[]) RETURNS void LANGUAGE plpgsql
SET plan_cache_mode = force_generic_plan AS $$
BEGIN
    WITH old AS MATERIALIZED (SELECT s.* FROM settlement_cases s WHERE s.case_number = ANY (numbers)),
    fresh AS MATERIALIZED (
        SELECT c.number AS case_number, c.region_code,
               CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date) AS month,
               coalesce(substring(c.category_code from '^[A-Z]+_[A-Z]+'), 'DISPUTE_OTHER') AS type,
               CASE WHEN m.region_code NOT LIKE '%000' OR (a.id IS NULL AND c.lead_unit LIKE '%-VILLAGE_COMMITTEE')
                    THEN 'VILLAGE' WHEN c.level = 'COUNTY' THEN 'COUNTY' ELSE 'TOWN' END AS level,
               x.held IS NOT NULL AS mediated,
               a.id IS NOT NULL OR coalesce(x.agreed, false)
               OR (c.resolved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number))
                   AS settled
        FROM cases c
        LEFT JOIN mediation_agreements a ON a.case_number = c.number
        LEFT JOIN mediation_committees m ON m.id = a.committee_id
        LEFT JOIN LATERAL (SELECT true AS held, bool_or(s.outcome = 'AGREED') AS agreed
                           FROM mediation_sessions s WHERE s.case_number = c.number HAVING count(*) > 0) x ON true
        WHERE c.number = ANY (numbers) AND c.kind = 'DISPUTE'),
    gone AS (DELETE FROM settlement_cases s USING old
             WHERE s.case_number = old.case_number AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.case_number = old.case_number)),
    kept AS (INSERT INTO settlement_cases SELECT * FROM fresh
             ON CONFLICT (case_number) DO UPDATE SET region_code = excluded.region_code, month = excluded.month,
                 type = excluded.type, level = excluded.level, mediated = excluded.mediated, settled = excluded.settled)
    INSERT INTO settlement_rollups AS r (region_code, month, type, level, slot, screened, mediated, settled)
    SELECT d.region_code, d.month, d.type, d.level, d.slot, sum(d.sign), sum(d.sign * d.mediated::int),
           sum(d.sign * d.settled::int)
    FROM (SELECT o.region_code, o.month, o.type, o.level, settlement_slot(o.case_number) AS slot,
                 -1 AS sign, o.mediated, o.settled FROM old o
          UNION ALL
          SELECT f.region_code, f.month, f.type, f.level, settlement_slot(f.case_number),
                 1, f.mediated, f.settled FROM fresh f) d
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (region_code, month, type, level, slot) DO UPDATE SET
        screened = r.screened + excluded.screened, mediated = r.mediated + excluded.mediated,
        settled = r.settled + excluded.settled;
END $$;
