//! The access policy as properties over every role × action × pupil, in a small universe
//! of two schools (two besturen, two SWVs), two ouders, two deskundigen and two gemeenten,
//! so that every combination of "in scope" and "out of scope" is reached.

use super::*;
use proptest::prelude::*;

const SCOPES: [&str; 10] = [
    "90AA00", "90AB00", "90001", "90002", "PO2605", "VO2605", "0356", "7", "3", "4",
];

fn school(i: usize) -> SchoolContext {
    SchoolContext {
        vestiging: ["90AA00", "90AB00"][i].into(),
        bestuur: ["90001", "90002"][i].into(),
        swv: ["PO2605", "VO2605"][i].into(),
    }
}

fn kijker() -> impl Strategy<Value = Kijker> {
    (
        prop::sample::select(Rol::ALL.to_vec()),
        prop::option::of(prop::sample::select(SCOPES.to_vec())),
    )
        .prop_map(|(rol, scope)| Kijker {
            rol,
            scope: scope.map(String::from),
        })
}

fn leerling() -> impl Strategy<Value = LeerlingContext> {
    let scholen = prop::sample::subsequence(vec![0usize, 1], 0..=2);
    (
        scholen.clone(),
        scholen.clone(),
        scholen.clone(),
        prop::sample::select(vec!["0356", "0321"]),
        prop::sample::subsequence(vec!["7", "8"], 0..=2),
        prop::sample::subsequence(vec!["PO2605", "VO2605"], 0..=2),
        prop::sample::subsequence(vec!["3", "4"], 0..=2),
        prop::sample::subsequence(vec!["7", "8"], 0..=2),
        scholen,
    )
        .prop_map(
            |(ingeschreven, aangemeld, eerder, gemeente, ouders, zaken, desk, gezag, gevraagd)| {
                LeerlingContext {
                    ouders_met_gezag: gezag
                        .iter()
                        .filter(|g| ouders.contains(g))
                        .map(|g| g.to_string())
                        .collect(),
                    huidige_scholen: ingeschreven.into_iter().map(school).collect(),
                    aanmeldingen: aangemeld.into_iter().map(school).collect(),
                    eerdere_aanmeldingen: eerder.into_iter().map(school).collect(),
                    woongemeente: gemeente.into(),
                    ouders: ouders.into_iter().map(String::from).collect(),
                    swv_zaken: zaken.into_iter().map(String::from).collect(),
                    deskundigen: desk.into_iter().map(String::from).collect(),
                    gevraagde_scholen: gevraagd.into_iter().map(school).collect(),
                }
            },
        )
}

/// The examples of every kind, and the two steps of the asked school and the asked SWV.
fn handeling() -> impl Strategy<Value = Handeling> {
    (0usize..2, prop::sample::select(vec!["3", "4"]), 0usize..14).prop_map(|(s, d, i)| {
        let mut alle = Handeling::voorbeelden(&school(s), d);
        alle.push(Handeling::BereidheidVerklaren(school(s)));
        alle.push(Handeling::VrijstellingAdviseren { swv: school(s).swv });
        alle.swap_remove(i)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(4000))]

    #[test]
    fn aggregate_roles_never_touch_a_child(k in kijker(), h in handeling(), l in leerling()) {
        if matches!(k.rol, Rol::Opr | Rol::Inspectie | Rol::Ministerie | Rol::Beheerder | Rol::EigenBeheerder) {
            prop_assert!(k.mag(&h, &l).is_err());
        }
    }

    /// A registration gives the registration, never the dossier: adding or removing live
    /// registrations changes no answer about the dossier, restricted data, basic data or
    /// advices.
    #[test]
    fn a_registration_never_opens_the_dossier(k in kijker(), h in handeling(), l in leerling()) {
        let zonder = LeerlingContext { aanmeldingen: vec![], eerdere_aanmeldingen: vec![], ..l.clone() };
        if !matches!(h, Handeling::AanmeldingLezen(_) | Handeling::AanmeldingBehandelen(_) | Handeling::TlvAanvragen(_) | Handeling::TlvOntvangen(_) | Handeling::Koppelen | Handeling::OuderKoppelen) {
            prop_assert_eq!(k.mag(&h, &l).is_ok(), k.mag(&h, &zonder).is_ok());
        }
        if let Handeling::AanmeldingLezen(s) | Handeling::AanmeldingBehandelen(s) | Handeling::TlvOntvangen(s) = &h {
            prop_assert!(k.mag(&h, &zonder).is_err(), "nothing without a registration {:?}", s);
        }
        // A withdrawn or refused registration gives its own record, nothing of the pupil.
        let afgesloten = LeerlingContext { aanmeldingen: vec![], ..l.clone() };
        if !matches!(h, Handeling::AanmeldingLezen(_) | Handeling::AanmeldingBehandelen(_)) {
            prop_assert_eq!(k.mag(&h, &afgesloten).is_ok(), k.mag(&h, &zonder).is_ok());
        }
    }

    #[test]
    fn every_permission_has_its_reason(k in kijker(), h in handeling(), l in leerling()) {
        if k.mag(&h, &l).is_err() {
            return Ok(());
        }
        let scope = k.scope.clone().unwrap_or_default();
        match &h {
            Handeling::DossierLezen => prop_assert!(k.leerling_filter().matches(&l)),
            Handeling::BeperktLezen => prop_assert!(
                matches!(k.rol, Rol::Swv | Rol::Deskundige | Rol::Ouder) && k.mag_dossier_zien(&l)
            ),
            Handeling::GegevensWijzigen => prop_assert!(
                k.rol == Rol::School && l.huidige_scholen.iter().any(|s| s.vestiging == scope)
            ),
            Handeling::AanmeldingLezen(s) => prop_assert!(
                l.aanmeldingen.contains(s) || l.eerdere_aanmeldingen.contains(s)
            ),
            Handeling::AanmeldingBehandelen(s) => prop_assert!(
                k.rol == Rol::School
                    && s.vestiging == scope
                    && (l.aanmeldingen.contains(s) || l.eerdere_aanmeldingen.contains(s))
            ),
            Handeling::TlvAanvragen(s) => prop_assert!(
                matches!(k.rol, Rol::School | Rol::Bestuur)
                    && (l.huidige_scholen.contains(s) || l.aanmeldingen.contains(s))
            ),
            Handeling::TlvOntvangen(s) => prop_assert!(
                matches!(k.rol, Rol::School | Rol::Bestuur)
                    && (s.vestiging == scope || s.bestuur == scope)
                    && l.aanmeldingen.contains(s)
            ),
            Handeling::Koppelen => prop_assert!(matches!(k.rol, Rol::School | Rol::Swv)),
            Handeling::AdviesSchrijven { deskundige } => prop_assert!(
                k.rol == Rol::Deskundige && &scope == deskundige && l.deskundigen.contains(deskundige)
            ),
            Handeling::AdviesLezen { deskundige } => prop_assert!(
                k.mag_dossier_zien(&l) && (k.rol != Rol::Deskundige || &scope == deskundige)
            ),
            Handeling::OuderKoppelen => prop_assert!(
                k.rol == Rol::School
                    && (l.huidige_scholen.iter().chain(&l.aanmeldingen).any(|s| s.vestiging == scope))
            ),
            Handeling::OuderStap(_) => prop_assert!(
                k.rol == Rol::Ouder && l.ouders_met_gezag.contains(&scope) && l.ouders.contains(&scope)
            ),
            Handeling::BereidheidVerklaren(s) => prop_assert!(
                k.rol == Rol::School && s.vestiging == scope && l.gevraagde_scholen.contains(s)
            ),
            Handeling::VrijstellingAdviseren { swv } => {
                prop_assert!(k.rol == Rol::Swv && &scope == swv)
            }
        }
    }
}

/// Every role × action on one pupil enrolled at school 0, registered at school 1, with
/// ouder 7, a case at PO2605 and deskundige 3 asked: the expected answer, written out.
#[test]
fn every_role_and_action_on_one_pupil() {
    let l = LeerlingContext {
        huidige_scholen: vec![school(0)],
        aanmeldingen: vec![school(1)],
        woongemeente: "0356".into(),
        ouders: vec!["7".into(), "8".into()],
        ouders_met_gezag: vec!["7".into()],
        swv_zaken: vec!["PO2605".into()],
        deskundigen: vec!["3".into()],
        eerdere_aanmeldingen: vec![],
        gevraagde_scholen: vec![],
    };
    // Columns: dossier, beperkt, wijzigen, aanmelding lezen (school 1), behandelen (school 1),
    // TLV aanvragen (school 1), TLV ontvangen (school 1), koppelen, advies 3 schrijven,
    // advies 3 lezen, ouder koppelen, the parents' own step (OPP instemming).
    let verwacht: [(Rol, &str, [bool; 12]); 12] = [
        (
            Rol::School,
            "90AA00",
            [
                true, false, true, false, false, false, false, true, false, true, true, false,
            ],
        ),
        (
            Rol::School,
            "90AB00",
            [
                false, false, false, true, true, true, true, true, false, false, true, false,
            ],
        ),
        (
            Rol::Bestuur,
            "90001",
            [
                true, false, false, false, false, false, false, false, false, true, false, false,
            ],
        ),
        (
            Rol::Bestuur,
            "90002",
            [
                false, false, false, true, false, true, true, false, false, false, false, false,
            ],
        ),
        (
            Rol::Swv,
            "PO2605",
            [
                true, true, false, false, false, false, false, true, false, true, false, false,
            ],
        ),
        (
            Rol::Swv,
            "VO2605",
            [
                false, false, false, true, false, false, false, true, false, false, false, false,
            ],
        ),
        (
            Rol::Deskundige,
            "3",
            [
                true, true, false, false, false, false, false, false, true, true, false, false,
            ],
        ),
        (Rol::Deskundige, "4", [false; 12]),
        (
            Rol::Leerplicht,
            "0356",
            [
                true, false, false, false, false, false, false, false, false, true, false, false,
            ],
        ),
        (
            Rol::Ouder,
            "7",
            [
                true, true, false, false, false, false, false, false, false, true, false, true,
            ],
        ),
        (
            Rol::Ouder,
            "8",
            [
                true, true, false, false, false, false, false, false, false, true, false, false,
            ],
        ),
        (Rol::Opr, "PO2605", [false; 12]),
    ];
    for (rol, scope, antwoorden) in verwacht {
        let k = Kijker {
            rol,
            scope: Some(scope.into()),
        };
        for (h, ja) in Handeling::voorbeelden(&school(1), "3")
            .iter()
            .zip(antwoorden)
        {
            assert_eq!(k.mag(h, &l).is_ok(), ja, "{rol:?} {scope} {h:?}");
        }
    }
    for rol in [
        Rol::Inspectie,
        Rol::Ministerie,
        Rol::Beheerder,
        Rol::EigenBeheerder,
    ] {
        let k = Kijker { rol, scope: None };
        for h in Handeling::voorbeelden(&school(1), "3") {
            assert!(k.mag(&h, &l).is_err(), "{rol:?} {h:?}");
        }
    }
}
