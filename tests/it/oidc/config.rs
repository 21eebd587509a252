//! The providers file: a mistake names the file and the key, and nothing starts.

use std::path::Path;

fn fout(dir: &Path, json: serde_json::Value) -> String {
    let pad = dir.join("oidc.json");
    std::fs::write(&pad, json.to_string()).unwrap();
    match passend_web::oidc::Aanbieders::laad(&pad) {
        Ok(_) => panic!("accepted: {json}"),
        Err(e) => e,
    }
}

#[test]
fn a_bad_providers_file_names_its_key() {
    let dir = crate::support::tempdir();
    let goed = || {
        serde_json::json!({
            "id": "entree",
            "label": "Entree",
            "issuer": "https://aanbieder.example.nl",
            "client_id": "passend",
            "private_key_file": "sleutel.pem",
            "key_id": "passend-1",
            "acr_values": ["urn:test:hoog"],
            "public_url": "https://passend.example.nl",
        })
    };
    let met = |k: &str, v: serde_json::Value| {
        let mut e = goed();
        e[k] = v;
        serde_json::json!({ "providers": [e] })
    };
    let bestand = dir.path().join("oidc.json").display().to_string();
    let e = fout(
        dir.path(),
        serde_json::json!({ "providers": [{ "id": "entree" }] }),
    );
    assert!(
        e.starts_with(&format!("{bestand}: providers[0]: missing field `label`")),
        "{e}"
    );
    let e = fout(dir.path(), met("id", "Entree Federatie".into()));
    assert!(e.contains("providers[0].id: alleen kleine letters"), "{e}");
    let e = fout(
        dir.path(),
        met("issuer", "http://aanbieder.example.nl".into()),
    );
    assert!(
        e.contains("providers[0].issuer: moet met https:// beginnen"),
        "{e}"
    );
    let e = fout(dir.path(), met("scopes", serde_json::json!(["profile"])));
    assert!(
        e.contains("providers[0].scopes: moet \"openid\" bevatten"),
        "{e}"
    );
    let e = fout(dir.path(), met("private_key_file", "ontbreekt.pem".into()));
    assert!(e.contains("providers[0].private_key_file: "), "{e}");
    std::fs::write(dir.path().join("sleutel.pem"), "geen sleutel").unwrap();
    let e = fout(dir.path(), met("client_id", "passend".into()));
    assert!(
        e.contains("providers[0].private_key_file: ") && e.contains("geen PEM-privésleutel"),
        "{e}"
    );
    let e = fout(dir.path(), met("onbekend", "x".into()));
    assert!(
        e.contains("providers[0].onbekend: unknown field `onbekend`"),
        "{e}"
    );
}

/// `serve` reads the file before anything else: a mistake stops it, naming file and key.
#[test]
fn serve_stops_on_a_bad_providers_file() {
    let dir = crate::support::tempdir();
    let pad = dir.path().join("oidc.json");
    std::fs::write(&pad, r#"{"providers": [{"id": "entree", "label": 3}]}"#).unwrap();
    let db = dir.path().join("passend.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_passend"))
        .args(["serve", "--bind", "127.0.0.1:0", "--database"])
        .arg(&db)
        .arg("--oidc-config")
        .arg(&pad)
        .output()
        .expect("run passend");
    assert!(!out.status.success());
    let fout = String::from_utf8(out.stderr).unwrap();
    assert!(
        fout.contains(&format!(
            "{}: providers[0].label: invalid type",
            pad.display()
        )),
        "{fout}"
    );
    assert!(!db.exists(), "nothing started");
}
