//! Reading a TLV row and the vestiging facts the TLV rules need.

use super::*;

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

pub(super) fn ongeldig(e: impl ToString) -> StoreError {
    StoreError::Ongeldig(e.to_string())
}

pub(super) const COLUMNS: &str = "t.id, t.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, t.soort, t.aanvragende_vestiging, \
     t.ontvangende_vestiging, t.swv_code, t.grond, t.aangevraagd_op, t.toelichting, t.besluit, t.besluit_datum, t.categorie, \
     t.ingang, t.einde, t.beschikkingsnummer, t.reden, t.brief, t.extern";

pub(super) fn tlv_row(r: &AnyRow) -> Result<Tlv, StoreError> {
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
