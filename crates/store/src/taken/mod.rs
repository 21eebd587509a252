//! Tasks ("Mijn werk"): each kind read by a small file of its own, through the scoped read
//! of its area that the access policy already governs (and that writes the read to the
//! audit log). A kind is read only when the function by which its step is done reaches an
//! organisation of the viewer ([`TaakSoort::functie`]). Adding a kind: a variant in the
//! domain's `TaakSoort`, a file here, an arm in [`TakenStore::open_taken`].

mod aanmelding;
mod advies;
mod arrangement;
mod bereidheid;
mod besluiten;
mod digest;
mod escalatie;
mod mail;
mod opp;
mod opp_instemming;
mod teksten;
mod tlv;
mod verzuim;
mod voorkeur;
mod vrijstelling;

pub use mail::Meldronde;
pub use voorkeur::Mailvoorkeur;

use crate::repo::TakenStore;
use crate::toegang::Verzoeker;
use crate::{Store, StoreError};
use jiff::civil::Date;
use passend_domain::taken::{Procedure, Taak, TaakSoort, sorteer};

/// What a kind's file gets: the store, who asks, the day, the SWV's terms, the route.
pub(crate) struct Vraag<'a> {
    pub(crate) store: &'a Store,
    pub(crate) wie: &'a Verzoeker,
    pub(crate) today: Date,
    pub(crate) procedure: &'a Procedure,
    pub(crate) route: &'a str,
}

impl TakenStore<'_> {
    /// The viewer's open tasks, overdue first.
    pub async fn open_taken(
        self,
        wie: &Verzoeker,
        today: Date,
        procedure: &Procedure,
        route: &str,
    ) -> Result<Vec<Taak>, StoreError> {
        let v = Vraag {
            store: &self,
            wie,
            today,
            procedure,
            route,
        };
        let mut alle = Vec::new();
        for soort in TaakSoort::ALL {
            if wie.kijker.bereik(&soort.functie()).is_none() {
                continue;
            }
            alle.extend(match soort {
                TaakSoort::AanmeldingBeslissen => aanmelding::lees(&v).await?,
                TaakSoort::OppVaststellen => opp::lees(&v, soort).await?,
                TaakSoort::OppEvalueren => opp::lees(&v, soort).await?,
                TaakSoort::AdviesSchrijven => advies::lees(&v).await?,
                TaakSoort::TlvBeslissen => tlv::lees(&v).await?,
                TaakSoort::ArrangementBeslissen => arrangement::lees(&v).await?,
                TaakSoort::VerzuimBehandelen => verzuim::lees(&v).await?,
                TaakSoort::EscalatieBeslissen => escalatie::lees(&v).await?,
                TaakSoort::OppInstemmen => opp_instemming::lees(&v).await?,
                TaakSoort::BereidheidBevestigen => bereidheid::lees(&v).await?,
                TaakSoort::VrijstellingAdviseren => vrijstelling::lees(&v).await?,
            });
        }
        sorteer(&mut alle, today);
        Ok(alle)
    }
}
