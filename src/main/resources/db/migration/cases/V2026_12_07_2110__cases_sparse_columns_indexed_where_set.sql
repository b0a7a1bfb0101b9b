-- Three indexes of cases hold only the cases that have a value (issue 15). An action rewrites its case's row and
-- cannot stay a heap-only update (its status is indexed), so every index of cases takes a new entry per action,
-- an empty one too: an SP-GiST entry for a case without a grid, a GIN entry for a case without co-units, a B-tree
-- entry for a case no grid member reported. Most cases taken in at a desk have none of these. Each query these
-- indexes answer already implies the value is there (reported_by = …, grid_code ^@ ANY …), or says so
-- (ScopeSql's co-unit condition: cardinality(co_units) > 0).
DROP INDEX cases_reported_by_idx;
CREATE INDEX cases_reported_by_idx ON cases (reported_by, grid_code) WHERE reported_by IS NOT NULL;
DROP INDEX cases_co_units_idx;
CREATE INDEX cases_co_units_idx ON cases USING gin (co_units) WHERE cardinality(co_units) > 0;
DROP INDEX cases_grid_prefix_idx;
CREATE INDEX cases_grid_prefix_idx ON cases USING spgist (grid_code) WHERE grid_code IS NOT NULL;
