//! OPPs at the demo school: A set two schooljaren ago without evaluation since (overdue);
//! B in two versions, the first without the parents' consent.

use crate::{ROUTE, dagen};
use jiff::civil::Date;
use passend_domain::ondersteuning::{Domein, Niveau};
use passend_domain::opp::Uitstroom;
use passend_store::{Doel, LeerlingId, NieuweOppVersie, Store, StoreError, Verzoeker};

fn opp(
    uitstroom: Uitstroom,
    overleg: Date,
    instemming: Option<Date>,
    doel: &str,
) -> NieuweOppVersie {
    NieuweOppVersie {
        uitstroom,
        belemmerend: "Werkgeheugen en concentratie; faalangst bij toetsen".into(),
        bevorderend: "Gemotiveerd, sterk in samenwerken, betrokken ouders".into(),
        behoeften: vec![
            (Domein::LerenEnOntwikkelen, Niveau::new(3).expect("1–7")),
            (Domein::SociaalEmotioneel, Niveau::new(2).expect("1–7")),
        ],
        doelen: vec![Doel {
            doel: doel.into(),
            ondersteuning: "Verlengde instructie in een kleine groep".into(),
            wie: "Remedial teacher".into(),
            frequentie: "3 keer per week 30 minuten".into(),
        }],
        overleg_ouders: Some(overleg),
        overleg_verslag: "Ouders en school zijn het eens over het perspectief.".into(),
        instemming_ouders: instemming,
        stem_kind: "Wil graag meer rust in de klas; vindt rekenen moeilijk.".into(),
    }
}

/// Returns how many OPP versions were adopted.
pub(super) async fn insert(
    store: &Store,
    ib: &Verzoeker,
    [a, b]: [LeerlingId; 2],
    today: Date,
) -> Result<usize, StoreError> {
    // (pupil, outflow, days ago, parents consented, goal).
    let versies = [
        (
            a,
            Uitstroom::VmboKader,
            500,
            true,
            "Tafels tot 10 beheersen",
        ),
        (
            b,
            Uitstroom::VmboBasis,
            100,
            false,
            "Begrijpend lezen op niveau M6",
        ),
        (
            b,
            Uitstroom::VmboKader,
            20,
            true,
            "Begrijpend lezen op niveau E6",
        ),
    ];
    for (leerling, uitstroom, geleden, instemming, doel) in versies {
        let datum = dagen(today, geleden);
        let versie = opp(uitstroom, datum, instemming.then_some(datum), doel);
        store
            .opps()
            .stel_opp_vast(ib, leerling, &versie, datum, ROUTE)
            .await?;
    }
    Ok(versies.len())
}
