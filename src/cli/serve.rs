//! `passend serve`: the web application and the API.

use super::Database;
use passend_demo::Demo;
use passend_store::Store;
use std::net::SocketAddr;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    db: Database,
    /// Adres en poort om op te luisteren.
    #[arg(long, default_value = "127.0.0.1:8080", env = "PASSEND_BIND")]
    bind: SocketAddr,
    /// Vul een lege database eerst met de demoregio.
    #[arg(long)]
    demo: bool,
    /// Bewaartermijn van het auditlog in dagen. Een keuze, geen wettelijke termijn: stem
    /// hem af op het privacybeleid (de WPO kent 3 jaar voor gegevens van het SWV).
    #[arg(long, default_value_t = 1095, env = "PASSEND_AUDIT_BEWAARTERMIJN_DAGEN",
          value_parser = clap::value_parser!(i64).range(1..))]
    audit_bewaartermijn_dagen: i64,
    /// Drempel voor kleine aantallen in de monitor: aantallen van 1 tot deze waarde
    /// worden buiten het eigen samenwerkingsverband getoond als "<10" (bij 10).
    #[arg(long, default_value_t = 10, env = "PASSEND_MONITOR_DREMPEL",
          value_parser = clap::value_parser!(u64).range(2..))]
    monitor_drempel: u64,
    /// Het openbare adres van de applicatie, voor de links in mails (standaard
    /// http:// met --bind).
    #[arg(long, env = "PASSEND_ADRES")]
    adres: Option<String>,
    #[command(flatten)]
    mail: super::mail::MailOpties,
    /// JSON-bestand met de OpenID-aanbieders om mee aan te melden (Entree, een DigiD-makelaar);
    /// zonder dit bestand alleen lokale accounts. Zie docs/oidc.example.json.
    #[arg(long, env = "PASSEND_OIDC_CONFIG")]
    oidc_config: Option<std::path::PathBuf>,
}

pub async fn run(a: Args) -> anyhow::Result<ExitCode> {
    // Read first: a mistake in the file stops the start before anything else happens.
    let oidc = match &a.oidc_config {
        Some(pad) => passend_web::oidc::Aanbieders::laad(pad).map_err(anyhow::Error::msg)?,
        None => passend_web::oidc::Aanbieders::default(),
    };
    let store = Store::connect(&a.db.database).await?;
    if a.demo {
        if store.is_empty().await? {
            super::demo::print(&store.create_demo().await?);
        } else {
            eprintln!("database bevat al gegevens; demoregio niet opnieuw aangemaakt");
        }
    } else if store.is_empty().await? {
        eprintln!(
            "de database is leeg: begin met `passend init` en `passend import organisaties`, of start met --demo"
        );
    }
    println!("passend draait op http://{}  (stoppen: Ctrl-C)", a.bind);
    let adres = a.adres.unwrap_or_else(|| format!("http://{}", a.bind));
    let mail = a.mail.instelling(&a.db.database, &adres);
    if let Some(map) = mail.zonder_server() {
        println!("geen mailserver ingesteld (--smtp-host): mails staan in map {map}");
    }
    passend_web::serve(
        passend_web::AppState::met_mail(store, mail),
        a.bind,
        a.audit_bewaartermijn_dagen,
        a.monitor_drempel,
        oidc,
    )
    .await?;
    Ok(ExitCode::SUCCESS)
}
