-- A region's children are found by equality on parent_code and sorted after (at most 170 siblings in the national
-- table), so a hash index serves them. The B-tree on (parent_code, code) it replaces took every village's insert
-- down the middle of the tree: it was the largest cost of the national import after the heap and the key
-- (issue 15: about 1.4 s of 665,271 rows, the hash index about 0.6 s).
DROP INDEX regions_parent_idx;
CREATE INDEX regions_parent_idx ON regions USING hash (parent_code);
