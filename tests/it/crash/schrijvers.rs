//! The writers and what the store holds afterwards.

use super::*;

/// One writer: registrations, and now and then the extension of one it got acknowledged,
/// until the server is gone.
pub(super) async fn writer(
    base: String,
    key: String,
    journaal: Arc<Mutex<Journaal>>,
    next: Arc<Mutex<u64>>,
    seed: u64,
) {
    let client: Http = Client::builder(TokioExecutor::new()).build(HttpConnector::new());
    let mut rng = fastrand::Rng::with_seed(seed);
    let today = passend_web::vandaag();
    let mut mine: Vec<(String, i64)> = Vec::new();
    loop {
        if !mine.is_empty() && rng.u8(..4) == 0 {
            let (nummer, id) = mine.swap_remove(rng.usize(..mine.len()));
            let weken = rng.i64(1..=4);
            journaal
                .lock()
                .unwrap()
                .sent
                .get_mut(&nummer)
                .unwrap()
                .0
                .verlenging = Some((weken, today.to_string()));
            let url = format!("{base}/api/v1/aanmeldingen/{id}/verlenging");
            let json = format!("{{\"weken\":{weken},\"kennisgeving\":\"{today}\"}}");
            match send(&client, Method::POST, url, &key, Some(json)).await {
                Ok((200, _)) => {
                    journaal.lock().unwrap().extended.insert(nummer);
                }
                Ok((status, text)) => journaal
                    .lock()
                    .unwrap()
                    .unexpected
                    .push(format!("{status} extension: {text}")),
                Err(_) => return,
            }
            continue;
        }
        let nummer = {
            let mut n = next.lock().unwrap();
            *n += 1;
            onderwijsnummer(*n)
        };
        let r = registratie(&mut rng, today);
        let json = body(&nummer, &r);
        journaal
            .lock()
            .unwrap()
            .sent
            .insert(nummer.clone(), (r, None));
        match send(
            &client,
            Method::POST,
            format!("{base}{NIEUW}"),
            &key,
            Some(json),
        )
        .await
        {
            Ok((201, text)) => {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                let id = v["id"].as_i64().unwrap();
                journaal.lock().unwrap().sent.get_mut(&nummer).unwrap().1 = Some(id);
                mine.push((nummer, id));
            }
            Ok((status, text)) => journaal
                .lock()
                .unwrap()
                .unexpected
                .push(format!("{status} registration: {text}")),
            Err(_) => return,
        }
    }
}

/// The registrations of test pupils as stored (demo pupils have BSNs, ours onderwijsnummers).
pub(super) async fn stored(db: &mut sqlx::AnyConnection) -> BTreeMap<String, (i64, Registratie)> {
    let rows = sqlx::query(
        "SELECT a.id, l.onderwijsnummer, l.voornaam, l.tussenvoegsel, l.achternaam, l.geboortedatum, l.postcode, \
         a.vestiging_code, a.ontvangen, a.gewenste_start, a.eerste_voorkeur, a.andere_scholen, a.extra_ondersteuning, \
         a.beoordeling, a.verlenging_weken, a.verlenging_kennisgeving \
         FROM aanmelding a JOIN leerling l ON l.id = a.leerling_id WHERE l.onderwijsnummer IS NOT NULL",
    )
    .fetch_all(&mut *db)
    .await
    .unwrap();
    let mut out = BTreeMap::new();
    for r in &rows {
        assert_eq!(r.get::<String, _>("vestiging_code"), "90AA00");
        let verlenging = match (
            r.get::<Option<i64>, _>("verlenging_weken"),
            r.get::<Option<String>, _>("verlenging_kennisgeving"),
        ) {
            (None, None) => None,
            (Some(w), Some(k)) => Some((w, k)),
            half => panic!("half an extension stored: {half:?}"),
        };
        let reg = Registratie {
            voornaam: r.get("voornaam"),
            tussenvoegsel: r.get("tussenvoegsel"),
            achternaam: r.get("achternaam"),
            geboortedatum: r.get("geboortedatum"),
            postcode: r.get("postcode"),
            ontvangen: r.get("ontvangen"),
            gewenste_start: r.get("gewenste_start"),
            eerste_voorkeur: r.get::<i64, _>("eerste_voorkeur") != 0,
            andere_scholen: r.get("andere_scholen"),
            extra_ondersteuning: r.get::<i64, _>("extra_ondersteuning") != 0,
            beoordeling: r.get("beoordeling"),
            verlenging,
        };
        let previous = out.insert(r.get("onderwijsnummer"), (r.get::<i64, _>("id"), reg));
        assert!(previous.is_none(), "one registration per test pupil");
    }
    out
}

/// Counts (pupil onderwijsnummer → n) of audit entries of a kind on a route, test pupils only.
pub(super) async fn audited(
    db: &mut sqlx::AnyConnection,
    actie: &str,
    route: &str,
) -> BTreeMap<String, i64> {
    sqlx::query(
        "SELECT l.onderwijsnummer, COUNT(*) FROM audit_log g JOIN leerling l ON l.id = g.leerling_id \
         WHERE g.actie = $1 AND g.route = $2 AND l.onderwijsnummer IS NOT NULL GROUP BY l.onderwijsnummer",
    )
    .bind(actie)
    .bind(route)
    .fetch_all(&mut *db)
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get::<String, _>(0), r.get::<i64, _>(1)))
    .collect()
}
