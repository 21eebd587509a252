-- Absence per pupil per school day as schools import it (hours in hundredths), and the
-- verzuimmeldingen the Leerplichtwet rules derive from it, with the Verzuimregister's
-- statuses.

CREATE TABLE verzuimregel (
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    datum TEXT NOT NULL,
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    gepland BIGINT NOT NULL,
    ongeoorloofd BIGINT NOT NULL,
    geoorloofd BIGINT NOT NULL,
    regio TEXT NOT NULL,
    PRIMARY KEY (leerling_id, datum),
    CHECK (ongeoorloofd + geoorloofd <= gepland)
);

CREATE TABLE verzuimmelding (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    gemeentecode TEXT NOT NULL REFERENCES gemeente (code),
    soort TEXT NOT NULL CHECK (soort IN ('verzuim_16_uur', 'langdurig_relatief_verzuim', 'thuiszitter_3_maanden')),
    datum TEXT NOT NULL,
    uren BIGINT NOT NULL,
    status TEXT NOT NULL,
    aangemaakt TEXT NOT NULL,
    gewijzigd TEXT NOT NULL,
    UNIQUE (leerling_id, soort, datum)
);
CREATE INDEX verzuimmelding_gemeente ON verzuimmelding (gemeentecode, status);
CREATE INDEX verzuimmelding_vestiging ON verzuimmelding (vestiging_code, status);
