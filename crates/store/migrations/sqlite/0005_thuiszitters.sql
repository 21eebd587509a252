-- The thuiszitter register with each SWV's escalation ladder (doorzettingsmacht), the
-- notices to the next owner, and the system account under which the clock acts.

CREATE TABLE escalatiestap (
    swv_code TEXT NOT NULL REFERENCES swv (code),
    volgorde BIGINT NOT NULL,
    naam TEXT NOT NULL,
    eigenaar TEXT NOT NULL,
    weken BIGINT NOT NULL,
    PRIMARY KEY (swv_code, volgorde)
);

CREATE TABLE thuiszitter_zaak (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    soort TEXT NOT NULL CHECK (soort IN ('langdurig_relatief_verzuim', 'absoluut_verzuim')),
    startdatum TEXT NOT NULL,
    aanbod_datum TEXT,
    plan TEXT,
    stap BIGINT NOT NULL DEFAULT 0,
    stap_deadline TEXT NOT NULL,
    besluit_te_laat BIGINT NOT NULL DEFAULT 0,
    opgelost_op TEXT,
    besluit TEXT,
    besluit_datum TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX thuiszitter_zaak_leerling ON thuiszitter_zaak (leerling_id);
CREATE INDEX thuiszitter_zaak_swv ON thuiszitter_zaak (swv_code, opgelost_op);

CREATE TABLE notificatie (
    id INTEGER PRIMARY KEY,
    swv_code TEXT NOT NULL REFERENCES swv (code),
    zaak_id BIGINT REFERENCES thuiszitter_zaak (id),
    aan TEXT NOT NULL,
    tekst TEXT NOT NULL,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX notificatie_swv ON notificatie (swv_code, aangemaakt);

-- Acts for the clock (escalation) in the audit log; it cannot sign in ('!' is no hash).
INSERT INTO account (gebruikersnaam, weergavenaam, wachtwoord_hash, aangemaakt)
VALUES ('systeem', 'passend (automatisch)', '!', '2026-01-01T00:00:00Z');
