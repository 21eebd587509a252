//! The register trend against the SWV's targets.

use passend_domain::Schooljaar;
use passend_store::monitor::{Bereik, Monitor};
use passend_web::intern::register_trend;

#[test]
fn the_trend_meets_the_target_where_both_are_known() {
    let sj = Schooljaar::starting_in;
    let m = Monitor {
        schooljaar: sj(2026),
        bereik: Bereik::EigenSwv("PO2605".into()),
        drempel: 10,
        swv: None,
        indicatoren: Vec::new(),
        trend_speciaal: Vec::new(),
        trend_thuiszitters: vec![(sj(2024), Some(7)), (sj(2025), None), (sj(2026), Some(3))],
        traject_thuiszitters: vec![
            (sj(2024), "hoogstens".into(), 5),
            (sj(2026), "hoogstens".into(), 5),
            (sj(2027), "hoogstens".into(), 2),
        ],
        geld: Vec::new(),
    };
    let (gemeten, doel, max, rijen) = register_trend(&m, 10);
    assert_eq!(gemeten.punten.len(), 2, "the hidden year has no point");
    assert_eq!(doel.punten.len(), 3);
    assert_eq!(max, "10");
    let zie: Vec<_> = rijen
        .iter()
        .map(|r| {
            (
                r.schooljaar.as_str(),
                r.gemeten.as_str(),
                r.streefwaarde.as_str(),
                r.behaald,
            )
        })
        .collect();
    assert_eq!(
        zie,
        [
            ("2024-2025", "7", "hoogstens 5", "nee"),
            ("2025-2026", "afgeschermd (<10 of ×)", "—", "—"),
            ("2026-2027", "3", "hoogstens 5", "ja"),
            ("2027-2028", "—", "hoogstens 2", "—"),
        ]
    );
}
