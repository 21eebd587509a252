//! The transfers around the budget: sbo growth and the sbo 2%-regeling (WPO art. 124 lid 1
//! and 2), the sbo-TLV reduction of the 1 februari regime, lwoo/pro (WVO art. 85b1) and
//! the uitputting charged to the schools (WPO art. 125a, WVO art. 85c).

use super::bereken::{Acc, SwvRekening, soort_index};
use super::uitkomst::{Component, Toelichting};
use super::verdeelmodel::naar_gewicht;
use crate::codes::Sector;
use crate::schoolsoort::Schoolsoort;
use rust_decimal::{Decimal, RoundingStrategy};

/// WPO art. 120 lid 4, 124 lid 3: 2% of the pupils, "rekenkundig afgerond" (half up).
pub(super) fn twee_procent(leerlingen: u64) -> u64 {
    let d = (Decimal::from(leerlingen) * Decimal::TWO / Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(0, RoundingStrategy::MidpointAwayFromZero);
    u64::try_from(d).unwrap_or(0)
}

impl SwvRekening<'_> {
    /// A rule that does not exist in this schooljaar or regime: 0, with the reason.
    fn niet_van_toepassing(&mut self, c: Component, sleutel: &str) -> Option<Decimal> {
        let bron = self.r.bedrag(sleutel).bron.clone();
        self.toelichting.push(Toelichting {
            component: c,
            invoer: "niet van toepassing".into(),
            sleutel: sleutel.into(),
            factor: None,
            bron,
            uitkomst: Some(Decimal::ZERO),
        });
        Some(Decimal::ZERO)
    }

    /// A part that cannot be computed because a count is not in the input.
    pub(super) fn niet_geteld(
        &mut self,
        c: Component,
        invoer: String,
        sleutel: &str,
    ) -> Option<Decimal> {
        let b = self.r.bedrag(sleutel).clone();
        self.toelichting.push(Toelichting {
            component: c,
            invoer,
            sleutel: sleutel.into(),
            factor: b.waarde,
            bron: b.bron,
            uitkomst: None,
        });
        None
    }

    /// WPO art. 124 lid 1 (growth of the sbo pupils from 1 oktober to 1 februari) and lid 2
    /// (sbo pupils on 1 februari above 2% of the bao + sbo pupils on 1 oktober), each paid
    /// per pupil to the sbo schools. Both apply side by side, as the statute reads (RULES
    /// §3.9 notes that DUO practice for the combination was not checked). Not counted:
    /// pupils for whom another SWV already transfers under art. 125 (lid 3), which the
    /// input does not distinguish.
    pub(super) fn sbo(&mut self, acc: &Acc) -> (Option<Decimal>, Option<Decimal>) {
        if self.swv.sector() == Sector::Vo {
            for c in [Component::SboGroei, Component::Sbo2Procent] {
                self.geen(c, "sbo-overdrachten gelden alleen voor een PO-SWV".into());
            }
            return (Some(Decimal::ZERO), Some(Decimal::ZERO));
        }
        let (okt, feb_teldatum) = (self.r.teldatum, self.r.groei_teldatum);
        let sbo = acc.soorten[soort_index(Schoolsoort::Sbo)];
        let alle = sbo + acc.soorten[soort_index(Schoolsoort::Bao)];
        let feb = acc
            .soorten_februari
            .map(|f| f[soort_index(Schoolsoort::Sbo)]);
        let groei = if !self.r.bedrag("sbo_groei_po").van_toepassing {
            self.niet_van_toepassing(Component::SboGroei, "sbo_groei_po")
        } else if let Some(feb) = feb {
            let meer = feb.saturating_sub(sbo);
            let invoer =
                format!("{feb} sbo-leerlingen op {feb_teldatum} − {sbo} op {okt} = {meer} meer");
            self.maal(Component::SboGroei, invoer, meer, "sbo_groei_po")
        } else {
            let invoer = format!("geen leerlingentelling op {feb_teldatum} in de invoer");
            self.niet_geteld(Component::SboGroei, invoer, "sbo_groei_po")
        };
        let boven = if !self.r.bedrag("sbo_2_procent_po").van_toepassing {
            self.niet_van_toepassing(Component::Sbo2Procent, "sbo_2_procent_po")
        } else if let Some(feb) = feb {
            let grens = twee_procent(alle);
            let meer = feb.saturating_sub(grens);
            let invoer = format!(
                "{feb} sbo-leerlingen op {feb_teldatum} − 2% van {alle} bao- en sbo-leerlingen \
                 op {okt} (afgerond {grens}) = {meer} boven 2%; naast art. 124 lid 1 \
                 toegepast zoals de wettekst luidt"
            );
            self.maal(Component::Sbo2Procent, invoer, meer, "sbo_2_procent_po")
        } else {
            let invoer = format!("geen leerlingentelling op {feb_teldatum} in de invoer");
            self.niet_geteld(Component::Sbo2Procent, invoer, "sbo_2_procent_po")
        };
        (groei, boven)
    }

    /// Regime teldatum_1_februari (RULES §3.7, DUO): the lichte ondersteuning minus, per
    /// sbo-TLV issued by the SWV, the sbo amount; never below zero.
    pub(super) fn lichte_min_sbo_tlv(
        &mut self,
        bruto: Option<Decimal>,
        sbo_tlv: u64,
    ) -> Option<Decimal> {
        let c = Component::LichteOndersteuning;
        let invoer = format!(
            "{sbo_tlv} sbo-leerlingen met een TLV van dit SWV op {} (in mindering)",
            self.r.teldatum
        );
        let aftrek = self.maal(c, invoer, sbo_tlv, "sbo_tlv_po");
        let (bruto, aftrek) = (bruto?, aftrek?);
        // The deduction line is a minus: show it as such.
        if let Some(t) = self.toelichting.last_mut() {
            t.uitkomst = Some(-aftrek);
        }
        let netto = (bruto - aftrek).max(Decimal::ZERO);
        self.toelichting.push(Toelichting {
            component: c,
            invoer: format!("{bruto} − {aftrek}, niet lager dan 0"),
            sleutel: String::new(),
            factor: None,
            bron: "DUO, bekostiging teldatum 1 februari: \"Als dit een negatief bedrag is, \
                   dan wordt er niets uitbetaald\" (RULES §3.7)"
                .into(),
            uitkomst: Some(netto),
        });
        Some(netto)
    }

    /// WVO art. 85b1 (from 1 januari 2016): the ondersteuningsbedrag of every lwoo/pro pupil
    /// on the SWV's vestigingen, which DUO pays the school and deducts from the SWV.
    pub(super) fn lwoo_pro(&mut self, acc: &Acc) -> Option<Decimal> {
        let c = Component::LwooPro;
        if self.swv.sector() == Sector::Po {
            self.geen(c, "lwoo en pro gelden alleen voor een VO-SWV".into());
            return Some(Decimal::ZERO);
        }
        if !self.r.bedrag("lwoo_pro_vo").van_toepassing {
            return self.niet_van_toepassing(c, "lwoo_pro_vo");
        }
        match acc.lwoo_pro {
            Some(n) => {
                let invoer = format!(
                    "{n} lwoo- en pro-leerlingen op vestigingen in dit SWV op {}",
                    self.r.teldatum
                );
                self.maal(c, invoer, n, "lwoo_pro_vo")
            }
            None => self.niet_geteld(
                c,
                "geen telling van lwoo- en pro-leerlingen in de invoer".into(),
                "lwoo_pro_vo",
            ),
        }
    }

    /// WPO art. 125a, WVO art. 85c: when the afdracht exceeds the zware ondersteuning, the
    /// minister charges the excess to every school with a vestiging in the area, per school
    /// by its pupils there. The SWV does not pay it, so it is added back. Split to the cent,
    /// leftover cents to the largest remainders, ties by school code.
    pub(super) fn uitputting(
        &mut self,
        zware: Option<Decimal>,
        afdracht: Option<Decimal>,
        acc: &Acc,
    ) -> (Option<Decimal>, Vec<(String, Decimal)>) {
        let c = Component::Uitputting;
        let artikel = match self.swv.sector() {
            Sector::Po => "WPO art. 125a",
            Sector::Vo => "WVO art. 85c",
        };
        let (Some(zware), Some(afdracht)) = (zware, afdracht) else {
            self.toelichting.push(Toelichting {
                component: c,
                invoer: "zware ondersteuning of afdracht ontbreekt".into(),
                sleutel: String::new(),
                factor: None,
                bron: artikel.into(),
                uitkomst: None,
            });
            return (None, Vec::new());
        };
        let over = (afdracht - zware).max(Decimal::ZERO);
        let mut invoer = format!(
            "afdracht {afdracht} − zware ondersteuning {zware}: {over} ten laste van de scholen"
        );
        let scholen: Vec<(&String, &u64)> = acc.scholen.iter().collect();
        let gewichten: Vec<Decimal> = scholen.iter().map(|(_, n)| Decimal::from(**n)).collect();
        let per_school: Vec<(String, Decimal)> = if over.is_zero() {
            Vec::new()
        } else if gewichten.iter().all(Decimal::is_zero) {
            invoer.push_str("; geen leerlingen per school in de invoer, verdeling niet berekend");
            Vec::new()
        } else {
            let delen = naar_gewicht(over, &gewichten);
            scholen
                .iter()
                .zip(delen)
                .map(|((s, _), d)| ((*s).clone(), d))
                .collect()
        };
        if !per_school.is_empty() {
            let totaal: u64 = scholen.iter().map(|(_, n)| **n).sum();
            invoer.push_str(&format!(
                ", naar rato van {totaal} leerlingen op {} scholen",
                scholen.len()
            ));
        }
        self.toelichting.push(Toelichting {
            component: c,
            invoer,
            sleutel: String::new(),
            factor: None,
            bron: format!(
                "{artikel}: het bedrag waarmee de afdracht de bekostiging overschrijdt gaat af \
                 van de bekostiging van alle scholen met een vestiging in het gebied, naar \
                 leerlingenaantal"
            ),
            uitkomst: Some(over),
        });
        (Some(over), per_school)
    }
}

#[cfg(test)]
mod tests {
    use super::twee_procent;

    /// "Rekenkundig afgerond": .5 goes up (banker's rounding would give 10 for 10.5).
    #[test]
    fn two_percent_rounds_half_up() {
        assert_eq!(twee_procent(10_000), 200);
        assert_eq!(twee_procent(525), 11); // 10.5
        assert_eq!(twee_procent(475), 10); // 9.5
        assert_eq!(twee_procent(420), 8); // 8.4
        assert_eq!(twee_procent(0), 0);
    }
}
