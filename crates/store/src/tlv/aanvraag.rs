//! A school board's request for a TLV.

use super::*;
use crate::repo::TlvsStore;

impl TlvsStore<'_> {
    /// The board of the school where the child is registered or enrolled asks for a TLV; the
    /// request goes to the SWV the law names, whichever SWV the school belongs to.
    pub async fn vraag_tlv_aan(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        a: &TlvAanvraag,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let aanvrager = school(&self, a.aanvragende_vestiging.as_str()).await?;
        let context = SchoolContext {
            vestiging: aanvrager.code.clone(),
            bestuur: aanvrager.bevoegd_gezag.clone(),
            swv: aanvrager.swv_code.clone(),
        };
        self.toets(
            wie,
            &Handeling::TlvAanvragen(context),
            leerling,
            today,
            route,
        )
        .await?;
        // Read inside the store for the deciding SWV; nothing of it goes back to the caller.
        let dossier = self.leerling_dossier(leerling).await?;
        // The school the TLV is for: named, or the requesting school itself when it is one.
        let ontvangend = match &a.ontvangende_vestiging {
            Some(v) => Some(school(&self, v.as_str()).await?),
            None if aanvrager.schoolsoort == a.soort.schoolsoort() => Some(aanvrager.clone()),
            None => None,
        };
        if let Some(o) = &ontvangend
            && o.schoolsoort != a.soort.schoolsoort()
        {
            return Err(ongeldig(format!(
                "{} is geen school voor {}",
                o.naam,
                a.soort.schoolsoort().omschrijving()
            )));
        }
        let vorige_school = dossier
            .inschrijvingen
            .iter()
            .filter(|i| {
                i.van <= today
                    && ontvangend
                        .as_ref()
                        .is_none_or(|o| o.code != i.vestiging_code)
            })
            .max_by_key(|i| (i.tot.is_none(), i.tot, i.van))
            .map(|i| i.vestiging_code.clone());
        let vorige_school = match vorige_school {
            Some(code) => {
                let v = school(&self, &code).await?;
                Some(VorigeSchool {
                    soort: v.schoolsoort,
                    swv: SwvCode::parse(&v.swv_code).map_err(ongeldig)?,
                })
            }
            None => None,
        };
        let herkomst = Herkomst {
            soort: a.soort,
            vorige_school,
            woon_swv: Some(WoonSwv {
                po: dossier.woon_swv.po.clone(),
                vo: dossier.woon_swv.vo.clone(),
            }),
            ontvangende_school_swv: ontvangend
                .as_ref()
                .map(|o| SwvCode::parse(&o.swv_code))
                .transpose()
                .map_err(ongeldig)?,
        };
        let (swv, grond) = beslissend_swv(&herkomst).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO tlv (leerling_id, soort, aanvragende_vestiging, ontvangende_vestiging, swv_code, grond, aangevraagd_op, toelichting, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(leerling.0)
        .bind(a.soort.as_str())
        .bind(a.aanvragende_vestiging.as_str())
        .bind(ontvangend.as_ref().map(|o| o.code.clone()))
        .bind(swv.as_str())
        .bind(grond.as_str())
        .bind(today.to_string())
        .bind(Some(a.toelichting.trim()).filter(|t| !t.is_empty()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(tx, wie, Some(leerling), Actie::Aanmaken, route, &["tlv"]).await?;
        Ok(id)
    }
}

/// Whether a vestiging is of a sort: used by callers that show the TLV form.
pub fn tlv_soort_van(soort: Schoolsoort) -> Option<TlvSoort> {
    match soort {
        Schoolsoort::Sbo => Some(TlvSoort::Sbo),
        Schoolsoort::So => Some(TlvSoort::So),
        Schoolsoort::Vso => Some(TlvSoort::Vso),
        _ => None,
    }
}
