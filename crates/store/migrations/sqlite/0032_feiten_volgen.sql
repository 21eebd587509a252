-- The facts follow the decisions. A thuiszitter case is resolved when the child attends
-- again: by a recorded return ('terugkeer') or by attendance in the uploaded absence data
-- at the school where it is enrolled ('aanwezig'). A decision is a step of the case, not
-- its end: cases that were closed by their decision alone are open again. A temporary
-- placement (WPO art. 40 lid 7) records the day it enrolled the child.

ALTER TABLE thuiszitter_zaak ADD COLUMN oplossing TEXT;
UPDATE thuiszitter_zaak SET opgelost_op = NULL
WHERE besluit IS NOT NULL AND opgelost_op = besluit_datum;
UPDATE thuiszitter_zaak SET oplossing = 'terugkeer' WHERE opgelost_op IS NOT NULL;

ALTER TABLE aanmelding ADD COLUMN geplaatst_op TEXT;
