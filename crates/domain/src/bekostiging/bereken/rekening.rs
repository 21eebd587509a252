//! One SWV's account: each component computed with its explanation.

use super::*;

/// Builds one SWV's row and explanation.
pub(in super::super) struct SwvRekening<'a> {
    pub(in super::super) r: &'a Regelset,
    pub(super) naar: AfdrachtNaar,
    pub(in super::super) swv: SwvCode,
    pub(in super::super) toelichting: Vec<Toelichting>,
}

impl<'a> SwvRekening<'a> {
    pub(super) fn new(r: &'a Regelset, naar: AfdrachtNaar, swv: SwvCode) -> Self {
        Self {
            r,
            naar,
            swv,
            toelichting: Vec::new(),
        }
    }

    /// `aantal × bedrag[sleutel]`, explained; `None` when the amount is missing.
    pub(in super::super) fn maal(
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
    pub(in super::super) fn geen(&mut self, c: Component, invoer: String) {
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
}

impl<'a> SwvRekening<'a> {
    pub(super) fn reken(mut self, acc: &Acc) -> SwvBekostiging {
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
