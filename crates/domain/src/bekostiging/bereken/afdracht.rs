//! The afdracht, groei and verevening components of an SWV's account.

use super::*;

impl<'a> SwvRekening<'a> {
    /// Afdracht (WPO art. 132 lid 4, WVO art. 85b lid 3: the normbedrag of every (v)so
    /// pupil on 1 oktober charged to this SWV) and groei (WPO art. 125b, WVO art. 85d: per
    /// group, the pupils on 1 februari above those on 1 oktober). A PO-SWV is charged only
    /// so pupils, a VO-SWV only vso pupils; the other column is 0.
    pub(super) fn afdracht_en_groei(&mut self, acc: &Acc) -> (Option<Decimal>, Option<Decimal>) {
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
    pub(super) fn verevening(&mut self, acc: &Acc) -> Option<Decimal> {
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
}
