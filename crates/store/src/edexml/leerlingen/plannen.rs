//! Planning the import: finding and loading the pupils the rows are about.

use super::*;

/// Finds the known pupils and checks every row; problems go to `problemen`.
pub(in super::super) async fn plan(
    tx: &mut Transaction<'static, Any>,
    vestiging: &VestigingCode,
    rijen: &[Rij<'_>],
    today: Date,
    problemen: &mut Vec<String>,
    voortgang: &mut Voortgang<'_>,
) -> Result<Plan, StoreError> {
    let mut sleutels = HashMap::new();
    let mut op_eckid = HashMap::new();
    for r in sqlx::query(
        "SELECT sleutel, leerling_id, eckid FROM leerling_sleutel WHERE vestiging_code = $1",
    )
    .bind(vestiging.as_str())
    .fetch_all(&mut **tx)
    .await?
    {
        let (sleutel, id, eckid): (String, i64, Option<String>) =
            (r.try_get(0)?, r.try_get(1)?, r.try_get(2)?);
        if let Some(e) = &eckid {
            op_eckid.insert(e.clone(), id);
        }
        sleutels.insert(sleutel, (id, eckid));
    }
    let mut plan = Plan {
        ids: Vec::with_capacity(rijen.len()),
        gewijzigd: vec![false; rijen.len()],
        velden: BTreeSet::new(),
        nieuw: Vec::new(),
        bijwerken: Vec::new(),
        inschrijven: Vec::new(),
        sleutels,
        rooster: Vec::new(),
        waarschuwingen: Vec::new(),
    };
    let mut wie_is_wie: HashMap<i64, &str> = HashMap::new();
    for (b, blok) in rijen.chunks(BLOK).enumerate() {
        let ids = zoek(tx, blok, &plan.sleutels, &op_eckid).await?;
        let bestaand = laad(tx, ids.iter().flatten().copied().collect()).await?;
        for (i, (rij, id)) in blok.iter().zip(ids).enumerate() {
            let at = b * BLOK + i;
            if let Some(id) = id
                && let Some(eerder) = wie_is_wie.insert(id, &rij.label)
            {
                problemen.push(format!(
                    "{eerder} en {} zijn volgens hun nummer, sleutel of ECK iD dezelfde leerling",
                    rij.label
                ));
            }
            let historie = match id.and_then(|id| bestaand.get(&id).map(|b| (id, b))) {
                Some((id, b)) => {
                    vergelijk(&mut plan, at, rij, id, b, today, problemen);
                    niet_overgenomen(rij, &mut plan.waarschuwingen);
                    b.inschrijvingen.clone()
                }
                None => {
                    let mist = ontbreekt(rij);
                    if !mist.is_empty() {
                        plan.waarschuwingen.push(format!(
                            "{} staat alleen in het rooster: passend mist nog {}",
                            rij.label,
                            mist.join(", ")
                        ));
                        plan.rooster.push((at, mist));
                        plan.ids.push(None);
                        continue;
                    }
                    nieuw_mag(rij, today, problemen);
                    plan.nieuw.push(at);
                    Vec::new()
                }
            };
            if moet_inschrijven(vestiging, rij, historie, today, problemen)? {
                plan.inschrijven.push(at);
            }
            plan.ids.push(id);
        }
        voortgang.stap(blok.len());
    }
    Ok(plan)
}

/// The ids of a block's known pupils: by number, else by the stored key, else by ECK iD.
async fn zoek(
    tx: &mut Transaction<'static, Any>,
    blok: &[Rij<'_>],
    sleutels: &HashMap<String, (i64, Option<String>)>,
    op_eckid: &HashMap<String, i64>,
) -> Result<Vec<Option<i64>>, StoreError> {
    let mut op_nummer: HashMap<String, i64> = HashMap::new();
    for (kolom, bsn) in [("bsn", true), ("onderwijsnummer", false)] {
        let waarden: Vec<Value> = blok
            .iter()
            .filter_map(|r| match &r.nummer {
                Some(n @ Nummer::Bsn(_)) if bsn => Some(n.cijfers().into()),
                Some(n @ Nummer::Onderwijsnummer(_)) if !bsn => Some(n.cijfers().into()),
                _ => None,
            })
            .collect();
        if waarden.is_empty() {
            continue;
        }
        let head = format!("SELECT id, {kolom} FROM leerling WHERE {kolom} IN");
        for r in select_in(tx, &head, &[], waarden).await? {
            op_nummer.insert(r.try_get(1)?, r.try_get(0)?);
        }
    }
    Ok(blok
        .iter()
        .map(|r| {
            r.nummer
                .as_ref()
                .and_then(|n| op_nummer.get(&n.cijfers()).copied())
                .or_else(|| sleutels.get(&r.l.key).map(|(id, _)| *id))
                .or_else(|| r.l.eckid.as_ref().and_then(|e| op_eckid.get(e).copied()))
        })
        .collect())
}

async fn laad(
    tx: &mut Transaction<'static, Any>,
    ids: Vec<i64>,
) -> Result<HashMap<i64, Bestaand>, StoreError> {
    let mut uit = HashMap::with_capacity(ids.len());
    if ids.is_empty() {
        return Ok(uit);
    }
    let waarden: Vec<Value> = ids.into_iter().map(Value::from).collect();
    for r in select_in(
        tx,
        "SELECT id, voornaam, tussenvoegsel, achternaam, geboortedatum, postcode, pc4, bsn, onderwijsnummer \
         FROM leerling WHERE id IN",
        &[],
        waarden.clone(),
    )
    .await?
    {
        uit.insert(
            r.try_get::<i64, _>(0)?,
            Bestaand {
                voornaam: r.try_get(1)?,
                tussenvoegsel: r.try_get(2)?,
                achternaam: r.try_get(3)?,
                geboortedatum: r.try_get(4)?,
                postcode: r.try_get(5)?,
                pc4: r.try_get(6)?,
                bsn: r.try_get(7)?,
                onderwijsnummer: r.try_get(8)?,
                inschrijvingen: Vec::new(),
            },
        );
    }
    for r in select_in(
        tx,
        "SELECT leerling_id, vestiging_code, van, tot FROM inschrijving WHERE leerling_id IN",
        &[],
        waarden,
    )
    .await?
    {
        let tot: Option<String> = r.try_get(3)?;
        let periode = Inschrijving {
            vestiging: VestigingCode::parse(&r.try_get::<String, _>(1)?)?,
            van: date(&r.try_get::<String, _>(2)?)?,
            tot: tot.as_deref().map(date).transpose()?,
        };
        if let Some(b) = uit.get_mut(&r.try_get::<i64, _>(0)?) {
            b.inschrijvingen.push(periode);
        }
    }
    Ok(uit)
}
