//! Reading the CSV files users upload (pages and API alike), with Dutch errors that name
//! the line.

use passend_domain::verzuim::{Uren, parse_datum};
use passend_domain::{Naam, Postcode};
use passend_store::{Ingezetene, LeerlingId, Persoonsnummer, VerzuimInvoer};

/// Reads `leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd`.
pub fn verzuim_csv(bytes: &[u8]) -> Result<Vec<VerzuimInvoer>, String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| format!("regel 1: {e}"))?
        .clone();
    let want = [
        "leerling_id",
        "datum",
        "lesuren_gepland",
        "lesuren_ongeoorloofd",
        "lesuren_geoorloofd",
    ];
    if header.iter().map(str::trim).collect::<Vec<_>>() != want {
        return Err(format!("regel 1: verwacht de kolommen {}", want.join(",")));
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let regel = i + 2;
        let fail = |p: String| format!("regel {regel}: {p}");
        let r = record.map_err(|e| fail(e.to_string()))?;
        let leerling = r[0]
            .trim()
            .parse::<i64>()
            .map_err(|_| fail(format!("'{}' is geen leerlingnummer", &r[0])))?;
        let datum = parse_datum(r[1].trim().as_bytes())
            .ok_or_else(|| fail(format!("'{}' is geen datum (JJJJ-MM-DD)", &r[1])))?;
        let uren = |k: usize| Uren::parse(r[k].trim()).map_err(|e| fail(e.to_string()));
        rows.push(VerzuimInvoer {
            regel,
            leerling: LeerlingId(leerling),
            datum,
            gepland: uren(2)?,
            ongeoorloofd: uren(3)?,
            geoorloofd: uren(4)?,
        });
    }
    Ok(rows)
}

/// `bsn,geboortedatum,postcode[,voornaam,achternaam]`, as the gemeente exports it.
pub fn ingezetenen_csv(bytes: &[u8]) -> Result<Vec<Ingezetene>, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("regel 1: {e}"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let eerste_ok = matches!(
        header.first().map(String::as_str),
        Some("bsn" | "onderwijsnummer" | "persoonsnummer")
    );
    if header.len() < 3 || !eerste_ok || header[1..3] != ["geboortedatum", "postcode"] {
        return Err("regel 1: verwacht de kolommen bsn,geboortedatum,postcode (en eventueel voornaam,achternaam); in de eerste kolom mag ook een onderwijsnummer staan".into());
    }
    let mut out = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let regel = i + 2;
        let fail = |p: String| format!("regel {regel}: {p}");
        let r = record.map_err(|e| fail(e.to_string()))?;
        let nummer =
            Persoonsnummer::parse(r.get(0).unwrap_or_default()).map_err(|e| fail(e.to_string()))?;
        let geboortedatum = r
            .get(1)
            .and_then(|d| d.trim().parse().ok())
            .ok_or_else(|| fail("geen geldige geboortedatum (JJJJ-MM-DD)".into()))?;
        let postcode =
            Postcode::parse(r.get(2).unwrap_or_default()).map_err(|e| fail(e.to_string()))?;
        let naam = match (r.get(3), r.get(4)) {
            (Some(v), Some(a)) if !v.trim().is_empty() => {
                Some(Naam::new(v, None, a).map_err(|e| fail(e.to_string()))?)
            }
            _ => None,
        };
        out.push(Ingezetene {
            regel,
            nummer,
            geboortedatum,
            postcode,
            naam,
        });
    }
    Ok(out)
}

/// Registrations exported by a school's administration system:
/// `persoonsnummer,voornaam,tussenvoegsel,achternaam,geboortedatum,postcode,ontvangen,gewenste_start,eerste_voorkeur,andere_scholen,extra_ondersteuning,beoordeling`
/// (`eerste_voorkeur` and `extra_ondersteuning` are `ja` or `nee`; empty optional fields
/// are allowed). Every row is checked; the first problem names its line.
pub fn aanmeldingen_csv(
    bytes: &[u8],
    vestiging: &passend_domain::VestigingCode,
    today: jiff::civil::Date,
) -> Result<Vec<(usize, passend_store::NieuweAanmelding)>, String> {
    use passend_domain::{Bsn, Leerling, Onderwijsnummer};
    let want = [
        "persoonsnummer",
        "voornaam",
        "tussenvoegsel",
        "achternaam",
        "geboortedatum",
        "postcode",
        "ontvangen",
        "gewenste_start",
        "eerste_voorkeur",
        "andere_scholen",
        "extra_ondersteuning",
        "beoordeling",
    ];
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let header = reader
        .headers()
        .map_err(|e| format!("regel 1: {e}"))?
        .clone();
    if header.iter().map(str::trim).collect::<Vec<_>>() != want {
        return Err(format!("regel 1: verwacht de kolommen {}", want.join(",")));
    }
    let mut rows = Vec::new();
    for (i, record) in reader.records().enumerate() {
        let regel = i + 2;
        let fail = |p: String| format!("regel {regel}: {p}");
        let r = record.map_err(|e| fail(e.to_string()))?;
        let veld = |k: usize| r[k].trim();
        let datum = |k: usize, wat: &str| -> Result<Option<jiff::civil::Date>, String> {
            if veld(k).is_empty() {
                return Ok(None);
            }
            parse_datum(veld(k).as_bytes())
                .map(Some)
                .ok_or_else(|| fail(format!("{wat}: '{}' is geen datum (JJJJ-MM-DD)", veld(k))))
        };
        let janee = |k: usize, wat: &str| match veld(k).to_ascii_lowercase().as_str() {
            "ja" => Ok(true),
            "nee" | "" => Ok(false),
            other => Err(fail(format!("{wat}: '{other}' is geen ja of nee"))),
        };
        let tussen = Some(veld(2)).filter(|t| !t.is_empty());
        let naam = Naam::new(veld(1), tussen, veld(3)).map_err(|e| fail(e.to_string()))?;
        let geboren =
            datum(4, "geboortedatum")?.ok_or_else(|| fail("geboortedatum ontbreekt".into()))?;
        let postcode = Postcode::parse(veld(5)).map_err(|e| fail(e.to_string()))?;
        let (bsn, onderwijsnummer) = match Bsn::parse(veld(0)) {
            Ok(b) => (Some(b), None),
            Err(e) => (
                None,
                Some(
                    Onderwijsnummer::parse(veld(0))
                        .map_err(|_| fail(format!("persoonsnummer: {e}")))?,
                ),
            ),
        };
        let leerling = Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
            .map_err(|e| fail(e.to_string()))?;
        rows.push((
            regel,
            passend_store::NieuweAanmelding {
                leerling,
                vestiging: vestiging.clone(),
                ontvangen: datum(6, "ontvangen")?
                    .ok_or_else(|| fail("de datum van ontvangst ontbreekt".into()))?,
                gewenste_start: datum(7, "gewenste_start")?,
                eerste_voorkeur: janee(8, "eerste_voorkeur")?,
                andere_scholen: veld(9).to_string(),
                extra_ondersteuning: janee(10, "extra_ondersteuning")?,
                beoordeling: Some(veld(11).to_string()).filter(|b| !b.is_empty()),
            },
        ));
    }
    Ok(rows)
}
