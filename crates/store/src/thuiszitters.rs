//! The thuiszitter register: cases, the SWV's escalation ladder, the clock that moves a
//! case up when a step's deadline passes, and the binding decision of the last step.
//! Every read and change of a case goes through the caller's scope and the audit log.

use crate::audit::{Actie, append};
use crate::toegang::{Verzoeker, scope_condition};
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::thuiszitters::{
    Escalatieladder, Soort, Stap, dagen_thuis, escaleer, langer_dan_drie_maanden, mag_zaak_openen,
    verantwoordelijk_swv,
};
use passend_domain::{Rol, SwvCode, leeftijd_op};
use sqlx::any::AnyRow;
use sqlx::{Any, Row, Transaction};

/// One case as lists and pages show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Zaak {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub swv_code: String,
    pub soort: String,
    pub startdatum: Date,
    pub dagen_thuis: i64,
    pub langer_dan_drie_maanden: bool,
    pub stap: usize,
    pub stap_naam: String,
    pub eigenaar: String,
    pub deadline: Date,
    pub laatste_stap: bool,
    pub besluit_te_laat: bool,
    pub aanbod_datum: Option<Date>,
    pub plan: Option<String>,
    pub opgelost_op: Option<Date>,
    pub besluit: Option<String>,
}

/// A notice to the owner of the next step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notificatie {
    pub zaak_id: Option<i64>,
    pub aan: String,
    pub tekst: String,
    pub aangemaakt: String,
}

fn date(text: &str) -> Result<Date, StoreError> {
    text.parse()
        .map_err(|_| StoreError::Ongeldig(format!("ongeldige datum in de database: {text}")))
}

fn opt_date(text: Option<String>) -> Result<Option<Date>, StoreError> {
    text.as_deref().map(date).transpose()
}

const ZAAK_COLUMNS: &str = "z.id, z.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, z.swv_code, z.soort, \
     z.startdatum, z.stap, z.stap_deadline, z.besluit_te_laat, z.aanbod_datum, z.plan, z.opgelost_op, z.besluit";

/// The open case of a pupil, if any.
pub(crate) async fn open_zaak_van(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
) -> Result<Option<i64>, StoreError> {
    let row = sqlx::query(
        "SELECT id FROM thuiszitter_zaak WHERE leerling_id = $1 AND opgelost_op IS NULL",
    )
    .bind(leerling.0)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|r| r.try_get(0)).transpose()?)
}

/// A notice for the owner of a step, shown to the SWV's staff.
async fn notificeer(
    tx: &mut Transaction<'static, Any>,
    swv: &str,
    zaak: i64,
    aan: &str,
    tekst: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO notificatie (swv_code, zaak_id, aan, tekst, aangemaakt) VALUES ($1, $2, $3, $4, $5)")
        .bind(swv)
        .bind(zaak)
        .bind(aan)
        .bind(tekst)
        .bind(instant_text(jiff::Timestamp::now()))
        .execute(&mut **tx)
        .await?;
    Ok(())
}

/// Writes a new case at the ladder's first step.
pub(crate) async fn insert_zaak(
    tx: &mut Transaction<'static, Any>,
    leerling: LeerlingId,
    swv: &str,
    soort: Soort,
    startdatum: Date,
    deadline: Date,
) -> Result<i64, StoreError> {
    let row = sqlx::query(
        "INSERT INTO thuiszitter_zaak (leerling_id, swv_code, soort, startdatum, stap, stap_deadline, aangemaakt) \
         VALUES ($1, $2, $3, $4, 0, $5, $6) RETURNING id",
    )
    .bind(leerling.0)
    .bind(swv)
    .bind(soort.as_str())
    .bind(startdatum.to_string())
    .bind(deadline.to_string())
    .bind(instant_text(jiff::Timestamp::now()))
    .fetch_one(&mut **tx)
    .await?;
    Ok(row.try_get(0)?)
}

impl Store {
    /// The id of the system account, under which the clock and automatic steps act.
    /// The system account acting in a role and scope: for command-line imports and clocks,
    /// so that what they change is audited like any user's change.
    pub async fn systeem_verzoeker(
        &self,
        rol: passend_domain::Rol,
        scope: &str,
    ) -> Result<Verzoeker, StoreError> {
        Ok(Verzoeker {
            account_id: self.systeem_account().await?,
            kijker: passend_domain::Kijker {
                rol,
                scope: Some(scope.to_string()),
            },
        })
    }

    pub(crate) async fn systeem_account(&self) -> Result<i64, StoreError> {
        Ok(
            sqlx::query("SELECT id FROM account WHERE gebruikersnaam = 'systeem'")
                .fetch_one(&self.pool)
                .await?
                .try_get(0)?,
        )
    }

    /// The SWV's ladder; an SWV that has not set one works with the example ladder.
    pub async fn ladder(&self, swv: &SwvCode) -> Result<Escalatieladder, StoreError> {
        let rows = sqlx::query(
            "SELECT naam, eigenaar, weken FROM escalatiestap WHERE swv_code = $1 ORDER BY volgorde",
        )
        .bind(swv.as_str())
        .fetch_all(&self.pool)
        .await?;
        if rows.is_empty() {
            return Ok(Escalatieladder::voorbeeld());
        }
        let stappen = rows
            .iter()
            .map(|r| {
                Ok(Stap {
                    naam: r.try_get(0)?,
                    eigenaar: r.try_get(1)?,
                    weken: r.try_get(2)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()?;
        Escalatieladder::new(stappen).map_err(|e| StoreError::Ongeldig(e.to_string()))
    }

    /// Sets an SWV's ladder; only staff of that SWV may.
    pub async fn set_ladder(
        &self,
        wie: &Verzoeker,
        swv: &SwvCode,
        ladder: &Escalatieladder,
    ) -> Result<(), StoreError> {
        if wie.kijker.rol != Rol::Swv || wie.kijker.scope.as_deref() != Some(swv.as_str()) {
            return Err(StoreError::NietGevonden {
                wat: "samenwerkingsverband",
                sleutel: swv.to_string(),
            });
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM escalatiestap WHERE swv_code = $1")
            .bind(swv.as_str())
            .execute(&mut *tx)
            .await?;
        for (i, s) in ladder.stappen().iter().enumerate() {
            sqlx::query("INSERT INTO escalatiestap (swv_code, volgorde, naam, eigenaar, weken) VALUES ($1, $2, $3, $4, $5)")
                .bind(swv.as_str())
                .bind(i as i64)
                .bind(s.naam.trim())
                .bind(s.eigenaar.trim())
                .bind(s.weken)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Opens a case for a pupil the caller may see (not as ouder). The SWV that holds it
    /// follows from the law's logic (school SWV, or woon-SWV by age); the ladder's first
    /// step starts today.
    pub async fn open_zaak(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        soort: Soort,
        startdatum: Date,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let niet_gevonden = || StoreError::NietGevonden {
            wat: "leerling",
            sleutel: leerling.0.to_string(),
        };
        if wie.kijker.rol == Rol::Ouder {
            return Err(niet_gevonden());
        }
        // Reading the dossier applies the scope (and logs the read).
        let dossier = self.dossier_voor(wie, leerling, today, route).await?;
        if startdatum > today {
            return Err(StoreError::Ongeldig(
                "de eerste dag thuis ligt in de toekomst".into(),
            ));
        }
        // The vestiging of today's enrolment, its bestuur's number and its SWV.
        let school: Option<(String, String, String)> = match dossier
            .inschrijvingen
            .iter()
            .find(|i| i.van <= today && i.tot.is_none_or(|t| t >= today))
        {
            Some(i) => {
                let r = sqlx::query(
                    "SELECT v.code, b.bevoegd_gezag, v.swv_code FROM vestiging v JOIN school s ON s.brin = v.brin \
                     JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
                )
                .bind(&i.vestiging_code)
                .fetch_one(&self.pool)
                .await?;
                Some((r.try_get(0)?, r.try_get(1)?, r.try_get(2)?))
            }
            None => None,
        };
        // A school that may read the registration of a child enrolled elsewhere or nowhere
        // hears "not found", as if it could not see the child: nothing about the enrolment.
        if !mag_zaak_openen(
            &wie.kijker,
            school.as_ref().map(|(v, b, _)| (v.as_str(), b.as_str())),
        ) {
            return Err(niet_gevonden());
        }
        let school_swv = school.map(|(_, _, swv)| swv);
        if soort == Soort::LangdurigRelatiefVerzuim && school_swv.is_none() {
            return Err(StoreError::Ongeldig(
                "langdurig relatief verzuim gaat over een ingeschreven leerling; deze leerling is nergens ingeschreven (absoluut verzuim)".into(),
            ));
        }
        if soort == Soort::AbsoluutVerzuim && school_swv.is_some() {
            return Err(StoreError::Ongeldig(
                "absoluut verzuim gaat over een leerling die nergens is ingeschreven; deze leerling is ingeschreven (langdurig relatief verzuim)".into(),
            ));
        }
        let leeftijd = leeftijd_op(dossier.leerling.geboortedatum, today);
        let swv = verantwoordelijk_swv(
            soort,
            school_swv.as_deref(),
            dossier.woon_swv.po.as_str(),
            dossier.woon_swv.vo.as_str(),
            leeftijd,
        )
        .to_string();
        let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
        let mut tx = self.begin_write().await?;
        if let Some(id) = open_zaak_van(&mut tx, leerling).await? {
            return Err(StoreError::Conflict(format!(
                "voor deze leerling loopt al zaak {id}"
            )));
        }
        let id = insert_zaak(
            &mut tx,
            leerling,
            &swv,
            soort,
            startdatum,
            ladder.deadline(0, today),
        )
        .await?;
        append(
            &mut tx,
            wie,
            Some(leerling),
            Actie::Aanmaken,
            route,
            Some(&["thuiszitterzaak"]),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Case rows of the pupils in the caller's scope (the same SQL scope as pupil lists).
    async fn zaak_rows(&self, wie: &Verzoeker, today: Date) -> Result<Vec<AnyRow>, StoreError> {
        let Some((condition, scope, dated)) = scope_condition(&wie.kijker)? else {
            return Ok(Vec::new());
        };
        let sql = format!(
            "SELECT {ZAAK_COLUMNS} FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id \
             WHERE {condition} ORDER BY CASE WHEN z.opgelost_op IS NULL THEN 0 ELSE 1 END, z.startdatum, z.id"
        );
        let mut q = scope.bind(sqlx::query(sqlx::AssertSqlSafe(sql)));
        if dated {
            q = q.bind(today.to_string());
        }
        Ok(q.fetch_all(&self.pool).await?)
    }

    async fn zaak_from(&self, row: &AnyRow, today: Date) -> Result<Zaak, StoreError> {
        let swv: String = row.try_get("swv_code")?;
        let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
        zaak_met_ladder(row, &ladder, swv, today)
    }

    /// The cases of the pupils in the caller's scope, open ones first (one ladder look-up
    /// per SWV); the list read is logged.
    pub async fn zaken_voor(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Zaak>, StoreError> {
        let rows = self.zaak_rows(wie, today).await?;
        let mut ladders = std::collections::HashMap::new();
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let swv: String = r.try_get("swv_code")?;
            if !ladders.contains_key(&swv) {
                ladders.insert(swv.clone(), self.ladder(&SwvCode::parse(&swv)?).await?);
            }
            out.push(zaak_met_ladder(r, &ladders[&swv], swv, today)?);
        }
        if !out.is_empty() {
            self.audit(wie, None, Actie::LezenLijst, route).await?;
        }
        Ok(out)
    }

    /// One case, if the caller may see the pupil; the read is logged on the pupil.
    pub async fn zaak_voor(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Zaak, StoreError> {
        let rows = sqlx::query("SELECT leerling_id FROM thuiszitter_zaak WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        let not_found = || StoreError::NietGevonden {
            wat: "zaak",
            sleutel: id.to_string(),
        };
        let leerling = LeerlingId(rows.ok_or_else(not_found)?.try_get(0)?);
        // The scope check of the dossier decides, and logs the read.
        self.dossier_voor(wie, leerling, today, route)
            .await
            .map_err(|e| match e {
                StoreError::NietGevonden { .. } => not_found(),
                other => other,
            })?;
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {ZAAK_COLUMNS} FROM thuiszitter_zaak z JOIN leerling l ON l.id = z.leerling_id WHERE z.id = $1"
        )))
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        self.zaak_from(&row, today).await
    }

    /// Records the plan and the date an education offer was made (school, SWV or
    /// leerplicht; not the ouder). The audit entry names the fields, not their content.
    pub async fn werk_zaak_bij(
        &self,
        wie: &Verzoeker,
        id: i64,
        plan: Option<&str>,
        aanbod_datum: Option<Date>,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        let mut velden = Vec::new();
        let plan = plan.map(str::trim).filter(|p| !p.is_empty());
        if plan.is_some() && plan != zaak.plan.as_deref() {
            velden.push("plan");
        }
        if aanbod_datum.is_some() && aanbod_datum != zaak.aanbod_datum {
            if aanbod_datum.is_some_and(|d| d > today) {
                return Err(StoreError::Ongeldig(
                    "de datum van het aanbod ligt in de toekomst".into(),
                ));
            }
            velden.push("aanbod");
        }
        if velden.is_empty() {
            return Ok(());
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE thuiszitter_zaak SET plan = COALESCE($1, plan), aanbod_datum = COALESCE($2, aanbod_datum) WHERE id = $3")
            .bind(plan)
            .bind(aanbod_datum.map(|d| d.to_string()))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&velden),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records that the child is back at school or accepted an offer: the case closes.
    pub async fn los_zaak_op(
        &self,
        wie: &Verzoeker,
        id: i64,
        op: Date,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        if op > today || op < zaak.startdatum {
            return Err(StoreError::Ongeldig(
                "de datum van de oplossing ligt niet tussen de eerste dag thuis en vandaag".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE thuiszitter_zaak SET opgelost_op = $1 WHERE id = $2")
            .bind(op.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["opgelost"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The binding decision of the ladder's last step, recorded by the SWV that holds the
    /// case. Refused before the case has reached the last step.
    pub async fn neem_besluit(
        &self,
        wie: &Verzoeker,
        id: i64,
        besluit: &str,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let zaak = self.zaak_voor_wijziging(wie, id, today, route).await?;
        if wie.kijker.rol != Rol::Swv || wie.kijker.scope.as_deref() != Some(zaak.swv_code.as_str())
        {
            return Err(StoreError::Ongeldig(format!(
                "het bindende besluit wordt vastgelegd door het samenwerkingsverband {}",
                zaak.swv_code
            )));
        }
        if !zaak.laatste_stap {
            return Err(StoreError::Ongeldig(format!(
                "een bindend besluit hoort bij de laatste stap van de ladder; deze zaak is bij stap {} ({})",
                zaak.stap + 1,
                zaak.stap_naam
            )));
        }
        let besluit = besluit.trim();
        if besluit.is_empty() {
            return Err(StoreError::Ongeldig(
                "beschrijf het besluit: welke school of welk aanbod, vanaf wanneer".into(),
            ));
        }
        let mut tx = self.begin_write().await?;
        sqlx::query("UPDATE thuiszitter_zaak SET besluit = $1, besluit_datum = $2, opgelost_op = $2 WHERE id = $3")
            .bind(besluit)
            .bind(today.to_string())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        append(
            &mut tx,
            wie,
            Some(zaak.leerling_id),
            Actie::Wijzigen,
            route,
            Some(&["besluit"]),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// A case the caller may change: visible to them, open, and not as ouder.
    async fn zaak_voor_wijziging(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Zaak, StoreError> {
        if wie.kijker.rol == Rol::Ouder {
            return Err(StoreError::NietGevonden {
                wat: "zaak",
                sleutel: id.to_string(),
            });
        }
        let zaak = self.zaak_voor(wie, id, today, route).await?;
        if zaak.opgelost_op.is_some() {
            return Err(StoreError::Ongeldig("deze zaak is al afgesloten".into()));
        }
        Ok(zaak)
    }

    /// The clock: every open case whose step passed its deadline moves up (as many steps
    /// as have expired), the next owner gets a notice, and the move is logged under the
    /// system account. Returns how many cases moved.
    pub async fn escaleer_zaken(&self, today: Date) -> Result<usize, StoreError> {
        let systeem = self.systeem_account().await?;
        let due = sqlx::query(
            "SELECT id, leerling_id, swv_code, stap, stap_deadline, besluit_te_laat FROM thuiszitter_zaak \
             WHERE opgelost_op IS NULL AND stap_deadline < $1",
        )
        .bind(today.to_string())
        .fetch_all(&self.pool)
        .await?;
        let mut moved = 0;
        for r in &due {
            let id: i64 = r.try_get(0)?;
            let leerling = LeerlingId(r.try_get(1)?);
            let swv: String = r.try_get(2)?;
            let ladder = self.ladder(&SwvCode::parse(&swv)?).await?;
            let stap = usize::try_from(r.try_get::<i64, _>(3)?)
                .unwrap_or(0)
                .min(ladder.laatste());
            let positie = escaleer(&ladder, stap, date(&r.try_get::<String, _>(4)?)?, today);
            let was_te_laat = r.try_get::<i64, _>(5)? != 0;
            if positie.nieuwe_stappen.is_empty() && positie.besluit_te_laat == was_te_laat {
                continue;
            }
            let wie = Verzoeker {
                account_id: systeem,
                kijker: passend_domain::Kijker {
                    rol: Rol::Beheerder,
                    scope: None,
                },
            };
            let mut tx = self.begin_write().await?;
            sqlx::query("UPDATE thuiszitter_zaak SET stap = $1, stap_deadline = $2, besluit_te_laat = $3 WHERE id = $4")
                .bind(positie.stap as i64)
                .bind(positie.deadline.to_string())
                .bind(i64::from(positie.besluit_te_laat))
                .bind(id)
                .execute(&mut *tx)
                .await?;
            for &nieuw in &positie.nieuwe_stappen {
                let s = &ladder.stappen()[nieuw];
                let tekst = format!(
                    "Zaak {id} is zonder oplossing doorgeschoven naar stap {} ({}); besluit uiterlijk {}.",
                    nieuw + 1,
                    s.naam,
                    positie.deadline
                );
                notificeer(&mut tx, &swv, id, &s.eigenaar, &tekst).await?;
            }
            if positie.besluit_te_laat && !was_te_laat {
                let eigenaar = &ladder.stappen()[ladder.laatste()].eigenaar;
                let tekst =
                    format!("Zaak {id}: de termijn voor het bindende besluit is verstreken.");
                notificeer(&mut tx, &swv, id, eigenaar, &tekst).await?;
            }
            append(
                &mut tx,
                &wie,
                Some(leerling),
                Actie::Wijzigen,
                "escalatie",
                Some(&["escalatiestap"]),
            )
            .await?;
            tx.commit().await?;
            moved += 1;
        }
        Ok(moved)
    }

    /// Notices for the SWV of the caller (SWV staff only), newest first.
    pub async fn notificaties(&self, wie: &Verzoeker) -> Result<Vec<Notificatie>, StoreError> {
        let (Rol::Swv, Some(swv)) = (wie.kijker.rol, wie.kijker.scope.as_deref()) else {
            return Ok(Vec::new());
        };
        let rows = sqlx::query(
            "SELECT zaak_id, aan, tekst, aangemaakt FROM notificatie WHERE swv_code = $1 ORDER BY aangemaakt DESC, id DESC LIMIT 50",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(Notificatie {
                    zaak_id: r.try_get(0)?,
                    aan: r.try_get(1)?,
                    tekst: r.try_get(2)?,
                    aangemaakt: r.try_get(3)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }
}

impl Store {
    /// Per SWV and schooljaar (its starting year): the children whose case was over three
    /// months at some day of that schooljaar. An aggregate: no single child in it. Scoped as
    /// the monitor is: SWV staff their own SWV exactly, its OPR its own and inspectie and
    /// ministerie every SWV with small counts hidden; anyone else gets "not found".
    pub async fn langer_dan_drie_maanden_per_swv(
        &self,
        wie: &Verzoeker,
        today: Date,
    ) -> Result<Vec<(String, i16, passend_domain::monitor::Cel)>, StoreError> {
        use crate::monitor::Bereik;
        let bereik = Bereik::van(wie)?;
        let rows = sqlx::query("SELECT swv_code, startdatum, opgelost_op FROM thuiszitter_zaak")
            .fetch_all(&self.pool)
            .await?;
        let mut out = std::collections::BTreeMap::new();
        for r in &rows {
            let swv: String = r.try_get(0)?;
            let omvat = match &bereik {
                Bereik::EigenSwv(s) | Bereik::Opr(s) => *s == swv,
                Bereik::Landelijk => true,
            };
            if !omvat {
                continue;
            }
            let start = date(&r.try_get::<String, _>(1)?)?;
            let einde = opt_date(r.try_get(2)?)?.unwrap_or(today);
            let mark = passend_domain::thuiszitters::drie_maanden_later(start);
            if einde <= mark {
                continue;
            }
            // Every schooljaar from the one after the mark up to the end counts the child.
            let first = passend_domain::Schooljaar::of(mark.tomorrow().unwrap_or(mark));
            let last = passend_domain::Schooljaar::of(einde);
            let mut sj = first;
            while sj <= last {
                *out.entry((swv.clone(), sj.start().year())).or_insert(0u64) += 1;
                sj = sj.next();
            }
        }
        Ok(out
            .into_iter()
            .map(|((swv, jaar), n)| {
                (
                    swv,
                    jaar,
                    crate::monitor::enkel_getal(n, bereik.beschermd()),
                )
            })
            .collect())
    }
}

/// A case row with its SWV's ladder.
fn zaak_met_ladder(
    row: &AnyRow,
    ladder: &Escalatieladder,
    swv: String,
    today: Date,
) -> Result<Zaak, StoreError> {
    let stap = usize::try_from(row.try_get::<i64, _>("stap")?)
        .unwrap_or(0)
        .min(ladder.laatste());
    let startdatum = date(&row.try_get::<String, _>("startdatum")?)?;
    let opgelost_op = opt_date(row.try_get("opgelost_op")?)?;
    let einde = opgelost_op.unwrap_or(today);
    let naam = passend_domain::Naam {
        voornaam: row.try_get("voornaam")?,
        tussenvoegsel: row.try_get("tussenvoegsel")?,
        achternaam: row.try_get("achternaam")?,
    };
    Ok(Zaak {
        id: row.try_get("id")?,
        leerling_id: LeerlingId(row.try_get("leerling_id")?),
        naam: naam.volledig(),
        swv_code: swv,
        soort: row.try_get("soort")?,
        startdatum,
        dagen_thuis: dagen_thuis(startdatum, einde),
        langer_dan_drie_maanden: langer_dan_drie_maanden(startdatum, einde),
        stap,
        stap_naam: ladder.stappen()[stap].naam.clone(),
        eigenaar: ladder.stappen()[stap].eigenaar.clone(),
        deadline: date(&row.try_get::<String, _>("stap_deadline")?)?,
        laatste_stap: stap == ladder.laatste(),
        besluit_te_laat: row.try_get::<i64, _>("besluit_te_laat")? != 0,
        aanbod_datum: opt_date(row.try_get("aanbod_datum")?)?,
        plan: row.try_get("plan")?,
        opgelost_op,
        besluit: row.try_get("besluit")?,
    })
}
