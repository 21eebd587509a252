//! Support cases for the demo region, made through the store's own functions (so every rule
//! and audit entry applies) by the demo accounts, dated back from the day the demo is made:
//! OPPs (two versions; one with its evaluation overdue), arrangement requests in every state,
//! TLVs (decided and numbered, with a bezwaar; one waiting for the demo deskundige's advice),
//! a symbiose agreement and a one-table arrangement.

use crate::arrangementen::{NieuwIntegraal, NieuweSymbiose, Overleg};
use crate::opp::{Doel, NieuweOppVersie};
use crate::tlv::{NieuwAdvies, TlvAanvraag, TlvBesluit};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::arrangement::{Beslissing, Onderdeel, Partij};
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_domain::tlv::{Categorie, TlvSoort};
use passend_domain::{Kijker, Rol, Schooljaar, VestigingCode};
use rust_decimal::Decimal;
use sqlx::Row;

/// The SWVs' registers of deskundigen; the first is the demo deskundige account.
pub(super) const DESKUNDIGEN: &[(&str, &str, &str)] = &[
    ("drs. A. Jansen", "orthopedagoog", "PO2605"),
    ("M. de Wit", "psycholoog", "PO2605"),
    ("dr. P. Smit", "arts", "PO2605"),
    ("L. Bos", "maatschappelijk werker", "PO2605"),
    ("K. Visser", "orthopedagoog", "VO2605"),
    ("R. Mulder", "kinderpsychiater", "VO2605"),
];

pub(super) async fn register(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
) -> Result<(), StoreError> {
    for (naam, discipline, swv) in DESKUNDIGEN {
        sqlx::query("INSERT INTO deskundige (naam, discipline, swv_code, verbonden_aan) VALUES ($1, $2, $3, '')")
            .bind(*naam)
            .bind(*discipline)
            .bind(*swv)
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

fn dagen(today: Date, n: i64) -> Date {
    today.checked_sub(n.days()).unwrap_or(today)
}

async fn als(
    store: &Store,
    gebruiker: &str,
    rol: Rol,
    scope: &str,
) -> Result<Verzoeker, StoreError> {
    let id: i64 = sqlx::query("SELECT id FROM account WHERE gebruikersnaam = $1")
        .bind(gebruiker)
        .fetch_one(&store.pool)
        .await?
        .try_get(0)?;
    Ok(Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol,
            scope: Some(scope.to_string()),
        },
    })
}

fn opp(
    uitstroom: Uitstroom,
    overleg: Date,
    instemming: Option<Date>,
    doel: &str,
) -> NieuweOppVersie {
    NieuweOppVersie {
        uitstroom,
        belemmerend: "Werkgeheugen en concentratie; faalangst bij toetsen".into(),
        bevorderend: "Gemotiveerd, sterk in samenwerken, betrokken ouders".into(),
        behoeften: vec![
            (Domein::LerenEnOntwikkelen, Niveau::new(3).expect("1–7")),
            (Domein::SociaalEmotioneel, Niveau::new(2).expect("1–7")),
        ],
        doelen: vec![Doel {
            doel: doel.into(),
            ondersteuning: "Verlengde instructie in een kleine groep".into(),
            wie: "Remedial teacher".into(),
            frequentie: "3 keer per week 30 minuten".into(),
        }],
        overleg_ouders: Some(overleg),
        overleg_verslag: "Ouders en school zijn het eens over het perspectief.".into(),
        instemming_ouders: instemming,
        stem_kind: "Wil graag meer rust in de klas; vindt rekenen moeilijk.".into(),
    }
}

/// Makes the support cases; returns how many records were made.
pub(super) async fn insert(store: &Store, today: Date) -> Result<usize, StoreError> {
    let ib = als(store, "ib", Rol::School, "90AA00").await?;
    let swv = als(store, "swv-po", Rol::Swv, "PO2605").await?;
    let school = VestigingCode::parse("90AA00")?;
    // Pupils enrolled at the demo school for a year and a half and still there.
    let nu: std::collections::HashSet<LeerlingId> = store
        .leerlingen_van_vestiging(&school, today)
        .await?
        .into_iter()
        .map(|l| l.id)
        .collect();
    let pupils: Vec<LeerlingId> = store
        .leerlingen_van_vestiging(&school, dagen(today, 540))
        .await?
        .into_iter()
        .map(|l| l.id)
        .filter(|id| id.0 % 7 == 3 && nu.contains(id))
        .take(6)
        .collect();
    let [a, b, c, d, e, f] = pupils[..] else {
        return Ok(0);
    };
    let mut n = 0;
    let route = "demo";

    // OPPs: A set two schooljaren ago without evaluation since (overdue); B in two versions.
    store
        .stel_opp_vast(
            &ib,
            a,
            &opp(
                Uitstroom::VmboKader,
                dagen(today, 500),
                Some(dagen(today, 500)),
                "Tafels tot 10 beheersen",
            ),
            dagen(today, 500),
            route,
        )
        .await?;
    store
        .stel_opp_vast(
            &ib,
            b,
            &opp(
                Uitstroom::VmboBasis,
                dagen(today, 100),
                None,
                "Begrijpend lezen op niveau M6",
            ),
            dagen(today, 100),
            route,
        )
        .await?;
    store
        .stel_opp_vast(
            &ib,
            b,
            &opp(
                Uitstroom::VmboKader,
                dagen(today, 20),
                Some(dagen(today, 20)),
                "Begrijpend lezen op niveau E6",
            ),
            dagen(today, 20),
            route,
        )
        .await?;
    n += 3;

    // Arrangements: granted and ending soon (A), open (B), discussed (C), refused (D).
    let overleg = |datum| Overleg {
        datum,
        deelnemers: vec![
            Partij::School,
            Partij::Swv,
            Partij::Ouders,
            Partij::Jeugdhulp,
        ],
        ouders_aanwezig: true,
        stem_kind: "Het kind wil op deze school blijven.".into(),
        verslag: "Besproken in het ondersteuningsteam.".into(),
    };
    let a1 = store
        .vraag_arrangement_aan(
            &ib,
            a,
            "Extra begeleiding bij rekenen en werkhouding",
            dagen(today, 200),
            route,
        )
        .await?;
    store
        .leg_overleg_vast(
            &swv,
            a1,
            &overleg(dagen(today, 190)),
            dagen(today, 190),
            route,
        )
        .await?;
    store
        .beslis_arrangement(
            &swv,
            a1,
            &Beslissing::Toegekend {
                inhoud: "Ambulante begeleiding 2 uur per week".into(),
                van: dagen(today, 180),
                tot: today.checked_add(30.days()).unwrap_or(today),
                kosten: Decimal::new(450_000, 2),
            },
            dagen(today, 185),
            route,
        )
        .await?;
    store
        .vraag_arrangement_aan(
            &ib,
            b,
            "Observatie en advies over gedrag in de klas",
            dagen(today, 10),
            route,
        )
        .await?;
    let c1 = store
        .vraag_arrangement_aan(
            &ib,
            c,
            "Onderwijsassistent in de klas",
            dagen(today, 30),
            route,
        )
        .await?;
    store
        .leg_overleg_vast(
            &swv,
            c1,
            &overleg(dagen(today, 12)),
            dagen(today, 12),
            route,
        )
        .await?;
    let d1 = store
        .vraag_arrangement_aan(&ib, d, "Taxivervoer naar school", dagen(today, 60), route)
        .await?;
    store
        .leg_overleg_vast(
            &swv,
            d1,
            &overleg(dagen(today, 50)),
            dagen(today, 50),
            route,
        )
        .await?;
    store
        .beslis_arrangement(
            &swv,
            d1,
            &Beslissing::Afgewezen {
                reden: "Vervoer is een taak van de gemeente (leerlingenvervoer), niet van het samenwerkingsverband.".into(),
            },
            dagen(today, 48),
            route,
        )
        .await?;
    n += 4;

    // TLVs: E to so, decided and numbered, with a bezwaar; F to sbo, waiting for advice.
    let deskundige = |naam: &str| {
        let naam = naam.to_string();
        async move {
            sqlx::query("SELECT id FROM deskundige WHERE naam = $1")
                .bind(naam)
                .fetch_one(&store.pool)
                .await
                .and_then(|r| r.try_get::<i64, _>(0))
        }
    };
    let (jansen, de_wit, smit) = (
        deskundige("drs. A. Jansen").await?,
        deskundige("M. de Wit").await?,
        deskundige("dr. P. Smit").await?,
    );
    let e1 = store
        .vraag_tlv_aan(
            &ib,
            e,
            &TlvAanvraag {
                soort: TlvSoort::So,
                aanvragende_vestiging: school.clone(),
                ontvangende_vestiging: None,
                toelichting: "Ondersteuningsbehoefte overstijgt wat de basisschool en het arrangement bieden.".into(),
            },
            dagen(today, 70),
            route,
        )
        .await?;
    store
        .wijs_deskundigen_toe(&swv, e1, de_wit, smit, dagen(today, 65), route)
        .await?;
    // Each deskundige writes their own advice.
    for (volgorde, deskundige, datum) in [(1, de_wit, 50), (2, smit, 45)] {
        let wie = store
            .systeem_verzoeker(Rol::Deskundige, &deskundige.to_string())
            .await?;
        store
            .geef_advies(
                &wie,
                e1,
                &NieuwAdvies {
                    volgorde,
                    datum: dagen(today, datum),
                    advies: "Toelaatbaar tot het speciaal onderwijs; de ondersteuningsbehoefte op leren en ontwikkelen is hoog.".into(),
                },
                dagen(today, datum),
                route,
            )
            .await?;
    }
    let ingang = Schooljaar::of(today).start();
    store
        .beslis_tlv(
            &swv,
            e1,
            &TlvBesluit::Toegekend {
                categorie: Some(Categorie::Midden),
                ingang,
                einde: None,
            },
            dagen(today, 40),
            route,
        )
        .await?;
    store
        .registreer_bezwaar(
            &swv,
            e1,
            dagen(today, 20),
            "Ouders vinden categorie midden te laag.",
            dagen(today, 20),
            route,
        )
        .await?;
    let sbo: String = sqlx::query("SELECT code FROM vestiging WHERE schoolsoort = 'sbo' AND swv_code = 'PO2605' ORDER BY code LIMIT 1")
        .fetch_one(&store.pool)
        .await?
        .try_get(0)?;
    let f1 = store
        .vraag_tlv_aan(
            &ib,
            f,
            &TlvAanvraag {
                soort: TlvSoort::Sbo,
                aanvragende_vestiging: school.clone(),
                ontvangende_vestiging: Some(VestigingCode::parse(&sbo)?),
                toelichting: "Ouders en school zien het sbo als passende plek.".into(),
            },
            dagen(today, 14),
            route,
        )
        .await?;
    store
        .wijs_deskundigen_toe(&swv, f1, jansen, smit, dagen(today, 10), route)
        .await?;
    n += 2;

    // Symbiose: a pupil of an so school follows rekenen and gym at the demo school.
    let so: Option<(String, i64)> = sqlx::query(
        "SELECT v.code, i.leerling_id FROM vestiging v JOIN inschrijving i ON i.vestiging_code = v.code \
         WHERE v.schoolsoort = 'so' AND i.tot IS NULL ORDER BY v.code, i.leerling_id LIMIT 1",
    )
    .fetch_optional(&store.pool)
    .await?
    .map(|r| Ok::<_, sqlx::Error>((r.try_get(0)?, r.try_get(1)?)))
    .transpose()?;
    if let Some((so_code, leerling)) = so {
        let so_school = Verzoeker {
            account_id: ib.account_id,
            kijker: Kijker {
                rol: Rol::School,
                scope: Some(so_code),
            },
        };
        store
            .leg_symbiose_vast(
                &so_school,
                LeerlingId(leerling),
                &NieuweSymbiose {
                    regulier_vestiging: "90AA00".into(),
                    van: Schooljaar::of(today),
                    tot: Schooljaar::of(today).next(),
                    vakken: vec![("rekenen".into(), 120), ("gymnastiek".into(), 90)],
                    rooster_minuten: 1500,
                    begeleiding: "Ambulant begeleider van de so-school, 1 uur per week in de klas"
                        .into(),
                    vergoeding_materiaal: "€ 150 per schooljaar".into(),
                    vergoeding_lokalen: String::new(),
                    uitleg: String::new(),
                },
                dagen(today, 60),
                route,
            )
            .await?;
        n += 1;
    }

    // One table for a thuiszitter case pupil of the SWV.
    let thuis: Option<i64> = sqlx::query(
        "SELECT leerling_id FROM thuiszitter_zaak WHERE swv_code = 'PO2605' ORDER BY id LIMIT 1",
    )
    .fetch_optional(&store.pool)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    if let Some(leerling) = thuis {
        let datum = dagen(today, 5);
        let afspraak = |o, wat: &str, wie: &str, over: i64| {
            (
                o,
                wat.to_string(),
                wie.to_string(),
                Some(today.checked_add(over.days()).unwrap_or(today)),
            )
        };
        store
            .leg_integraal_vast(
                &swv,
                LeerlingId(leerling),
                &NieuwIntegraal {
                    datum,
                    deelnemers: Partij::ALL.to_vec(),
                    verslag: "Eén plan: start op school met een aangepast rooster, zorg en vervoer geregeld.".into(),
                    afspraken: vec![
                        afspraak(Onderdeel::Schoolplek, "Start op SBO De Brug, 3 ochtenden per week", "directeur SBO De Brug", 14),
                        afspraak(Onderdeel::Ondersteuning, "Begeleider vanuit het samenwerkingsverband", "consulent samenwerkingsverband", 14),
                        afspraak(Onderdeel::Zorg, "Behandeling bij de jeugd-GGZ loopt door", "wijkteam", 30),
                        afspraak(Onderdeel::Leerplicht, "Tijdelijke vrijstelling voor de middagen beoordelen", "leerplichtambtenaar", 10),
                        afspraak(Onderdeel::Vervoer, "Aangepast vervoer aanvragen", "gemeente, leerlingenvervoer", 7),
                    ],
                },
                datum,
                route,
            )
            .await?;
        n += 1;
    }
    Ok(n)
}
