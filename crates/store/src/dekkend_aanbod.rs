//! Dekkend aanbod of an SWV, and the schools that could take one child. Aggregates and
//! school lists only; the pupil-level inputs never leave the store, and who sees which
//! counts is decided here, as for the monitor.

use crate::monitor::{Bereik, drempel};
use crate::repo::AanbodStore;
use crate::toegang::Verzoeker;
use crate::{LeerlingId, StoreError};
use passend_domain::dekkend_aanbod::{
    Cel, Zichtbaar, bescherm, gedekt_op_school, onbeschermd, overzicht,
};
use passend_domain::ondersteuning::{Aanbod, Domein, Niveau, dekt};
use passend_domain::{SwvCode, VestigingCode};
use sqlx::Row;
use std::collections::BTreeMap;

/// A school that covers a child's needs, with a free place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PassendeSchool {
    pub code: String,
    pub naam: String,
    pub schoolsoort: String,
    /// Distance between the 4-digit postcodes: a rough but honest measure of nearness.
    pub afstand: u32,
}

/// The dekkend aanbod as one viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DekkendAanbod {
    pub cellen: Vec<Zichtbaar>,
    /// Whether small counts are hidden (for everyone but the SWV's own staff).
    pub beschermd: bool,
    /// The threshold in force, for the "<10" label.
    pub drempel: u64,
}

impl AanbodStore<'_> {
    async fn profielen(
        self,
        swv: Option<&str>,
    ) -> Result<BTreeMap<String, Vec<Aanbod>>, StoreError> {
        let rows = sqlx::query(
            "SELECT a.vestiging_code, a.domein, a.tot_niveau, a.plaatsen FROM sop_aanbod a JOIN vestiging v ON v.code = a.vestiging_code \
             WHERE ($1 = '' OR v.swv_code = $1)",
        )
        .bind(swv.unwrap_or(""))
        .fetch_all(&self.pool)
        .await?;
        let mut out: BTreeMap<String, Vec<Aanbod>> = BTreeMap::new();
        for r in &rows {
            let fout = |e: passend_domain::ondersteuning::OndersteuningError| {
                StoreError::Ongeldig(e.to_string())
            };
            out.entry(r.try_get(0)?).or_default().push(Aanbod {
                domein: Domein::parse(&r.try_get::<String, _>(1)?).map_err(fout)?,
                tot_niveau: Niveau::new(r.try_get(2)?).map_err(fout)?,
                plaatsen: u32::try_from(r.try_get::<i64, _>(3)?).unwrap_or(0),
            });
        }
        Ok(out)
    }

    /// The dekkend aanbod of an SWV for a viewer, with the monitor's scopes: the SWV's own
    /// staff see every count (they see the children behind them); its OPR, the inspectie and
    /// the ministerie never a single child (DESIGN, roles), so small counts are hidden as in
    /// the monitor; anyone else gets "not found".
    pub async fn dekkend_aanbod_voor(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
    ) -> Result<DekkendAanbod, StoreError> {
        let bereik = Bereik::van(wie)
            .ok()
            .filter(|b| match b {
                Bereik::EigenSwv(s) | Bereik::Opr(s) => s == swv.as_str(),
                Bereik::Landelijk => true,
            })
            .ok_or_else(|| StoreError::NietGevonden {
                wat: "dekkend aanbod",
                sleutel: swv.to_string(),
            })?;
        let cellen = self.dekkend_aanbod(swv).await?;
        let drempel = drempel();
        Ok(DekkendAanbod {
            beschermd: bereik.beschermd(),
            cellen: if bereik.beschermd() {
                bescherm(&cellen, drempel)
            } else {
                onbeschermd(&cellen)
            },
            drempel,
        })
    }

    /// Per domain and level: the open demand of the SWV's pupils (needs their school's profile
    /// does not reach, and the needs of children in its thuiszitter register) against the free
    /// places of its schools. Every count as it is: only through [`Self::dekkend_aanbod_voor`]
    /// to a viewer.
    pub(crate) async fn dekkend_aanbod(self, swv: &SwvCode) -> Result<Vec<Cel>, StoreError> {
        let profielen = self.profielen(Some(swv.as_str())).await?;
        let rows = sqlx::query(
            "SELECT b.domein, b.niveau, i.vestiging_code FROM behoefte b \
             JOIN inschrijving i ON i.leerling_id = b.leerling_id AND i.tot IS NULL \
             JOIN vestiging v ON v.code = i.vestiging_code WHERE v.swv_code = $1 \
             UNION ALL SELECT b.domein, b.niveau, '' FROM behoefte b JOIN thuiszitter_zaak z ON z.leerling_id = b.leerling_id \
             WHERE z.swv_code = $1 AND z.opgelost_op IS NULL",
        )
        .bind(swv.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut vraag = Vec::new();
        for r in &rows {
            let fout = |e: passend_domain::ondersteuning::OndersteuningError| {
                StoreError::Ongeldig(e.to_string())
            };
            let domein = Domein::parse(&r.try_get::<String, _>(0)?).map_err(fout)?;
            let niveau = Niveau::new(r.try_get(1)?).map_err(fout)?;
            let school: String = r.try_get(2)?;
            let gedekt = profielen
                .get(&school)
                .is_some_and(|p| gedekt_op_school(p, domein, niveau));
            if !gedekt {
                vraag.push((domein, niveau));
            }
        }
        let scholen: Vec<Vec<Aanbod>> = profielen.into_values().collect();
        Ok(overzicht(&vraag, &scholen))
    }

    /// The schools whose profile covers a child's needs and have a place, nearest first, for
    /// a caller who may read the pupil's dossier.
    pub async fn passende_scholen(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: jiff::civil::Date,
        route: &str,
    ) -> Result<Vec<PassendeSchool>, StoreError> {
        self.toets(
            wie,
            &passend_domain::Handeling::DossierLezen,
            leerling,
            today,
            route,
        )
        .await?;
        let behoeften = sqlx::query("SELECT domein, niveau FROM behoefte WHERE leerling_id = $1")
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                let fout = |e: passend_domain::ondersteuning::OndersteuningError| {
                    StoreError::Ongeldig(e.to_string())
                };
                Ok((
                    Domein::parse(&r.try_get::<String, _>(0)?).map_err(fout)?,
                    Niveau::new(r.try_get(1)?).map_err(fout)?,
                ))
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if behoeften.is_empty() {
            return Ok(Vec::new());
        }
        let pc4: i64 = sqlx::query("SELECT pc4 FROM leerling WHERE id = $1")
            .bind(leerling.0)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let profielen = self.profielen(None).await?;
        let mut out = Vec::new();
        for (code, aanbod) in profielen {
            if !dekt(&aanbod, &behoeften) {
                continue;
            }
            let v = self
                .organisaties()
                .vestiging(&VestigingCode::parse(&code)?)
                .await?;
            let school_pc4: i64 = v
                .postcode
                .get(..4)
                .and_then(|p| p.parse().ok())
                .unwrap_or(0);
            out.push(PassendeSchool {
                code,
                naam: v.vestiging.naam,
                schoolsoort: v.vestiging.schoolsoort,
                afstand: u32::try_from((pc4 - school_pc4).abs()).unwrap_or(u32::MAX),
            });
        }
        out.sort_by(|a, b| a.afstand.cmp(&b.afstand).then_with(|| a.naam.cmp(&b.naam)));
        Ok(out)
    }
}
