-- Folds the settlement rollups' slots of the months before `before` into slot 0, as case_rollups_fold does for the
-- case rollups (issue 15). The slots (V2026_12_07_0100) spread the recounts of disputes received in the same weeks;
-- past those weeks they only multiply the rows a ten-year dashboard sums by eight. Exact at every moment: the sums
-- move within a group in one statement, and a later recount of an old dispute simply adds to a slot again.
CREATE FUNCTION settlement_rollups_fold(before date) RETURNS integer LANGUAGE sql AS $$
    WITH moved AS (
        DELETE FROM settlement_rollups WHERE slot <> 0 AND month < before
        RETURNING region_code, month, type, level, screened, mediated, settled),
    folded AS (
        INSERT INTO settlement_rollups AS r (region_code, month, type, level, slot, screened, mediated, settled)
        SELECT region_code, month, type, level, CAST(0 AS smallint), sum(screened), sum(mediated), sum(settled)
        FROM moved GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
        ON CONFLICT (region_code, month, type, level, slot) DO UPDATE SET
            screened = r.screened + excluded.screened, mediated = r.mediated + excluded.mediated,
            settled = r.settled + excluded.settled
        RETURNING 1)
    SELECT CAST(count(*) AS integer) FROM folded;
$$;
