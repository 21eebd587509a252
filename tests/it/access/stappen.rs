//! Other parties' own steps: the school asked whether it is willing to admit, and the SWV
//! asked for its advice on a vrijstelling. Each request is answered only by the party
//! asked; who knows the child hears why (400), everyone else "not found".

use super::*;

/// A request from the demo school 90AA00 to another vestiging of its SWV, and a 5 onder a
/// request of the demo leerplicht asking PO2605's advice (made once, below the store).
async fn verzoeken(store: &Store) -> (i64, i64, i64, LeerlingId, LeerlingId) {
    let mut raw = sqlx::AnyConnection::connect(&store_url(store))
        .await
        .unwrap();
    let one = |sql: &'static str| sqlx::query(sql);
    let aanmelding: i64 = one("SELECT MIN(id) FROM aanmelding WHERE vestiging_code = '90AA00'")
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let bestaand = one("SELECT id FROM bereidheidsvraag WHERE vestiging_code <> '90AA00'")
        .fetch_optional(&mut raw)
        .await
        .unwrap();
    let vraag: i64 = match bestaand {
        Some(r) => r.get(0),
        None => sqlx::query(
            "INSERT INTO bereidheidsvraag (aanmelding_id, vestiging_code, ondersteuningsbehoefte, gevraagd_op, uiterlijk, gevraagd_door, aangemaakt) \
             SELECT $1, MIN(v.code), 'Kleine groep', '2026-12-01', '2099-01-01', (SELECT id FROM account WHERE gebruikersnaam = 'ib'), 'nu' \
             FROM vestiging v WHERE v.code <> '90AA00' AND v.swv_code = 'PO2605' RETURNING id",
        )
        .bind(aanmelding)
        .fetch_one(&mut raw).await.unwrap().get(0),
    };
    let bestaand = one("SELECT vrijstelling_id FROM vrijstelling_advies WHERE swv_code = 'PO2605'")
        .fetch_optional(&mut raw)
        .await
        .unwrap();
    let vrijstelling: i64 = match bestaand {
        Some(r) => r.get(0),
        None => {
            let id: i64 = one(
                "INSERT INTO vrijstelling (leerling_id, gemeentecode, grond, van, status, verklaring_van_behandelaar, aangemaakt) \
                 SELECT MIN(l.id), '0356', '5a', '2026-12-01', 'aangevraagd', 0, 'nu' FROM leerling l \
                 JOIN postcode_regio p ON p.pc4 = l.pc4 WHERE p.gemeentecode = '0356' RETURNING id",
            )
            .fetch_one(&mut raw).await.unwrap().get(0);
            sqlx::query("INSERT INTO vrijstelling_advies (vrijstelling_id, swv_code, gevraagd_op, uiterlijk) VALUES ($1, 'PO2605', '2026-12-01', '2099-01-01')")
                .bind(id).execute(&mut raw).await.unwrap();
            id
        }
    };
    let leerling = |sql: &'static str, id: i64| sqlx::query(sql).bind(id);
    let a: i64 = leerling(
        "SELECT a.leerling_id FROM aanmelding a JOIN bereidheidsvraag q ON q.aanmelding_id = a.id WHERE q.id = $1",
        vraag,
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    let v: i64 = leerling(
        "SELECT leerling_id FROM vrijstelling WHERE id = $1",
        vrijstelling,
    )
    .fetch_one(&mut raw)
    .await
    .unwrap()
    .get(0);
    raw.close().await.unwrap();
    (
        aanmelding,
        vraag,
        vrijstelling,
        LeerlingId(a),
        LeerlingId(v),
    )
}

/// The asked school's SWV and bestuur (by name).
async fn gevraagde_school(store: &Store, vraag: i64) -> (String, String) {
    let mut raw = sqlx::AnyConnection::connect(&store_url(store))
        .await
        .unwrap();
    let r = sqlx::query(
        "SELECT v.swv_code, b.naam FROM bereidheidsvraag q JOIN vestiging v ON v.code = q.vestiging_code \
         JOIN school s ON s.brin = v.brin JOIN bestuur b ON b.id = s.bestuur_id WHERE q.id = $1",
    )
    .bind(vraag)
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let out = (r.get(0), r.get(1));
    raw.close().await.unwrap();
    out
}

/// Whether a demo user's scope covers a school (its SWV or bestuur).
fn dekt_school(user: &str, (swv, bestuur): &(String, String)) -> bool {
    match user {
        "swv-po" => swv == "PO2605",
        "swv-vo" => swv == "VO2605",
        "bestuur" => bestuur == "Stichting Openbaar Primair Onderwijs Lek en IJssel",
        _ => false,
    }
}

pub(super) async fn dekt(m: &Matrix<'_>, pad: &str, toegang: Toegang) -> bool {
    let Matrix {
        store,
        callers,
        today,
        ..
    } = *m;
    if toegang != Toegang::Leerlinggegevens {
        return false;
    }
    let (aanmelding, vraag, vrijstelling, la, lv) = match pad {
        "/aanmeldingen/{id}/bereidheid"
        | "/bereidheid"
        | "/bereidheid/{id}"
        | "/vrijstellingsadviezen"
        | "/vrijstellingsadviezen/{id}"
        | "/api/v1/aanmeldingen/{id}/bereidheidsvragen"
        | "/api/v1/bereidheidsvragen"
        | "/api/v1/bereidheidsvragen/{id}/antwoord"
        | "/api/v1/vrijstellingsadviezen"
        | "/api/v1/vrijstellingsadviezen/{id}" => verzoeken(store).await,
        _ => return false,
    };
    // Who knows the child (sees its dossier, or its registration) or covers the asked school
    // hears why; see the policy.
    let gevraagd = gevraagde_school(store, vraag).await;
    let (fa, fv) = (
        facts(store, vec![la], today).await,
        facts(store, vec![lv], today).await,
    );
    let kent_a: Vec<&str> = USERS
        .into_iter()
        .filter(|u| may_see(u, &fa[0]) || may_read_registration(u) || dekt_school(u, &gevraagd))
        .collect();
    let kent_v: Vec<&str> = USERS.into_iter().filter(|u| may_see(u, &fv[0])).collect();
    let (kent_a, kent_v) = (kent_a.as_slice(), kent_v.as_slice());
    let code = |c: &Caller, ja: &[&str], reden: &[&str]| {
        if ja.contains(&c.user) {
            StatusCode::OK
        } else if reden.contains(&c.user) {
            StatusCode::BAD_REQUEST
        } else {
            StatusCode::NOT_FOUND
        }
    };
    for c in callers {
        let (url, lezen, schrijven) = match pad {
            // The school of aanmelding asks; an empty choice is its form's 400.
            "/aanmeldingen/{id}/bereidheid" => {
                let url = format!("/aanmeldingen/{aanmelding}/bereidheid");
                let want = code(c, &["ib"], &[]);
                (
                    url,
                    Some(want),
                    Some((
                        format!("csrf={}&vestiging=", c.csrf),
                        if want == StatusCode::OK {
                            StatusCode::BAD_REQUEST
                        } else {
                            want
                        },
                    )),
                )
            }
            "/bereidheid" => (pad.to_string(), Some(code(c, &["ib"], &[])), None),
            // Asked of another school: the asking school, its bestuur and SWV hear why.
            "/bereidheid/{id}" => {
                let want = code(c, &[], kent_a);
                (
                    format!("/bereidheid/{vraag}"),
                    Some(want),
                    Some((format!("csrf={}&bereid=ja&datum=2026-12-07", c.csrf), want)),
                )
            }
            "/vrijstellingsadviezen" => (
                pad.to_string(),
                Some(code(c, &["swv-po", "swv-vo"], &[])),
                None,
            ),
            // Asked of PO2605: the leerplicht of the child's gemeente hears why.
            "/vrijstellingsadviezen/{id}" => {
                let url = format!("/vrijstellingsadviezen/{vrijstelling}");
                let want = code(c, &["swv-po"], kent_v);
                let post = if want == StatusCode::OK {
                    StatusCode::BAD_REQUEST
                } else {
                    want
                };
                (
                    url,
                    Some(want),
                    Some((format!("csrf={}&tekst=", c.csrf), post)),
                )
            }
            _ => {
                let ids = (aanmelding, vraag, vrijstelling);
                api(store, c, pad, ids, (kent_a, kent_v), code).await;
                continue;
            }
        };
        if let Some(want) = lezen {
            assert_eq!(
                get(store, &url, Some(&c.cookie)).await.status,
                want,
                "{} GET {url}",
                c.user
            );
        }
        if let Some((body, want)) = schrijven {
            let reply = crate::web::post_form(store, &url, Some(&c.cookie), &body).await;
            assert_eq!(reply.status, want, "{} POST {url}", c.user);
        }
    }
    true
}

async fn api(
    store: &Store,
    c: &Caller,
    pad: &str,
    (aanmelding, vraag, vrijstelling): (i64, i64, i64),
    (kent_a, kent_v): (&[&str], &[&str]),
    code: impl Fn(&Caller, &[&str], &[&str]) -> StatusCode,
) {
    let (method, url, body, want) = match pad {
        "/api/v1/bereidheidsvragen" => ("GET", pad.to_string(), "", code(c, &["ib"], &[])),
        "/api/v1/vrijstellingsadviezen" => (
            "GET",
            pad.to_string(),
            "",
            code(c, &["swv-po", "swv-vo"], &[]),
        ),
        // The own school's request for an unknown vestiging: its 400; others 404.
        "/api/v1/aanmeldingen/{id}/bereidheidsvragen" => (
            "POST",
            format!("/api/v1/aanmeldingen/{aanmelding}/bereidheidsvragen"),
            r#"{"vestiging":"De Linde","ondersteuningsbehoefte":"x","oudersAkkoord":true}"#,
            code(c, &[], &["ib"]),
        ),
        "/api/v1/bereidheidsvragen/{id}/antwoord" => (
            "POST",
            format!("/api/v1/bereidheidsvragen/{vraag}/antwoord"),
            r#"{"bereid":true,"datum":"2026-12-07"}"#,
            code(c, &[], kent_a),
        ),
        "/api/v1/vrijstellingsadviezen/{id}" => (
            "POST",
            format!("/api/v1/vrijstellingsadviezen/{vrijstelling}"),
            r#"{"advies":" "}"#,
            code(c, &[], &[kent_v, &["swv-po"]].concat()),
        ),
        other => panic!("{other} has no API entry"),
    };
    let reply = if method == "GET" {
        api_get(store, &url, Some(&c.key)).await
    } else {
        api_send(store, method, &url, &c.key, body).await
    };
    assert_eq!(
        reply.status, want,
        "{} {method} {url}: {}",
        c.user, reply.body
    );
}
