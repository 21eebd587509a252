//! The confirmation step's kept input (`pages::bevestigen::Invoer`).

use passend_web::intern::BevestigInvoer as Invoer;

fn invoer() -> Invoer {
    let velden = [("csrf", "x"), ("soort", "elders"), ("terug", "ja")]
        .map(|(k, v)| (k.to_string(), v.to_string()));
    Invoer::new("/aanmeldingen/12/besluit".into(), velden.to_vec())
}

#[test]
fn the_input_is_kept_without_the_confirmations_own_fields() {
    let i = invoer();
    assert_eq!(i.velden(), [("soort".to_string(), "elders".to_string())]);
    assert!(i.gekozen("soort", "elders") && !i.aangevinkt("reden"));
}

#[test]
fn only_the_form_the_user_came_from_is_filled_in() {
    let i = invoer();
    assert!(i.voor("besluit", 12).ingevuld());
    assert!(!i.voor("besluit", 1).ingevuld());
    assert!(!i.voor("verlengen", 12).ingevuld());
}
