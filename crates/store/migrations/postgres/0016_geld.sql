-- Money (issue 7): rule sets added by the beheerder for schooljaren the project does not
-- ship, each SWV's verdeelmodel per schooljaar, and its annual figures per boekjaar.
-- Amounts and shares are TEXT decimals ("1234.56", "0.25"), never floats.

CREATE TABLE geld_regelset (
    schooljaar TEXT PRIMARY KEY,
    bestand TEXT NOT NULL,
    inhoud TEXT NOT NULL,
    account_id BIGINT NOT NULL,
    aangemaakt TEXT NOT NULL
);

-- Shares between 0 and 1: kept for the SWV's own tasks; of the rest, paid per pupil (the
-- remainder follows the granted arrangements).
CREATE TABLE geld_verdeelmodel (
    swv_code TEXT NOT NULL REFERENCES swv (code),
    schooljaar TEXT NOT NULL,
    eigen_taken TEXT NOT NULL,
    per_leerling TEXT NOT NULL,
    toelichting TEXT NOT NULL DEFAULT '',
    account_id BIGINT NOT NULL,
    gewijzigd TEXT NOT NULL,
    PRIMARY KEY (swv_code, schooljaar)
);

-- The jaarrekening of an SWV per boekjaar (kalenderjaar): total gross income, spending and
-- the reserve (eigen vermogen) at the end of the year.
CREATE TABLE geld_jaarcijfers (
    swv_code TEXT NOT NULL REFERENCES swv (code),
    jaar BIGINT NOT NULL,
    baten TEXT NOT NULL,
    lasten TEXT NOT NULL,
    reserve TEXT NOT NULL,
    account_id BIGINT NOT NULL,
    gewijzigd TEXT NOT NULL,
    PRIMARY KEY (swv_code, jaar)
);
