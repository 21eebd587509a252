-- An account can hold several roles; the session remembers which one is active
-- (its position among the account's roles, in the order they were given).
ALTER TABLE sessie ADD COLUMN rol_index BIGINT NOT NULL DEFAULT 0;
