-- Definitive verwijderingen: the conditions the law sets, the school that agreed to take
-- the pupil, and the child's voice.

CREATE TABLE verwijdering (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    datum TEXT NOT NULL,
    andere_school TEXT NOT NULL,
    stem_kind TEXT NOT NULL,
    overleg_inspectie BIGINT NOT NULL DEFAULT 0,
    aangemaakt TEXT NOT NULL
);
CREATE INDEX verwijdering_leerling ON verwijdering (leerling_id);
