//! Disputes in different states: about a refused registration (with the commission), an
//! OPP (past the commission's term), a referral to an onderwijsconsulent (finished) and a
//! verwijdering whose oordeel the board did not follow.

use super::leerlingen_van;
use crate::regio::Regio;
use crate::{ROUTE, dagen};
use jiff::civil::Date;
use passend_domain::Rol;
use passend_domain::verantwoording::GeschilSoort;
use passend_store::verantwoording::{GeschilStap, NieuwGeschil};
use passend_store::{LeerlingId, Store, StoreError};

/// The first child (by number) of the demo ouder enrolled today: with its vestiging and SWV.
fn kind_van_demo_ouder(regio: &Regio, today: Date) -> Option<(LeerlingId, String, String)> {
    regio
        .demo_ouder()
        .kinderen
        .iter()
        .flat_map(|&k| {
            let l = &regio.leerlingen[k];
            l.inschrijvingen
                .iter()
                .filter(move |(_, van, tot)| *van <= today && tot.is_none_or(|t| t >= today))
                .map(move |&(v, _, _)| (l.id, v))
        })
        .min()
        .map(|(id, v)| {
            let v = &regio.vestigingen[v];
            (id, v.code.clone(), v.swv.as_str().to_string())
        })
}

pub(super) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    let ib = regio.als("ib", Rol::School, "90AA00");
    // A registration at the demo school that was refused: a dispute about toelating, still
    // with the commission (received five weeks ago).
    let geweigerd = regio.aanmeldingen.iter().rev().find(|a| a.1).map(|a| a.0);
    if let Some(l) = geweigerd {
        store
            .verantwoording()
            .registreer_geschil(
                &ib,
                l,
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
    let pupils = leerlingen_van(regio, "90AA00", today);
    // The OPP: past the commission's term without an oordeel.
    if let Some(&l) = pupils.get(10) {
        store
            .verantwoording()
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
            .verantwoording()
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
            .verantwoording()
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
    if let Some((leerling, vestiging, swv)) = kind_van_demo_ouder(regio, today) {
        let gebruiker = if swv.starts_with("PO") {
            "swv-po"
        } else {
            "swv-vo"
        };
        let wie = regio.als(gebruiker, Rol::Swv, &swv);
        let id = store
            .verantwoording()
            .registreer_geschil(
                &wie,
                leerling,
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
            .verantwoording()
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
