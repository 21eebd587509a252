-- A one-time password (the first beheerder of `passend init`) must be changed at first
-- sign-in: until then the account reaches only the page where it changes it.

ALTER TABLE account ADD COLUMN wachtwoord_wijzigen INTEGER NOT NULL DEFAULT 0;
