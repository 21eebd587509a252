-- Accounts by invitation: the account is made without a usable password and a one-time
-- link (its token only as a hash, valid 7 days) lets the person set one. A deactivated
-- account keeps its history (audit log) but cannot sign in: no password, no sessions, no keys.

CREATE TABLE uitnodiging (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    verloopt TEXT NOT NULL,
    gebruikt TEXT
);
CREATE INDEX uitnodiging_account ON uitnodiging (account_id);

ALTER TABLE account ADD COLUMN gedeactiveerd TEXT;
