-- Scopes that see little of the cases (a grid member, a village, a station among a county's ten years, issue 15):
-- every column CaseVisibility names for them gets an index that answers its part, so PostgreSQL ORs the indexes
-- instead of reading every case. The grid part is a prefix match (ScopeSql: ^@ ANY), which SP-GiST answers; the
-- units and users already have theirs (cases_init). The whole-region part is left to the newest-first scan: a
-- scope that sees whole regions sees most cases, and a scope that sees none drops that part when its statement is
-- planned for its values (ScopeSql.planForTheCaller). Not partial: a partial index needs its predicate proven from
-- the query, which an empty scope array does not give.
CREATE INDEX cases_grid_prefix_idx ON cases USING spgist (grid_code);
