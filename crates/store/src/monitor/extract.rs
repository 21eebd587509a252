//! The research extract: one row per enrolment on the peildatum, with a pseudonymous pupil
//! key and coarse attributes only — no name, BSN, onderwijsnummer, postcode or birth date.
//! The key is HMAC-SHA256 over the pupil's internal id with a secret of this installation
//! (made on first use, kept in the database), so the same pupil has the same key in every
//! extract of this installation and the key cannot be traced back without the secret.
//! Only the ministerie may draw it (the stelsel's steering needs pupil-level paths), and
//! every extract is written to the audit log.

use super::peildatum;
use crate::repo::MonitorStore;
use crate::toegang::Verzoeker;
use crate::{StoreError, instant_text};
use hmac::{Hmac, KeyInit, Mac};
use jiff::civil::Date;
use passend_domain::Schooljaar;
use passend_domain::toegang::Functie;
use sha2::Sha256;
use sqlx::Row;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractRegel {
    pub pseudoniem: String,
    pub schooljaar: String,
    pub swv: String,
    pub schoolsoort: String,
    pub geboortejaar: i16,
    pub opp: bool,
    /// Soort and category of the TLV in force on the peildatum, e.g. `so-M`; empty if none.
    pub tlv: String,
    pub arrangement_toegekend: bool,
    pub thuiszitter_langer_dan_3_maanden: bool,
}

/// The pseudonymous key of a pupil: hex HMAC-SHA256 of `leerling:<id>` under `sleutel`.
pub fn pseudoniem(sleutel: &[u8], leerling_id: i64) -> String {
    let mut mac =
        <Hmac<Sha256> as KeyInit>::new_from_slice(sleutel).expect("HMAC takes a key of any length");
    mac.update(format!("leerling:{leerling_id}").as_bytes());
    mac.finalize()
        .into_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

impl MonitorStore<'_> {
    /// The installation's pseudonym secret, made on first use. Two first uses at once both
    /// try to insert; the second insert does nothing and both read the one stored secret.
    async fn pseudoniem_sleutel(self) -> Result<Vec<u8>, StoreError> {
        sqlx::query(
            "INSERT INTO monitor_sleutel (id, sleutel, aangemaakt) VALUES (1, $1, $2) ON CONFLICT (id) DO NOTHING",
        )
        .bind(crate::random_token())
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&self.pool)
        .await?;
        let s: String = sqlx::query("SELECT sleutel FROM monitor_sleutel WHERE id = 1")
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        Ok(s.into_bytes())
    }

    /// The research extract for a schooljaar (ministerie only; others get "not found"),
    /// written to the audit log as an export.
    pub async fn onderzoeksextract(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        today: Date,
        route: &str,
    ) -> Result<Vec<ExtractRegel>, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Onderzoeksbestand) {
            return Err(StoreError::NietGevonden {
                wat: "onderzoeksbestand",
                sleutel: schooljaar.to_string(),
            });
        }
        let sleutel = self.pseudoniem_sleutel().await?;
        let peil = peildatum(schooljaar, today);
        let (van, tot) = super::periode(schooljaar, today);
        let rows = sqlx::query(
            "SELECT i.leerling_id, v.swv_code, v.schoolsoort, l.geboortedatum, \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM opp o JOIN opp_versie ov ON ov.opp_id = o.id \
               WHERE o.leerling_id = i.leerling_id AND ov.vastgesteld_op <= $1) THEN 1 ELSE 0 END AS BIGINT), \
             (SELECT t.soort || '-' || COALESCE(t.categorie, '') FROM tlv t WHERE t.leerling_id = i.leerling_id \
               AND t.besluit = 'toegekend' AND t.ingang <= $1 AND (t.einde IS NULL OR t.einde >= $1) \
               ORDER BY t.ingang DESC LIMIT 1), \
             CAST(CASE WHEN EXISTS (SELECT 1 FROM arrangement a WHERE a.leerling_id = i.leerling_id \
               AND a.besluit = 'toegekend' AND a.besluit_datum >= $2 AND a.besluit_datum <= $3) THEN 1 ELSE 0 END AS BIGINT) \
             FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code JOIN leerling l ON l.id = i.leerling_id \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) ORDER BY i.leerling_id, v.code",
        )
        .bind(peil.to_string())
        .bind(van.to_string())
        .bind(tot.to_string())
        .fetch_all(&self.pool)
        .await?;
        let lang: std::collections::BTreeSet<i64> = self
            .thuiszitters_langer_dan_drie_maanden(schooljaar, today)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let id: i64 = r.try_get(0)?;
            let geboren = crate::kolom::date(&r.try_get::<String, _>(3)?)?;
            out.push(ExtractRegel {
                pseudoniem: pseudoniem(&sleutel, id),
                schooljaar: schooljaar.to_string(),
                swv: r.try_get(1)?,
                schoolsoort: r.try_get(2)?,
                geboortejaar: geboren.year(),
                opp: r.try_get::<i64, _>(4)? != 0,
                tlv: r
                    .try_get::<Option<String>, _>(5)?
                    .map(|s| s.trim_end_matches('-').to_string())
                    .unwrap_or_default(),
                arrangement_toegekend: r.try_get::<i64, _>(6)? != 0,
                thuiszitter_langer_dan_3_maanden: lang.contains(&id),
            });
        }
        self.audit_export(wie, route).await?;
        Ok(out)
    }

    async fn thuiszitters_langer_dan_drie_maanden(
        self,
        sj: Schooljaar,
        today: Date,
    ) -> Result<std::collections::BTreeSet<i64>, StoreError> {
        let rows = sqlx::query("SELECT leerling_id, startdatum, opgelost_op FROM thuiszitter_zaak")
            .fetch_all(&self.pool)
            .await?;
        let mut out = std::collections::BTreeSet::new();
        for r in rows {
            let start = crate::kolom::date(&r.try_get::<String, _>(1)?)?;
            let einde = match r.try_get::<Option<String>, _>(2)? {
                Some(s) => crate::kolom::date(&s)?,
                None => today,
            }
            .min(sj.end())
            .min(today);
            if einde > passend_domain::thuiszitters::drie_maanden_later(start)
                && einde >= sj.start()
            {
                out.insert(r.try_get(0)?);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_keyed_and_stable() {
        let a = pseudoniem(b"geheim-1", 42);
        assert_eq!(a.len(), 64);
        assert_eq!(a, pseudoniem(b"geheim-1", 42));
        assert_ne!(a, pseudoniem(b"geheim-2", 42));
        assert_ne!(a, pseudoniem(b"geheim-1", 43));
        // RFC 4231 test case 2 shape: HMAC-SHA256 with key "Jefe".
        let mut mac = <Hmac<Sha256> as KeyInit>::new_from_slice(b"Jefe").unwrap();
        mac.update(b"what do ya want for nothing?");
        let hex: String = mac
            .finalize()
            .into_bytes()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hex,
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
