-- The recount's statement was planned anew on every call: for a parameter array the plan cache kept choosing custom
-- plans, and planning the statement cost 1.2 ms against its 0.2 ms of execution (pg_stat_statements with
-- track_planning under the lifecycle benchmark: plans = calls). Its one plan suits a single dispute (index lookups by
-- case number) as well as a bulk recount (the same lookups, many times).
ALTER FUNCTION settlement_recount(varchar[]) SET plan_cache_mode = force_generic_plan;
