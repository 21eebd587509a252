//! Comparing a row with the stored pupil, and the checks on new pupils.

use super::*;

/// A known pupil: what the file changes. A number passend lacks is added; a different
/// number than the one stored is refused (the key then points at another child).
pub(super) fn vergelijk(
    plan: &mut Plan,
    at: usize,
    rij: &Rij<'_>,
    id: i64,
    b: &Bestaand,
    today: Date,
    problemen: &mut Vec<String>,
) {
    let mut velden: Vec<&'static str> = Vec::new();
    let (mut voornaam, mut tussenvoegsel, mut achternaam) = (
        b.voornaam.clone(),
        b.tussenvoegsel.clone(),
        b.achternaam.clone(),
    );
    if let Some(n) = &rij.naam {
        for (veld, oud, nieuw) in [
            ("voornaam", &mut voornaam, &n.voornaam),
            ("achternaam", &mut achternaam, &n.achternaam),
        ] {
            if oud != nieuw {
                velden.push(veld);
                oud.clone_from(nieuw);
            }
        }
        if tussenvoegsel != n.tussenvoegsel {
            velden.push("tussenvoegsel");
            tussenvoegsel.clone_from(&n.tussenvoegsel);
        }
    }
    let mut geboortedatum = b.geboortedatum.clone();
    if let Some(g) = rij.l.geboortedatum {
        if g > today {
            problemen.push(format!(
                "{}: {}",
                rij.label,
                LeerlingError::GeboortedatumToekomst(g)
            ));
        } else if g.to_string() != geboortedatum {
            velden.push("geboortedatum");
            geboortedatum = g.to_string();
        }
    }
    let (mut postcode, mut pc4) = (b.postcode.clone(), b.pc4);
    if let Some(p) = &rij.postcode
        && p.to_string() != postcode
    {
        velden.push("postcode");
        postcode = p.to_string();
        pc4 = i64::from(p.pc4().value());
    }
    let (mut bsn, mut onderwijsnummer) = (b.bsn.clone(), b.onderwijsnummer.clone());
    if let Some(n) = &rij.nummer {
        let (kolom, opgeslagen, soort) = match n {
            Nummer::Bsn(_) => ("bsn", &mut bsn, "BSN"),
            Nummer::Onderwijsnummer(_) => {
                ("onderwijsnummer", &mut onderwijsnummer, "onderwijsnummer")
            }
        };
        match opgeslagen {
            None => {
                velden.push(kolom);
                *opgeslagen = Some(n.cijfers());
            }
            Some(s) if *s != n.cijfers() => problemen.push(format!(
                "{}: het {soort} in het bestand verschilt van dat van de leerling die passend onder deze sleutel kent",
                rij.label
            )),
            Some(_) => {}
        }
    }
    if velden.is_empty() {
        return;
    }
    plan.gewijzigd[at] = true;
    plan.velden.extend(velden.iter().map(|v| match *v {
        "voornaam" => "leerling.voornaam",
        "tussenvoegsel" => "leerling.tussenvoegsel",
        "achternaam" => "leerling.achternaam",
        "geboortedatum" => "leerling.geboortedatum",
        "postcode" => "leerling.postcode",
        "bsn" => "leerling.bsn",
        _ => "leerling.onderwijsnummer",
    }));
    plan.bijwerken.push(vec![
        Value::from(id),
        voornaam.into(),
        tussenvoegsel.into(),
        achternaam.into(),
        geboortedatum.into(),
        postcode.into(),
        pc4.into(),
        bsn.into(),
        onderwijsnummer.into(),
    ]);
}

/// A known pupil keeps what passend has where the file's value failed its check.
pub(super) fn niet_overgenomen(rij: &Rij<'_>, waarschuwingen: &mut Vec<String>) {
    if let Some(fout) = &rij.nummer_fout {
        waarschuwingen.push(format!(
            "{}: {fout}; het nummer is niet overgenomen",
            rij.label
        ));
    }
    if let Some(fout) = &rij.postcode_fout {
        waarschuwingen.push(format!(
            "{}: {fout}; de postcode is niet overgenomen",
            rij.label
        ));
    }
}

/// What a new pupil lacks of what passend needs of every pupil; empty when complete.
pub(super) fn ontbreekt(rij: &Rij<'_>) -> Vec<String> {
    let l = rij.l;
    let mut mist = Vec::new();
    match (&rij.nummer, &rij.nummer_fout) {
        (Some(_), _) => {}
        (None, Some(fout)) => mist.push(format!(
            "een BSN of onderwijsnummer dat de controle doorstaat ({fout})"
        )),
        (None, None) => mist.push("een BSN of onderwijsnummer".to_string()),
    }
    if l.achternaam.as_deref().is_none_or(|a| a.trim().is_empty()) {
        mist.push("een achternaam".to_string());
    } else if rij.naam.is_none() {
        mist.push("een roepnaam of voornaam".to_string());
    }
    if l.geboortedatum.is_none() {
        mist.push("een geboortedatum".to_string());
    }
    match (&rij.postcode, &rij.postcode_fout) {
        (Some(_), _) => {}
        (None, Some(fout)) => mist.push(format!("een bruikbare postcode ({fout})")),
        (None, None) if l.postcode_buitenland.is_some() => {
            mist.push("een Nederlandse postcode (alleen een buitenlandse is gegeven)".to_string())
        }
        (None, None) => mist.push("een postcode".to_string()),
    }
    mist
}

/// A complete new pupil must also pass passend's own checks (a birth date not in the
/// future, …): a broken record, which refuses the file.
pub(super) fn nieuw_mag(rij: &Rij<'_>, today: Date, problemen: &mut Vec<String>) {
    if let (Some(naam), Some(g), Some(pc)) = (&rij.naam, rij.l.geboortedatum, &rij.postcode) {
        let (bsn, onr) = match &rij.nummer {
            Some(Nummer::Bsn(b)) => (Some(b.clone()), None),
            Some(Nummer::Onderwijsnummer(o)) => (None, Some(o.clone())),
            None => (None, None),
        };
        if let Err(e) = passend_domain::Leerling::new(naam.clone(), g, pc.clone(), bsn, onr, today)
        {
            problemen.push(format!("{}: {e}", rij.label));
        }
    }
}

/// Whether an enrolment at the vestiging is to be added: not when one runs today or
/// starts later; refused when the new one would overlap the pupil's history.
pub(super) fn moet_inschrijven(
    vestiging: &VestigingCode,
    rij: &Rij<'_>,
    historie: Vec<Inschrijving>,
    today: Date,
    problemen: &mut Vec<String>,
) -> Result<bool, StoreError> {
    if historie
        .iter()
        .any(|p| &p.vestiging == vestiging && p.tot.is_none_or(|t| t >= today))
    {
        return Ok(false);
    }
    let mut h = Inschrijvingen::new(historie)?;
    match h.add(Inschrijving::new(vestiging.clone(), rij.start, None)?) {
        Ok(()) => Ok(true),
        Err(InschrijvingError::Overlap { bestaand, van, .. }) => {
            // Which other school is not said: that is not this school's business.
            problemen.push(if &bestaand == vestiging {
                format!(
                    "{}: een inschrijving vanaf {van} overlapt met een eerdere inschrijving bij deze vestiging; controleer de instroomdatum",
                    rij.label
                )
            } else {
                format!(
                    "{}: staat vanaf {van} nog ingeschreven bij een andere school; die schrijft de leerling eerst uit (of de instroomdatum klopt niet)",
                    rij.label
                )
            });
            Ok(false)
        }
        Err(e) => Err(e.into()),
    }
}
