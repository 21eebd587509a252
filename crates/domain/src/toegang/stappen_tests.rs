//! The narrow steps of other parties: the asked school and the advising SWV.

use super::*;

fn school(v: &str) -> SchoolContext {
    SchoolContext {
        vestiging: v.into(),
        bestuur: format!("b{v}"),
        swv: "PO2605".into(),
    }
}

fn kijker(rol: Rol, scope: &str) -> Kijker {
    Kijker {
        rol,
        scope: Some(scope.into()),
    }
}

#[test]
fn only_the_asked_school_answers_and_it_gets_no_dossier() {
    let l = LeerlingContext {
        aanmeldingen: vec![school("90AA00")],
        gevraagde_scholen: vec![school("90AB00")],
        woongemeente: "0356".into(),
        ..LeerlingContext::default()
    };
    let h = Handeling::BereidheidVerklaren(school("90AB00"));
    let gevraagd = kijker(Rol::School, "90AB00");
    assert_eq!(gevraagd.mag(&h, &l), Ok(()));
    assert_eq!(
        gevraagd.mag(&Handeling::DossierLezen, &l),
        Err(Weigering::BuitenScope)
    );
    // The school of aanmelding knows the child, so it hears why; a stranger sees nothing.
    assert_eq!(
        kijker(Rol::School, "90AA00").mag(&h, &l),
        Err(Weigering::AlleenDeGevraagdeSchool)
    );
    assert_eq!(
        kijker(Rol::School, "90AC00").mag(&h, &l),
        Err(Weigering::BuitenScope)
    );
    // A school that was not asked cannot answer.
    let niet = Handeling::BereidheidVerklaren(school("90AC00"));
    assert_eq!(
        kijker(Rol::School, "90AC00").mag(&niet, &l),
        Err(Weigering::BuitenScope)
    );
}

#[test]
fn only_the_asked_swv_advises_on_a_vrijstelling() {
    let l = LeerlingContext {
        woongemeente: "0356".into(),
        ..LeerlingContext::default()
    };
    let h = Handeling::VrijstellingAdviseren {
        swv: "PO2605".into(),
    };
    assert_eq!(kijker(Rol::Swv, "PO2605").mag(&h, &l), Ok(()));
    assert_eq!(
        kijker(Rol::Leerplicht, "0356").mag(&h, &l),
        Err(Weigering::AlleenHetSwv)
    );
    assert_eq!(
        kijker(Rol::Swv, "VO2605").mag(&h, &l),
        Err(Weigering::BuitenScope)
    );
}
