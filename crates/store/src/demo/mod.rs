//! The demo region (`passend demo`): the real PO2605 and VO2605 samenwerkingsverbanden
//! (Houten, IJsselstein, Lopik, Nieuwegein, Vianen) with their real postcodes, and
//! fictitious besturen, vestigingen, about 15 000 pupils, ouders and one account per role.
//! Deterministic: the same seed and reference date always give the same data.

mod aanmeldingen;
mod geld;
mod monitor;
mod names;
mod ondersteuning;
mod sop;
mod verantwoording;
mod zaken;

use crate::bulk::{Value, insert_rows};
use crate::{AccountRol, NewAccount, Store, StoreError};
use jiff::ToSpan;
use jiff::civil::{Date, date};
use names::*;
use passend_domain::{Bsn, RegioIndeling, Rol, Schoolsoort, Sector, SwvCode};
use sqlx::Row;
use std::collections::{BTreeSet, HashMap};

pub const DEMO_PO_SWV: &str = "PO2605";
pub const DEMO_VO_SWV: &str = "VO2605";
/// The teldatum the demo is drawn on: ages and enrolments are as of this day.
pub const PEILDATUM: Date = date(2026, 10, 1);
const SEED: u64 = 2605;
const TARGET_PUPILS: usize = 15_000;

/// The five Doelgroepenmodel domains, for pupils with a support need.
pub const ONDERSTEUNINGSDOMEINEN: [&str; 5] = [
    "sociaal-emotioneel",
    "leren en ontwikkelen",
    "communicatie",
    "fysieke situatie",
    "medische situatie",
];

/// What the demo created, and the accounts with their passwords to print.
#[derive(Debug, Clone)]
pub struct DemoReport {
    pub besturen: usize,
    pub vestigingen: usize,
    pub leerlingen: usize,
    pub ouders: usize,
    /// Thuiszitter cases.
    pub zaken: usize,
    /// Registrations at the demo school.
    pub aanmeldingen: usize,
    /// Support records: OPPs, arrangements, TLVs, symbiose, one-table arrangement.
    pub ondersteuning: usize,
    pub accounts: Vec<DemoAccount>,
}

#[derive(Debug, Clone)]
pub struct DemoAccount {
    pub gebruikersnaam: String,
    pub wachtwoord: String,
    pub rol: Rol,
    pub scope: Option<String>,
}

struct DemoVestiging {
    code: String,
    naam: String,
    soort: Schoolsoort,
    pc4: u16,
    gemeente: String,
    brin: String,
    bestuur: usize,
}

/// One bestuur: (bevoegd gezag, naam, sector of its schools).
const BESTUREN: &[(&str, &str, Sector)] = &[
    (
        "90001",
        "Stichting Openbaar Primair Onderwijs Lek en IJssel",
        Sector::Po,
    ),
    (
        "90002",
        "Stichting Katholiek Onderwijs Nieuwegein-Vianen",
        Sector::Po,
    ),
    (
        "90003",
        "Vereniging Christelijk Basisonderwijs Houten",
        Sector::Po,
    ),
    (
        "90004",
        "Stichting Primair Onderwijs IJsselstein-Lopik",
        Sector::Po,
    ),
    (
        "90005",
        "Stichting Speciaal Onderwijs De Lekstroom",
        Sector::Po,
    ),
    (
        "90006",
        "Stichting Voortgezet Onderwijs Lek en IJssel",
        Sector::Vo,
    ),
    (
        "90007",
        "Stichting Christelijk Voortgezet Onderwijs Houten-Vianen",
        Sector::Vo,
    ),
];

/// (gemeente as in the regio-indeling, weight for the number of schools and pupils).
const GEMEENTEN: &[(&str, u32)] = &[
    ("Nieuwegein", 35),
    ("Houten", 28),
    ("IJsselstein", 20),
    ("Vianen", 10),
    ("Lopik", 7),
];

impl Store {
    /// Creates the demo region in an empty database, in one transaction; the thuiszitter
    /// cases are laid out around today in the Netherlands.
    pub async fn create_demo(&self) -> Result<DemoReport, StoreError> {
        let today = jiff::Timestamp::now()
            .in_tz("Europe/Amsterdam")
            .map(|z| z.date())
            .unwrap_or(PEILDATUM);
        self.create_demo_on(today).await
    }

    /// The demo with its cases laid out around a given day.
    pub async fn create_demo_on(&self, today: Date) -> Result<DemoReport, StoreError> {
        let mut rng = fastrand::Rng::with_seed(SEED);
        let regio = RegioIndeling::officieel();
        let po = SwvCode::parse(DEMO_PO_SWV)?;
        let pc4s_by_gemeente: HashMap<&str, Vec<u16>> = GEMEENTEN
            .iter()
            .map(|(g, _)| {
                let list = regio
                    .rows()
                    .filter(|r| r.po_swv.as_ref() == Some(&po) && r.gemeente_2015 == *g)
                    .map(|r| r.pc4.value())
                    .collect();
                (*g, list)
            })
            .collect();
        // Neighbouring postcodes outside the region, for pupils who come from elsewhere.
        let outside: Vec<u16> = regio
            .rows()
            .filter(|r| {
                matches!(
                    r.gemeente_2015.as_str(),
                    "Utrecht" | "Culemborg" | "Zederik"
                )
            })
            .map(|r| r.pc4.value())
            .collect();

        let vestigingen = plan_vestigingen(&mut rng, &pc4s_by_gemeente);
        let pupils = plan_pupils(&mut rng, &vestigingen, &pc4s_by_gemeente, &outside)?;

        let mut tx = self.begin_write().await?;
        let used: i64 =
            sqlx::query("SELECT (SELECT COUNT(*) FROM bestuur) + (SELECT COUNT(*) FROM leerling)")
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
        if used > 0 {
            return Err(StoreError::NietLeeg);
        }
        insert_organisation(&mut tx, &vestigingen, &po).await?;
        let ouder_count = insert_pupils(&mut tx, &pupils, &vestigingen).await?;
        let zaken = zaken::insert(&mut tx, today).await?;
        sop::insert(&mut tx).await?;
        let aanmeldingen = aanmeldingen::insert(&mut tx, today).await?;
        ondersteuning::register(&mut tx).await?;
        tx.commit().await?;

        let accounts = demo_accounts(&vestigingen, self).await?;
        for a in &accounts {
            self.create_account(&NewAccount {
                gebruikersnaam: a.gebruikersnaam.clone(),
                weergavenaam: format!("Demo {}", a.rol.omschrijving()),
                wachtwoord: a.wachtwoord.clone(),
                rollen: vec![AccountRol {
                    rol: a.rol,
                    scope: a.scope.clone(),
                }],
            })
            .await?;
        }
        let ondersteuning = ondersteuning::insert(self, today).await?;
        geld::insert(self, today).await?;
        verantwoording::insert(self, today).await?;
        monitor::insert(self, today).await?;
        voorbeeldschool(self).await?;
        tracing::info!(leerlingen = pupils.len(), "demoregio aangemaakt");
        Ok(DemoReport {
            besturen: BESTUREN.len(),
            // And the example school.
            vestigingen: vestigingen.len() + 1,
            leerlingen: pupils.len(),
            ouders: ouder_count,
            zaken,
            aanmeldingen,
            ondersteuning,
            accounts,
        })
    }

    /// Whether the database holds no organisation or pupil data yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let used: i64 =
            sqlx::query("SELECT (SELECT COUNT(*) FROM bestuur) + (SELECT COUNT(*) FROM leerling)")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?;
        Ok(used == 0)
    }
}

/// The school of Edustandaard's EDEXML 2.1 example file (BRIN 99ZZ, dependance 00), without
/// pupils, so that the official example imports into the demo as it stands:
/// `passend import edexml EDEXML.Voorbeeld.2.1.xml`. EDEXML carries no school name, sort or
/// address; these are the demo's own.
pub const VOORBEELDSCHOOL: &str = "99ZZ00";

async fn voorbeeldschool(store: &Store) -> Result<(), StoreError> {
    let code = passend_domain::VestigingCode::parse(VOORBEELDSCHOOL)?;
    let bestuur: i64 = sqlx::query("SELECT id FROM bestuur WHERE bevoegd_gezag = $1")
        .bind(BESTUREN[0].0)
        .fetch_one(&store.pool)
        .await?
        .try_get(0)?;
    store
        .create_school(&code.brin(), "Basisschool Het Voorbeeld", bestuur)
        .await?;
    store
        .create_vestiging(&crate::NewVestiging {
            code,
            naam: "Basisschool Het Voorbeeld (EDEXML-voorbeeld)".into(),
            schoolsoort: Schoolsoort::Bao,
            postcode: passend_domain::Postcode::parse("3431AB")?,
            plaats: "Nieuwegein".into(),
            swv: None,
        })
        .await?;
    Ok(())
}

fn pick_gemeente(rng: &mut fastrand::Rng) -> &'static str {
    let total: u32 = GEMEENTEN.iter().map(|g| g.1).sum();
    let mut n = rng.u32(0..total);
    for (g, w) in GEMEENTEN {
        if n < *w {
            return g;
        }
        n -= w;
    }
    GEMEENTEN[0].0
}

fn plan_vestigingen(rng: &mut fastrand::Rng, pc4s: &HashMap<&str, Vec<u16>>) -> Vec<DemoVestiging> {
    // (sort, how many, bestuur indexes to spread them over).
    let plan: [(Schoolsoort, usize, &[usize]); 6] = [
        (Schoolsoort::Bao, 43, &[0, 1, 2, 3]),
        (Schoolsoort::Sbo, 2, &[0, 1]),
        (Schoolsoort::So, 2, &[4]),
        (Schoolsoort::Vso, 2, &[4]),
        (Schoolsoort::Vo, 9, &[5, 6]),
        (Schoolsoort::Pro, 2, &[5, 6]),
    ];
    let mut out = Vec::new();
    let mut bao_names = BAO_NAMEN.iter();
    let mut vo_names = VO_NAMEN.iter();
    for (soort, count, besturen) in plan {
        for i in 0..count {
            let gemeente = match soort {
                Schoolsoort::Bao | Schoolsoort::Vo => pick_gemeente(rng),
                _ => ["Nieuwegein", "Houten"][i % 2],
            };
            let list = &pc4s[gemeente];
            let naam = match soort {
                Schoolsoort::Bao => {
                    format!("Basisschool {}", bao_names.next().expect("enough names"))
                }
                Schoolsoort::Vo => vo_names.next().expect("enough names").to_string(),
                Schoolsoort::Sbo => format!("SBO {}", ["De Brug", "Het Startpunt"][i]),
                Schoolsoort::So => format!("SO {}", ["De Lekstroom", "Het Zonnehuis"][i]),
                Schoolsoort::Vso => format!("VSO {}", ["De Lekstroom", "Het Zonnehuis"][i]),
                Schoolsoort::Pro => format!("Praktijkschool {}", ["Nieuwegein", "Houten"][i]),
            };
            let n = out.len();
            // Fictitious BRIN-style codes: 9 + digit, then two letters.
            let brin = format!(
                "9{}{}{}",
                n / 26 / 26 % 10,
                char::from(b'A' + (n / 26 % 26) as u8),
                char::from(b'A' + (n % 26) as u8)
            );
            out.push(DemoVestiging {
                code: format!("{brin}00"),
                naam,
                soort,
                pc4: list[rng.usize(0..list.len())],
                gemeente: gemeente.to_string(),
                brin,
                bestuur: besturen[i % besturen.len()],
            });
        }
    }
    out
}

struct DemoPupil {
    voornaam: &'static str,
    tussenvoegsel: &'static str,
    achternaam: &'static str,
    geboortedatum: Date,
    postcode: String,
    bsn: String,
    behoefte: Option<&'static str>,
    /// (vestiging index, van, tot).
    inschrijvingen: Vec<(usize, Date, Option<Date>)>,
    gezin: usize,
}

fn letters(rng: &mut fastrand::Rng) -> String {
    loop {
        let a = char::from(b'A' + rng.u8(0..26));
        let b = char::from(b'A' + rng.u8(0..26));
        let pair = format!("{a}{b}");
        if !matches!(pair.as_str(), "SA" | "SD" | "SS") {
            return pair;
        }
    }
}

fn valid_bsn(rng: &mut fastrand::Rng, used: &mut BTreeSet<String>) -> String {
    loop {
        let candidate = format!("{:09}", rng.u32(100_000_000..999_999_999));
        if Bsn::parse(&candidate).is_ok() && used.insert(candidate.clone()) {
            return candidate;
        }
    }
}

/// The first school day in August of a year: the Monday on or after 15 August (the
/// summer holiday ends mid-August in all three regio's).
fn schooljaar_start(year: i16) -> Date {
    let mut d = date(year, 8, 15);
    while d.weekday() != jiff::civil::Weekday::Monday {
        d = d.tomorrow().expect("valid date");
    }
    d
}

fn plan_pupils(
    rng: &mut fastrand::Rng,
    vestigingen: &[DemoVestiging],
    pc4s: &HashMap<&str, Vec<u16>>,
    outside: &[u16],
) -> Result<Vec<DemoPupil>, StoreError> {
    let by_sort = |s: Schoolsoort| -> Vec<usize> {
        vestigingen
            .iter()
            .enumerate()
            .filter(|(_, v)| v.soort == s)
            .map(|(i, _)| i)
            .collect()
    };
    let bao = by_sort(Schoolsoort::Bao);
    let mut used_bsn = BTreeSet::new();
    let mut out = Vec::with_capacity(TARGET_PUPILS);
    let mut gezin = 0;
    while out.len() < TARGET_PUPILS {
        gezin += 1;
        let (tussenvoegsel, achternaam) = ACHTERNAMEN[rng.usize(0..ACHTERNAMEN.len())];
        let from_outside = rng.u32(0..100) < 3;
        let gemeente = pick_gemeente(rng);
        let pc4 = if from_outside {
            outside[rng.usize(0..outside.len())]
        } else {
            pc4s[gemeente][rng.usize(0..pc4s[gemeente].len())]
        };
        let postcode = format!("{pc4} {}", letters(rng));
        let children = match rng.u32(0..10) {
            0..=3 => 1,
            4..=7 => 2,
            _ => 3,
        };
        let local = |list: &[usize], rng: &mut fastrand::Rng| -> usize {
            let near: Vec<usize> = list
                .iter()
                .copied()
                .filter(|&i| vestigingen[i].gemeente == gemeente)
                .collect();
            if !near.is_empty() && rng.u32(0..10) < 8 {
                near[rng.usize(0..near.len())]
            } else {
                list[rng.usize(0..list.len())]
            }
        };
        for _ in 0..children {
            let age = rng.i16(4..=17);
            let geboortedatum = date(PEILDATUM.year() - age, 1, 1)
                .checked_add((rng.i64(0..365) - 92).days())
                .expect("valid date");
            let age = passend_domain::leeftijd_op(geboortedatum, PEILDATUM);
            if !(4..=17).contains(&age) {
                continue;
            }
            let roll = rng.u32(0..1000);
            let soort = if age <= 11 {
                match roll {
                    0..=12 => Schoolsoort::Sbo,
                    13..=24 => Schoolsoort::So,
                    _ => Schoolsoort::Bao,
                }
            } else {
                match roll {
                    0..=39 => Schoolsoort::Pro,
                    40..=79 => Schoolsoort::Vso,
                    _ => Schoolsoort::Vo,
                }
            };
            let current = local(&by_sort(soort), rng);
            // Enrolled in basisonderwijs from the fourth birthday (WPO art. 39 lid 1).
            let vierde = geboortedatum.checked_add(4.years()).expect("valid date");
            let mut inschrijvingen = Vec::new();
            if soort.sector() == Sector::Po && soort == Schoolsoort::Bao {
                inschrijvingen.push((current, vierde, None));
            } else if soort.sector() == Sector::Po {
                // Moved from a bao to sbo/so at the start of a schooljaar after age 6.
                let switch_year = (geboortedatum.year() + 7).min(PEILDATUM.year());
                let start = schooljaar_start(switch_year);
                let start = if start <= vierde {
                    vierde.tomorrow().expect("valid")
                } else {
                    start
                };
                inschrijvingen.push((
                    local(&bao, rng),
                    vierde,
                    Some(start.yesterday().expect("valid")),
                ));
                inschrijvingen.push((current, start, None));
            } else {
                // Primary school from age 4, then the transition to VO at about 12.
                let vo_year = geboortedatum.year() + 12 + i16::from(geboortedatum.month() >= 10);
                let vo_year = vo_year.min(PEILDATUM.year());
                let vo_start = schooljaar_start(vo_year);
                inschrijvingen.push((local(&bao, rng), vierde, Some(date(vo_year, 7, 31))));
                inschrijvingen.push((current, vo_start, None));
            }
            let behoefte =
                if soort.vraagt_tlv() || soort == Schoolsoort::Pro || rng.u32(0..100) < 18 {
                    Some(ONDERSTEUNINGSDOMEINEN[rng.usize(0..ONDERSTEUNINGSDOMEINEN.len())])
                } else {
                    None
                };
            out.push(DemoPupil {
                voornaam: VOORNAMEN[rng.usize(0..VOORNAMEN.len())],
                tussenvoegsel,
                achternaam,
                geboortedatum,
                postcode: postcode.clone(),
                bsn: valid_bsn(rng, &mut used_bsn),
                behoefte,
                inschrijvingen,
                gezin,
            });
        }
    }
    out.truncate(TARGET_PUPILS);
    Ok(out)
}

async fn insert_organisation(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    vestigingen: &[DemoVestiging],
    po: &SwvCode,
) -> Result<(), StoreError> {
    let regio = RegioIndeling::officieel();
    for (nummer, naam, _) in BESTUREN {
        sqlx::query("INSERT INTO bestuur (bevoegd_gezag, naam) VALUES ($1, $2)")
            .bind(*nummer)
            .bind(*naam)
            .execute(&mut **tx)
            .await?;
    }
    let ids: HashMap<String, i64> = sqlx::query("SELECT bevoegd_gezag, id FROM bestuur")
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let mut scholen = Vec::new();
    let mut rows = Vec::new();
    for v in vestigingen {
        let pc4 = passend_domain::Pc4::parse(&v.pc4.to_string())?;
        let swv = regio.swv_van(pc4, v.soort.sector())?;
        debug_assert!(v.soort.sector() != Sector::Po || &swv == po);
        scholen.push(vec![
            Value::from(v.brin.as_str()),
            v.naam.as_str().into(),
            ids[BESTUREN[v.bestuur].0].into(),
        ]);
        let plaats = if v.gemeente == "Vianen" {
            "Vianen"
        } else {
            v.gemeente.as_str()
        };
        rows.push(vec![
            Value::from(v.code.as_str()),
            v.brin.as_str().into(),
            v.naam.as_str().into(),
            v.soort.as_str().into(),
            format!(
                "{} {}",
                v.pc4,
                ["AA", "BK", "CL", "DM", "EN"][v.code.len() % 5]
            )
            .into(),
            i64::from(v.pc4).into(),
            plaats.into(),
            swv.as_str().into(),
            0i64.into(),
        ]);
    }
    insert_rows(tx, "school", &["brin", "naam", "bestuur_id"], scholen).await?;
    insert_rows(
        tx,
        "vestiging",
        &[
            "code",
            "brin",
            "naam",
            "schoolsoort",
            "postcode",
            "pc4",
            "plaats",
            "swv_code",
            "swv_handmatig",
        ],
        rows,
    )
    .await
}

/// Inserts pupils, their enrolments, and one or two ouders per family; returns the
/// number of ouders.
async fn insert_pupils(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    pupils: &[DemoPupil],
    vestigingen: &[DemoVestiging],
) -> Result<usize, StoreError> {
    let rows = pupils
        .iter()
        .map(|p| {
            let pc4: i64 = p.postcode[..4].parse().unwrap_or_default();
            vec![
                Value::from(p.voornaam),
                Value::from((!p.tussenvoegsel.is_empty()).then(|| p.tussenvoegsel.to_string())),
                p.achternaam.into(),
                p.geboortedatum.to_string().into(),
                p.postcode.as_str().into(),
                pc4.into(),
                p.bsn.as_str().into(),
                Value::from(p.behoefte.map(String::from)),
            ]
        })
        .collect();
    insert_rows(
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
            "ondersteuningsbehoefte",
        ],
        rows,
    )
    .await?;
    let ids: HashMap<String, i64> = sqlx::query("SELECT bsn, id FROM leerling")
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let mut enrolments = Vec::new();
    for p in pupils {
        for (v, van, tot) in &p.inschrijvingen {
            enrolments.push(vec![
                Value::from(ids[&p.bsn]),
                vestigingen[*v].code.as_str().into(),
                van.to_string().into(),
                Value::from(tot.map(|d| d.to_string())),
            ]);
        }
    }
    insert_rows(
        tx,
        "inschrijving",
        &["leerling_id", "vestiging_code", "van", "tot"],
        enrolments,
    )
    .await?;

    // Ouders: per family one or two, deterministic from the family number.
    let mut ouders = Vec::new();
    let mut links = Vec::new();
    // Children of one family are consecutive in `pupils`.
    for family in pupils.chunk_by(|a, b| a.gezin == b.gezin) {
        let first = &family[0];
        let gezin = first.gezin;
        let two = gezin % 7 != 0;
        for k in 0..(1 + usize::from(two)) {
            let email = format!("ouder{gezin}-{k}@example.org");
            let voornaam = OUDER_VOORNAMEN[(gezin * 3 + k * 11) % OUDER_VOORNAMEN.len()];
            ouders.push(vec![
                Value::from(voornaam),
                Value::from(
                    (!first.tussenvoegsel.is_empty()).then(|| first.tussenvoegsel.to_string()),
                ),
                first.achternaam.into(),
                email.as_str().into(),
            ]);
            for p in family {
                links.push((email.clone(), ids[&p.bsn]));
            }
        }
    }
    let count = ouders.len();
    insert_rows(
        tx,
        "ouder",
        &["voornaam", "tussenvoegsel", "achternaam", "email"],
        ouders,
    )
    .await?;
    let ouder_ids: HashMap<String, i64> = sqlx::query("SELECT email, id FROM ouder")
        .fetch_all(&mut **tx)
        .await?
        .iter()
        .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let link_rows = links
        .into_iter()
        .map(|(email, leerling)| {
            vec![
                Value::from(ouder_ids[&email]),
                leerling.into(),
                "ouder".into(),
            ]
        })
        .collect();
    insert_rows(
        tx,
        "ouder_leerling",
        &["ouder_id", "leerling_id", "relatie"],
        link_rows,
    )
    .await?;
    Ok(count)
}

/// One account per role, scoped to a part of the demo region. The passwords are public:
/// this is demo data.
async fn demo_accounts(
    vestigingen: &[DemoVestiging],
    store: &Store,
) -> Result<Vec<DemoAccount>, StoreError> {
    // The parent account belongs to the first ouder with more than one child.
    let ouder: i64 = sqlx::query(
        "SELECT ouder_id FROM ouder_leerling GROUP BY ouder_id HAVING COUNT(*) > 1 ORDER BY ouder_id LIMIT 1",
    )
    .fetch_one(&store.pool)
    .await?
    .try_get(0)?;
    // The deskundige account is the first person in the PO SWV's register.
    let deskundige: i64 = sqlx::query("SELECT id FROM deskundige WHERE naam = $1")
        .bind(ondersteuning::DESKUNDIGEN[0].0)
        .fetch_one(&store.pool)
        .await?
        .try_get(0)?;
    let school = vestigingen
        .iter()
        .find(|v| v.soort == Schoolsoort::Bao)
        .expect("a bao");
    let account = |naam: &str, rol: Rol, scope: Option<String>| DemoAccount {
        gebruikersnaam: naam.to_string(),
        wachtwoord: format!("demo-{naam}-2026"),
        rol,
        scope,
    };
    Ok(vec![
        account("ib", Rol::School, Some(school.code.clone())),
        account(
            "bestuur",
            Rol::Bestuur,
            Some(BESTUREN[school.bestuur].0.to_string()),
        ),
        account("swv-po", Rol::Swv, Some(DEMO_PO_SWV.into())),
        account("swv-vo", Rol::Swv, Some(DEMO_VO_SWV.into())),
        account("deskundige", Rol::Deskundige, Some(deskundige.to_string())),
        account("leerplicht", Rol::Leerplicht, Some("0356".into())),
        account("ouder", Rol::Ouder, Some(ouder.to_string())),
        account("opr", Rol::Opr, Some(DEMO_PO_SWV.into())),
        account("inspectie", Rol::Inspectie, None),
        account("ministerie", Rol::Ministerie, None),
        account("beheerder", Rol::Beheerder, None),
    ])
}
