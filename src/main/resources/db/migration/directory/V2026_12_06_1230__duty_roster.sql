-- The duty roster (带班接访): who of a center is the duty leader on a day; several may share a day.
CREATE TABLE duty_roster (
    department_code varchar(40) COLLATE "C" NOT NULL CONSTRAINT duty_roster_department_fk REFERENCES departments (code),
    day             date         NOT NULL,
    staff_id        bigint       NOT NULL CONSTRAINT duty_roster_staff_fk REFERENCES staff (id),
    assigned_by     varchar(100) NOT NULL,
    assigned_at     timestamptz  NOT NULL,
    PRIMARY KEY (department_code, day, staff_id)
);
