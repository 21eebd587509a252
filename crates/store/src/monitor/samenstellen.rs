//! Building the monitor for a caller, with the SWV's targets.

use super::*;
use crate::repo::MonitorStore;

impl MonitorStore<'_> {
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
        self,
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
    pub(super) async fn monitor_met(
        self,
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
        self,
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
}
