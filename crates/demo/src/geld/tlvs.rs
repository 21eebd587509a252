//! A TLV for every (v)so pupil enrolled on the demo's peildatum that has none, from the day
//! the enrolment began. Issued by the SWV of the school, except for every other pupil living
//! outside the region: their home SWV issued it (WEC art. 40: no school of origin in the
//! region), which is what makes the payer scenarios differ.

use crate::PEILDATUM;
use crate::regio::Regio;
use jiff::civil::Date;
use passend_domain::tlv::{Categorie, TlvSoort};
use passend_domain::{Schoolsoort, SwvCode};
use passend_store::overname::{Overname, Tlv};
use passend_store::{LeerlingId, Store, StoreError};
use std::collections::BTreeMap;

pub(super) async fn insert(store: &Store, regio: &mut Regio) -> Result<(), StoreError> {
    // (pupil, school sort, SWV of the school) with the first day enrolled there.
    let mut plekken: BTreeMap<(LeerlingId, Schoolsoort, &SwvCode), (Date, _)> = BTreeMap::new();
    for p in regio.plekken() {
        let soort = p.vestiging.soort;
        if !matches!(soort, Schoolsoort::So | Schoolsoort::Vso)
            || p.van > PEILDATUM
            || p.tot.is_some_and(|t| t < PEILDATUM)
            || regio.toegekend.contains(&(p.leerling.id, soort))
        {
            continue;
        }
        let key = (p.leerling.id, soort, &p.vestiging.swv);
        let van = plekken.get(&key).map_or(p.van, |(v, _)| p.van.min(*v));
        plekken.insert(key, (van, p.leerling));
    }
    let mut overname = Overname::default();
    let mut buiten = 0;
    for ((id, soort, school_swv), (van, leerling)) in plekken {
        let woon = leerling.woonregio()?;
        let woon = if soort == Schoolsoort::So {
            &woon.po_swv
        } else {
            &woon.vo_swv
        };
        let swv = match woon {
            Some(w) if w != school_swv => {
                buiten += 1;
                if buiten % 2 == 1 { w } else { school_swv }
            }
            _ => school_swv,
        };
        let categorie = match id.0 % 10 {
            0..=5 => Categorie::Laag,
            6..=8 => Categorie::Midden,
            _ => Categorie::Hoog,
        };
        overname.tlvs.push(Tlv {
            leerling: id,
            soort: if soort == Schoolsoort::So {
                TlvSoort::So
            } else {
                TlvSoort::Vso
            },
            swv: swv.clone(),
            categorie: Some(categorie),
            ingang: Some(van),
            einde: None,
            ontvangen: PEILDATUM,
        });
    }
    store.neem_over(&overname).await?;
    for t in &overname.tlvs {
        regio.swv_zaken.insert(t.leerling);
        let soort = t.soort.schoolsoort();
        regio.toegekend.insert((t.leerling, soort));
    }
    Ok(())
}
