//! The one error type of the storage layer. The web and the command line map it to
//! messages and statuses in one place each.

use passend_domain::{
    CodeError, InschrijvingError, LeerlingError, PersoonsnummerError, PostcodeError, RegioError,
};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Bad input from the user; the message is Dutch and safe to show.
    #[error("{0}")]
    Ongeldig(String),
    #[error("{wat} '{sleutel}' bestaat niet")]
    NietGevonden { wat: &'static str, sleutel: String },
    /// A uniqueness rule was broken (e.g. a BSN that is already registered).
    #[error("{0}")]
    Conflict(String),
    /// A file refused as a whole, with every reason (Dutch, safe to show, never a BSN);
    /// nothing of it was stored.
    #[error("het bestand is geweigerd: {}", .0.join("; "))]
    Geweigerd(Vec<String>),
    #[error(
        "de database is niet leeg; de demoregio kan alleen in een lege database worden gemaakt"
    )]
    NietLeeg,
    #[error(
        "onbekend soort database-adres '{0}': gebruik postgres://…, sqlite://… of een bestandsnaam"
    )]
    OnbekendAdres(String),
    #[error("databasefout")]
    Database(#[from] sqlx::Error),
    #[error("migratie van het databaseschema mislukt")]
    Migratie(#[from] sqlx::migrate::MigrateError),
    #[error("wachtwoord kon niet worden versleuteld")]
    Wachtwoord,
}

impl StoreError {
    /// True for errors caused by the input rather than by the system.
    pub fn is_user_error(&self) -> bool {
        matches!(
            self,
            StoreError::Ongeldig(_)
                | StoreError::NietGevonden { .. }
                | StoreError::Conflict(_)
                | StoreError::Geweigerd(_)
                | StoreError::NietLeeg
                | StoreError::OnbekendAdres(_)
        )
    }
}

macro_rules! invalid_from {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> Self {
                StoreError::Ongeldig(e.to_string())
            }
        }
    )*};
}
invalid_from!(
    CodeError,
    InschrijvingError,
    LeerlingError,
    PersoonsnummerError,
    PostcodeError,
    RegioError
);

/// Maps a unique-constraint violation to a Dutch conflict message; other errors pass.
pub(crate) fn on_unique(err: sqlx::Error, message: impl FnOnce() -> String) -> StoreError {
    match &err {
        sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::Conflict(message()),
        _ => StoreError::Database(err),
    }
}
