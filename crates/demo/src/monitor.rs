//! Demo data for the monitor area: schorsingen, verwijderingen and vrijstellingen in the
//! current schooljaar, so that every monitor figure has something to count — some counts
//! large, some below the small-cell threshold. Pupils are picked deterministically, away
//! from the demo's own cases (vestiging 90AA00, pupils with a brother or sister (the demo
//! ouder's children among them), pupils with an aanmelding or an SWV case, gemeente 0356 of
//! the leerplicht account), so the other demo stories stay as they are.

use crate::regio::Regio;
use jiff::ToSpan;
use jiff::civil::Date;
use passend_domain::vrijstelling::Grond;
use passend_domain::{Gemeentecode, Schooljaar, Schoolsoort, VestigingCode};
use passend_store::overname::{Overname, Schorsing, Verwijdering, Vrijstelling};
use passend_store::{LeerlingId, Store, StoreError};
use std::collections::{BTreeMap, BTreeSet};

/// A pupil to pick: (pupil, vestiging, gemeente of the address).
type Kandidaat = (LeerlingId, String, Gemeentecode);

/// A day in the current schooljaar up to today, spread by `k`.
fn dag(today: Date, k: i64) -> Date {
    let start = Schooljaar::of(today).start();
    let dagen = start
        .until(today)
        .map(|s| i64::from(s.get_days()))
        .unwrap_or(0);
    start.saturating_add((k * 7 % (dagen + 1)).days())
}

/// The candidates per (SWV, schoolsoort), in pupil order.
fn kandidaten(
    regio: &Regio,
) -> Result<BTreeMap<(String, Schoolsoort), Vec<Kandidaat>>, StoreError> {
    let broers_zussen: BTreeSet<LeerlingId> = regio
        .ouders
        .iter()
        .filter(|o| o.kinderen.len() > 1)
        .flat_map(|o| o.kinderen.iter().map(|&k| regio.leerlingen[k].id))
        .collect();
    let aangemeld: BTreeSet<LeerlingId> = regio.aanmeldingen.iter().map(|a| a.0).collect();
    let mut uit: BTreeMap<_, Vec<Kandidaat>> = BTreeMap::new();
    for p in regio.lopend() {
        let id = p.leerling.id;
        let gemeente = p.leerling.gemeentecode()?;
        if p.vestiging.code == "90AA00"
            || gemeente.as_str() == "0356"
            || regio.swv_zaken.contains(&id)
            || aangemeld.contains(&id)
            || broers_zussen.contains(&id)
        {
            continue;
        }
        uit.entry((p.vestiging.swv.as_str().to_string(), p.vestiging.soort))
            .or_default()
            .push((id, p.vestiging.code.clone(), gemeente));
    }
    Ok(uit)
}

pub(crate) async fn insert(store: &Store, regio: &Regio, today: Date) -> Result<(), StoreError> {
    let per_soort = kandidaten(regio)?;
    let mut gebruikt = BTreeSet::new();
    let mut kies = |swv: &str, soort: Schoolsoort, n: usize| -> Vec<Kandidaat> {
        let lijst = per_soort
            .get(&(swv.to_string(), soort))
            .cloned()
            .unwrap_or_default();
        let vrij: Vec<_> = lijst
            .into_iter()
            .filter(|(id, _, _)| !gebruikt.contains(id))
            .collect();
        let stap = (vrij.len() / (n + 1)).max(1);
        let gekozen: Vec<_> = vrij.into_iter().step_by(stap).take(n).collect();
        gebruikt.extend(gekozen.iter().map(|(id, _, _)| *id));
        gekozen
    };
    let mut o = Overname::default();
    // Schorsingen longer than one day: many in bao and vo, a few in sbo; and one of a
    // single day, which the monitor does not count.
    let mut k = 0;
    for (swv, soort, n, dagen) in [
        ("PO2605", Schoolsoort::Bao, 14, 3),
        ("PO2605", Schoolsoort::Sbo, 3, 2),
        ("VO2605", Schoolsoort::Vo, 22, 4),
        ("VO2605", Schoolsoort::Pro, 2, 2),
        ("PO2605", Schoolsoort::Bao, 1, 1),
    ] {
        for (leerling, vestiging, _) in kies(swv, soort, n) {
            k += 1;
            let van = dag(today, k);
            o.schorsingen.push(Schorsing {
                leerling,
                vestiging: VestigingCode::parse(&vestiging)?,
                van,
                tot: van.saturating_add((dagen - 1).days()),
                reden: "herhaald grensoverschrijdend gedrag na afspraken met ouders".into(),
                inspectie_melding: (dagen > 1).then_some(van),
            });
        }
    }
    // Verwijderingen, each after another school agreed to admit the pupil.
    for (swv, soort, n) in [
        ("VO2605", Schoolsoort::Vo, 3),
        ("PO2605", Schoolsoort::Bao, 1),
    ] {
        for (leerling, vestiging, _) in kies(swv, soort, n) {
            k += 1;
            o.verwijderingen.push(Verwijdering {
                leerling,
                vestiging: VestigingCode::parse(&vestiging)?,
                datum: dag(today, k),
                andere_school: "een andere school in de regio".into(),
                stem_kind: "het kind is gehoord".into(),
                overleg_inspectie: soort == Schoolsoort::Vo,
            });
        }
    }
    // Vrijstellingen verleend by the gemeenten outside Nieuwegein.
    for (swv, soort, grond, n) in [
        ("PO2605", Schoolsoort::Bao, Grond::Art5a, 12),
        ("PO2605", Schoolsoort::Bao, Grond::Art5b, 3),
        ("VO2605", Schoolsoort::Vo, Grond::Art5a, 16),
        ("VO2605", Schoolsoort::Vo, Grond::Art11, 4),
        ("PO2605", Schoolsoort::So, Grond::Art5a, 2),
    ] {
        for (leerling, _, gemeente) in kies(swv, soort, n) {
            k += 1;
            let van = dag(today, k);
            let art5a = grond == Grond::Art5a;
            o.vrijstellingen.push(Vrijstelling {
                leerling,
                gemeente,
                grond,
                van,
                tot: Some(Schooljaar::of(today).end()),
                verklaring_datum: art5a.then_some(van),
                verklaring_van_behandelaar: art5a,
                besluit_datum: van,
            });
        }
    }
    store.neem_over(&o).await
}
