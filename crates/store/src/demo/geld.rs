//! Demo data for the geld area, made through the store's own functions: the TLVs behind the
//! demo's (v)so pupils (so that the afdracht has something to count, with a few pupils from
//! outside the region whose TLV their home SWV issued), a verdeelmodel per demo SWV, and
//! annual figures for a few boekjaren with one year over the signaleringswaarde. The annual
//! figures are fictitious, like every other demo figure.

use super::{DEMO_PO_SWV, DEMO_VO_SWV, PEILDATUM};
use crate::geld::{NieuweJaarcijfers, laatste_telbare_schooljaar};
use crate::tlv::{ExterneTlv, bewaar_externe_tlv};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError};
use jiff::civil::Date;
use passend_domain::bekostiging::verdeelmodel::Verdeelmodel;
use passend_domain::{Kijker, Rol, Schooljaar, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;

const ROUTE: &str = "demo";

async fn swv_medewerker(
    store: &Store,
    gebruiker: &str,
    swv: &str,
) -> Result<Verzoeker, StoreError> {
    let id: i64 = sqlx::query("SELECT id FROM account WHERE gebruikersnaam = $1")
        .bind(gebruiker)
        .fetch_one(&store.pool)
        .await?
        .try_get(0)?;
    Ok(Verzoeker {
        account_id: id,
        kijker: Kijker {
            rol: Rol::Swv,
            scope: Some(swv.to_string()),
        },
    })
}

fn d(s: &str) -> Decimal {
    s.parse().expect("demo amount")
}

pub(super) async fn insert(store: &Store, today: Date) -> Result<(), StoreError> {
    tlvs(store).await?;
    let po = swv_medewerker(store, "swv-po", DEMO_PO_SWV).await?;
    let vo = swv_medewerker(store, "swv-vo", DEMO_VO_SWV).await?;
    let jaren = [Schooljaar::of(today), laatste_telbare_schooljaar(today)];
    for (wie, swv, model, uitleg) in [
        (
            &po,
            DEMO_PO_SWV,
            Verdeelmodel {
                eigen_taken: d("0.12"),
                per_leerling: d("0.70"),
            },
            "12% voor loket, deskundigen en organisatie; van de rest 70% per leerling, 30% naar de toegekende arrangementen.",
        ),
        (
            &vo,
            DEMO_VO_SWV,
            Verdeelmodel {
                eigen_taken: d("0.10"),
                per_leerling: d("0.50"),
            },
            "10% eigen taken; de rest half per leerling, half naar arrangementen.",
        ),
    ] {
        let swv = SwvCode::parse(swv)?;
        for sj in jaren {
            store
                .bewaar_verdeelmodel(wie, &swv, sj, &model, uitleg, ROUTE)
                .await?;
        }
    }
    // PO2605: only 2024 over the signaleringswaarde (3,5% of 9,1 mln = 318.500), 2025 spent down;
    // each reserve follows from the year before (reserve + baten − lasten).
    let po_swv = SwvCode::parse(DEMO_PO_SWV)?;
    for (jaar, baten, lasten, reserve) in [
        (2023, "8840000.00", "8615000.00", "295000.00"),
        (2024, "9100000.00", "8260000.00", "1135000.00"),
        (2025, "9310000.00", "10155000.00", "290000.00"),
    ] {
        store
            .bewaar_jaarcijfers(
                &po,
                &po_swv,
                &NieuweJaarcijfers {
                    jaar,
                    baten: d(baten),
                    lasten: d(lasten),
                    reserve: d(reserve),
                },
                ROUTE,
            )
            .await?;
    }
    let vo_swv = SwvCode::parse(DEMO_VO_SWV)?;
    for (jaar, baten, lasten, reserve) in [
        (2024, "7250000.00", "7190000.00", "260000.00"),
        (2025, "7410000.00", "7395000.00", "275000.00"),
    ] {
        store
            .bewaar_jaarcijfers(
                &vo,
                &vo_swv,
                &NieuweJaarcijfers {
                    jaar,
                    baten: d(baten),
                    lasten: d(lasten),
                    reserve: d(reserve),
                },
                ROUTE,
            )
            .await?;
    }
    Ok(())
}

/// A TLV for every (v)so pupil enrolled on the demo's peildatum that has none, from the day
/// the enrolment began. Issued by the SWV of the school, except for every other pupil living
/// outside the region: their home SWV issued it (WEC art. 40: no school of origin in the
/// region), which is what makes the payer scenarios differ.
async fn tlvs(store: &Store) -> Result<(), StoreError> {
    let rows = sqlx::query(
        "SELECT i.leerling_id, v.schoolsoort, v.swv_code, p.po_swv, p.vo_swv, MIN(i.van) \
         FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         JOIN leerling l ON l.id = i.leerling_id JOIN postcode_regio p ON p.pc4 = l.pc4 \
         WHERE v.schoolsoort IN ('so', 'vso') AND i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
         AND NOT EXISTS (SELECT 1 FROM tlv t WHERE t.leerling_id = i.leerling_id AND t.soort = v.schoolsoort AND t.besluit = 'toegekend') \
         GROUP BY i.leerling_id, v.schoolsoort, v.swv_code, p.po_swv, p.vo_swv ORDER BY i.leerling_id",
    )
    .bind(PEILDATUM.to_string())
    .fetch_all(&store.pool)
    .await?;
    let mut tx = store.begin_write().await?;
    let mut buiten = 0;
    for r in rows {
        let id: i64 = r.try_get(0)?;
        let soort: String = r.try_get(1)?;
        let school_swv: String = r.try_get(2)?;
        let woon: Option<String> = if soort == "so" {
            r.try_get(3)?
        } else {
            r.try_get(4)?
        };
        let van: String = r.try_get(5)?;
        let tlv_swv = match woon {
            Some(w) if w != school_swv => {
                buiten += 1;
                if buiten % 2 == 1 { w } else { school_swv }
            }
            _ => school_swv,
        };
        let categorie = match id % 10 {
            0..=5 => "L",
            6..=8 => "M",
            _ => "H",
        };
        bewaar_externe_tlv(
            &mut tx,
            LeerlingId(id),
            &ExterneTlv {
                soort: &soort,
                swv_code: &tlv_swv,
                categorie: Some(categorie),
                ingang: Some(crate::kolom::date(&van)?),
                einde: None,
                beschikkingsnummer: None,
            },
            PEILDATUM,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
