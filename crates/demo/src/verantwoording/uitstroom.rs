//! Vso leavers of the last two schooljaren with their outflow against the OPP's profile,
//! half of them followed up a year on.

use super::leerlingen_van;
use crate::regio::Regio;
use crate::{ROUTE, dagen};
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_domain::verantwoording::Bestemming;
use passend_domain::{Rol, Schooljaar, Schoolsoort};
use passend_store::overname::{OppVaststelling, Overname};
use passend_store::verantwoording::NieuweUitstroom;
use passend_store::{Doel, NieuweOppVersie, Store, StoreError};

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

pub(super) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    let mut vso: Vec<(String, String)> = regio
        .vestigingen
        .iter()
        .filter(|v| v.soort == Schoolsoort::Vso)
        .map(|v| (v.code.clone(), v.swv.as_str().to_string()))
        .collect();
    vso.sort();
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
        let swv_wie = regio.als(gebruiker, Rol::Swv, swv);
        // The vso school's own OPPs: the demo has no vso account, so the ib account acts as
        // that school here.
        let school = regio.als("ib", Rol::School, vestiging);
        for leerling in leerlingen_van(regio, vestiging, today).into_iter().take(6) {
            let (verwacht, bij_vertrek, soort, na_jaar) = verloop(n);
            let eerste_groep = n % 2 == 0;
            let datum = if eerste_groep { eerder } else { vorig };
            // The OPP that set the profile was adopted half a year before the pupil left: the
            // expected outflow is the one known at leaving.
            let opp_datum = dagen(datum, 180);
            store
                .opps()
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
            let vaststelling = OppVaststelling {
                leerling,
                vastgesteld_op: opp_datum,
            };
            store
                .neem_over(&Overname {
                    opp_vaststellingen: vec![vaststelling],
                    ..Overname::default()
                })
                .await?;
            let id = store
                .verantwoording()
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
                    .verantwoording()
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
