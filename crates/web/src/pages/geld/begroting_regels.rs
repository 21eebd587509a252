//! The rows and charts of the begroting page, each from the store's budget.

use super::staaf::{Staaf, staven};
use super::{component_naam, eur, eur_opt};
use passend_domain::SwvCode;
use passend_domain::bekostiging::{AfdrachtNaar, Component, Decimal, SwvBekostiging};
use passend_store::geld::Begroting;

pub struct ToelichtingRegel {
    pub onderdeel: &'static str,
    pub invoer: String,
    pub factor: String,
    pub bron: String,
    pub uitkomst: String,
}

pub struct ScenarioRij {
    pub swv: String,
    pub tlv: String,
    pub woon: String,
    pub school: String,
    pub verschil_woon: String,
    pub verschil_school: String,
    pub eigen: bool,
}

pub(super) fn naar_uitleg(n: AfdrachtNaar) -> &'static str {
    use passend_domain::bekostiging::AfdrachtNaar::*;
    match n {
        Tlv => {
            "de wet: het samenwerkingsverband dat de TLV afgaf betaalt (WPO art. 132 lid 4, WVO art. 85b lid 3)"
        }
        Woon => "scenario: het samenwerkingsverband waar de leerling woont betaalt",
        School => "scenario: het samenwerkingsverband van de (v)so-vestiging betaalt",
    }
}

/// Each component with its amount; what the SWV pays on, negative.
pub(super) fn componenten(e: &SwvBekostiging) -> Vec<(&'static str, String)> {
    let c = |c: Component, d: Option<Decimal>| (component_naam(c), eur_opt(d));
    vec![
        c(Component::LichteOndersteuning, e.lichte_ondersteuning),
        c(Component::ZwareOndersteuning, e.zware_ondersteuning),
        c(Component::AfdrachtSo, e.afdracht_so.map(|d| -d)),
        c(Component::AfdrachtVso, e.afdracht_vso.map(|d| -d)),
        c(Component::Verevening, e.verevening),
        c(Component::Groei, e.groei.map(|d| -d)),
        c(Component::SboGroei, e.sbo_groei.map(|d| -d)),
        c(Component::Sbo2Procent, e.sbo_2_procent.map(|d| -d)),
        c(Component::LwooPro, e.lwoo_pro.map(|d| -d)),
        c(Component::Uitputting, e.uitputting),
    ]
}

pub(super) fn toelichting(e: &SwvBekostiging) -> Vec<ToelichtingRegel> {
    e.toelichting
        .iter()
        .map(|l| ToelichtingRegel {
            onderdeel: component_naam(l.component),
            invoer: l.invoer.clone(),
            factor: l.factor.map(|f| f.to_string()).unwrap_or_default(),
            bron: l.bron.clone(),
            uitkomst: eur_opt(l.uitkomst),
        })
        .collect()
}

/// The afdracht per TLV group: (group, count, norm amount, amount).
pub(super) fn afdracht(b: &Begroting) -> Vec<(String, u64, String, String)> {
    b.afdracht_per_groep
        .iter()
        .map(|a| {
            (
                a.groep.to_string(),
                a.aantal,
                eur_opt(a.normbedrag),
                eur_opt(a.bedrag),
            )
        })
        .collect()
}

/// From the budget to netto, one bar per step.
pub(super) fn opbouw(e: &SwvBekostiging) -> Vec<Staaf> {
    let z = Decimal::ZERO;
    staven(&[
        (
            "Lichte ondersteuning".into(),
            e.lichte_ondersteuning.unwrap_or(z),
        ),
        (
            "Zware ondersteuning".into(),
            e.zware_ondersteuning.unwrap_or(z),
        ),
        (
            "Afdracht (v)so".into(),
            -(e.afdracht_so.unwrap_or(z) + e.afdracht_vso.unwrap_or(z)),
        ),
        ("Verevening".into(), e.verevening.unwrap_or(z)),
        ("Groei".into(), -e.groei.unwrap_or(z)),
        (
            "Sbo-overdrachten".into(),
            -(e.sbo_groei.unwrap_or(z) + e.sbo_2_procent.unwrap_or(z)),
        ),
        ("Lwoo en pro".into(), -e.lwoo_pro.unwrap_or(z)),
        ("Uitputting (scholen)".into(), e.uitputting.unwrap_or(z)),
        ("Netto".into(), e.netto),
    ])
}

/// Netto per schooljaar; a year without a rule set gets an empty bar after the others.
pub(super) fn jaren(b: &Begroting) -> Vec<Staaf> {
    let met: Vec<(String, Decimal)> = b
        .jaarreeks
        .iter()
        .filter_map(|(sj, n)| n.map(|n| (sj.to_string(), n)))
        .collect();
    let mut jaren = staven(&met);
    for (sj, n) in &b.jaarreeks {
        if n.is_none() {
            jaren.push(Staaf {
                label: sj.to_string(),
                tekst: "geen regelset".into(),
                y: 8 + jaren.len() as i64 * 26,
                x: 200,
                breedte: 0,
                kleur: "#888",
            });
        }
    }
    jaren
}

pub(super) fn scenarios(b: &Begroting, swv: &SwvCode) -> Vec<ScenarioRij> {
    b.scenarios
        .iter()
        .map(|s| ScenarioRij {
            eigen: s.swv == *swv,
            swv: s.swv.to_string(),
            tlv: eur(s.tlv),
            woon: eur(s.woon),
            school: eur(s.school),
            verschil_woon: eur(s.woon - s.tlv),
            verschil_school: eur(s.school - s.tlv),
        })
        .collect()
}
