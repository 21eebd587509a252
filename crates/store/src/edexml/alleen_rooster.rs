//! The roster-only pupils of a vestiging (see the `roosterleerling` table): what the school
//! still has to complete in its administration before passend can hold them as pupils.
//! Only the vestiging's own school users see them; each read is audited.

use crate::StoreError;
use crate::audit::Actie;
use crate::repo::RoosterStore;
use crate::toegang::Verzoeker;
use passend_domain::VestigingCode;
use passend_domain::toegang::Functie;
use sqlx::Row;
use std::collections::BTreeMap;

/// A pupil of the roster whom passend does not hold yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roosterleerling {
    /// The key the school's administration gives the pupil.
    pub sleutel: String,
    /// Roepnaam (or first name, or initials), tussenvoegsel and achternaam as far as given.
    pub naam: String,
    pub geboortedatum: Option<String>,
    pub jaargroep: Option<String>,
    /// Names of the pupil's groups, classes first.
    pub groepen: Vec<String>,
    /// What passend still needs.
    pub ontbreekt: Vec<String>,
}

impl RoosterStore<'_> {
    /// The vestiging's roster-only pupils, by name; `None` for anyone but a school user of
    /// the vestiging (the roster is the school's own administration).
    pub async fn roosterleerlingen_voor(
        self,
        wie: &Verzoeker,
        vestiging: &VestigingCode,
        route: &str,
    ) -> Result<Option<Vec<Roosterleerling>>, StoreError> {
        let eigen = wie
            .kijker
            .schrijft_voor_vestiging(&Functie::LeerlingenInlezen);
        if eigen.as_deref() != Some(vestiging.as_str()) {
            return Ok(None);
        }
        let mut groepen: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        for r in sqlx::query(
            "SELECT gr.roosterleerling_id, g.naam FROM groep_roosterleerling gr \
             JOIN groep g ON g.id = gr.groep_id WHERE g.vestiging_code = $1 \
             ORDER BY g.samengesteld, g.naam",
        )
        .bind(vestiging.as_str())
        .fetch_all(&self.pool)
        .await?
        {
            groepen
                .entry(r.try_get(0)?)
                .or_default()
                .push(r.try_get(1)?);
        }
        let mut uit = Vec::new();
        for r in sqlx::query(
            "SELECT id, sleutel, voornaam, tussenvoegsel, achternaam, geboortedatum, jaargroep, ontbreekt \
             FROM roosterleerling WHERE vestiging_code = $1 \
             ORDER BY COALESCE(achternaam, ''), COALESCE(voornaam, ''), sleutel",
        )
        .bind(vestiging.as_str())
        .fetch_all(&self.pool)
        .await?
        {
            let delen: Vec<Option<String>> = vec![r.try_get(2)?, r.try_get(3)?, r.try_get(4)?];
            let naam = delen.into_iter().flatten().collect::<Vec<_>>().join(" ");
            let ontbreekt: String = r.try_get(7)?;
            uit.push(Roosterleerling {
                sleutel: r.try_get(1)?,
                naam,
                geboortedatum: r.try_get(5)?,
                jaargroep: r.try_get(6)?,
                groepen: groepen.remove(&r.try_get::<i64, _>(0)?).unwrap_or_default(),
                ontbreekt: ontbreekt.lines().map(str::to_string).collect(),
            });
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(Some(uit))
    }
}
