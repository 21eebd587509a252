//! Opening a thuiszitter case and notifying the ladder.

use super::*;
use crate::repo::ThuiszittersStore;

/// The open case of a pupil, if any.
pub(crate) async fn open_zaak_van(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "SELECT id FROM thuiszitter_zaak WHERE leerling_id = $1 AND opgelost_op IS NULL",
    )
    .bind(leerling.0)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| r.try_get(0)).transpose()?)
}

/// A notice for the owner of a step, shown to the SWV's staff.
pub(super) async fn notificeer(
    tx: &mut Transaction<'static, Any>,
    swv: &str,
    zaak: i64,
    aan: &str,
    tekst: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO notificatie (swv_code, zaak_id, aan, tekst, aangemaakt) VALUES ($1, $2, $3, $4, $5)")
        .bind(swv)
        .bind(zaak)
        .bind(aan)
        .bind(tekst)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Writes a new case at the ladder's first step.
pub(crate) async fn insert_zaak(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
    swv: &str,
    soort: Soort,
    startdatum: Date,
    deadline: Date,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO thuiszitter_zaak (leerling_id, swv_code, soort, startdatum, stap, stap_deadline, aangemaakt) \
         VALUES ($1, $2, $3, $4, 0, $5, $6) RETURNING id",
    )
    .bind(leerling.0)
    .bind(swv)
    .bind(soort.as_str())
    .bind(startdatum.to_string())
    .bind(deadline.to_string())
    .bind(instant_text(jiff::Timestamp::now()))
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get(0)?)
}

impl ThuiszittersStore<'_> {
    /// Opens a case for a pupil the caller may see (not as ouder). The SWV that holds it
    /// follows from the law's logic (school SWV, or woon-SWV by age); the ladder's first
    /// step starts today.
    pub async fn open_zaak(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        soort: Soort,
        startdatum: Date,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let niet_gevonden = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: leerling.0.to_string(),
        };
        if !wie.kijker.mag_functie(&Functie::ThuiszitterZaak) {
            return Err(niet_gevonden());
        }
        // Reading the dossier applies the scope (and logs the read).
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        if startdatum > today {
            return Err(StoreError::Ongeldig(
                "de eerste dag thuis ligt in de toekomst".into(),
            ));
        }
        // The vestiging of today's enrolment, its bestuur's number and its SWV.
        let school: Option<(String, String, String)> = match dossier
            .inschrijvingen
            .iter()
            .find(|i| i.van <= today && i.tot.is_none_or(|t| t >= today))
        {
            Some(i) => {
                let r = sqlx::query(
                    "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin \
                     JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
                )
                .bind(&i.vestiging_code)
                .fetch_one(&self.pool)
                .await?;
                Some((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
            }
            None => None,
        };
        // A school that may read the registration of a child enrolled elsewhere or nowhere
        // hears "not found", as if it could not see the child: nothing about the enrolment.
        if !mag_zaak_openen(
            &wie.kijker,
            school.as_ref().map(|(v, b, _)| (v.as_str(), b.as_str())),
        ) {
            return Err(niet_gevonden());
        }
        let school_swv = school.map(|(_, _, swv)| swv);
        if soort == Soort::LangdurigRelatiefVerzuim && school_swv.is_none() {
            return Err(StoreError::Ongeldig(
                "langdurig relatief verzuim gaat over een ingeschreven leerling; deze leerling is nergens ingeschreven (absoluut verzuim)".into(),
            ));
        }
        if soort == Soort::AbsoluutVerzuim && school_swv.is_some() {
            return Err(StoreError::Ongeldig(
                "absoluut verzuim gaat over een leerling die nergens is ingeschreven; deze leerling is ingeschreven (langdurig relatief verzuim)".into(),
            ));
        }
        let leeftijd = leeftijd_op(dossier.leerling.geboortedatum, today);
        let swv = verantwoordelijk_swv(
            soort,
            school_swv.as_deref(),
            dossier.woon_swv.po.as_str(),
            dossier.woon_swv.vo.as_str(),
            leeftijd,
        )
        .to_string();
        let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
        let mut tx = self.begin_write().await?;
        if let Some(id) = open_zaak_van(&mut tx, leerling).await? {
            return Err(StoreError::Conflict(format!(
                "voor deze leerling loopt al zaak {id}"
            )));
        }
        let id = insert_zaak(
            &mut tx,
            leerling,
            &swv,
            soort,
            startdatum,
            ladder.deadline(0, today),
        )
        .await?;
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            Some(&["thuiszitterzaak"]),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }
}
