//! The found audit lines as a download.

use crate::export::Tabel;
use passend_store::AuditRegel;

pub(super) fn audit_tabel(regels: &[AuditRegel]) -> Tabel {
    let mut t = Tabel::new(
        "auditlog",
        &[
            "tijdstip",
            "gebruiker",
            "rol",
            "werkgebied",
            "leerling_id",
            "actie",
            "route",
            "gewijzigd",
        ],
    );
    for r in regels {
        t.rij(vec![
            r.tijdstip.clone().into(),
            r.gebruikersnaam.clone().into(),
            r.rol.clone().into(),
            r.scope.clone().into(),
            r.leerling_id.into(),
            r.actie.clone().into(),
            r.route.clone().into(),
            r.wijzigingen.clone().into(),
        ]);
    }
    t
}
