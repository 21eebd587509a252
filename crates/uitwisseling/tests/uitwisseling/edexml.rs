//! The official EDEXML 2.1 example, refusals built from it, and a larger generated roster.

use jiff::civil::date;
use passend_uitwisseling::edexml::{self, EdexmlBestand};
use passend_uitwisseling::{Afwijzing, Geslacht, Identificatie};

use super::*;

fn lees_ok(xml: &[u8]) -> EdexmlBestand {
    edexml::lees(xml).unwrap_or_else(|afwijzing| panic!("afgewezen:\n{afwijzing}"))
}

fn lees_fout(xml: &[u8]) -> Afwijzing {
    match edexml::lees(xml) {
        Ok(_) => panic!("geaccepteerd, verwacht een afwijzing"),
        Err(afwijzing) => {
            assert!(!afwijzing.problemen().is_empty());
            afwijzing
        }
    }
}

#[test]
fn the_example_has_its_groups_pupils_and_staff() {
    let b = lees_ok(EDEXML);
    assert_eq!(b.school.brin.as_deref(), Some("99ZZ"));
    assert_eq!(b.school.dependancecode.as_deref(), Some("00"));
    assert_eq!(b.school.schooljaar, "2014-2015");
    assert_eq!(b.school.peildatum, Some(date(2014, 10, 1)));
    assert_eq!(b.vestigingen.len(), 2);
    assert_eq!(b.vestigingen[0].naam, "Vestiging Huissen");

    assert_eq!(b.groepen.len(), 8);
    assert_eq!(b.groepen.iter().filter(|g| g.samengesteld).count(), 3);
    let kabouters = &b.groepen[0];
    assert_eq!(
        (kabouters.key.as_str(), kabouters.naam.as_str()),
        ("001", "Kabouters")
    );
    assert_eq!(kabouters.jaargroep.as_deref(), Some("0"));

    assert_eq!(b.leerlingen.len(), 3);
    // Each pupil knows the line of its start tag, to be named by in a problem.
    let regels: Vec<_> = b.leerlingen.iter().map(|l| l.regel).collect();
    assert_eq!(regels, [Some(77), Some(94), Some(108)]);
    let wimpie = &b.leerlingen[0];
    assert_eq!(wimpie.key, "00001");
    assert_eq!(wimpie.roepnaam.as_deref(), Some("Wimpie"));
    assert_eq!(wimpie.geboortedatum, Some(date(2006, 6, 21)));
    // EDEXML: 1 = jongen.
    assert_eq!(wimpie.geslacht, Some(Geslacht::Man));
    assert_eq!(wimpie.groep.as_deref(), Some("GRP4B"));
    assert_eq!(wimpie.samengestelde_groepen, ["sg1", "sg2"]);
    assert_eq!(wimpie.jaargroep.as_deref(), Some("4"));
    assert!(
        wimpie
            .eckid
            .as_deref()
            .is_some_and(|id| id.starts_with("https://id.school/"))
    );

    let assati = &b.leerlingen[1];
    assert_eq!(
        assati.identificatie,
        Some(Identificatie::Bsn("133456785".into()))
    );
    assert_eq!(assati.postcode.as_deref(), Some("6971VB"));
    assert_eq!(assati.voornamen.as_deref(), Some("Ismaël Hassan"));
    assert_eq!(assati.instroomdatum, Some(date(2013, 8, 25)));
    assert_eq!(
        b.leerlingen[2].identificatie,
        Some(Identificatie::BsnLaatste4("2731".into()))
    );

    assert_eq!(b.medewerkers.len(), 3);
    assert_eq!(b.medewerkers[0].rollen, ["TAL"]);
    assert_eq!(b.medewerkers[1].groepen.len(), 5);
    let lia = &b.medewerkers[2];
    assert_eq!(lia.groepen[0].groep, "GRP4A");
    assert_eq!(lia.groepen[0].rollen, ["STA", "OWA"]);
}

#[test]
fn debug_hides_person_numbers_and_eck_ids() {
    let shown = format!("{:?}", lees_ok(EDEXML));
    assert!(!shown.contains("133456785"), "BSN in Debug");
    assert!(!shown.contains("2731"), "BSN digits in Debug");
    assert!(!shown.contains("id.school"), "ECK iD in Debug");
    assert!(shown.contains("Wimpie"));
}

#[test]
fn an_unknown_group_key_is_refused_by_the_schema_with_its_line() {
    let xml = vervang(EDEXML, "<groep key=\"GRP4B\"/>", "<groep key=\"GRP9Z\"/>");
    let afwijzing = lees_fout(&xml);
    let p = &afwijzing.problemen()[0];
    assert!(p.melding.starts_with("schema: "), "{afwijzing}");
    assert!(p.regel.is_some(), "{afwijzing}");
}

#[test]
fn a_missing_required_element_is_refused_with_its_line() {
    let xml = vervang(EDEXML, "<schooljaar>2014-2015</schooljaar>", "");
    let afwijzing = lees_fout(&xml);
    assert!(afwijzing.to_string().contains("schooljaar"), "{afwijzing}");
    assert_eq!(afwijzing.problemen()[0].regel, Some(16));
}

#[test]
fn wrong_roots_and_namespaces_are_refused() {
    assert!(
        lees_fout(OSO_FULL)
            .to_string()
            .contains("geen EDEXML-bestand")
    );
    let met_ns = vervang(EDEXML, "<EDEX ", "<EDEX xmlns=\"urn:iets\" ");
    assert!(lees_fout(&met_ns).to_string().contains("namespace"));
    assert!(lees_fout(b"").to_string().contains("leeg"));
    lees_fout(b"<EDEX>");
    lees_fout(&EDEXML[..EDEXML.len() / 3]);
    let klein = edexml::lees_met_limiet(EDEXML, 1000).unwrap_err();
    assert!(klein.to_string().contains("te groot"));
    assert_eq!(edexml::MAX_GROOTTE, 200 * 1024 * 1024);
}

/// A roster of `n` pupils in one group, as a LAS would export it.
fn rooster(n: usize) -> Vec<u8> {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EDEX>\n<school><schooljaar>2026-2027</schooljaar>\
         <brincode>90AA</brincode><dependancecode>00</dependancecode></school>\n\
         <groepen><groep key=\"G1\"><naam>Groep 1</naam><jaargroep>1</jaargroep></groep></groepen>\n<leerlingen>\n",
    );
    for i in 0..n {
        xml.push_str(&format!(
            "<leerling key=\"L{i}\"><achternaam>Jansen</achternaam><roepnaam>Kind {i}</roepnaam>\
             <geboortedatum>2019-01-01</geboortedatum><geslacht>2</geslacht><jaargroep>1</jaargroep>\
             <groep key=\"G1\"/><bsn>{:09}</bsn><postcodenl>3431AB</postcodenl></leerling>\n",
            100_000_000 + i
        ));
    }
    xml.push_str("</leerlingen>\n</EDEX>\n");
    xml.into_bytes()
}

#[test]
fn a_larger_roster_is_read_whole() {
    let b = lees_ok(&rooster(5_000));
    assert_eq!(b.leerlingen.len(), 5_000);
    assert_eq!(b.leerlingen[4_999].roepnaam.as_deref(), Some("Kind 4999"));
    assert_eq!(b.leerlingen[0].geslacht, Some(Geslacht::Vrouw));
    // The published schema's list of schooljaren ends at 2024-2025; ours does not.
    assert_eq!(b.school.schooljaar, "2026-2027");
}

#[test]
fn a_schooljaar_must_be_two_consecutive_years() {
    let xml = vervang(EDEXML, "<schooljaar>2014-2015<", "<schooljaar>2014-2016<");
    let afwijzing = lees_fout(&xml);
    assert!(
        afwijzing.to_string().contains("geen schooljaar"),
        "{afwijzing}"
    );
    assert_eq!(afwijzing.problemen()[0].regel, Some(15));
    let xml = vervang(
        EDEXML,
        "<schooljaar>2014-2015<",
        "<schooljaar>volgend jaar<",
    );
    assert!(lees_fout(&xml).to_string().starts_with("regel 15: schema:"));
}
