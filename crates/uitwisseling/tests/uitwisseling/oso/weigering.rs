//! What is refused: categories, code lists, dates, BSNs, schema and garbage.

use super::*;

#[test]
fn data_of_a_forbidden_category_is_refused_by_name() {
    let xml = vervang(
        OSO_FULL,
        "<cat_handelingsplannen>OPTIONEEL",
        "<cat_handelingsplannen>VERBODEN",
    );
    let afwijzing = lees_fout(&xml);
    assert!(
        afwijzing
            .to_string()
            .contains("categorie Handelingsplannen"),
        "{afwijzing}"
    );
    assert!(afwijzing.to_string().contains("VERBODEN"), "{afwijzing}");
}

#[test]
fn a_mandatory_category_without_data_is_refused() {
    let xml = vervang(
        OSO_OPT_OUT,
        "<cat_verzuim>OPT-UIT</cat_verzuim>",
        "<cat_verzuim>VERPLICHT</cat_verzuim>",
    );
    let afwijzing = lees_fout(&xml);
    assert!(
        afwijzing
            .to_string()
            .contains("categorie Verzuim (cat_verzuim) is VERPLICHT")
    );
}

#[test]
fn an_unknown_category_value_is_refused() {
    let xml = vervang(OSO_FULL, "<cat_vve>OPTIONEEL", "<cat_vve>MISSCHIEN");
    assert!(lees_fout(&xml).to_string().contains("'MISSCHIEN'"));
}

#[test]
fn tlv_categories_follow_code_list_31() {
    for (code, categorie) in [
        ("H", TlvCategorie::Hoog),
        ("M", TlvCategorie::Midden),
        ("Nvt", TlvCategorie::NietVanToepassing),
    ] {
        let xml = vervang(
            OSO_FULL,
            "<tlvcategorie>L</tlvcategorie>",
            &format!("<tlvcategorie>{code}</tlvcategorie>"),
        );
        assert_eq!(lees_ok(&xml).tlv[0].categorie, categorie);
    }
    let xml = vervang(OSO_FULL, "<tlvcategorie>L<", "<tlvcategorie>Zwaar<");
    let afwijzing = lees_fout(&xml);
    let p = &afwijzing.problemen()[0];
    assert!(p.melding.contains("codelijst 31"), "{afwijzing}");
    assert!(p.regel.is_some());
}

#[test]
fn a_date_the_calendar_does_not_have_is_refused() {
    // Valid xs:date (the schema allows 5-digit years), but no calendar date we can use.
    let xml = vervang(
        OSO_FULL,
        "<opp_ingangdatum>2015-05-04",
        "<opp_ingangdatum>12015-05-04",
    );
    let afwijzing = lees_fout(&xml);
    assert!(
        afwijzing
            .to_string()
            .contains("'12015-05-04' is geen geldige datum"),
        "{afwijzing}"
    );
    assert!(afwijzing.problemen()[0].regel.is_some());
}

#[test]
fn consent_follows_code_list_37() {
    let xml = vervang(OSO_FULL, "<toestemming>Ja<", "<toestemming>Misschien<");
    assert!(lees_fout(&xml).to_string().contains("codelijst 37"));
}

#[test]
fn a_bsn_is_refused_in_a_swv_dossier_but_read_and_hidden_elsewhere() {
    let met_bsn = vervang(OSO_FULL, "<leerlingid>", "<bsn>123456782</bsn><leerlingid>");
    let afwijzing = lees_fout(&met_bsn);
    assert!(afwijzing.to_string().contains("PaO.LL12"), "{afwijzing}");
    assert!(!afwijzing.to_string().contains("123456782"));

    let overstap = vervang(&met_bsn, ">swv-dossier<", ">overstapdossier<");
    let d = lees_ok(&overstap);
    assert_eq!(
        d.leerling.identificatie,
        Some(Identificatie::Bsn("123456782".into()))
    );
    assert!(
        !format!("{d:?}").contains("123456782"),
        "Debug shows the BSN"
    );
}

#[test]
fn a_schema_violation_is_refused_with_its_line() {
    // The pupil's achternaam is required.
    let xml = vervang(
        OSO_FULL,
        "<achternaam>Berg</achternaam>\n      <roepnaam>",
        "<roepnaam>",
    );
    let afwijzing = lees_fout(&xml);
    let p = &afwijzing.problemen()[0];
    assert!(p.melding.starts_with("schema: "), "{afwijzing}");
    assert!(p.melding.contains("achternaam"), "{afwijzing}");
    assert!(
        !p.melding.contains("edustandaard.nl"),
        "namespace noise: {afwijzing}"
    );
    let regel_roepnaam = std::str::from_utf8(&xml)
        .unwrap()
        .lines()
        .position(|l| l.contains("<roepnaam>"))
        .unwrap() as u32
        + 1;
    assert_eq!(p.regel, Some(regel_roepnaam));
}

#[test]
fn wrong_roots_namespaces_and_sizes_are_refused() {
    let edex = lees_fout(EDEXML).to_string();
    assert!(
        edex.contains("geen OSO-bestand") && edex.contains("<EDEX>"),
        "{edex}"
    );

    let oud = vervang(
        OSO_FULL,
        "oso_gegevensset/2019/dossier",
        "oso_gegevensset/2018/dossier",
    );
    assert!(lees_fout(&oud).to_string().contains("namespace"));

    let groot = oso::lees_met_limiet(OSO_FULL, 100_000).unwrap_err();
    assert!(groot.to_string().contains("te groot"), "{groot}");
    assert_eq!(oso::MAX_GROOTTE, 20 * 1024 * 1024);
}

#[test]
fn empty_garbage_and_truncated_input_is_refused() {
    assert!(lees_fout(b"").to_string().contains("leeg"));
    lees_fout(b"dit is geen xml");
    lees_fout(&[0u8; 64]);
    lees_fout(b"<?xml version=\"1.0\"?>");
    for lengte in [10, 1000, OSO_FULL.len() / 2, OSO_FULL.len() - 3] {
        let afwijzing = lees_fout(&OSO_FULL[..lengte]);
        assert!(
            afwijzing.problemen()[0].melding.starts_with("xml: "),
            "{afwijzing}"
        );
    }
}
