-- The organisation model: gemeenten, samenwerkingsverbanden and their postcode regions,
-- besturen, scholen, vestigingen, leerlingen with their enrolment history, ouders,
-- and accounts with their roles. Dates are TEXT 'YYYY-MM-DD', instants RFC 3339 UTC TEXT.

CREATE TABLE gemeente (
    code TEXT PRIMARY KEY,
    naam TEXT NOT NULL,
    nieuwe_code TEXT,
    datum_einde TEXT
);

CREATE TABLE swv (
    code TEXT PRIMARY KEY,
    sector TEXT NOT NULL CHECK (sector IN ('PO', 'VO')),
    naam TEXT
);

CREATE TABLE postcode_regio (
    pc4 BIGINT PRIMARY KEY,
    gemeente_2015 TEXT NOT NULL,
    gemeentecode TEXT NOT NULL REFERENCES gemeente (code),
    po_swv TEXT REFERENCES swv (code),
    vo_swv TEXT REFERENCES swv (code)
);
CREATE INDEX postcode_regio_po ON postcode_regio (po_swv);
CREATE INDEX postcode_regio_vo ON postcode_regio (vo_swv);

CREATE TABLE bestuur (
    id INTEGER PRIMARY KEY,
    bevoegd_gezag TEXT NOT NULL UNIQUE,
    naam TEXT NOT NULL
);

CREATE TABLE school (
    brin TEXT PRIMARY KEY,
    naam TEXT NOT NULL,
    bestuur_id BIGINT NOT NULL REFERENCES bestuur (id)
);
CREATE INDEX school_bestuur ON school (bestuur_id);

CREATE TABLE vestiging (
    code TEXT PRIMARY KEY,
    brin TEXT NOT NULL REFERENCES school (brin),
    naam TEXT NOT NULL,
    schoolsoort TEXT NOT NULL CHECK (schoolsoort IN ('bao', 'sbo', 'so', 'vso', 'vo', 'pro')),
    postcode TEXT NOT NULL,
    pc4 BIGINT NOT NULL REFERENCES postcode_regio (pc4),
    plaats TEXT NOT NULL,
    swv_code TEXT NOT NULL REFERENCES swv (code),
    swv_handmatig INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX vestiging_brin ON vestiging (brin);
CREATE INDEX vestiging_swv ON vestiging (swv_code);

CREATE TABLE leerling (
    id INTEGER PRIMARY KEY,
    voornaam TEXT NOT NULL,
    tussenvoegsel TEXT,
    achternaam TEXT NOT NULL,
    geboortedatum TEXT NOT NULL,
    postcode TEXT NOT NULL,
    pc4 BIGINT NOT NULL REFERENCES postcode_regio (pc4),
    bsn TEXT UNIQUE,
    onderwijsnummer TEXT UNIQUE,
    ondersteuningsbehoefte TEXT,
    CHECK (bsn IS NOT NULL OR onderwijsnummer IS NOT NULL)
);
CREATE INDEX leerling_pc4 ON leerling (pc4);

CREATE TABLE inschrijving (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    van TEXT NOT NULL,
    tot TEXT,
    CHECK (tot IS NULL OR tot >= van)
);
CREATE INDEX inschrijving_leerling ON inschrijving (leerling_id);
CREATE INDEX inschrijving_vestiging ON inschrijving (vestiging_code, tot);

CREATE TABLE ouder (
    id INTEGER PRIMARY KEY,
    voornaam TEXT NOT NULL,
    tussenvoegsel TEXT,
    achternaam TEXT NOT NULL,
    email TEXT UNIQUE,
    telefoon TEXT
);

CREATE TABLE ouder_leerling (
    ouder_id BIGINT NOT NULL REFERENCES ouder (id),
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    relatie TEXT NOT NULL,
    PRIMARY KEY (ouder_id, leerling_id)
);
CREATE INDEX ouder_leerling_leerling ON ouder_leerling (leerling_id);

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    gebruikersnaam TEXT NOT NULL UNIQUE,
    weergavenaam TEXT NOT NULL,
    wachtwoord_hash TEXT NOT NULL,
    aangemaakt TEXT NOT NULL
);

-- A role bound to its scope: a vestiging, a bestuur, an SWV, a gemeente, an ouder, or
-- nothing (inspectie, ministerie, beheerder). Deskundigen get cases assigned later.
CREATE TABLE account_rol (
    id INTEGER PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    rol TEXT NOT NULL,
    scope TEXT
);
CREATE INDEX account_rol_account ON account_rol (account_id);
