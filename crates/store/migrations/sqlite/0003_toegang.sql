-- Failed sign-ins (for the lock-out), API keys, and more detail in the audit log, which
-- the database itself keeps append-only: rows can be added and, by the retention purge,
-- deleted, but never changed.

CREATE TABLE aanmeld_fout (
    id INTEGER PRIMARY KEY,
    gebruikersnaam TEXT NOT NULL,
    tijdstip TEXT NOT NULL
);
CREATE INDEX aanmeld_fout_naam ON aanmeld_fout (gebruikersnaam, tijdstip);

CREATE TABLE api_sleutel (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    naam TEXT NOT NULL,
    aangemaakt TEXT NOT NULL,
    ingetrokken TEXT
);
CREATE INDEX api_sleutel_account ON api_sleutel (account_id);

ALTER TABLE audit_log ADD COLUMN scope TEXT;
ALTER TABLE audit_log ADD COLUMN wijzigingen TEXT;
CREATE INDEX audit_log_tijdstip ON audit_log (tijdstip);

CREATE TRIGGER audit_log_append_only BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
