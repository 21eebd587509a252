-- Notifications of new tasks and decisions. Each account chooses direct mail or one daily
-- digest. `taak_mail` remembers which task (or decision) was announced to whom, and by
-- which outbox mail (NULL while it waits for the digest), so that a task is announced once
-- and an undelivered mail is shown on the task.

ALTER TABLE account ADD COLUMN mailvoorkeur TEXT NOT NULL DEFAULT 'direct';

CREATE TABLE taak_mail (
    account_id BIGINT NOT NULL REFERENCES account (id),
    sleutel TEXT NOT NULL,
    gevonden TEXT NOT NULL,
    mail_id BIGINT REFERENCES uitgaande_mail (id),
    PRIMARY KEY (account_id, sleutel)
);

CREATE TABLE taak_digest (
    account_id BIGINT NOT NULL PRIMARY KEY REFERENCES account (id),
    verzonden TEXT NOT NULL
);
