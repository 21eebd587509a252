//! Importing an OSO dossier.

use super::*;
use crate::repo::OsoStore;

/// Which pupil an OSO dossier is about. A dossier sent to an SWV carries no BSN or
/// onderwijsnummer (OSO rule PaO.LL03), so the receiver names the pupil: one already in
/// its scope, or a person number with which the pupil is found or registered.
#[derive(Debug, Clone)]
pub enum OsoKoppeling {
    Leerling(LeerlingId),
    Persoonsnummer(crate::Persoonsnummer),
}

/// What an import stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OsoUitkomst {
    pub leerling: LeerlingId,
    pub dossier: i64,
    pub nieuwe_leerling: bool,
    pub tlvs: usize,
    pub historie: usize,
    pub bijlagen: usize,
    pub beperkt: usize,
    pub aanvraag: Option<i64>,
    pub niet_geleverd: Vec<String>,
}

impl OsoStore<'_> {
    /// Imports a checked OSO dossier for the caller's SWV (SWV staff) or the caller's school's
    /// SWV (school staff): the pupil (found, or registered with the dossier's name, birth date
    /// and address), existing TLVs, the support history with the OPP period, the verzuim
    /// summary, the parents' view, attachments, and the restricted data — in one transaction
    /// with its audit entry. A school's import also makes a request to its SWV.
    pub async fn importeer_oso(
        self,
        wie: &Verzoeker,
        d: &passend_uitwisseling::oso::OsoDossier,
        koppeling: &OsoKoppeling,
        today: Date,
        route: &str,
    ) -> Result<OsoUitkomst, StoreError> {
        use passend_domain::toegang::{Bereik, Functie};
        use passend_uitwisseling::oso::{SoortOndersteuning, TlvCategorie};
        let (swv, school) = match wie.kijker.bereik(&Functie::OsoInlezen) {
            Some(Bereik::Swv(s)) => (s, None),
            Some(Bereik::Vestiging(v)) => {
                let s = crate::tlv::school(&self, &v).await?;
                (s.swv_code, Some(v))
            }
            _ => {
                return Err(ongeldig(
                    "een OSO-dossier wordt ingelezen door het samenwerkingsverband of door de school die het stuurt",
                ));
            }
        };
        let (leerling, nieuw) = self.koppel_oso(wie, d, koppeling, today, route).await?;
        let sending = format!("{}{}", d.school.brin, d.school.vestigingscode);
        let mut tx = self.begin_write().await?;
        let dossier: i64 = sqlx::query(
            "INSERT INTO oso_dossier (leerling_id, vestiging_code, swv_code, ontvangen, niet_geleverd, verzuim, zienswijze, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(leerling.0)
        .bind(&sending)
        .bind(&swv)
        .bind(today.to_string())
        .bind(d.opt_out.join(", "))
        .bind(d.verzuim.as_ref().map(verzuim_tekst))
        .bind(d.inzage.as_ref().map(|i| {
            format!(
                "ingezien: {}; akkoord: {}{}",
                match i.ingezien {
                    Some(true) => "ja",
                    Some(false) => "nee",
                    None => "onbekend",
                },
                i.akkoord.map(|a| format!("{a:?}").to_lowercase()).unwrap_or_else(|| "onbekend".into()),
                i.reden_niet_akkoord.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
            )
        }))
        .bind(crate::instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        let mut historie = 0;
        if let Some(opp) = &d.opp {
            sqlx::query("INSERT INTO ondersteuning_historie (leerling_id, oso_dossier_id, van, tot, omschrijving) VALUES ($1, $2, $3, $4, $5)")
                .bind(leerling.0)
                .bind(dossier)
                .bind(opp.ingangsdatum.to_string())
                .bind(opp.einddatum.map(|e| e.to_string()))
                .bind(format!("ontwikkelingsperspectief van {} (document in de bijlagen)", d.school.naam))
                .execute(&mut *tx)
                .await?;
            historie += 1;
        }
        for o in &d.ondersteuning {
            let soort = match o.soort {
                SoortOndersteuning::Arrangement => "arrangement",
                SoortOndersteuning::ArrangementCluster12 => "arrangement cluster 1/2",
                SoortOndersteuning::Handelingsplan => "handelingsplan",
                SoortOndersteuning::Lwoo => "aanwijzing lwoo",
            };
            let tekst = match &o.omschrijving {
                Some(t) => format!("{soort}: {t}"),
                None => soort.to_string(),
            };
            sqlx::query("INSERT INTO ondersteuning_historie (leerling_id, oso_dossier_id, van, tot, omschrijving) VALUES ($1, $2, $3, $4, $5)")
                .bind(leerling.0)
                .bind(dossier)
                .bind(o.begindatum.to_string())
                .bind(o.einddatum.map(|e| e.to_string()))
                .bind(tekst)
                .execute(&mut *tx)
                .await?;
            historie += 1;
        }
        let mut tlvs = 0;
        for t in &d.tlv {
            let bekend: i64 = sqlx::query("SELECT COUNT(*) FROM tlv WHERE beschikkingsnummer = $1")
                .bind(&t.beschikkingsnummer)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
            if bekend > 0 {
                continue;
            }
            // A TLV is never stored for an SWV that does not exist (the official examples
            // name the fictitious 'PO00YY'): it stays in the history as what the file said.
            let swv_bestaat: i64 = sqlx::query("SELECT COUNT(*) FROM swv WHERE code = $1")
                .bind(&t.swv)
                .fetch_one(&mut *tx)
                .await?
                .try_get(0)?;
            if swv_bestaat == 0 {
                sqlx::query("INSERT INTO ondersteuning_historie (leerling_id, oso_dossier_id, van, tot, omschrijving) VALUES ($1, $2, $3, $4, $5)")
                    .bind(leerling.0)
                    .bind(dossier)
                    .bind(t.ingangsdatum.to_string())
                    .bind(t.einddatum.map(|e| e.to_string()))
                    .bind(format!(
                        "toelaatbaarheidsverklaring {} van samenwerkingsverband '{}', dat niet bestaat: niet als toelaatbaarheidsverklaring vastgelegd",
                        t.beschikkingsnummer, t.swv
                    ))
                    .execute(&mut *tx)
                    .await?;
                historie += 1;
                continue;
            }
            let (soort, categorie) = match t.categorie {
                TlvCategorie::NietVanToepassing => ("sbo", None),
                c if t.swv.starts_with("VO") => ("vso", Some(c.code())),
                c => ("so", Some(c.code())),
            };
            crate::tlv::bewaar_externe_tlv(
                &mut tx,
                leerling,
                &crate::tlv::ExterneTlv {
                    soort,
                    swv_code: &t.swv,
                    categorie,
                    ingang: Some(t.ingangsdatum),
                    einde: t.einddatum,
                    beschikkingsnummer: Some(&t.beschikkingsnummer),
                },
                today,
            )
            .await?;
            tlvs += 1;
        }
        use base64::Engine;
        for b in &d.bijlagen {
            sqlx::query(
                "INSERT INTO bijlage (leerling_id, oso_dossier_id, naam, mime, grootte, beperkt, inhoud_base64) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(leerling.0)
            .bind(dossier)
            .bind(if b.ingepakt { format!("{}.zip", b.naam) } else { b.naam.clone() })
            .bind(b.mime_type)
            .bind(b.grootte as i64)
            .bind(i64::from(b.beperkt))
            .bind(base64::engine::general_purpose::STANDARD.encode(&b.inhoud))
            .execute(&mut *tx)
            .await?;
        }
        for g in &d.beperkt {
            sqlx::query("INSERT INTO beperkt_gegeven (leerling_id, oso_dossier_id, soort, omschrijving, datum) VALUES ($1, $2, $3, $4, $5)")
                .bind(leerling.0)
                .bind(dossier)
                .bind(&g.soort)
                .bind(&g.omschrijving)
                .bind(g.datum.map(|d| d.to_string()))
                .execute(&mut *tx)
                .await?;
        }
        // A school sends the dossier with a request: it becomes an arrangement request.
        let aanvraag = match &school {
            Some(v) => Some(
                sqlx::query(
                    "INSERT INTO arrangement (leerling_id, vestiging_code, swv_code, vraag, aangevraagd_op, aangemaakt) \
                     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
                )
                .bind(leerling.0)
                .bind(v)
                .bind(&swv)
                .bind(format!("Aanvraag met OSO-dossier van {} ({})", d.school.naam, d.metadata.datum))
                .bind(today.to_string())
                .bind(crate::instant_text(jiff::Timestamp::now()))
                .fetch_one(&mut *tx)
                .await?
                .try_get::<i64, _>(0)?,
            ),
            None => None,
        };
        crate::audit::commit_audited(
            tx,
            wie,
            Some(leerling),
            crate::audit::Actie::Aanmaken,
            route,
            &["oso_dossier"],
        )
        .await?;
        Ok(OsoUitkomst {
            leerling,
            dossier,
            nieuwe_leerling: nieuw,
            tlvs,
            historie,
            bijlagen: d.bijlagen.len(),
            beperkt: d.beperkt.len(),
            aanvraag,
            niet_geleverd: d.opt_out.clone(),
        })
    }
}
