//! `passend-belasting`: a load test against a running passend server. It starts nothing
//! itself (`bench/belasting.sh` does): N virtual users sign in through the form, make an API
//! key, and work at once until the time or the request budget is used up. The figures come
//! out as text and, with `--json`, as JSON; the exit code is 1 when any response was not
//! 2xx or 3xx. Latency is reported, never judged.

mod gebruiker;
mod meting;
mod verbinding;

use clap::Parser;
use gebruiker::{ACCOUNTS, Gebruiker, Soort, Werk};
use http::Method;
use meting::Meting;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};
use verbinding::{Als, Verbinding};

#[derive(Parser)]
#[command(
    name = "passend-belasting",
    about = "Belastingtest: gelijktijdige gebruikers (demo-accounts) tegen een draaiende passend-server"
)]
struct Args {
    /// Adres van de server.
    #[arg(long, default_value = "http://127.0.0.1:8080")]
    url: String,
    /// Aantal gelijktijdige gebruikers (om de beurt ib, swv-po, leerplicht, bestuur).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=1000))]
    gebruikers: u64,
    /// Meetduur in seconden (standaard 20 als ook --verzoeken ontbreekt).
    #[arg(long)]
    duur: Option<u64>,
    /// Stop na zoveel verzoeken (samen met --duur: wat het eerst komt).
    #[arg(long)]
    verzoeken: Option<u64>,
    /// Schrijf de uitkomst ook als JSON naar dit bestand.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Zaadwaarde van de verzoekmix.
    #[arg(long)]
    seed: Option<u64>,
    /// De vestiging van de schoolgebruiker `ib` (de demoregio: 90AA00).
    #[arg(long, default_value = "90AA00")]
    vestiging: String,
}

/// Today in the Netherlands, as the server counts the law's clocks.
fn vandaag() -> jiff::civil::Date {
    let nu = jiff::Timestamp::now();
    nu.in_tz("Europe/Amsterdam")
        .map(|z| z.date())
        .unwrap_or_else(|_| nu.to_zoned(jiff::tz::TimeZone::UTC).date())
}

/// One user's loop until the deadline or the budget; returns the user and its figures.
async fn werk_af(
    mut g: Gebruiker,
    v: Verbinding,
    werk: Arc<Werk>,
    tot: Instant,
    budget: Arc<AtomicU64>,
    seed: u64,
) -> (Gebruiker, Meting) {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut m = Meting::default();
    while Instant::now() < tot
        && budget
            .fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| n.checked_sub(1))
            .is_ok()
    {
        let (soort, antwoord) = g.stap(&v, &mut rng, &werk).await;
        match antwoord {
            Ok(a) if a.gelukt() => m.gelukt(soort, a.duur),
            Ok(a) => m.fout(soort, &a.pad, a.status.to_string(), &a.body, a.duur),
            Err(e) => {
                let pad = e.split(": ").next().unwrap_or_default();
                m.fout(soort, pad, "verbinding".into(), &e, Duration::ZERO)
            }
        }
    }
    (g, m)
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args = Args::parse();
    let duur = Duration::from_secs(match (args.duur, args.verzoeken) {
        (None, None) => 20,
        (Some(s), _) => s,
        (None, Some(_)) => 24 * 3600,
    });
    let seed = args.seed.unwrap_or_else(|| fastrand::u64(..));
    let v = Verbinding::new(&args.url);
    let n = args.gebruikers as usize;
    println!(
        "passend-belasting: {n} gebruikers tegen {}, zaad {seed}",
        args.url
    );

    // Sign in everyone at once (argon2 on the server: this is not measured).
    let begin = Instant::now();
    let mut aanmeldingen = tokio::task::JoinSet::new();
    for i in 0..n {
        let v = v.clone();
        aanmeldingen
            .spawn(async move { Gebruiker::aanmelden(&v, ACCOUNTS[i % ACCOUNTS.len()]).await });
    }
    let mut gebruikers = Vec::with_capacity(n);
    while let Some(r) = aanmeldingen.join_next().await {
        match r {
            Ok(Ok(g)) => gebruikers.push(g),
            Ok(Err(e)) => {
                eprintln!("passend-belasting: aanmelden mislukt: {e}");
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("passend-belasting: {e}");
                return ExitCode::from(2);
            }
        }
    }
    println!(
        "aangemeld met API-sleutel in {:.1} s",
        begin.elapsed().as_secs_f64()
    );

    let mut rng = fastrand::Rng::with_seed(seed);
    let werk = Arc::new(Werk {
        vandaag: vandaag(),
        vestiging: args.vestiging.clone(),
        volgnummer: AtomicU64::new(rng.u64(0..5_000_000)),
    });
    let budget = Arc::new(AtomicU64::new(args.verzoeken.unwrap_or(u64::MAX)));
    let start = Instant::now();
    let tot = start + duur;
    let mut taken = tokio::task::JoinSet::new();
    for g in gebruikers {
        taken.spawn(werk_af(
            g,
            v.clone(),
            werk.clone(),
            tot,
            budget.clone(),
            rng.u64(..),
        ));
    }
    let mut totaal = Meting::default();
    let mut klaar = Vec::new();
    while let Some(r) = taken.join_next().await {
        let Ok((g, m)) = r else {
            eprintln!("passend-belasting: een gebruiker stopte onverwacht");
            return ExitCode::from(2);
        };
        totaal.voeg_toe(m);
        klaar.push(g);
    }
    let seconden = start.elapsed().as_secs_f64();
    let geschreven: u64 = klaar.iter().map(|g| g.aanmeldingen).sum();
    let verlengd: u64 = klaar.iter().map(|g| g.verlengingen).sum();

    // After the run, for context: the school's whole list of registrations, once.
    let mut lijst = serde_json::Value::Null;
    if let Some(school) = klaar.iter().find(|g| g.naam == "ib") {
        match v
            .stuur(
                Method::GET,
                "/api/v1/aanmeldingen",
                Als::Sleutel(&school.sleutel),
                None,
            )
            .await
        {
            Ok(a) if a.gelukt() => {
                let json: serde_json::Value = serde_json::from_str(&a.body).unwrap_or_default();
                let aantal = json["aanmeldingen"].as_array().map_or(0, Vec::len);
                let ms = (a.duur.as_secs_f64() * 10_000.0).round() / 10.0;
                lijst = serde_json::json!({"aanmeldingen": aantal, "ms": ms});
            }
            Ok(a) => totaal.fout(Soort::Lezen, &a.pad, a.status.to_string(), &a.body, a.duur),
            Err(e) => totaal.fout(
                Soort::Lezen,
                "/api/v1/aanmeldingen",
                "verbinding".into(),
                &e,
                Duration::ZERO,
            ),
        }
    }

    print!("{}", totaal.tekst(seconden));
    println!("geschreven: {geschreven} aanmeldingen, {verlengd} verlengingen");
    if let (Some(a), Some(ms)) = (lijst["aanmeldingen"].as_u64(), lijst["ms"].as_f64()) {
        println!("daarna de hele lijst van de school: {a} aanmeldingen in {ms:.0} ms");
    }
    for voorbeeld in totaal.voorbeelden() {
        eprintln!("fout: {voorbeeld}");
    }
    let mut json = totaal.json(seconden);
    json["url"] = args.url.clone().into();
    json["gebruikers"] = n.into();
    json["seed"] = seed.into();
    json["aanmeldingen"] = geschreven.into();
    json["verlengingen"] = verlengd.into();
    json["lijstNaAfloop"] = lijst;
    if let Some(pad) = &args.json {
        let tekst = serde_json::to_string_pretty(&json).unwrap_or_default();
        if let Err(e) = std::fs::write(pad, tekst + "\n") {
            eprintln!("passend-belasting: {}: {e}", pad.display());
            return ExitCode::from(2);
        }
    }
    if totaal.fouten() > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
