//! Driving the browser: the WebDriver session and reading tables.

use super::*;

/// A table on a page: its column headings and the cells of its body rows.
#[derive(Debug)]
pub(super) struct Table {
    pub(super) head: Vec<String>,
    pub(super) rows: Vec<Vec<String>>,
}

impl Table {
    /// The cells of the column whose heading starts with `heading`.
    pub(super) fn column(&self, heading: &str) -> Vec<&str> {
        let Some(i) = self.head.iter().position(|h| h.starts_with(heading)) else {
            return Vec::new();
        };
        self.rows
            .iter()
            .filter_map(|r| r.get(i).map(String::as_str))
            .collect()
    }

    /// In "Wie heeft dit dossier bekeken?": the reads by this role (as `omschrijving` names it).
    pub(super) fn reads_by(&self, rol: &str) -> usize {
        let wie = self.column("Wie");
        let wat = self.column("Wat");
        wie.iter()
            .zip(&wat)
            .filter(|(w, a)| **w == rol && a.contains("bekeken"))
            .count()
    }
}

/// One browser session on the site, with the steps a person takes.
pub(super) struct Browser {
    pub(super) c: Client,
    pub(super) base: String,
}

impl Browser {
    /// fantoccini's wait, polling a little faster than its default 250 ms.
    pub(super) fn wait(&self) -> fantoccini::wait::Wait<'_> {
        self.c
            .wait()
            .at_most(Duration::from_secs(30))
            .every(Duration::from_millis(50))
    }

    /// Types an address into the address bar.
    pub(super) async fn open(&self, path: &str) -> Result<(), CmdError> {
        self.c.goto(&format!("{}{path}", self.base)).await
    }

    /// The path of the page shown now.
    pub(super) async fn path(&self) -> Result<String, CmdError> {
        Ok(self.c.current_url().await?.path().to_string())
    }

    /// Waits until the browser shows `path` (absolute, on this site).
    pub(super) async fn wait_for_path(&self, path: &str) -> Result<(), CmdError> {
        let target = self
            .c
            .current_url()
            .await?
            .join(path)
            .expect("a path on this site");
        self.wait().for_url(&target).await
    }

    pub(super) async fn wait_for(&self, css: &str) -> Result<Element, CmdError> {
        self.wait().for_element(Locator::Css(css)).await
    }

    pub(super) async fn text(&self, css: &str) -> Result<String, CmdError> {
        self.wait_for(css).await?.text().await
    }

    /// Clicks the link with this exact text and waits until its target is shown.
    pub(super) async fn click_link(&self, text: &str) -> Result<(), CmdError> {
        let link = self.wait().for_element(Locator::LinkText(text)).await?;
        let href = link.attr("href").await?.expect("link has href");
        link.click().await?;
        self.wait_for_path(&href).await
    }

    /// Signs in through the header link and the form at /aanmelden; the start page follows.
    pub(super) async fn sign_in(&self, user: &str) -> Result<(), CmdError> {
        self.open("/").await?;
        self.c
            .find(Locator::Css(".wie"))
            .await?
            .find(Locator::LinkText("Aanmelden"))
            .await?
            .click()
            .await?;
        self.wait_for_path("/aanmelden").await?;
        self.wait_for("#gebruikersnaam")
            .await?
            .send_keys(user)
            .await?;
        self.c
            .find(Locator::Css("#wachtwoord"))
            .await?
            .send_keys(&format!("demo-{user}-2026"))
            .await?;
        self.c
            .find(Locator::Css("main form button[type=submit]"))
            .await?
            .click()
            .await?;
        self.wait_for_path("/").await?;
        self.wait_for(".wie form button").await?;
        Ok(())
    }

    /// Signs out with the header's "Afmelden" button.
    pub(super) async fn sign_out(&self) -> Result<(), CmdError> {
        let button = self.wait_for(".wie form button[type=submit]").await?;
        assert_eq!(button.text().await?, "Afmelden");
        button.click().await?;
        self.wait_for_path("/").await?;
        self.wait_for(".wie a[href='/aanmelden']").await?;
        Ok(())
    }

    /// The table that follows the h2 with this text (empty when there is none).
    pub(super) async fn table_after(&self, heading: &str) -> Result<Table, CmdError> {
        let table = format!("//h2[normalize-space()='{heading}']/following-sibling::table[1]");
        let mut head = Vec::new();
        for th in self
            .c
            .find_all(Locator::XPath(&format!("{table}/thead/tr/th")))
            .await?
        {
            head.push(th.text().await?);
        }
        let mut rows = Vec::new();
        for tr in self
            .c
            .find_all(Locator::XPath(&format!("{table}/tbody/tr")))
            .await?
        {
            let mut cells = Vec::new();
            for td in tr.find_all(Locator::Css("td")).await? {
                cells.push(td.text().await?);
            }
            rows.push(cells);
        }
        Ok(Table { head, rows })
    }

    pub(super) async fn headings(&self) -> Result<Vec<String>, CmdError> {
        let mut out = Vec::new();
        for h in self.c.find_all(Locator::Css("main h2")).await? {
            out.push(h.text().await?);
        }
        Ok(out)
    }

    /// The links to a pupil's dossier (`/leerlingen/{id}`), not to its other pages.
    pub(super) async fn pupil_links(&self) -> Result<Vec<Element>, CmdError> {
        let mut dossiers = Vec::new();
        for a in self
            .c
            .find_all(Locator::Css("main a[href^='/leerlingen/']"))
            .await?
        {
            let href = a.attr("href").await?.unwrap_or_default();
            let id = href.trim_start_matches("/leerlingen/");
            if !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) {
                dossiers.push(a);
            }
        }
        Ok(dossiers)
    }
}
