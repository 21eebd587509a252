-- The parents' own steps (issue 20, part 4). Who of a child's linked parents has gezag: only
-- they take the parents' steps. Parents linked so far were linked with gezag (the school had
-- to confirm it), hence the default.
ALTER TABLE ouder_leerling ADD COLUMN gezag INTEGER NOT NULL DEFAULT 1;

-- Each step is the act of the signed-in parent with gezag, or, for the OPP instemming only,
-- a signed paper form the school recorded as an attachment (then ouder_id is empty and
-- bijlage_id holds the form). Append-only: a step is never edited.
CREATE TABLE ouder_stap (
    id INTEGER PRIMARY KEY,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    stap TEXT NOT NULL CHECK (stap IN ('opp_instemming', 'opp_geen_instemming', 'zienswijze', 'tlv_ondertekening')),
    -- What it is about: an OPP version (opp id and versie), an arrangement request or a TLV.
    onderwerp TEXT NOT NULL CHECK (onderwerp IN ('opp', 'arrangement', 'tlv')),
    onderwerp_id BIGINT NOT NULL,
    versie BIGINT,
    ouder_id BIGINT REFERENCES ouder (id),
    account_id BIGINT NOT NULL REFERENCES account (id),
    -- The parents' reason (no instemming) or their view; the child's own view.
    tekst TEXT,
    stem_kind TEXT,
    bijlage_id BIGINT REFERENCES bijlage (id),
    op TEXT NOT NULL
);
CREATE INDEX ouder_stap_onderwerp ON ouder_stap (onderwerp, onderwerp_id);
CREATE INDEX ouder_stap_leerling ON ouder_stap (leerling_id);
