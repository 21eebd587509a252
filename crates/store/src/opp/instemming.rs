//! The paper alternative to the parents' own instemming: the school records the form the
//! parents signed, as an attachment. It counts as the instemming and is recorded as such:
//! by the school, on paper, with the file (the parents' own step in the app is
//! `OudersStore::opp_antwoord`).

use super::*;
use crate::repo::OppsStore;

/// The signed paper form as uploaded.
#[derive(Debug, Clone)]
pub struct PapierenFormulier {
    pub naam: String,
    pub mime: String,
    pub inhoud: Vec<u8>,
}

impl OppsStore<'_> {
    /// Records the parents' instemming with the handelingsdeel of the current version from
    /// their signed paper form, dated the day they signed it.
    pub async fn opp_instemming(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        datum: Date,
        formulier: &PapierenFormulier,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (vestiging, _) = self.eigen_inschrijving(wie, leerling, today, route).await?;
        if datum > today {
            return Err(ongeldig("de datum van instemming ligt niet in de toekomst"));
        }
        if formulier.inhoud.is_empty() || formulier.naam.trim().is_empty() {
            return Err(ongeldig(
                "voeg het door de ouders ondertekende formulier toe (een scan of foto)",
            ));
        }
        let mut tx = self.begin_write().await?;
        let huidig = sqlx::query(
            "SELECT v.opp_id, v.versie FROM opp_versie v JOIN opp o ON o.id = v.opp_id \
             WHERE o.leerling_id = $1 AND o.vestiging_code = $2 AND v.instemming_ouders IS NULL \
             AND v.versie = (SELECT MAX(versie) FROM opp_versie WHERE opp_id = v.opp_id)",
        )
        .bind(leerling.0)
        .bind(&vestiging)
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| {
            ongeldig("er is geen ontwikkelingsperspectief zonder instemming om bij te werken")
        })?;
        let (opp_id, versie): (i64, i64) = (huidig.try_get(0)?, huidig.try_get(1)?);
        use base64::Engine;
        let bijlage: i64 = sqlx::query(
            "INSERT INTO bijlage (leerling_id, naam, mime, grootte, inhoud_base64) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(leerling.0)
        .bind(formulier.naam.trim())
        .bind(formulier.mime.trim())
        .bind(formulier.inhoud.len() as i64)
        .bind(base64::engine::general_purpose::STANDARD.encode(&formulier.inhoud))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        zet_instemming(&mut tx, opp_id, versie, datum).await?;
        sqlx::query(
            "INSERT INTO ouder_stap (leerling_id, stap, onderwerp, onderwerp_id, versie, account_id, bijlage_id, op) \
             VALUES ($1, 'opp_instemming', 'opp', $2, $3, $4, $5, $6)",
        )
        .bind(leerling.0)
        .bind(opp_id)
        .bind(versie)
        .bind(wie.account_id)
        .bind(bijlage)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["instemming_ouders", "bijlage"],
        )
        .await
    }
}

/// Sets the instemming of one OPP version, guarded: of two answers at once (the parent in
/// the app, the school with the paper form) only the first sets it.
pub(crate) async fn zet_instemming(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    opp_id: i64,
    versie: i64,
    datum: Date,
) -> Result<(), StoreError> {
    let gezet = sqlx::query(
        "UPDATE opp_versie SET instemming_ouders = $1 WHERE opp_id = $2 AND versie = $3 AND instemming_ouders IS NULL",
    )
    .bind(datum.to_string())
    .bind(opp_id)
    .bind(versie)
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if gezet == 0 {
        return Err(StoreError::Conflict(
            "over deze versie is al ingestemd".into(),
        ));
    }
    Ok(())
}
