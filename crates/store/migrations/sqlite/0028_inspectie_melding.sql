-- The melding to the inspectie as a record of its own (it was a text column on the
-- schorsing): made when the school records a schorsing longer than one day (WPO art. 40c
-- lid 3, WEC art. 40c lid 3, IbWVO art. 13 lid 3) or a verwijdering the law has reported
-- (IbWVO art. 14 lid 3). The inspectie's inbox reads it. Its facts only: the school, the
-- pupil's number in passend (no name), the dates and the reasons.

CREATE TABLE inspectie_melding (
    id INTEGER PRIMARY KEY,
    soort TEXT NOT NULL CHECK (soort IN ('schorsing', 'verwijdering')),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    van TEXT NOT NULL,
    tot TEXT,
    reden TEXT,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX inspectie_melding_nieuw ON inspectie_melding (aangemaakt);

-- The schorsingen already reported get their record.
INSERT INTO inspectie_melding (soort, vestiging_code, leerling_id, van, tot, reden, aangemaakt)
SELECT 'schorsing', vestiging_code, leerling_id, van, tot, reden, aangemaakt
FROM schorsing WHERE inspectie_melding IS NOT NULL;
