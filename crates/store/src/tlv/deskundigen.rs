//! The SWV's register of deskundigen, their assignment to a TLV and their advice.

use super::*;
use crate::repo::TlvsStore;

impl TlvsStore<'_> {
    /// The deskundigen in an SWV's register, for that SWV's own staff; anyone else gets
    /// "not found" (the register is the SWV's working list, not a public one).
    pub async fn deskundigen(
        self,
        wie: &Verzoeker,
        swv: &str,
    ) -> Result<Vec<Deskundige>, StoreError> {
        if wie
            .kijker
            .schrijft_voor_swv(&Functie::DeskundigenRegister)
            .as_deref()
            != Some(swv)
        {
            return Err(StoreError::NietGevonden {
                wat: "register van deskundigen",
                sleutel: swv.to_string(),
            });
        }
        let rows = sqlx::query(
            "SELECT id, naam, discipline, verbonden_aan FROM deskundige WHERE swv_code = $1 ORDER BY naam",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Deskundige {
                    id: r.try_get(0)?,
                    naam: r.try_get(1)?,
                    discipline: r.try_get(2)?,
                    verbonden_aan: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Adds a deskundige to the SWV's register (SWV staff only).
    pub async fn voeg_deskundige_toe(
        self,
        wie: &Verzoeker,
        naam: &str,
        discipline: &str,
        verbonden_aan: &str,
        route: &str,
    ) -> Result<i64, StoreError> {
        let swv = self.eigen_swv(wie)?;
        if naam.trim().is_empty() {
            return Err(ongeldig("vul de naam van de deskundige in"));
        }
        let d = Discipline::parse(discipline).ok_or_else(|| {
            ongeldig(format!(
                "'{discipline}' is geen discipline uit het Besluit: kies uit {}",
                Discipline::ALL.map(|d| d.as_str()).join(", ")
            ))
        })?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO deskundige (naam, discipline, swv_code, verbonden_aan) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(naam.trim())
        .bind(d.as_str())
        .bind(&swv)
        .bind(verbonden_aan.trim().to_uppercase())
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(tx, wie, None, Actie::Aanmaken, route, &["deskundige"]).await?;
        Ok(id)
    }

    pub(super) fn eigen_swv(self, wie: &Verzoeker) -> Result<String, StoreError> {
        match wie.kijker.schrijft_voor_swv(&Functie::MijnSwv) {
            Some(s) => Ok(s),
            None => Err(ongeldig(
                "alleen medewerkers van het samenwerkingsverband kunnen dit",
            )),
        }
    }
}

impl TlvsStore<'_> {
    /// The deciding SWV asks two deskundigen from its register; the domain checks their
    /// professions and independence from the sending and receiving school.
    pub async fn wijs_deskundigen_toe(
        self,
        wie: &Verzoeker,
        tlv: i64,
        eerste: i64,
        tweede: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        if !t.open() {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        let register = self.deskundigen(wie, &t.swv_code).await?;
        let advies = |id: i64| -> Result<Advies, StoreError> {
            let d = register.iter().find(|d| d.id == id).ok_or_else(|| {
                ongeldig(format!(
                    "deskundige {id} staat niet in het register van {}",
                    t.swv_code
                ))
            })?;
            Ok(Advies {
                deskundige: d.naam.clone(),
                discipline: Discipline::parse(&d.discipline)
                    .ok_or_else(|| ongeldig("onbekende discipline in het register"))?,
                verbonden_aan: d
                    .verbonden_aan
                    .split([',', ' '])
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            })
        };
        let brins: Vec<String> = [&t.aanvragende_vestiging, &t.ontvangende_vestiging]
            .into_iter()
            .flatten()
            .map(|v| v.chars().take(4).collect())
            .collect();
        let brins: Vec<&str> = brins.iter().map(String::as_str).collect();
        toets_adviezen(&advies(eerste)?, &advies(tweede)?, &brins).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM tlv_advies WHERE tlv_id = $1 AND advies IS NULL")
            .bind(tlv)
            .execute(&mut *tx)
            .await?;
        for (volgorde, d) in [(1_i64, eerste), (2, tweede)] {
            if t.adviezen
                .iter()
                .any(|a| a.volgorde == volgorde && a.advies.is_some())
            {
                return Err(ongeldig(format!(
                    "advies {volgorde} is al uitgebracht en wordt niet vervangen"
                )));
            }
            sqlx::query(
                "INSERT INTO tlv_advies (tlv_id, volgorde, deskundige_id) VALUES ($1, $2, $3)",
            )
            .bind(tlv)
            .bind(volgorde)
            .bind(d)
            .execute(&mut *tx)
            .await?;
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["deskundigen"],
        )
        .await
    }

    /// A deskundige writes their own advice: nobody writes it for them (the policy's
    /// [`Handeling::AdviesSchrijven`]). Each advice is separate and stays as written.
    pub async fn geef_advies(
        self,
        wie: &Verzoeker,
        tlv: i64,
        nieuw: &NieuwAdvies,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (volgorde, datum, advies) = (nieuw.volgorde, nieuw.datum, nieuw.advies.as_str());
        let t = self.tlv_voor(wie, tlv, today, route).await?;
        let slot = t
            .adviezen
            .iter()
            .find(|a| a.volgorde == volgorde)
            .ok_or_else(|| {
                ongeldig(format!(
                    "voor advies {volgorde} is nog geen deskundige gevraagd"
                ))
            })?;
        let h = Handeling::AdviesSchrijven {
            deskundige: slot.deskundige_id.to_string(),
        };
        self.toets(wie, &h, t.leerling_id, today, route)
            .await
            .map_err(|_| ongeldig(passend_domain::Weigering::AlleenDeDeskundige.to_string()))?;
        if slot.advies.is_some() {
            return Err(ongeldig("dit advies is al uitgebracht"));
        }
        if advies.trim().is_empty() {
            return Err(ongeldig("schrijf het advies"));
        }
        if datum > today || datum < t.aangevraagd_op {
            return Err(ongeldig(
                "de datum van het advies ligt tussen de aanvraag en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE tlv_advies SET datum = $1, advies = $2 WHERE tlv_id = $3 AND volgorde = $4 AND advies IS NULL",
        )
        .bind(datum.to_string())
        .bind(advies.trim())
        .bind(tlv)
        .bind(volgorde)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Written by a concurrent request since the check above: an advice stays as written.
        if gezet == 0 {
            return Err(ongeldig("dit advies is al uitgebracht"));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["advies"],
        )
        .await
    }
}
