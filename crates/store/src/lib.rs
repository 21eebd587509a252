//! Storage of passend on SQLite (embedded, the default) and PostgreSQL, through one set of
//! SQL texts on `sqlx::Any`. The portable subset: `$n` placeholders, dates as TEXT
//! `YYYY-MM-DD`, instants as RFC 3339 TEXT, integers as BIGINT, no BOOLEAN/DATE columns.

mod aanmeldingen;
mod accounts;
mod api_sleutels;
mod arrangementen;
mod audit;
mod brieven;
mod bulk;
mod connect;
mod dekkend_aanbod;
mod edexml;
mod error;
mod identiteit;
mod inspectie;
mod kolom;
mod leerlingen;
mod leerplicht;
mod maatregel_voornemen;
pub mod mail;
mod migrate;
mod opp;
mod organisatie;
mod oso;
pub mod ouders;
mod reference;
mod repo;
mod schorsingen;
mod sessies;
mod sop;
mod taken;
mod thuiszitters;
mod tlv;
mod toegang;
mod tokens;
mod verzuim;
mod voornemen;

/// Money: budgets from registered counts, verdeelmodel, reserves, annual-report tables.
pub mod geld;
/// Aggregates for the monitor, with small-cell protection applied by the caller.
pub mod monitor;
/// Taking over a region's records as they stand: its starting position, cases, decisions.
pub mod overname;
/// Governance: ondersteuningsplan, OOGO and OPR consent, disputes, vso outflow.
pub mod verantwoording;

pub use aanmeldingen::{Aanmelding, Bereidheid, NieuweAanmelding, OpenBereidheidsvraag};
pub use accounts::{
    AANMELD_STAP_MINUTEN, AanmeldUitkomst, Account, AccountRol, AccountStatus, CodeUitkomst,
    FactorStatus, Gebruikersregel, HERSTEL_MINUTEN, HERSTEL_PAD, HERSTEL_PER_UUR, Herstelfout,
    Inschrijving, MAX_FAILED_SIGN_INS, MIN_PASSWORD_LEN, NewAccount, NieuweUitnodiging,
    OIDC_POGING_MINUTEN, OidcPoging, OidcUitkomst, UITNODIGING_DAGEN, UITNODIGING_PAD,
    Uitnodigingsfout,
};
pub use api_sleutels::ApiSleutel;
pub use arrangementen::{
    Arrangement, IntegraalArrangement, NieuwIntegraal, NieuweSymbiose, Overleg, Symbiose, bedrag,
};
pub use audit::{Actie, AuditFilter, AuditRegel, Inzage};
pub use brieven::EigenBriefhoofd;
pub use connect::{Backend, database_url};
pub use dekkend_aanbod::{DekkendAanbod, PassendeSchool};
pub use edexml::{EdexmlUitkomst, Roosterleerling, Telling, vestiging_van_edexml};
pub use error::StoreError;
pub use inspectie::InspectieMelding;
pub use leerlingen::{InschrijvingRegel, LeerlingDossier, LeerlingId, LeerlingRegel, OuderRegel};
pub use leerplicht::{Adviesvraag, OpenAdviesvraag, SwvAdvies};
pub use leerplicht::{
    Ingezetene, Ingezetenencontrole, Jaartelling, NieuweVrijstelling, Persoonsnummer, Vrijstelling,
};
pub use opp::{Doel, NieuweOppVersie, Opp, OppEvaluatie, OppSignaal, OppVersie, PapierenFormulier};
pub use organisatie::{
    NewVestiging, OrganisatieUitkomst, Overzicht, SwvDetail, SwvRegel, VestigingDetail,
    VestigingRegel,
};
pub use oso::{BeperktGegeven, OsoKoppeling, OsoOverzicht, OsoUitkomst};
pub use ouders::{
    AccountStand, DigitaleAanmelding, GekoppeldeOuder, GezetteStap, NieuweOuder, Onderwerp,
    Ontvangstbevestiging, OppAntwoord, OuderUitnodiging, OudersVanKind, WachtendeOpp, Zienswijze,
};
pub use repo::*;
pub use schorsingen::{NieuweSchorsing, NieuweVerwijdering, Schorsing, VastgelegdeVerwijdering};
pub use sessies::SESSION_HOURS;
pub use taken::{Mailvoorkeur, Meldronde};
pub use thuiszitters::{Notificatie, Zaak};
pub use tlv::{
    Bezwaar, BezwaarStap, Deskundige, NieuwAdvies, Tlv, TlvAanvraag, TlvAdvies, TlvBesluit,
    TlvVoorToelating, tlv_soort_van,
};
pub use toegang::Verzoeker;
pub use tokens::{derive as derive_token, random_token};
pub use verzuim::{ImportUitkomst, VerzuimInvoer, Verzuimmelding};
pub use voornemen::Voornemen;

use sqlx::{Any, AnyPool, Transaction};

/// The handle every shell (web, command line) works through.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
}

impl Store {
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a deferred transaction that reads and then writes fails with
    /// "database is locked" under concurrency instead of waiting for the busy timeout.
    async fn begin_write(&self) -> Result<Transaction<'static, Any>, StoreError> {
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(tx)
    }

    /// Closes the pool, waiting for connections to finish.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// The tables and their columns, for the test that both migration histories agree.
    pub async fn schema_columns(&self) -> Result<Vec<(String, String)>, StoreError> {
        migrate::schema_columns(self).await
    }
}

/// Instants are stored as RFC 3339 UTC text with whole seconds, so that text order is
/// time order on both databases (fractions of varying length would break that).
pub(crate) fn instant_text(t: jiff::Timestamp) -> String {
    t.round(jiff::Unit::Second)
        .unwrap_or(t)
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}
