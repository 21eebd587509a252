-- Support for a child beyond the basis: the OPP with its versions and evaluations,
-- arrangement requests to the SWV, toelaatbaarheidsverklaringen with their deskundigen,
-- numbering and bezwaar, symbiose agreements, the one-table arrangement, and what an OSO
-- dossier brought in (history, verzuim summary, attachments, restricted data).

CREATE TABLE opp (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    aangemaakt TEXT NOT NULL
);
CREATE INDEX opp_leerling ON opp (leerling_id);

-- Every change is a new version; old versions stay readable.
CREATE TABLE opp_versie (
    opp_id BIGINT NOT NULL REFERENCES opp (id),
    versie BIGINT NOT NULL,
    vastgesteld_op TEXT NOT NULL,
    uitstroom TEXT NOT NULL,
    belemmerend TEXT NOT NULL,
    bevorderend TEXT NOT NULL,
    overleg_ouders TEXT NOT NULL,
    overleg_verslag TEXT,
    instemming_ouders TEXT,
    stem_kind TEXT,
    account_id BIGINT NOT NULL,
    aangemaakt TEXT NOT NULL,
    PRIMARY KEY (opp_id, versie)
);

CREATE TABLE opp_behoefte (
    opp_id BIGINT NOT NULL REFERENCES opp (id),
    versie BIGINT NOT NULL,
    domein TEXT NOT NULL,
    niveau BIGINT NOT NULL CHECK (niveau BETWEEN 1 AND 7),
    PRIMARY KEY (opp_id, versie, domein)
);

-- The handelingsdeel: goals with the support, who gives it and how often.
CREATE TABLE opp_doel (
    opp_id BIGINT NOT NULL REFERENCES opp (id),
    versie BIGINT NOT NULL,
    volgorde BIGINT NOT NULL,
    doel TEXT NOT NULL,
    ondersteuning TEXT NOT NULL,
    wie TEXT NOT NULL,
    frequentie TEXT NOT NULL,
    PRIMARY KEY (opp_id, versie, volgorde)
);

CREATE TABLE opp_evaluatie (
    id INTEGER PRIMARY KEY,
    opp_id BIGINT NOT NULL REFERENCES opp (id),
    datum TEXT NOT NULL,
    met_ouders BIGINT NOT NULL,
    verslag TEXT NOT NULL,
    aangemaakt TEXT NOT NULL
);

CREATE TABLE arrangement (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    opp_id BIGINT REFERENCES opp (id),
    vraag TEXT NOT NULL,
    aangevraagd_op TEXT NOT NULL,
    overleg_datum TEXT,
    deelnemers TEXT,
    ouders_aanwezig BIGINT,
    stem_kind TEXT,
    overleg_verslag TEXT,
    besluit TEXT CHECK (besluit IN ('toegekend', 'afgewezen')),
    besluit_datum TEXT,
    inhoud TEXT,
    van TEXT,
    tot TEXT,
    kosten TEXT,
    reden TEXT,
    evaluatie_datum TEXT,
    evaluatie TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX arrangement_leerling ON arrangement (leerling_id);
CREATE INDEX arrangement_swv ON arrangement (swv_code, besluit);

-- The SWV's register of deskundigen; a deskundige account sees only assigned pupils.
CREATE TABLE deskundige (
    id INTEGER PRIMARY KEY,
    naam TEXT NOT NULL,
    discipline TEXT NOT NULL,
    swv_code TEXT NOT NULL REFERENCES swv (code),
    verbonden_aan TEXT NOT NULL DEFAULT '',
    account_id BIGINT REFERENCES account (id)
);

CREATE TABLE tlv (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    soort TEXT NOT NULL CHECK (soort IN ('sbo', 'so', 'vso')),
    aanvragende_vestiging TEXT REFERENCES vestiging (code),
    ontvangende_vestiging TEXT REFERENCES vestiging (code),
    swv_code TEXT NOT NULL,
    grond TEXT NOT NULL,
    aangevraagd_op TEXT NOT NULL,
    toelichting TEXT,
    besluit TEXT CHECK (besluit IN ('toegekend', 'afgewezen')),
    besluit_datum TEXT,
    categorie TEXT CHECK (categorie IN ('L', 'M', 'H')),
    ingang TEXT,
    einde TEXT,
    beschikkingsnummer TEXT UNIQUE,
    reden TEXT,
    brief TEXT,
    extern BIGINT NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX tlv_leerling ON tlv (leerling_id);
CREATE INDEX tlv_swv ON tlv (swv_code, besluit);

CREATE TABLE tlv_advies (
    tlv_id BIGINT NOT NULL REFERENCES tlv (id),
    volgorde BIGINT NOT NULL CHECK (volgorde IN (1, 2)),
    deskundige_id BIGINT NOT NULL REFERENCES deskundige (id),
    datum TEXT,
    advies TEXT,
    PRIMARY KEY (tlv_id, volgorde)
);

-- Gapless numbering per SWV and year: taken and incremented in the decision's transaction.
CREATE TABLE tlv_volgnummer (
    swv_code TEXT NOT NULL,
    jaar BIGINT NOT NULL,
    laatste BIGINT NOT NULL,
    PRIMARY KEY (swv_code, jaar)
);

CREATE TABLE tlv_bezwaar (
    id INTEGER PRIMARY KEY,
    tlv_id BIGINT NOT NULL REFERENCES tlv (id),
    ingediend_op TEXT NOT NULL,
    gronden TEXT NOT NULL,
    verdaagd BIGINT NOT NULL DEFAULT 0,
    advies_datum TEXT,
    advies TEXT,
    besluit_datum TEXT,
    uitkomst TEXT CHECK (uitkomst IN ('gegrond', 'deels gegrond', 'ongegrond', 'niet-ontvankelijk')),
    aangemaakt TEXT NOT NULL
);

CREATE TABLE symbiose (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    so_vestiging TEXT NOT NULL REFERENCES vestiging (code),
    regulier_vestiging TEXT NOT NULL REFERENCES vestiging (code),
    van_schooljaar BIGINT NOT NULL,
    tot_schooljaar BIGINT NOT NULL,
    rooster_minuten BIGINT NOT NULL,
    begeleiding TEXT NOT NULL,
    vergoeding_materiaal TEXT,
    vergoeding_lokalen TEXT,
    uitleg TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX symbiose_leerling ON symbiose (leerling_id);

CREATE TABLE symbiose_vak (
    symbiose_id BIGINT NOT NULL REFERENCES symbiose (id),
    vak TEXT NOT NULL,
    minuten BIGINT NOT NULL,
    PRIMARY KEY (symbiose_id, vak)
);

CREATE TABLE integraal_arrangement (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    datum TEXT NOT NULL,
    deelnemers TEXT NOT NULL,
    verslag TEXT NOT NULL,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX integraal_leerling ON integraal_arrangement (leerling_id);

CREATE TABLE integraal_afspraak (
    arrangement_id BIGINT NOT NULL REFERENCES integraal_arrangement (id),
    onderdeel TEXT NOT NULL,
    afspraak TEXT NOT NULL,
    eigenaar TEXT NOT NULL,
    datum TEXT NOT NULL,
    PRIMARY KEY (arrangement_id, onderdeel)
);

CREATE TABLE oso_dossier (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT,
    swv_code TEXT NOT NULL REFERENCES swv (code),
    ontvangen TEXT NOT NULL,
    niet_geleverd TEXT NOT NULL DEFAULT '',
    verzuim TEXT,
    zienswijze TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX oso_dossier_leerling ON oso_dossier (leerling_id);

CREATE TABLE ondersteuning_historie (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    oso_dossier_id BIGINT REFERENCES oso_dossier (id),
    van TEXT,
    tot TEXT,
    omschrijving TEXT NOT NULL
);

CREATE TABLE bijlage (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    oso_dossier_id BIGINT REFERENCES oso_dossier (id),
    naam TEXT NOT NULL,
    mime TEXT NOT NULL,
    grootte BIGINT NOT NULL,
    -- Part of a diagnosis, an intelligence test or an RVC file: restricted like beperkt_gegeven.
    beperkt BIGINT NOT NULL DEFAULT 0,
    inhoud_base64 TEXT NOT NULL
);

-- Diagnoses and medical data: shown only to the roles that need them (see toegang).
CREATE TABLE beperkt_gegeven (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    oso_dossier_id BIGINT REFERENCES oso_dossier (id),
    soort TEXT NOT NULL,
    omschrijving TEXT NOT NULL,
    datum TEXT
);

-- The SWVs a pupil "comes to": a case, a TLV request, an arrangement request, a table or an
-- OSO dossier. Access (toegang) reads this one view.
CREATE VIEW swv_zaak AS
    SELECT leerling_id, swv_code FROM thuiszitter_zaak
    UNION SELECT leerling_id, swv_code FROM tlv
    UNION SELECT leerling_id, swv_code FROM arrangement
    UNION SELECT leerling_id, swv_code FROM integraal_arrangement
    UNION SELECT leerling_id, swv_code FROM oso_dossier;
