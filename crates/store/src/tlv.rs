//! Toelaatbaarheidsverklaringen: the request by the board of the school where the child is
//! registered or enrolled goes to the SWV the law names (the domain decides which); the SWV
//! assigns two independent deskundigen, each writes an advice; the decision gets a gapless
//! beschikkingsnummer per SWV and year; bezwaar is tracked with its terms.

use crate::audit::{Actie, commit_audited};
use crate::kolom::{get_date, get_opt_date};
use crate::toegang::Verzoeker;
use crate::{LeerlingId, Store, StoreError, instant_text};
use jiff::civil::Date;
use passend_domain::regio::WoonSwv;
use passend_domain::richtlijnen::BezwaarTermijnen;
pub use passend_domain::tlv::TlvBesluit;
use passend_domain::tlv::{
    self, Advies, BezwaarKlok, Discipline, GegevenAdvies, Grond, Herkomst, TlvFeiten, TlvSoort,
    VorigeSchool, beslissend_swv, bezwaar_klok, toets_adviezen,
};
use passend_domain::{Handeling, Rol, SchoolContext, Schoolsoort, SwvCode, VestigingCode};
use sqlx::Row;
use sqlx::any::AnyRow;

/// A request as the requesting school fills it in.
#[derive(Debug, Clone)]
pub struct TlvAanvraag {
    pub soort: TlvSoort,
    /// The vestiging where the child is registered or enrolled, whose board asks.
    pub aanvragende_vestiging: VestigingCode,
    /// The sbo/(v)so school the TLV is for; required for sbo.
    pub ontvangende_vestiging: Option<VestigingCode>,
    pub toelichting: String,
}

#[derive(Debug, Clone)]
pub struct TlvAdvies {
    pub volgorde: i64,
    pub deskundige_id: i64,
    pub deskundige: String,
    pub discipline: String,
    pub datum: Option<Date>,
    pub advies: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Bezwaar {
    pub id: i64,
    pub ingediend_op: Date,
    pub gronden: String,
    pub verdaagd: bool,
    pub advies_datum: Option<Date>,
    pub advies: Option<String>,
    pub besluit_datum: Option<Date>,
    pub uitkomst: Option<String>,
    pub klok: Option<BezwaarKlok>,
}

#[derive(Debug, Clone)]
pub struct Tlv {
    pub id: i64,
    pub leerling_id: LeerlingId,
    pub naam: String,
    pub soort: String,
    pub aanvragende_vestiging: Option<String>,
    pub ontvangende_vestiging: Option<String>,
    pub swv_code: String,
    pub grond: String,
    pub grond_uitleg: String,
    pub aangevraagd_op: Date,
    pub toelichting: Option<String>,
    pub besluit: Option<String>,
    pub besluit_datum: Option<Date>,
    pub categorie: Option<String>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub beschikkingsnummer: Option<String>,
    pub reden: Option<String>,
    pub brief: Option<String>,
    /// Issued elsewhere and brought in (OSO dossier), not numbered here.
    pub extern_: bool,
    pub adviezen: Vec<TlvAdvies>,
    pub bezwaren: Vec<Bezwaar>,
}

impl Tlv {
    pub fn open(&self) -> bool {
        self.besluit.is_none()
    }

    /// Granted and ending within the next schooljaar.
    pub fn herbeoordeling(&self, today: Date) -> bool {
        self.besluit.as_deref() == Some("toegekend")
            && self
                .einde
                .is_some_and(|e| passend_domain::tlv::herbeoordeling_nodig(e, today))
    }
}

#[derive(Debug, Clone)]
pub struct Deskundige {
    pub id: i64,
    pub naam: String,
    pub discipline: String,
    pub verbonden_aan: String,
}

/// A deskundige's advice: slot 1 or 2, its date and text.
#[derive(Debug, Clone)]
pub struct NieuwAdvies {
    pub volgorde: i64,
    pub datum: Date,
    pub advies: String,
}

/// Changes to a bezwaar, each optional.
#[derive(Debug, Clone, Default)]
pub struct BezwaarStap {
    pub verdaagd: Option<bool>,
    pub advies_datum: Option<Date>,
    pub advies: Option<String>,
    pub besluit_datum: Option<Date>,
    pub uitkomst: Option<String>,
}

/// What the TLV rules need to know about a vestiging.
#[derive(Debug, Clone)]
pub(crate) struct School {
    pub code: String,
    pub naam: String,
    pub schoolsoort: Schoolsoort,
    pub swv_code: String,
    pub bevoegd_gezag: String,
}

pub(crate) async fn school(store: &Store, code: &str) -> Result<School, StoreError> {
    let r = sqlx::query(
        "SELECT v.code, v.naam, v.schoolsoort, v.swv_code, b.bevoegd_gezag FROM vestiging v \
         JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id WHERE v.code = $1",
    )
    .bind(code)
    .fetch_optional(&store.pool)
    .await?
    .ok_or_else(|| StoreError::NietGevonden {
        wat: "vestiging",
        sleutel: code.to_string(),
    })?;
    let soort: String = r.try_get(2)?;
    Ok(School {
        code: r.try_get(0)?,
        naam: r.try_get(1)?,
        schoolsoort: Schoolsoort::parse(&soort).map_err(ongeldig)?,
        swv_code: r.try_get(3)?,
        bevoegd_gezag: r.try_get(4)?,
    })
}

fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

const COLUMNS: &str = "t.id, t.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, t.soort, t.aanvragende_vestiging, \
     t.ontvangende_vestiging, t.swv_code, t.grond, t.aangevraagd_op, t.toelichting, t.besluit, t.besluit_datum, t.categorie, \
     t.ingang, t.einde, t.beschikkingsnummer, t.reden, t.brief, t.extern";

fn tlv_row(r: &AnyRow) -> Result<Tlv, StoreError> {
    let grond: String = r.try_get("grond")?;
    let naam = passend_domain::Naam {
        voornaam: r.try_get("voornaam")?,
        tussenvoegsel: r.try_get("tussenvoegsel")?,
        achternaam: r.try_get("achternaam")?,
    }
    .volledig();
    Ok(Tlv {
        id: r.try_get("id")?,
        leerling_id: LeerlingId(r.try_get("leerling_id")?),
        naam,
        soort: r.try_get("soort")?,
        aanvragende_vestiging: r.try_get("aanvragende_vestiging")?,
        ontvangende_vestiging: r.try_get("ontvangende_vestiging")?,
        swv_code: r.try_get("swv_code")?,
        grond_uitleg: Grond::parse(&grond)
            .map(|g| g.uitleg().to_string())
            .unwrap_or_else(|| grond.clone()),
        grond,
        aangevraagd_op: get_date(r, "aangevraagd_op")?,
        toelichting: r.try_get("toelichting")?,
        besluit: r.try_get("besluit")?,
        besluit_datum: get_opt_date(r, "besluit_datum")?,
        categorie: r.try_get("categorie")?,
        ingang: get_opt_date(r, "ingang")?,
        einde: get_opt_date(r, "einde")?,
        beschikkingsnummer: r.try_get("beschikkingsnummer")?,
        reden: r.try_get("reden")?,
        brief: r.try_get("brief")?,
        extern_: r.try_get::<i64, _>("extern")? != 0,
        adviezen: Vec::new(),
        bezwaren: Vec::new(),
    })
}

impl Store {
    /// The deskundigen in an SWV's register, for that SWV's own staff; anyone else gets
    /// "not found" (the register is the SWV's working list, not a public one).
    pub async fn deskundigen(
        &self,
        wie: &Verzoeker,
        swv: &str,
    ) -> Result<Vec<Deskundige>, StoreError> {
        if wie.kijker.rol != Rol::Swv || wie.kijker.scope.as_deref() != Some(swv) {
            return Err(StoreError::NietGevonden {
                wat: "register van deskundigen",
                sleutel: swv.to_string(),
            });
        }
        let rows = sqlx::query(
            "SELECT id, naam, discipline, verbonden_aan FROM deskundige WHERE swv_code = $1 ORDER BY naam",
        )
        .bind(swv)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Deskundige {
                    id: r.try_get(0)?,
                    naam: r.try_get(1)?,
                    discipline: r.try_get(2)?,
                    verbonden_aan: r.try_get(3)?,
                })
            })
            .collect()
    }

    /// Adds a deskundige to the SWV's register (SWV staff only).
    pub async fn voeg_deskundige_toe(
        &self,
        wie: &Verzoeker,
        naam: &str,
        discipline: &str,
        verbonden_aan: &str,
        route: &str,
    ) -> Result<i64, StoreError> {
        let swv = self.eigen_swv(wie)?;
        if naam.trim().is_empty() {
            return Err(ongeldig("vul de naam van de deskundige in"));
        }
        let d = Discipline::parse(discipline).ok_or_else(|| {
            ongeldig(format!(
                "'{discipline}' is geen discipline uit het Besluit: kies uit {}",
                Discipline::ALL.map(|d| d.as_str()).join(", ")
            ))
        })?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO deskundige (naam, discipline, swv_code, verbonden_aan) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(naam.trim())
        .bind(d.as_str())
        .bind(&swv)
        .bind(verbonden_aan.trim().to_uppercase())
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(tx, wie, None, Actie::Aanmaken, route, &["deskundige"]).await?;
        Ok(id)
    }

    fn eigen_swv(&self, wie: &Verzoeker) -> Result<String, StoreError> {
        match (&wie.kijker.rol, &wie.kijker.scope) {
            (Rol::Swv, Some(s)) => Ok(s.clone()),
            _ => Err(ongeldig(
                "alleen medewerkers van het samenwerkingsverband kunnen dit",
            )),
        }
    }

    /// The board of the school where the child is registered or enrolled asks for a TLV; the
    /// request goes to the SWV the law names, whichever SWV the school belongs to.
    pub async fn vraag_tlv_aan(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        a: &TlvAanvraag,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let aanvrager = school(self, a.aanvragende_vestiging.as_str()).await?;
        let context = SchoolContext {
            vestiging: aanvrager.code.clone(),
            bestuur: aanvrager.bevoegd_gezag.clone(),
            swv: aanvrager.swv_code.clone(),
        };
        self.toets(
            wie,
            &Handeling::TlvAanvragen(context),
            leerling,
            today,
            route,
        )
        .await?;
        // Read inside the store for the deciding SWV; nothing of it goes back to the caller.
        let dossier = self.leerling_dossier(leerling).await?;
        // The school the TLV is for: named, or the requesting school itself when it is one.
        let ontvangend = match &a.ontvangende_vestiging {
            Some(v) => Some(school(self, v.as_str()).await?),
            None if aanvrager.schoolsoort == a.soort.schoolsoort() => Some(aanvrager.clone()),
            None => None,
        };
        if let Some(o) = &ontvangend
            && o.schoolsoort != a.soort.schoolsoort()
        {
            return Err(ongeldig(format!(
                "{} is geen school voor {}",
                o.naam,
                a.soort.schoolsoort().omschrijving()
            )));
        }
        let vorige_school = dossier
            .inschrijvingen
            .iter()
            .filter(|i| {
                i.van <= today
                    && ontvangend
                        .as_ref()
                        .is_none_or(|o| o.code != i.vestiging_code)
            })
            .max_by_key(|i| (i.tot.is_none(), i.tot, i.van))
            .map(|i| i.vestiging_code.clone());
        let vorige_school = match vorige_school {
            Some(code) => {
                let v = school(self, &code).await?;
                Some(VorigeSchool {
                    soort: v.schoolsoort,
                    swv: SwvCode::parse(&v.swv_code).map_err(ongeldig)?,
                })
            }
            None => None,
        };
        let herkomst = Herkomst {
            soort: a.soort,
            vorige_school,
            woon_swv: Some(WoonSwv {
                po: dossier.woon_swv.po.clone(),
                vo: dossier.woon_swv.vo.clone(),
            }),
            ontvangende_school_swv: ontvangend
                .as_ref()
                .map(|o| SwvCode::parse(&o.swv_code))
                .transpose()
                .map_err(ongeldig)?,
        };
        let (swv, grond) = beslissend_swv(&herkomst).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO tlv (leerling_id, soort, aanvragende_vestiging, ontvangende_vestiging, swv_code, grond, aangevraagd_op, toelichting, aangemaakt) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        )
        .bind(leerling.0)
        .bind(a.soort.as_str())
        .bind(a.aanvragende_vestiging.as_str())
        .bind(ontvangend.as_ref().map(|o| o.code.clone()))
        .bind(swv.as_str())
        .bind(grond.as_str())
        .bind(today.to_string())
        .bind(Some(a.toelichting.trim()).filter(|t| !t.is_empty()))
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(tx, wie, Some(leerling), Actie::Aanmaken, route, &["tlv"]).await?;
        Ok(id)
    }

    /// The TLVs of a pupil, for a user who may read the dossier (checked here; the dossier
    /// read itself is logged by [`Store::dossier_voor`] in the same request). Each advice's
    /// text only for those the policy lets read it: a deskundige reads only their own.
    pub async fn tlvs_voor(
        &self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let context = self
            .toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await?;
        let mut list = self.tlvs_van(leerling, today).await?;
        for t in &mut list {
            for a in &mut t.adviezen {
                let h = Handeling::AdviesLezen {
                    deskundige: a.deskundige_id.to_string(),
                };
                if wie.kijker.mag(&h, &context).is_err() {
                    a.advies = None;
                }
            }
        }
        Ok(list)
    }

    /// The TLVs that this registration's school asked for the child (the TLV route of an
    /// aanmelding), for those who may read the registration; nothing else of the dossier.
    pub async fn tlvs_van_aanmelding(
        &self,
        wie: &Verzoeker,
        aanmelding: i64,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let a = self.aanmelding_voor(wie, aanmelding, today, route).await?;
        let mut list = self.tlvs_van(a.leerling_id, today).await?;
        list.retain(|t| t.aanvragende_vestiging.as_deref() == Some(a.vestiging_code.as_str()));
        for t in &mut list {
            for adv in &mut t.adviezen {
                adv.advies = None;
            }
        }
        Ok(list)
    }

    /// The TLVs of a pupil, unchecked: for the store's own use.
    pub(crate) async fn tlvs_van(
        &self,
        leerling: LeerlingId,
        today: Date,
    ) -> Result<Vec<Tlv>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id WHERE t.leerling_id = $1 ORDER BY t.aangevraagd_op DESC, t.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(leerling.0)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        Ok(out)
    }

    async fn met_details(&self, mut t: Tlv, _today: Date) -> Result<Tlv, StoreError> {
        let rows = sqlx::query(
            "SELECT a.volgorde, a.deskundige_id, d.naam, d.discipline, a.datum, a.advies FROM tlv_advies a \
             JOIN deskundige d ON d.id = a.deskundige_id WHERE a.tlv_id = $1 ORDER BY a.volgorde",
        )
        .bind(t.id)
        .fetch_all(&self.pool)
        .await?;
        t.adviezen = rows
            .iter()
            .map(|r| {
                Ok(TlvAdvies {
                    volgorde: r.try_get(0)?,
                    deskundige_id: r.try_get(1)?,
                    deskundige: r.try_get(2)?,
                    discipline: r.try_get(3)?,
                    datum: get_opt_date(r, "datum")?,
                    advies: r.try_get(5)?,
                })
            })
            .collect::<Result<_, StoreError>>()?;
        let rows = sqlx::query(
            "SELECT id, ingediend_op, gronden, verdaagd, advies_datum, advies, besluit_datum, uitkomst FROM tlv_bezwaar \
             WHERE tlv_id = $1 ORDER BY id",
        )
        .bind(t.id)
        .fetch_all(&self.pool)
        .await?;
        let termijnen = BezwaarTermijnen::ingebouwd();
        t.bezwaren = rows
            .iter()
            .map(|r| {
                let verdaagd = r.try_get::<i64, _>("verdaagd")? != 0;
                Ok(Bezwaar {
                    id: r.try_get("id")?,
                    ingediend_op: get_date(r, "ingediend_op")?,
                    gronden: r.try_get("gronden")?,
                    verdaagd,
                    advies_datum: get_opt_date(r, "advies_datum")?,
                    advies: r.try_get("advies")?,
                    besluit_datum: get_opt_date(r, "besluit_datum")?,
                    uitkomst: r.try_get("uitkomst")?,
                    klok: t
                        .besluit_datum
                        .map(|d| bezwaar_klok(d, verdaagd, termijnen)),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        Ok(t)
    }

    /// One TLV, through the pupil's dossier scope, or for the school (or its bestuur) that
    /// asked for it and may ask (a registration on the TLV route: the policy's
    /// [`Handeling::TlvAanvragen`]), then without the advices' texts. The read is logged.
    pub async fn tlv_voor(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Tlv, StoreError> {
        let not_found = || StoreError::NietGevonden {
            wat: "toelaatbaarheidsverklaring",
            sleutel: id.to_string(),
        };
        let row = sqlx::query("SELECT leerling_id, aanvragende_vestiging FROM tlv WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(not_found)?;
        let leerling = LeerlingId(row.try_get(0)?);
        let aanvrager: Option<String> = row.try_get(1)?;
        let dossier = self
            .mag(wie, &Handeling::DossierLezen, leerling, today)
            .await?;
        if !dossier && let Some(v) = aanvrager {
            let h = Handeling::TlvAanvragen(self.school_context(&v).await?);
            self.toets(wie, &h, leerling, today, route)
                .await
                .map_err(|_| not_found())?;
            self.audit(wie, Some(leerling), Actie::Lezen, route).await?;
            let mut t = self
                .tlvs_van(leerling, today)
                .await?
                .into_iter()
                .find(|t| t.id == id)
                .ok_or_else(not_found)?;
            t.adviezen.iter_mut().for_each(|a| a.advies = None);
            return Ok(t);
        }
        let leerling = self
            .leerling_van_record(wie, "tlv", "toelaatbaarheidsverklaring", id, today, route)
            .await?;
        self.tlvs_voor(wie, leerling, today, route)
            .await?
            .into_iter()
            .find(|t| t.id == id)
            .ok_or_else(not_found)
    }

    /// The deciding SWV's TLVs: open requests first, then decisions, newest first.
    pub async fn tlvs_van_swv(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let swv = self.eigen_swv(wie)?;
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id WHERE t.swv_code = $1 \
             ORDER BY CASE WHEN t.besluit IS NULL THEN 0 ELSE 1 END, t.aangevraagd_op DESC, t.id DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&swv)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    /// The TLVs a deskundige was asked to advise on.
    pub async fn opdrachten_van_deskundige(
        &self,
        wie: &Verzoeker,
        today: Date,
        route: &str,
    ) -> Result<Vec<Tlv>, StoreError> {
        let (Rol::Deskundige, Some(id)) = (&wie.kijker.rol, &wie.kijker.scope) else {
            return Ok(Vec::new());
        };
        let id: i64 = id.parse().map_err(|_| ongeldig("ongeldig werkgebied"))?;
        let sql = format!(
            "SELECT {COLUMNS} FROM tlv t JOIN leerling l ON l.id = t.leerling_id \
             WHERE t.id IN (SELECT tlv_id FROM tlv_advies WHERE deskundige_id = $1) ORDER BY t.aangevraagd_op DESC"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_all(&self.pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            out.push(self.met_details(tlv_row(r)?, today).await?);
        }
        self.audit(wie, None, Actie::LezenLijst, route).await?;
        Ok(out)
    }

    async fn tlv_van_eigen_swv(
        &self,
        wie: &Verzoeker,
        id: i64,
        today: Date,
        route: &str,
    ) -> Result<Tlv, StoreError> {
        let t = self.tlv_voor(wie, id, today, route).await?;
        if wie.kijker.rol != Rol::Swv || wie.kijker.scope.as_deref() != Some(t.swv_code.as_str()) {
            return Err(ongeldig(format!(
                "over deze aanvraag beslist samenwerkingsverband {}",
                t.swv_code
            )));
        }
        Ok(t)
    }

    /// The deciding SWV asks two deskundigen from its register; the domain checks their
    /// professions and independence from the sending and receiving school.
    pub async fn wijs_deskundigen_toe(
        &self,
        wie: &Verzoeker,
        tlv: i64,
        eerste: i64,
        tweede: i64,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        if !t.open() {
            return Err(ongeldig("over deze aanvraag is al beslist"));
        }
        let register = self.deskundigen(wie, &t.swv_code).await?;
        let advies = |id: i64| -> Result<Advies, StoreError> {
            let d = register.iter().find(|d| d.id == id).ok_or_else(|| {
                ongeldig(format!(
                    "deskundige {id} staat niet in het register van {}",
                    t.swv_code
                ))
            })?;
            Ok(Advies {
                deskundige: d.naam.clone(),
                discipline: Discipline::parse(&d.discipline)
                    .ok_or_else(|| ongeldig("onbekende discipline in het register"))?,
                verbonden_aan: d
                    .verbonden_aan
                    .split([',', ' '])
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect(),
            })
        };
        let brins: Vec<String> = [&t.aanvragende_vestiging, &t.ontvangende_vestiging]
            .into_iter()
            .flatten()
            .map(|v| v.chars().take(4).collect())
            .collect();
        let brins: Vec<&str> = brins.iter().map(String::as_str).collect();
        toets_adviezen(&advies(eerste)?, &advies(tweede)?, &brins).map_err(ongeldig)?;
        let mut tx = self.begin_write().await?;
        sqlx::query("DELETE FROM tlv_advies WHERE tlv_id = $1 AND advies IS NULL")
            .bind(tlv)
            .execute(&mut *tx)
            .await?;
        for (volgorde, d) in [(1_i64, eerste), (2, tweede)] {
            if t.adviezen
                .iter()
                .any(|a| a.volgorde == volgorde && a.advies.is_some())
            {
                return Err(ongeldig(format!(
                    "advies {volgorde} is al uitgebracht en wordt niet vervangen"
                )));
            }
            sqlx::query(
                "INSERT INTO tlv_advies (tlv_id, volgorde, deskundige_id) VALUES ($1, $2, $3)",
            )
            .bind(tlv)
            .bind(volgorde)
            .bind(d)
            .execute(&mut *tx)
            .await?;
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["deskundigen"],
        )
        .await
    }

    /// A deskundige writes their own advice: nobody writes it for them (the policy's
    /// [`Handeling::AdviesSchrijven`]). Each advice is separate and stays as written.
    pub async fn geef_advies(
        &self,
        wie: &Verzoeker,
        tlv: i64,
        nieuw: &NieuwAdvies,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let (volgorde, datum, advies) = (nieuw.volgorde, nieuw.datum, nieuw.advies.as_str());
        let t = self.tlv_voor(wie, tlv, today, route).await?;
        let slot = t
            .adviezen
            .iter()
            .find(|a| a.volgorde == volgorde)
            .ok_or_else(|| {
                ongeldig(format!(
                    "voor advies {volgorde} is nog geen deskundige gevraagd"
                ))
            })?;
        let h = Handeling::AdviesSchrijven {
            deskundige: slot.deskundige_id.to_string(),
        };
        self.toets(wie, &h, t.leerling_id, today, route)
            .await
            .map_err(|_| ongeldig(passend_domain::Weigering::AlleenDeDeskundige.to_string()))?;
        if slot.advies.is_some() {
            return Err(ongeldig("dit advies is al uitgebracht"));
        }
        if advies.trim().is_empty() {
            return Err(ongeldig("schrijf het advies"));
        }
        if datum > today || datum < t.aangevraagd_op {
            return Err(ongeldig(
                "de datum van het advies ligt tussen de aanvraag en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        let gezet = sqlx::query(
            "UPDATE tlv_advies SET datum = $1, advies = $2 WHERE tlv_id = $3 AND volgorde = $4 AND advies IS NULL",
        )
        .bind(datum.to_string())
        .bind(advies.trim())
        .bind(tlv)
        .bind(volgorde)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Written by a concurrent request since the check above: an advice stays as written.
        if gezet == 0 {
            return Err(ongeldig("dit advies is al uitgebracht"));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["advies"],
        )
        .await
    }

    /// The deciding SWV decides, after both advices: the domain checks and writes the letter
    /// ([`tlv::beslis`]); this stores it once. A grant takes the next number of the SWV and
    /// year in the same transaction: no gaps, no reuse.
    pub async fn beslis_tlv(
        &self,
        wie: &Verzoeker,
        tlv: i64,
        besluit: &TlvBesluit,
        today: Date,
        route: &str,
    ) -> Result<Option<String>, StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let geboren = self
            .leerling_dossier(t.leerling_id)
            .await?
            .leerling
            .geboortedatum;
        let mut feiten = TlvFeiten {
            naam: t.naam.clone(),
            geboren,
            soort: TlvSoort::parse(&t.soort).map_err(ongeldig)?,
            swv: SwvCode::parse(&t.swv_code).map_err(ongeldig)?,
            al_beslist: !t.open(),
            adviezen: t
                .adviezen
                .iter()
                .map(|a| GegevenAdvies {
                    deskundige: a.deskundige.clone(),
                    discipline: a.discipline.clone(),
                    datum: a.datum,
                    uitgebracht: a.advies.is_some(),
                })
                .collect(),
            volgnummer: None,
        };
        let mut tx = self.begin_write().await?;
        if matches!(besluit, TlvBesluit::Toegekend { .. }) && !feiten.al_beslist {
            feiten.volgnummer =
                Some(volgnummer(&mut tx, &t.swv_code, tlv::uitgiftejaar(today)).await?);
        }
        let u = tlv::beslis(&feiten, besluit, today).map_err(ongeldig)?;
        let gezet = sqlx::query(
            "UPDATE tlv SET besluit = $1, besluit_datum = $2, categorie = $3, ingang = $4, einde = $5, beschikkingsnummer = $6, \
             reden = $7, brief = $8 WHERE id = $9 AND besluit IS NULL",
        )
        .bind(u.status.as_str())
        .bind(today.to_string())
        .bind(u.categorie.map(|c| c.code()))
        .bind(u.ingang.map(|d| d.to_string()))
        .bind(u.einde.map(|d| d.to_string()))
        .bind(u.nummer.as_ref().map(|n| n.to_string()))
        .bind(u.reden.as_deref())
        .bind(&u.brief)
        .bind(tlv)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        // Decided by a concurrent request since the read above: dropping the transaction
        // gives the number back, so the sequence keeps no gap. The API answers 400 as for a
        // decision already on record (its documented contract), not 409.
        if gezet == 0 {
            return Err(ongeldig(tlv::TlvWeigering::AlBeslist));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &["besluit"],
        )
        .await?;
        Ok(u.nummer.map(|n| n.to_string()))
    }

    /// Records a bezwaar against a decision (the SWV receives it).
    pub async fn registreer_bezwaar(
        &self,
        wie: &Verzoeker,
        tlv: i64,
        ingediend_op: Date,
        gronden: &str,
        today: Date,
        route: &str,
    ) -> Result<i64, StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let Some(besluit_datum) = t.besluit_datum else {
            return Err(ongeldig("bezwaar kan pas tegen een besluit"));
        };
        if gronden.trim().is_empty() {
            return Err(ongeldig("noem de gronden van het bezwaar"));
        }
        if ingediend_op < besluit_datum || ingediend_op > today {
            return Err(ongeldig(
                "de datum van indiening ligt tussen het besluit en vandaag",
            ));
        }
        let mut tx = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO tlv_bezwaar (tlv_id, ingediend_op, gronden, aangemaakt) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(tlv)
        .bind(ingediend_op.to_string())
        .bind(gronden.trim())
        .bind(instant_text(jiff::Timestamp::now()))
        .fetch_one(&mut *tx)
        .await?
        .try_get(0)?;
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Aanmaken,
            route,
            &["bezwaar"],
        )
        .await?;
        Ok(id)
    }

    /// Records the postponement, the adviescommissie's advice and the decision on bezwaar.
    pub async fn werk_bezwaar_bij(
        &self,
        wie: &Verzoeker,
        tlv: i64,
        bezwaar: i64,
        stap: &BezwaarStap,
        today: Date,
        route: &str,
    ) -> Result<(), StoreError> {
        let t = self.tlv_van_eigen_swv(wie, tlv, today, route).await?;
        let b = t
            .bezwaren
            .iter()
            .find(|b| b.id == bezwaar)
            .ok_or(StoreError::NietGevonden {
                wat: "bezwaar",
                sleutel: bezwaar.to_string(),
            })?;
        if b.uitkomst.is_some() {
            return Err(ongeldig("op dit bezwaar is al beslist"));
        }
        if let Some(u) = &stap.uitkomst {
            if !["gegrond", "deels gegrond", "ongegrond", "niet-ontvankelijk"].contains(&u.as_str())
            {
                return Err(ongeldig(format!(
                    "'{u}' is geen uitkomst: gegrond, deels gegrond, ongegrond of niet-ontvankelijk"
                )));
            }
            if stap.advies.is_none() && b.advies.is_none() && u != "niet-ontvankelijk" {
                return Err(ongeldig(
                    "eerst het advies van de bezwaaradviescommissie (WPO art. 18a lid 12)",
                ));
            }
        }
        let mut velden = Vec::new();
        let mut tx = self.begin_write().await?;
        if let Some(v) = stap.verdaagd {
            sqlx::query("UPDATE tlv_bezwaar SET verdaagd = $1 WHERE id = $2 AND uitkomst IS NULL")
                .bind(i64::from(v))
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?;
            velden.push("verdaagd");
        }
        if let Some(a) = stap.advies.as_deref().filter(|a| !a.trim().is_empty()) {
            sqlx::query("UPDATE tlv_bezwaar SET advies = $1, advies_datum = $2 WHERE id = $3 AND uitkomst IS NULL")
                .bind(a.trim())
                .bind(stap.advies_datum.unwrap_or(today).to_string())
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?;
            velden.push("advies");
        }
        if let Some(u) = &stap.uitkomst {
            let n = sqlx::query("UPDATE tlv_bezwaar SET uitkomst = $1, besluit_datum = $2 WHERE id = $3 AND uitkomst IS NULL")
                .bind(u)
                .bind(stap.besluit_datum.unwrap_or(today).to_string())
                .bind(bezwaar)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            // A decision that another request stored in the meantime stays as it was.
            if n == 0 {
                return Err(ongeldig("op dit bezwaar is al beslist"));
            }
            velden.push("uitkomst");
        }
        if velden.is_empty() {
            return Err(ongeldig("niets om vast te leggen"));
        }
        commit_audited(
            tx,
            wie,
            Some(t.leerling_id),
            Actie::Wijzigen,
            route,
            &velden,
        )
        .await
    }
}

/// The SWV's next sequence number in `jaar`, inside the transaction that stores the decision
/// (WPO art. 18a lid 14): rolled back with it, so a refused or lost decision leaves no gap.
async fn volgnummer(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    swv: &str,
    jaar: i16,
) -> Result<u32, StoreError> {
    let laatste: i64 = sqlx::query(
        "INSERT INTO tlv_volgnummer (swv_code, jaar, laatste) VALUES ($1, $2, 1) \
         ON CONFLICT (swv_code, jaar) DO UPDATE SET laatste = tlv_volgnummer.laatste + 1 RETURNING laatste",
    )
    .bind(swv)
    .bind(i64::from(jaar))
    .fetch_one(&mut **tx)
    .await?
    .try_get(0)?;
    Ok(u32::try_from(laatste).unwrap_or(u32::MAX))
}

/// A TLV brought in from elsewhere (OSO dossier): stored as decided, not numbered here.
pub(crate) struct ExterneTlv<'a> {
    pub soort: &'a str,
    pub swv_code: &'a str,
    pub categorie: Option<&'a str>,
    pub ingang: Option<Date>,
    pub einde: Option<Date>,
    pub beschikkingsnummer: Option<&'a str>,
}

pub(crate) async fn bewaar_externe_tlv(
    tx: &mut sqlx::Transaction<'static, sqlx::Any>,
    leerling: LeerlingId,
    t: &ExterneTlv<'_>,
    today: Date,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO tlv (leerling_id, soort, swv_code, grond, aangevraagd_op, besluit, besluit_datum, categorie, ingang, einde, \
         beschikkingsnummer, extern, aangemaakt) VALUES ($1, $2, $3, 'extern', $4, 'toegekend', $5, $6, $7, $8, $9, 1, $10)",
    )
    .bind(leerling.0)
    .bind(t.soort)
    .bind(t.swv_code)
    .bind(today.to_string())
    .bind(t.ingang.unwrap_or(today).to_string())
    .bind(t.categorie)
    .bind(t.ingang.map(|d| d.to_string()))
    .bind(t.einde.map(|d| d.to_string()))
    .bind(t.beschikkingsnummer)
    .bind(instant_text(jiff::Timestamp::now()))
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Whether a vestiging is of a sort: used by callers that show the TLV form.
pub fn tlv_soort_van(soort: Schoolsoort) -> Option<TlvSoort> {
    match soort {
        Schoolsoort::Sbo => Some(TlvSoort::Sbo),
        Schoolsoort::So => Some(TlvSoort::So),
        Schoolsoort::Vso => Some(TlvSoort::Vso),
        _ => None,
    }
}
