//! The forms' field readers (`passend_web::formulier`): the shared helpers here, each form in its own file.

mod aanmelding;
mod account;
mod bereidheid;
mod geschil;
mod leerling;
mod leerplicht;
mod ondersteuning;
mod plan;
mod registratie;
mod thuiszitters;
mod tlv;
mod uitstroom;

use passend_web::formulier::{
    Veldfout, datum, ingevuld, ja_nee, leerlingnummer, toegekend, verplichte_datum,
};

#[test]
fn json_names_are_camel_case() {
    for (veld, json) in [
        ("datum", "datum"),
        ("bereid_op", "bereidOp"),
        ("leerling.woon_postcode", "leerling.woonPostcode"),
    ] {
        assert_eq!(Veldfout::new(veld, "").json_naam(), json);
    }
}

#[test]
fn a_page_names_the_field_by_its_label() {
    let fout = Veldfout::new("bereid_op", "vul een datum in");
    let labels = [("bereid_op", "datum bereidverklaring")];
    assert_eq!(
        fout.clone().op_pagina(&labels).to_string(),
        "datum bereidverklaring: vul een datum in"
    );
    assert_eq!(
        fout.op_pagina(&[]).to_string(),
        "bereid_op: vul een datum in"
    );
}

#[test]
fn blank_form_fields_are_absent() {
    assert_eq!(ingevuld("  2026-01-05 "), Some("2026-01-05"));
    assert_eq!(ingevuld(" \t"), None);
}

#[test]
fn ja_or_nee_or_nothing() {
    assert_eq!(ja_nee("volgt", " ja"), Ok(Some(true)));
    assert_eq!(ja_nee("volgt", "nee"), Ok(Some(false)));
    assert_eq!(ja_nee("volgt", ""), Ok(None));
    assert_eq!(
        ja_nee("volgt", "misschien"),
        Err(Veldfout::new("volgt", "'misschien' is geen ja of nee"))
    );
}

#[test]
fn a_pupil_by_number() {
    assert_eq!(leerlingnummer(" 12 "), Ok(passend_store::LeerlingId(12)));
    assert_eq!(
        leerlingnummer("Sem "),
        Err(Veldfout::new("leerling", "'Sem' is geen leerlingnummer"))
    );
}

#[test]
fn a_request_is_granted_or_refused() {
    assert_eq!(toegekend("besluit", "toegekend"), Ok(true));
    assert_eq!(toegekend("besluit", "afgewezen"), Ok(false));
    assert_eq!(
        toegekend("besluit", "uitgesteld"),
        Err(Veldfout::new(
            "besluit",
            "'uitgesteld' is geen besluit: toegekend of afgewezen"
        ))
    );
}

#[test]
fn dates_are_parsed_as_given() {
    assert_eq!(
        datum("van", Some("2026-01-05")),
        Ok(Some(jiff::civil::date(2026, 1, 5)))
    );
    assert_eq!(datum("van", None), Ok(None));
    assert_eq!(
        datum("van", Some(" 2026-01-05")),
        Err(Veldfout::new(
            "van",
            "' 2026-01-05' is geen datum (JJJJ-MM-DD)"
        ))
    );
    assert_eq!(
        verplichte_datum("tot", None),
        Err(Veldfout::new("tot", "vul een datum in"))
    );
}
