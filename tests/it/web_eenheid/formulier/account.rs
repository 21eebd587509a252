//! An invitation.

use passend_web::formulier::account::UitnodigingVelden;

fn velden<'a>(email: &'a str, rol: &'a str, werkgebied: &'a str) -> UitnodigingVelden<'a> {
    UitnodigingVelden {
        gebruikersnaam: "ib-boog",
        naam: "I. Boog",
        email,
        rol,
        werkgebied,
    }
}

#[test]
fn a_complete_invitation_is_read() {
    let u = velden(" IB@boog.nl ", "school", "90AA00").lees().unwrap();
    assert_eq!(u.email.unwrap().as_str(), "ib@boog.nl");
    assert_eq!(u.rol.scope.as_deref(), Some("90AA00"));
}

#[test]
fn every_wrong_field_is_named() {
    let fouten = velden("geen-adres", "school", "").lees().unwrap_err();
    let velden: Vec<_> = fouten.iter().map(|f| f.veld).collect();
    assert_eq!(velden, ["email", "werkgebied"]);
    let fouten = UitnodigingVelden {
        gebruikersnaam: "twee woorden",
        naam: " ",
        email: "",
        rol: "koning",
        werkgebied: "",
    }
    .lees()
    .unwrap_err();
    let velden: Vec<_> = fouten.iter().map(|f| f.veld).collect();
    assert_eq!(velden, ["gebruikersnaam", "naam", "email", "rol"]);
    let beheer = velden_fout("beheerder", "PO2605");
    assert_eq!(beheer, ["werkgebied"]);
}

fn velden_fout(rol: &str, werkgebied: &str) -> Vec<&'static str> {
    velden("a@b.nl", rol, werkgebied)
        .lees()
        .unwrap_err()
        .iter()
        .map(|f| f.veld)
        .collect()
}
