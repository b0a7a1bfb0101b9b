-- A dispute's settlement contribution now follows its case through the cases module's CaseChanged event, heard in
-- the same transaction (mediation.settlement.SettlementCopy), instead of triggers this module had put on the cases
-- table (DESIGN.md: modules hear each other's events; a module's tables are its own). The listener recounts only
-- when the contribution's inputs moved, so a dispatch to a station or a sign-for no longer recounts. The triggers on
-- this module's own records (sessions, agreements, referrals, committees) stay.
DROP TRIGGER settlement_insert ON cases;
DROP TRIGGER settlement_update ON cases;
DROP TRIGGER settlement_delete ON cases;
DROP TRIGGER settlement_truncate ON cases;
DROP FUNCTION settlement_cases_inserted();
DROP FUNCTION settlement_case_changed();
DROP FUNCTION settlement_cases_truncated();
