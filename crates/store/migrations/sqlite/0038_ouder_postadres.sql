-- The parents' postal address for the letters addressed to them (issue 20, part 8: "the
-- parents with their address"). Kept by the parent themselves (Functie::Postadres); empty
-- until set, and a letter then shows the child's postcode only.
ALTER TABLE ouder ADD COLUMN straat TEXT NOT NULL DEFAULT '';
ALTER TABLE ouder ADD COLUMN huisnummer TEXT NOT NULL DEFAULT '';
ALTER TABLE ouder ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE ouder ADD COLUMN plaats TEXT NOT NULL DEFAULT '';
