//! The input of a decision form, repeated as hidden fields on the confirmation page and
//! filled in again when the user goes back to the form.

use std::borrow::Borrow;

/// The fields a form sent (without its CSRF value and the confirmation's own fields), and
/// the path it was sent to.
#[derive(Debug, Clone, Default)]
pub struct Invoer {
    pad: String,
    velden: Vec<(String, String)>,
}

impl Invoer {
    pub fn new(pad: String, velden: Vec<(String, String)>) -> Self {
        let velden = velden
            .into_iter()
            .filter(|(k, _)| !matches!(k.as_str(), "csrf" | "bevestigd" | "terug"))
            .collect();
        Self { pad, velden }
    }

    /// The path the form posts to (the same for confirming and going back).
    pub fn pad(&self) -> &str {
        &self.pad
    }

    /// The fields to repeat as hidden inputs.
    pub fn velden(&self) -> &[(String, String)] {
        &self.velden
    }

    /// This input if it was sent by form `formulier` (the last part of its path) of record
    /// `id`, else none: a page with several forms fills in only the one the user came from.
    pub fn voor(&self, formulier: &str, id: impl Borrow<i64>) -> Invoer {
        let mut delen = self.pad.rsplit('/');
        let (laatste, nummer) = (delen.next(), delen.next());
        if laatste == Some(formulier) && nummer == Some(id.borrow().to_string().as_str()) {
            self.clone()
        } else {
            Invoer::default()
        }
    }

    /// Whether there is input to fill in (a form comes back open).
    pub fn ingevuld(&self) -> bool {
        !self.velden.is_empty()
    }

    /// A field's value as sent; empty when absent.
    pub fn waarde(&self, naam: &str) -> &str {
        self.velden
            .iter()
            .find(|(k, _)| k == naam)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Whether a choice was made for this value (a select's option).
    pub fn gekozen(&self, naam: &str, waarde: &str) -> bool {
        self.waarde(naam) == waarde
    }

    /// Whether a checkbox was ticked.
    pub fn aangevinkt(&self, naam: &str) -> bool {
        !self.waarde(naam).is_empty()
    }
}
