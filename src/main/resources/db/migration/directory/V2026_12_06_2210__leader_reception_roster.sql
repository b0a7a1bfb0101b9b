-- The leader reception-day roster (带班接访) next to the duty roster (坐班/值班领导): the same table, told apart by kind.
ALTER TABLE duty_roster ADD COLUMN kind varchar(10) NOT NULL DEFAULT 'DUTY'
    CONSTRAINT duty_roster_kind_check CHECK (kind IN ('DUTY', 'RECEPTION'));
ALTER TABLE duty_roster DROP CONSTRAINT duty_roster_pkey;
ALTER TABLE duty_roster ADD CONSTRAINT duty_roster_pkey PRIMARY KEY (department_code, day, kind, staff_id);
