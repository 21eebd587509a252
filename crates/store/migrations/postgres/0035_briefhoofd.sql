-- The letterhead of the SWV's and the gemeente's letters (issue 20, part 8): a decision
-- letter names its sender with an address. The register files give the vestigingen theirs
-- (0022); the SWV and the gemeente set their own. Empty until set: a letter then shows the
-- name only.
ALTER TABLE swv ADD COLUMN straat TEXT NOT NULL DEFAULT '';
ALTER TABLE swv ADD COLUMN huisnummer TEXT NOT NULL DEFAULT '';
ALTER TABLE swv ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE swv ADD COLUMN plaats TEXT NOT NULL DEFAULT '';
ALTER TABLE gemeente ADD COLUMN straat TEXT NOT NULL DEFAULT '';
ALTER TABLE gemeente ADD COLUMN huisnummer TEXT NOT NULL DEFAULT '';
ALTER TABLE gemeente ADD COLUMN postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE gemeente ADD COLUMN plaats TEXT NOT NULL DEFAULT '';
