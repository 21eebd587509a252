//! Reading TLVs: per pupil, per aanmelding, per SWV, per deskundige.

use super::*;
use crate::repo::TlvsStore;

impl TlvsStore<'_> {
    /// The TLVs of a pupil, for a user who may read the dossier (checked here; the dossier
    /// read itself is logged by [`Store::dossier_voor`] in the same request). Each advice's
    /// text only for those the policy lets read it: a deskundige reads only their own.
    pub async fn tlvs_voor(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let context = self
            .toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await?;
        let mut list = self.tlvs_van(leerling, today).await?;
        for t in &mut list {
            for a in &mut t.adviezen {
                let h = Handeling::AdviesLezen {
                    deskundige: a.deskundige_id.to_string(),
                };
                if wie.kijker.mag(&h, &context).is_err() {
                    a.advies = None;
                }
            }
        }
        Ok(list)
    }

    /// The TLVs that this registration's school asked for the child (the TLV route of an
    /// aanmelding), for those who may read the registration; nothing else of the dossier.
    pub async fn tlvs_van_aanmelding(
        self,
        wie: &Verzoeker,
        aanmelding: i64,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        // The registration's read is logged by `aanmelding_voor` on the same page; this only
        // asks the policy again.
        let (a, school) = self
            .aanmeldingen()
            .aanmelding_met_school(aanmelding)
            .await?;
        self.toets(
            wie,
            &Handeling::AanmeldingLezen(school),
            a.leerling_id,
            today,
            route,
        )
        .await?;
        let mut list = self.tlvs_van(a.leerling_id, today).await?;
        list.retain(|t| t.aanvragende_vestiging.as_deref() == Some(a.vestiging_code.as_str()));
        for t in &mut list {
            for adv in &mut t.adviezen {
                adv.advies = None;
            }
        }
        Ok(list)
    }

    /// The TLVs of a pupil, unchecked: for the store's own use.
    pub(crate) async fn tlvs_van(
        self,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Vec<Tlv>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id WHERE t.leerling_id = $1 ORDER BY t.aangevraagd_op DESC, t.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        Ok(out)
    }

    async fn met_details(self, mut t: Tlv, _today: Date) -> Result<Tlv, StoreError> {
        let rows = sqlx::query(
            "SELECT a.volgorde, a.deskundige_id, d.naam, d.discipline, a.datum, a.advies FROM tlv_advies a \
             JOIN deskundige d ON d.id = a.deskundige_id WHERE a.tlv_id = $1 ORDER BY a.volgorde",
        )
        .bind(t.id)
        .fetch_all(&self.pool)
        .await?;
        t.adviezen = rows
            .iter()
            .map(|r| {
                Ok(TlvAdvies {
                    volgorde: r.try_get(0)?,
                    deskundige_id: r.try_get(1)?,
                    deskundige: r.try_get(2)?,
                    discipline: r.try_get(3)?,
                    datum: get_opt_date(r, "datum")?,
                    advies: r.try_get(5)?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        let rows = sqlx::query(
            "SELECT id, ingediend_op, gronden, verdaagd, advies_datum, advies, besluit_datum, uitkomst FROM tlv_bezwaar \
             WHERE tlv_id = $1 ORDER BY id",
        )
        .bind(t.id)
        .fetch_all(&self.pool)
        .await?;
        let termijnen = BezwaarTermijnen::ingebouwd();
        t.bezwaren = rows
            .iter()
            .map(|r| {
                let verdaagd = r.try_get::<i64, _>("verdaagd")? != 0;
                Ok(Bezwaar {
                    id: r.try_get("id")?,
                    ingediend_op: get_date(r, "ingediend_op")?,
                    gronden: r.try_get("gronden")?,
                    verdaagd,
                    advies_datum: get_opt_date(r, "advies_datum")?,
                    advies: r.try_get("advies")?,
                    besluit_datum: get_opt_date(r, "besluit_datum")?,
                    uitkomst: r.try_get("uitkomst")?,
                    klok: t
                        .besluit_datum
                        .map(|d| bezwaar_klok(d, verdaagd, termijnen)),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(t)
    }

    /// One TLV, through the pupil's dossier scope, or for the school (or its bestuur) that
    /// asked for it and may ask (a registration on the TLV route: the policy's
    /// [`Handeling::TlvAanvragen`]), then without the advices' texts. The read is logged.
    pub async fn tlv_voor(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Tlv, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "toelaatbaarheidsverklaring",
            sleutel: id.to_string(),
        };
        let row = sqlx::query("SELECT leerling_id, aanvragende_vestiging FROM tlv WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let leerling = LeerlingId(row.try_get(0)?);
        let aanvrager: Option<String> = row.try_get(1)?;
        let anders = match aanvrager {
            Some(v) => Some(Handeling::TlvAanvragen(self.school_context(&v).await?)),
            None => None,
        };
        let dossier = self
            .lees_record(wie, leerling, anders.as_ref(), today, route)
            .await
            .map_err(|_| not_found())?;
        if !dossier {
            // The requester follows the request, not the advices.
            let mut t = self
                .tlvs_van(leerling, today)
                .await?
                .into_iter()
                .find(|t| t.id == id)
                .ok_or_else(not_found)?;
            t.adviezen.iter_mut().for_each(|a| a.advies = None);
            return Ok(t);
        }
        self.tlvs_voor(wie, leerling, today, route)
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(not_found)
    }

    /// The deciding SWV's TLVs: open requests first, then decisions, newest first.
    pub async fn tlvs_van_swv(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let swv = self.eigen_swv(wie)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id WHERE t.swv_code = $1 \
             ORDER BY CASE WHEN t.besluit IS NULL THEN 0 ELSE 1 END, t.aangevraagd_op DESC, t.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&swv)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// The TLVs a deskundige was asked to advise on.
    pub async fn opdrachten_van_deskundige(
        self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let Some(Bereik::Deskundige(id)) = wie.kijker.bereik(&Functie::AdviesOpdrachten) else {
            return Ok(Vec::new());
        };
        let id: i64 = id.parse().map_err(|_| ongeldig("ongeldig werkgebied"))?;
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id \
             WHERE t.id IN (SELECT tlv_id FROM tlv_advies WHERE deskundige_id = $1) ORDER BY t.aangevraagd_op DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    pub(super) async fn tlv_van_eigen_swv(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Tlv, StoreError> {
        let t = self.tlv_voor(wie, id, today, route).await?;
        if wie
            .kijker
            .schrijft_voor_swv(&Functie::TlvBeslissen)
            .as_deref()
            != Some(t.swv_code.as_str())
        {
            return Err(ongeldig(format!(
                "over deze aanvraag beslist samenwerkingsverband {}",
                t.swv_code
            )));
        }
        Ok(t)
    }
}
