//! The school where the parents registered the child fetches the TLV it needs to admit the
//! child (the policy's [`Handeling::TlvOntvangen`]): the decision's own facts, nothing of the
//! request's reasons, the advices or the dossier.

use super::*;
use crate::repo::TlvsStore;
use passend_domain::tlv::Categorie;

/// A TLV as the admitting school sees it: granted, or asked and not yet decided.
#[derive(Debug, Clone)]
pub struct TlvVoorToelating {
    pub id: i64,
    pub soort: TlvSoort,
    /// The issuing SWV: code and name.
    pub swv_code: String,
    pub swv_naam: Option<String>,
    /// Decided (granted) on this day; `None` while the request is open.
    pub besluit_datum: Option<Date>,
    pub categorie: Option<Categorie>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub beschikkingsnummer: Option<String>,
    /// Issued elsewhere and brought in (OSO dossier).
    pub extern_: bool,
    pub toegekend: bool,
}

impl TlvVoorToelating {
    /// The status in words, on `today`.
    pub fn status(&self, today: Date) -> &'static str {
        match (self.toegekend, self.ingang, self.einde) {
            (false, _, _) => "aangevraagd, nog niet beslist",
            (true, _, Some(e)) if e < today => "toegekend, verlopen",
            (true, Some(i), _) if i > today => "toegekend, nog niet ingegaan",
            (true, _, _) => "toegekend, geldig",
        }
    }
}

impl TlvsStore<'_> {
    /// The child's TLVs of the kind registration `aanmelding`'s school needs (sbo, so or vso;
    /// none for another school), granted or still asked (a refusal admits nobody), for those
    /// the policy lets receive them; an empty list for the others who may read the
    /// registration, "not found" for everyone else. A read that returns TLVs is logged.
    pub async fn tlvs_voor_toelating(
        self,
        wie: &Verzoeker,
        aanmelding: i64,
        today: Date,
        route: &str,
    ) -> Result<Vec<TlvVoorToelating>, StoreError> {
        let (a, context) = self
            .aanmeldingen()
            .aanmelding_met_school(aanmelding)
            .await?;
        let l = self
            .toets(
                wie,
                &Handeling::AanmeldingLezen(context.clone()),
                a.leerling_id,
                today,
                route,
            )
            .await
            .map_err(|_| StoreError::NietGevonden {
                wat: "aanmelding",
                sleutel: aanmelding.to_string(),
            })?;
        let ontvangt = wie.kijker.mag(&Handeling::TlvOntvangen(context), &l);
        let nodig = TlvSoort::voor_school(school(&self, &a.vestiging_code).await?.schoolsoort);
        let (Ok(()), Some(soort)) = (ontvangt, nodig) else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(
            "SELECT t.id, t.swv_code, s.naam, t.besluit, t.besluit_datum, t.categorie, t.ingang, t.einde, \
             t.beschikkingsnummer, t.extern FROM tlv t LEFT JOIN swv s ON s.code = t.swv_code \
             WHERE t.leerling_id = $1 AND t.soort = $2 AND (t.besluit IS NULL OR t.besluit = 'toegekend') \
             ORDER BY t.aangevraagd_op DESC, t.id DESC",
        )
        .bind(a.leerling_id.0)
        .bind(soort.as_str())
        .fetch_all(&self.pool)
        .await?;
        let list = rows
            .iter()
            .map(|r| {
                let categorie: Option<String> = r.try_get("categorie")?;
                Ok(TlvVoorToelating {
                    id: r.try_get("id")?,
                    soort,
                    swv_code: r.try_get("swv_code")?,
                    swv_naam: r
                        .try_get::<Option<String>, _>("naam")?
                        .filter(|n| !n.trim().is_empty()),
                    besluit_datum: get_opt_date(r, "besluit_datum")?,
                    categorie: categorie.as_deref().and_then(|c| Categorie::parse(c).ok()),
                    ingang: get_opt_date(r, "ingang")?,
                    einde: get_opt_date(r, "einde")?,
                    beschikkingsnummer: r.try_get("beschikkingsnummer")?,
                    extern_: r.try_get::<i64, _>("extern")? != 0,
                    toegekend: r.try_get::<Option<String>, _>("besluit")?.is_some(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !list.is_empty() {
            self.audit(wie, Some(a.leerling_id), Actie::Lezen, route)
                .await?;
        }
        Ok(list)
    }
}
