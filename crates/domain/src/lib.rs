//! The rules of *passend onderwijs*, without I/O: identifiers, the regio-indeling of the
//! samenwerkingsverbanden, schooljaren and enrolment histories.
//!
//! Legal terms stay Dutch as the law spells them; everything technical is English.
//! Error messages are Dutch because they reach users as they are.

pub mod arrangement;
pub mod bekostiging;
pub mod brief;
pub mod bsn;
pub mod codes;
pub mod dekkend_aanbod;
pub mod email;
pub mod gemeente;
pub mod identiteit;
pub mod inschrijving;
pub mod leerling;
pub mod leerplicht;
pub mod monitor;
pub mod ondersteuning;
pub mod opp;
pub mod organisaties;
pub mod postcode;
pub mod regio;
pub mod richtlijnen;
pub mod rol;
pub mod schooljaar;
pub mod schoolsoort;
pub mod symbiose;
pub mod taken;
pub mod thuiszitters;
pub mod tlv;
pub mod toegang;
pub mod verantwoording;
pub mod verzuim;
pub mod verzuimmelding;
pub mod voortgang;
pub mod vrijstelling;
pub mod zorgplicht;

pub use bsn::{Bsn, Onderwijsnummer, PersoonsnummerError};
pub use codes::{Brin, CodeError, Gemeentecode, Sector, SwvCode, VestigingCode};
pub use email::{EmailAdres, EmailError};
pub use gemeente::{Gemeente, GemeenteError};
pub use inschrijving::{Inschrijving, InschrijvingError, Inschrijvingen};
pub use leerling::{Leerling, LeerlingError, Naam, leeftijd_op};
pub use postcode::{Pc4, Postcode, PostcodeError};
pub use regio::{RegioError, RegioIndeling, RegioRegel, WoonSwv};
pub use rol::{Rol, RolError};
pub use schooljaar::{Schooljaar, SchooljaarError};
pub use schoolsoort::{Schoolsoort, SchoolsoortError};
pub use toegang::{
    Functie, Handeling, Kijker, LeerlingContext, LeerlingFilter, SchoolContext, Stap, Weigering,
    Werkgebied,
};
