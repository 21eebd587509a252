//! The decision on a TLV, with its gapless beschikkingsnummer.

use super::*;
use crate::repo::TlvsStore;

impl TlvsStore<'_> {
    /// The deciding SWV decides, after both advices: the domain checks and writes the letter
    /// ([`tlv::beslis`]); this stores it once. A grant takes the next number of the SWV and
    /// year in the same transaction: no gaps, no reuse.
    pub async fn beslis_tlv(
        self,
        wie: &Verzoeker,
        tlv: i64,
        besluit: &TlvBesluit,
        today: Date,
        route: &str,
    ) -> Result<Option<String>, StoreError> {
        let (t, mut feiten) = self.voorbereid_besluit(wie, tlv, today, route).await?;
        let mut tx = self.begin_write().await?;
        if matches!(besluit, TlvBesluit::Toegekend { .. }) && !feiten.al_beslist {
            feiten.volgnummer =
                Some(volgnummer(&mut tx, &t.swv_code, tlv::uitgiftejaar(today)).await?);
        }
        let u = tlv::beslis(&feiten, besluit, today).map_err(ongeldig)?;
        let gezet = sqlx::query(
            "UPDATE tlv SET besluit = $1, besluit_datum = $2, categorie = $3, ingang = $4, einde = $5, beschikkingsnummer = $6, \
             reden = $7, brief = $8 WHERE id = $9 AND besluit IS NULL",
        )
        .bind(u.status.as_str())
        .bind(today.to_string())
        .bind(u.categorie.map(|c| c.code()))
        .bind(u.ingang.map(|d| d.to_string()))
        .bind(u.einde.map(|d| d.to_string()))
        .bind(u.nummer.as_ref().map(|n| n.to_string()))
        .bind(u.reden.as_deref())
        .bind(&u.brief)
        .bind(tlv)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Decided by a concurrent request since the read above: dropping the transaction
        // gives the number back, so the sequence keeps no gap. The API answers 400 as for a
        // decision already on record (its documented contract), not 409.
        if gezet == 0 {
            return Err(ongeldig(tlv::TlvWeigering::AlBeslist));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["besluit"],
        )
        .await?;
        Ok(u.nummer.map(|n| n.to_string()))
    }

    /// The TLV of the caller's own SWV and the facts its decision reads (the domain checks
    /// them in [`tlv::beslis`]).
    pub(super) async fn voorbereid_besluit(
        self,
        wie: &Verzoeker,
        tlv: i64,
        today: Date,
        route: &str,
    ) -> Result<(Tlv, TlvFeiten), StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let geboren = self
            .leerling_dossier(t.leerling_id)
            .await?
            .leerling
            .geboortedatum;
        let feiten = TlvFeiten {
            naam: t.naam.clone(),
            geboren,
            soort: TlvSoort::parse(&t.soort).map_err(ongeldig)?,
            swv: SwvCode::parse(&t.swv_code).map_err(ongeldig)?,
            al_beslist: !t.open(),
            adviezen: t
                .adviezen
                .iter()
                .map(|a| GegevenAdvies {
                    deskundige: a.deskundige.clone(),
                    discipline: a.discipline.clone(),
                    datum: a.datum,
                    uitgebracht: a.advies.is_some(),
                })
                .collect(),
            volgnummer: None,
        };
        Ok((t, feiten))
    }
}

/// The SWV's next sequence number in `jaar`, inside the transaction that stores the decision
/// (WPO art. 18a lid 14): rolled back with it, so a refused or lost decision leaves no gap.
async fn volgnummer(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    swv: &str,
    jaar: i16,
) -> Result<u32, StoreError> {
    let laatste: i64 = sqlx::query(
        "INSERT INTO tlv_volgnummer (swv_code, jaar, laatste) VALUES ($1, $2, 1) \
         ON CONFLICT (swv_code, jaar) DO UPDATE SET laatste = tlv_volgnummer.laatste + 1 RETURNING laatste",
    )
    .bind(swv)
    .bind(i64::from(jaar))
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    Ok(u32::try_from(laatste).unwrap_or(u32::MAX))
}
