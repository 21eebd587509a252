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

/// Builds one SWV's row and explanation.
pub(super) struct SwvRekening<'a> {
    pub(super) r: &'a Regelset,
    naar: AfdrachtNaar,
    pub(super) swv: SwvCode,
    pub(super) toelichting: Vec<Toelichting>,
}

impl<'a> SwvRekening<'a> {
    fn new(r: &'a Regelset, naar: AfdrachtNaar, swv: SwvCode) -> Self {
        Self {
            r,
            naar,
            swv,
            toelichting: Vec::new(),
        }
    }

    /// `aantal × bedrag[sleutel]`, explained; `None` when the amount is missing.
    pub(super) fn maal(
        &mut self,
        c: Component,
        invoer: String,
        aantal: u64,
        sleutel: &str,
    ) -> Option<Decimal> {
        let Bedrag { waarde, bron, .. } = self.r.bedrag(sleutel).clone();
        let uitkomst = waarde.map(|b| Decimal::from(aantal) * b);
        self.toelichting.push(Toelichting {
            component: c,
            invoer,
            sleutel: sleutel.into(),
            factor: waarde,
            bron,
            uitkomst,
        });
        uitkomst
    }

    /// A zero part that still gets a line, so that every number is explained.
    pub(super) fn geen(&mut self, c: Component, invoer: String) {
        self.toelichting.push(Toelichting {
            component: c,
            invoer,
            sleutel: String::new(),
            factor: None,
            bron: String::new(),
            uitkomst: Some(Decimal::ZERO),
        });
    }

    /// WPO art. 132 lid 1: amount per pupil × the bao pupils on 1 oktober (PO only; the
    /// lichte ondersteuning of a VO-SWV is not in the rule sets and is reported missing).
    fn lichte(&mut self, acc: &Acc) -> Option<Decimal> {
        let c = Component::LichteOndersteuning;
        if self.swv.sector() == Sector::Vo {
            self.toelichting.push(Toelichting {
                component: c,
                invoer: "lichte ondersteuning VO (regionale ondersteuning, lwoo en pro)".into(),
                sleutel: String::new(),
                factor: None,
                bron: "niet in de regelset: bedragen en lwoo/pro-aandeel per SWV \
                       (WVO art. 85b1) staan niet in de wetteksten"
                    .into(),
                uitkomst: None,
            });
            return None;
        }
        let bao = acc.soorten[soort_index(Schoolsoort::Bao)];
        let invoer = format!("{bao} bao-leerlingen op {}", self.r.teldatum);
        let bruto = self.maal(c, invoer, bao, "lichte_ondersteuning_po");
        if !self.r.bedrag("sbo_tlv_po").van_toepassing {
            return bruto;
        }
        match acc.sbo_tlv {
            Some(n) => self.lichte_min_sbo_tlv(bruto, n),
            None => self.niet_geteld(
                c,
                "geen telling van sbo-leerlingen met een TLV van dit SWV in de invoer".into(),
                "sbo_tlv_po",
            ),
        }
    }

    /// WPO art. 132 lid 3, WVO art. 85b lid 2: amount per pupil × `leerlingen`.
    fn zware(&mut self, leerlingen: u64, detail: &str) -> Option<Decimal> {
        let key = match self.swv.sector() {
            Sector::Po => "zware_ondersteuning_po",
            Sector::Vo => "zware_ondersteuning_vo",
        };
        let invoer = format!("{leerlingen} leerlingen ({detail}) op {}", self.r.teldatum);
        self.maal(Component::ZwareOndersteuning, invoer, leerlingen, key)
    }

    /// Afdracht (WPO art. 132 lid 4, WVO art. 85b lid 3: the normbedrag of every (v)so
    /// pupil on 1 oktober charged to this SWV) and groei (WPO art. 125b, WVO art. 85d: per
    /// group, the pupils on 1 februari above those on 1 oktober). A PO-SWV is charged only
    /// so pupils, a VO-SWV only vso pupils; the other column is 0.
    fn afdracht_en_groei(&mut self, acc: &Acc) -> (Option<Decimal>, Option<Decimal>) {
        let (teldatum, groei_teldatum) = (self.r.teldatum, self.r.groei_teldatum);
        let (own, own_c, other_c) = match self.swv.sector() {
            Sector::Po => (
                Schoolsoort::So,
                Component::AfdrachtSo,
                Component::AfdrachtVso,
            ),
            Sector::Vo => (
                Schoolsoort::Vso,
                Component::AfdrachtVso,
                Component::AfdrachtSo,
            ),
        };
        let wie = match self.naar {
            AfdrachtNaar::Tlv => "met een TLV van dit SWV",
            AfdrachtNaar::Woon => "wonend in dit SWV",
            AfdrachtNaar::School => "op een vestiging in dit SWV",
        };
        let groepen = TlvGroep::ALL.into_iter().filter(|g| g.schoolsoort() == own);
        let (mut afdracht, mut groei) = (Some(Decimal::ZERO), Some(Decimal::ZERO));
        let add = |sum: Option<Decimal>, part: Option<Decimal>| sum.zip(part).map(|(a, b)| a + b);
        for g in groepen.clone() {
            let (okt, feb) = (acc.oktober[g.index()], acc.februari[g.index()]);
            let missing = self.r.normbedrag(g).waarde.is_none();
            if okt > 0 || missing {
                let invoer = format!("{okt} leerlingen {g} op {teldatum}, {wie}");
                afdracht = add(afdracht, self.maal(own_c, invoer, okt, g.sleutel()));
            }
            if self.r.groeiregeling && (feb > okt || missing) {
                let meer = feb.saturating_sub(okt);
                let invoer = format!(
                    "{feb} leerlingen {g} op {groei_teldatum} − {okt} op {teldatum} = {meer} meer, {wie}"
                );
                groei = add(
                    groei,
                    self.maal(Component::Groei, invoer, meer, g.sleutel()),
                );
            }
        }
        if afdracht.is_some() && groepen.clone().all(|g| acc.oktober[g.index()] == 0) {
            self.geen(own_c, format!("geen {own}-leerlingen op {teldatum} {wie}"));
        }
        if !self.r.groeiregeling {
            self.geen(
                Component::Groei,
                format!("niet van toepassing: {}", self.r.groei_teldatum_bron),
            );
        }
        let sector = self.swv.sector().as_str();
        self.geen(
            other_c,
            format!("een {sector}-SWV draagt alleen af voor {own}-leerlingen"),
        );
        (afdracht, groei)
    }

    /// Wet passend onderwijs art. XIII/XV: the signed basisbedrag × the schooljaar's
    /// percentage. The one rounding point: to cents, half away from zero (not `round_dp`,
    /// which is banker's rounding).
    fn verevening(&mut self, acc: &Acc) -> Option<Decimal> {
        let pct = self.r.verevening_percentage.clone();
        if acc.basisbedrag.is_none() && acc.verevening_onbekend {
            self.toelichting.push(Toelichting {
                component: Component::Verevening,
                invoer: "geen basisbedrag bekend: DUO stelt het per samenwerkingsverband vast en passend legt het niet vast".into(),
                sleutel: "verevening_percentage".into(),
                factor: pct.waarde,
                bron: pct.bron,
                uitkomst: None,
            });
            return None;
        }
        let basis = acc.basisbedrag.unwrap_or(Decimal::ZERO);
        let uitkomst = pct.waarde.map(|p| {
            (basis * p / Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
        });
        let herkomst = match acc.basisbedrag {
            Some(_) => "verevening.csv",
            None => "niet in verevening.csv: 0",
        };
        self.toelichting.push(Toelichting {
            component: Component::Verevening,
            invoer: format!("basisbedrag {basis} ({herkomst}) × percentage / 100, op centen"),
            sleutel: "verevening_percentage".into(),
            factor: pct.waarde,
            bron: pct.bron,
            uitkomst,
        });
        uitkomst
    }

    fn reken(mut self, acc: &Acc) -> SwvBekostiging {
        let (soorten, _) = self.r.normbudget_schoolsoorten(self.swv.sector());
        let leerlingen: u64 = soorten.iter().map(|s| acc.soorten[soort_index(*s)]).sum();
        let detail = soorten
            .iter()
            .map(|s| format!("{s} {}", acc.soorten[soort_index(*s)]))
            .collect::<Vec<_>>()
            .join(" + ");
        let lichte = self.lichte(acc);
        let zware = self.zware(leerlingen, &detail);
        let (afdracht, groei) = self.afdracht_en_groei(acc);
        let verevening = self.verevening(acc);
        let (sbo_groei, sbo_2_procent) = self.sbo(acc);
        let lwoo_pro = self.lwoo_pro(acc);
        let (uitputting, uitputting_per_school) = self.uitputting(zware, afdracht, acc);
        let (afdracht_so, afdracht_vso) = match self.swv.sector() {
            Sector::Po => (afdracht, Some(Decimal::ZERO)),
            Sector::Vo => (Some(Decimal::ZERO), afdracht),
        };
        // netto = lichte + zware − afdracht_so − afdracht_vso + verevening − groei − sbo
        // transfers − lwoo/pro + uitputting, over the components that are there; the
        // missing ones are listed instead.
        let (plus, min) = (Decimal::ONE, Decimal::NEGATIVE_ONE);
        let parts = [
            (Component::LichteOndersteuning, lichte, plus),
            (Component::ZwareOndersteuning, zware, plus),
            (Component::AfdrachtSo, afdracht_so, min),
            (Component::AfdrachtVso, afdracht_vso, min),
            (Component::Verevening, verevening, plus),
            (Component::Groei, groei, min),
            (Component::SboGroei, sbo_groei, min),
            (Component::Sbo2Procent, sbo_2_procent, min),
            (Component::LwooPro, lwoo_pro, min),
            (Component::Uitputting, uitputting, plus),
        ];
        let netto = parts
            .iter()
            .filter_map(|(_, v, sign)| v.map(|v| v * sign))
            .sum();
        let ontbrekend = parts
            .iter()
            .filter(|(_, v, _)| v.is_none())
            .map(|(c, ..)| *c)
            .collect();
        SwvBekostiging {
            swv: self.swv,
            leerlingen,
            lichte_ondersteuning: lichte,
            zware_ondersteuning: zware,
            afdracht_so,
            afdracht_vso,
            verevening,
            groei,
            sbo_groei,
            sbo_2_procent,
            lwoo_pro,
            uitputting,
            uitputting_per_school,
            netto,
            ontbrekend,
            toelichting: self.toelichting,
        }
    }
}
