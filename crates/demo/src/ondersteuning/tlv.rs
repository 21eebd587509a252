//! TLVs from the demo school: E to so, decided and numbered, with a bezwaar; F to sbo,
//! waiting for the demo deskundige's advice.

use crate::regio::Regio;
use crate::{ROUTE, dagen};
use jiff::civil::Date;
use passend_domain::tlv::{Categorie, TlvSoort};
use passend_domain::{Rol, Schooljaar, Schoolsoort, VestigingCode};
use passend_store::{
    LeerlingId, NieuwAdvies, Store, StoreError, TlvAanvraag, TlvBesluit, Verzoeker,
};

/// Returns how many TLVs were requested.
pub(super) async fn insert(
    store: &Store,
    regio: &Regio,
    (ib, swv): (&Verzoeker, &Verzoeker),
    (e, f): (LeerlingId, LeerlingId),
    today: Date,
) -> Result<usize, StoreError> {
    let school = VestigingCode::parse("90AA00")?;
    let [jansen, de_wit, smit, ..] = regio.deskundigen[..] else {
        unreachable!("the demo registers six deskundigen");
    };
    let aanvraag = TlvAanvraag {
        soort: TlvSoort::So,
        aanvragende_vestiging: school.clone(),
        ontvangende_vestiging: None,
        toelichting:
            "Ondersteuningsbehoefte overstijgt wat de basisschool en het arrangement bieden.".into(),
    };
    let e1 = store
        .tlvs()
        .vraag_tlv_aan(ib, e, &aanvraag, dagen(today, 70), ROUTE)
        .await?;
    store
        .tlvs()
        .wijs_deskundigen_toe(swv, e1, de_wit, smit, dagen(today, 65), ROUTE)
        .await?;
    // Each deskundige writes their own advice.
    for (volgorde, deskundige, geleden) in [(1, de_wit, 50), (2, smit, 45)] {
        let wie = store
            .systeem_verzoeker(Rol::Deskundige, &deskundige.to_string())
            .await?;
        let datum = dagen(today, geleden);
        let advies = NieuwAdvies {
            volgorde,
            datum,
            advies: "Toelaatbaar tot het speciaal onderwijs; de ondersteuningsbehoefte op leren en ontwikkelen is hoog.".into(),
        };
        store
            .tlvs()
            .geef_advies(&wie, e1, &advies, datum, ROUTE)
            .await?;
    }
    let besluit = TlvBesluit::Toegekend {
        categorie: Some(Categorie::Midden),
        ingang: Schooljaar::of(today).start(),
        einde: None,
    };
    store
        .tlvs()
        .beslis_tlv(swv, e1, &besluit, dagen(today, 40), ROUTE)
        .await?;
    let bezwaar = "Ouders vinden categorie midden te laag.";
    store
        .tlvs()
        .registreer_bezwaar(swv, e1, dagen(today, 20), bezwaar, dagen(today, 20), ROUTE)
        .await?;
    let sbo = regio
        .vestigingen
        .iter()
        .filter(|v| v.soort == Schoolsoort::Sbo && v.swv.as_str() == "PO2605")
        .map(|v| v.code.as_str())
        .min()
        .expect("an sbo in PO2605");
    let aanvraag = TlvAanvraag {
        soort: TlvSoort::Sbo,
        aanvragende_vestiging: school,
        ontvangende_vestiging: Some(VestigingCode::parse(sbo)?),
        toelichting: "Ouders en school zien het sbo als passende plek.".into(),
    };
    let f1 = store
        .tlvs()
        .vraag_tlv_aan(ib, f, &aanvraag, dagen(today, 14), ROUTE)
        .await?;
    store
        .tlvs()
        .wijs_deskundigen_toe(swv, f1, jansen, smit, dagen(today, 10), ROUTE)
        .await?;
    Ok(2)
}
