-- Whether the parents were heard before a definitive verwijdering (IbWVO art. 14 lid 1 for a
-- VO pupil under 18; WPO art. 63 lid 2, WEC art. 61 lid 2). 0 for the verwijderingen
-- recorded before the fact was asked: unknown, not "not heard".
ALTER TABLE verwijdering ADD COLUMN ouders_gehoord BIGINT NOT NULL DEFAULT 0;
