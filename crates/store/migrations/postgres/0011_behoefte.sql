-- A pupil's ondersteuningsbehoefte per domain of the Landelijk Doelgroepenmodel, with its
-- level (1–7), as the OPP states it.

CREATE TABLE behoefte (
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    domein TEXT NOT NULL,
    niveau BIGINT NOT NULL CHECK (niveau BETWEEN 1 AND 7),
    PRIMARY KEY (leerling_id, domein)
);
