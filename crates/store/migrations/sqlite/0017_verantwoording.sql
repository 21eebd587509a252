-- verantwoording: the ondersteuningsplan in versions with its own targets, the op
-- overeenstemming gericht overleg (OOGO) with each gemeente, the consent of the
-- ondersteuningsplanraad, disputes and referrals, and where vso leavers went.

-- One row per version of an SWV's plan; a new text is a new version.
CREATE TABLE ondersteuningsplan (
    id INTEGER PRIMARY KEY,
    swv_code TEXT NOT NULL REFERENCES swv (code),
    versie BIGINT NOT NULL,
    -- The calendar years in which the first and the last schooljaar start.
    van_schooljaar BIGINT NOT NULL,
    tot_schooljaar BIGINT NOT NULL,
    basisondersteuning TEXT NOT NULL,
    extra_ondersteuning TEXT NOT NULL,
    middelen TEXT NOT NULL,
    tlv_procedure TEXT NOT NULL,
    ouders TEXT NOT NULL,
    doelen TEXT NOT NULL,
    -- WPO art. 18a lid 8 d / WVO art. 17a lid 8 d: return or transfer from (v)so.
    terugplaatsing TEXT NOT NULL,
    -- Lid 8 g-j (PO) / g-h (VO): how growth situations are established and each school's
    -- share in the transfers.
    overdrachten TEXT NOT NULL,
    vastgesteld_op TEXT,
    ingediend_op TEXT,
    account_id BIGINT NOT NULL,
    aangemaakt TEXT NOT NULL,
    UNIQUE (swv_code, versie)
);

-- The plan's own targets, each on a figure the application counts.
CREATE TABLE op_streefwaarde (
    id INTEGER PRIMARY KEY,
    plan_id BIGINT NOT NULL REFERENCES ondersteuningsplan (id),
    volgorde BIGINT NOT NULL,
    doel TEXT NOT NULL,
    kengetal TEXT NOT NULL,
    richting TEXT NOT NULL CHECK (richting IN ('hoogstens', 'minstens')),
    streefwaarde BIGINT NOT NULL,
    meting TEXT NOT NULL
);
CREATE INDEX op_streefwaarde_plan ON op_streefwaarde (plan_id);

CREATE TABLE op_oogo (
    plan_id BIGINT NOT NULL REFERENCES ondersteuningsplan (id),
    gemeentecode TEXT NOT NULL REFERENCES gemeente (code),
    datum TEXT NOT NULL,
    uitkomst TEXT NOT NULL CHECK (uitkomst IN ('overeenstemming', 'geen overeenstemming')),
    verschillen TEXT,
    PRIMARY KEY (plan_id, gemeentecode)
);

-- Lid 9: overleg with the SWV of the other sector whose area overlaps, before vaststelling.
CREATE TABLE op_overleg_swv (
    plan_id BIGINT NOT NULL REFERENCES ondersteuningsplan (id),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    datum TEXT NOT NULL,
    verslag TEXT NOT NULL,
    PRIMARY KEY (plan_id, swv_code)
);

CREATE TABLE op_instemming (
    plan_id BIGINT PRIMARY KEY REFERENCES ondersteuningsplan (id),
    datum TEXT NOT NULL,
    voor BIGINT NOT NULL,
    tegen BIGINT NOT NULL,
    onthouding BIGINT NOT NULL,
    voorwaarden TEXT
);

-- A dispute sent to the geschillencommissie, or a referral to an onderwijsconsulent.
CREATE TABLE geschil (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    soort TEXT NOT NULL CHECK (soort IN ('toelating', 'verwijdering', 'opp', 'onderwijsconsulent')),
    ingediend_op TEXT NOT NULL,
    omschrijving TEXT NOT NULL,
    oordeel_uiterlijk TEXT,
    oordeel_datum TEXT,
    oordeel TEXT,
    reactie_datum TEXT,
    volgt_oordeel BIGINT,
    reactie TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX geschil_leerling ON geschil (leerling_id);
CREATE INDEX geschil_swv ON geschil (swv_code, ingediend_op);

-- A pupil leaving vso: the profile the OPP expected, where the pupil went, and a year later.
CREATE TABLE vso_uitstroom (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    uitstroomdatum TEXT NOT NULL,
    verwacht TEXT,
    bestemming TEXT NOT NULL CHECK (bestemming IN ('vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding', 'onbekend')),
    vervolg_soort TEXT,
    na_jaar_datum TEXT,
    na_jaar_bestemming TEXT CHECK (na_jaar_bestemming IN ('vervolgonderwijs', 'arbeidsmarkt', 'dagbesteding', 'onbekend')),
    na_jaar_soort TEXT,
    aangemaakt TEXT NOT NULL,
    UNIQUE (leerling_id, vestiging_code)
);
CREATE INDEX vso_uitstroom_swv ON vso_uitstroom (swv_code, uitstroomdatum);
