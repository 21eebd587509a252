-- Sign-in sessions (the cookie carries a random token; only its hash is stored) and the
-- append-only audit log of every read and change of a pupil's dossier.

CREATE TABLE sessie (
    token_hash TEXT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    aangemaakt TEXT NOT NULL,
    verloopt TEXT NOT NULL
);
CREATE INDEX sessie_account ON sessie (account_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    tijdstip TEXT NOT NULL,
    account_id BIGINT NOT NULL REFERENCES account (id),
    rol TEXT NOT NULL,
    leerling_id BIGINT REFERENCES leerling (id),
    actie TEXT NOT NULL,
    route TEXT NOT NULL
);
CREATE INDEX audit_log_leerling ON audit_log (leerling_id, tijdstip);
