//! From registered pupils to the engine's counts, for the web app: the (v)so pupils with
//! their TLV on a teldatum are grouped into [`TlvTelling`]s, and a shipped rule set can be
//! used as a clearly labelled *rekenvoorbeeld* on the counts of another schooljaar.

use super::groep::{Categorie, GroepError, TlvGroep};
use super::invoer::{AfdrachtNaar, Invoer, Peildatum, TlvTelling};
use super::regelset::Regelset;
use super::uitkomst::SwvBekostiging;
use crate::codes::SwvCode;
use crate::schooljaar::Schooljaar;
use crate::schoolsoort::Schoolsoort;
use jiff::civil::{Date, date};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// One (v)so pupil enrolled on a teldatum, with the TLV that covers that day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlvLeerling {
    pub schoolsoort: Schoolsoort,
    pub categorie: Categorie,
    pub geboortedatum: Date,
    /// The SWV that issued the TLV.
    pub tlv_swv: SwvCode,
    /// The SWV of the pupil's address.
    pub woon_swv: SwvCode,
    /// The SWV of the (v)so vestiging.
    pub school_swv: SwvCode,
}

/// Groups pupils counted on `teldatum` (age groups are taken on that day) into counts.
pub fn tel_tlv(
    peildatum: Peildatum,
    teldatum: Date,
    leerlingen: &[TlvLeerling],
) -> Result<Vec<TlvTelling>, GroepError> {
    let mut tellingen: BTreeMap<(TlvGroep, SwvCode, SwvCode, SwvCode), u64> = BTreeMap::new();
    for l in leerlingen {
        let groep = TlvGroep::van(l.schoolsoort, l.categorie, l.geboortedatum, teldatum)?;
        let key = (
            groep,
            l.tlv_swv.clone(),
            l.woon_swv.clone(),
            l.school_swv.clone(),
        );
        *tellingen.entry(key).or_default() += 1;
    }
    tellingen
        .into_iter()
        .map(|((groep, tlv_swv, woon_swv, school), aantal)| {
            Ok(TlvTelling {
                peildatum,
                groep,
                tlv_swv,
                woon_swv,
                school_swv: Some(school),
                aantal,
            })
        })
        .collect()
}

/// The teldata of a schooljaar in the regime with peildatum 1 oktober: 1 oktober of the
/// previous year (WPO art. 132, WVO art. 85b) and the following 1 februari for growth
/// (WPO art. 125b, WVO art. 85d).
pub fn teldata(schooljaar: Schooljaar) -> (Date, Date) {
    let start = schooljaar.start().year();
    (date(start - 1, 10, 1), date(start, 2, 1))
}

impl Regelset {
    /// This rule set's amounts applied to the counts of `schooljaar`: an example, not a
    /// beschikking. The dates and their sources say so, so every explanation line does too.
    pub fn als_rekenvoorbeeld(&self, schooljaar: Schooljaar) -> Regelset {
        let (teldatum, groei) = teldata(schooljaar);
        let mut r = self.clone();
        r.teldatum = teldatum;
        r.groei_teldatum = groei;
        r.teldatum_bron = format!(
            "rekenvoorbeeld: telling voor schooljaar {schooljaar} met de bedragen van {} ({})",
            self.schooljaar, self.teldatum_bron
        );
        r.groei_teldatum_bron = format!(
            "rekenvoorbeeld: groeitelling voor schooljaar {schooljaar} ({})",
            self.groei_teldatum_bron
        );
        r
    }
}

/// The afdracht of all SWVs together (so and vso): what the Rijk deducts nationally. The
/// payer rule moves it between SWVs but cannot change the total.
pub fn afdracht_totaal(rijen: &[SwvBekostiging]) -> Option<Decimal> {
    rijen
        .iter()
        .map(|r| r.afdracht_so.zip(r.afdracht_vso).map(|(a, b)| a + b))
        .sum()
}

/// The SWV that pays for a count under a payer rule.
pub fn betaler(t: &TlvTelling, naar: AfdrachtNaar) -> Option<&SwvCode> {
    match naar {
        AfdrachtNaar::Tlv => Some(&t.tlv_swv),
        AfdrachtNaar::Woon => Some(&t.woon_swv),
        AfdrachtNaar::School => t.school_swv.as_ref(),
    }
}

/// One line of the afdracht of an SWV per normbedrag group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfdrachtRegel {
    pub groep: TlvGroep,
    pub aantal: u64,
    pub normbedrag: Option<Decimal>,
    /// `None` when the rule set lacks the normbedrag.
    pub bedrag: Option<Decimal>,
}

/// The afdracht of `swv` per group on 1 oktober under `naar`; groups without pupils are left out.
pub fn afdracht_per_groep(
    regelset: &Regelset,
    invoer: &Invoer,
    naar: AfdrachtNaar,
    swv: &SwvCode,
) -> Vec<AfdrachtRegel> {
    let mut aantallen = [0u64; TlvGroep::COUNT];
    for t in &invoer.tlv {
        if t.peildatum == Peildatum::Oktober && betaler(t, naar) == Some(swv) {
            aantallen[t.groep.index()] += t.aantal;
        }
    }
    TlvGroep::ALL
        .into_iter()
        .filter(|g| aantallen[g.index()] > 0)
        .map(|groep| {
            let normbedrag = regelset.normbedrag(groep).waarde;
            let aantal = aantallen[groep.index()];
            AfdrachtRegel {
                groep,
                aantal,
                normbedrag,
                bedrag: normbedrag.map(|b| b * Decimal::from(aantal)),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bekostiging::{LeerlingenTelling, Regelsets, bereken};
    use std::str::FromStr;

    fn swv(s: &str) -> SwvCode {
        SwvCode::parse(s).unwrap()
    }

    fn so(n: usize, cat: Categorie, geboren: Date, tlv: &str, woon: &str) -> Vec<TlvLeerling> {
        vec![
            TlvLeerling {
                schoolsoort: Schoolsoort::So,
                categorie: cat,
                geboortedatum: geboren,
                tlv_swv: swv(tlv),
                woon_swv: swv(woon),
                school_swv: swv("PO2605"),
            };
            n
        ]
    }

    /// RULES §3.9, counted pupil by pupil: 20 so<8 laag, 40 so≥8 laag, 10 so≥8 midden, 5
    /// so≥8 hoog with a TLV of this SWV; 9 500 bao + 500 sbo.
    #[test]
    fn counted_pupils_give_the_worked_example() {
        let r = Regelsets::ingebouwd()
            .voor(Schooljaar::parse("2015-2016").unwrap())
            .unwrap();
        let teldatum = r.teldatum;
        let jong = date(2008, 1, 1);
        let oud = date(2004, 1, 1);
        let mut lln = so(20, Categorie::Laag, jong, "PO2605", "PO2605");
        lln.extend(so(40, Categorie::Laag, oud, "PO2605", "PO2605"));
        lln.extend(so(10, Categorie::Midden, oud, "PO2605", "PO2605"));
        lln.extend(so(5, Categorie::Hoog, oud, "PO2605", "PO2605"));
        let invoer = Invoer {
            leerlingen: vec![
                LeerlingenTelling {
                    swv: swv("PO2605"),
                    schoolsoort: Schoolsoort::Bao,
                    aantal: 9500,
                },
                LeerlingenTelling {
                    swv: swv("PO2605"),
                    schoolsoort: Schoolsoort::Sbo,
                    aantal: 500,
                },
            ],
            tlv: tel_tlv(Peildatum::Oktober, teldatum, &lln).unwrap(),
            verevening: vec![],
            ..Invoer::default()
        };
        assert_eq!(invoer.tlv.len(), 4);
        let uit = bereken(r, &invoer, AfdrachtNaar::Tlv).unwrap();
        let po = &uit[0];
        let d = |s: &str| Decimal::from_str(s).unwrap();
        assert_eq!(po.zware_ondersteuning, Some(d("3188300.00")));
        assert_eq!(po.afdracht_so, Some(d("760491.90")));
        assert_eq!(po.lichte_ondersteuning, Some(d("1487795.00")));
        assert_eq!(po.netto, d("3188300.00") - d("760491.90") + d("1487795.00"));
        let per_groep = afdracht_per_groep(r, &invoer, AfdrachtNaar::Tlv, &swv("PO2605"));
        let som: Decimal = per_groep.iter().filter_map(|g| g.bedrag).sum();
        assert_eq!(som, d("760491.90"));
        assert_eq!(afdracht_totaal(&uit), Some(d("760491.90")));
    }

    #[test]
    fn the_payer_rule_moves_afdracht_but_not_the_total() {
        let r = Regelsets::ingebouwd()
            .voor(Schooljaar::parse("2015-2016").unwrap())
            .unwrap();
        // 3 pupils issued by PO2605 living in PO1401, 2 issued by PO1401 living there,
        // all at an so school in PO2605.
        let mut lln = so(3, Categorie::Midden, date(2004, 5, 5), "PO2605", "PO1401");
        lln.extend(so(2, Categorie::Hoog, date(2009, 5, 5), "PO1401", "PO1401"));
        let invoer = Invoer {
            leerlingen: vec![],
            tlv: tel_tlv(Peildatum::Oktober, r.teldatum, &lln).unwrap(),
            verevening: vec![],
            ..Invoer::default()
        };
        let mut totalen = vec![];
        for naar in [AfdrachtNaar::Tlv, AfdrachtNaar::Woon, AfdrachtNaar::School] {
            let uit = bereken(r, &invoer, naar).unwrap();
            totalen.push(afdracht_totaal(&uit).unwrap());
            let van = |c: &str| {
                uit.iter()
                    .find(|x| x.swv.as_str() == c)
                    .unwrap()
                    .afdracht_so
            };
            match naar {
                AfdrachtNaar::Tlv => assert!(van("PO2605") > van("PO1401")),
                AfdrachtNaar::Woon => assert_eq!(van("PO2605"), Some(Decimal::ZERO)),
                AfdrachtNaar::School => assert_eq!(van("PO1401"), Some(Decimal::ZERO)),
            }
        }
        assert!(totalen.windows(2).all(|w| w[0] == w[1]), "{totalen:?}");
    }

    #[test]
    fn an_example_uses_the_counting_dates_of_the_chosen_year_and_says_so() {
        let r = Regelsets::ingebouwd()
            .voor(Schooljaar::parse("2015-2016").unwrap())
            .unwrap();
        let v = r.als_rekenvoorbeeld(Schooljaar::parse("2027-2028").unwrap());
        assert_eq!(v.teldatum, date(2026, 10, 1));
        assert_eq!(v.groei_teldatum, date(2027, 2, 1));
        assert_eq!(v.schooljaar, r.schooljaar);
        assert!(v.teldatum_bron.starts_with("rekenvoorbeeld"));
        assert_eq!(
            v.bedrag("zware_ondersteuning_po"),
            r.bedrag("zware_ondersteuning_po")
        );
    }
}
