//! Every role × every function, with the expected answers written out.

use super::*;
use Rol::*;

/// Per function, the roles that have it; every other role must not.
const TABEL: [(Functie, &[Rol]); 43] = [
    (Functie::MijnSchool, &[School]),
    (Functie::LeerlingenInlezen, &[School]),
    (Functie::VerzuimInlezen, &[School]),
    (Functie::Aanmelden, &[School]),
    (Functie::OndersteuningsprofielBijwerken, &[School]),
    (Functie::OppVastleggen, &[School]),
    (Functie::ArrangementAanvragen, &[School]),
    (Functie::SymbioseVastleggen, &[School]),
    (Functie::TlvAanvragen, &[School, Bestuur]),
    (Functie::OsoInlezen, &[School, Swv]),
    (Functie::MijnSwv, &[Swv, Opr]),
    (Functie::TlvBeslissen, &[Swv]),
    (Functie::ArrangementToekennen, &[Swv]),
    (Functie::DeskundigenRegister, &[Swv]),
    (Functie::IntegraalArrangementVastleggen, &[Swv]),
    (Functie::EscalatieladderVastleggen, &[Swv]),
    (Functie::Doorzetten, &[Swv]),
    (Functie::PlanSchrijven, &[Swv]),
    (Functie::AdviesOpdrachten, &[Deskundige]),
    (Functie::Leerplichtoverzicht, &[Leerplicht]),
    (Functie::OuderKinderen, &[Ouder]),
    (Functie::Inzagelog, &[Ouder]),
    (Functie::ZorgplichtSignalen, &[Inspectie, Ministerie]),
    (Functie::Onderzoeksbestand, &[Ministerie]),
    (Functie::Monitor, &[Swv, Opr, Inspectie, Ministerie]),
    (
        Functie::Geld,
        &[Bestuur, Swv, Opr, Inspectie, Ministerie, Beheerder],
    ),
    (Functie::Beheer, &[Beheerder]),
    (Functie::Accounts, &[Beheerder, EigenBeheerder]),
    (Functie::ApiSleutels, &Rol::ALL),
    (Functie::Verantwoording, &Rol::ALL),
    (
        Functie::Verantwoordingscijfers,
        &[Swv, Opr, Inspectie, Ministerie],
    ),
    (
        Functie::UitstroomVergelijken,
        &[School, Bestuur, Swv, Opr, Inspectie, Ministerie],
    ),
    (Functie::UitstroomVastleggen, &[School, Bestuur, Swv]),
    (Functie::Geschillen, &[School, Bestuur, Swv, Ouder]),
    (Functie::GeschilPartij, &[School, Bestuur, Swv]),
    (Functie::Aanmeldingen, &[School, Bestuur, Swv]),
    (Functie::Verzuim, &[School, Bestuur, Swv, Leerplicht]),
    (Functie::Thuiszitters, &[School, Bestuur, Swv, Leerplicht]),
    (
        Functie::ThuiszitterZaak,
        &[School, Bestuur, Swv, Deskundige, Leerplicht],
    ),
    (Functie::Ondersteuning, &[School, Bestuur, Swv, Deskundige]),
    (Functie::InspectieMeldingen, &[Inspectie]),
    (Functie::Briefhoofd, &[Swv, Leerplicht]),
    (Functie::Postadres, &[Ouder]),
];

fn kijker(rol: Rol) -> Kijker {
    Kijker {
        rol,
        scope: Some("X".into()),
    }
}

#[test]
fn every_role_has_exactly_the_functions_in_the_table() {
    assert_eq!(TABEL.map(|(f, _)| f), Functie::ALL, "one row per function");
    for (f, rollen) in TABEL {
        for rol in Rol::ALL {
            assert_eq!(
                kijker(rol).mag_functie(&f),
                rollen.contains(&rol),
                "{rol} × {f:?}"
            );
        }
    }
}

#[test]
fn the_scope_comes_only_with_the_function() {
    for (f, _) in TABEL {
        for rol in Rol::ALL {
            let k = kijker(rol);
            let verwacht = k.mag_functie(&f).then_some("X");
            assert_eq!(k.scope_voor(&f), verwacht, "{rol} × {f:?}");
            let zonder = Kijker { rol, scope: None };
            assert_eq!(zonder.scope_voor(&f), None);
        }
    }
    assert_eq!(kijker(School).eigen_vestiging(), Some("X"));
    assert_eq!(kijker(Bestuur).eigen_vestiging(), None);
    assert_eq!(kijker(Swv).eigen_swv(), Some("X"));
    assert_eq!(kijker(Opr).eigen_swv(), Some("X"));
    assert_eq!(kijker(Leerplicht).eigen_swv(), None);
}
