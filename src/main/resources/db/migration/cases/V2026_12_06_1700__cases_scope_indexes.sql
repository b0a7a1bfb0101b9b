-- Scopes that see little of the cases (a grid member, a village, a station among a county's ten years, issue 15):
-- every column CaseVisibility names gets an index that answers its part, so PostgreSQL ORs the indexes instead of
-- reading every case. The region and grid parts are prefix matches (ScopeSql: ^@ ANY), which SP-GiST answers; the
-- units and users already have theirs (cases_init). Not partial: a partial index needs its predicate proven from
-- the query, which an empty scope array does not give.
CREATE INDEX cases_region_prefix_idx ON cases USING spgist (region_code);
CREATE INDEX cases_grid_prefix_idx ON cases USING spgist (grid_code);
