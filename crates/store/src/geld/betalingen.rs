//! Payments from the SWV to its boards and what each SWV received.

use super::*;
use crate::repo::GeldStore;

/// One school's payment, with its basis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BetalingRegel {
    pub vestiging: String,
    pub naam: String,
    pub bestuur: String,
    pub bestuur_naam: String,
    pub leerlingen: u64,
    pub arrangementen: Decimal,
    pub per_leerling: Decimal,
    pub arrangement: Decimal,
    pub totaal: Decimal,
}

/// The payments of an SWV for a schooljaar under its verdeelmodel.
#[derive(Debug, Clone)]
pub struct Betalingen {
    pub swv: SwvCode,
    pub schooljaar: Schooljaar,
    pub rekenvoorbeeld: bool,
    /// The netto budget distributed; `None` for a board, which sees only its own part.
    pub budget: Option<Decimal>,
    pub model: Option<VerdeelmodelInstelling>,
    /// Kept for the SWV's own tasks (hidden for a board).
    pub eigen_taken: Option<Decimal>,
    pub scholen: Vec<BetalingRegel>,
    /// (bevoegd gezag, naam, totaal).
    pub per_bestuur: Vec<(String, String, Decimal)>,
    /// Why nothing could be distributed (no model, negative budget, …), in Dutch.
    pub probleem: Option<String>,
}

/// A board's receipts from one SWV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontvangst {
    pub swv: SwvCode,
    pub totaal: Option<Decimal>,
    pub scholen: Vec<BetalingRegel>,
    pub probleem: Option<String>,
}

impl GeldStore<'_> {
    /// The payments of `swv` for a schooljaar under its verdeelmodel. A board sees only its
    /// own schools and total, and only of SWVs where it has a vestiging.
    pub async fn betalingen(
        self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<Betalingen, StoreError> {
        let bestuur = match self.geld_bereik(wie)? {
            GeldBereik::Bestuur(b) => {
                if !self.bestuur_in_swv(&b, swv).await? {
                    return Err(niet_gevonden(swv.as_str()));
                }
                Some(b)
            }
            _ => {
                self.mag_swv_zien(wie, swv)?;
                None
            }
        };
        self.swv_bestaat(swv).await?;
        let berekening = self.bereken_geld(schooljaar, voorbeeld, naar).await?;
        let mut b = self.verdeel_swv(&berekening, swv).await?;
        if let Some(eigen) = bestuur {
            b.scholen.retain(|s| s.bestuur == eigen);
            b.per_bestuur.retain(|(bg, ..)| bg == &eigen);
            b.budget = None;
            b.eigen_taken = None;
        }
        Ok(b)
    }

    async fn bestuur_in_swv(self, bestuur: &str, swv: &SwvCode) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query(
            "SELECT COUNT(*) FROM vestiging v JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE v.swv_code = $1 AND b.bevoegd_gezag = $2",
        )
        .bind(swv.as_str())
        .bind(bestuur)
        .fetch_one(&self.pool)
        .await?
        .try_get(0)?;
        Ok(n > 0)
    }

    /// Distributes the netto budget of `swv` over its vestigingen: pupils on the teldatum,
    /// and the costs of arrangements the SWV granted that run between the teldatum and the
    /// end of the schooljaar.
    async fn verdeel_swv(
        self,
        berekening: &Berekening,
        swv: &SwvCode,
    ) -> Result<Betalingen, StoreError> {
        let schooljaar = berekening.schooljaar;
        let budget = berekening
            .rij(swv)
            .map(|r| r.netto)
            .unwrap_or(Decimal::ZERO);
        let model = self.lees_verdeelmodel(swv, schooljaar).await?;
        let ontvangers = self
            .ontvangers(swv, berekening.regelset.teldatum, schooljaar)
            .await?;
        let mut uit = Betalingen {
            swv: swv.clone(),
            schooljaar,
            rekenvoorbeeld: berekening.rekenvoorbeeld,
            budget: Some(budget),
            model: model.clone(),
            eigen_taken: None,
            scholen: Vec::new(),
            per_bestuur: Vec::new(),
            probleem: None,
        };
        let Some(m) = model else {
            uit.probleem = Some(format!(
                "er is nog geen verdeelmodel voor {schooljaar} vastgelegd"
            ));
            return Ok(uit);
        };
        let basis: Vec<Ontvanger> = ontvangers.iter().map(|(o, ..)| o.clone()).collect();
        let verdeling: Verdeling = match verdeel(budget, &m.model, &basis) {
            Ok(v) => v,
            Err(e) => {
                uit.probleem = Some(e.to_string());
                return Ok(uit);
            }
        };
        let mut namen_bestuur = BTreeMap::new();
        uit.scholen = verdeling
            .scholen
            .iter()
            .zip(&ontvangers)
            .map(|(b, (o, naam, bestuur_naam))| {
                namen_bestuur.insert(o.bestuur.clone(), bestuur_naam.clone());
                BetalingRegel {
                    vestiging: b.vestiging.clone(),
                    naam: naam.clone(),
                    bestuur: b.bestuur.clone(),
                    bestuur_naam: bestuur_naam.clone(),
                    leerlingen: o.leerlingen,
                    arrangementen: o.arrangementen,
                    per_leerling: b.per_leerling,
                    arrangement: b.arrangementen,
                    totaal: b.totaal,
                }
            })
            .collect();
        uit.per_bestuur = verdeling
            .per_bestuur
            .iter()
            .map(|(bg, t)| {
                (
                    bg.clone(),
                    namen_bestuur.get(bg).cloned().unwrap_or_default(),
                    *t,
                )
            })
            .collect();
        uit.eigen_taken = Some(verdeling.eigen_taken);
        Ok(uit)
    }

    /// A board's receipts from every SWV where it has a vestiging (annual report, bestuur).
    pub async fn ontvangen_per_swv(
        self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<Vec<Ontvangst>, StoreError> {
        let GeldBereik::Bestuur(bestuur) = self.geld_bereik(wie)? else {
            return Err(niet_gevonden("bestuur"));
        };
        let swvs: Vec<String> = sqlx::query(
            "SELECT DISTINCT v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id \
             WHERE b.bevoegd_gezag = $1 ORDER BY v.swv_code",
        )
        .bind(&bestuur)
        .fetch_all(&self.pool)
        .await?
        .iter()
        .map(|r| r.try_get(0))
        .collect::<Result<_, _>>()?;
        let berekening = self.bereken_geld(schooljaar, voorbeeld, naar).await?;
        let mut uit = Vec::new();
        for code in swvs {
            let Ok(swv) = SwvCode::parse(&code) else {
                continue;
            };
            let b = self.verdeel_swv(&berekening, &swv).await?;
            let scholen: Vec<BetalingRegel> = b
                .scholen
                .into_iter()
                .filter(|s| s.bestuur == bestuur)
                .collect();
            let totaal = b
                .per_bestuur
                .iter()
                .find(|(bg, ..)| bg == &bestuur)
                .map(|(.., t)| *t);
            uit.push(Ontvangst {
                swv,
                totaal,
                scholen,
                probleem: b.probleem,
            });
        }
        Ok(uit)
    }
}
