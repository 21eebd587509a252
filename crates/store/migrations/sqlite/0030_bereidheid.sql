-- A school that wants to refuse a child who needs support asks another vestiging from the
-- register whether it is willing to admit the child (WPO art. 40 lid 4, WVO art. 27 lid 2c,
-- WEC art. 40 lid 5). The asked school answers itself, yes or no with a date, by the
-- deadline (the registration's decision term). It sees only what is written here.

CREATE TABLE bereidheidsvraag (
    id INTEGER PRIMARY KEY,
    aanmelding_id BIGINT NOT NULL REFERENCES aanmelding (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    ondersteuningsbehoefte TEXT NOT NULL,
    gevraagd_op TEXT NOT NULL,
    uiterlijk TEXT NOT NULL,
    gevraagd_door BIGINT NOT NULL REFERENCES account (id),
    bereid INTEGER,
    antwoord_datum TEXT,
    beantwoord_door BIGINT REFERENCES account (id),
    aangemaakt TEXT NOT NULL,
    UNIQUE (aanmelding_id, vestiging_code)
);
CREATE INDEX bereidheidsvraag_vestiging ON bereidheidsvraag (vestiging_code, bereid);
