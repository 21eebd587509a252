//! The facts of the sample pupils, and what each role may see of them.

use super::*;

/// The demo deskundige account's register id (the first deskundige the demo registers).
pub(super) const DEMO_DESKUNDIGE: &str = "1";

pub(super) const USERS: [&str; 11] = [
    "ib",
    "bestuur",
    "swv-po",
    "swv-vo",
    "deskundige",
    "leerplicht",
    "ouder",
    "opr",
    "inspectie",
    "ministerie",
    "beheerder",
];

/// Facts of a pupil, read without scoping, to state what each role should see.
pub(crate) struct Facts {
    pub(crate) id: LeerlingId,
    pub(crate) naam: String,
    pub(crate) postcode: String,
    pub(crate) scholen: Vec<String>,
    pub(crate) besturen: Vec<String>,
    pub(crate) swvs: Vec<String>,
    pub(crate) gemeente: String,
    pub(crate) kind_van_demo_ouder: bool,
    /// SWVs holding a case for the pupil: thuiszitter, TLV, arrangement, one table, OSO.
    pub(crate) swv_zaken: Vec<String>,
    /// Register ids of the deskundigen asked to advise on the pupil's TLV.
    pub(crate) deskundigen: Vec<String>,
    /// Vestigingen the pupil is registered with (any registration). A registration gives
    /// the registration, never the dossier.
    pub(crate) aanmeldingen: Vec<String>,
    /// Of those, the live ones (open, admitted, on the TLV route): the school may ask a TLV.
    pub(crate) levende_aanmeldingen: Vec<String>,
}

/// Who reads a registration with the demo school 90AA00: the school, its bestuur and its
/// SWV (the registration's own data, never the dossier).
pub(crate) fn may_read_registration(user: &str) -> bool {
    matches!(user, "ib" | "bestuur" | "swv-po")
}

/// The rule of DESIGN.md, written out independently of the code under test: the dossier
/// follows enrolment today, a case, the gemeente, parenthood or an assignment.
pub(crate) fn may_see(user: &str, f: &Facts) -> bool {
    match user {
        "ib" => f.scholen.iter().any(|s| s == "90AA00"),
        "bestuur" => f
            .besturen
            .iter()
            .any(|b| b == "Stichting Openbaar Primair Onderwijs Lek en IJssel"),
        "swv-po" => f.swvs.iter().chain(&f.swv_zaken).any(|s| s == "PO2605"),
        "swv-vo" => f.swvs.iter().chain(&f.swv_zaken).any(|s| s == "VO2605"),
        "leerplicht" => f.gemeente == "Nieuwegein",
        "ouder" => f.kind_van_demo_ouder,
        "deskundige" => f.deskundigen.iter().any(|d| d == DEMO_DESKUNDIGE),
        _ => false,
    }
}

/// One pupil `user` may see and one it may not (only the one for a role that sees none),
/// for a route × action: the route has to ask the store, and the store the one policy,
/// for the answer to be right for both. The policy's every reason (enrolled, registered,
/// a case, a TLV advice, a child) is proved on the dossier routes with the whole sample.
/// Which two depends on the route, so that the matrix still sends every pupil of the
/// sample to many routes.
pub(crate) fn paar<'a>(user: &str, pad: &str, sample: &'a [Facts]) -> Vec<&'a Facts> {
    let salt = pad.bytes().fold(0usize, |h, b| {
        h.wrapping_mul(31).wrapping_add(usize::from(b))
    });
    let (ja, nee): (Vec<&Facts>, Vec<&Facts>) = sample.iter().partition(|f| may_see(user, f));
    [ja, nee]
        .into_iter()
        .filter(|l| !l.is_empty())
        .map(|l| l[salt % l.len()])
        .collect()
}

pub(super) async fn facts(
    store: &Store,
    ids: Vec<LeerlingId>,
    today: jiff::civil::Date,
) -> Vec<Facts> {
    // Which SWVs hold a case, read below the store (the store only answers within a scope).
    let url = store_url(store);
    let mut raw = sqlx::AnyConnection::connect(&url).await.unwrap();
    let mut out = Vec::new();
    for id in ids {
        let d = store.leerling_dossier(id).await.unwrap();
        let mut f = Facts {
            id,
            naam: d.leerling.naam.clone(),
            postcode: d.leerling.postcode.clone(),
            scholen: vec![],
            besturen: vec![],
            swvs: vec![],
            gemeente: d.gemeente.clone(),
            kind_van_demo_ouder: d
                .ouders
                .iter()
                .any(|o| o.email.as_deref() == Some("ouder1-0@example.org")),
            swv_zaken: sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT swv_code FROM thuiszitter_zaak WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM tlv WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM arrangement WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM integraal_arrangement WHERE leerling_id = {0} \
                 UNION SELECT swv_code FROM oso_dossier WHERE leerling_id = {0}",
                id.0
            )))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<String, _>(0))
            .collect(),
            deskundigen: sqlx::query(sqlx::AssertSqlSafe(format!(
                "SELECT a.deskundige_id FROM tlv_advies a JOIN tlv t ON t.id = a.tlv_id WHERE t.leerling_id = {}",
                id.0
            )))
            .fetch_all(&mut raw)
            .await
            .unwrap()
            .iter()
            .map(|r| r.get::<i64, _>(0).to_string())
            .collect(),
            aanmeldingen: vec![],
            levende_aanmeldingen: vec![],
        };
        // Registered with a school gives the registration only (issue 18): kept apart.
        f.aanmeldingen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {}",
            id.0
        )))
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        f.levende_aanmeldingen = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT vestiging_code FROM aanmelding WHERE leerling_id = {} AND ingetrokken_op IS NULL \
             AND (besluit IS NULL OR besluit IN ('toegelaten', 'tlv-route'))",
            id.0
        )))
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .map(|r| r.get::<String, _>(0))
        .collect();
        for i in d
            .inschrijvingen
            .iter()
            .filter(|i| i.van <= today && i.tot.is_none_or(|t| t >= today))
        {
            let v = store
                .organisaties()
                .vestiging(&VestigingCode::parse(&i.vestiging_code).unwrap())
                .await
                .unwrap();
            f.scholen.push(v.vestiging.code.clone());
            f.besturen.push(v.vestiging.bestuur.clone());
            f.swvs.push(v.vestiging.swv_code.clone());
        }
        out.push(f);
    }
    out
}
