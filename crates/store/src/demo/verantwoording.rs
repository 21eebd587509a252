//! Demo data for the verantwoording area, made through the store's own functions by the demo
//! accounts, dated back from the day the demo is made: PO2605's ondersteuningsplan in two
//! versions (the first refused by the ondersteuningsplanraad, the second with OOGO with every
//! gemeente of the region, consent, vastgesteld and sent to the inspectie), disputes in
//! different states, and vso leavers with their outflow against the OPP's profile.

use crate::opp::{Doel, NieuweOppVersie};
use crate::toegang::Verzoeker;
use crate::verantwoording::GeschilStap;
use crate::verantwoording::{NieuwGeschil, NieuwPlan, NieuweStreefwaarde, NieuweUitstroom};
use crate::{LeerlingId, Store, StoreError};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_domain::verantwoording::{Bestemming, GeschilSoort, Stemming, indienen_uiterlijk};
use passend_domain::{Kijker, Rol, Schooljaar};
use sqlx::Row;

const ROUTE: &str = "demo";

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

fn plan(van: Schooljaar, doel: i64) -> NieuwPlan {
    let tot = van.next().next().next();
    NieuwPlan {
        van,
        tot,
        basisondersteuning: "Elke school biedt de basisondersteuning uit het regionale referentiekader: \
            handelingsgericht werken, een intern begeleider per vestiging, een dyslexie- en dyscalculieprotocol \
            en een aanbod voor sociale veiligheid. Het schoolondersteuningsprofiel beschrijft wat daarboven ligt."
            .into(),
        extra_ondersteuning: "Extra ondersteuning via arrangementen op de eigen school na een MDO met ouders, \
            de plusklassen in Nieuwegein en Houten, en plaatsing in het sbo of so met een toelaatbaarheidsverklaring."
            .into(),
        middelen: "De middelen voor lichte ondersteuning gaan per leerling naar de besturen; de middelen voor zware \
            ondersteuning dekken de afdracht voor sbo en so, de arrangementen en het loket. De reserve blijft onder \
            de signaleringswaarde van de inspectie."
            .into(),
        tlv_procedure: "Het bestuur vraagt de TLV aan bij het loket; twee deskundigen uit het register adviseren elk \
            afzonderlijk; de commissie beslist binnen acht weken. Criteria: de ondersteuningsbehoefte gaat de extra \
            ondersteuning op een reguliere school te boven, blijkend uit het OPP en de evaluaties."
            .into(),
        ouders: "Ouders krijgen bij elke stap een brief en zien het dossier van hun kind in passend; het ouder- en \
            jeugdsteunpunt en de onderwijsconsulenten staan op de website."
            .into(),
        doelen: "Geen kind langer dan drie maanden thuis; minder verwijzingen naar het so door meer arrangementen op \
            de eigen school. Gemeten met de kengetallen in passend, elk kwartaal besproken met de ondersteuningsplanraad."
            .into(),
        terugplaatsing: "Voor het einde van elke TLV bespreekt de so-school met ouders en het loket of terugplaatsing \
            mogelijk is; een basisschool in de buurt neemt de leerling over met een arrangement voor het eerste jaar."
            .into(),
        overdrachten: "Groei op 1 februari stelt het loket vast uit de telling van DUO; de overdracht gaat per school \
            naar rato van haar extra leerlingen, zoals de regeling dat bepaalt."
            .into(),
        streefwaarden: vec![
            NieuweStreefwaarde {
                doel: "Thuiszitters tot het minimum terugbrengen".into(),
                kengetal: "thuiszitters".into(),
                richting: "hoogstens".into(),
                streefwaarde: doel,
                meting: "Open thuiszitterzaken in het register, elke maand".into(),
            },
            NieuweStreefwaarde {
                doel: "Ondersteuning dichtbij: arrangementen op de eigen school".into(),
                kengetal: "arrangementen".into(),
                richting: "minstens".into(),
                streefwaarde: 3,
                meting: "Lopende toegekende arrangementen, elk kwartaal".into(),
            },
            NieuweStreefwaarde {
                doel: "Verwijzingen naar het speciaal onderwijs beperken".into(),
                kengetal: "tlv-toegekend".into(),
                richting: "hoogstens".into(),
                streefwaarde: 40,
                meting: "Toegekende TLV's per schooljaar".into(),
            },
        ],
    }
}

async fn ondersteuningsplan(store: &Store, today: Date) -> Result<(), StoreError> {
    let swv = als(store, "swv-po", Rol::Swv, "PO2605").await?;
    // The next schooljaren: this plan goes to the inspectie before 1 May preceding them.
    // The first schooljaar whose submission deadline (30 April before it) is still to come,
    // so that the demo's submission today is on time whatever day the demo is made.
    let mut van = Schooljaar::of(today).next();
    if today > indienen_uiterlijk(van) {
        van = van.next();
    }
    let gemeenten = store.gemeenten_van_swv("PO2605").await?;

    // Version 1: OOGO held with all but one gemeente, the OPR voted against.
    let v1 = store.maak_plan_versie(&swv, &plan(van, 5), ROUTE).await?;
    for (i, (code, _)) in gemeenten.iter().enumerate().skip(1) {
        store
            .leg_oogo_vast(
                &swv,
                v1,
                code,
                dagen(today, 70 - i as i64),
                "overeenstemming",
                "",
                today,
                ROUTE,
            )
            .await?;
    }
    store
        .leg_instemming_vast(
            &swv,
            v1,
            dagen(today, 45),
            Stemming {
                voor: 3,
                tegen: 5,
                onthouding: 0,
            },
            "De raad mist een streefwaarde voor arrangementen op de eigen school.",
            today,
            ROUTE,
        )
        .await?;

    // Version 2: revised; OOGO with every gemeente (one without agreement), consent with a
    // condition, vastgesteld and sent to the inspectie.
    let v2 = store.maak_plan_versie(&swv, &plan(van, 2), ROUTE).await?;
    for (i, (code, _)) in gemeenten.iter().enumerate() {
        let (uitkomst, verschillen) = if i == 1 {
            (
                "geen overeenstemming",
                "De gemeente wil de jeugdhulp in de klas uit de middelen van het samenwerkingsverband betalen; \
                 het samenwerkingsverband houdt die middelen voor onderwijsarrangementen.",
            )
        } else {
            ("overeenstemming", "")
        };
        store
            .leg_oogo_vast(
                &swv,
                v2,
                code,
                dagen(today, 30 - i as i64),
                uitkomst,
                verschillen,
                today,
                ROUTE,
            )
            .await?;
    }
    for code in store.overlappende_swvs("PO2605").await? {
        store
            .leg_overleg_swv_vast(
                &swv,
                v2,
                &code,
                dagen(today, 28),
                "Afspraken over de overstap naar het vo van leerlingen met een arrangement.",
                today,
                ROUTE,
            )
            .await?;
    }
    store
        .leg_instemming_vast(
            &swv,
            v2,
            dagen(today, 14),
            Stemming {
                voor: 7,
                tegen: 1,
                onthouding: 0,
            },
            "Halfjaarlijks een rapportage over de thuiszitters aan de raad.",
            today,
            ROUTE,
        )
        .await?;
    store.stel_plan_vast(&swv, v2, today, ROUTE).await?;
    store.dien_plan_in(&swv, v2, today, today, ROUTE).await?;
    Ok(())
}

/// Pupils enrolled today at a vestiging, oldest first.
async fn leerlingen_van(
    store: &Store,
    vestiging: &str,
    today: Date,
) -> Result<Vec<LeerlingId>, StoreError> {
    Ok(sqlx::query(
        "SELECT l.id FROM leerling l JOIN inschrijving i ON i.leerling_id = l.id \
         WHERE i.vestiging_code = $1 AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2) ORDER BY l.geboortedatum, l.id",
    )
    .bind(vestiging)
    .bind(today.to_string())
    .fetch_all(&store.pool)
    .await?
    .iter()
    .map(|r| r.try_get(0).map(LeerlingId))
    .collect::<Result<_, _>>()?)
}

async fn geschillen(store: &Store, today: Date) -> Result<(), StoreError> {
    let ib = als(store, "ib", Rol::School, "90AA00").await?;
    // A registration at the demo school that was refused: a dispute about toelating, still
    // with the commission (received five weeks ago).
    let geweigerd: Option<i64> = sqlx::query(
        "SELECT leerling_id FROM aanmelding WHERE vestiging_code = '90AA00' AND besluit IS NOT NULL ORDER BY id DESC LIMIT 1",
    )
    .fetch_optional(&store.pool)
    .await?
    .map(|r| r.try_get(0))
    .transpose()?;
    if let Some(l) = geweigerd {
        store
            .registreer_geschil(
                &ib,
                LeerlingId(l),
                &NieuwGeschil {
                    soort: GeschilSoort::Toelating,
                    vestiging: "90AA00".into(),
                    ingediend_op: dagen(today, 35),
                    omschrijving:
                        "Ouders vinden dat de school de extra ondersteuning wel kan bieden.".into(),
                },
                today,
                ROUTE,
            )
            .await?;
    }
    let pupils = leerlingen_van(store, "90AA00", today).await?;
    // The OPP: past the commission's term without an oordeel.
    if let Some(&l) = pupils.get(10) {
        store
            .registreer_geschil(
                &ib,
                l,
                &NieuwGeschil {
                    soort: GeschilSoort::Opp,
                    vestiging: "90AA00".into(),
                    ingediend_op: dagen(today, 84),
                    omschrijving:
                        "Ouders zijn het niet eens met het uitstroomperspectief in het OPP.".into(),
                },
                today,
                ROUTE,
            )
            .await?;
    }
    // A referral to an onderwijsconsulent, finished with an outcome.
    if let Some(&l) = pupils.get(20) {
        let id = store
            .registreer_geschil(
                &ib,
                l,
                &NieuwGeschil {
                    soort: GeschilSoort::Onderwijsconsulent,
                    vestiging: "90AA00".into(),
                    ingediend_op: dagen(today, 40),
                    omschrijving: "Vastgelopen gesprek over de ondersteuning in de klas.".into(),
                },
                today,
                ROUTE,
            )
            .await?;
        store
            .werk_geschil_bij(
                &ib,
                id,
                &GeschilStap {
                    oordeel_datum: Some(dagen(today, 10)),
                    oordeel: Some(
                        "Afspraken gemaakt over een arrangement en een evaluatie na zes weken."
                            .into(),
                    ),
                    ..GeschilStap::default()
                },
                today,
                ROUTE,
            )
            .await?;
    }
    // A verwijdering of a child of the demo ouder: oordeel given, the board deviates from
    // it with reasons. Recorded by the SWV of the child's school.
    let kind = sqlx::query(
        "SELECT ol.leerling_id, v.code, v.swv_code FROM ouder_leerling ol \
         JOIN account_rol ar ON ar.rol = 'ouder' AND ar.scope = CAST(ol.ouder_id AS TEXT) \
         JOIN account a ON a.id = ar.account_id AND a.gebruikersnaam = 'ouder' \
         JOIN inschrijving i ON i.leerling_id = ol.leerling_id AND i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
         JOIN vestiging v ON v.code = i.vestiging_code ORDER BY ol.leerling_id LIMIT 1",
    )
    .bind(today.to_string())
    .fetch_optional(&store.pool)
    .await?;
    if let Some(k) = kind {
        let (leerling, vestiging, swv): (i64, String, String) =
            (k.try_get(0)?, k.try_get(1)?, k.try_get(2)?);
        let gebruiker = if swv.starts_with("PO") {
            "swv-po"
        } else {
            "swv-vo"
        };
        let wie = als(store, gebruiker, Rol::Swv, &swv).await?;
        let id = store
            .registreer_geschil(
                &wie,
                LeerlingId(leerling),
                &NieuwGeschil {
                    soort: GeschilSoort::Verwijdering,
                    vestiging,
                    ingediend_op: dagen(today, 100),
                    omschrijving:
                        "Ouders bestrijden het voornemen tot verwijdering na herhaalde incidenten."
                            .into(),
                },
                today,
                ROUTE,
            )
            .await?;
        store
            .werk_geschil_bij(
                &wie,
                id,
                &GeschilStap {
                    oordeel_datum: Some(dagen(today, 35)),
                    oordeel: Some(
                        "Het bestuur heeft onvoldoende gezocht naar een andere school die bereid is de leerling toe te laten."
                            .into(),
                    ),
                    reactie_datum: Some(dagen(today, 14)),
                    volgt_oordeel: Some(false),
                    reactie: Some(
                        "Het bestuur wijkt af: inmiddels heeft een andere school schriftelijk verklaard de leerling toe te laten, \
                         zodat aan de voorwaarde van de wet is voldaan."
                            .into(),
                    ),
                },
                today,
                ROUTE,
            )
            .await?;
    }
    Ok(())
}

/// The expected profile for the n-th leaver, and where the pupil went (at leaving, a year later).
fn verloop(n: usize) -> (Uitstroom, Bestemming, Option<&'static str>, Bestemming) {
    use Bestemming as B;
    use Uitstroom as U;
    match n % 6 {
        0 => (
            U::Vervolgonderwijs,
            B::Vervolgonderwijs,
            Some("entreeopleiding"),
            B::Vervolgonderwijs,
        ),
        1 => (U::Vervolgonderwijs, B::Arbeidsmarkt, None, B::Arbeidsmarkt),
        2 => (U::Arbeidsmarkt, B::Arbeidsmarkt, None, B::Onbekend),
        3 => (
            U::Arbeidsmarkt,
            B::Vervolgonderwijs,
            Some("mbo niveau 2"),
            B::Vervolgonderwijs,
        ),
        4 => (U::Dagbesteding, B::Dagbesteding, None, B::Dagbesteding),
        _ => (U::Vervolgonderwijs, B::Onbekend, None, B::Arbeidsmarkt),
    }
}

async fn uitstroom(store: &Store, today: Date) -> Result<(), StoreError> {
    let vso: Vec<(String, String)> =
        sqlx::query("SELECT code, swv_code FROM vestiging WHERE schoolsoort = 'vso' ORDER BY code")
            .fetch_all(&store.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect::<Result<_, sqlx::Error>>()?;
    // Leavers at the end of the last schooljaar, and of the one before (followed up a year on).
    let vorig = Schooljaar::of(today).start().yesterday().expect("valid");
    let eerder = vorig.checked_sub(1.year()).expect("valid");
    let mut n = 0;
    for (vestiging, swv) in &vso {
        let gebruiker = if swv.starts_with("PO") {
            "swv-po"
        } else {
            "swv-vo"
        };
        let swv_wie = als(store, gebruiker, Rol::Swv, swv).await?;
        // The vso school's own OPPs: the demo has no vso account, so the ib account acts as
        // that school here.
        let school = als(store, "ib", Rol::School, vestiging).await?;
        for leerling in leerlingen_van(store, vestiging, today)
            .await?
            .into_iter()
            .take(6)
        {
            let (verwacht, bij_vertrek, soort, na_jaar) = verloop(n);
            let eerste_groep = n % 2 == 0;
            let datum = if eerste_groep { eerder } else { vorig };
            // The OPP that set the profile was adopted half a year before the pupil left: the
            // expected outflow is the one known at leaving.
            let opp_datum = dagen(datum, 180);
            store
                .stel_opp_vast(
                    &school,
                    leerling,
                    &NieuweOppVersie {
                        uitstroom: verwacht,
                        belemmerend: "Beperkte belastbaarheid; heeft veel structuur nodig".into(),
                        bevorderend: "Praktisch ingesteld, goede stages, steunend netwerk".into(),
                        behoeften: vec![(Domein::LerenEnOntwikkelen, Niveau::new(4).expect("1–7"))],
                        doelen: vec![Doel {
                            doel: "Voorbereiden op het uitstroomprofiel".into(),
                            ondersteuning: "Stage en loopbaanbegeleiding".into(),
                            wie: "Stagecoördinator".into(),
                            frequentie: "Wekelijks".into(),
                        }],
                        overleg_ouders: Some(dagen(opp_datum, 10)),
                        overleg_verslag: "Ouders onderschrijven het uitstroomprofiel.".into(),
                        instemming_ouders: Some(dagen(opp_datum, 5)),
                        stem_kind: "Wil graag iets met de handen doen.".into(),
                    },
                    today,
                    ROUTE,
                )
                .await?;
            sqlx::query(
                "UPDATE opp_versie SET vastgesteld_op = $1 WHERE opp_id IN (SELECT id FROM opp WHERE leerling_id = $2)",
            )
            .bind(opp_datum.to_string())
            .bind(leerling.0)
            .execute(&store.pool)
            .await?;
            let id = store
                .registreer_uitstroom(
                    &swv_wie,
                    leerling,
                    &NieuweUitstroom {
                        vestiging: vestiging.clone(),
                        uitstroomdatum: datum,
                        bestemming: bij_vertrek,
                        vervolg_soort: soort.map(String::from),
                    },
                    today,
                    ROUTE,
                )
                .await?;
            let jaar_later = datum.checked_add(1.year()).expect("valid");
            // Not every leaver is found again a year on: every third of the earlier group
            // is still open, to be followed up.
            if eerste_groep && n % 6 != 4 && jaar_later <= today {
                store
                    .leg_uitstroom_na_jaar_vast(
                        &swv_wie,
                        id,
                        jaar_later,
                        na_jaar,
                        (na_jaar == Bestemming::Vervolgonderwijs)
                            .then_some(soort.unwrap_or("mbo niveau 2")),
                        today,
                        ROUTE,
                    )
                    .await?;
            }
            n += 1;
        }
    }
    Ok(())
}

pub(super) async fn insert(store: &Store, today: Date) -> Result<(), StoreError> {
    ondersteuningsplan(store, today).await?;
    geschillen(store, today).await?;
    uitstroom(store, today).await?;
    Ok(())
}
