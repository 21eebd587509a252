//! The budget of an SWV and the national comparison.

use super::*;
use crate::repo::GeldStore;

/// The rule set a computation used and how.
#[derive(Debug, Clone)]
pub struct Berekening {
    /// The schooljaar whose pupils were counted.
    pub schooljaar: Schooljaar,
    /// The rule set applied; for an example its dates are those of `schooljaar`.
    pub regelset: Regelset,
    /// True: the amounts belong to another schooljaar — an example, not a beschikking.
    pub rekenvoorbeeld: bool,
    pub naar: AfdrachtNaar,
    pub invoer: Invoer,
    /// Every SWV named in the counts, under `naar`.
    pub rijen: Vec<SwvBekostiging>,
    /// (V)so pupils on the teldatum without a usable TLV (none, or without a category),
    /// per SWV of their school: not in the afdracht.
    pub zonder_tlv: BTreeMap<SwvCode, u64>,
}

impl Berekening {
    pub fn rij(&self, swv: &SwvCode) -> Option<&SwvBekostiging> {
        self.rijen.iter().find(|r| &r.swv == swv)
    }
}

/// The netto budget of one SWV under each payer rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioRegel {
    pub swv: SwvCode,
    pub tlv: Decimal,
    pub woon: Decimal,
    pub school: Decimal,
}

/// Everything the budget page of one SWV shows.
#[derive(Debug, Clone)]
pub struct Begroting {
    pub berekening: Berekening,
    pub eigen: SwvBekostiging,
    pub afdracht_per_groep: Vec<AfdrachtRegel>,
    /// Every SWV whose budget differs between the payer rules, plus this one.
    pub scenarios: Vec<ScenarioRegel>,
    /// The national afdracht under tlv, woon, school: equal by construction.
    pub afdracht_landelijk: [Option<Decimal>; 3],
    /// Netto per schooljaar, oldest first; `None` when that year has no rule set.
    pub jaarreeks: Vec<(Schooljaar, Option<Decimal>)>,
}

/// One row of the national comparison.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LandelijkRegel {
    pub swv: SwvCode,
    pub naam: Option<String>,
    pub leerlingen: u64,
    pub netto: Decimal,
    pub per_leerling: Option<Decimal>,
    pub afdracht: Decimal,
    pub reserve: Option<Decimal>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

impl GeldStore<'_> {
    /// The budget page of one SWV: its components with explanations, the afdracht per
    /// group, every payer scenario and a few years back.
    pub async fn begroting(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<Begroting, StoreError> {
        self.mag_swv_zien(wie, swv)?;
        self.swv_bestaat(swv).await?;
        let berekening = self.bereken_geld(schooljaar, voorbeeld, naar).await?;
        let eigen = match berekening.rij(swv) {
            Some(r) => r.clone(),
            // An SWV without counted pupils still gets its (zero) explanation.
            None => {
                let mut invoer = Invoer::default();
                invoer.verevening.push((swv.clone(), Decimal::ZERO));
                passend_domain::bekostiging::bereken(&berekening.regelset, &invoer, naar)
                    .map_err(ongeldig)?
                    .remove(0)
            }
        };
        let per_groep = afdracht_per_groep(&berekening.regelset, &berekening.invoer, naar, swv);
        let mut per_naar = Vec::new();
        for n in NAAR_ALLE {
            per_naar.push(
                passend_domain::bekostiging::bereken(&berekening.regelset, &berekening.invoer, n)
                    .map_err(ongeldig)?,
            );
        }
        let afdracht_landelijk = [
            afdracht_totaal(&per_naar[0]),
            afdracht_totaal(&per_naar[1]),
            afdracht_totaal(&per_naar[2]),
        ];
        let codes: BTreeSet<SwvCode> = per_naar
            .iter()
            .flat_map(|rs| rs.iter().map(|r| r.swv.clone()))
            .collect();
        // The budget before uitputting: where the afdracht exceeds the zware ondersteuning the
        // minister charges the rest to the region's schools, so a negative figure is what they
        // bear. Netto after uitputting would hide that shift (it never goes below zero there).
        let netto = |i: usize, c: &SwvCode| {
            per_naar[i]
                .iter()
                .find(|r| &r.swv == c)
                .map(|r| r.netto - r.uitputting.unwrap_or(Decimal::ZERO))
                .unwrap_or(Decimal::ZERO)
        };
        let scenarios = codes
            .into_iter()
            .map(|c| ScenarioRegel {
                tlv: netto(0, &c),
                woon: netto(1, &c),
                school: netto(2, &c),
                swv: c,
            })
            .filter(|s| &s.swv == swv || s.tlv != s.woon || s.tlv != s.school)
            .collect();
        let mut jaarreeks = Vec::new();
        let start = schooljaar.start().year();
        for jaar in (start - 3)..start {
            let sj = Schooljaar::starting_in(jaar);
            let netto = match self.bereken_geld(sj, voorbeeld, naar).await {
                Ok(b) => Some(b.rij(swv).map(|r| r.netto).unwrap_or(Decimal::ZERO)),
                Err(StoreError::Ongeldig(_)) => None,
                Err(e) => return Err(e),
            };
            jaarreeks.push((sj, netto));
        }
        jaarreeks.push((schooljaar, Some(eigen.netto)));
        Ok(Begroting {
            eigen,
            afdracht_per_groep: per_groep,
            scenarios,
            afdracht_landelijk,
            jaarreeks,
            berekening,
        })
    }

    /// Every SWV's budget, per-pupil amount, afdracht and reserve: inspectie and ministerie.
    pub async fn landelijke_vergelijking(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<(Berekening, Vec<LandelijkRegel>), StoreError> {
        if self.geld_bereik(wie)? != GeldBereik::Landelijk {
            return Err(niet_gevonden("landelijk"));
        }
        let berekening = self.bereken_geld(schooljaar, voorbeeld, naar).await?;
        let namen = self.swv_namen().await?;
        let boekjaar = schooljaar.start().year();
        let cijfers = self.alle_jaarcijfers(Some(boekjaar)).await?;
        let mut codes: BTreeSet<SwvCode> = berekening.rijen.iter().map(|r| r.swv.clone()).collect();
        codes.extend(cijfers.keys().cloned());
        let regels = codes
            .into_iter()
            .map(|c| {
                let rij = berekening.rij(&c);
                let leerlingen = rij.map(|r| r.leerlingen).unwrap_or(0);
                let netto = rij.map(|r| r.netto).unwrap_or(Decimal::ZERO);
                let afdracht = rij
                    .map(|r| {
                        r.afdracht_so.unwrap_or(Decimal::ZERO)
                            + r.afdracht_vso.unwrap_or(Decimal::ZERO)
                    })
                    .unwrap_or(Decimal::ZERO);
                let j = cijfers.get(&c);
                LandelijkRegel {
                    naam: namen.get(c.as_str()).cloned().flatten(),
                    leerlingen,
                    netto,
                    per_leerling: (leerlingen > 0).then(|| {
                        (netto / Decimal::from(leerlingen)).round_dp_with_strategy(
                            2,
                            rust_decimal::RoundingStrategy::MidpointAwayFromZero,
                        )
                    }),
                    afdracht,
                    reserve: j.map(|j| j.reserve),
                    signaleringswaarde_overschreden: j.map(|j| j.toets.bovenmatig()),
                    swv: c,
                }
            })
            .collect();
        Ok((berekening, regels))
    }

    async fn swv_namen(self) -> Result<BTreeMap<String, Option<String>>, StoreError> {
        sqlx::query("SELECT code, naam FROM swv")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }
}
