//! The pupil an OSO dossier is for: the chosen one, the one with its number, or a new one.

use super::*;
use crate::repo::OsoStore;

impl OsoStore<'_> {
    /// The pupil a dossier is for: the one chosen on the page (whose dossier the caller may
    /// see), or the one with the dossier's number — in both cases only when the dossier's
    /// own name and birth date describe that pupil, and a known pupil only for a school or
    /// SWV that already has a reason for it (the policy's [`Handeling::Koppelen`]). An
    /// unknown number registers a new pupil.
    pub(super) async fn koppel_oso(
        self,
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
        self,
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
        self,
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
