//! Organisations from a file, all or nothing: besturen, scholen and vestigingen are added
//! or brought up to date, every change of a name or address is recorded, and an open
//! vestiging the file no longer lists is closed (never deleted).

use super::*;
use crate::audit::{Actie, commit_audited};
use crate::repo::OrganisatiesStore;
use crate::toegang::Verzoeker;
use passend_domain::organisaties::{Soort, Vestigingsrij};
use passend_domain::toegang::Functie;
use sqlx::{Any, Transaction};
use std::collections::{BTreeMap, BTreeSet};

/// What an import did, per vestiging.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisatieUitkomst {
    pub nieuw: usize,
    pub gewijzigd: usize,
    pub ongewijzigd: usize,
    pub gesloten: usize,
    /// mbo rows: read and checked, not stored (passend keeps no mbo vestigingen yet).
    pub mbo: usize,
}

const VELDEN: [&str; 8] = [
    "naam",
    "schoolsoort",
    "straat",
    "huisnummer",
    "postcode",
    "plaats",
    "gemeentecode",
    "swv",
];

impl OrganisatiesStore<'_> {
    /// Imports the checked rows of an organisations file (the beheerder only).
    pub async fn importeer_organisaties(
        self,
        wie: &Verzoeker,
        rijen: &[Vestigingsrij],
        today: Date,
        route: &str,
    ) -> Result<OrganisatieUitkomst, StoreError> {
        if !wie.kijker.mag_functie(&Functie::Beheer) {
            return Err(StoreError::NietGevonden {
                wat: "pagina",
                sleutel: route.to_string(),
            });
        }
        let mut tx = self.begin_write().await?;
        let mut uit = OrganisatieUitkomst::default();
        let scholen: Vec<&Vestigingsrij> = rijen.iter().filter(|r| r.soort != Soort::Mbo).collect();
        uit.mbo = rijen.len() - scholen.len();
        for r in &scholen {
            let Some(swv) = &r.swv else { continue };
            let bekend = sqlx::query("SELECT 1 FROM swv WHERE code = $1")
                .bind(swv.as_str())
                .fetch_optional(&mut *tx)
                .await?;
            if bekend.is_none() {
                return Err(StoreError::Ongeldig(format!(
                    "regel {}, kolom swv: samenwerkingsverband {swv} bestaat niet",
                    r.regel
                )));
            }
        }
        let mut besturen = BTreeMap::new();
        for r in &scholen {
            if !besturen.contains_key(&r.bestuur) {
                let id = bestuur(&mut tx, r, today).await?;
                besturen.insert(r.bestuur.clone(), id);
            }
        }
        let mut brins = BTreeSet::new();
        for r in &scholen {
            if brins.insert(r.brin.as_str()) {
                // The school is named after its hoofdvestiging (00) when the file has it.
                let hoofd = scholen
                    .iter()
                    .find(|h| h.brin == r.brin && h.code.as_str().ends_with("00"))
                    .unwrap_or(r);
                school(&mut tx, hoofd, besturen[&r.bestuur], today).await?;
            }
        }
        for r in &scholen {
            match vestiging(&mut tx, r, today).await? {
                Some(0) => uit.ongewijzigd += 1,
                Some(_) => uit.gewijzigd += 1,
                None => uit.nieuw += 1,
            }
        }
        let in_bestand: BTreeSet<&str> = scholen.iter().map(|r| r.code.as_str()).collect();
        let open: Vec<String> = sqlx::query("SELECT code FROM vestiging WHERE gesloten_op IS NULL")
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|r| r.try_get(0))
            .collect::<Result<_, _>>()?;
        for code in open.iter().filter(|c| !in_bestand.contains(c.as_str())) {
            sqlx::query("UPDATE vestiging SET gesloten_op = $1 WHERE code = $2")
                .bind(today.to_string())
                .bind(code)
                .execute(&mut *tx)
                .await?;
            wijziging(
                &mut tx,
                today,
                "vestiging",
                code,
                "gesloten",
                "",
                &today.to_string(),
            )
            .await?;
            uit.gesloten += 1;
        }
        if uit.nieuw + uit.gewijzigd + uit.gesloten == 0 {
            return Ok(uit);
        }
        commit_audited(tx, wie, None, Actie::Wijzigen, route, &["organisaties"]).await?;
        Ok(uit)
    }
}

async fn wijziging(
    tx: &mut Transaction<'static, Any>,
    today: Date,
    soort: &str,
    code: &str,
    veld: &str,
    oud: &str,
    nieuw: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO organisatie_wijziging (datum, soort, code, veld, oud, nieuw) VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(today.to_string())
    .bind(soort)
    .bind(code)
    .bind(veld)
    .bind(oud)
    .bind(nieuw)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

async fn bestuur(
    tx: &mut Transaction<'static, Any>,
    r: &Vestigingsrij,
    today: Date,
) -> Result<i64, StoreError> {
    let bestaand = sqlx::query("SELECT id, naam FROM bestuur WHERE bevoegd_gezag = $1")
        .bind(&r.bestuur)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(b) = bestaand else {
        let id =
            sqlx::query("INSERT INTO bestuur (bevoegd_gezag, naam) VALUES ($1, $2) RETURNING id")
                .bind(&r.bestuur)
                .bind(&r.bestuur_naam)
                .fetch_one(&mut **tx)
                .await?
                .try_get(0)?;
        return Ok(id);
    };
    let (id, naam): (i64, String) = (b.try_get(0)?, b.try_get(1)?);
    if naam != r.bestuur_naam {
        sqlx::query("UPDATE bestuur SET naam = $1 WHERE id = $2")
            .bind(&r.bestuur_naam)
            .bind(id)
            .execute(&mut **tx)
            .await?;
        wijziging(
            tx,
            today,
            "bestuur",
            &r.bestuur,
            "naam",
            &naam,
            &r.bestuur_naam,
        )
        .await?;
    }
    Ok(id)
}

async fn school(
    tx: &mut Transaction<'static, Any>,
    r: &Vestigingsrij,
    bestuur_id: i64,
    today: Date,
) -> Result<(), StoreError> {
    let brin = r.brin.as_str();
    let bestaand = sqlx::query("SELECT naam, bestuur_id FROM school WHERE brin = $1")
        .bind(brin)
        .fetch_optional(&mut **tx)
        .await?;
    let Some(s) = bestaand else {
        sqlx::query("INSERT INTO school (brin, naam, bestuur_id) VALUES ($1, $2, $3)")
            .bind(brin)
            .bind(&r.naam)
            .bind(bestuur_id)
            .execute(&mut **tx)
            .await?;
        return Ok(());
    };
    let (naam, oud_bestuur): (String, i64) = (s.try_get(0)?, s.try_get(1)?);
    if naam != r.naam || oud_bestuur != bestuur_id {
        sqlx::query("UPDATE school SET naam = $1, bestuur_id = $2 WHERE brin = $3")
            .bind(&r.naam)
            .bind(bestuur_id)
            .bind(brin)
            .execute(&mut **tx)
            .await?;
        if naam != r.naam {
            wijziging(tx, today, "school", brin, "naam", &naam, &r.naam).await?;
        }
        if oud_bestuur != bestuur_id {
            wijziging(tx, today, "school", brin, "bestuur", "", &r.bestuur).await?;
        }
    }
    Ok(())
}

/// The row's values in the order of [`VELDEN`].
fn waarden(r: &Vestigingsrij) -> [String; 8] {
    let soort = match r.soort {
        Soort::School(s) => s.as_str().to_string(),
        Soort::Mbo => "mbo".to_string(),
    };
    [
        r.naam.clone(),
        soort,
        r.straat.clone(),
        r.huisnummer.clone(),
        r.postcode.to_string(),
        r.plaats.clone(),
        r.gemeentecode.to_string(),
        r.swv.as_ref().map(|s| s.to_string()).unwrap_or_default(),
    ]
}

/// Adds or updates one vestiging; `None` when new, else the number of fields changed.
async fn vestiging(
    tx: &mut Transaction<'static, Any>,
    r: &Vestigingsrij,
    today: Date,
) -> Result<Option<usize>, StoreError> {
    let nieuw = waarden(r);
    let bestaand = sqlx::query(
        "SELECT naam, schoolsoort, straat, huisnummer, postcode, plaats, gemeentecode, swv_code, gesloten_op FROM vestiging WHERE code = $1",
    )
    .bind(r.code.as_str())
    .fetch_optional(&mut **tx)
    .await?;
    let pc4 = i64::from(r.postcode.pc4().value());
    let Some(b) = bestaand else {
        sqlx::query(
            "INSERT INTO vestiging (code, brin, naam, schoolsoort, postcode, pc4, plaats, swv_code, swv_handmatig, straat, huisnummer, gemeentecode) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(r.code.as_str())
        .bind(r.brin.as_str())
        .bind(&nieuw[0])
        .bind(&nieuw[1])
        .bind(&nieuw[4])
        .bind(pc4)
        .bind(&nieuw[5])
        .bind(&nieuw[7])
        .bind(i16::from(r.swv_uit_bestand))
        .bind(&nieuw[2])
        .bind(&nieuw[3])
        .bind(&nieuw[6])
        .execute(&mut **tx)
        .await?;
        return Ok(None);
    };
    let mut gewijzigd = 0;
    for (i, veld) in VELDEN.iter().enumerate() {
        let oud: String = b.try_get(i)?;
        if oud != nieuw[i] {
            wijziging(
                tx,
                today,
                "vestiging",
                r.code.as_str(),
                veld,
                &oud,
                &nieuw[i],
            )
            .await?;
            gewijzigd += 1;
        }
    }
    let gesloten: Option<String> = b.try_get(8)?;
    if let Some(op) = &gesloten {
        wijziging(tx, today, "vestiging", r.code.as_str(), "gesloten", op, "").await?;
        gewijzigd += 1;
    }
    if gewijzigd > 0 {
        sqlx::query(
            "UPDATE vestiging SET naam = $1, schoolsoort = $2, straat = $3, huisnummer = $4, postcode = $5, pc4 = $6, \
             plaats = $7, gemeentecode = $8, swv_code = $9, swv_handmatig = $10, gesloten_op = NULL WHERE code = $11",
        )
        .bind(&nieuw[0])
        .bind(&nieuw[1])
        .bind(&nieuw[2])
        .bind(&nieuw[3])
        .bind(&nieuw[4])
        .bind(pc4)
        .bind(&nieuw[5])
        .bind(&nieuw[6])
        .bind(&nieuw[7])
        .bind(i16::from(r.swv_uit_bestand))
        .bind(r.code.as_str())
        .execute(&mut **tx)
        .await?;
    }
    Ok(Some(gewijzigd))
}
