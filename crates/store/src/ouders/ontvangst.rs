//! The receipt of a digital registration as a letter, for the parent who sent it (and whoever
//! else may read the child's dossier): sender the school from the register with its address,
//! addressee the child's parents at the child's postcode, the day of receipt in words and
//! the decision term.

use super::*;
use passend_domain::brief::{Adres, Brief, Briefsoort, datum_voluit};

impl OudersStore<'_> {
    /// The receipt letter of registration `id`; "not found" for whoever may not read the
    /// child's dossier, and for a registration the parents did not send in the app.
    pub async fn ontvangstbevestiging(
        self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Brief, StoreError> {
        let niet_gevonden = || StoreError::NietGevonden {
            wat: "aanmelding",
            sleutel: id.to_string(),
        };
        let r = sqlx::query(
            "SELECT a.leerling_id, a.ontvangen, v.naam, v.straat, v.huisnummer, v.postcode, v.plaats, \
             l.voornaam, l.tussenvoegsel, l.achternaam, l.postcode FROM aanmelding a \
             JOIN vestiging v ON v.code = a.vestiging_code JOIN leerling l ON l.id = a.leerling_id \
             WHERE a.id = $1 AND a.ouder_id IS NOT NULL",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or_else(niet_gevonden)?;
        let leerling = LeerlingId(r.try_get(0)?);
        self.toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await
            .map_err(|_| niet_gevonden())?;
        let ontvangen: Date = crate::kolom::date(&r.try_get::<String, _>(1)?)?;
        let kind = passend_domain::Naam {
            voornaam: r.try_get(7)?,
            tussenvoegsel: r.try_get(8)?,
            achternaam: r.try_get(9)?,
        }
        .volledig();
        let school: String = r.try_get(2)?;
        let straat = format!(
            "{} {}",
            r.try_get::<String, _>(3)?,
            r.try_get::<String, _>(4)?
        );
        let plaats = format!(
            "{} {}",
            r.try_get::<String, _>(5)?,
            r.try_get::<String, _>(6)?
        );
        let mut b = Brief::nieuw(
            Briefsoort::Ontvangstbevestiging,
            Adres {
                naam: school.clone(),
                regels: [straat.trim(), plaats.trim()]
                    .into_iter()
                    .filter(|r| !r.is_empty())
                    .map(String::from)
                    .collect(),
            },
            Adres {
                naam: format!("De ouders of verzorgers van {kind}"),
                regels: vec![r.try_get(10)?],
            },
            ontvangen,
        );
        b.kenmerk = Some(format!("aanmelding {id}"));
        let uiterlijk =
            passend_domain::zorgplicht::termijnen(ontvangen, None, &[], false, true, None)
                .map_err(|e| StoreError::Ongeldig(e.to_string()))?
                .beslissen_uiterlijk;
        b.besluit = vec![
            format!(
                "{school} heeft uw aanmelding van {kind} ontvangen op {}.",
                datum_voluit(ontvangen)
            ),
            format!(
                "De school beslist uiterlijk op {}.",
                datum_voluit(uiterlijk)
            ),
        ];
        self.audit(wie, Some(leerling), crate::Actie::Lezen, route)
            .await?;
        Ok(b)
    }
}
