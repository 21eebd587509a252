//! The pupils of a roster: found by BSN or onderwijsnummer first, then by the EDEXML key
//! (or ECK iD) stored for the vestiging at an earlier import; created when new, brought up
//! to date when known, and enrolled at the vestiging when they have no current enrolment
//! there. Look-ups and writes go in chunks, not one statement per pupil.

use super::Voortgang;
use super::controle::{Nummer, Rij};
use super::sql::{execute_in, insert_returning, select_in, update_rows};
use crate::StoreError;
use crate::bulk::{Value, insert_rows};
use jiff::civil::Date;
use passend_domain::{
    Inschrijving, InschrijvingError, Inschrijvingen, LeerlingError, VestigingCode,
};
use sqlx::{Any, Row, Transaction};
use std::collections::{BTreeSet, HashMap};

/// Pupils per look-up round (each round is a few statements).
const BLOK: usize = 1_000;

/// A known pupil as stored.
struct Bestaand {
    voornaam: String,
    tussenvoegsel: Option<String>,
    achternaam: String,
    geboortedatum: String,
    postcode: String,
    pc4: i64,
    bsn: Option<String>,
    onderwijsnummer: Option<String>,
    inschrijvingen: Vec<Inschrijving>,
}

/// What the import will do with the pupils, decided before anything is written.
pub(super) struct Plan {
    /// Per row: the pupil's id (known pupils now, new ones once created).
    pub(super) ids: Vec<Option<i64>>,
    /// Per row: whether something about the known pupil changes.
    pub(super) gewijzigd: Vec<bool>,
    /// Names of the changed columns, for the audit entry.
    pub(super) velden: BTreeSet<&'static str>,
    nieuw: Vec<usize>,
    /// (row, id, voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, bsn, onderwijsnummer)
    bijwerken: Vec<Vec<Value>>,
    inschrijven: Vec<usize>,
    sleutels: HashMap<String, (i64, Option<String>)>,
    /// Rows passend cannot hold as a pupil, with what is missing: kept in the roster only.
    pub(super) rooster: Vec<(usize, Vec<String>)>,
    /// Values the file gave that were not used; the import goes on.
    pub(super) waarschuwingen: Vec<String>,
}

impl Plan {
    pub(super) fn nieuw(&self) -> usize {
        self.nieuw.len()
    }

    /// Per row: whether the pupil is created by this import.
    pub(super) fn is_nieuw(&self) -> Vec<bool> {
        let mut uit = vec![false; self.ids.len()];
        for &at in &self.nieuw {
            uit[at] = true;
        }
        uit
    }

    pub(super) fn inschrijvingen(&self) -> usize {
        self.inschrijven.len()
    }
}

fn date(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {text}")))
}

/// Finds the known pupils and checks every row; problems go to `problemen`.
pub(super) async fn plan(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    rijen: &[Rij<'_>],
    today: Date,
    problemen: &mut Vec<String>,
    voortgang: &mut Voortgang<'_>,
) -> Result<Plan, StoreError> {
    let mut sleutels = HashMap::new();
    let mut op_eckid = HashMap::new();
    for r in sqlx::query(
        "SELECT sleutel, leerling_id, eckid FROM leerling_sleutel WHERE vestiging_code = $1",
    )
    .bind(vestiging.as_str())
    .fetch_all(&mut **tx)
    .await?
    {
        let (sleutel, id, eckid): (String, i64, Option<String>) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        if let Some(e) = &eckid {
            op_eckid.insert(e.clone(), id);
        }
        sleutels.insert(sleutel, (id, eckid));
    }
    let mut plan = Plan {
        ids: Vec::with_capacity(rijen.len()),
        gewijzigd: vec![false; rijen.len()],
        velden: BTreeSet::new(),
        nieuw: Vec::new(),
        bijwerken: Vec::new(),
        inschrijven: Vec::new(),
        sleutels,
        rooster: Vec::new(),
        waarschuwingen: Vec::new(),
    };
    let mut wie_is_wie: HashMap<i64, &str> = HashMap::new();
    for (b, blok) in rijen.chunks(BLOK).enumerate() {
        let ids = zoek(tx, blok, &plan.sleutels, &op_eckid).await?;
        let bestaand = laad(tx, ids.iter().flatten().copied().collect()).await?;
        for (i, (rij, id)) in blok.iter().zip(ids).enumerate() {
            let at = b * BLOK + i;
            if let Some(id) = id
                && let Some(eerder) = wie_is_wie.insert(id, &rij.label)
            {
                problemen.push(format!(
                    "{eerder} en {} zijn volgens hun nummer, sleutel of ECK iD dezelfde leerling",
                    rij.label
                ));
            }
            let historie = match id.and_then(|id| bestaand.get(&id).map(|b| (id, b))) {
                Some((id, b)) => {
                    vergelijk(&mut plan, at, rij, id, b, today, problemen);
                    niet_overgenomen(rij, &mut plan.waarschuwingen);
                    b.inschrijvingen.clone()
                }
                None => {
                    let mist = ontbreekt(rij);
                    if !mist.is_empty() {
                        plan.waarschuwingen.push(format!(
                            "{} staat alleen in het rooster: passend mist nog {}",
                            rij.label,
                            mist.join(", ")
                        ));
                        plan.rooster.push((at, mist));
                        plan.ids.push(None);
                        continue;
                    }
                    nieuw_mag(rij, today, problemen);
                    plan.nieuw.push(at);
                    Vec::new()
                }
            };
            if moet_inschrijven(vestiging, rij, historie, today, problemen)? {
                plan.inschrijven.push(at);
            }
            plan.ids.push(id);
        }
        voortgang.stap(blok.len());
    }
    Ok(plan)
}

/// The ids of a block's known pupils: by number, else by the stored key, else by ECK iD.
async fn zoek(
    tx: &mut Transaction<'static, Any>,
    blok: &[Rij<'_>],
    sleutels: &HashMap<String, (i64, Option<String>)>,
    op_eckid: &HashMap<String, i64>,
) -> Result<Vec<Option<i64>>, StoreError> {
    let mut op_nummer: HashMap<String, i64> = HashMap::new();
    for (kolom, bsn) in [("bsn", true), ("onderwijsnummer", false)] {
        let waarden: Vec<Value> = blok
            .iter()
            .filter_map(|r| match &r.nummer {
                Some(n @ Nummer::Bsn(_)) if bsn => Some(n.cijfers().into()),
                Some(n @ Nummer::Onderwijsnummer(_)) if !bsn => Some(n.cijfers().into()),
                _ => None,
            })
            .collect();
        if waarden.is_empty() {
            continue;
        }
        let head = format!("SELECT id, {kolom} FROM leerling WHERE {kolom} IN");
        for r in select_in(tx, &head, &[], waarden).await? {
            op_nummer.insert(r.try_get(1)?, r.try_get(0)?);
        }
    }
    Ok(blok
        .iter()
        .map(|r| {
            r.nummer
                .as_ref()
                .and_then(|n| op_nummer.get(&n.cijfers()).copied())
                .or_else(|| sleutels.get(&r.l.key).map(|(id, _)| *id))
                .or_else(|| r.l.eckid.as_ref().and_then(|e| op_eckid.get(e).copied()))
        })
        .collect())
}

async fn laad(
    tx: &mut Transaction<'static, Any>,
    ids: Vec<i64>,
) -> Result<HashMap<i64, Bestaand>, StoreError> {
    let mut uit = HashMap::with_capacity(ids.len());
    if ids.is_empty() {
        return Ok(uit);
    }
    let waarden: Vec<Value> = ids.into_iter().map(Value::from).collect();
    for r in select_in(
        tx,
        "SELECT id, voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, bsn, onderwijsnummer \
         FROM leerling WHERE id IN",
        &[],
        waarden.clone(),
    )
    .await?
    {
        uit.insert(
            r.try_get::<i64, _>(0)?,
            Bestaand {
                voornaam: r.try_get(1)?,
                tussenvoegsel: r.try_get(2)?,
                achternaam: r.try_get(3)?,
                geboortedatum: r.try_get(4)?,
                postcode: r.try_get(5)?,
                pc4: r.try_get(6)?,
                bsn: r.try_get(7)?,
                onderwijsnummer: r.try_get(8)?,
                inschrijvingen: Vec::new(),
            },
        );
    }
    for r in select_in(
        tx,
        "SELECT leerling_id, vestiging_code, van, tot FROM inschrijving WHERE leerling_id IN",
        &[],
        waarden,
    )
    .await?
    {
        let tot: Option<String> = r.try_get(3)?;
        let periode = Inschrijving {
            vestiging: VestigingCode::parse(&r.try_get::<String, _>(1)?)?,
            van: date(&r.try_get::<String, _>(2)?)?,
            tot: tot.as_deref().map(date).transpose()?,
        };
        if let Some(b) = uit.get_mut(&r.try_get::<i64, _>(0)?) {
            b.inschrijvingen.push(periode);
        }
    }
    Ok(uit)
}

/// A known pupil: what the file changes. A number passend lacks is added; a different
/// number than the one stored is refused (the key then points at another child).
fn vergelijk(
    plan: &mut Plan,
    at: usize,
    rij: &Rij<'_>,
    id: i64,
    b: &Bestaand,
    today: Date,
    problemen: &mut Vec<String>,
) {
    let mut velden: Vec<&'static str> = Vec::new();
    let (mut voornaam, mut tussenvoegsel, mut achternaam) = (
        b.voornaam.clone(),
        b.tussenvoegsel.clone(),
        b.achternaam.clone(),
    );
    if let Some(n) = &rij.naam {
        for (veld, oud, nieuw) in [
            ("voornaam", &mut voornaam, &n.voornaam),
            ("achternaam", &mut achternaam, &n.achternaam),
        ] {
            if oud != nieuw {
                velden.push(veld);
                oud.clone_from(nieuw);
            }
        }
        if tussenvoegsel != n.tussenvoegsel {
            velden.push("tussenvoegsel");
            tussenvoegsel.clone_from(&n.tussenvoegsel);
        }
    }
    let mut geboortedatum = b.geboortedatum.clone();
    if let Some(g) = rij.l.geboortedatum {
        if g > today {
            problemen.push(format!(
                "{}: {}",
                rij.label,
                LeerlingError::GeboortedatumToekomst(g)
            ));
        } else if g.to_string() != geboortedatum {
            velden.push("geboortedatum");
            geboortedatum = g.to_string();
        }
    }
    let (mut postcode, mut pc4) = (b.postcode.clone(), b.pc4);
    if let Some(p) = &rij.postcode
        && p.to_string() != postcode
    {
        velden.push("postcode");
        postcode = p.to_string();
        pc4 = i64::from(p.pc4().value());
    }
    let (mut bsn, mut onderwijsnummer) = (b.bsn.clone(), b.onderwijsnummer.clone());
    if let Some(n) = &rij.nummer {
        let (kolom, opgeslagen, soort) = match n {
            Nummer::Bsn(_) => ("bsn", &mut bsn, "BSN"),
            Nummer::Onderwijsnummer(_) => {
                ("onderwijsnummer", &mut onderwijsnummer, "onderwijsnummer")
            }
        };
        match opgeslagen {
            None => {
                velden.push(kolom);
                *opgeslagen = Some(n.cijfers());
            }
            Some(s) if *s != n.cijfers() => problemen.push(format!(
                "{}: het {soort} in het bestand verschilt van dat van de leerling die passend onder deze sleutel kent",
                rij.label
            )),
            Some(_) => {}
        }
    }
    if velden.is_empty() {
        return;
    }
    plan.gewijzigd[at] = true;
    plan.velden.extend(velden.iter().map(|v| match *v {
        "voornaam" => "leerling.voornaam",
        "tussenvoegsel" => "leerling.tussenvoegsel",
        "achternaam" => "leerling.achternaam",
        "geboortedatum" => "leerling.geboortedatum",
        "postcode" => "leerling.postcode",
        "bsn" => "leerling.bsn",
        _ => "leerling.onderwijsnummer",
    }));
    plan.bijwerken.push(vec![
        Value::from(id),
        voornaam.into(),
        tussenvoegsel.into(),
        achternaam.into(),
        geboortedatum.into(),
        postcode.into(),
        pc4.into(),
        bsn.into(),
        onderwijsnummer.into(),
    ]);
}

/// A known pupil keeps what passend has where the file's value failed its check.
fn niet_overgenomen(rij: &Rij<'_>, waarschuwingen: &mut Vec<String>) {
    if let Some(fout) = &rij.nummer_fout {
        waarschuwingen.push(format!(
            "{}: {fout}; het nummer is niet overgenomen",
            rij.label
        ));
    }
    if let Some(fout) = &rij.postcode_fout {
        waarschuwingen.push(format!(
            "{}: {fout}; de postcode is niet overgenomen",
            rij.label
        ));
    }
}

/// What a new pupil lacks of what passend needs of every pupil; empty when complete.
fn ontbreekt(rij: &Rij<'_>) -> Vec<String> {
    let l = rij.l;
    let mut mist = Vec::new();
    match (&rij.nummer, &rij.nummer_fout) {
        (Some(_), _) => {}
        (None, Some(fout)) => mist.push(format!(
            "een BSN of onderwijsnummer dat de controle doorstaat ({fout})"
        )),
        (None, None) => mist.push("een BSN of onderwijsnummer".to_string()),
    }
    if l.achternaam.as_deref().is_none_or(|a| a.trim().is_empty()) {
        mist.push("een achternaam".to_string());
    } else if rij.naam.is_none() {
        mist.push("een roepnaam of voornaam".to_string());
    }
    if l.geboortedatum.is_none() {
        mist.push("een geboortedatum".to_string());
    }
    match (&rij.postcode, &rij.postcode_fout) {
        (Some(_), _) => {}
        (None, Some(fout)) => mist.push(format!("een bruikbare postcode ({fout})")),
        (None, None) if l.postcode_buitenland.is_some() => {
            mist.push("een Nederlandse postcode (alleen een buitenlandse is gegeven)".to_string())
        }
        (None, None) => mist.push("een postcode".to_string()),
    }
    mist
}

/// A complete new pupil must also pass passend's own checks (a birth date not in the
/// future, …): a broken record, which refuses the file.
fn nieuw_mag(rij: &Rij<'_>, today: Date, problemen: &mut Vec<String>) {
    if let (Some(naam), Some(g), Some(pc)) = (&rij.naam, rij.l.geboortedatum, &rij.postcode) {
        let (bsn, onr) = match &rij.nummer {
            Some(Nummer::Bsn(b)) => (Some(b.clone()), None),
            Some(Nummer::Onderwijsnummer(o)) => (None, Some(o.clone())),
            None => (None, None),
        };
        if let Err(e) = passend_domain::Leerling::new(naam.clone(), g, pc.clone(), bsn, onr, today)
        {
            problemen.push(format!("{}: {e}", rij.label));
        }
    }
}

/// Whether an enrolment at the vestiging is to be added: not when one runs today or
/// starts later; refused when the new one would overlap the pupil's history.
fn moet_inschrijven(
    vestiging: &VestigingCode,
    rij: &Rij<'_>,
    historie: Vec<Inschrijving>,
    today: Date,
    problemen: &mut Vec<String>,
) -> Result<bool, StoreError> {
    if historie
        .iter()
        .any(|p| &p.vestiging == vestiging && p.tot.is_none_or(|t| t >= today))
    {
        return Ok(false);
    }
    let mut h = Inschrijvingen::new(historie)?;
    match h.add(Inschrijving::new(vestiging.clone(), rij.start, None)?) {
        Ok(()) => Ok(true),
        Err(InschrijvingError::Overlap { bestaand, van, .. }) => {
            // Which other school is not said: that is not this school's business.
            problemen.push(if &bestaand == vestiging {
                format!(
                    "{}: een inschrijving vanaf {van} overlapt met een eerdere inschrijving bij deze vestiging; controleer de instroomdatum",
                    rij.label
                )
            } else {
                format!(
                    "{}: staat vanaf {van} nog ingeschreven bij een andere school; die schrijft de leerling eerst uit (of de instroomdatum klopt niet)",
                    rij.label
                )
            });
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}

/// Writes the plan: new pupils, changed ones, enrolments and the keys.
pub(super) async fn schrijf(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    rijen: &[Rij<'_>],
    plan: &mut Plan,
    voortgang: &mut Voortgang<'_>,
) -> Result<(), StoreError> {
    let nieuw = std::mem::take(&mut plan.nieuw);
    for blok in nieuw.chunks(BLOK) {
        let rows = blok
            .iter()
            .map(|&at| {
                let r = &rijen[at];
                let naam = r.naam.as_ref().expect("checked in plan");
                let pc = r.postcode.as_ref().expect("checked in plan");
                let (bsn, onr) = match r.nummer.as_ref().expect("checked in plan") {
                    n @ Nummer::Bsn(_) => (Some(n.cijfers()), None),
                    n @ Nummer::Onderwijsnummer(_) => (None, Some(n.cijfers())),
                };
                vec![
                    naam.voornaam.clone().into(),
                    naam.tussenvoegsel.clone().into(),
                    naam.achternaam.clone().into(),
                    r.l.geboortedatum
                        .expect("checked in plan")
                        .to_string()
                        .into(),
                    pc.to_string().into(),
                    i64::from(pc.pc4().value()).into(),
                    bsn.into(),
                    onr.into(),
                ]
            })
            .collect();
        let terug = insert_returning(
            tx,
            "leerling",
            &[
                "voornaam",
                "tussenvoegsel",
                "achternaam",
                "geboortedatum",
                "postcode",
                "pc4",
                "bsn",
                "onderwijsnummer",
            ],
            "id, bsn, onderwijsnummer",
            rows,
        )
        .await?;
        // Matched back by number, which every new pupil has and is unique.
        let mut op_nummer = HashMap::with_capacity(terug.len());
        for r in terug {
            let nummer: Option<String> = r.try_get(1)?;
            let nummer = match nummer {
                Some(b) => b,
                None => r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
            };
            op_nummer.insert(nummer, r.try_get::<i64, _>(0)?);
        }
        for &at in blok {
            let n = rijen[at]
                .nummer
                .as_ref()
                .map(Nummer::cijfers)
                .unwrap_or_default();
            plan.ids[at] = op_nummer.get(&n).copied();
        }
        voortgang.stap(blok.len());
    }
    plan.nieuw = nieuw;
    let bijwerken = std::mem::take(&mut plan.bijwerken);
    let aantal = bijwerken.len();
    update_rows(
        tx,
        "leerling",
        &[
            "id",
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "geboortedatum",
            "postcode",
            "pc4",
            "bsn",
            "onderwijsnummer",
        ],
        bijwerken,
    )
    .await?;
    voortgang.stap(aantal);
    let id = |at: usize| -> Result<i64, StoreError> {
        plan.ids[at]
            .ok_or_else(|| StoreError::Ongeldig("nieuwe leerling niet teruggevonden".into()))
    };
    let mut rows = Vec::with_capacity(plan.inschrijven.len());
    for &at in &plan.inschrijven {
        rows.push(vec![
            Value::from(id(at)?),
            vestiging.as_str().into(),
            rijen[at].start.to_string().into(),
            Value::Text(None),
        ]);
    }
    insert_rows(
        tx,
        "inschrijving",
        &["leerling_id", "vestiging_code", "van", "tot"],
        rows,
    )
    .await?;
    // The keys: a row whose key, pupil or ECK iD moved is replaced.
    let is_nieuw = plan.is_nieuw();
    let op_id: HashMap<i64, &str> = plan
        .sleutels
        .iter()
        .map(|(k, (id, _))| (*id, k.as_str()))
        .collect();
    let (mut weg, mut erbij) = (BTreeSet::new(), Vec::new());
    // Roster-only pupils keep their key in their own table.
    let alleen_rooster: BTreeSet<usize> = plan.rooster.iter().map(|(at, _)| *at).collect();
    for (at, r) in rijen.iter().enumerate() {
        if alleen_rooster.contains(&at) {
            continue;
        }
        let id = id(at)?;
        let gewenst = (id, r.l.eckid.clone());
        if plan.sleutels.get(&r.l.key) == Some(&gewenst) {
            continue;
        }
        if plan.sleutels.contains_key(&r.l.key) {
            weg.insert(r.l.key.clone());
        }
        if let Some(oud) = op_id.get(&id) {
            weg.insert((*oud).to_string());
        }
        if !is_nieuw[at] {
            plan.gewijzigd[at] = true;
            plan.velden.insert("leerling_sleutel");
        }
        erbij.push(vec![
            vestiging.as_str().into(),
            r.l.key.clone().into(),
            Value::from(id),
            r.l.eckid.clone().into(),
        ]);
    }
    execute_in(
        tx,
        "DELETE FROM leerling_sleutel WHERE vestiging_code = $1 AND sleutel IN",
        &[vestiging.as_str().into()],
        weg.into_iter().map(Value::from).collect(),
    )
    .await?;
    insert_rows(
        tx,
        "leerling_sleutel",
        &["vestiging_code", "sleutel", "leerling_id", "eckid"],
        erbij,
    )
    .await?;
    voortgang.stap(rijen.len() - plan.nieuw.len() - aantal);
    Ok(())
}
