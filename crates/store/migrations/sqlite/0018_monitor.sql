-- monitor: the installation's secret for pseudonymous pupil keys in research extracts
-- (HMAC-SHA256). One row, made on first use; never shown, never exported.
CREATE TABLE monitor_sleutel (
    id BIGINT PRIMARY KEY CHECK (id = 1),
    sleutel TEXT NOT NULL,
    aangemaakt TEXT NOT NULL
);
