-- The working-day calendar: only the dates that differ from a plain Monday–Friday week.
-- HOLIDAY: a public holiday or bridging rest day (also when it falls on a weekend, as the
-- official notices list them); WORKDAY: a make-up working day on a weekend (调休上班).
-- A year with no row counts Monday–Friday. Administrators replace one year at a time.
CREATE TABLE calendar_days (
    day        date        NOT NULL CONSTRAINT calendar_days_pkey PRIMARY KEY,
    kind       varchar(16) NOT NULL CONSTRAINT calendar_days_kind_check CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name       varchar(50) NOT NULL DEFAULT '',
    updated_at timestamptz NOT NULL,
    updated_by varchar(64) NOT NULL,
    CONSTRAINT calendar_days_workday_on_weekend_check CHECK (kind <> 'WORKDAY' OR extract(isodow FROM day) >= 6)
);

-- 2025: State Council General Office notice of 2024-11-12 (国办发明电〔2024〕12号); the rows of shared/data/holidays.csv
INSERT INTO calendar_days (day, kind, name, updated_at, updated_by)
SELECT CAST(v.day AS date), v.kind, v.name, now(), 'system' FROM (VALUES
    ('2025-01-01', 'HOLIDAY', '元旦'),
    ('2025-01-26', 'WORKDAY', '春节'),
    ('2025-01-28', 'HOLIDAY', '春节'),
    ('2025-01-29', 'HOLIDAY', '春节'),
    ('2025-01-30', 'HOLIDAY', '春节'),
    ('2025-01-31', 'HOLIDAY', '春节'),
    ('2025-02-01', 'HOLIDAY', '春节'),
    ('2025-02-02', 'HOLIDAY', '春节'),
    ('2025-02-03', 'HOLIDAY', '春节'),
    ('2025-02-04', 'HOLIDAY', '春节'),
    ('2025-02-08', 'WORKDAY', '春节'),
    ('2025-04-04', 'HOLIDAY', '清明节'),
    ('2025-04-05', 'HOLIDAY', '清明节'),
    ('2025-04-06', 'HOLIDAY', '清明节'),
    ('2025-04-27', 'WORKDAY', '劳动节'),
    ('2025-05-01', 'HOLIDAY', '劳动节'),
    ('2025-05-02', 'HOLIDAY', '劳动节'),
    ('2025-05-03', 'HOLIDAY', '劳动节'),
    ('2025-05-04', 'HOLIDAY', '劳动节'),
    ('2025-05-05', 'HOLIDAY', '劳动节'),
    ('2025-05-31', 'HOLIDAY', '端午节'),
    ('2025-06-01', 'HOLIDAY', '端午节'),
    ('2025-06-02', 'HOLIDAY', '端午节'),
    ('2025-09-28', 'WORKDAY', '国庆节、中秋节'),
    ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
    ('2025-10-11', 'WORKDAY', '国庆节、中秋节')
) AS v (day, kind, name);

-- 2026: State Council General Office notice of 2025-11-04; the rows of shared/data/holidays.csv
INSERT INTO calendar_days (day, kind, name, updated_at, updated_by)
SELECT CAST(v.day AS date), v.kind, v.name, now(), 'system' FROM (VALUES
    ('2026-01-01', 'HOLIDAY', '元旦'),
    ('2026-01-02', 'HOLIDAY', '元旦'),
    ('2026-01-03', 'HOLIDAY', '元旦'),
    ('2026-01-04', 'WORKDAY', '元旦'),
    ('2026-02-14', 'WORKDAY', '春节'),
    ('2026-02-15', 'HOLIDAY', '春节'),
    ('2026-02-16', 'HOLIDAY', '春节'),
    ('2026-02-17', 'HOLIDAY', '春节'),
    ('2026-02-18', 'HOLIDAY', '春节'),
    ('2026-02-19', 'HOLIDAY', '春节'),
    ('2026-02-20', 'HOLIDAY', '春节'),
    ('2026-02-21', 'HOLIDAY', '春节'),
    ('2026-02-22', 'HOLIDAY', '春节'),
    ('2026-02-23', 'HOLIDAY', '春节'),
    ('2026-02-28', 'WORKDAY', '春节'),
    ('2026-04-04', 'HOLIDAY', '清明节'),
    ('2026-04-05', 'HOLIDAY', '清明节'),
    ('2026-04-06', 'HOLIDAY', '清明节'),
    ('2026-05-01', 'HOLIDAY', '劳动节'),
    ('2026-05-02', 'HOLIDAY', '劳动节'),
    ('2026-05-03', 'HOLIDAY', '劳动节'),
    ('2026-05-04', 'HOLIDAY', '劳动节'),
    ('2026-05-05', 'HOLIDAY', '劳动节'),
    ('2026-05-09', 'WORKDAY', '劳动节'),
    ('2026-06-19', 'HOLIDAY', '端午节'),
    ('2026-06-20', 'HOLIDAY', '端午节'),
    ('2026-06-21', 'HOLIDAY', '端午节'),
    ('2026-09-20', 'WORKDAY', '国庆节'),
    ('2026-09-25', 'HOLIDAY', '中秋节'),
    ('2026-09-26', 'HOLIDAY', '中秋节'),
    ('2026-09-27', 'HOLIDAY', '中秋节'),
    ('2026-10-01', 'HOLIDAY', '国庆节'),
    ('2026-10-02', 'HOLIDAY', '国庆节'),
    ('2026-10-03', 'HOLIDAY', '国庆节'),
    ('2026-10-04', 'HOLIDAY', '国庆节'),
    ('2026-10-05', 'HOLIDAY', '国庆节'),
    ('2026-10-06', 'HOLIDAY', '国庆节'),
    ('2026-10-07', 'HOLIDAY', '国庆节'),
    ('2026-10-10', 'WORKDAY', '国庆节')
) AS v (day, kind, name);
