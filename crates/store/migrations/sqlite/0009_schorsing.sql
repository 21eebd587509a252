-- Schorsingen (WPO art. 40c, IbWVO art. 13) with the melding to the inspectie when longer
-- than one day.

CREATE TABLE schorsing (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    van TEXT NOT NULL,
    tot TEXT NOT NULL,
    reden TEXT NOT NULL,
    inspectie_melding TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX schorsing_leerling ON schorsing (leerling_id);
