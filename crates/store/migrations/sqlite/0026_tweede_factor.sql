-- A second factor (TOTP, RFC 6238) per account with single-use recovery codes; the roles
-- for which the beheerder requires it; and the short step between password and code.

CREATE TABLE tweede_factor (
    account_id BIGINT PRIMARY KEY REFERENCES account (id),
    -- The shared secret in base32. Codes are computed from it, so it cannot be hashed.
    geheim TEXT NOT NULL,
    -- When a first code confirmed it; NULL while the account is enrolling.
    bevestigd TEXT,
    -- The last time step a code was accepted for: that step and earlier are refused (replay).
    laatste_stap BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE herstelcode (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    -- BLAKE2b of the account id and the code: the code itself is shown once.
    code_hash TEXT NOT NULL UNIQUE,
    gebruikt TEXT
);
CREATE INDEX herstelcode_account ON herstelcode (account_id);

-- Roles whose users must use a second factor; none by default.
CREATE TABLE tweede_factor_rol (
    rol TEXT PRIMARY KEY
);

-- After a correct password, before the code: the token (as a hash) is single use and short-lived.
CREATE TABLE aanmeld_stap (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    verloopt TEXT NOT NULL
);
CREATE INDEX aanmeld_stap_account ON aanmeld_stap (account_id);
