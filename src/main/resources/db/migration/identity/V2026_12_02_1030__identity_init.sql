-- Users who log in, with their roles and data scope.
CREATE TABLE users (
    username            varchar(64) COLLATE "C" PRIMARY KEY CONSTRAINT users_username_check CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name        varchar(100) NOT NULL,
    password_hash       varchar(100) NOT NULL,
    roles               varchar(32)[] NOT NULL,
    scope_regions       varchar(12)[] NOT NULL DEFAULT '{}',
    scope_departments   varchar(40)[] NOT NULL DEFAULT '{}',
    read_only           boolean      NOT NULL DEFAULT false,
    staff_id            bigint,
    demo                boolean      NOT NULL DEFAULT false,
    enabled             boolean      NOT NULL DEFAULT true,
    failed_logins       integer      NOT NULL DEFAULT 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  NOT NULL,
    created_at          timestamptz  NOT NULL
);

-- Login tokens: only a hash is stored. Expired tokens are purged.
CREATE TABLE auth_tokens (
    token_hash bytea PRIMARY KEY,
    username   varchar(64) COLLATE "C" NOT NULL CONSTRAINT auth_tokens_user_fk REFERENCES users (username),
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    revoked_at timestamptz
);
CREATE INDEX auth_tokens_user_idx ON auth_tokens (username);
CREATE INDEX auth_tokens_expiry_idx ON auth_tokens (expires_at);
