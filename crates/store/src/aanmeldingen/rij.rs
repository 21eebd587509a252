//! Building an aanmelding from its row, with its school facts.

use super::*;
use crate::repo::AanmeldingenStore;

impl AanmeldingenStore<'_> {
    pub(super) async fn aanmelding_from(self, r: &AnyRow) -> Result<Aanmelding, StoreError> {
        let leerling = LeerlingId(r.try_get("leerling_id")?);
        let ontvangen = date(&r.try_get::<String, _>("ontvangen")?)?;
        let verlenging = match (
            r.try_get::<Option<i64>, _>("verlenging_weken")?,
            opt_date(r.try_get("verlenging_kennisgeving")?)?,
        ) {
            (Some(weken), Some(kennisgeving)) => Some(Verlenging {
                weken,
                kennisgeving,
            }),
            _ => None,
        };
        let vo = Schoolsoort::parse(&r.try_get::<String, _>("schoolsoort")?)
            .map(|s| s.sector() == passend_domain::Sector::Vo)
            .unwrap_or(false);
        let elders = sqlx::query("SELECT 1 FROM inschrijving WHERE leerling_id = $1 AND vestiging_code <> $2 AND tot IS NULL")
            .bind(leerling.0)
            .bind(r.try_get::<String, _>("vestiging_code")?)
            .fetch_optional(&self.pool)
            .await?
            .is_some();
        let geboren: String = sqlx::query("SELECT geboortedatum FROM leerling WHERE id = $1")
            .bind(leerling.0)
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let vier = date(&geboren)?.saturating_add(jiff::ToSpan::years(4));
        let opschortingen: Vec<Opschorting> = opt_date(r.try_get("opschorting_van")?)?
            .map(|van| {
                Ok::<_, StoreError>(Opschorting {
                    van,
                    tot: opt_date(r.try_get("opschorting_tot")?)?,
                })
            })
            .transpose()?
            .into_iter()
            .collect();
        let t = termijnen(
            ontvangen,
            verlenging,
            &opschortingen,
            vo,
            elders,
            Some(vier),
        )
        .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        // All the child's registrations: the holder is chosen within the round this one
        // belongs to, decided ones included (RULES §1.2).
        let registratie = |x: &AnyRow| -> Result<Registratie<String>, StoreError> {
            Ok(Registratie {
                school: x.try_get("vestiging_code")?,
                ontvangen: date(&x.try_get::<String, _>("ontvangen")?)?,
                eerste_voorkeur: x.try_get::<i64, _>("eerste_voorkeur")? != 0,
                besloten: opt_date(x.try_get("besluit_datum")?)?,
                ingetrokken: opt_date(x.try_get("ingetrokken_op")?)?,
            })
        };
        let alle = sqlx::query(
            "SELECT vestiging_code, ontvangen, eerste_voorkeur, besluit_datum, ingetrokken_op FROM aanmelding WHERE leerling_id = $1",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(registratie)
        .collect::<Result<Vec<_>, StoreError>>()?;
        let houder = zorgplicht_bij(&registratie(r)?, &alle);
        let vestiging: String = r.try_get("vestiging_code")?;
        let naam = passend_domain::Naam {
            voornaam: r.try_get("voornaam")?,
            tussenvoegsel: r.try_get("tussenvoegsel")?,
            achternaam: r.try_get("achternaam")?,
        };
        Ok(Aanmelding {
            id: r.try_get("id")?,
            leerling_id: leerling,
            naam: naam.volledig(),
            zorgplicht_hier: houder.as_deref() == Some(vestiging.as_str()),
            vestiging_code: vestiging,
            vestiging_naam: r.try_get("vnaam")?,
            ontvangen,
            gewenste_start: opt_date(r.try_get("gewenste_start")?)?,
            eerste_voorkeur: r.try_get::<i64, _>("eerste_voorkeur")? != 0,
            andere_scholen: r.try_get("andere_scholen")?,
            extra_ondersteuning: r.try_get::<i64, _>("extra_ondersteuning")? != 0,
            beoordeling: r.try_get("beoordeling")?,
            termijnen: t,
            vo,
            opschortingen,
            besluit: r.try_get("besluit")?,
            besluit_datum: opt_date(r.try_get("besluit_datum")?)?,
            brief: r.try_get("brief")?,
            stem_kind: r.try_get("stem_kind")?,
            ingetrokken_op: opt_date(r.try_get("ingetrokken_op")?)?,
        })
    }
}
