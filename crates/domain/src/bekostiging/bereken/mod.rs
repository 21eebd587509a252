//! The engine: from counts on the teldata and a rule set to the budget of every SWV, with an
//! explanation of each number.
//!
//! Money is exact decimal arithmetic ([`Decimal`]), never floats. An amount per pupil has at
//! most two decimals, so `aantal × bedrag` is exact and needs no rounding. The one rounding
//! point is the verevening (basisbedrag × percentage / 100), rounded once per SWV to cents
//! with [`RoundingStrategy::MidpointAwayFromZero`] (the usual commercial rounding: 0,005 →
//! 0,01, −0,005 → −0,01). `Decimal::round_dp` is NOT used: it is banker's rounding.

use super::groep::TlvGroep;
use super::invoer::{AfdrachtNaar, Invoer, Peildatum};
use super::regelset::{Bedrag, Regelset};
use super::uitkomst::{Component, SwvBekostiging, Toelichting};
use crate::codes::{Sector, SwvCode};
use crate::schoolsoort::Schoolsoort;
use rust_decimal::{Decimal, RoundingStrategy};
use std::collections::BTreeMap;

mod afdracht;
mod rekening;

pub(super) use rekening::*;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BekostigingError {
    #[error("{swv} is een {}-samenwerkingsverband en kan geen {schoolsoort}-leerlingen hebben", swv.sector().as_str())]
    Sector {
        swv: SwvCode,
        schoolsoort: Schoolsoort,
    },
    #[error(
        "voor --afdracht-naar school is de SWV van de vestiging nodig ({groep}, TLV van {tlv_swv})"
    )]
    SchoolSwvOnbekend { groep: TlvGroep, tlv_swv: SwvCode },
}

#[derive(Default)]
pub(super) struct Acc {
    pub(super) soorten: [u64; 6],
    /// Pupils per schoolsoort on 1 februari; `None`: not counted in the input.
    pub(super) soorten_februari: Option<[u64; 6]>,
    oktober: [u64; TlvGroep::COUNT],
    februari: [u64; TlvGroep::COUNT],
    basisbedrag: Option<Decimal>,
    verevening_onbekend: bool,
    /// Pupils per school (BRIN) on the teldatum, for an uitputting.
    pub(super) scholen: BTreeMap<String, u64>,
    /// lwoo/pro pupils; `None`: not counted in the input.
    pub(super) lwoo_pro: Option<u64>,
    /// `None`: not counted in the input.
    pub(super) sbo_tlv: Option<u64>,
}

pub(super) fn soort_index(s: Schoolsoort) -> usize {
    Schoolsoort::ALL.iter().position(|x| *x == s).unwrap_or(0)
}

/// Computes the budget of every SWV named anywhere in `invoer`, sorted by code.
pub fn bereken(
    regelset: &Regelset,
    invoer: &Invoer,
    naar: AfdrachtNaar,
) -> Result<Vec<SwvBekostiging>, BekostigingError> {
    let mut accs: BTreeMap<SwvCode, Acc> = BTreeMap::new();
    let check = |swv: &SwvCode, soort: Schoolsoort| {
        if swv.sector() == soort.sector() {
            Ok(())
        } else {
            Err(BekostigingError::Sector {
                swv: swv.clone(),
                schoolsoort: soort,
            })
        }
    };
    for t in &invoer.leerlingen {
        check(&t.swv, t.schoolsoort)?;
        accs.entry(t.swv.clone()).or_default().soorten[soort_index(t.schoolsoort)] += t.aantal;
    }
    for t in &invoer.tlv {
        let soort = t.groep.schoolsoort();
        for swv in [Some(&t.tlv_swv), Some(&t.woon_swv), t.school_swv.as_ref()]
            .into_iter()
            .flatten()
        {
            check(swv, soort)?;
            accs.entry(swv.clone()).or_default();
        }
        let charged = match naar {
            AfdrachtNaar::Tlv => &t.tlv_swv,
            AfdrachtNaar::Woon => &t.woon_swv,
            AfdrachtNaar::School => {
                t.school_swv
                    .as_ref()
                    .ok_or_else(|| BekostigingError::SchoolSwvOnbekend {
                        groep: t.groep,
                        tlv_swv: t.tlv_swv.clone(),
                    })?
            }
        };
        let acc = accs.entry(charged.clone()).or_default();
        match t.peildatum {
            Peildatum::Oktober => acc.oktober[t.groep.index()] += t.aantal,
            Peildatum::Februari => acc.februari[t.groep.index()] += t.aantal,
        }
    }
    for (swv, bedrag) in &invoer.verevening {
        let acc = accs.entry(swv.clone()).or_default();
        *acc.basisbedrag.get_or_insert(Decimal::ZERO) += *bedrag;
    }
    for t in invoer.leerlingen_februari.iter().flatten() {
        check(&t.swv, t.schoolsoort)?;
        accs.entry(t.swv.clone()).or_default();
    }
    for t in &invoer.scholen {
        check(&t.swv, t.schoolsoort)?;
        *accs
            .entry(t.swv.clone())
            .or_default()
            .scholen
            .entry(t.school.clone())
            .or_default() += t.aantal;
    }
    for (swv, _) in invoer.lwoo_pro.iter().flatten() {
        check(swv, Schoolsoort::Vo)?;
        accs.entry(swv.clone()).or_default();
    }
    for (swv, aantal) in invoer.sbo_tlv.iter().flatten() {
        check(swv, Schoolsoort::Sbo)?;
        *accs
            .entry(swv.clone())
            .or_default()
            .sbo_tlv
            .get_or_insert(0) += aantal;
    }
    // Counted inputs: every SWV gets its counts (zero when it has no rows), so that a zero
    // is a count and a missing count stays missing.
    for acc in accs.values_mut() {
        acc.verevening_onbekend = invoer.verevening_onbekend;
        if invoer.sbo_tlv.is_some() {
            acc.sbo_tlv.get_or_insert(0);
        }
        if invoer.leerlingen_februari.is_some() {
            acc.soorten_februari = Some([0; 6]);
        }
        if invoer.lwoo_pro.is_some() {
            acc.lwoo_pro = Some(0);
        }
    }
    for t in invoer.leerlingen_februari.iter().flatten() {
        if let Some(f) = accs
            .get_mut(&t.swv)
            .and_then(|a| a.soorten_februari.as_mut())
        {
            f[soort_index(t.schoolsoort)] += t.aantal;
        }
    }
    for (swv, aantal) in invoer.lwoo_pro.iter().flatten() {
        if let Some(n) = accs.get_mut(swv).and_then(|a| a.lwoo_pro.as_mut()) {
            *n += aantal;
        }
    }
    Ok(accs
        .into_iter()
        .map(|(swv, acc)| SwvRekening::new(regelset, naar, swv).reken(&acc))
        .collect())
}
