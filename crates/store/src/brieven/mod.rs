//! Letters for every decision (issue 20, part 8), built from the app's own data: one module
//! per kind reads the decision, asks the one policy whether the reader may read the child's
//! dossier, and fills a [`Brief`]. The web renders it as HTML to print and as PDF.

use crate::repo::BrievenStore;
use crate::{LeerlingId, StoreError, Verzoeker};
use jiff::civil::Date;
use passend_domain::Handeling;
use passend_domain::brief::{Brief, Briefsoort};

mod adres;
mod arrangement;
mod besluit;
mod briefhoofd;
mod escalatie;
mod postadres;
mod rectificatie;
mod tlv;
// The school's and the gemeente's kinds.
mod aanmelding;
mod school;
mod schorsing;
mod verwijdering;
mod vrijstelling;

pub use briefhoofd::EigenBriefhoofd;

impl BrievenStore<'_> {
    /// The letter of kind `soort` about decision `id` (the id of the decision's own record:
    /// the aanmelding, TLV, arrangement, schorsing, verwijdering, vrijstelling or thuiszitter
    /// case); "not found" for whoever may not read the child's dossier, and for a decision
    /// of another kind or one not taken yet. The read is audited.
    pub async fn brief(
        self,
        wie: &Verzoeker,
        soort: Briefsoort,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Brief, StoreError> {
        let l = school::Lezing {
            wie,
            id,
            today,
            route,
        };
        let mut brief = match soort {
            Briefsoort::Ontvangstbevestiging => {
                self.ouders()
                    .ontvangstbevestiging(wie, id, today, route)
                    .await?
            }
            Briefsoort::Tlv | Briefsoort::Arrangement | Briefsoort::Escalatie => {
                self.swv_brief(wie, soort, id, today, route).await?
            }
            Briefsoort::Aanmeldingsbesluit => self.aanmeldingsbesluit(&l).await?,
            Briefsoort::Schorsing => self.schorsingsbrief(&l).await?,
            Briefsoort::Verwijdering => self.verwijderingsbrief(&l).await?,
            Briefsoort::Vrijstelling => self.vrijstellingsbrief(&l).await?,
        };
        brief.rectificatie = self.rectificaties(soort, id).await?;
        Ok(brief)
    }

    /// Asks the policy whether `wie` may read the child's dossier (a refusal looks like a
    /// letter that does not exist), and audits the read.
    pub(crate) async fn lezen(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        self.toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await
            .map_err(|_| niet_gevonden(id))?;
        self.audit(wie, Some(leerling), crate::Actie::Lezen, route)
            .await
    }
}

pub(crate) fn niet_gevonden(id: i64) -> StoreError {
    StoreError::NietGevonden {
        wat: "brief",
        sleutel: id.to_string(),
    }
}
