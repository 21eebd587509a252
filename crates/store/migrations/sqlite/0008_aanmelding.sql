-- Written registrations (aanmeldingen) and what the school decided, with the clocks'
-- inputs: receipt, the one extension and its notice to the parents, the VO suspension.

CREATE TABLE aanmelding (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    ontvangen TEXT NOT NULL,
    gewenste_start TEXT,
    eerste_voorkeur BIGINT NOT NULL DEFAULT 0,
    andere_scholen TEXT,
    extra_ondersteuning BIGINT NOT NULL DEFAULT 0,
    beoordeling TEXT,
    verlenging_weken BIGINT,
    verlenging_kennisgeving TEXT,
    opschorting_van TEXT,
    opschorting_tot TEXT,
    besluit TEXT,
    besluit_datum TEXT,
    andere_school TEXT,
    bereid_op TEXT,
    reden TEXT,
    brief TEXT,
    stem_kind TEXT,
    ingetrokken_op TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX aanmelding_leerling ON aanmelding (leerling_id);
CREATE INDEX aanmelding_vestiging ON aanmelding (vestiging_code, besluit);
