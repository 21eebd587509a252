-- Pupils of a vestiging's EDEXML roster whom passend does not hold as a pupil: the file
-- lacks what every passend pupil needs (a checked BSN or onderwijsnummer, a name, a birth
-- date, a postcode in the regio-indeling). Kept so that the roster is whole (name, groups,
-- the LAS's key) and the school sees what to complete; never with a number that failed its
-- check. A later file that completes the pupil makes them a pupil and removes the row.

CREATE TABLE roosterleerling (
    id INTEGER PRIMARY KEY,
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    sleutel TEXT NOT NULL,
    -- The ECK iD: a pseudonymous chain id, personal data like the name.
    eckid TEXT,
    voornaam TEXT,
    tussenvoegsel TEXT,
    achternaam TEXT,
    geboortedatum TEXT,
    jaargroep TEXT,
    -- What passend still needs, one item per line (never a value from the file).
    ontbreekt TEXT NOT NULL,
    UNIQUE (vestiging_code, sleutel)
);

CREATE TABLE groep_roosterleerling (
    groep_id BIGINT NOT NULL REFERENCES groep (id),
    roosterleerling_id BIGINT NOT NULL REFERENCES roosterleerling (id),
    PRIMARY KEY (groep_id, roosterleerling_id)
);
CREATE INDEX groep_roosterleerling_leerling ON groep_roosterleerling (roosterleerling_id);
