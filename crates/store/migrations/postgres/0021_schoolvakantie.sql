-- School holidays loaded by the beheerder (`passend import kalender`, upload, API), per
-- schooljaar, holiday and vakantieregio, first and last day inclusive. A schooljaar in this
-- table replaces the shipped file's rows for that schooljaar.

CREATE TABLE schoolvakantie (
    schooljaar TEXT NOT NULL,
    vakantie TEXT NOT NULL,
    regio TEXT NOT NULL,
    startdatum TEXT NOT NULL,
    einddatum TEXT NOT NULL,
    PRIMARY KEY (schooljaar, vakantie, regio)
);
