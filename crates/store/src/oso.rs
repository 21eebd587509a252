//! What OSO dossiers brought in: the dossier itself (sender, receipt, categories not
//! delivered, verzuim summary, the parents' view), support history, attachments, and the
//! restricted data (diagnoses, medical data) that only the roles that need it may see.

use crate::identiteit::{bekende_leerling_met, geen_overeenkomst, leerling_klopt};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError};
use jiff::civil::Date;
use passend_domain::Handeling;
use passend_domain::identiteit::Persoon;
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct OsoOverzicht {
    pub id: i64,
    pub vestiging_code: Option<String>,
    pub swv_code: String,
    pub ontvangen: Date,
    pub niet_geleverd: String,
    pub verzuim: Option<String>,
    pub zienswijze: Option<String>,
    /// (van, tot, omschrijving)
    pub historie: Vec<(Option<Date>, Option<Date>, String)>,
    /// (id, naam, mime, grootte in bytes)
    pub bijlagen: Vec<(i64, String, String, i64)>,
}

#[derive(Debug, Clone)]
pub struct BeperktGegeven {
    pub soort: String,
    pub omschrijving: String,
    pub datum: Option<Date>,
}

impl Store {
    /// The OSO dossiers of a pupil whose dossier the caller has read; restricted attachments
    /// only `met_beperkt` (see [`Store::beperkte_gegevens_voor`]).
    pub async fn oso_dossiers_van(
        &self,
        leerling: LeerlingId,
        met_beperkt: bool,
    ) -> Result<Vec<OsoOverzicht>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, vestiging_code, swv_code, ontvangen, niet_geleverd, verzuim, zienswijze FROM oso_dossier \
             WHERE leerling_id = $1 ORDER BY id DESC",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get("id")?;
            let historie = sqlx::query(
                "SELECT van, tot, omschrijving FROM ondersteuning_historie WHERE oso_dossier_id = $1 ORDER BY van, id",
            )
            .bind(id)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|h| Ok((get_opt_date(h, "van")?, get_opt_date(h, "tot")?, h.try_get("omschrijving")?)))
            .collect::<Result<Vec<_>, StoreError>>()?;
            let bijlagen = sqlx::query(
                "SELECT id, naam, mime, grootte FROM bijlage WHERE oso_dossier_id = $1 AND (beperkt = 0 OR $2 = 1) ORDER BY id",
            )
            .bind(id)
            .bind(i64::from(met_beperkt))
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|b| Ok((b.try_get(0)?, b.try_get(1)?, b.try_get(2)?, b.try_get(3)?)))
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
            out.push(OsoOverzicht {
                id,
                vestiging_code: r.try_get("vestiging_code")?,
                swv_code: r.try_get("swv_code")?,
                ontvangen: get_date(r, "ontvangen")?,
                niet_geleverd: r.try_get("niet_geleverd")?,
                verzuim: r.try_get("verzuim")?,
                zienswijze: r.try_get("zienswijze")?,
                historie,
                bijlagen,
            });
        }
        Ok(out)
    }

    /// The restricted data of a pupil, only for the roles that need it (the domain's
    /// `mag_beperkt_zien`); `None` for everyone else. The read is logged.
    pub async fn beperkte_gegevens_voor(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Option<Vec<BeperktGegeven>>, StoreError> {
        let Some(context) = self.leerling_context(leerling, today).await? else {
            return Ok(None);
        };
        if !wie.kijker.mag_beperkt_zien(&context) {
            return Ok(None);
        }
        let rows = sqlx::query(
            "SELECT soort, omschrijving, datum FROM beperkt_gegeven WHERE leerling_id = $1 ORDER BY id",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        let list = rows
            .iter()
            .map(|r| {
                Ok(BeperktGegeven {
                    soort: r.try_get("soort")?,
                    omschrijving: r.try_get("omschrijving")?,
                    datum: get_opt_date(r, "datum")?,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        if !list.is_empty() {
            self.audit(
                wie,
                Some(leerling),
                crate::audit::Actie::Lezen,
                "beperkte gegevens",
            )
            .await?;
        }
        Ok(Some(list))
    }

    /// One attachment's name, type and bytes, for a user who may see the pupil's dossier.
    pub async fn bijlage_voor(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(String, String, Vec<u8>), StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "bijlage",
            sleutel: id.to_string(),
        };
        let r = sqlx::query(
            "SELECT leerling_id, naam, mime, inhoud_base64, beperkt FROM bijlage WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        let leerling = LeerlingId(r.try_get(0)?);
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|_| not_found())?;
        if r.try_get::<i64, _>(4)? != 0 {
            let context = self
                .leerling_context(leerling, today)
                .await?
                .ok_or_else(not_found)?;
            if !wie.kijker.mag_beperkt_zien(&context) {
                return Err(not_found());
            }
        }
        use base64::Engine;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(r.try_get::<String, _>(3)?)
            .map_err(|_| StoreError::Ongeldig("bijlage beschadigd".into()))?;
        Ok((r.try_get(1)?, r.try_get(2)?, bytes))
    }
}

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

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

fn verzuim_tekst(v: &passend_uitwisseling::oso::Verzuim) -> String {
    let mut delen = Vec::new();
    let mut tel = |n: Option<u32>, wat: &str| {
        if let Some(n) = n {
            delen.push(format!("{n} {wat}"));
        }
    };
    tel(v.dagdelen_geoorloofd, "dagdelen geoorloofd");
    tel(v.dagdelen_ongeoorloofd, "dagdelen ongeoorloofd");
    tel(v.uren_geoorloofd, "uur geoorloofd");
    tel(v.uren_ongeoorloofd, "uur ongeoorloofd");
    tel(v.frequentie, "keer ongeoorloofd afwezig");
    if v.meer_dan_25_procent == Some(true) {
        delen.push("meer dan 25% afwezig".into());
    }
    if v.contact_leerplicht == Some(true) {
        delen.push("contact met leerplicht".into());
    }
    if v.rmc_melding == Some(true) {
        delen.push("RMC-melding".into());
    }
    format!("laatste 12 maanden: {}", delen.join(", "))
}

impl Store {
    /// Imports a checked OSO dossier for the caller's SWV (SWV staff) or the caller's school's
    /// SWV (school staff): the pupil (found, or registered with the dossier's name, birth date
    /// and address), existing TLVs, the support history with the OPP period, the verzuim
    /// summary, the parents' view, attachments, and the restricted data — in one transaction
    /// with its audit entry. A school's import also makes a request to its SWV.
    pub async fn importeer_oso(
        &self,
        wie: &Verzoeker,
        d: &passend_uitwisseling::oso::OsoDossier,
        koppeling: &OsoKoppeling,
        today: Date,
        route: &str,
    ) -> Result<OsoUitkomst, StoreError> {
        use passend_uitwisseling::oso::{SoortOndersteuning, TlvCategorie};
        let (swv, school) = match (&wie.kijker.rol, wie.kijker.scope.clone()) {
            (passend_domain::Rol::Swv, Some(s)) => (s, None),
            (passend_domain::Rol::School, Some(v)) => {
                let s = crate::tlv::school(self, &v).await?;
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

    /// The pupil a dossier is for: the one chosen on the page (whose dossier the caller may
    /// see), or the one with the dossier's number — in both cases only when the dossier's
    /// own name and birth date describe that pupil, and a known pupil only for a school or
    /// SWV that already has a reason for it (the policy's [`Handeling::Koppelen`]). An
    /// unknown number registers a new pupil.
    async fn koppel_oso(
        &self,
        wie: &Verzoeker,
        d: &passend_uitwisseling::oso::OsoDossier,
        koppeling: &OsoKoppeling,
        today: Date,
        route: &str,
    ) -> Result<(LeerlingId, bool), StoreError> {
        let l = &d.leerling;
        let voornamen: Vec<&str> = l
            .roepnaam
            .iter()
            .chain(&l.voornamen)
            .map(String::as_str)
            .collect();
        let persoon = l.geboortedatum.map(|geboortedatum| Persoon {
            voornamen: &voornamen,
            tussenvoegsel: l.voorvoegsel.as_deref(),
            achternaam: &l.achternaam,
            geboortedatum,
        });
        let mut conn = self.pool.acquire().await?;
        match koppeling {
            OsoKoppeling::Leerling(id) => {
                self.dossier_voor(wie, *id, today, route).await?;
                let persoon = persoon.ok_or_else(geen_overeenkomst)?;
                leerling_klopt(&mut conn, *id, &persoon).await?;
                Ok((*id, false))
            }
            OsoKoppeling::Persoonsnummer(n) => {
                let (col, val) = n.kolom_en_waarde();
                let bekend = match &persoon {
                    Some(p) => bekende_leerling_met(&mut conn, col, &val, p).await?,
                    // Without a birth date a known number can never be confirmed.
                    None => self
                        .leerling_met_nummer(n)
                        .await?
                        .map(|_| Err(geen_overeenkomst()))
                        .transpose()?,
                };
                drop(conn);
                match bekend {
                    Some(id) => {
                        self.toets(wie, &Handeling::Koppelen, id, today, route)
                            .await
                            .map_err(|_| geen_overeenkomst())?;
                        Ok((id, false))
                    }
                    None => Ok((self.leerling_uit_oso(d, n).await?, true)),
                }
            }
        }
    }

    async fn leerling_met_nummer(
        &self,
        n: &crate::Persoonsnummer,
    ) -> Result<Option<LeerlingId>, StoreError> {
        let (col, val) = n.kolom_en_waarde();
        let sql = format!("SELECT id FROM leerling WHERE {col} = $1");
        Ok(sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(val)
            .fetch_optional(&self.pool)
            .await?
            .map(|r| r.try_get(0))
            .transpose()?
            .map(LeerlingId))
    }

    /// Registers the pupil a dossier is about, with the person number the receiver gave.
    async fn leerling_uit_oso(
        &self,
        d: &passend_uitwisseling::oso::OsoDossier,
        n: &crate::Persoonsnummer,
    ) -> Result<LeerlingId, StoreError> {
        let l = &d.leerling;
        let voornaam = l
            .roepnaam
            .clone()
            .or_else(|| l.voornamen.first().cloned())
            .unwrap_or_default();
        let naam = passend_domain::Naam::new(&voornaam, l.voorvoegsel.as_deref(), &l.achternaam)
            .map_err(ongeldig)?;
        let geboortedatum = l.geboortedatum.ok_or_else(|| {
            ongeldig(
                "het dossier noemt geen geboortedatum: de leerling kan niet worden ingeschreven",
            )
        })?;
        let postcode = l
            .adressen
            .iter()
            .find_map(|a| passend_domain::Postcode::parse(&a.postcode).ok())
            .ok_or_else(|| {
                ongeldig("het dossier noemt geen Nederlandse postcode van de leerling")
            })?;
        let (bsn, onderwijsnummer) = match n {
            crate::Persoonsnummer::Bsn(b) => (Some(b.clone()), None),
            crate::Persoonsnummer::Onderwijsnummer(o) => (None, Some(o.clone())),
        };
        self.create_leerling(&passend_domain::Leerling {
            naam,
            geboortedatum,
            postcode,
            bsn,
            onderwijsnummer,
        })
        .await
    }
}
