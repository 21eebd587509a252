-- Organisations from a file (passend import organisaties): a vestiging's address as the
-- file gives it, the day it was closed (a vestiging missing from a later file is closed,
-- never deleted: pupils' history points at it), and every change of a name or address.

ALTER TABLE vestiging ADD COLUMN straat TEXT NOT NULL DEFAULT '';
ALTER TABLE vestiging ADD COLUMN huisnummer TEXT NOT NULL DEFAULT '';
ALTER TABLE vestiging ADD COLUMN gemeentecode TEXT NOT NULL DEFAULT '';
ALTER TABLE vestiging ADD COLUMN gesloten_op TEXT;

CREATE TABLE organisatie_wijziging (
    id INTEGER PRIMARY KEY,
    datum TEXT NOT NULL,
    -- bestuur, school or vestiging, and its bevoegd-gezagnummer, BRIN or vestiging code.
    soort TEXT NOT NULL,
    code TEXT NOT NULL,
    veld TEXT NOT NULL,
    oud TEXT NOT NULL,
    nieuw TEXT NOT NULL
);
CREATE INDEX organisatie_wijziging_code ON organisatie_wijziging (code);
