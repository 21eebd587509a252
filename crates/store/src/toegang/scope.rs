//! The SQL condition that limits a query to a viewer's scope.

use super::*;

/// A scope value bound with its column's type.
pub(crate) enum Bind {
    Text(String),
    Int(i64),
}

impl Bind {
    pub(crate) fn bind<'q>(
        &self,
        q: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments> {
        match self {
            Bind::Text(t) => q.bind(t.clone()),
            Bind::Int(i) => q.bind(*i),
        }
    }
}

/// The SQL condition on `leerling l` for the pupils a scope covers (the domain's
/// [`LeerlingFilter`] written as SQL), its bound value, and whether it also needs the day
/// as `$2`. `None`: the scope covers no single pupil.
pub(crate) fn scope_condition(kijker: &Kijker) -> Result<Option<(String, Bind, bool)>, StoreError> {
    // Enrolled today (the domain's `LeerlingContext::scholen`): (leerling, vestiging v,
    // bestuur b). A registration gives the registration, not a place in these lists.
    let current = "SELECT i.leerling_id FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
         JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
         WHERE i.van <= $2 AND (i.tot IS NULL OR i.tot >= $2)";
    let (condition, scope, dated) = match kijker.leerling_filter() {
        LeerlingFilter::Geen => return Ok(None),
        LeerlingFilter::HuidigeVestiging(v) => (
            format!("l.id IN ({current} AND v.code = $1)"),
            Bind::Text(v),
            true,
        ),
        LeerlingFilter::HuidigBestuur(b) => (
            format!("l.id IN ({current} AND b.bevoegd_gezag = $1)"),
            Bind::Text(b),
            true,
        ),
        LeerlingFilter::HuidigSwv(c) => (
            format!(
                "(l.id IN ({current} AND v.swv_code = $1) \
                 OR l.id IN (SELECT leerling_id FROM swv_zaak WHERE swv_code = $1))"
            ),
            Bind::Text(c),
            true,
        ),
        LeerlingFilter::Woongemeente(g) => (
            "l.pc4 IN (SELECT pc4 FROM postcode_regio WHERE gemeentecode = $1)".to_string(),
            Bind::Text(g),
            false,
        ),
        LeerlingFilter::Toegewezen(d) => {
            let id = d
                .parse()
                .map_err(|_| StoreError::Ongeldig("ongeldig werkgebied".into()))?;
            (
                "l.id IN (SELECT t.leerling_id FROM tlv t JOIN tlv_advies a ON a.tlv_id = t.id WHERE a.deskundige_id = $1)"
                    .to_string(),
                Bind::Int(id),
                false,
            )
        }
        LeerlingFilter::KinderenVan(o) => {
            let id = o
                .parse()
                .map_err(|_| StoreError::Ongeldig("ongeldig werkgebied".into()))?;
            (
                "l.id IN (SELECT leerling_id FROM ouder_leerling WHERE ouder_id = $1)".to_string(),
                Bind::Int(id),
                false,
            )
        }
    };
    Ok(Some((condition, scope, dated)))
}
