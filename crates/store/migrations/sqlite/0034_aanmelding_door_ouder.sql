-- A digital registration by the parent with gezag (WPO art. 40 lid 2: in writing; digital
-- is writing). The parent who sent it, and the instant of receipt on the receipt
-- (ontvangstbevestiging) that starts the zorgplicht clock.
ALTER TABLE aanmelding ADD COLUMN ouder_id BIGINT REFERENCES ouder (id);
ALTER TABLE aanmelding ADD COLUMN ontvangen_op TEXT;
