-- A recorded correction of a decision's obvious mistake (issue 20, part 8): appended beside
-- the decision, never an edit of it. The letter of the decision prints every rectification.
CREATE TABLE rectificatie (
    id INTEGER PRIMARY KEY,
    soort TEXT NOT NULL,
    besluit_id BIGINT NOT NULL,
    leerling_id BIGINT NOT NULL REFERENCES leerling (id),
    tekst TEXT NOT NULL,
    door_account BIGINT NOT NULL REFERENCES account (id),
    op TEXT NOT NULL
);
CREATE INDEX rectificatie_besluit ON rectificatie (soort, besluit_id);
