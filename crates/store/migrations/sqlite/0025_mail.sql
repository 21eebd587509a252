-- E-mail: an account's address (for invitations and password resets), one-time links to
-- set a new password (token only as a hash, valid 1 hour), and an outbox written in the
-- same transaction as what it announces, so that an acknowledged invitation is never lost.
-- `passend serve` delivers it (SMTP, or one .eml file per mail in a folder) with retries.

ALTER TABLE account ADD COLUMN email TEXT;
CREATE INDEX account_email ON account (email);

CREATE TABLE wachtwoord_herstel (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    account_id BIGINT NOT NULL REFERENCES account (id),
    aangemaakt TEXT NOT NULL,
    verloopt TEXT NOT NULL,
    gebruikt TEXT
);
CREATE INDEX wachtwoord_herstel_account ON wachtwoord_herstel (account_id);

CREATE TABLE uitgaande_mail (
    id INTEGER PRIMARY KEY,
    aan TEXT NOT NULL,
    onderwerp TEXT NOT NULL,
    tekst TEXT NOT NULL,
    aangemaakt TEXT NOT NULL,
    verzonden TEXT,
    pogingen BIGINT NOT NULL DEFAULT 0,
    laatste_fout TEXT,
    -- NULL once sent or given up; otherwise the earliest instant of the next attempt.
    volgende_poging TEXT
);
CREATE INDEX uitgaande_mail_wachtrij ON uitgaande_mail (volgende_poging);
CREATE INDEX uitgaande_mail_aan ON uitgaande_mail (aan, aangemaakt);
