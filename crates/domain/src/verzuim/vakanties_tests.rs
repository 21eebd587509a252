use super::*;
use crate::verzuim::{Dag, KALENDER_2024_2026_CSV, Kalender, lees_csv};
use jiff::civil::date;

/// Test input in the open-data layout: one holiday per regio and one for the whole country.
/// The dates are made up for the test, not the published ones.
const JSON: &str = r#"{"title": "Schoolvakanties 2026-2027", "content": [{"schoolyear": "2026-2027 ",
  "vacations": [
    {"type": "Herfstvakantie ", "compulsorydates": "false", "regions": [
      {"region": "noord", "startdate": "2026-10-16T22:00:00.000Z", "enddate": "2026-10-25T00:00:00.000Z"},
      {"region": "midden", "startdate": "2026-10-17T00:00:00.000Z", "enddate": "2026-10-25T00:00:00.000Z"},
      {"region": "zuid", "startdate": "2026-10-10T00:00:00.000Z", "enddate": "2026-10-18T00:00:00.000Z"}]},
    {"type": "Kerstvakantie", "compulsorydates": "true", "regions": [
      {"region": "heel Nederland", "startdate": "2026-12-19T00:00:00.000Z", "enddate": "2027-01-03T00:00:00.000Z"}]}]}]}"#;

#[test]
fn reads_the_open_data_layout_with_dates_in_amsterdam() {
    let rijen = lees_open_data(JSON).unwrap();
    assert_eq!(rijen.len(), 6);
    let noord = rijen
        .iter()
        .find(|v| v.regio == Vakantieregio::Noord && v.naam == "Herfstvakantie")
        .unwrap();
    // 22:00 UTC on the 16th is midnight of the 17th in Amsterdam (summer time).
    assert_eq!(
        (noord.start, noord.eind),
        (date(2026, 10, 17), date(2026, 10, 25))
    );
    assert_eq!(schooljaren(&rijen), vec![Schooljaar::starting_in(2026)]);
    let k = Kalender::uit_vakanties(Vakantieregio::Zuid, &rijen).unwrap();
    assert_eq!(k.dag(date(2026, 10, 12)), Dag::Vrij);
    assert!(k.is_schooldag(date(2026, 10, 19)));
    assert_eq!(k.dag(date(2026, 7, 1)), Dag::Buiten);
}

#[test]
fn an_incomplete_schooljaar_or_a_bad_field_is_refused_with_its_place() {
    let zonder_zuid = JSON.replace(r#"{"region": "zuid", "startdate": "2026-10-10T00:00:00.000Z", "enddate": "2026-10-18T00:00:00.000Z"}"#, "")
        .replace(r#"00:00.000Z"},
      ]"#, r#"00:00.000Z"}]"#);
    let e = lees_open_data(&zonder_zuid).unwrap_err().to_string();
    assert!(
        e.contains("Herfstvakantie heeft geen data voor regio zuid"),
        "{e}"
    );
    let oost = JSON.replace(r#""region": "zuid""#, r#""region": "oost""#);
    let e = lees_open_data(&oost).unwrap_err().to_string();
    assert_eq!(
        e,
        "2026-2027, Herfstvakantie, regio 'oost': verwacht noord, midden, zuid of heel Nederland"
    );
    let e = lees_open_data("{\"content\": [}").unwrap_err().to_string();
    assert!(e.starts_with("regel 1: kolom 14"), "{e}");
}

#[test]
fn the_shipped_csv_is_complete() {
    let rijen = lees_csv(KALENDER_2024_2026_CSV).unwrap();
    volledig(&rijen).unwrap();
    assert_eq!(
        schooljaren(&rijen),
        vec![Schooljaar::starting_in(2024), Schooljaar::starting_in(2025)]
    );
}
