//! Money in the application (issue 7): the budget of every SWV computed from the registered
//! enrolments and TLVs with the rule set of the schooljaar (or a clearly labelled
//! *rekenvoorbeeld* with a shipped rule set), the SWV's verdeelmodel and the payments it
//! gives, the annual figures with the inspectie's reserve check, and key figures for the
//! other areas.
//!
//! Budgets are aggregates, not pupil data. Who sees what is decided here ([`GeldBereik`]);
//! outside the caller's scope the answer is "not found". The computation itself is always
//! national (every SWV's counts), so that moving the afdracht between SWVs under a payer
//! scenario keeps the national total, and is then cut down to what the caller may see.

mod telling;

use crate::audit::{Actie, commit_audited};
use crate::toegang::Verzoeker;
use crate::{Store, StoreError, instant_text};
use passend_domain::bekostiging::reserves::{Reservetoets, toets_reserve};
use passend_domain::bekostiging::verdeelmodel::{Ontvanger, Verdeelmodel, Verdeling, verdeel};
use passend_domain::bekostiging::{
    AfdrachtNaar, AfdrachtRegel, Invoer, Regelset, Regelsets, SwvBekostiging, afdracht_per_groep,
    afdracht_totaal,
};
use passend_domain::richtlijnen::Richtlijnen;
use passend_domain::{Rol, Schooljaar, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

pub use telling::Telling;

/// What the caller may see of the money.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeldBereik {
    /// Inspectie, ministerie: every SWV, read-only, and the national comparison.
    Landelijk,
    /// SWV staff (`schrijven`) or the OPR (read-only): their own SWV.
    Swv { swv: SwvCode, schrijven: bool },
    /// A school board: only what its own board receives.
    Bestuur(String),
}

/// Key money figures of one SWV for a schooljaar, for the monitor and governance areas.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeldKerncijfers {
    pub swv: SwvCode,
    /// Netto budget computed with the schooljaar's own rule set; `None` when there is none
    /// (never computed with an example's amounts).
    pub budget: Option<Decimal>,
    /// Income, spending and reserve as recorded for the latest boekjaar up to the one in which
    /// the schooljaar starts (an annual report exists only after its year has ended).
    pub boekjaar: Option<i16>,
    pub baten: Option<Decimal>,
    pub lasten: Option<Decimal>,
    pub reserve: Option<Decimal>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

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

/// A stored verdeelmodel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdeelmodelInstelling {
    pub swv: SwvCode,
    pub schooljaar: Schooljaar,
    pub model: Verdeelmodel,
    pub toelichting: String,
    pub gewijzigd: String,
}

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

/// The annual figures of one boekjaar with the reserve check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jaarcijfers {
    pub swv: SwvCode,
    pub jaar: i16,
    pub baten: Decimal,
    pub lasten: Decimal,
    pub reserve: Decimal,
    pub toets: Reservetoets,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NieuweJaarcijfers {
    pub jaar: i16,
    pub baten: Decimal,
    pub lasten: Decimal,
    pub reserve: Decimal,
}

/// A board's receipts from one SWV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ontvangst {
    pub swv: SwvCode,
    pub totaal: Option<Decimal>,
    pub scholen: Vec<BetalingRegel>,
    pub probleem: Option<String>,
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

/// A rule set the beheerder added.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToegevoegdeRegelset {
    pub schooljaar: Schooljaar,
    pub bestand: String,
    pub aangemaakt: String,
}

fn niet_gevonden(swv: &str) -> StoreError {
    StoreError::NietGevonden {
        wat: "samenwerkingsverband",
        sleutel: swv.to_string(),
    }
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

pub(crate) fn decimaal(s: &str, veld: &str) -> Result<Decimal, StoreError> {
    Decimal::from_str(s.trim())
        .map_err(|_| ongeldig(format!("{veld}: '{s}' is geen getal in de database")))
}

pub const NAAR_ALLE: [AfdrachtNaar; 3] =
    [AfdrachtNaar::Tlv, AfdrachtNaar::Woon, AfdrachtNaar::School];

/// `tlv`, `woon` or `school`.
pub fn naar_van(tekst: &str) -> Result<AfdrachtNaar, StoreError> {
    match tekst.trim() {
        "" | "tlv" => Ok(AfdrachtNaar::Tlv),
        "woon" => Ok(AfdrachtNaar::Woon),
        "school" => Ok(AfdrachtNaar::School),
        other => Err(ongeldig(format!(
            "afdrachtNaar: '{other}' is onbekend; kies tlv, woon of school"
        ))),
    }
}

pub fn naar_tekst(naar: AfdrachtNaar) -> &'static str {
    match naar {
        AfdrachtNaar::Tlv => "tlv",
        AfdrachtNaar::Woon => "woon",
        AfdrachtNaar::School => "school",
    }
}

/// The schooljaar whose teldatum (1 oktober of the year before) is the latest one on or
/// before `today`: the most recent budget that can be counted.
pub fn laatste_telbare_schooljaar(today: jiff::civil::Date) -> Schooljaar {
    let jaar = if (today.month(), today.day()) >= (10, 1) {
        today.year()
    } else {
        today.year() - 1
    };
    Schooljaar::starting_in(jaar + 1)
}

impl Store {
    /// The caller's view of the money; roles without one get "not found".
    pub fn geld_bereik(&self, wie: &Verzoeker) -> Result<GeldBereik, StoreError> {
        let scope = wie.kijker.scope.clone().unwrap_or_default();
        match wie.kijker.rol {
            Rol::Inspectie | Rol::Ministerie => Ok(GeldBereik::Landelijk),
            Rol::Swv | Rol::Opr => Ok(GeldBereik::Swv {
                swv: SwvCode::parse(&scope).map_err(|_| niet_gevonden(&scope))?,
                schrijven: wie.kijker.rol == Rol::Swv,
            }),
            Rol::Bestuur if !scope.is_empty() => Ok(GeldBereik::Bestuur(scope)),
            _ => Err(niet_gevonden("geld")),
        }
    }

    /// May the caller see `swv`'s budget, reserves and annual report?
    fn mag_swv_zien(&self, wie: &Verzoeker, swv: &SwvCode) -> Result<(), StoreError> {
        match self.geld_bereik(wie)? {
            GeldBereik::Landelijk => Ok(()),
            GeldBereik::Swv { swv: eigen, .. } if &eigen == swv => Ok(()),
            _ => Err(niet_gevonden(swv.as_str())),
        }
    }

    /// May the caller change `swv`'s verdeelmodel and figures? Only its own staff.
    fn mag_swv_wijzigen(&self, wie: &Verzoeker, swv: &SwvCode) -> Result<(), StoreError> {
        match self.geld_bereik(wie)? {
            GeldBereik::Swv {
                swv: eigen,
                schrijven: true,
            } if &eigen == swv => Ok(()),
            _ => Err(niet_gevonden(swv.as_str())),
        }
    }

    async fn swv_bestaat(&self, swv: &SwvCode) -> Result<(), StoreError> {
        let n: i64 = sqlx::query("SELECT COUNT(*) FROM swv WHERE code = $1")
            .bind(swv.as_str())
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        if n == 0 {
            return Err(niet_gevonden(swv.as_str()));
        }
        Ok(())
    }

    /// The shipped rule sets plus those the beheerder added.
    pub async fn regelsets(&self) -> Result<Regelsets, StoreError> {
        let mut sets = Regelsets::ingebouwd().clone();
        let rows = sqlx::query("SELECT bestand, inhoud FROM geld_regelset ORDER BY schooljaar")
            .fetch_all(&self.pool)
            .await?;
        for r in rows {
            let bestand: String = r.try_get(0)?;
            let inhoud: String = r.try_get(1)?;
            sets.voeg_toe(Regelset::parse(&inhoud, &bestand).map_err(ongeldig)?);
        }
        Ok(sets)
    }

    pub async fn toegevoegde_regelsets(&self) -> Result<Vec<ToegevoegdeRegelset>, StoreError> {
        sqlx::query("SELECT schooljaar, bestand, aangemaakt FROM geld_regelset ORDER BY schooljaar")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| {
                let sj: String = r.try_get(0)?;
                Ok(ToegevoegdeRegelset {
                    schooljaar: Schooljaar::parse(&sj).map_err(ongeldig)?,
                    bestand: r.try_get(1)?,
                    aangemaakt: r.try_get(2)?,
                })
            })
            .collect()
    }

    /// Adds (or replaces) the rule set of a schooljaar the project does not ship. The file
    /// is checked by the same parser as the shipped ones; a bad file is refused naming the
    /// key and the problem, and nothing is stored. Beheerder only.
    pub async fn bewaar_regelset(
        &self,
        wie: &Verzoeker,
        bestand: &str,
        inhoud: &str,
        route: &str,
    ) -> Result<Schooljaar, StoreError> {
        if wie.kijker.rol != Rol::Beheerder {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: route.to_string(),
            });
        }
        let bestand = if bestand.trim().is_empty() {
            "regelset.json"
        } else {
            bestand.trim()
        };
        let set = Regelset::parse(inhoud, bestand)
            .map_err(|e| StoreError::Geweigerd(vec![e.to_string()]))?;
        if Regelsets::ingebouwd().voor(set.schooljaar).is_ok() {
            return Err(StoreError::Geweigerd(vec![format!(
                "{bestand}: voor schooljaar {} is er al een meegeleverde regelset met bronnen; die wordt niet vervangen",
                set.schooljaar
            )]));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_regelset WHERE schooljaar = $1")
            .bind(set.schooljaar.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_regelset (schooljaar, bestand, inhoud, account_id, aangemaakt) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(set.schooljaar.to_string())
        .bind(bestand)
        .bind(inhoud)
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(tx, wie, None, Actie::Aanmaken, route, &["regelset"]).await?;
        Ok(set.schooljaar)
    }

    /// The rule set for `schooljaar`, or, with `voorbeeld`, that shipped or added rule set
    /// applied to `schooljaar`'s counts as an example. Without either: a Dutch refusal that
    /// names the schooljaar.
    pub async fn regelset_voor(
        &self,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
    ) -> Result<(Regelset, bool), StoreError> {
        let sets = self.regelsets().await?;
        match voorbeeld {
            Some(v) if v != schooljaar => {
                let r = sets.voor(v).map_err(|_| {
                    ongeldig(format!(
                        "rekenvoorbeeld: er is geen regelset voor {v}; kies uit {}",
                        sets.schooljaren()
                            .iter()
                            .map(ToString::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))
                })?;
                Ok((r.als_rekenvoorbeeld(schooljaar), true))
            }
            _ => Ok((sets.voor(schooljaar).map_err(ongeldig)?.clone(), false)),
        }
    }

    /// The budgets of every SWV for `schooljaar`, counted from the registered data. No
    /// scoping: callers cut it down.
    pub(crate) async fn bereken_geld(
        &self,
        schooljaar: Schooljaar,
        voorbeeld: Option<Schooljaar>,
        naar: AfdrachtNaar,
    ) -> Result<Berekening, StoreError> {
        let (regelset, rekenvoorbeeld) = self.regelset_voor(schooljaar, voorbeeld).await?;
        let telling = self
            .tel_voor_geld(regelset.teldatum, regelset.groei_teldatum)
            .await?;
        let rijen = passend_domain::bekostiging::bereken(&regelset, &telling.invoer, naar)
            .map_err(ongeldig)?;
        Ok(Berekening {
            schooljaar,
            regelset,
            rekenvoorbeeld,
            naar,
            invoer: telling.invoer,
            rijen,
            zonder_tlv: telling.zonder_tlv,
        })
    }

    /// The budget page of one SWV: its components with explanations, the afdracht per
    /// group, every payer scenario and a few years back.
    pub async fn begroting(
        &self,
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
        &self,
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

    async fn swv_namen(&self) -> Result<BTreeMap<String, Option<String>>, StoreError> {
        sqlx::query("SELECT code, naam FROM swv")
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(|r| Ok((r.try_get(0)?, r.try_get(1)?)))
            .collect()
    }

    /// The stored verdeelmodel of an SWV for a schooljaar, if any.
    pub async fn verdeelmodel(
        &self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
    ) -> Result<Option<VerdeelmodelInstelling>, StoreError> {
        self.mag_swv_zien(wie, swv)?;
        self.lees_verdeelmodel(swv, schooljaar).await
    }

    async fn lees_verdeelmodel(
        &self,
        swv: &SwvCode,
        schooljaar: Schooljaar,
    ) -> Result<Option<VerdeelmodelInstelling>, StoreError> {
        let row = sqlx::query(
            "SELECT eigen_taken, per_leerling, toelichting, gewijzigd FROM geld_verdeelmodel WHERE swv_code = $1 AND schooljaar = $2",
        )
        .bind(swv.as_str())
        .bind(schooljaar.to_string())
        .fetch_optional(&self.pool)
        .await?;
        let Some(r) = row else { return Ok(None) };
        Ok(Some(VerdeelmodelInstelling {
            swv: swv.clone(),
            schooljaar,
            model: Verdeelmodel {
                eigen_taken: decimaal(&r.try_get::<String, _>(0)?, "eigen_taken")?,
                per_leerling: decimaal(&r.try_get::<String, _>(1)?, "per_leerling")?,
            },
            toelichting: r.try_get(2)?,
            gewijzigd: r.try_get(3)?,
        }))
    }

    /// Stores the verdeelmodel of the caller's own SWV for a schooljaar (shares 0..1).
    pub async fn bewaar_verdeelmodel(
        &self,
        wie: &Verzoeker,
        swv: &SwvCode,
        schooljaar: Schooljaar,
        model: &Verdeelmodel,
        toelichting: &str,
        route: &str,
    ) -> Result<(), StoreError> {
        self.mag_swv_wijzigen(wie, swv)?;
        for (naam, d) in [
            ("eigen taken", model.eigen_taken),
            ("per leerling", model.per_leerling),
        ] {
            if d < Decimal::ZERO || d > Decimal::ONE {
                return Err(ongeldig(format!(
                    "{naam}: het aandeel ligt tussen 0% en 100%"
                )));
            }
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_verdeelmodel WHERE swv_code = $1 AND schooljaar = $2")
            .bind(swv.as_str())
            .bind(schooljaar.to_string())
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_verdeelmodel (swv_code, schooljaar, eigen_taken, per_leerling, toelichting, account_id, gewijzigd) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(swv.as_str())
        .bind(schooljaar.to_string())
        .bind(model.eigen_taken.normalize().to_string())
        .bind(model.per_leerling.normalize().to_string())
        .bind(toelichting.trim())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            route,
            &["eigen_taken", "per_leerling", "toelichting"],
        )
        .await
    }

    /// The payments of `swv` for a schooljaar under its verdeelmodel. A board sees only its
    /// own schools and total, and only of SWVs where it has a vestiging.
    pub async fn betalingen(
        &self,
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

    async fn bestuur_in_swv(&self, bestuur: &str, swv: &SwvCode) -> Result<bool, StoreError> {
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
        &self,
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
        &self,
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

    /// The annual figures of an SWV, oldest first, each with the reserve check.
    pub async fn jaarcijfers(
        &self,
        wie: &Verzoeker,
        swv: &SwvCode,
    ) -> Result<Vec<Jaarcijfers>, StoreError> {
        self.mag_swv_zien(wie, swv)?;
        self.swv_bestaat(swv).await?;
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE swv_code = $1 ORDER BY jaar",
        )
        .bind(swv.as_str())
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(jaarcijfers_rij).collect()
    }

    async fn alle_jaarcijfers(
        &self,
        jaar: Option<i16>,
    ) -> Result<BTreeMap<SwvCode, Jaarcijfers>, StoreError> {
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE jaar = $1",
        )
        .bind(i64::from(jaar.unwrap_or_default()))
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| jaarcijfers_rij(r).map(|j| (j.swv.clone(), j)))
            .collect()
    }

    /// Per SWV the annual figures of its latest boekjaar up to `tot`.
    async fn laatste_jaarcijfers(
        &self,
        tot: i16,
    ) -> Result<BTreeMap<SwvCode, Jaarcijfers>, StoreError> {
        let rows = sqlx::query(
            "SELECT swv_code, jaar, baten, lasten, reserve FROM geld_jaarcijfers WHERE jaar <= $1 ORDER BY jaar",
        )
        .bind(i64::from(tot))
        .fetch_all(&self.pool)
        .await?;
        let mut out = BTreeMap::new();
        for r in &rows {
            let j = jaarcijfers_rij(r)?;
            out.insert(j.swv.clone(), j);
        }
        Ok(out)
    }

    /// Records (or corrects) the annual figures of the caller's own SWV for a boekjaar.
    pub async fn bewaar_jaarcijfers(
        &self,
        wie: &Verzoeker,
        swv: &SwvCode,
        c: &NieuweJaarcijfers,
        route: &str,
    ) -> Result<(), StoreError> {
        self.mag_swv_wijzigen(wie, swv)?;
        if !(2014..=2100).contains(&c.jaar) {
            return Err(ongeldig(format!(
                "jaar: {} ligt niet tussen 2014 en 2100",
                c.jaar
            )));
        }
        for (naam, d) in [("baten", c.baten), ("lasten", c.lasten)] {
            if d < Decimal::ZERO {
                return Err(ongeldig(format!("{naam}: het bedrag is negatief")));
            }
        }
        for (naam, d) in [
            ("baten", c.baten),
            ("lasten", c.lasten),
            ("reserve", c.reserve),
        ] {
            if d.round_dp(2) != d {
                return Err(ongeldig(format!("{naam}: hooguit twee decimalen (centen)")));
            }
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM geld_jaarcijfers WHERE swv_code = $1 AND jaar = $2")
            .bind(swv.as_str())
            .bind(i64::from(c.jaar))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO geld_jaarcijfers (swv_code, jaar, baten, lasten, reserve, account_id, gewijzigd) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(swv.as_str())
        .bind(i64::from(c.jaar))
        .bind(c.baten.to_string())
        .bind(c.lasten.to_string())
        .bind(c.reserve.to_string())
        .bind(wie.account_id)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut *tx)
        .await?;
        commit_audited(
            tx,
            wie,
            None,
            Actie::Wijzigen,
            route,
            &["baten", "lasten", "reserve"],
        )
        .await
    }

    /// Key money figures per SWV the caller may see (SWV and OPR: their own; inspectie and
    /// ministerie: all; anyone else: none). The budget is computed only with the
    /// schooljaar's own rule set; lasten and reserve are those of the boekjaar in which the
    /// schooljaar starts.
    pub async fn geld_kerncijfers(
        &self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
    ) -> Result<Vec<GeldKerncijfers>, StoreError> {
        let codes: Vec<SwvCode> = match self.geld_bereik(wie) {
            Ok(GeldBereik::Landelijk) => sqlx::query("SELECT code FROM swv ORDER BY code")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .filter_map(|r| {
                    r.try_get::<String, _>(0)
                        .ok()
                        .and_then(|c| SwvCode::parse(&c).ok())
                })
                .collect(),
            Ok(GeldBereik::Swv { swv, .. }) => vec![swv],
            _ => return Ok(Vec::new()),
        };
        let berekening = match self.bereken_geld(schooljaar, None, AfdrachtNaar::Tlv).await {
            Ok(b) => Some(b),
            Err(StoreError::Ongeldig(_)) => None,
            Err(e) => return Err(e),
        };
        let cijfers = self.laatste_jaarcijfers(schooljaar.start().year()).await?;
        Ok(codes
            .into_iter()
            .map(|swv| {
                let j = cijfers.get(&swv);
                GeldKerncijfers {
                    budget: berekening
                        .as_ref()
                        .map(|b| b.rij(&swv).map(|r| r.netto).unwrap_or(Decimal::ZERO)),
                    boekjaar: j.map(|j| j.jaar),
                    baten: j.map(|j| j.baten),
                    lasten: j.map(|j| j.lasten),
                    reserve: j.map(|j| j.reserve),
                    signaleringswaarde_overschreden: j.map(|j| j.toets.bovenmatig()),
                    swv,
                }
            })
            .collect())
    }
}

fn jaarcijfers_rij(r: &sqlx::any::AnyRow) -> Result<Jaarcijfers, StoreError> {
    let swv: String = r.try_get(0)?;
    let jaar: i64 = r.try_get(1)?;
    let baten = decimaal(&r.try_get::<String, _>(2)?, "baten")?;
    let lasten = decimaal(&r.try_get::<String, _>(3)?, "lasten")?;
    let reserve = decimaal(&r.try_get::<String, _>(4)?, "reserve")?;
    Ok(Jaarcijfers {
        swv: SwvCode::parse(&swv).map_err(ongeldig)?,
        jaar: i16::try_from(jaar).unwrap_or_default(),
        baten,
        lasten,
        reserve,
        toets: toets_reserve(baten, reserve, &Richtlijnen::ingebouwd().reserves),
    })
}
