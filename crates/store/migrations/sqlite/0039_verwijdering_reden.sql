-- The school's reasons for a definitive verwijdering, printed on the letter to the parents
-- (issue 20, part 8: "the decision, reasons"). Optional: RULES gives the conditions (the
-- teacher heard, another school willing, the inspectie for a leerplichtige in the VO), not a
-- form for the reasons; empty for the verwijderingen recorded before.
ALTER TABLE verwijdering ADD COLUMN reden TEXT NOT NULL DEFAULT '';
