//! The web pages of plans, disputes and VSO outflow.

use super::*;

pub(super) async fn dekt(
    store: &Store,
    pad: &str,
    toegang: Toegang,
    callers: &[Caller],
    sample: &[Facts],
) -> bool {
    match (pad, toegang) {
        ("/verantwoording", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                geen_leerlingen(pad, c.user, &reply, sample);
            }
        }
        ("/verantwoording/plannen", Toegang::Aangemeld) => {
            // Six schooljaren: the rule's 400 for SWV staff, 404 for everyone else.
            for c in callers {
                let reply = post_form(
                    store,
                    pad,
                    Some(&c.cookie),
                    &format!("csrf={}&van=2027-2028&tot=2032-2033", c.csrf),
                )
                .await;
                let swv = c.user.starts_with("swv-");
                assert_eq!(
                    reply.status,
                    status(swv, StatusCode::BAD_REQUEST),
                    "{} on {pad}",
                    c.user
                );
            }
        }
        ("/verantwoording/plannen/{id}", Toegang::Aangemeld) => {
            let plannen = plannen(store, callers).await;
            assert!(plannen.len() >= 2);
            for c in callers {
                for (id, swv) in &plannen {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = get(store, &url, Some(&c.cookie)).await;
                    assert_eq!(
                        reply.status,
                        status(leest_plan(c.user, swv), StatusCode::OK),
                        "{} on {url}",
                        c.user
                    );
                    geen_leerlingen(&url, c.user, &reply, sample);
                }
            }
        }
        (
            "/verantwoording/plannen/{id}/oogo"
            | "/verantwoording/plannen/{id}/overleg-samenwerkingsverband"
            | "/verantwoording/plannen/{id}/instemming"
            | "/verantwoording/plannen/{id}/vaststellen"
            | "/verantwoording/plannen/{id}/indiening",
            Toegang::Aangemeld,
        ) => {
            let stap = pad.rsplit('/').next().unwrap();
            let body = match stap {
                "oogo" => "gemeente=0000&datum=2026-01-01&uitkomst=onzin",
                "overleg-samenwerkingsverband" => {
                    "samenwerkingsverband=PO0000&datum=2026-01-01&verslag=x"
                }
                "instemming" => "datum=2026-01-01&voor=veel&tegen=1",
                "vaststellen" => "",
                _ => "datum=onzin",
            };
            for c in callers {
                for (id, swv) in &plannen(store, callers).await {
                    let url = pad.replace("{id}", &id.to_string());
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&{body}", c.csrf),
                    )
                    .await;
                    let mag = schrijft_plan(c.user, swv);
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}: {}",
                        c.user,
                        reply.body.chars().take(300).collect::<String>()
                    );
                }
            }
        }
        ("/verantwoording/geschillen", Toegang::Leerlinggegevens) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                assert_eq!(reply.status, StatusCode::OK, "{} on {pad}", c.user);
                alleen_zichtbare(pad, c.user, &reply.body, sample);
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&leerling={}&soort=verwijdering&vestiging=90AA00&ingediend_op=2999-01-01&omschrijving=x",
                        c.csrf, f.id.0
                    );
                    let reply = post_form(store, pad, Some(&c.cookie), &body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} POST {pad} for pupil {}",
                        c.user,
                        f.id.0
                    );
                }
            }
        }
        ("/verantwoording/geschillen/{id}", Toegang::Leerlinggegevens) => {
            let geschillen = geschillen(store, callers).await;
            let mut gedekt = 0;
            for (id, leerling, toelating) in &geschillen {
                let Some(f) = sample.iter().find(|f| f.id.0 == *leerling) else {
                    continue;
                };
                gedekt += 1;
                let url = pad.replace("{id}", &id.to_string());
                for c in callers {
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&oordeel=&reactie=", c.csrf),
                    )
                    .await;
                    assert_eq!(
                        reply.status,
                        status(partij(c.user, f, *toelating), StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
            assert!(gedekt > 0, "a dispute of a sampled pupil");
        }
        ("/verantwoording/uitstroom", Toegang::Aangemeld) => {
            assert_eq!(
                get(store, pad, None).await.location.as_deref(),
                Some("/aanmelden")
            );
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let mag = matches!(
                    c.user,
                    "ib" | "bestuur" | "swv-po" | "swv-vo" | "opr" | "inspectie" | "ministerie"
                );
                assert_eq!(
                    reply.status,
                    status(mag, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                geen_leerlingen(pad, c.user, &reply, sample);
            }
        }
        ("/verantwoording/uitstroom/leerlingen", Toegang::Leerlinggegevens) => {
            for c in callers {
                let reply = get(store, pad, Some(&c.cookie)).await;
                let partij = matches!(c.user, "ib" | "bestuur" | "swv-po" | "swv-vo");
                assert_eq!(
                    reply.status,
                    status(partij, StatusCode::OK),
                    "{} on {pad}",
                    c.user
                );
                alleen_zichtbare(pad, c.user, &reply.body, sample);
                for f in paar(c.user, pad, sample) {
                    let body = format!(
                        "csrf={}&leerling={}&vestiging=90AA00&datum=2020-01-01&bestemming=onbekend",
                        c.csrf, f.id.0
                    );
                    let reply = post_form(store, pad, Some(&c.cookie), &body).await;
                    assert_eq!(
                        reply.status,
                        status(may_see(c.user, f), StatusCode::BAD_REQUEST),
                        "{} POST {pad} for pupil {}",
                        c.user,
                        f.id.0
                    );
                }
            }
        }
        ("/verantwoording/uitstroom/{id}", Toegang::Leerlinggegevens) => {
            // Followed up by the vso school, its bestuur or its SWV: in the demo its SWV.
            let regels = uitstroom(store, callers).await;
            assert!(!regels.is_empty());
            for (id, swv) in &regels {
                let url = pad.replace("{id}", &id.to_string());
                for c in callers {
                    let reply = post_form(
                        store,
                        &url,
                        Some(&c.cookie),
                        &format!("csrf={}&datum=2000-01-01&bestemming=onbekend", c.csrf),
                    )
                    .await;
                    let mag = (c.user == "swv-po" && swv == "PO2605")
                        || (c.user == "swv-vo" && swv == "VO2605");
                    assert_eq!(
                        reply.status,
                        status(mag, StatusCode::BAD_REQUEST),
                        "{} on {url}",
                        c.user
                    );
                }
            }
        }
        _ => return false,
    }
    true
}
