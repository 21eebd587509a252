"""The two batch computations of passend as SQL in DuckDB, over the same CSV files.

    python duckdb_sql.py verzuim DATA_DIR REGIO OUT.csv
    python duckdb_sql.py bekostiging DATA_DIR REGELSET.json OUT.csv

Each writes the same CSV as the passend command (same columns, order and number format),
so that the answers can be compared byte for byte, and prints the seconds DuckDB spent
(reading, computing and writing; without the Python start and `import duckdb`).

Unlike passend, the SQL does not validate its input (dates in the calendar, hours within
the plan, duplicate rows, codes): it trusts the file, as a quick analysis would.
"""

import json
import os
import sys
import time

import duckdb

VERZUIM = """
CREATE TEMP TABLE vak AS
  SELECT schooljaar, CAST(start AS DATE) AS start, CAST(eind AS DATE) AS eind
  FROM read_csv($kalender, header = true, all_varchar = true, null_padding = true)
  WHERE lower(trim(regio)) = $regio;

-- School days: Monday to Friday of the schooljaren of the regio, outside its holidays,
-- numbered in order; a lesweek is an ISO week with a school day, numbered in order too.
CREATE TEMP TABLE dagen AS
WITH jaren AS (SELECT DISTINCT CAST(left(schooljaar, 4) AS INTEGER) AS j FROM vak),
alle AS (
  SELECT CAST(d AS DATE) AS datum FROM jaren,
    generate_series(make_date(j, 8, 1), make_date(j + 1, 7, 31), INTERVAL 1 DAY) AS t(d)),
school AS (
  SELECT datum FROM alle
  WHERE isodow(datum) <= 5
    AND NOT EXISTS (SELECT 1 FROM vak WHERE alle.datum BETWEEN vak.start AND vak.eind))
SELECT datum,
       CAST(row_number() OVER (ORDER BY datum) AS INTEGER) AS dag,
       CAST(dense_rank() OVER (ORDER BY isoyear(datum), week(datum)) AS INTEGER) AS week
FROM school;

-- Rows on a school day (weekend and holiday rows do not count), hours in hundredths.
CREATE TEMP TABLE rij AS
SELECT v.leerling_id AS id, d.dag, d.week, d.datum,
       CAST(round(v.lesuren_ongeoorloofd * 100) AS INTEGER) AS ong,
       v.lesuren_ongeoorloofd = v.lesuren_gepland AND v.lesuren_gepland > 0 AS geheel
FROM read_csv($verzuim, header = true, columns = {
       'leerling_id': 'VARCHAR', 'datum': 'DATE', 'lesuren_gepland': 'DECIMAL(6,2)',
       'lesuren_ongeoorloofd': 'DECIMAL(6,2)', 'lesuren_geoorloofd': 'DECIMAL(6,2)'}) AS v
JOIN dagen AS d USING (datum);

-- Rule 1, 16 hours in four lesweken. Per row k of a pupil: p = hours of rows 1..k, and
-- b = hours before the first row of the window (lesweek >= this lesweek - 3), i.e. the
-- smallest "hours before this row" in the window: p - b is the window's sum without any
-- earlier report. With the last report at row r (hours up to it: pr), the sum at k is
-- p - greatest(b, pr). Only rows with p - b >= 16 h can report (candidates); the recursion
-- steps from one report to the next, the first candidate after it whose sum still reaches
-- 16 hours.
CREATE TEMP TABLE kandidaat AS
SELECT * FROM (
  SELECT id, dag, datum, rn, p, b FROM (
    SELECT id, dag, datum,
      row_number() OVER (PARTITION BY id ORDER BY dag) AS rn,
      sum(ong) OVER (PARTITION BY id ORDER BY dag ROWS UNBOUNDED PRECEDING) AS p,
      min(vooraf) OVER (PARTITION BY id ORDER BY week RANGE BETWEEN 3 PRECEDING AND CURRENT ROW) AS b
    FROM (SELECT *, sum(ong) OVER (PARTITION BY id ORDER BY dag ROWS UNBOUNDED PRECEDING) - ong AS vooraf
          FROM rij
          -- a pupil with fewer than 16 unexcused hours in the whole file never reports
          WHERE id IN (SELECT id FROM rij GROUP BY id HAVING sum(ong) >= 1600))))
WHERE p - b >= 1600;

CREATE TEMP TABLE melding AS
WITH RECURSIVE m(id, rn, dag, datum, p, uren) AS (
  SELECT id, min(rn), arg_min(dag, rn), arg_min(datum, rn), arg_min(p, rn), arg_min(p - b, rn)
  FROM kandidaat GROUP BY id
  UNION ALL
  SELECT k.id, min(k.rn), arg_min(k.dag, k.rn), arg_min(k.datum, k.rn), arg_min(k.p, k.rn),
         arg_min(k.p - greatest(k.b, m.p), k.rn)
  FROM m JOIN kandidaat AS k ON k.id = m.id AND k.rn > m.rn
  WHERE k.p - greatest(k.b, m.p) >= 1600
  GROUP BY k.id)
SELECT id, 'verzuim_16_uur' AS soort, datum, uren FROM m;

-- Rules 2 and 3: runs of consecutive school days each missed entirely and unexcused.
CREATE TEMP TABLE runrij AS
SELECT id, run, dag, datum,
  row_number() OVER w AS i,
  sum(ong) OVER w AS uren,
  CAST(first_value(datum) OVER w + INTERVAL 3 MONTH AS DATE) AS grens
FROM (SELECT *, dag - row_number() OVER (PARTITION BY id ORDER BY dag) AS run FROM rij WHERE geheel)
WINDOW w AS (PARTITION BY id, run ORDER BY dag ROWS UNBOUNDED PRECEDING);

INSERT INTO melding
SELECT id, 'langdurig_relatief_verzuim', datum, uren FROM runrij WHERE i = 21;
INSERT INTO melding
SELECT id, 'thuiszitter_3_maanden', arg_min(datum, dag), arg_min(uren, dag)
FROM runrij WHERE datum >= grens GROUP BY id, run;

COPY (
  SELECT id AS leerling_id, soort, strftime(datum, '%Y-%m-%d') AS datum,
    CASE WHEN uren % 100 = 0 THEN CAST(uren // 100 AS VARCHAR)
         WHEN uren % 10 = 0 THEN printf('%d.%d', uren // 100, uren % 100 // 10)
         ELSE printf('%d.%02d', uren // 100, uren % 100) END AS uren
  FROM melding ORDER BY leerling_id, datum, soort
) TO '{out}' (HEADER, DELIMITER ',');
"""

BEKOSTIGING = """
CREATE TEMP TABLE l AS SELECT * FROM read_csv($leerlingen, header = true, columns = {
  'teldatum': 'DATE', 'vestiging': 'VARCHAR', 'swv': 'VARCHAR', 'schoolsoort': 'VARCHAR',
  'aantal': 'BIGINT'}) WHERE teldatum IN ($okt, $feb);
CREATE TEMP TABLE t AS SELECT * FROM read_csv($tlv, header = true, columns = {
  'teldatum': 'DATE', 'leerling_id': 'VARCHAR', 'vestiging': 'VARCHAR', 'schoolsoort': 'VARCHAR',
  'tlv_swv': 'VARCHAR', 'woon_swv': 'VARCHAR', 'categorie': 'VARCHAR', 'geboortedatum': 'DATE'})
  WHERE teldatum IN ($okt, $feb);

-- The SWV of a vestiging per sector (for --afdracht-naar school; here only to name SWVs).
CREATE TEMP TABLE vest AS
SELECT DISTINCT vestiging, swv, schoolsoort IN ('vo', 'vso') AS vo FROM l;

CREATE TEMP TABLE swvs AS
SELECT swv FROM l WHERE teldatum = $okt
UNION SELECT tlv_swv FROM t UNION SELECT woon_swv FROM t
UNION SELECT v.swv FROM t JOIN vest AS v ON v.vestiging = t.vestiging AND v.vo = (t.schoolsoort = 'vso');

-- TLV pupils per charged SWV (the TLV's), normbedrag group and teldatum.
CREATE TEMP TABLE groep AS
SELECT tlv_swv AS swv, schoolsoort,
  'normbedrag_' || CASE WHEN schoolsoort = 'vso' THEN 'vso_'
    WHEN year(teldatum) - year(geboortedatum)
         - CAST(month(teldatum) * 100 + day(teldatum) < month(geboortedatum) * 100 + day(geboortedatum) AS INTEGER)
         < 8 THEN 'so_jonger_dan_8_' ELSE 'so_8_en_ouder_' END
  || CASE upper(trim(categorie)) WHEN 'L' THEN 'laag' WHEN 'LAAG' THEN 'laag' WHEN 'M' THEN 'midden'
       WHEN 'MIDDEN' THEN 'midden' ELSE 'hoog' END AS sleutel,
  count(*) FILTER (WHERE teldatum = $okt) AS okt,
  count(*) FILTER (WHERE teldatum = $feb) AS feb
FROM t GROUP BY ALL;

CREATE TEMP TABLE per_swv AS
SELECT s.swv, left(s.swv, 2) = 'PO' AS po,
  coalesce((SELECT sum(aantal) FROM l WHERE l.swv = s.swv AND teldatum = $okt
            AND schoolsoort IN (SELECT unnest(CASE WHEN left(s.swv, 2) = 'PO' THEN $po_soorten ELSE $vo_soorten END))), 0) AS leerlingen,
  coalesce((SELECT sum(aantal) FROM l WHERE l.swv = s.swv AND teldatum = $okt AND schoolsoort = 'bao'), 0) AS bao,
  coalesce((SELECT sum(g.okt * b.bedrag) FROM groep AS g JOIN bedrag AS b USING (sleutel)
            WHERE g.swv = s.swv), 0) AS afdracht,
  coalesce((SELECT sum(greatest(g.feb - g.okt, 0) * b.bedrag) FROM groep AS g JOIN bedrag AS b USING (sleutel)
            WHERE g.swv = s.swv), 0) AS groei
FROM swvs AS s;

CREATE TEMP TABLE uit AS
SELECT swv, leerlingen,
  CASE WHEN po THEN bao * (SELECT bedrag FROM bedrag WHERE sleutel = 'lichte_ondersteuning_po') END AS lichte,
  leerlingen * (SELECT bedrag FROM bedrag WHERE sleutel = CASE WHEN po THEN 'zware_ondersteuning_po' ELSE 'zware_ondersteuning_vo' END) AS zware,
  CASE WHEN NOT po THEN 0.00 WHEN NOT $so_ontbreekt THEN afdracht END AS afdracht_so,
  CASE WHEN po THEN 0.00 WHEN NOT $vso_ontbreekt THEN afdracht END AS afdracht_vso,
  CASE WHEN $verevening_pct THEN 0.00 END AS verevening,
  CASE WHEN (po AND NOT $so_ontbreekt) OR (NOT po AND NOT $vso_ontbreekt) THEN groei END AS groei
FROM per_swv;

COPY (
  SELECT swv, leerlingen,
    CAST(CAST(lichte AS DECIMAL(18,2)) AS VARCHAR) AS lichte_ondersteuning,
    CAST(CAST(zware AS DECIMAL(18,2)) AS VARCHAR) AS zware_ondersteuning,
    CAST(CAST(afdracht_so AS DECIMAL(18,2)) AS VARCHAR) AS afdracht_so,
    CAST(CAST(afdracht_vso AS DECIMAL(18,2)) AS VARCHAR) AS afdracht_vso,
    CAST(CAST(verevening AS DECIMAL(18,2)) AS VARCHAR) AS verevening,
    CAST(CAST(groei AS DECIMAL(18,2)) AS VARCHAR) AS groei,
    CAST(CAST(coalesce(lichte, 0) + coalesce(zware, 0) - coalesce(afdracht_so, 0)
      - coalesce(afdracht_vso, 0) + coalesce(verevening, 0) - coalesce(groei, 0) AS DECIMAL(18,2)) AS VARCHAR) AS netto,
    nullif(concat_ws(';',
      CASE WHEN lichte IS NULL THEN 'lichte_ondersteuning' END,
      CASE WHEN zware IS NULL THEN 'zware_ondersteuning' END,
      CASE WHEN afdracht_so IS NULL THEN 'afdracht_so' END,
      CASE WHEN afdracht_vso IS NULL THEN 'afdracht_vso' END,
      CASE WHEN verevening IS NULL THEN 'verevening' END,
      CASE WHEN groei IS NULL THEN 'groei' END), '') AS ontbrekend
  FROM uit ORDER BY swv
) TO '{out}' (HEADER, DELIMITER ',');
"""


def run(sql, params, out):
    """Runs the statements one by one; returns the seconds."""
    begin = time.perf_counter()
    con = duckdb.connect()
    for statement in sql.replace("{out}", out.replace("'", "''")).split(";\n"):
        if statement.strip():
            used = {k: v for k, v in params.items() if "$" + k in statement}
            step = time.perf_counter()
            con.execute(statement, used)
            if os.environ.get("BENCH_PROFILE"):
                code = [x for x in statement.split("\n") if x.strip() and not x.startswith("--")]
                head = " ".join(code[0].split()[:5])
                print(f"{time.perf_counter() - step:8.2f} s  {head}", file=sys.stderr)
    return time.perf_counter() - begin


def verzuim(data, regio, out):
    params = {
        "kalender": f"{data}/kalender.csv",
        "verzuim": f"{data}/verzuim.csv",
        "regio": regio,
    }
    return run(VERZUIM, params, out)


def bekostiging(data, regelset, out):
    with open(regelset, encoding="utf-8") as f:
        r = json.load(f)
    bedragen = {k: v["bedrag"] for k, v in r["bedragen"].items()}

    def nodig(soort):
        return [k for k in bedragen if k.startswith(f"normbedrag_{soort}_")]

    params = {
        "leerlingen": f"{data}/leerlingen.csv",
        "tlv": f"{data}/tlv.csv",
        "okt": r["teldatum"]["datum"],
        "feb": r["groei_teldatum"]["datum"],
        "po_soorten": r["normbudget_schoolsoorten"]["po"]["schoolsoorten"],
        "vo_soorten": r["normbudget_schoolsoorten"]["vo"]["schoolsoorten"],
        "so_ontbreekt": any(bedragen[k] is None for k in nodig("so")),
        "vso_ontbreekt": any(bedragen[k] is None for k in nodig("vso")),
        "verevening_pct": r["verevening_percentage"]["percentage"] is not None,
    }
    sql = (
        "CREATE TEMP TABLE bedrag (sleutel VARCHAR, bedrag DECIMAL(12,2));\n"
        + "".join(
            f"INSERT INTO bedrag VALUES ('{k}', {'NULL' if v is None else v});\n"
            for k, v in bedragen.items()
        )
        + BEKOSTIGING
    )
    return run(sql, params, out)


if __name__ == "__main__":
    what, data, arg, out = sys.argv[1:5]
    seconds = (verzuim if what == "verzuim" else bekostiging)(data, arg, out)
    print(f"duckdb {what}: {seconds:.2f} s")
