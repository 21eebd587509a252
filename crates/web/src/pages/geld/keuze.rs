//! The choice at the top of every money page: schooljaar, rekenvoorbeeld, payer rule, format.

use crate::export::Formaat;
use crate::{AppState, WebError, vandaag};
use passend_domain::Schooljaar;
use passend_store::geld::{naar_tekst, naar_van};
use serde::Deserialize;

/// The choice every money page reads: schooljaar, an optional rule set for a
/// rekenvoorbeeld, the payer rule, and the download format.
#[derive(Debug, Default, Deserialize)]
pub struct GeldQuery {
    pub schooljaar: Option<String>,
    pub voorbeeld: Option<String>,
    pub naar: Option<String>,
    pub formaat: Option<String>,
    pub tabel: Option<String>,
}

pub struct Keuze {
    pub schooljaar: Schooljaar,
    pub voorbeeld: Option<Schooljaar>,
    pub naar: passend_domain::bekostiging::AfdrachtNaar,
    pub formaat: Option<Formaat>,
}

impl GeldQuery {
    pub fn keuze(&self) -> Result<Keuze, WebError> {
        let schooljaar = match self.schooljaar.as_deref().map(str::trim) {
            // The schooljaar that runs today; the next one (counted on 1 oktober) is one choice away.
            None | Some("") => Schooljaar::of(vandaag()),
            Some(s) => {
                Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("schooljaar: {e}")))?
            }
        };
        let voorbeeld = match self.voorbeeld.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(s) => Some(
                Schooljaar::parse(s).map_err(|e| WebError::Ongeldig(format!("voorbeeld: {e}")))?,
            ),
        };
        Ok(Keuze {
            schooljaar,
            voorbeeld,
            naar: naar_van(self.naar.as_deref().unwrap_or(""))
                .map_err(|e| WebError::Ongeldig(e.to_string()))?,
            formaat: Formaat::van(self.formaat.as_deref())?,
        })
    }
}

impl Keuze {
    /// The query string that keeps this choice, for links.
    fn query(&self) -> String {
        let mut q = format!(
            "schooljaar={}&naar={}",
            self.schooljaar,
            naar_tekst(self.naar)
        );
        if let Some(v) = self.voorbeeld {
            q.push_str(&format!("&voorbeeld={v}"));
        }
        q
    }
}

/// The form at the top of every money page.
pub struct KeuzeForm {
    pub actie: String,
    pub schooljaar: String,
    pub voorbeeld: String,
    pub naar: &'static str,
    pub sets: Vec<String>,
    pub query: String,
}

pub(super) async fn keuze_form(
    state: &AppState,
    actie: String,
    k: &Keuze,
) -> Result<KeuzeForm, WebError> {
    let sets = state.store.geld().regelsets().await?;
    Ok(KeuzeForm {
        actie,
        schooljaar: k.schooljaar.to_string(),
        voorbeeld: k.voorbeeld.map(|v| v.to_string()).unwrap_or_default(),
        naar: naar_tekst(k.naar),
        sets: sets.schooljaren().iter().map(ToString::to_string).collect(),
        query: k.query(),
    })
}
