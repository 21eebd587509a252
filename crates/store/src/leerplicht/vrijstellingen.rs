//! Vrijstellingen: the request, the decision, the kennisgeving and reading them.

use super::*;
use crate::repo::LeerplichtStore;

impl LeerplichtStore<'_> {
    /// Records a request; the leerplicht of the pupil's gemeente only.
    pub async fn vraag_vrijstelling(
        self,
        wie: &Verzoeker,
        v: &NieuweVrijstelling,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        // The pupil must live in the gemeente: the dossier check of the leerplicht scope.
        let dossier = self.dossier_voor(wie, v.leerling, today, route).await?;
        if let Some(tot) = v.tot
            && tot < v.van
        {
            return Err(StoreError::Ongeldig(format!(
                "de einddatum {tot} ligt vóór de begindatum {}",
                v.van
            )));
        }
        let advies = advies_nodig(v.grond)
            .then(|| toets_adviesvraag(v.swv_advies_uiterlijk, today))
            .transpose()
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let mut tx = self.begin_write().await?;
        let row = sqlx::query(
            "INSERT INTO vrijstelling (leerling_id, gemeentecode, grond, van, tot, status, verklaring_datum, \
             verklaring_van_behandelaar, laatste_kennisgeving, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, 'aangevraagd', $6, $7, $8, $9) RETURNING id",
        )
        .bind(v.leerling.0)
        .bind(&gemeente)
        .bind(v.grond.as_str())
        .bind(v.van.to_string())
        .bind(v.tot.map(|d| d.to_string()))
        .bind(v.verklaring.as_ref().map(|x| x.datum.to_string()))
        .bind(i64::from(v.verklaring.as_ref().is_some_and(|x| x.van_behandelaar)))
        .bind(v.grond.jaarlijkse_kennisgeving().then(|| today.to_string()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get(0)?;
        if let Some(uiterlijk) = advies {
            vraag_advies(&mut tx, id, &dossier, today, uiterlijk).await?;
        }
        for (soort, datum, omschrijving) in &v.documenten {
            sqlx::query("INSERT INTO vrijstelling_document (vrijstelling_id, soort, datum, omschrijving) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(soort.trim())
                .bind(datum.to_string())
                .bind(omschrijving.trim())
                .execute(&mut *tx)
                .await?;
        }
        append(
            &mut tx,
            wie,
            Some(v.leerling),
            Actie::Aanmaken,
            route,
            Some(&["vrijstelling"]),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Grants or refuses a request. Granting checks the rules of [`toets_verlening`].
    pub async fn beslis_vrijstelling(
        self,
        wie: &Verzoeker,
        id: i64,
        verlenen: bool,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (leerling, _, status) = self
            .voorbereid_vrijstelling(wie, id, verlenen, today)
            .await?;
        let ongeldig = |e: VrijstellingError| StoreError::Ongeldig(e.to_string());
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE vrijstelling SET status = $1, besluit_datum = $2 WHERE id = $3 AND status = 'aangevraagd'",
        )
        .bind(status)
        .bind(today.to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // A concurrent decision came first: that one stands.
        if gezet == 0 {
            return Err(ongeldig(VrijstellingError::AlBeslist));
        }
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            Some(&["vrijstelling"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The checks of a decision on a vrijstelling, without recording it: a request of the
    /// caller's own gemeente, and the domain's rules ([`beslis`]). Gives the pupil, the
    /// request and the status it would get.
    pub(super) async fn voorbereid_vrijstelling(
        self,
        wie: &Verzoeker,
        id: i64,
        verlenen: bool,
        today: Date,
    ) -> Result<(LeerlingId, Verzoek, &'static str), StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let not_found = || StoreError::NietGevonden {
            wat: "vrijstelling",
            sleutel: id.to_string(),
        };
        let row = sqlx::query(
            "SELECT leerling_id, gemeentecode, grond, van, tot, status, verklaring_datum, verklaring_van_behandelaar, \
             (SELECT datum FROM vrijstelling_advies a WHERE a.vrijstelling_id = vrijstelling.id) \
             FROM vrijstelling WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(not_found)?;
        if row.try_get::<String, _>(1)? != gemeente {
            return Err(not_found());
        }
        let leerling = LeerlingId(row.try_get(0)?);
        let ongeldig = |e: VrijstellingError| StoreError::Ongeldig(e.to_string());
        let verklaring = opt_date(row.try_get(6)?)?
            .map(|datum| {
                Ok::<_, StoreError>(Verklaring {
                    datum,
                    van_behandelaar: row.try_get::<i64, _>(7)? != 0,
                })
            })
            .transpose()?;
        let verzoek = Verzoek {
            grond: Grond::parse(&row.try_get::<String, _>(2)?).map_err(ongeldig)?,
            van: opt_date(row.try_get(3)?)?.unwrap_or(today),
            tot: opt_date(row.try_get(4)?)?,
            verklaring,
            swv_advies: opt_date(row.try_get(8)?)?,
            status: row.try_get(5)?,
        };
        let status = beslis(&verzoek, verlenen, today).map_err(ongeldig)?;
        Ok((leerling, verzoek, status))
    }

    /// Records that the parents' yearly notice (art. 6 lid 2b) came in today.
    pub async fn kennisgeving_ontvangen(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let gemeente = gemeente_van(wie)?.to_string();
        let not_found = || StoreError::NietGevonden {
            wat: "vrijstelling",
            sleutel: id.to_string(),
        };
        let row =
            sqlx::query("SELECT leerling_id, gemeentecode, grond FROM vrijstelling WHERE id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(not_found)?;
        if row.try_get::<String, _>(1)? != gemeente {
            return Err(not_found());
        }
        let grond = Grond::parse(&row.try_get::<String, _>(2)?)
            .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        if !grond.jaarlijkse_kennisgeving() {
            return Err(StoreError::Ongeldig(
                "voor deze grond is geen jaarlijkse kennisgeving nodig".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE vrijstelling SET laatste_kennisgeving = $1 WHERE id = $2")
            .bind(today.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(LeerlingId(row.try_get(0)?)),
            Actie::Wijzigen,
            route,
            Some(&["kennisgeving"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The vrijstellingen the caller may see: the leerplicht all of its gemeente, an ouder
    /// those of their children. Read is logged.
    pub async fn vrijstellingen_voor(
        self,
        wie: &Verzoeker,
        route: &str,
    ) -> Result<Vec<Vrijstelling>, StoreError> {
        let k = &wie.kijker;
        let (filter, bind) = if let Some(g) = k.scope_voor(&Functie::Leerplichtoverzicht) {
            ("v.gemeentecode = $1", g)
        } else if let Some(o) = k.scope_voor(&Functie::OuderKinderen) {
            (
                "v.leerling_id IN (SELECT leerling_id FROM ouder_leerling WHERE CAST(ouder_id AS TEXT) = $1)",
                o,
            )
        } else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT v.id, v.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, v.grond, v.van, v.tot, v.status, \
             v.laatste_kennisgeving FROM vrijstelling v JOIN leerling l ON l.id = v.leerling_id WHERE {filter} ORDER BY v.id"
        )))
        .bind(bind)
        .fetch_all(&self.pool)
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let id: i64 = r.try_get(0)?;
            let documenten = sqlx::query("SELECT soort, datum, omschrijving FROM vrijstelling_document WHERE vrijstelling_id = $1 ORDER BY id")
                .bind(id)
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|d| Ok((d.try_get(0)?, d.try_get(1)?, d.try_get(2)?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            let naam = Naam {
                voornaam: r.try_get(2)?,
                tussenvoegsel: r.try_get(3)?,
                achternaam: r.try_get(4)?,
            };
            out.push(Vrijstelling {
                id,
                leerling_id: LeerlingId(r.try_get(1)?),
                naam: naam.volledig(),
                grond: Grond::parse(&r.try_get::<String, _>(5)?)
                    .map_err(|e| StoreError::Ongeldig(e.to_string()))?,
                van: opt_date(r.try_get(6)?)?.unwrap_or(jiff::civil::date(1900, 1, 1)),
                tot: opt_date(r.try_get(7)?)?,
                status: r.try_get(8)?,
                kennisgeving_voor: opt_date(r.try_get(9)?)?.map(kennisgeving_voor),
                documenten,
                advies: self.swv_advies(id).await?,
            });
        }
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }
}
