//! Regional and national monitor figures (issue 8): per SWV and nationally, per schooljaar,
//! every figure with its definition and its peildatum or period, protected against small
//! cells wherever it leaves the SWV's own scope; and the pseudonymous research extract.
//!
//! Who sees what is decided here, not in the web layer:
//! - swv: its own SWV, unprotected (its staff already see the pupils behind the figures);
//! - opr: its own SWV, protected (the OPR never sees a single child);
//! - inspectie, ministerie: every SWV and the national totals, protected;
//! - everyone else: no monitor ("not found").

mod extract;

pub use extract::{ExtractRegel, pseudoniem};

use crate::kolom::date;
use crate::toegang::Verzoeker;
use crate::{Store, StoreError};
use jiff::civil::Date;
use passend_domain::monitor::{Beschermd, Cel, Kruistabel, bescherm, onbeschermd};
use passend_domain::vrijstelling::Grond;
use passend_domain::zorgplicht::termijnen::{Opschorting, Verlenging, termijnen};
use passend_domain::{Rol, Schooljaar, Schoolsoort, SwvCode};
use rust_decimal::Decimal;
use sqlx::Row;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicU64, Ordering};

/// The first schooljaar the trend charts go back to.
pub const EERSTE_JAAR: i16 = 2018;

/// The small-cell threshold: counts from 1 below it are hidden outside the SWV's own scope.
/// A server setting (`--monitor-drempel`), set once at start; 10 unless told otherwise.
static DREMPEL: AtomicU64 = AtomicU64::new(passend_domain::monitor::STANDAARD_DREMPEL);

pub fn drempel() -> u64 {
    DREMPEL.load(Ordering::Relaxed)
}

pub fn zet_drempel(n: u64) {
    DREMPEL.store(n, Ordering::Relaxed);
}

/// One count as a viewer outside the scope may see it: itself, or "<10" from 1 below the
/// threshold. For single figures that no total accompanies (a target's current value).
pub fn enkel_getal(n: u64, beschermd: bool) -> Cel {
    if beschermd && n > 0 && n < drempel() {
        Cel::Klein
    } else {
        Cel::Getoond(n)
    }
}

/// The columns of the thuiszitters figure: (kind of verzuim, label).
const THUISZITTER_KOLOMMEN: [(&str, &str); 2] = [
    ("langdurig_relatief_verzuim", "langdurig relatief verzuim"),
    ("absoluut_verzuim", "absoluut verzuim"),
];

/// The columns of the disputes figure: (kind, label).
const GESCHIL_KOLOMMEN: [(&str, &str); 5] = [
    ("toelating", "toelating"),
    ("verwijdering", "verwijdering"),
    ("opp", "OPP"),
    ("onderwijsconsulent", "onderwijsconsulent"),
    ("tlv-bezwaar", "bezwaar TLV"),
];

/// Whose figures a viewer gets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Bereik {
    /// The SWV's own staff: own SWV, unprotected.
    EigenSwv(String),
    /// The OPR of an SWV: own SWV, protected.
    Opr(String),
    /// Inspectie and ministerie: all SWVs and the national totals, protected.
    Landelijk,
}

impl Bereik {
    pub fn van(wie: &Verzoeker) -> Result<Bereik, StoreError> {
        let geen = || StoreError::NietGevonden {
            wat: "monitor",
            sleutel: wie.kijker.rol.to_string(),
        };
        match (wie.kijker.rol, wie.kijker.scope.clone()) {
            (Rol::Swv, Some(swv)) => Ok(Bereik::EigenSwv(swv)),
            (Rol::Opr, Some(swv)) => Ok(Bereik::Opr(swv)),
            (Rol::Inspectie | Rol::Ministerie, _) => Ok(Bereik::Landelijk),
            _ => Err(geen()),
        }
    }

    /// Whether the figures leave the scope they are about, and so are protected.
    pub fn beschermd(&self) -> bool {
        !matches!(self, Bereik::EigenSwv(_))
    }
}

/// One figure: a table of SWVs by categories, with its definition and date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Indicator {
    pub sleutel: &'static str,
    pub titel: &'static str,
    /// What is counted, in Dutch.
    pub definitie: String,
    /// The peildatum or the period, in Dutch (nl-NL dates).
    pub peildatum: String,
    pub tabel: Beschermd,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Monitor {
    pub schooljaar: Schooljaar,
    pub bereik: Bereik,
    pub drempel: u64,
    /// The SWV the view is narrowed to, if any.
    pub swv: Option<String>,
    pub indicatoren: Vec<Indicator>,
    /// Share of pupils in sbo, so and vso (per mille) per schooljaar for the viewer's
    /// scope (national, or the SWV), `None` where a part of it is hidden.
    pub trend_speciaal: Vec<(Schooljaar, Option<u64>)>,
    /// Thuiszitters longer than three months per schooljaar for the viewer's scope (the
    /// SWV's row total, or the national total), `None` where hidden; the same tables, so the
    /// same cells hidden, as the figure of each schooljaar.
    pub trend_thuiszitters: Vec<(Schooljaar, Option<u64>)>,
    /// The trajectory of the SWV in view: per schooljaar its adopted ondersteuningsplan
    /// covers, the plan's target on that figure (richting, value). Empty nationally and
    /// where no adopted plan sets one.
    pub traject_thuiszitters: Vec<(Schooljaar, String, u64)>,
    /// Budget, spending and reserve per SWV in scope (from the money area), and the sum
    /// over them as the last row (`swv` "landelijk") in the national view. Amounts, not
    /// counts of people: not subject to the small-cell rule.
    pub geld: Vec<GeldRegel>,
}

/// The money figures of one SWV for the monitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeldRegel {
    pub swv: String,
    pub budget: Option<Decimal>,
    /// The boekjaar of baten, lasten and reserve.
    pub boekjaar: Option<i16>,
    pub baten: Option<Decimal>,
    pub lasten: Option<Decimal>,
    pub reserve: Option<Decimal>,
    pub signaleringswaarde_overschreden: Option<bool>,
}

/// What the money figures mean and when they were taken.
pub const GELD_DEFINITIE: &str = "Budget: het netto budget voor ondersteuning van het samenwerkingsverband, berekend met de regelset van het schooljaar (leeg als die er niet is). Baten, lasten en reserve: zoals vastgelegd in de jaarcijfers van het laatste boekjaar tot en met het jaar waarin het schooljaar begint (een jaarverslag is er pas na afloop van het jaar); het boekjaar staat erbij. Signaleringswaarde: of de reserve boven de signaleringswaarde van de inspectie ligt.";

fn nl(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

/// The peildatum of stock figures: 1 oktober of the schooljaar (DUO's teldatum), or today
/// while that is still to come.
pub fn peildatum(sj: Schooljaar, today: Date) -> Date {
    jiff::civil::date(sj.start().year(), 10, 1).min(today.max(sj.start()))
}

/// The period of flow figures: the schooljaar, up to today while it runs.
pub fn periode(sj: Schooljaar, today: Date) -> (Date, Date) {
    (sj.start(), sj.end().min(today.max(sj.start())))
}

fn periode_tekst(sj: Schooljaar, today: Date) -> String {
    let (van, tot) = periode(sj, today);
    format!("periode {} t/m {}", nl(van), nl(tot))
}

const SOORTEN: [&str; 6] = ["bao", "sbo", "so", "vso", "vo", "pro"];

fn soort_label(s: &str) -> String {
    Schoolsoort::parse(s)
        .map(|s| s.to_string())
        .unwrap_or_else(|_| s.to_string())
}

/// Counts per (SWV, column key).
type Tellingen = BTreeMap<(String, String), u64>;

impl Store {
    /// Checks a schooljaar and SWV code given by a user, with Dutch messages naming the
    /// field.
    pub fn monitor_invoer(
        schooljaar: Option<&str>,
        swv: Option<&str>,
        today: Date,
    ) -> Result<(Schooljaar, Option<String>), StoreError> {
        let sj = match schooljaar.map(str::trim).filter(|s| !s.is_empty()) {
            None => Schooljaar::of(today),
            Some(s) => {
                let sj = Schooljaar::parse(s).map_err(|_| {
                    StoreError::Ongeldig(format!(
                        "schooljaar: '{s}' is geen schooljaar; schrijf het als 2026-2027"
                    ))
                })?;
                if sj.start().year() < EERSTE_JAAR || sj > Schooljaar::of(today) {
                    return Err(StoreError::Ongeldig(format!(
                        "schooljaar: {sj} valt buiten de monitor ({EERSTE_JAAR}-{} t/m {})",
                        EERSTE_JAAR + 1,
                        Schooljaar::of(today)
                    )));
                }
                sj
            }
        };
        let swv = match swv.map(str::trim).filter(|s| !s.is_empty()) {
            None => None,
            Some(s) => Some(
                SwvCode::parse(s)
                    .map_err(|e| StoreError::Ongeldig(format!("swv: {e}")))?
                    .to_string(),
            ),
        };
        Ok((sj, swv))
    }

    /// The monitor for a viewer. `swv` narrows the national view to one SWV (its row of
    /// the national table, so that both views hide the same cells); for an SWV or OPR any
    /// other SWV than its own is "not found".
    pub async fn monitor(
        &self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        swv: Option<&str>,
        drempel: u64,
        today: Date,
    ) -> Result<Monitor, StoreError> {
        self.monitor_met(wie, schooljaar, swv, drempel, today, true)
            .await
    }

    /// The monitor, with the trends over the schooljaren (and the SWV's trajectory) only
    /// when `trends`: a caller after one figure of one year does not pay for them.
    async fn monitor_met(
        &self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        swv: Option<&str>,
        drempel: u64,
        today: Date,
        trends: bool,
    ) -> Result<Monitor, StoreError> {
        let bereik = Bereik::van(wie)?;
        let niet_gevonden = |code: &str| StoreError::NietGevonden {
            wat: "samenwerkingsverband",
            sleutel: code.to_string(),
        };
        if let Some(code) = swv {
            let bestaat = sqlx::query("SELECT 1 FROM swv WHERE code = $1")
                .bind(code)
                .fetch_optional(&self.pool)
                .await?
                .is_some();
            let eigen = match &bereik {
                Bereik::EigenSwv(s) | Bereik::Opr(s) => s == code,
                Bereik::Landelijk => true,
            };
            if !bestaat || !eigen {
                return Err(niet_gevonden(code));
            }
        }
        let basis = self.basis_swvs().await?;
        let mut indicatoren = Vec::new();
        for (sleutel, titel, definitie, peil, tellingen, kolommen, rijtotalen) in
            self.ruwe_indicatoren(wie, schooljaar, today).await?
        {
            let tabel = maak_tabel(&bereik, &basis, &tellingen, &kolommen, rijtotalen, drempel);
            indicatoren.push(Indicator {
                sleutel,
                titel,
                definitie,
                peildatum: peil,
                tabel: versmal(tabel, swv),
            });
        }
        let mut trend_speciaal = Vec::new();
        let mut sj = Schooljaar::starting_in(EERSTE_JAAR);
        while trends && sj <= Schooljaar::of(today) {
            let tellingen = self.leerlingen_per_soort(peildatum(sj, today)).await?;
            let kolommen: Vec<(String, String)> = SOORTEN
                .iter()
                .map(|s| (s.to_string(), soort_label(s)))
                .collect();
            let t = versmal(
                maak_tabel(&bereik, &basis, &tellingen, &kolommen, true, drempel),
                swv,
            );
            trend_speciaal.push((sj, aandeel_speciaal(&t).last().and_then(|(_, a)| *a)));
            sj = sj.next();
        }
        let mut trend_thuiszitters = Vec::new();
        // The cases once, counted for each schooljaar.
        let zaken = if trends {
            self.thuiszitter_zaken().await?
        } else {
            Vec::new()
        };
        let mut sj = Schooljaar::starting_in(EERSTE_JAAR);
        while trends && sj <= Schooljaar::of(today) {
            let t = versmal(
                maak_tabel(
                    &bereik,
                    &basis,
                    &thuiszitters_in(&zaken, sj, today),
                    &THUISZITTER_KOLOMMEN.map(|(k, l)| (k.to_string(), l.to_string())),
                    true,
                    drempel,
                ),
                swv,
            );
            let n = match (t.rijen.len(), &t.rijtotalen, t.totaal) {
                (1, Some(rt), _) => rt[0].waarde(),
                (_, _, Some(tt)) => tt.waarde(),
                _ => None,
            };
            trend_thuiszitters.push((sj, n));
            sj = sj.next();
        }
        let in_beeld = match (&bereik, swv) {
            (_, Some(s)) => Some(s.to_string()),
            (Bereik::EigenSwv(s) | Bereik::Opr(s), None) => Some(s.clone()),
            (Bereik::Landelijk, None) => None,
        };
        let traject_thuiszitters = match in_beeld {
            Some(s) if trends => self.traject(&s, "thuiszitters").await?,
            _ => Vec::new(),
        };
        let geld = self.monitor_geld(wie, schooljaar, &basis, swv).await?;
        Ok(Monitor {
            schooljaar,
            bereik,
            drempel,
            swv: swv.map(str::to_string),
            indicatoren,
            trend_speciaal,
            trend_thuiszitters,
            traject_thuiszitters,
            geld,
        })
    }

    /// An SWV's targets on one figure from its adopted ondersteuningsplannen, per schooljaar
    /// covered; where versions overlap, the latest adopted one counts.
    async fn traject(
        &self,
        swv: &str,
        kengetal: &str,
    ) -> Result<Vec<(Schooljaar, String, u64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.van_schooljaar, p.tot_schooljaar, s.richting, s.streefwaarde \
             FROM op_streefwaarde s JOIN ondersteuningsplan p ON p.id = s.plan_id \
             WHERE p.swv_code = $1 AND s.kengetal = $2 AND p.vastgesteld_op IS NOT NULL \
             ORDER BY p.vastgesteld_op, p.versie, s.volgorde",
        )
        .bind(swv)
        .bind(kengetal)
        .fetch_all(&self.pool)
        .await?;
        let mut per_jaar: BTreeMap<i16, (String, u64)> = BTreeMap::new();
        for r in rows {
            let (van, tot): (i64, i64) = (r.try_get(0)?, r.try_get(1)?);
            let doel = u64::try_from(r.try_get::<i64, _>(3)?).unwrap_or(0);
            for jaar in van..=tot {
                if let Ok(jaar) = i16::try_from(jaar) {
                    per_jaar.insert(jaar, (r.try_get(2)?, doel));
                }
            }
        }
        Ok(per_jaar
            .into_iter()
            .map(|(jaar, (richting, doel))| (Schooljaar::starting_in(jaar), richting, doel))
            .collect())
    }

    /// Disputes per SWV and kind as the monitor publishes them to this viewer (exact for the
    /// SWV's staff, protected for everyone else, the same cells hidden as in the monitor);
    /// cells that are shown as 0 are left out.
    pub async fn geschillen_overzicht(
        &self,
        wie: &Verzoeker,
        schooljaar: Schooljaar,
        today: Date,
    ) -> Result<Vec<(String, &'static str, Cel)>, StoreError> {
        let m = self
            .monitor_met(wie, schooljaar, None, drempel(), today, false)
            .await?;
        let Some(f) = m
            .indicatoren
            .into_iter()
            .find(|i| i.sleutel == "geschillen")
        else {
            return Ok(Vec::new());
        };
        let mut out = Vec::new();
        for (rij, cellen) in f.tabel.rijen.iter().zip(&f.tabel.cellen) {
            for ((soort, _), cel) in GESCHIL_KOLOMMEN.iter().zip(cellen) {
                if *cel != Cel::Getoond(0) {
                    out.push((rij.clone(), *soort, *cel));
                }
            }
        }
        Ok(out)
    }

    /// One SWV's own counts in every figure of a schooljaar, by (figure, column): what the
    /// targets of its ondersteuningsplan measure. Unprotected: the caller decides what a
    /// viewer may see of it.
    pub(crate) async fn monitor_rij(
        &self,
        wie: &Verzoeker,
        swv: &str,
        schooljaar: Schooljaar,
        today: Date,
    ) -> Result<Vec<((&'static str, String), u64)>, StoreError> {
        let mut out = Vec::new();
        for (sleutel, _, _, _, tellingen, kolommen, _) in
            self.ruwe_indicatoren(wie, schooljaar, today).await?
        {
            for (kolom, _) in kolommen {
                let n = tellingen
                    .get(&(swv.to_string(), kolom.clone()))
                    .copied()
                    .unwrap_or(0);
                out.push(((sleutel, kolom), n));
            }
        }
        Ok(out)
    }

    /// SWVs with member schools: the rows of the national tables even where all is zero.
    async fn basis_swvs(&self) -> Result<BTreeSet<String>, StoreError> {
        Ok(
            sqlx::query("SELECT DISTINCT swv_code FROM vestiging ORDER BY swv_code")
                .fetch_all(&self.pool)
                .await?
                .iter()
                .map(|r| r.try_get::<String, _>(0))
                .collect::<Result<_, _>>()?,
        )
    }

    async fn tel(&self, sql: &'static str, binds: &[String]) -> Result<Tellingen, StoreError> {
        let mut q = sqlx::query(sql);
        for b in binds {
            q = q.bind(b.clone());
        }
        let mut out = Tellingen::new();
        for r in q.fetch_all(&self.pool).await? {
            let swv: Option<String> = r.try_get(0)?;
            let kolom: Option<String> = r.try_get(1)?;
            let n: i64 = r.try_get(2)?;
            *out.entry((
                swv.unwrap_or_else(|| "onbekend".into()),
                kolom.unwrap_or_default(),
            ))
            .or_insert(0) += u64::try_from(n).unwrap_or(0);
        }
        Ok(out)
    }

    async fn leerlingen_per_soort(&self, peil: Date) -> Result<Tellingen, StoreError> {
        self.tel(
            "SELECT v.swv_code, v.schoolsoort, COUNT(DISTINCT i.leerling_id) FROM inschrijving i \
             JOIN vestiging v ON v.code = i.vestiging_code \
             WHERE i.van <= $1 AND (i.tot IS NULL OR i.tot >= $1) GROUP BY v.swv_code, v.schoolsoort",
            &[peil.to_string()],
        )
        .await
    }

    #[allow(clippy::type_complexity)]
    async fn ruwe_indicatoren(
        &self,
        wie: &Verzoeker,
        sj: Schooljaar,
        today: Date,
    ) -> Result<
        Vec<(
            &'static str,
            &'static str,
            String,
            String,
            Tellingen,
            Vec<(String, String)>,
            bool,
        )>,
        StoreError,
    > {
        let peil = peildatum(sj, today);
        let (van, tot) = periode(sj, today);
        let per = periode_tekst(sj, today);
        let peil_tekst = format!("peildatum {}", nl(peil));
        let p = [van.to_string(), tot.to_string()];
        let soorten: Vec<(String, String)> = SOORTEN
            .iter()
            .map(|s| (s.to_string(), soort_label(s)))
            .collect();
        let mut out = Vec::new();

        out.push((
            "leerlingen",
            "Leerlingen per schoolsoort",
            "Leerlingen ingeschreven op een vestiging van het samenwerkingsverband op de peildatum, naar de soort van die vestiging (schoolgaand swv, zoals DUO telt). Het aandeel sbo/so/vso is (sbo + so + vso) / alle leerlingen.".to_string(),
            peil_tekst.clone(),
            self.leerlingen_per_soort(peil).await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "opp",
            "Leerlingen met een ontwikkelingsperspectief (OPP)",
            "Leerlingen met een OPP waarvan een versie is vastgesteld op of vóór het einde van de periode, die in de periode stonden ingeschreven op de vestiging van dat OPP; naar de soort van die vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(DISTINCT o.leerling_id) FROM opp o \
                 JOIN vestiging v ON v.code = o.vestiging_code \
                 WHERE EXISTS (SELECT 1 FROM opp_versie ov WHERE ov.opp_id = o.id AND ov.vastgesteld_op <= $2) \
                 AND EXISTS (SELECT 1 FROM inschrijving i WHERE i.leerling_id = o.leerling_id \
                   AND i.vestiging_code = o.vestiging_code AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $1)) \
                 GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "arrangementen",
            "Arrangementen",
            "Aanvragen voor een arrangement die in de periode bij het samenwerkingsverband zijn ingediend, naar het besluit zoals het nu is.".to_string(),
            per.clone(),
            self.tel(
                "SELECT swv_code, COALESCE(besluit, 'open'), COUNT(*) FROM arrangement \
                 WHERE aangevraagd_op >= $1 AND aangevraagd_op <= $2 GROUP BY swv_code, COALESCE(besluit, 'open')",
                &p,
            )
            .await?,
            vec![
                ("toegekend".into(), "toegekend".into()),
                ("afgewezen".into(), "afgewezen".into()),
                ("open".into(), "nog geen besluit".into()),
            ],
            true,
        ));

        out.push((
            "tlv",
            "Toelaatbaarheidsverklaringen",
            "Toelaatbaarheidsverklaringen die het samenwerkingsverband in de periode heeft toegekend (besluitdatum in de periode), naar soort onderwijs en bekostigingscategorie.".to_string(),
            per.clone(),
            self.tel(
                "SELECT swv_code, soort || '-' || COALESCE(categorie, ''), COUNT(*) FROM tlv \
                 WHERE besluit = 'toegekend' AND besluit_datum >= $1 AND besluit_datum <= $2 \
                 GROUP BY swv_code, soort || '-' || COALESCE(categorie, '')",
                &p,
            )
            .await?,
            vec![
                ("sbo-".into(), "sbo".into()),
                ("so-L".into(), "so laag".into()),
                ("so-M".into(), "so midden".into()),
                ("so-H".into(), "so hoog".into()),
                ("vso-L".into(), "vso laag".into()),
                ("vso-M".into(), "vso midden".into()),
                ("vso-H".into(), "vso hoog".into()),
            ],
            true,
        ));

        out.push((
            "aanmeldingen",
            "Aanmeldingen en de zorgplicht",
            "Schriftelijke aanmeldingen die in de periode zijn ontvangen door een vestiging van het samenwerkingsverband, naar hoe de school besloot: binnen of na de termijn (6 weken, eenmaal verlengd met ten hoogste 4 weken; WPO art. 40, WVO art. 27, WEC art. 40), of nog open op het einde van de periode.".to_string(),
            per.clone(),
            self.aanmeldingen_telling(van, tot).await?,
            vec![
                ("binnen".into(), "besluit binnen termijn".into()),
                ("na".into(), "besluit na termijn".into()),
                ("open".into(), "open, binnen termijn".into()),
                ("verstreken".into(), "open, termijn verstreken".into()),
                ("ingetrokken".into(), "ingetrokken".into()),
            ],
            true,
        ));

        out.push((
            "schorsingen",
            "Schorsingen langer dan één dag",
            "Schorsingen die in de periode ingingen en langer duurden dan één dag (die meldt de school aan de inspectie, WPO art. 40c lid 3), naar de soort van de vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(*) FROM schorsing s \
                 JOIN vestiging v ON v.code = s.vestiging_code \
                 WHERE s.van >= $1 AND s.van <= $2 AND s.tot > s.van GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "verwijderingen",
            "Verwijderingen",
            "Definitieve verwijderingen met een datum in de periode, naar de soort van de vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(*) FROM verwijdering w \
                 JOIN vestiging v ON v.code = w.vestiging_code \
                 WHERE w.datum >= $1 AND w.datum <= $2 GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "thuiszitters",
            "Thuiszitters langer dan drie maanden",
            "Kinderen in het thuiszitterregister van het samenwerkingsverband die in het schooljaar langer dan drie maanden thuis zaten (drie maanden na de start van de zaak nog niet opgelost), naar soort verzuim. Landelijk doel: geen kind langer dan drie maanden thuis (Thuiszitterspact 2016).".to_string(),
            format!("schooljaar {sj}, stand {}", nl(tot)),
            self.thuiszitters_telling(sj, today).await?,
            THUISZITTER_KOLOMMEN
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .to_vec(),
            true,
        ));

        let jaren12 = peil
            .checked_sub(jiff::Span::new().years(12))
            .unwrap_or(peil);
        out.push((
            "vrijstellingen",
            "Vrijstellingen per grond",
            "Verleende vrijstellingen van de Leerplichtwet die in de periode golden, naar grond; bij het samenwerkingsverband van de laatste school van het kind, anders bij het woon-swv (po onder 12 jaar, anders vo).".to_string(),
            per.clone(),
            self.tel(
                "SELECT COALESCE((SELECT v.swv_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
                   WHERE i.leerling_id = z.leerling_id AND i.van <= $2 ORDER BY i.van DESC LIMIT 1), \
                   CASE WHEN l.geboortedatum > $3 THEN p.po_swv ELSE p.vo_swv END) AS swv, z.grond, COUNT(*) \
                 FROM vrijstelling z JOIN leerling l ON l.id = z.leerling_id JOIN postcode_regio p ON p.pc4 = l.pc4 \
                 WHERE z.status = 'verleend' AND z.van <= $2 AND (z.tot IS NULL OR z.tot >= $1) \
                 GROUP BY 1, 2",
                &[van.to_string(), tot.to_string(), jaren12.to_string()],
            )
            .await?,
            Grond::ALL
                .iter()
                .map(|g| (g.as_str().to_string(), format!("art. {}", g.as_str())))
                .collect(),
            true,
        ));
        let mut geschillen = Tellingen::new();
        for g in self.geschillen_telling(wie, sj).await? {
            *geschillen.entry((g.swv.to_string(), g.soort)).or_insert(0) +=
                u64::try_from(g.aantal).unwrap_or(0);
        }
        out.push((
            "geschillen",
            "Geschillen en bezwaren",
            "Zaken die in het schooljaar begonnen: bij de geschillencommissie passend onderwijs (over toelating, verwijdering of het OPP), doorverwezen naar de onderwijsconsulent, of bezwaar tegen een besluit over een toelaatbaarheidsverklaring.".to_string(),
            format!("schooljaar {sj} ({} t/m {})", nl(sj.start()), nl(sj.end())),
            geschillen,
            GESCHIL_KOLOMMEN
                .iter()
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .collect(),
            true,
        ));
        Ok(out)
    }

    /// Budget, spending and reserve from the money area, for the SWVs in the view.
    async fn monitor_geld(
        &self,
        wie: &Verzoeker,
        sj: Schooljaar,
        basis: &BTreeSet<String>,
        swv: Option<&str>,
    ) -> Result<Vec<GeldRegel>, StoreError> {
        let cijfers = match self.geld_kerncijfers(wie, sj).await {
            Ok(c) => c,
            // No rule set or figures for this schooljaar: the rows stay empty.
            Err(StoreError::Ongeldig(_)) => Vec::new(),
            Err(e) => return Err(e),
        };
        let mut out: Vec<GeldRegel> = cijfers
            .into_iter()
            .filter(|k| {
                let code = k.swv.to_string();
                match swv {
                    Some(s) => code == s,
                    None => basis.contains(&code) || k.lasten.is_some() || k.reserve.is_some(),
                }
            })
            .map(|k| GeldRegel {
                swv: k.swv.to_string(),
                budget: k.budget,
                boekjaar: k.boekjaar,
                baten: k.baten,
                lasten: k.lasten,
                reserve: k.reserve,
                signaleringswaarde_overschreden: k.signaleringswaarde_overschreden,
            })
            .collect();
        if swv.is_none() && out.len() > 1 {
            let som = |f: fn(&GeldRegel) -> Option<Decimal>| {
                out.iter().filter_map(f).reduce(|a, b| a + b)
            };
            let landelijk = GeldRegel {
                swv: "landelijk".into(),
                budget: som(|r| r.budget),
                boekjaar: None,
                baten: som(|r| r.baten),
                lasten: som(|r| r.lasten),
                reserve: som(|r| r.reserve),
                signaleringswaarde_overschreden: None,
            };
            out.push(landelijk);
        }
        Ok(out)
    }

    async fn aanmeldingen_telling(&self, van: Date, tot: Date) -> Result<Tellingen, StoreError> {
        let rows = sqlx::query(
            "SELECT v.swv_code, v.schoolsoort, a.ontvangen, a.besluit_datum, a.verlenging_weken, \
             a.verlenging_kennisgeving, a.opschorting_van, a.opschorting_tot, a.ingetrokken_op \
             FROM aanmelding a JOIN vestiging v ON v.code = a.vestiging_code \
             WHERE a.ontvangen >= $1 AND a.ontvangen <= $2",
        )
        .bind(van.to_string())
        .bind(tot.to_string())
        .fetch_all(&self.pool)
        .await?;
        let opt = |s: Option<String>| s.as_deref().map(date).transpose();
        let mut out = Tellingen::new();
        for r in rows {
            let swv: String = r.try_get(0)?;
            let vo = Schoolsoort::parse(&r.try_get::<String, _>(1)?)
                .map(|s| s.sector() == passend_domain::Sector::Vo)
                .unwrap_or(false);
            let ontvangen = date(&r.try_get::<String, _>(2)?)?;
            let besluit = opt(r.try_get(3)?)?;
            let verlenging = match (r.try_get::<Option<i64>, _>(4)?, opt(r.try_get(5)?)?) {
                (Some(weken), Some(kennisgeving)) => Some(Verlenging {
                    weken,
                    kennisgeving,
                }),
                _ => None,
            };
            let opschortingen: Vec<Opschorting> = opt(r.try_get(6)?)?
                .map(|van| -> Result<_, StoreError> {
                    Ok(Opschorting {
                        van,
                        tot: opt(r.try_get(7)?)?,
                    })
                })
                .transpose()?
                .into_iter()
                .filter(|_| vo)
                .collect();
            let ingetrokken = opt(r.try_get(8)?)?;
            // An invalid extension on record does not extend the term.
            let uiterlijk = termijnen(ontvangen, verlenging, &opschortingen, vo, true, None)
                .or_else(|_| termijnen(ontvangen, None, &[], false, true, None))
                .map(|t| t.beslissen_uiterlijk)
                .map_err(|e| StoreError::Ongeldig(e.to_string()))?;
            let kolom = match (besluit.filter(|b| *b <= tot), ingetrokken) {
                (Some(b), _) if b <= uiterlijk => "binnen",
                (Some(_), _) => "na",
                (None, Some(i)) if i <= tot => "ingetrokken",
                (None, _) if tot > uiterlijk => "verstreken",
                (None, _) => "open",
            };
            *out.entry((swv, kolom.to_string())).or_insert(0) += 1;
        }
        Ok(out)
    }

    async fn thuiszitters_telling(
        &self,
        sj: Schooljaar,
        today: Date,
    ) -> Result<Tellingen, StoreError> {
        Ok(thuiszitters_in(&self.thuiszitter_zaken().await?, sj, today))
    }

    /// Every thuiszitter case as (SWV, kind of verzuim, start, solved on).
    async fn thuiszitter_zaken(&self) -> Result<Vec<Zaak>, StoreError> {
        let rows =
            sqlx::query("SELECT swv_code, soort, startdatum, opgelost_op FROM thuiszitter_zaak")
                .fetch_all(&self.pool)
                .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let opgelost: Option<String> = r.try_get(3)?;
            out.push((
                r.try_get(0)?,
                r.try_get(1)?,
                date(&r.try_get::<String, _>(2)?)?,
                opgelost.as_deref().map(date).transpose()?,
            ));
        }
        Ok(out)
    }
}

/// A thuiszitter case: (SWV, kind of verzuim, start, solved on).
type Zaak = (String, String, Date, Option<Date>);

/// Children out longer than three months at some day of the schooljaar (up to today), per
/// SWV and kind.
fn thuiszitters_in(zaken: &[Zaak], sj: Schooljaar, today: Date) -> Tellingen {
    let mut out = Tellingen::new();
    for (swv, soort, start, opgelost) in zaken {
        let einde = opgelost.unwrap_or(today).min(sj.end()).min(today);
        let mark = passend_domain::thuiszitters::drie_maanden_later(*start);
        if einde > mark && einde >= sj.start() {
            *out.entry((swv.clone(), soort.clone())).or_insert(0) += 1;
        }
    }
    out
}

/// The table for the viewer's scope: own SWV (unprotected for its staff, protected for the
/// OPR), or every SWV with the national totals, protected.
fn maak_tabel(
    bereik: &Bereik,
    basis: &BTreeSet<String>,
    tellingen: &Tellingen,
    kolommen: &[(String, String)],
    rijtotalen: bool,
    drempel: u64,
) -> Beschermd {
    let rijen: Vec<String> = match bereik {
        Bereik::EigenSwv(s) | Bereik::Opr(s) => vec![s.clone()],
        Bereik::Landelijk => basis
            .iter()
            .cloned()
            .chain(tellingen.keys().map(|(s, _)| s.clone()))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    let mut t = Kruistabel::new(
        rijen.clone(),
        kolommen.iter().map(|(_, l)| l.clone()).collect(),
    );
    t.rijtotalen = rijtotalen;
    for (i, swv) in rijen.iter().enumerate() {
        for (j, (sleutel, _)) in kolommen.iter().enumerate() {
            t.waarden[i][j] = tellingen
                .get(&(swv.clone(), sleutel.clone()))
                .copied()
                .unwrap_or(0);
        }
    }
    if bereik.beschermd() {
        bescherm(&t, drempel)
    } else {
        onbeschermd(&t)
    }
}

/// One SWV's row of a (national) table, with its row total, without the column totals.
fn versmal(t: Beschermd, swv: Option<&str>) -> Beschermd {
    let Some(swv) = swv else { return t };
    if t.rijen.len() == 1 {
        return t;
    }
    let i = t.rijen.iter().position(|r| r == swv);
    Beschermd {
        rijen: vec![swv.to_string()],
        kolommen: t.kolommen.clone(),
        cellen: vec![
            i.map(|i| t.cellen[i].clone()).unwrap_or_else(|| {
                vec![passend_domain::monitor::Cel::Getoond(0); t.kolommen.len()]
            }),
        ],
        rijtotalen: t
            .rijtotalen
            .as_ref()
            .map(|rt| vec![i.map_or(passend_domain::monitor::Cel::Getoond(0), |i| rt[i])]),
        kolomtotalen: None,
        totaal: None,
    }
}

/// The share of sbo + so + vso per row of the per-soort table, and nationally as the last
/// entry when there are column totals (per mille; `None` where a part is hidden).
pub fn aandeel_speciaal(t: &Beschermd) -> Vec<(String, Option<u64>)> {
    use passend_domain::monitor::aandeel;
    let idx: Vec<usize> = ["sbo", "so", "vso"]
        .iter()
        .filter_map(|s| t.kolommen.iter().position(|k| *k == soort_label(s)))
        .collect();
    let mut out = Vec::new();
    if let Some(rt) = &t.rijtotalen {
        for (i, rij) in t.cellen.iter().enumerate() {
            let teller: Vec<_> = idx.iter().map(|&j| rij[j]).collect();
            out.push((t.rijen[i].clone(), aandeel(&teller, rt[i])));
        }
    }
    if let (Some(kt), Some(tt)) = (&t.kolomtotalen, t.totaal) {
        let teller: Vec<_> = idx.iter().map(|&j| kt[j]).collect();
        out.push(("landelijk".to_string(), aandeel(&teller, tt)));
    }
    out
}
