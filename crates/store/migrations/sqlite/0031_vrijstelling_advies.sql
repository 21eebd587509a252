-- The SWV's advice before a vrijstelling art. 5 onder a is the SWV's own act: the
-- leerplicht asks it (with the date it needs it by), the SWV writes it (text, date,
-- author). It replaces the date the leerplicht used to type. Existing requests: a typed
-- date becomes an advice without text or author (marked as taken over); an open 5 onder a
-- request without one becomes a request to the child's SWV, due at once.

CREATE TABLE vrijstelling_advies (
    vrijstelling_id BIGINT PRIMARY KEY REFERENCES vrijstelling (id),
    swv_code TEXT NOT NULL REFERENCES swv (code),
    gevraagd_op TEXT NOT NULL,
    uiterlijk TEXT NOT NULL,
    tekst TEXT,
    datum TEXT,
    auteur BIGINT REFERENCES account (id)
);
CREATE INDEX vrijstelling_advies_swv ON vrijstelling_advies (swv_code, datum);

INSERT INTO vrijstelling_advies (vrijstelling_id, swv_code, gevraagd_op, uiterlijk, tekst, datum)
SELECT id, swv, gevraagd_op, uiterlijk, tekst, datum FROM (
    SELECT v.id,
           CASE WHEN l.geboortedatum > CAST(CAST(substr(v.van, 1, 4) AS INTEGER) - 12 AS TEXT) || substr(v.van, 5)
                THEN p.po_swv ELSE p.vo_swv END AS swv,
           substr(v.aangemaakt, 1, 10) AS gevraagd_op,
           COALESCE(v.swv_advies_datum, substr(v.aangemaakt, 1, 10)) AS uiterlijk,
           CASE WHEN v.swv_advies_datum IS NOT NULL
                THEN 'Overgenomen: alleen de datum van het advies was vastgelegd, niet de tekst.' END AS tekst,
           v.swv_advies_datum AS datum
    FROM vrijstelling v
    JOIN leerling l ON l.id = v.leerling_id
    JOIN postcode_regio p ON p.pc4 = l.pc4
    WHERE (v.grond = '5a' AND v.status = 'aangevraagd') OR v.swv_advies_datum IS NOT NULL
) oud
WHERE swv IS NOT NULL;

ALTER TABLE vrijstelling DROP COLUMN swv_advies_datum;
