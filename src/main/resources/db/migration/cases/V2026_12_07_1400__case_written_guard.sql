-- The guard of a case change sent with its transaction's commit (issue 15, CaseRepository.writeAtCommit). An action
-- is decided on the case as this node last committed it and written with the commit, in the commit's own round trip:
-- one round trip per action instead of two. The write is guarded by the version it was decided on; when the case
-- changed meanwhile it updates no row, and this makes the whole request fail as a serialization failure (SQLSTATE
-- 40001), so the statements after it (the audit entry, the notifications, the COMMIT) are skipped, the transaction
-- rolls back and the action is taken again from the stored case.
CREATE FUNCTION case_written(written bigint, number varchar) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF written <> 1 THEN
        RAISE EXCEPTION 'case % changed meanwhile', number USING ERRCODE = 'serialization_failure';
    END IF;
END $$;
