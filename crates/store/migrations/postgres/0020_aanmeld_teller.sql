-- The lock-out counts sign-in attempts per user name in one row, so that counting and
-- deciding is one upsert that parallel attempts cannot race (aanmeld_fout was read, then
-- written). Running lock-outs end with the upgrade: at most LOCKOUT_MINUTES of them.

DROP TABLE aanmeld_fout;

CREATE TABLE aanmeld_teller (
    gebruikersnaam TEXT PRIMARY KEY,
    -- Password checks since the window began; one more than allowed means locked.
    pogingen BIGINT NOT NULL,
    -- When the latest check was granted; the window runs from here.
    laatste TEXT NOT NULL
);
