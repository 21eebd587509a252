//! Writing the planned pupils and enrolments, in blocks.

use super::*;

/// Writes the plan: new pupils, changed ones, enrolments and the keys.
pub(in super::super) async fn schrijf(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    rijen: &[Rij<'_>],
    plan: &mut Plan,
    voortgang: &mut Voortgang<'_>,
) -> Result<(), StoreError> {
    let nieuw = std::mem::take(&mut plan.nieuw);
    for blok in nieuw.chunks(BLOK) {
        let rows = blok
            .iter()
            .map(|&at| {
                let r = &rijen[at];
                let naam = r.naam.as_ref().expect("checked in plan");
                let pc = r.postcode.as_ref().expect("checked in plan");
                let (bsn, onr) = match r.nummer.as_ref().expect("checked in plan") {
                    n @ Nummer::Bsn(_) => (Some(n.cijfers()), None),
                    n @ Nummer::Onderwijsnummer(_) => (None, Some(n.cijfers())),
                };
                vec![
                    naam.voornaam.clone().into(),
                    naam.tussenvoegsel.clone().into(),
                    naam.achternaam.clone().into(),
                    r.l.geboortedatum
                        .expect("checked in plan")
                        .to_string()
                        .into(),
                    pc.to_string().into(),
                    i64::from(pc.pc4().value()).into(),
                    bsn.into(),
                    onr.into(),
                ]
            })
            .collect();
        let terug = insert_returning(
            tx,
            "leerling",
            &[
                "voornaam",
                "tussenvoegsel",
                "achternaam",
                "geboortedatum",
                "postcode",
                "pc4",
                "bsn",
                "onderwijsnummer",
            ],
            "id, bsn, onderwijsnummer",
            rows,
        )
        .await?;
        // Matched back by number, which every new pupil has and is unique.
        let mut op_nummer = HashMap::with_capacity(terug.len());
        for r in terug {
            let nummer: Option<String> = r.try_get(1)?;
            let nummer = match nummer {
                Some(b) => b,
                None => r.try_get::<Option<String>, _>(2)?.unwrap_or_default(),
            };
            op_nummer.insert(nummer, r.try_get::<i64, _>(0)?);
        }
        for &at in blok {
            let n = rijen[at]
                .nummer
                .as_ref()
                .map(Nummer::cijfers)
                .unwrap_or_default();
            plan.ids[at] = op_nummer.get(&n).copied();
        }
        voortgang.stap(blok.len());
    }
    plan.nieuw = nieuw;
    let bijwerken = std::mem::take(&mut plan.bijwerken);
    let aantal = bijwerken.len();
    update_rows(
        tx,
        "leerling",
        &[
            "id",
            "voornaam",
            "tussenvoegsel",
            "achternaam",
            "geboortedatum",
            "postcode",
            "pc4",
            "bsn",
            "onderwijsnummer",
        ],
        bijwerken,
    )
    .await?;
    voortgang.stap(aantal);
    let id = |at: usize| -> Result<i64, StoreError> {
        plan.ids[at]
            .ok_or_else(|| StoreError::Ongeldig("nieuwe leerling niet teruggevonden".into()))
    };
    let mut rows = Vec::with_capacity(plan.inschrijven.len());
    for &at in &plan.inschrijven {
        rows.push(vec![
            Value::from(id(at)?),
            vestiging.as_str().into(),
            rijen[at].start.to_string().into(),
            Value::Text(None),
        ]);
    }
    insert_rows(
        tx,
        "inschrijving",
        &["leerling_id", "vestiging_code", "van", "tot"],
        rows,
    )
    .await?;
    // The keys: a row whose key, pupil or ECK iD moved is replaced.
    let is_nieuw = plan.is_nieuw();
    let op_id: HashMap<i64, &str> = plan
        .sleutels
        .iter()
        .map(|(k, (id, _))| (*id, k.as_str()))
        .collect();
    let (mut weg, mut erbij) = (BTreeSet::new(), Vec::new());
    // Roster-only pupils keep their key in their own table.
    let alleen_rooster: BTreeSet<usize> = plan.rooster.iter().map(|(at, _)| *at).collect();
    for (at, r) in rijen.iter().enumerate() {
        if alleen_rooster.contains(&at) {
            continue;
        }
        let id = id(at)?;
        let gewenst = (id, r.l.eckid.clone());
        if plan.sleutels.get(&r.l.key) == Some(&gewenst) {
            continue;
        }
        if plan.sleutels.contains_key(&r.l.key) {
            weg.insert(r.l.key.clone());
        }
        if let Some(oud) = op_id.get(&id) {
            weg.insert((*oud).to_string());
        }
        if !is_nieuw[at] {
            plan.gewijzigd[at] = true;
            plan.velden.insert("leerling_sleutel");
        }
        erbij.push(vec![
            vestiging.as_str().into(),
            r.l.key.clone().into(),
            Value::from(id),
            r.l.eckid.clone().into(),
        ]);
    }
    execute_in(
        tx,
        "DELETE FROM leerling_sleutel WHERE vestiging_code = $1 AND sleutel IN",
        &[vestiging.as_str().into()],
        weg.into_iter().map(Value::from).collect(),
    )
    .await?;
    insert_rows(
        tx,
        "leerling_sleutel",
        &["vestiging_code", "sleutel", "leerling_id", "eckid"],
        erbij,
    )
    .await?;
    voortgang.stap(rijen.len() - plan.nieuw.len() - aantal);
    Ok(())
}
