//! The parents' own steps on an OPP, an arrangement request or a TLV request: instemming
//! (or not, with their reason), their view with the child's voice, the signature on a TLV
//! request. Each is the signed-in parent's act with gezag, asked of the one policy, stored
//! append-only and audited.

use super::*;
use crate::audit::{Actie, commit_audited};
use crate::instant_text;
use passend_domain::Stap;

pub use super::onderwerp::Onderwerp;

/// The parents' answer to the handelingsdeel of an OPP version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OppAntwoord {
    Instemming,
    /// No instemming, with the parents' reason (the school then talks with them again).
    GeenInstemming(String),
}

/// A parent's view and the child's own view ("de stem van het kind").
#[derive(Debug, Clone, Default)]
pub struct Zienswijze {
    pub ouders: String,
    pub kind: String,
}

fn trimmed(s: &str) -> Option<&str> {
    Some(s.trim()).filter(|t| !t.is_empty())
}

impl OudersStore<'_> {
    /// The parent with gezag answers the handelingsdeel of the current OPP version.
    pub async fn opp_antwoord(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        opp: Onderwerp,
        antwoord: &OppAntwoord,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let Onderwerp::Opp { opp_id, versie } = opp else {
            return Err(StoreError::Ongeldig(
                "dit is geen ontwikkelingsperspectief".into(),
            ));
        };
        let (stap, reden) = match antwoord {
            OppAntwoord::Instemming => ("opp_instemming", None),
            OppAntwoord::GeenInstemming(r) => (
                "opp_geen_instemming",
                Some(trimmed(r).ok_or_else(|| {
                    StoreError::Ongeldig(
                        "schrijf waarom u niet instemt, zodat de school met u verder kan praten"
                            .into(),
                    )
                })?),
            ),
        };
        self.toets(
            wie,
            &Handeling::OuderStap(Stap::OppInstemmen),
            leerling,
            today,
            route,
        )
        .await?;
        let mut tx = self.begin_write().await?;
        open_in(&mut tx, opp, leerling).await?;
        if reden.is_none() {
            crate::opp::zet_instemming(&mut tx, opp_id, versie, today).await?;
        }
        insert_stap(&mut tx, wie, leerling, stap, opp, reden, None).await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Wijzigen,
            route,
            &["ouder_stap", stap],
        )
        .await
    }

    /// The parent with gezag gives their view and the child's own view on a pending OPP,
    /// arrangement request or TLV request; the deciding party reads it beside the request.
    pub async fn geef_zienswijze(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        onderwerp: Onderwerp,
        z: &Zienswijze,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let ouders = trimmed(&z.ouders);
        let kind = trimmed(&z.kind);
        if ouders.is_none() && kind.is_none() {
            return Err(StoreError::Ongeldig(
                "schrijf uw zienswijze of wat uw kind er zelf van vindt".into(),
            ));
        }
        self.toets(
            wie,
            &Handeling::OuderStap(Stap::Zienswijze),
            leerling,
            today,
            route,
        )
        .await?;
        let mut tx = self.begin_write().await?;
        open_in(&mut tx, onderwerp, leerling).await?;
        insert_stap(
            &mut tx,
            wie,
            leerling,
            "zienswijze",
            onderwerp,
            ouders,
            kind,
        )
        .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["ouder_stap", "zienswijze"],
        )
        .await
    }

    /// The parent with gezag signs a pending TLV request, once.
    pub async fn onderteken_tlv(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        tlv: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        self.toets(
            wie,
            &Handeling::OuderStap(Stap::TlvOndertekenen),
            leerling,
            today,
            route,
        )
        .await?;
        let mut tx = self.begin_write().await?;
        let onderwerp = Onderwerp::Tlv(tlv);
        open_in(&mut tx, onderwerp, leerling).await?;
        let al = sqlx::query(
            "SELECT 1 FROM ouder_stap WHERE stap = 'tlv_ondertekening' AND onderwerp = 'tlv' AND onderwerp_id = $1 AND ouder_id = $2",
        )
        .bind(tlv)
        .bind(ouder_id(wie)?)
        .fetch_optional(&mut *tx)
        .await?;
        if al.is_some() {
            return Err(StoreError::Conflict(
                "u hebt deze aanvraag al ondertekend".into(),
            ));
        }
        insert_stap(
            &mut tx,
            wie,
            leerling,
            "tlv_ondertekening",
            onderwerp,
            None,
            None,
        )
        .await?;
        commit_audited(
            tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            &["ouder_stap", "tlv_ondertekening"],
        )
        .await
    }
}

/// The signed-in parent's own id (their role's scope).
pub(super) fn ouder_id(wie: &Verzoeker) -> Result<i64, StoreError> {
    wie.kijker
        .scope
        .as_deref()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| StoreError::Ongeldig("alleen een ouder zet deze stap".into()))
}

/// Inside the transaction: the subject is this pupil's and still open for the step; two
/// answers sent at once find the second one closed.
async fn open_in(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    onderwerp: Onderwerp,
    leerling: LeerlingId,
) -> Result<(), StoreError> {
    let open = sqlx::query(onderwerp.open_sql())
        .bind(onderwerp.id())
        .bind(leerling.0)
        .bind(onderwerp.versie())
        .fetch_optional(&mut **tx)
        .await?;
    if open.is_none() {
        return Err(StoreError::Conflict(
            "hierover is al besloten of ingestemd, of er is een nieuwere versie".into(),
        ));
    }
    Ok(())
}

async fn insert_stap(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    wie: &Verzoeker,
    leerling: LeerlingId,
    stap: &str,
    onderwerp: Onderwerp,
    tekst: Option<&str>,
    stem_kind: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO ouder_stap (leerling_id, stap, onderwerp, onderwerp_id, versie, ouder_id, account_id, tekst, stem_kind, op) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(leerling.0)
    .bind(stap)
    .bind(onderwerp.code())
    .bind(onderwerp.id())
    .bind(onderwerp.versie())
    .bind(ouder_id(wie)?)
    .bind(wie.account_id)
    .bind(tekst)
    .bind(stem_kind)
    .bind(instant_text(jiff::Timestamp::now()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
