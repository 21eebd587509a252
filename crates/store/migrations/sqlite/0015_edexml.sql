-- EDEXML rosters (the export of a school's administration system, LAS): the groups of a
-- vestiging and who is in them, the staff with their roles, and the keys the LAS gives a
-- pupil, by which a re-import finds the same pupil. BSN and onderwijsnummer stay in
-- leerling only. A key is the sending system's own, so it is unique per vestiging.

CREATE TABLE groep (
    id INTEGER PRIMARY KEY,
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    sleutel TEXT NOT NULL,
    naam TEXT NOT NULL,
    jaargroep TEXT,
    -- A samengestelde groep (e.g. a cluster across classes) rather than a class.
    samengesteld BIGINT NOT NULL DEFAULT 0,
    omschrijving TEXT,
    UNIQUE (vestiging_code, sleutel)
);

CREATE TABLE groep_leerling (
    groep_id BIGINT NOT NULL REFERENCES groep (id),
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    PRIMARY KEY (groep_id, leerling_id)
);
CREATE INDEX groep_leerling_leerling ON groep_leerling (leerling_id);

CREATE TABLE medewerker (
    id INTEGER PRIMARY KEY,
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    sleutel TEXT NOT NULL,
    -- The ECK iD: a pseudonymous chain id, personal data like the name.
    eckid TEXT,
    achternaam TEXT,
    voorvoegsel TEXT,
    voornamen TEXT,
    voorletters TEXT,
    roepnaam TEXT,
    email TEXT,
    -- Roles independent of a group (codes such as TAL, or free text), one per line.
    rollen TEXT NOT NULL DEFAULT '',
    UNIQUE (vestiging_code, sleutel)
);

CREATE TABLE groep_medewerker (
    groep_id BIGINT NOT NULL REFERENCES groep (id),
    medewerker_id BIGINT NOT NULL REFERENCES medewerker (id),
    -- The roles in this group (STA, OWA, …), one per line.
    rollen TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (groep_id, medewerker_id)
);
CREATE INDEX groep_medewerker_medewerker ON groep_medewerker (medewerker_id);

CREATE TABLE leerling_sleutel (
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    sleutel TEXT NOT NULL,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    eckid TEXT,
    PRIMARY KEY (vestiging_code, sleutel),
    UNIQUE (vestiging_code, leerling_id)
);
CREATE INDEX leerling_sleutel_leerling ON leerling_sleutel (leerling_id);
