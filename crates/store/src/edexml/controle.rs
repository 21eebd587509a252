//! What the import reads from each pupil of the file before it touches the database: the
//! person number (with its elfproef), the name, the postcode (which must lie in the
//! regio-indeling), the start of the enrolment. A value that fails its check is not used and
//! its reason kept (the pupil may then stay in the roster only); a contradiction within the
//! file is a problem. Pupils are named by EDEXML key and line, never by a BSN.

use jiff::civil::Date;
use passend_domain::{Bsn, Naam, Onderwijsnummer, Postcode, RegioIndeling};
use passend_uitwisseling::Identificatie;
use passend_uitwisseling::edexml::{EdexmlBestand, Leerling};
use std::collections::HashMap;

/// A checked person number. The two checks exclude each other; a number that fails the
/// check of the element it came in is refused, not reinterpreted as the other kind.
#[derive(Clone, PartialEq, Eq, Hash)]
pub(super) enum Nummer {
    Bsn(Bsn),
    Onderwijsnummer(Onderwijsnummer),
}

impl Nummer {
    /// The digits, to store or look up; never to log.
    pub(super) fn cijfers(&self) -> String {
        match self {
            Nummer::Bsn(b) => b.expose(),
            Nummer::Onderwijsnummer(o) => o.expose(),
        }
    }
}

/// One pupil of the file who is at the school (not left before the peildatum).
pub(super) struct Rij<'a> {
    pub(super) l: &'a Leerling,
    /// Its place in the file's list of pupils.
    pub(super) at: usize,
    /// How problems name the pupil: by EDEXML key.
    pub(super) label: String,
    pub(super) nummer: Option<Nummer>,
    /// Why the number the file gave was not used (it failed its check).
    pub(super) nummer_fout: Option<String>,
    pub(super) naam: Option<Naam>,
    pub(super) postcode: Option<Postcode>,
    /// Why the postcode the file gave was not used.
    pub(super) postcode_fout: Option<String>,
    /// Start of an enrolment, if one must be added: instroomdatum, else the peildatum.
    pub(super) start: Date,
}

pub(super) struct Gelezen<'a> {
    pub(super) rijen: Vec<Rij<'a>>,
    /// Pupils whose uitstroomdatum lies before the peildatum: not at the school any more.
    pub(super) uitgestroomd: usize,
    pub(super) problemen: Vec<String>,
}

pub(super) fn lees<'a>(bestand: &'a EdexmlBestand, today: Date) -> Gelezen<'a> {
    let peildag = bestand.school.peildatum.unwrap_or(today);
    let regio = RegioIndeling::officieel();
    let mut uit = Gelezen {
        rijen: Vec::with_capacity(bestand.leerlingen.len()),
        uitgestroomd: 0,
        problemen: Vec::new(),
    };
    let mut gezien: HashMap<Nummer, String> = HashMap::new();
    for (i, l) in bestand.leerlingen.iter().enumerate() {
        if l.uitstroomdatum.is_some_and(|d| d < peildag) {
            uit.uitgestroomd += 1;
            continue;
        }
        let label = label(l, i);
        let (nummer, nummer_fout) = match nummer(l) {
            Ok(n) => (n, None),
            Err(e) => (None, Some(e.to_string())),
        };
        if let Some(n) = &nummer
            && let Some(eerder) = gezien.insert(n.clone(), label.clone())
        {
            let soort = match n {
                Nummer::Bsn(_) => "BSN",
                Nummer::Onderwijsnummer(_) => "onderwijsnummer",
            };
            uit.problemen
                .push(format!("{eerder} en {label} hebben hetzelfde {soort}"));
        }
        let (postcode, postcode_fout) = match l.postcode.as_deref().map(Postcode::parse) {
            None => (None, None),
            Some(Ok(p)) if regio.woon_swv(p.pc4()).is_ok() => (Some(p), None),
            Some(Ok(_)) => (
                None,
                Some("de postcode ligt niet in de regio-indeling passend onderwijs".to_string()),
            ),
            Some(Err(e)) => (None, Some(e.to_string())),
        };
        uit.rijen.push(Rij {
            l,
            at: i,
            label,
            nummer,
            nummer_fout,
            naam: naam(l),
            postcode,
            postcode_fout,
            start: l
                .instroomdatum
                .or(bestand.school.peildatum)
                .unwrap_or(today),
        });
    }
    uit
}

/// "leerling 00002 (regel 94)"; by place alone when a system uses the person number as key.
fn label(l: &Leerling, i: usize) -> String {
    let key_is_nummer = l
        .identificatie
        .as_ref()
        .is_some_and(|n| n.nummer().trim() == l.key.trim());
    match (key_is_nummer || l.key.trim().is_empty(), l.regel) {
        (true, Some(regel)) => format!("de leerling op regel {regel}"),
        (true, None) => format!("leerling nummer {} in het bestand", i + 1),
        (false, Some(regel)) => format!("leerling {} (regel {regel})", l.key.trim()),
        (false, None) => format!("leerling {}", l.key.trim()),
    }
}

/// The person number when the file gives one passend can hold; `bsn_ondwnr-4` and a
/// Belgian rijksregisternummer are no such number (the pupil is then found by key only).
fn nummer(l: &Leerling) -> Result<Option<Nummer>, passend_domain::PersoonsnummerError> {
    Ok(match &l.identificatie {
        // The sofinummer of EDEXML 1.0 is the BSN's predecessor with the same number.
        Some(Identificatie::Bsn(n) | Identificatie::Sofinummer(n)) => {
            Some(Nummer::Bsn(Bsn::parse(n)?))
        }
        Some(Identificatie::Onderwijsnummer(n)) => {
            Some(Nummer::Onderwijsnummer(Onderwijsnummer::parse(n)?))
        }
        Some(Identificatie::BsnLaatste4(_) | Identificatie::Rijksregisternummer(_)) | None => None,
    })
}

/// The roepnaam is the name passend shows; else the first voornaam, else the initials.
fn naam(l: &Leerling) -> Option<Naam> {
    fn gevuld(t: &Option<String>) -> Option<&str> {
        t.as_deref().map(str::trim).filter(|t| !t.is_empty())
    }
    let voornaam = gevuld(&l.roepnaam)
        .or_else(|| gevuld(&l.voornamen).and_then(|v| v.split_whitespace().next()))
        .or_else(|| gevuld(&l.voorletters))?;
    Naam::new(voornaam, gevuld(&l.voorvoegsel), gevuld(&l.achternaam)?).ok()
}
