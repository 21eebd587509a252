//! `/beheer/inrichting`: the beheerder loads the region's organisations and the school
//! holidays in the browser, as `passend import organisaties` and `import kalender` do.

use crate::layout::Layout;
use crate::pages::{Page, render};
use crate::session::Gebruiker;
use crate::{AppState, WebError, csrf};
use askama::Template;
use axum::extract::{Multipart, State};
use axum::http::{HeaderMap, StatusCode};
use passend_domain::verzuim::vakanties::schooljaren;
use passend_domain::{Functie, RegioIndeling};

/// The largest file these forms take (a national organisations file is about 1 MB).
pub const MAX_INRICHTING: usize = 8 * 1024 * 1024;

#[derive(Template)]
#[template(path = "beheer_inrichting.html")]
struct InrichtingPage {
    layout: Layout,
    csrf: String,
    schooljaren: String,
    bestand: String,
    uitkomst: Option<String>,
    problemen: Vec<String>,
}

async fn pagina(state: &AppState, g: &Gebruiker) -> Result<InrichtingPage, WebError> {
    // A beheer page: anyone else gets "not found".
    g.vereist(Functie::Beheer)?;
    let jaren = schooljaren(&state.store.verzuim().schoolvakanties().await?);
    Ok(InrichtingPage {
        layout: Layout::new("Inrichting van de regio", Some(g)),
        csrf: g.csrf.clone(),
        schooljaren: jaren
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join(", "),
        bestand: String::new(),
        uitkomst: None,
        problemen: Vec::new(),
    })
}

pub async fn inrichting(State(state): State<AppState>, g: Gebruiker) -> Page {
    render(&pagina(&state, &g).await?)
}

/// The uploaded file's name and text, after the form's CSRF value is checked.
async fn bestand(headers: &HeaderMap, mut form: Multipart) -> Result<(String, String), WebError> {
    let (mut token, mut inhoud, mut naam) = (None, None, String::new());
    let onleesbaar = || WebError::Ongeldig("het formulier kon niet worden gelezen".into());
    while let Some(field) = form.next_field().await.map_err(|_| onleesbaar())? {
        match field.name().unwrap_or_default() {
            "csrf" => token = field.text().await.ok(),
            "bestand" => {
                naam = field.file_name().unwrap_or_default().to_string();
                inhoud = Some(field.bytes().await.map_err(|_| onleesbaar())?);
            }
            _ => {}
        }
    }
    if !token.is_some_and(|t| csrf::matches(headers, &t)) {
        return Err(WebError::FormulierVerlopen);
    }
    let inhoud = inhoud
        .filter(|b| !b.is_empty())
        .ok_or_else(|| WebError::Ongeldig("bestand: kies een bestand".into()))?;
    let tekst = String::from_utf8(inhoud.to_vec())
        .map_err(|_| WebError::Ongeldig("bestand: geen UTF-8-tekst".into()))?;
    Ok((naam, tekst))
}

/// The page with the outcome, or with the problems as 400.
fn antwoord(mut p: InrichtingPage, naam: String, uitkomst: Result<String, Vec<String>>) -> Page {
    p.bestand = naam;
    let fout = uitkomst.is_err();
    match uitkomst {
        Ok(u) => p.uitkomst = Some(u),
        Err(problemen) => p.problemen = problemen,
    }
    let mut resp = render(&p)?;
    if fout {
        *resp.status_mut() = StatusCode::BAD_REQUEST;
    }
    Ok(resp)
}

pub async fn organisaties(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    form: Multipart,
) -> Page {
    g.vereist(Functie::Beheer)?;
    let (naam, tekst) = bestand(&headers, form).await?;
    let uitkomst = match passend_domain::organisaties::lees(&tekst, RegioIndeling::officieel()) {
        Err(problemen) => Err(problemen),
        Ok(rijen) => state
            .store
            .organisaties()
            .importeer_organisaties(&g.verzoeker, &rijen, crate::vandaag(), "/beheer/inrichting/organisaties")
            .await
            .map(|u| {
                format!(
                    "Organisaties ingelezen: {} nieuw, {} gewijzigd, {} ongewijzigd, {} gesloten{}.",
                    u.nieuw,
                    u.gewijzigd,
                    u.ongewijzigd,
                    u.gesloten,
                    if u.mbo > 0 { format!("; {} mbo-vestigingen gelezen maar niet opgeslagen", u.mbo) } else { String::new() }
                )
            })
            .map_err(|e| vec![e.to_string()]),
    };
    antwoord(pagina(&state, &g).await?, naam, uitkomst)
}

pub async fn kalender(
    State(state): State<AppState>,
    headers: HeaderMap,
    g: Gebruiker,
    form: Multipart,
) -> Page {
    g.vereist(Functie::Beheer)?;
    let (naam, tekst) = bestand(&headers, form).await?;
    let uitkomst = match passend_domain::verzuim::vakanties::lees(&tekst) {
        Err(e) => Err(vec![e.to_string()]),
        Ok(rijen) => state
            .store
            .verzuim()
            .laad_schoolvakanties(&g.verzoeker, &rijen, "/beheer/inrichting/kalender")
            .await
            .map(|jaren| {
                let jaren: Vec<String> = jaren.iter().map(ToString::to_string).collect();
                format!(
                    "Schoolvakanties ingelezen voor schooljaar {} (noord, midden en zuid).",
                    jaren.join(", ")
                )
            })
            .map_err(|e| vec![e.to_string()]),
    };
    antwoord(pagina(&state, &g).await?, naam, uitkomst)
}
