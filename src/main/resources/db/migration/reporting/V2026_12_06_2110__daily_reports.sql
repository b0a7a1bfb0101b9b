-- Daily reports (日报告 / 零报告): each village's report for a day, the day's events or explicitly nothing.
CREATE TABLE daily_reports (
    region_code       varchar(12) COLLATE "C" NOT NULL,
    report_date       date         NOT NULL,
    nothing_to_report boolean      NOT NULL,
    content           varchar(2000),
    submitted_at      timestamptz  NOT NULL,
    submitted_by      varchar(64)  NOT NULL,
    CONSTRAINT daily_reports_pk PRIMARY KEY (region_code, report_date),
    CONSTRAINT daily_reports_content CHECK (nothing_to_report OR content IS NOT NULL)
);
CREATE INDEX daily_reports_date_idx ON daily_reports (report_date, region_code);

-- A town's own deadline (default 17:00 on working days when it has no row).
CREATE TABLE daily_report_settings (
    town_code   varchar(12) COLLATE "C" PRIMARY KEY,
    deadline    time        NOT NULL,
    updated_at  timestamptz NOT NULL,
    updated_by  varchar(64) NOT NULL
);

-- One row per town and working day once its deadline passed: the sweeper claims it and flags the villages
-- that had not reported, once.
CREATE TABLE daily_report_deadlines (
    town_code    varchar(12) COLLATE "C" NOT NULL,
    report_date  date        NOT NULL,
    due_at       timestamptz NOT NULL,
    flagged      boolean     NOT NULL DEFAULT false,
    CONSTRAINT daily_report_deadlines_pk PRIMARY KEY (town_code, report_date)
);
CREATE INDEX daily_report_deadlines_due_idx ON daily_report_deadlines (due_at) WHERE NOT flagged;
