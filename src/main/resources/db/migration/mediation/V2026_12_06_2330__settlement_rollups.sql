-- Settlement statistics from rollups (issue 15: every dashboard endpoint < 100 ms at a county's ten years).
-- A dispute's contribution (screened once; mediated; settled, at a level) depends on the case and on its sessions,
-- agreement and referrals. settlement_cases holds each dispute's contribution as last counted, settlement_rollups
-- their sums per village, month of receipt (Asia/Shanghai), first-level type and level. Every write that can change
-- a contribution recounts that dispute in the same transaction, through the triggers below: the case's intake and
-- actions, sessions, agreements, referrals, a committee moved to another place. Read by
-- mediation.settlement.SettlementStatistics for callers who see every case of the region.
CREATE TABLE settlement_cases (
    case_number varchar(24) COLLATE "C" PRIMARY KEY,
    region_code varchar(12) COLLATE "C" NOT NULL,
    month       date        NOT NULL,
    type        varchar(40) NOT NULL,
    level       varchar(8)  NOT NULL,
    mediated    boolean     NOT NULL,
    settled     boolean     NOT NULL
);

CREATE TABLE settlement_rollups (
    region_code varchar(12) COLLATE "C" NOT NULL,
    month       date        NOT NULL,
    type        varchar(40) NOT NULL,
    level       varchar(8)  NOT NULL,
    screened    bigint      NOT NULL,
    mediated    bigint      NOT NULL,
    settled     bigint      NOT NULL,
    PRIMARY KEY (region_code, month, type, level)
);

-- The contribution of each dispute among `numbers` now (API.md's settlement rules; none for a case that is gone or
-- is not a dispute). A settled dispute is settled in the VILLAGE when a village committee's agreement or, without
-- one, the village committee as lead unit settled it, else at the TOWN (COUNTY for cases held by the county).
CREATE FUNCTION settlement_state(numbers varchar[])
RETURNS TABLE (case_number varchar, region_code varchar, month date, type varchar, level varchar, mediated boolean,
               settled boolean)
LANGUAGE sql STABLE AS $$
    SELECT c.number, c.region_code, CAST(date_trunc('month', c.received_at AT TIME ZONE 'Asia/Shanghai') AS date),
           coalesce(substring(c.category_code from '^[A-Z]+_[A-Z]+'), 'DISPUTE_OTHER'),
           CASE WHEN m.region_code NOT LIKE '%000' OR (a.id IS NULL AND c.lead_unit LIKE '%-VILLAGE_COMMITTEE')
                THEN 'VILLAGE' WHEN c.level = 'COUNTY' THEN 'COUNTY' ELSE 'TOWN' END,
           EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number),
           a.id IS NOT NULL
           OR EXISTS (SELECT 1 FROM mediation_sessions x WHERE x.case_number = c.number AND x.outcome = 'AGREED')
           OR (c.resolved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM referrals r WHERE r.case_number = c.number))
    FROM (SELECT DISTINCT n FROM unnest(numbers) n WHERE n IS NOT NULL) n
    JOIN cases c ON c.number = n.n AND c.kind = 'DISPUTE'
    LEFT JOIN mediation_agreements a ON a.case_number = c.number
    LEFT JOIN mediation_committees m ON m.id = a.committee_id
$$;

-- Recounts the disputes among `numbers`: their last contribution taken away, the present one added, in one upsert.
-- The numbers are joined, not matched with = ANY: a bulk load recounts hundreds of thousands at once.
CREATE FUNCTION settlement_recount(numbers varchar[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO settlement_rollups AS r (region_code, month, type, level, screened, mediated, settled)
    SELECT d.region_code, d.month, d.type, d.level, sum(d.sign), sum(d.sign * d.mediated::int),
           sum(d.sign * d.settled::int)
    FROM (SELECT s.region_code, s.month, s.type, s.level, -1 AS sign, s.mediated, s.settled
          FROM (SELECT DISTINCT n FROM unnest(numbers) n) n JOIN settlement_cases s ON s.case_number = n.n
          UNION ALL
          SELECT s.region_code, s.month, s.type, s.level, 1, s.mediated, s.settled FROM settlement_state(numbers) s) d
    GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
    ON CONFLICT (region_code, month, type, level) DO UPDATE SET
        screened = r.screened + excluded.screened, mediated = r.mediated + excluded.mediated,
        settled = r.settled + excluded.settled;
    DELETE FROM settlement_cases s USING (SELECT DISTINCT n FROM unnest(numbers) n) n WHERE s.case_number = n.n;
    INSERT INTO settlement_cases SELECT * FROM settlement_state(numbers);
END $$;

CREATE FUNCTION settlement_cases_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settlement_recount(ARRAY(SELECT n.number FROM new_cases n WHERE n.kind = 'DISPUTE'));
    RETURN NULL;
END $$;

-- A dispute changed in a way that can move its contribution, or a session, agreement or referral of one was
-- written: recount it (both numbers, if the row moved to another case).
CREATE FUNCTION settlement_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settlement_recount(ARRAY[OLD.number, NEW.number]);
    RETURN NULL;
END $$;

CREATE FUNCTION settlement_record_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settlement_recount(ARRAY[OLD.case_number, NEW.case_number]);
    RETURN NULL;
END $$;

CREATE FUNCTION settlement_committee_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM settlement_recount(ARRAY(SELECT a.case_number FROM mediation_agreements a WHERE a.committee_id = NEW.id));
    RETURN NULL;
END $$;

CREATE FUNCTION settlement_cases_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM settlement_cases;
    DELETE FROM settlement_rollups;
    RETURN NULL;
END $$;

CREATE TRIGGER settlement_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_cases
    FOR EACH STATEMENT EXECUTE FUNCTION settlement_cases_inserted();
CREATE TRIGGER settlement_update AFTER UPDATE ON cases FOR EACH ROW
    WHEN ((OLD.kind = 'DISPUTE' OR NEW.kind = 'DISPUTE')
          AND (OLD.kind IS DISTINCT FROM NEW.kind
               OR OLD.number IS DISTINCT FROM NEW.number
               OR OLD.region_code IS DISTINCT FROM NEW.region_code
               OR OLD.received_at IS DISTINCT FROM NEW.received_at
               OR OLD.category_code IS DISTINCT FROM NEW.category_code
               OR (OLD.resolved_at IS NULL) IS DISTINCT FROM (NEW.resolved_at IS NULL)
               OR (OLD.lead_unit LIKE '%-VILLAGE_COMMITTEE') IS DISTINCT FROM (NEW.lead_unit LIKE '%-VILLAGE_COMMITTEE')
               OR OLD.level IS DISTINCT FROM NEW.level))
    EXECUTE FUNCTION settlement_case_changed();
CREATE TRIGGER settlement_delete AFTER DELETE ON cases FOR EACH ROW WHEN (OLD.kind = 'DISPUTE')
    EXECUTE FUNCTION settlement_case_changed();
CREATE TRIGGER settlement_truncate AFTER TRUNCATE ON cases FOR EACH STATEMENT
    EXECUTE FUNCTION settlement_cases_truncated();
CREATE TRIGGER settlement_session AFTER INSERT OR UPDATE OR DELETE ON mediation_sessions FOR EACH ROW
    EXECUTE FUNCTION settlement_record_changed();
CREATE TRIGGER settlement_agreement AFTER INSERT OR UPDATE OR DELETE ON mediation_agreements FOR EACH ROW
    EXECUTE FUNCTION settlement_record_changed();
CREATE TRIGGER settlement_referral AFTER INSERT OR UPDATE OR DELETE ON referrals FOR EACH ROW
    EXECUTE FUNCTION settlement_record_changed();
CREATE TRIGGER settlement_committee AFTER UPDATE OF region_code ON mediation_committees FOR EACH ROW
    WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code)
    EXECUTE FUNCTION settlement_committee_moved();

SELECT settlement_recount(ARRAY(SELECT c.number FROM cases c WHERE c.kind = 'DISPUTE'));
