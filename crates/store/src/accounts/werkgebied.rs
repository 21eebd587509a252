//! What a role's scope is, looked up for the policy that decides who may hand out that
//! role ([`Kijker::mag_rol_toekennen`](passend_domain::Kijker::mag_rol_toekennen)). A
//! scope the role needs but that does not exist is refused with its name.

use super::*;
use passend_domain::Werkgebied;

impl AccountsStore<'_> {
    /// The werkgebied of `rol` bound to `scope`, or why that scope is not one.
    pub async fn werkgebied(self, rol: Rol, scope: Option<&str>) -> Result<Werkgebied, StoreError> {
        let Some(scope) = scope.map(str::trim) else {
            return Ok(Werkgebied::Anders);
        };
        let onbekend = |wat: &str| {
            StoreError::Ongeldig(format!(
                "werkgebied: {wat} '{scope}' bestaat niet in passend"
            ))
        };
        let bestaat = |sql: &'static str| async move {
            Ok::<_, StoreError>(
                sqlx::query(sql)
                    .bind(scope)
                    .fetch_optional(&self.pool)
                    .await?
                    .is_some(),
            )
        };
        Ok(match rol {
            Rol::School => Werkgebied::Vestiging(
                self.school_context(scope)
                    .await
                    .map_err(|_| onbekend("vestiging"))?,
            ),
            Rol::Bestuur => {
                if !bestaat("SELECT 1 FROM bestuur WHERE bevoegd_gezag = $1").await? {
                    return Err(onbekend("bestuur"));
                }
                Werkgebied::Bestuur(scope.into())
            }
            Rol::Swv | Rol::Opr => {
                if !bestaat("SELECT 1 FROM swv WHERE code = $1").await? {
                    return Err(onbekend("samenwerkingsverband"));
                }
                Werkgebied::Swv(scope.into())
            }
            Rol::Deskundige => {
                let swv =
                    sqlx::query("SELECT swv_code FROM deskundige WHERE CAST(id AS TEXT) = $1")
                        .bind(scope)
                        .fetch_optional(&self.pool)
                        .await?
                        .ok_or_else(|| onbekend("deskundige"))?
                        .try_get(0)?;
                Werkgebied::Deskundige {
                    id: scope.into(),
                    swv,
                }
            }
            // An eigen beheerder's own organisation: a vestiging, a bestuur or an SWV.
            Rol::EigenBeheerder => {
                if let Ok(s) = self.school_context(scope).await {
                    Werkgebied::Vestiging(s)
                } else if bestaat("SELECT 1 FROM bestuur WHERE bevoegd_gezag = $1").await? {
                    Werkgebied::Bestuur(scope.into())
                } else if bestaat("SELECT 1 FROM swv WHERE code = $1").await? {
                    Werkgebied::Swv(scope.into())
                } else {
                    return Err(onbekend("organisatie"));
                }
            }
            _ => Werkgebied::Anders,
        })
    }
}

impl AccountsStore<'_> {
    /// Refuses `rol` bound to `scope` unless `wie` may hand it out: the beheerder any
    /// role, an eigen beheerder those of its own organisation (the domain's
    /// [`Kijker::mag_rol_toekennen`](passend_domain::Kijker::mag_rol_toekennen)).
    pub(super) async fn toets_rol(
        self,
        wie: &crate::Verzoeker,
        rol: &AccountRol,
    ) -> Result<(), StoreError> {
        let werkgebied = self.werkgebied(rol.rol, rol.scope.as_deref()).await?;
        if wie.kijker.mag_rol_toekennen(rol.rol, &werkgebied) {
            Ok(())
        } else {
            Err(StoreError::Ongeldig(format!(
                "werkgebied: de rol {} met dit werkgebied hoort niet bij uw organisatie",
                rol.rol.omschrijving()
            )))
        }
    }

    /// Whether `wie` keeps the account `id`: may hand out every role it has.
    pub(super) async fn beheert(self, wie: &crate::Verzoeker, id: i64) -> Result<bool, StoreError> {
        let rollen = sqlx::query("SELECT rol, scope FROM account_rol WHERE account_id = $1")
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        for r in &rollen {
            if !self
                .mag_toekennen(wie, &r.try_get::<String, _>(0)?, r.try_get(1)?)
                .await?
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether `wie` may hand out the stored role `rol` bound to `scope` (a scope that no
    /// longer exists counts as outside an eigen beheerder's organisation).
    pub(super) async fn mag_toekennen(
        self,
        wie: &crate::Verzoeker,
        rol: &str,
        scope: Option<String>,
    ) -> Result<bool, StoreError> {
        let rol = Rol::parse(rol).map_err(|e| StoreError::Ongeldig(e.to_string()))?;
        let werkgebied = self
            .werkgebied(rol, scope.as_deref())
            .await
            .unwrap_or(Werkgebied::Anders);
        Ok(wie.kijker.mag_rol_toekennen(rol, &werkgebied))
    }
}
