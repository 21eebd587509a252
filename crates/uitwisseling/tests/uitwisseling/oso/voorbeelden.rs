//! The full and opt-out examples map as the standard says.

use super::*;

#[test]
fn the_full_example_maps_pupil_school_and_consent() {
    let d = lees_ok(OSO_FULL);
    assert_eq!(d.metadata.datum, date(2016, 1, 2));
    assert_eq!(d.metadata.overdrachtsoort, "swv-dossier");
    assert_eq!(d.metadata.overstap.as_deref(), Some("POSWV"));

    let l = &d.leerling;
    assert_eq!(l.voornamen, ["Björn", "Johannes", "Martinus", "Franciscus"]);
    assert_eq!(l.roepnaam.as_deref(), Some("Daan"));
    assert_eq!(l.voorvoegsel.as_deref(), Some("van de"));
    assert_eq!(l.achternaam, "Berg");
    assert_eq!(l.geboortedatum, Some(date(2003, 3, 17)));
    assert_eq!(l.geslacht, Some(Geslacht::Man));
    assert_eq!(l.leerlingid.as_deref(), Some("LN094837"));
    // OSO forbids BSN and onderwijsnummer in a swv-dossier; the example has neither.
    assert_eq!(l.identificatie, None);
    assert_eq!(l.adressen.len(), 3);
    assert_eq!(l.adressen[0].postcode, "7311BA");
    assert_eq!(l.adressen[0].plaats, "Apeldoorn");

    assert_eq!(d.school.naam, "Testschool");
    assert_eq!(
        (d.school.brin.as_str(), d.school.vestigingscode.as_str()),
        ("00YY", "00")
    );

    let inzage = d.inzage.as_ref().expect("inzage");
    assert_eq!(inzage.ingezien, Some(true));
    assert_eq!(inzage.inzagedatum, Some(date(2016, 3, 31)));
    assert_eq!(inzage.akkoord, Some(Antwoord::Nee));
    assert_eq!(
        inzage.reden_niet_akkoord.as_deref(),
        Some("Teveel zorggegevens in het dossier")
    );
    assert_eq!(inzage.toestemming, Some(Antwoord::Ja));

    assert_eq!(d.verzorgers.len(), 5);
    let vader = &d.verzorgers[0];
    assert_eq!(
        (vader.voornamen[0].as_str(), vader.achternaam.as_str()),
        ("Pieter", "Berg")
    );
    assert!(vader.wettig_vertegenwoordiger);
    assert_eq!(d.verzorgers[1].geslacht, Some(Geslacht::Vrouw));
    // The secret e-mail address of Tanja is not passed on.
    assert_eq!(d.verzorgers[1].contact.len(), 1);
    assert_eq!(d.schoolloopbaan.len(), 10);
    assert_eq!(d.schoolloopbaan[3].brin, "14AI");
    assert_eq!(d.opt_out, ["Eindtoets BO", "VO-MBO"]);
}

#[test]
fn the_full_example_maps_opp_tlv_support_and_absence() {
    let d = lees_ok(OSO_FULL);
    let opp = d.opp.as_ref().expect("opp");
    assert_eq!(opp.ingangsdatum, date(2015, 5, 4));
    assert_eq!(opp.einddatum, Some(date(2016, 5, 4)));

    assert_eq!(d.tlv.len(), 1);
    let tlv = &d.tlv[0];
    assert_eq!(tlv.swv, "PO00YY");
    assert_eq!(tlv.categorie, TlvCategorie::Laag);
    assert_eq!(tlv.categorie.code(), "L");
    assert_eq!(tlv.ingangsdatum, date(2016, 4, 4));
    assert_eq!(tlv.einddatum, Some(date(2018, 7, 31)));
    assert_eq!(tlv.beschikkingsnummer, "55667788abcd");

    let soorten: Vec<_> = d.ondersteuning.iter().map(|o| o.soort).collect();
    assert_eq!(
        soorten,
        [
            SoortOndersteuning::Handelingsplan,
            SoortOndersteuning::ArrangementCluster12,
            SoortOndersteuning::Arrangement,
        ]
    );
    assert_eq!(
        d.ondersteuning[0].omschrijving.as_deref(),
        Some("rekenvaardigheid")
    );
    assert_eq!(d.ondersteuning[0].begindatum, date(2014, 1, 1));
    let arrangement = &d.ondersteuning[2];
    assert_eq!(
        arrangement.omschrijving.as_deref(),
        Some("Kenmerk zonder codelijst")
    );
    assert_eq!(
        arrangement.beschikkingsnummer.as_deref(),
        Some("1232342342342")
    );
    assert_eq!(arrangement.einddatum, Some(date(2019, 1, 28)));
    assert_eq!(d.ondersteuning[1].brin.as_deref(), Some("00YY"));

    let verzuim = d.verzuim.as_ref().expect("verzuim");
    assert_eq!(verzuim.dagdelen_geoorloofd, Some(12));
    assert_eq!(verzuim.dagdelen_ongeoorloofd, Some(2));
    assert_eq!(verzuim.frequentie, Some(2));
    assert_eq!(verzuim.meer_dan_25_procent, Some(false));
    assert_eq!(verzuim.contact_leerplicht, Some(true));
    assert_eq!(verzuim.uren_geoorloofd, None);
}

#[test]
fn the_full_example_has_14_attachments_and_5_restricted_facts() {
    let d = lees_ok(OSO_FULL);
    assert_eq!(d.bijlagen.len(), 14);
    let tel = |bron| d.bijlagen.iter().filter(|b| b.bron == bron).count();
    assert_eq!(tel(BijlageBron::Diagnose), 2);
    assert_eq!(tel(BijlageBron::Opp), 2);
    assert_eq!(tel(BijlageBron::Toets), 4);
    assert_eq!(tel(BijlageBron::Overig), 2);
    // The diagnosis reports and the three WISC (IQ) documents.
    assert_eq!(d.bijlagen.iter().filter(|b| b.beperkt).count(), 5);

    let opp = d
        .bijlagen
        .iter()
        .find(|b| b.naam == "opp.docx")
        .expect("opp.docx");
    assert_eq!(
        opp.omschrijving.as_deref(),
        Some("ontwikkelingsperspectiefplan")
    );
    assert_eq!(opp.grootte, 21522);
    assert_eq!(opp.inhoud.len(), opp.grootte);
    assert!(opp.ingepakt && opp.inhoud.starts_with(b"PK\x03\x04"));
    assert_eq!(opp.mime_type, "application/zip");
    assert_eq!(
        opp.document_mime_type(),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert!(
        !format!("{opp:?}").contains("80, 75"),
        "Debug must not dump the bytes"
    );

    let soorten: Vec<&str> = d.beperkt.iter().map(|b| b.soort.as_str()).collect();
    assert_eq!(
        soorten,
        [
            "diagnose",
            "diagnose",
            "medicijngebruik",
            "intelligentieonderzoek",
            "intelligentieonderzoek"
        ]
    );
    assert!(
        d.beperkt[0]
            .omschrijving
            .contains("Slechthorend en slechtziend")
    );
    assert!(d.beperkt[0].omschrijving.contains("H91.9.s, H54.2"));
    assert_eq!(d.beperkt[0].datum, Some(date(2012, 2, 23)));
    assert!(d.beperkt[1].omschrijving.contains("ADHD"));
    assert!(d.beperkt[4].omschrijving.contains("IQ 114"));
    assert_eq!(d.beperkt[4].datum, Some(date(2016, 1, 10)));
}

#[test]
fn the_opt_out_example_withholds_what_the_parents_objected_to() {
    let d = lees_ok(OSO_OPT_OUT);
    assert_eq!(
        d.opt_out,
        [
            "Ouderinzage",
            "VVE",
            "Overstapadvies",
            "Verzuim",
            "Eindtoets BO",
            "Toetsresultaten",
            "Handelingsplannen",
            "Cijferlijsten",
            "VO-MBO",
            "Bijlagedocs"
        ]
    );
    assert_eq!(d.inzage, None);
    assert_eq!(d.verzuim, None);
    assert!(
        d.ondersteuning
            .iter()
            .all(|o| o.soort != SoortOndersteuning::Handelingsplan)
    );
    let geen = [
        BijlageBron::Verzuim,
        BijlageBron::Toets,
        BijlageBron::Overig,
        BijlageBron::Handelingsplan,
        BijlageBron::Eindtoets,
    ];
    assert!(d.bijlagen.iter().all(|b| !geen.contains(&b.bron)));
    assert!(
        d.beperkt
            .iter()
            .all(|b| b.soort != "intelligentieonderzoek")
    );
    // Onderwijsondersteuning stays VERPLICHT and is delivered.
    assert_eq!(d.tlv.len(), 1);
    assert_eq!(d.bijlagen.len(), 6);
    assert_eq!(d.beperkt.len(), 3);
}

#[test]
fn data_of_an_opted_out_category_is_refused_by_name() {
    let xml = vervang(
        OSO_FULL,
        "<cat_verzuim>OPTIONEEL</cat_verzuim>",
        "<cat_verzuim>OPT-UIT</cat_verzuim>",
    );
    let afwijzing = lees_fout(&xml);
    let p = &afwijzing.problemen()[0];
    assert!(p.melding.contains("categorie Verzuim"), "{afwijzing}");
    assert!(
        p.melding.contains("OPT-UIT") && p.melding.contains("<verzuim>"),
        "{afwijzing}"
    );
    let regel_verzuim = std::str::from_utf8(&xml)
        .unwrap()
        .lines()
        .position(|l| l.trim() == "<verzuim>")
        .unwrap() as u32
        + 1;
    assert_eq!(p.regel, Some(regel_verzuim));
}
