-- The schoolondersteuningsprofiel per vestiging: the date it was set and, per domain of the
-- Landelijk Doelgroepenmodel, up to which level the school supports pupils and its places.

CREATE TABLE sop (
    vestiging_code TEXT PRIMARY KEY REFERENCES vestiging (code),
    vastgesteld TEXT NOT NULL
);

CREATE TABLE sop_aanbod (
    vestiging_code TEXT NOT NULL REFERENCES vestiging (code),
    domein TEXT NOT NULL,
    tot_niveau BIGINT NOT NULL CHECK (tot_niveau BETWEEN 1 AND 7),
    plaatsen BIGINT NOT NULL CHECK (plaatsen >= 0),
    PRIMARY KEY (vestiging_code, domein)
);
