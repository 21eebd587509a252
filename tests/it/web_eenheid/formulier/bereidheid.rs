//! A question of readiness and its answer.

use jiff::civil::date;
use passend_web::formulier::bereidheid::{AntwoordVelden, VraagVelden};

#[test]
fn an_answer_is_yes_or_no_with_a_date() {
    let lees = |bereid, datum| AntwoordVelden { bereid, datum }.lees();
    assert_eq!(
        lees("ja", Some("2026-12-07")),
        Ok((true, date(2026, 12, 7)))
    );
    assert_eq!(lees("", Some("2026-12-07")).unwrap_err().veld, "bereid");
    assert_eq!(lees("nee", None).unwrap_err().veld, "datum");
    let vraag = |v, o, a| {
        VraagVelden {
            vestiging: v,
            ondersteuningsbehoefte: o,
            ouders_akkoord: a,
        }
        .lees()
    };
    assert_eq!(vraag("", "x", true).unwrap_err().veld, "vestiging");
    assert_eq!(
        vraag("90AB00", " ", true).unwrap_err().veld,
        "ondersteuningsbehoefte"
    );
    assert_eq!(
        vraag("90AB00", "x", false).unwrap_err().veld,
        "ouders_akkoord"
    );
    assert_eq!(vraag("90AB00", "x", true), Ok(()));
}
