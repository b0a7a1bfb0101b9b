-- SLA policies, like routing rules, may be narrowed to a place (a region code prefix: a town's own limits);
-- null applies everywhere. The most specific place wins, then category and priority (SlaPolicies).
ALTER TABLE sla_policies ADD COLUMN region_prefix varchar(12) COLLATE "C"
    CONSTRAINT sla_policies_prefix_check CHECK (region_prefix ~ '^[0-9]{1,12}$');
ALTER TABLE sla_policies DROP CONSTRAINT sla_policies_unique;
ALTER TABLE sla_policies ADD CONSTRAINT sla_policies_unique
    UNIQUE NULLS NOT DISTINCT (kind, category_code, priority, region_prefix);
