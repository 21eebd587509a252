-- Vrijstellingen of the Leerplichtwet, recorded by the leerplicht of the gemeente, with
-- their documents (kind, date, description; the files themselves stay in the gemeente's
-- archive), the statement and the SWV's advice for art. 5 onder a, and the yearly notice.

CREATE TABLE vrijstelling (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    gemeentecode TEXT NOT NULL REFERENCES gemeente (code),
    grond TEXT NOT NULL,
    van TEXT NOT NULL,
    tot TEXT,
    status TEXT NOT NULL CHECK (status IN ('aangevraagd', 'verleend', 'geweigerd')),
    verklaring_datum TEXT,
    verklaring_van_behandelaar BIGINT NOT NULL DEFAULT 0,
    swv_advies_datum TEXT,
    laatste_kennisgeving TEXT,
    besluit_datum TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX vrijstelling_gemeente ON vrijstelling (gemeentecode, status);
CREATE INDEX vrijstelling_leerling ON vrijstelling (leerling_id);

CREATE TABLE vrijstelling_document (
    id INTEGER PRIMARY KEY,
    vrijstelling_id BIGINT NOT NULL REFERENCES vrijstelling (id),
    soort TEXT NOT NULL,
    datum TEXT NOT NULL,
    omschrijving TEXT NOT NULL
);
CREATE INDEX vrijstelling_document_vrijstelling ON vrijstelling_document (vrijstelling_id);
