//! Going live, end to end in a real browser (issue 19, "Must show"): from an empty database
//! through `passend init`, the real `passend serve` process on a real port, the beheerder's
//! first sign-in and own password, the organisations file uploaded on *Inrichting*, a
//! second factor required for schools, a school user invited on *Gebruikers* (the mail
//! arrives at a real SMTP server), who sets a password and a second factor and signs in with
//! a code, registers a child and invites its parent by mail; the parent signs in and sees
//! that child and nothing else.

use super::*;
use std::process::Child;

/// `passend serve` as its own process on a free port, on a database made by `passend init`;
/// killed when dropped.
struct Server {
    proces: Child,
    base: String,
    db: String,
    _dir: tempfile::TempDir,
    wachtwoord: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.proces.kill();
        let _ = self.proces.wait();
    }
}

fn passend() -> Command {
    Command::new(env!("CARGO_BIN_EXE_passend"))
}

fn start(extra: impl FnOnce(&str) -> Vec<String>) -> Server {
    let dir = crate::support::tempdir();
    let db = dir.path().join("live.db");
    let db = db.to_str().unwrap().to_string();
    let init = passend()
        .args(["init", "--database", &db])
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let uit = String::from_utf8(init.stdout).unwrap();
    let wachtwoord = uit
        .lines()
        .find_map(|r| r.strip_prefix("eenmalig wachtwoord: "))
        .expect("one-time password")
        .to_string();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .unwrap()
        .port();
    let bind = format!("127.0.0.1:{port}");
    let proces = passend()
        .args(["serve", "--database", &db, "--bind", &bind])
        .args(extra(&format!("http://{bind}")))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let addr: SocketAddr = bind.parse().unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(
            Instant::now() < deadline,
            "passend serve did not listen on {bind}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    Server {
        proces,
        base: format!("http://{bind}"),
        db,
        _dir: dir,
        wachtwoord,
    }
}

const ORGANISATIES: &str = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n\
41000,Stichting Lek,90AA,00,De Boog,bao,Dorpsstraat,12a,3431 AB,Nieuwegein,0356,\n";

impl Browser {
    async fn fill(&self, css: &str, text: &str) -> Result<(), CmdError> {
        let e = self.wait_for(css).await?;
        e.clear().await?;
        e.send_keys(text).await
    }

    async fn submit(&self, form: &str) -> Result<(), CmdError> {
        self.c
            .find(Locator::Css(&format!("{form} button[type=submit]")))
            .await?
            .click()
            .await
    }

    /// Signs in with a name and password on /aanmelden.
    async fn sign_in_as(&self, naam: &str, wachtwoord: &str) -> Result<(), CmdError> {
        self.open("/aanmelden").await?;
        self.fill("#gebruikersnaam", naam).await?;
        self.fill("#wachtwoord", wachtwoord).await?;
        self.submit("main form").await
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_region_goes_live_from_an_empty_database() {
    if !Path::new(CHROMIUM).exists() || !Path::new(CHROMEDRIVER).exists() {
        let _ = writeln!(
            std::io::stderr(),
            "SKIPPED live gaan: chromium/chromedriver not installed"
        );
        return;
    }
    let Some(smtp) = crate::smtp::SmtpServer::start("a_region_goes_live_from_an_empty_database")
    else {
        return;
    };
    let poort = smtp.poort.to_string();
    let server = start(|adres| {
        [
            "--adres",
            adres,
            "--smtp-host",
            "127.0.0.1",
            "--smtp-poort",
            &poort,
        ]
        .into_iter()
        .chain(["--smtp-starttls", "false"])
        .map(String::from)
        .collect()
    });
    let site = Site {
        // The test reads nothing below the pages; the server process owns the database.
        store: passend_store::Store::connect(&server.db).await.unwrap(),
        base: server.base.clone(),
        driver: chromedriver().expect("chromedriver"),
        sessions: Arc::default(),
        profiles: Arc::default(),
    };
    let wachtwoord = server.wachtwoord.clone();
    let dir = crate::support::tempdir();
    let bestand = dir.path().join("organisaties.csv");
    std::fs::write(&bestand, ORGANISATIES).unwrap();
    let bestand = bestand.to_str().unwrap().to_string();
    let body = async move {
        let b = site.browser().await;
        let r = stappen(&b, &wachtwoord, &bestand, &smtp).await;
        if r.is_err() {
            let pad = b.path().await.unwrap_or_default();
            let tekst = b.c.source().await.unwrap_or_default();
            let _ = writeln!(std::io::stderr(), "stopped on {pad}:\n{tekst}");
        }
        let sessions = std::mem::take(&mut *site.sessions.lock().unwrap());
        for client in sessions {
            let _ = client.close().await;
        }
        r
    };
    body.await.expect("browser command");
    drop(server);
}

async fn stappen(
    b: &Browser,
    wachtwoord: &str,
    bestand: &str,
    smtp: &crate::smtp::SmtpServer,
) -> Result<(), CmdError> {
    {
        // An empty region says how to begin.
        b.open("/").await?;
        assert!(b.text("main").await?.contains("passend init"));
        // The beheerder's one-time password leads to Wachtwoord wijzigen first.
        b.sign_in_as("beheerder", wachtwoord).await?;
        b.wait_for_path("/account/wachtwoord").await?;
        let eigen = "een eigen lang wachtwoord";
        b.fill("#huidig", wachtwoord).await?;
        b.fill("#nieuw", eigen).await?;
        b.fill("#herhaling", eigen).await?;
        b.submit("main form").await?;
        b.wait_for(".melding.nieuw").await?;
        // The organisations file on Inrichting.
        b.open("/beheer/inrichting").await?;
        b.wait_for("#organisaties-bestand")
            .await?
            .send_keys(bestand)
            .await?;
        b.submit("form[action='/beheer/inrichting/organisaties']")
            .await?;
        let uitkomst = b.text(".melding.nieuw").await?;
        assert!(uitkomst.contains("1 nieuw"), "{uitkomst}");
        // Schools sign in with a second factor.
        b.open("/beheer/tweede-factor").await?;
        b.wait_for("#rol-school").await?.click().await?;
        b.submit("main form").await?;
        b.wait_for("main p.melding").await?;
        // A school user, invited by mail from Gebruikers.
        b.open("/beheer/gebruikers").await?;
        b.fill("#gebruikersnaam", "ib-boog").await?;
        b.fill("#naam", "Iris de Boog").await?;
        b.fill("#email", "iris@boog.example").await?;
        b.wait_for("#rol").await?.select_by_value("school").await?;
        b.fill("#werkgebied", "90AA00").await?;
        b.submit("form[action='/beheer/gebruikers']").await?;
        b.wait_for(".melding.nieuw").await?;
        b.sign_out().await?;
    }
    let mails = smtp.wacht_op(1).await;
    assert!(mails[0].contains("To: iris@boog.example"));
    let link = crate::smtp::link(&mails[0], &format!("{}/uitnodiging/", b.base));
    let link = link.trim_start_matches(&b.base);
    kies_wachtwoord(b, link, "wachtwoord van de school").await?;
    // The first sign-in leads to the second factor; then two steps.
    b.sign_in_as("ib-boog", "wachtwoord van de school").await?;
    b.wait_for_path("/account/tweede-factor").await?;
    let geheim = b.text("#geheim").await?;
    b.fill("#code", &crate::support::totp_code(&geheim, 0))
        .await?;
    b.submit("main form").await?;
    b.wait_for("#herstelcodes").await?;
    b.sign_out().await?;
    b.sign_in_as("ib-boog", "wachtwoord van de school").await?;
    b.wait_for_path("/aanmelden/code").await?;
    b.fill("#code", &crate::support::totp_code(&geheim, 30))
        .await?;
    b.submit("main form").await?;
    b.wait_for(".wie form button").await?;
    // The school registers a child and invites its parent from the registration.
    b.open("/aanmeldingen").await?;
    for (veld, waarde) in [
        ("#voornaam", "Noor"),
        ("#achternaam", "Visser"),
        ("#geboortedatum", "14-03-2019"),
        ("#postcode", "3431AB"),
        ("#persoonsnummer", "111222333"),
        ("#ontvangen", &vandaag_op_formulier()),
    ] {
        b.fill(veld, waarde).await?;
    }
    b.submit("form[action='/aanmeldingen']").await?;
    b.wait_for("h1").await?;
    assert_eq!(b.text("h1").await?, "Aanmelding: Noor Visser");
    b.click_link("Ouders uitnodigen voor passend").await?;
    b.fill("#voornaam", "Jan").await?;
    b.fill("#achternaam", "Visser").await?;
    b.fill("#email", "jan@visser.example").await?;
    b.wait_for("#gezag").await?.click().await?;
    b.submit("form[action$='/ouders']").await?;
    b.wait_for("#uitgenodigd").await?;
    b.sign_out().await?;
    let mails = smtp.wacht_op(2).await;
    let mail = mails
        .iter()
        .find(|m| m.contains("To: jan@visser.example"))
        .unwrap();
    // Nothing of the child in the mail: no name, no number.
    let tekst = crate::smtp::tekst(mail);
    assert!(
        !tekst.contains("Noor") && !tekst.contains("111222333"),
        "{tekst}"
    );
    let link = crate::smtp::link(mail, &format!("{}/uitnodiging/", b.base));
    let link = link.trim_start_matches(&b.base);
    // The parent chooses a password and sees this child.
    kies_wachtwoord(b, link, "wachtwoord van jan").await?;
    b.sign_in_as("jan@visser.example", "wachtwoord van jan")
        .await?;
    b.wait_for(".wie form button").await?;
    b.open("/mijn-kinderen").await?;
    let kinderen = b.pupil_links().await?;
    assert_eq!(kinderen.len(), 1);
    assert_eq!(kinderen[0].text().await?, "Noor Visser");
    Ok(())
}

/// Today as a date field takes it typed in by a Dutch browser (dd-mm-jjjj).
fn vandaag_op_formulier() -> String {
    let d = passend_web::vandaag();
    format!("{:02}-{:02}-{}", d.day(), d.month(), d.year())
}

/// Opens an invitation link and chooses the password.
async fn kies_wachtwoord(b: &Browser, link: &str, wachtwoord: &str) -> Result<(), CmdError> {
    b.open(link).await?;
    b.fill("#wachtwoord", wachtwoord).await?;
    b.fill("#herhaling", wachtwoord).await?;
    b.submit("main form").await?;
    b.wait_for(".melding").await?;
    Ok(())
}
