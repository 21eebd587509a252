//! Counting the registered data for the budget: enrolments per SWV and schoolsoort on the
//! teldatum, and the (v)so pupils with the TLV that covers the day, on the teldatum and on
//! 1 februari.

use super::decimaal;
use crate::StoreError;
use crate::repo::GeldStore;
use jiff::civil::Date;
use passend_domain::bekostiging::verdeelmodel::Ontvanger;
use passend_domain::bekostiging::{
    Categorie, Invoer, LeerlingenTelling, Peildatum, SchoolTelling, TlvLeerling, tel_tlv,
};
use passend_domain::{Schooljaar, Schoolsoort, Sector, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;
use std::collections::BTreeMap;

/// The engine's input counted from the database, and what could not be counted.
#[derive(Debug, Clone, Default)]
pub struct Telling {
    pub invoer: Invoer,
    /// (V)so pupils on the teldatum without a usable TLV, per SWV of their school.
    pub zonder_tlv: BTreeMap<SwvCode, u64>,
}

impl GeldStore<'_> {
    /// Counts every SWV's pupils on `teldatum` and (v)so pupils with their TLV on `teldatum`
    /// and `groei_teldatum`.
    pub async fn tel_voor_geld(
        self,
        teldatum: Date,
        groei_teldatum: Date,
    ) -> Result<Telling, StoreError> {
        let mut telling = Telling::default();
        // passend registers no verevening basisbedragen: the verevening shows as missing.
        telling.invoer.verevening_onbekend = true;
        // The teldatum for the budget, and 1 februari for the sbo transfers (WPO art. 124).
        for (datum, februari) in [(teldatum, false), (groei_teldatum, true)] {
            let rows = sqlx::query(
                "SELECT v.swv_code, v.schoolsoort, COUNT(DISTINCT i.leerling_id) FROM inschrijving i \
                 JOIN vestiging v ON v.code = i.vestiging_code \
                 WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
                 GROUP BY v.swv_code, v.schoolsoort ORDER BY v.swv_code, v.schoolsoort",
            )
            .bind(datum.to_string())
            .fetch_all(&self.pool)
            .await?;
            let mut tellingen = Vec::new();
            for r in rows {
                let (Ok(swv), Ok(soort)) = (
                    SwvCode::parse(&r.try_get::<String, _>(0)?),
                    Schoolsoort::parse(&r.try_get::<String, _>(1)?),
                ) else {
                    continue;
                };
                // A vestiging registered under an SWV of the other sector cannot be funded there.
                if swv.sector() != soort.sector() {
                    continue;
                }
                let aantal: i64 = r.try_get(2)?;
                tellingen.push(LeerlingenTelling {
                    swv,
                    schoolsoort: soort,
                    aantal: u64::try_from(aantal).unwrap_or(0),
                });
            }
            if februari {
                telling.invoer.leerlingen_februari = Some(tellingen);
            } else {
                telling.invoer.leerlingen = tellingen;
            }
        }
        // Pupils per school (BRIN: the first four characters of the vestiging code) on the
        // teldatum: the key by which an uitputting is charged (WPO art. 125a, WVO art. 85c).
        for r in sqlx::query(
            "SELECT v.swv_code, SUBSTR(v.code, 1, 4), v.schoolsoort, COUNT(DISTINCT i.leerling_id) \
             FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
             GROUP BY v.swv_code, SUBSTR(v.code, 1, 4), v.schoolsoort ORDER BY 1, 2, 3",
        )
        .bind(teldatum.to_string())
        .fetch_all(&self.pool)
        .await?
        {
            let (Ok(swv), Ok(soort)) = (
                SwvCode::parse(&r.try_get::<String, _>(0)?),
                Schoolsoort::parse(&r.try_get::<String, _>(2)?),
            ) else {
                continue;
            };
            let aantal: i64 = r.try_get(3)?;
            telling.invoer.scholen.push(SchoolTelling {
                swv,
                school: r.try_get(1)?,
                schoolsoort: soort,
                aantal: u64::try_from(aantal).unwrap_or(0),
            });
        }
        // Regime teldatum_1_februari: the sbo pupils on the teldatum with a running sbo-TLV,
        // per SWV that issued it (the deduction from its lichte ondersteuning).
        let mut sbo_tlv = Vec::new();
        for r in sqlx::query(
            "SELECT t.swv_code, COUNT(DISTINCT i.leerling_id) FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN tlv t ON t.leerling_id = i.leerling_id AND t.soort = 'sbo' AND t.besluit = 'toegekend' \
               AND t.ingang <= $1 AND (t.einde IS NULL OR t.einde >= $1) \
             WHERE v.schoolsoort = 'sbo' AND i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
             GROUP BY t.swv_code ORDER BY 1",
        )
        .bind(teldatum.to_string())
        .fetch_all(&self.pool)
        .await?
        {
            if let Ok(swv) = SwvCode::parse(&r.try_get::<String, _>(0)?) {
                let n: i64 = r.try_get(1)?;
                sbo_tlv.push((swv, u64::try_from(n).unwrap_or(0)));
            }
        }
        telling.invoer.sbo_tlv = Some(sbo_tlv);
        for (peildatum, datum) in [
            (Peildatum::Oktober, teldatum),
            (Peildatum::Februari, groei_teldatum),
        ] {
            let (leerlingen, zonder) = self.tlv_leerlingen(datum).await?;
            telling
                .invoer
                .tlv
                .extend(tel_tlv(peildatum, datum, &leerlingen).map_err(super::ongeldig)?);
            if peildatum == Peildatum::Oktober {
                telling.zonder_tlv = zonder;
            }
        }
        Ok(telling)
    }

    /// The (v)so pupils enrolled on `datum` whose TLV (granted, of their school's sort, with a
    /// category, running on that day) is registered; the others counted per school SWV.
    async fn tlv_leerlingen(
        self,
        datum: Date,
    ) -> Result<(Vec<TlvLeerling>, BTreeMap<SwvCode, u64>), StoreError> {
        let rows = sqlx::query(
            "SELECT i.leerling_id, v.schoolsoort, v.swv_code, l.geboortedatum, p.po_swv, p.vo_swv, \
             t.swv_code AS tlv_swv, t.categorie \
             FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
             JOIN leerling l ON l.id = i.leerling_id JOIN postcode_regio p ON p.pc4 = l.pc4 \
             LEFT JOIN tlv t ON t.leerling_id = i.leerling_id AND t.besluit = 'toegekend' \
               AND t.soort = v.schoolsoort AND t.categorie IS NOT NULL \
               AND t.ingang <= $1 AND (t.einde IS NULL OR t.einde >= $1) \
             WHERE v.schoolsoort IN ('so', 'vso') AND i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) \
             ORDER BY i.leerling_id, t.ingang, t.id",
        )
        .bind(datum.to_string())
        .fetch_all(&self.pool)
        .await?;
        // Per pupil the latest TLV wins (rows are ordered by ingang).
        let mut per_leerling: BTreeMap<i64, (Option<TlvLeerling>, Option<SwvCode>)> =
            BTreeMap::new();
        for r in rows {
            let id: i64 = r.try_get(0)?;
            let soort = Schoolsoort::parse(&r.try_get::<String, _>(1)?).map_err(super::ongeldig)?;
            let school_swv = SwvCode::parse(&r.try_get::<String, _>(2)?).ok();
            let geboren: String = r.try_get(3)?;
            let woon: Option<String> = match soort.sector() {
                Sector::Po => r.try_get(4)?,
                Sector::Vo => r.try_get(5)?,
            };
            let tlv_swv: Option<String> = r.try_get(6)?;
            let categorie: Option<String> = r.try_get(7)?;
            let entry = per_leerling.entry(id).or_insert((None, school_swv.clone()));
            let sector_ok = |c: &SwvCode| c.sector() == soort.sector();
            let tlv = tlv_swv
                .and_then(|c| SwvCode::parse(&c).ok())
                .filter(sector_ok);
            let (Some(tlv), Some(cat), Some(school), Ok(geboortedatum)) = (
                tlv,
                categorie.and_then(|c| Categorie::parse(&c).ok()),
                school_swv.filter(sector_ok),
                geboren.parse::<Date>(),
            ) else {
                continue;
            };
            // An address outside every SWV (rare): the law's payer, the TLV's SWV, stands in.
            let woon = woon
                .and_then(|w| SwvCode::parse(&w).ok())
                .filter(sector_ok)
                .unwrap_or_else(|| tlv.clone());
            entry.0 = Some(TlvLeerling {
                schoolsoort: soort,
                categorie: cat,
                geboortedatum,
                tlv_swv: tlv,
                woon_swv: woon,
                school_swv: school,
            });
        }
        let mut leerlingen = Vec::new();
        let mut zonder: BTreeMap<SwvCode, u64> = BTreeMap::new();
        for (_, (l, school)) in per_leerling {
            match (l, school) {
                (Some(l), _) => leerlingen.push(l),
                (None, Some(s)) => *zonder.entry(s).or_default() += 1,
                (None, None) => {}
            }
        }
        Ok((leerlingen, zonder))
    }

    /// The vestigingen of `swv` as recipients: pupils on `teldatum`, and the costs of the
    /// arrangements the SWV granted there that run between the teldatum and the end of the
    /// schooljaar. With their names and their board's name.
    pub(crate) async fn ontvangers(
        self,
        swv: &SwvCode,
        teldatum: Date,
        schooljaar: Schooljaar,
    ) -> Result<Vec<(Ontvanger, String, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT v.code, v.naam, b.bevoegd_gezag, b.naam, \
             (SELECT COUNT(DISTINCT i.leerling_id) FROM inschrijving i WHERE i.vestiging_code = v.code \
                AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)) \
             FROM vestiging v JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE v.swv_code = $1 ORDER BY v.code",
        )
        .bind(swv.as_str())
        .bind(teldatum.to_string())
        .fetch_all(&self.pool)
        .await?;
        let kosten_rows = sqlx::query(
            "SELECT vestiging_code, kosten FROM arrangement WHERE swv_code = $1 AND besluit = 'toegekend' \
             AND kosten IS NOT NULL AND van <= $2 AND (tot IS NULL OR tot >= $3)",
        )
        .bind(swv.as_str())
        .bind(schooljaar.end().to_string())
        .bind(teldatum.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut kosten: BTreeMap<String, Decimal> = BTreeMap::new();
        for r in kosten_rows {
            let v: String = r.try_get(0)?;
            let k: String = r.try_get(1)?;
            *kosten.entry(v).or_default() +=
                decimaal(&k, "arrangement.kosten").or_else(|_| crate::bedrag(&k))?;
        }
        rows.iter()
            .map(|r| {
                let code: String = r.try_get(0)?;
                let n: i64 = r.try_get(4)?;
                Ok((
                    Ontvanger {
                        arrangementen: kosten.get(&code).copied().unwrap_or(Decimal::ZERO),
                        vestiging: code,
                        bestuur: r.try_get(2)?,
                        leerlingen: u64::try_from(n).unwrap_or(0),
                    },
                    r.try_get(1)?,
                    r.try_get(3)?,
                ))
            })
            .collect()
    }
}
