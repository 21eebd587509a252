//! The providers file (`passend serve --oidc-config FILE`): JSON, one entry per provider.
//! A mistake stops the start with the file and the key named.

use super::Aanbieder;
use super::sleutel::Sleutel;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bestand {
    providers: Vec<Invoer>,
}

/// One provider as written in the file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Invoer {
    id: String,
    label: String,
    issuer: String,
    client_id: String,
    private_key_file: PathBuf,
    key_id: String,
    #[serde(default = "openid")]
    scopes: Vec<String>,
    #[serde(default)]
    acr_values: Vec<String>,
    /// Defaults to `acr_values`.
    #[serde(default)]
    acr_accepted: Vec<String>,
    public_url: String,
}

fn openid() -> Vec<String> {
    vec!["openid".into()]
}

/// Reads and checks the file; a relative key path is relative to the file's folder.
pub fn lees(pad: &Path) -> Result<Vec<Aanbieder>, String> {
    let naam = pad.display();
    let tekst = std::fs::read_to_string(pad).map_err(|e| format!("{naam}: {e}"))?;
    let mut de = serde_json::Deserializer::from_str(&tekst);
    let bestand: Bestand = serde_path_to_error::deserialize(&mut de)
        .map_err(|e| format!("{naam}: {}: {}", e.path(), e.inner()))?;
    let map = pad.parent().unwrap_or(Path::new("."));
    let mut aanbieders: Vec<Aanbieder> = Vec::new();
    for (i, invoer) in bestand.providers.into_iter().enumerate() {
        let fout = |sleutel: &str, m: &str| format!("{naam}: providers[{i}].{sleutel}: {m}");
        let a = controleer(invoer, map).map_err(|(k, m)| fout(k, &m))?;
        if aanbieders.iter().any(|b| b.id == a.id) {
            return Err(fout("id", "komt twee keer voor"));
        }
        aanbieders.push(a);
    }
    Ok(aanbieders)
}

type Fout = (&'static str, String);

fn controleer(i: Invoer, map: &Path) -> Result<Aanbieder, Fout> {
    let slug = !i.id.is_empty()
        && i.id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !slug {
        return Err(("id", "alleen kleine letters, cijfers en '-'".into()));
    }
    for (k, v) in [
        ("label", &i.label),
        ("client_id", &i.client_id),
        ("key_id", &i.key_id),
    ] {
        if v.trim().is_empty() {
            return Err((k, "mag niet leeg zijn".into()));
        }
    }
    let issuer = url("issuer", &i.issuer)?;
    let public_url = url("public_url", &i.public_url)?;
    if !i.scopes.iter().any(|s| s == "openid") {
        return Err(("scopes", "moet \"openid\" bevatten".into()));
    }
    let acr_accepted = if i.acr_accepted.is_empty() {
        i.acr_values.clone()
    } else {
        i.acr_accepted
    };
    let pad = map.join(&i.private_key_file);
    let pem = std::fs::read_to_string(&pad)
        .map_err(|e| ("private_key_file", format!("{}: {e}", pad.display())))?;
    let sleutel = Sleutel::uit_pem(&pem, &i.key_id)
        .map_err(|m| ("private_key_file", format!("{}: {m}", pad.display())))?;
    let redirect = format!(
        "{}/aanmelden/oidc/{}/terug",
        public_url.trim_end_matches('/'),
        i.id
    );
    Ok(Aanbieder {
        id: i.id,
        label: i.label,
        issuer,
        client_id: i.client_id,
        sleutel,
        scopes: i.scopes.into_iter().filter(|s| s != "openid").collect(),
        acr_values: i.acr_values,
        acr_accepted,
        redirect,
        metadata: Default::default(),
    })
}

/// An absolute URL, kept as written (an issuer must match the tokens' `iss` exactly); plain `http` only for a provider or site on this machine (tests, a
/// local try-out), `https` everywhere else.
fn url(sleutel: &'static str, waarde: &str) -> Result<String, Fout> {
    let u = openidconnect::url::Url::parse(waarde)
        .map_err(|e| (sleutel, format!("geen geldige URL: {e}")))?;
    let lokaal = matches!(u.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    match u.scheme() {
        "https" => {}
        "http" if lokaal => {}
        _ => return Err((sleutel, "moet met https:// beginnen".into())),
    }
    Ok(waarde.to_string())
}
