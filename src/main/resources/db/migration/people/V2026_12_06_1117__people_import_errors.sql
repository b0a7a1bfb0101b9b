-- People (issue 13): the error workbooks of register imports. They hold full rows (numbers in clear, as the
-- town typed them): only the importing user downloads one, and each is deleted with its file after 7 days.
CREATE TABLE people_import_errors (
    job_id      uuid         PRIMARY KEY,
    created_by  varchar(64)  NOT NULL,
    file_name   varchar(200) NOT NULL,     -- inside the data directory's imports/errors/
    rows        integer      NOT NULL,
    created_at  timestamptz  NOT NULL
);
CREATE INDEX people_import_errors_created_idx ON people_import_errors (created_at);
