//! The consultation with the parents, the decision and the evaluation of an arrangement.

use super::*;
use crate::repo::ArrangementenStore;

/// The loket/MDO meeting.
#[derive(Debug, Clone)]
pub struct Overleg {
    pub datum: Date,
    pub deelnemers: Vec<Partij>,
    pub ouders_aanwezig: bool,
    pub stem_kind: String,
    pub verslag: String,
}

/// The facts of a request that its steps depend on.
fn feiten<'a>(wie: &'a Verzoeker, a: &'a Arrangement) -> Aanvraagfeiten<'a> {
    Aanvraagfeiten {
        swv: &a.swv_code,
        beslist_voor: wie.kijker.scope_voor(&Functie::ArrangementToekennen),
        aangevraagd_op: a.aangevraagd_op,
        overleg_op: a.overleg_datum,
        al_beslist: a.besluit.is_some(),
    }
}

impl ArrangementenStore<'_> {
    /// Records the loket/MDO meeting on a request.
    pub async fn leg_overleg_vast(
        self,
        wie: &Verzoeker,
        id: i64,
        o: &Overleg,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        toets_overlegstap(
            &feiten(wie, &a),
            o.datum,
            &o.deelnemers,
            &o.stem_kind,
            today,
        )
        .map_err(ongeldig)?;
        let deelnemers = o
            .deelnemers
            .iter()
            .map(|p| p.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE arrangement SET overleg_datum = $1, deelnemers = $2, ouders_aanwezig = $3, stem_kind = $4, overleg_verslag = $5 \
             WHERE id = $6 AND besluit IS NULL",
        )
        .bind(o.datum.to_string())
        .bind(deelnemers)
        .bind(i64::from(o.ouders_aanwezig))
        .bind(o.stem_kind.trim())
        .bind(o.verslag.trim())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // A concurrent decision came first: a meeting after it changes nothing.
        if gezet == 0 {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["overleg"],
        )
        .await
    }

    /// The SWV decides on a request, after the meeting.
    pub async fn beslis_arrangement(
        self,
        wie: &Verzoeker,
        id: i64,
        b: &Beslissing,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.voorbereid_besluit(wie, id, b, today, route).await?;
        let mut tx = self.begin_write().await?;
        let gezet = match b {
            Beslissing::Toegekend {
                inhoud,
                van,
                tot,
                kosten,
            } => {
                sqlx::query(
                    "UPDATE arrangement SET besluit = 'toegekend', besluit_datum = $1, inhoud = $2, van = $3, tot = $4, kosten = $5 \
                     WHERE id = $6 AND besluit IS NULL",
                )
                .bind(today.to_string())
                .bind(inhoud.trim())
                .bind(van.to_string())
                .bind(tot.to_string())
                .bind(kosten.round_dp(2).to_string())
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected()
            }
            Beslissing::Afgewezen { reden } => {
                sqlx::query("UPDATE arrangement SET besluit = 'afgewezen', besluit_datum = $1, reden = $2 WHERE id = $3 AND besluit IS NULL")
                    .bind(today.to_string())
                    .bind(reden.trim())
                    .bind(id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected()
            }
        };
        // A concurrent request decided first: that decision stands.
        if gezet == 0 {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["besluit"],
        )
        .await
    }

    /// The request the decision is on, checked: the deciding SWV's own, after the meeting,
    /// not yet decided, and the decision itself complete ([`toets_besluitstap`]).
    pub(super) async fn voorbereid_besluit(
        self,
        wie: &Verzoeker,
        id: i64,
        b: &Beslissing,
        today: Date,
        route: &str,
    ) -> Result<Arrangement, StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        toets_besluitstap(&feiten(wie, &a), b).map_err(ongeldig)?;
        Ok(a)
    }

    /// The evaluation of a granted arrangement, by the school or the SWV.
    pub async fn evalueer_arrangement(
        self,
        wie: &Verzoeker,
        id: i64,
        datum: Date,
        evaluatie: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let a = self.arrangement_voor(wie, id, today, route).await?;
        let k = &wie.kijker;
        let mag = k.schrijft_voor_swv(&Functie::ArrangementToekennen) == Some(a.swv_code.clone())
            || k.schrijft_voor_vestiging(&Functie::ArrangementAanvragen)
                == Some(a.vestiging_code.clone());
        if !mag {
            return Err(ongeldig("de school of het samenwerkingsverband evalueert"));
        }
        if a.besluit.as_deref() != Some("toegekend") {
            return Err(ongeldig(
                "alleen een toegekend arrangement wordt geëvalueerd",
            ));
        }
        if evaluatie.trim().is_empty() || datum > today {
            return Err(ongeldig(
                "vul de evaluatie en een datum tot en met vandaag in",
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE arrangement SET evaluatie_datum = $1, evaluatie = $2 WHERE id = $3")
            .bind(datum.to_string())
            .bind(evaluatie.trim())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        commit_audited(
            tx,
            wie,
            Some(a.leerling_id),
            Actie::Wijzigen,
            route,
            &["evaluatie"],
        )
        .await
    }
}
