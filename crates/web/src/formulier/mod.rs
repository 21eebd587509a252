//! One place per form where its raw fields become the input of the store or the domain. The
//! HTML page and the JSON API both fill the same struct of raw fields (`…Velden`, read by its
//! `lees`), so they accept and refuse the same input. A refusal names its field by key
//! ([`Veldfout`]); the page words it with the label on the form, the API with the field's
//! JSON name.
//!
//! The raw fields: free text is `&str` (absent is empty); a value that may be absent, or is
//! required, is `Option<&str>`, which the page fills with [`ingevuld`] (blank is absent); a
//! number is its text, so that both sides share its parse (the API passes its JSON number as
//! text); a checkbox is a `bool`. Lists whose shape differs between form and JSON come read.

pub mod aanmelding;
pub mod account;
pub mod bereidheid;
pub mod leerling;
pub mod leerplicht;
pub mod ondersteuning;
pub mod ouder;
pub mod thuiszitters;
pub mod tlv;
pub mod verantwoording;

use crate::WebError;
use jiff::civil::Date;

/// A refused field: its key (the API's field in snake_case: `bereid_op` for `bereidOp`) and
/// what is wrong with it, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Veldfout {
    pub veld: &'static str,
    pub melding: String,
}

impl Veldfout {
    pub fn new(veld: &'static str, melding: impl Into<String>) -> Self {
        Self {
            veld,
            melding: melding.into(),
        }
    }

    /// The field as the API names it: `bereid_op` → `bereidOp`, `leerling.woon_postcode` →
    /// `leerling.woonPostcode`.
    pub fn json_naam(&self) -> String {
        let mut naam = String::with_capacity(self.veld.len());
        let mut hoofdletter = false;
        for c in self.veld.chars() {
            match c {
                '_' => hoofdletter = true,
                c if hoofdletter => {
                    naam.extend(c.to_uppercase());
                    hoofdletter = false;
                }
                c => naam.push(c),
            }
        }
        naam
    }

    /// As the page says it: `label: melding`, with the label the form shows for the field
    /// (`labels` pairs keys with labels; a key not listed is its own label).
    pub fn op_pagina(self, labels: &[(&str, &str)]) -> WebError {
        let label = labels
            .iter()
            .find(|(veld, _)| *veld == self.veld)
            .map_or(self.veld, |(_, label)| label);
        WebError::Ongeldig(format!("{label}: {}", self.melding))
    }
}

/// What a form field holds without surrounding white space; blank is absent, because an
/// HTML form sends every field, filled in or not.
pub fn ingevuld(tekst: &str) -> Option<&str> {
    Some(tekst.trim()).filter(|t| !t.is_empty())
}

/// A date `JJJJ-MM-DD`, taken as given (the page has trimmed it); absent stays absent.
pub fn datum(veld: &'static str, tekst: Option<&str>) -> Result<Option<Date>, Veldfout> {
    tekst
        .map(|t| {
            t.parse()
                .map_err(|_| Veldfout::new(veld, format!("'{t}' is geen datum (JJJJ-MM-DD)")))
        })
        .transpose()
}

/// A date the form cannot do without.
pub fn verplichte_datum(veld: &'static str, tekst: Option<&str>) -> Result<Date, Veldfout> {
    nodig(veld, datum(veld, tekst)?, "vul een datum in")
}

/// A choice between `ja` and `nee` on a form; blank is no choice.
pub fn ja_nee(veld: &'static str, tekst: &str) -> Result<Option<bool>, Veldfout> {
    match tekst.trim() {
        "" => Ok(None),
        "ja" => Ok(Some(true)),
        "nee" => Ok(Some(false)),
        x => Err(Veldfout::new(veld, format!("'{x}' is geen ja of nee"))),
    }
}

/// A pupil's number as typed in a form.
pub fn leerlingnummer(tekst: &str) -> Result<passend_store::LeerlingId, Veldfout> {
    let t = tekst.trim();
    t.parse()
        .map(passend_store::LeerlingId)
        .map_err(|_| Veldfout::new("leerling", format!("'{t}' is geen leerlingnummer")))
}

/// A decision on a request: `toegekend` (true) or `afgewezen` (false).
pub fn toegekend(veld: &'static str, besluit: &str) -> Result<bool, Veldfout> {
    match besluit {
        "toegekend" => Ok(true),
        "afgewezen" => Ok(false),
        other => Err(Veldfout::new(
            veld,
            format!("'{other}' is geen besluit: toegekend of afgewezen"),
        )),
    }
}

/// A value the form cannot do without; `melding` says what to fill in.
pub fn nodig<T>(veld: &'static str, waarde: Option<T>, melding: &str) -> Result<T, Veldfout> {
    waarde.ok_or_else(|| Veldfout::new(veld, melding))
}
