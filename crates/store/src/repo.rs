//! The store by area: each repository is the part of the store for one area of the law,
//! reached from the [`Store`] (`store.tlvs().beslis_tlv(…)`). What they share stays on the
//! [`Store`] itself and is reached through it: the connection pool, the access policy with
//! the scoped reads of a pupil (`toets`, `dossier_voor`), the audit log and the system
//! account. A repository is a copyable reference, so its futures borrow the store, not the
//! repository value.

use crate::Store;
use std::ops::Deref;

macro_rules! repositories {
    ($($(#[$doc:meta])* $name:ident => $accessor:ident;)*) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy)]
        pub struct $name<'s>(&'s Store);

        impl Store {
            $(#[$doc])*
            pub fn $accessor(&self) -> $name<'_> {
                $name(self)
            }
        }

        impl Deref for $name<'_> {
            type Target = Store;
            fn deref(&self) -> &Store {
                self.0
            }
        }
    )*};
}

repositories! {
    /// Registrations (aanmeldingen) and their decisions.
    AanmeldingenStore => aanmeldingen;
    /// Arrangement requests, symbiose and integral arrangements.
    ArrangementenStore => arrangementen;
    /// TLVs, the deskundigen register, advices and bezwaren.
    TlvsStore => tlvs;
    /// OPPs (ontwikkelingsperspectieven) and their signals.
    OppsStore => opps;
    /// OSO dossiers received.
    OsoStore => oso;
    /// The thuiszitter register and the escalation ladder.
    ThuiszittersStore => thuiszitters;
    /// Vrijstellingen, the residents check and the yearly counts of leerplicht.
    LeerplichtStore => leerplicht;
    /// Support plans, disputes and vso outflow.
    VerantwoordingStore => verantwoording;
    /// Budget, distribution, rule sets and payments.
    GeldStore => geld;
    /// The monitor figures and the research extract.
    MonitorStore => monitor;
    /// Besturen, schools, vestigingen and SWVs, and importing them.
    OrganisatiesStore => organisaties;
    /// Absence, its reports and the school-holiday calendars.
    VerzuimStore => verzuim;
    /// Schorsingen and verwijderingen.
    MaatregelenStore => maatregelen;
    /// The school's roster (EDEXML).
    RoosterStore => rooster;
    /// School support profiles and the dekkend aanbod.
    AanbodStore => aanbod;
    /// Accounts, sessions and API keys.
    AccountsStore => accounts;
    /// Parents linked to their children by the school.
    OudersStore => ouders;
    /// The outbox of mails and their delivery.
    MailStore => mail;
    /// Open tasks ("Mijn werk") and the notifications of new ones.
    TakenStore => taken;
    /// The letters of every decision, built from the app's data.
    BrievenStore => brieven;
}
