//! Reading the CSV files users upload (pages and API alike), with Dutch errors that name
//! the line.

use passend_domain::verzuim::{Uren, parse_datum};
use passend_domain::{Naam, Postcode};
use passend_store::{Ingezetene, LeerlingId, Persoonsnummer, VerzuimInvoer};

/// Reads `leerling_id,datum,lesuren_gepland,lesuren_ongeoorloofd,lesuren_geoorloofd`.
pub fn verzuim_csv(bytes: &[u8]) -> Result<Vec<VerzuimInvoer>, String> {
    let mut reader = csv::ReaderBuilder::new().from_reader(bytes);
    let mut regels = Regels::new(bytes);
    let header = reader.headers().map_err(|e| regels.fout(&e))?.clone();
    let want = [
        "leerling_id",
        "datum",
        "lesuren_gepland",
        "lesuren_ongeoorloofd",
        "lesuren_geoorloofd",
    ];
    if header.iter().map(str::trim).collect::<Vec<_>>() != want {
        let regel = regels.van(header.position());
        return Err(format!(
            "regel {regel}: verwacht de kolommen {}",
            want.join(",")
        ));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let r = record.map_err(|e| regels.fout(&e))?;
        let regel = regels.van(r.position());
        let fail = |p: String| format!("regel {regel}: {p}");
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
    let mut regels = Regels::new(bytes);
    let header = reader.headers().map_err(|e| regels.fout(&e))?.clone();
    let kop_regel = regels.van(header.position());
    let header: Vec<String> = header.iter().map(|h| h.trim().to_string()).collect();
    let eerste_ok = matches!(
        header.first().map(String::as_str),
        Some("bsn" | "onderwijsnummer" | "persoonsnummer")
    );
    if header.len() < 3 || !eerste_ok || header[1..3] != ["geboortedatum", "postcode"] {
        return Err(format!(
            "regel {kop_regel}: verwacht de kolommen bsn,geboortedatum,postcode (en eventueel voornaam,achternaam); in de eerste kolom mag ook een onderwijsnummer staan"
        ));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let r = record.map_err(|e| regels.fout(&e))?;
        let regel = regels.van(r.position());
        let fail = |p: String| format!("regel {regel}: {p}");
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
/// are allowed). Every row is checked; a refusal lists every problem (the first
/// [`MAX_PROBLEMEN`]), each naming its line.
pub fn aanmeldingen_csv(
    bytes: &[u8],
    vestiging: &passend_domain::VestigingCode,
    today: jiff::civil::Date,
) -> Result<Vec<(usize, passend_store::NieuweAanmelding)>, Vec<String>> {
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
    let mut regels = Regels::new(bytes);
    let header = reader.headers().map_err(|e| vec![regels.fout(&e)])?.clone();
    if header.iter().map(str::trim).collect::<Vec<_>>() != want {
        let regel = regels.van(header.position());
        return Err(vec![format!(
            "regel {regel}: verwacht de kolommen {}",
            want.join(",")
        )]);
    }
    let (mut rows, mut problemen, mut meer) = (Vec::new(), Vec::new(), 0usize);
    for record in reader.records() {
        let rij = match record {
            Err(e) => Err(regels.fout(&e)),
            Ok(r) => {
                let regel = regels.van(r.position());
                aanmelding(&r, vestiging, today)
                    .map(|a| (regel, a))
                    .map_err(|p| format!("regel {regel}: {p}"))
            }
        };
        match rij {
            Ok(rij) => rows.push(rij),
            Err(_) if problemen.len() == MAX_PROBLEMEN => meer += 1,
            Err(p) => problemen.push(p),
        }
    }
    if meer > 0 {
        problemen.push(format!(
            "… en nog {meer} andere problemen (alleen de eerste {MAX_PROBLEMEN} worden getoond)"
        ));
    }
    if problemen.is_empty() {
        Ok(rows)
    } else {
        Err(problemen)
    }
}

/// A refused file names at most this many problems (and how many more there were).
pub const MAX_PROBLEMEN: usize = passend_uitwisseling::afwijzing::MAX_PROBLEMEN;

/// One row of a registrations file; the problem without its line.
fn aanmelding(
    r: &csv::StringRecord,
    vestiging: &passend_domain::VestigingCode,
    today: jiff::civil::Date,
) -> Result<passend_store::NieuweAanmelding, String> {
    use passend_domain::{Bsn, Leerling, Onderwijsnummer};
    let veld = |k: usize| r[k].trim();
    let datum = |k: usize, wat: &str| -> Result<Option<jiff::civil::Date>, String> {
        if veld(k).is_empty() {
            return Ok(None);
        }
        parse_datum(veld(k).as_bytes())
            .map(Some)
            .ok_or_else(|| format!("{wat}: '{}' is geen datum (JJJJ-MM-DD)", veld(k)))
    };
    let janee = |k: usize, wat: &str| match veld(k).to_ascii_lowercase().as_str() {
        "ja" => Ok(true),
        "nee" | "" => Ok(false),
        other => Err(format!("{wat}: '{other}' is geen ja of nee")),
    };
    let tussen = Some(veld(2)).filter(|t| !t.is_empty());
    let naam = Naam::new(veld(1), tussen, veld(3)).map_err(|e| e.to_string())?;
    let geboren = datum(4, "geboortedatum")?.ok_or("geboortedatum ontbreekt")?;
    let postcode = Postcode::parse(veld(5)).map_err(|e| e.to_string())?;
    let (bsn, onderwijsnummer) = match Bsn::parse(veld(0)) {
        Ok(b) => (Some(b), None),
        Err(e) => (
            None,
            Some(Onderwijsnummer::parse(veld(0)).map_err(|_| format!("persoonsnummer: {e}"))?),
        ),
    };
    let leerling = Leerling::new(naam, geboren, postcode, bsn, onderwijsnummer, today)
        .map_err(|e| e.to_string())?;
    Ok(passend_store::NieuweAanmelding {
        leerling,
        vestiging: vestiging.clone(),
        ontvangen: datum(6, "ontvangen")?.ok_or("de datum van ontvangst ontbreekt")?,
        gewenste_start: datum(7, "gewenste_start")?,
        eerste_voorkeur: janee(8, "eerste_voorkeur")?,
        andere_scholen: veld(9).to_string(),
        extra_ondersteuning: janee(10, "extra_ondersteuning")?,
        beoordeling: Some(veld(11).to_string()).filter(|b| !b.is_empty()),
    })
}

/// Physical line numbers of records, counted from their byte offsets: the csv crate's own
/// `Position::line` names the wrong line after a blank line and in CRLF files (rust-csv
/// #208, #395), and counting records goes wrong at a newline inside quotes. A line ends at
/// `\n`, `\r\n` or a lone `\r` (old Mac exports).
struct Regels<'a> {
    bytes: &'a [u8],
    /// Line ends are counted up to this offset, …
    tot: usize,
    /// … which lies on this line.
    regel: usize,
}

impl<'a> Regels<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self {
            bytes,
            tot: 0,
            regel: 1,
        }
    }

    /// The line on which the record at `pos` begins. csv puts a record's position before
    /// the blank lines (and the `\n` of a `\r\n`) it skipped, so those are skipped here too.
    fn van(&mut self, pos: Option<&csv::Position>) -> usize {
        let Some(pos) = pos else {
            return self.regel;
        };
        let b = self.bytes;
        let mut begin = usize::try_from(pos.byte()).map_or(b.len(), |p| p.min(b.len()));
        while matches!(b.get(begin), Some(b'\r' | b'\n')) {
            begin += 1;
        }
        if begin < self.tot {
            (self.tot, self.regel) = (0, 1);
        }
        self.regel += (self.tot..begin)
            .filter(|&i| b[i] == b'\n' || (b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')))
            .count();
        self.tot = begin;
        self.regel
    }

    /// A csv error as `regel N: …`, in Dutch like the rest.
    fn fout(&mut self, e: &csv::Error) -> String {
        let regel = self.van(e.position());
        let probleem = match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => format!("verwacht {expected_len} kolommen, gevonden {len}"),
            csv::ErrorKind::Utf8 { err, .. } => format!(
                "kolom {} is geen geldige UTF-8; sla het bestand op als CSV (UTF-8)",
                err.field() + 1
            ),
            // Reading from memory has no I/O errors; csv has no other kind for a reader.
            _ => "deze regel kon niet worden gelezen".to_string(),
        };
        format!("regel {regel}: {probleem}")
    }
}
