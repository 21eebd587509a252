//! Tasks ("Mijn werk"): every step the law or the SWV's procedure gives to a party, for
//! that party, with its deadline. A task is *derived from the state* (an open registration
//! without a decision, an advice not yet written, …): it closes when the step is done, never
//! by ticking it off. Who sees a task is the one access policy: the store reads each kind
//! through the scoped reads of its area ([`TaakSoort::functie`]).
//!
//! Adding a kind is one variant of [`TaakSoort`] (with its words, source and function in
//! `soort.rs`) and one small file in the store's `taken/` folder.

mod procedure;
mod soort;

pub use procedure::Procedure;
pub use soort::TaakSoort;

use jiff::civil::Date;

/// One open step for the viewer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taak {
    pub soort: TaakSoort,
    /// Stable over time for the same open step (kind and record id): what was notified to
    /// whom is remembered by it.
    pub sleutel: String,
    /// The pupil it is about, when the policy lets the viewer see it.
    pub leerling: Option<i64>,
    /// About whom, in words, as far as the policy lets the viewer see.
    pub over: Option<String>,
    /// The last day for the step; `None` where neither the law nor the SWV's procedure
    /// gives one.
    pub termijn: Option<Date>,
    /// The page where the step is done.
    pub link: String,
}

impl Taak {
    /// The deadline has passed.
    pub fn te_laat(&self, today: Date) -> bool {
        self.termijn.is_some_and(|t| t < today)
    }

    /// The key under which a step of `soort` on record `id` is remembered.
    pub fn sleutel_van(soort: TaakSoort, id: i64) -> String {
        format!("{}:{id}", soort.code())
    }
}

/// Overdue first, then by deadline (soonest first), tasks without a deadline last.
pub fn sorteer(taken: &mut [Taak], today: Date) {
    taken.sort_by(|a, b| {
        (
            !a.te_laat(today),
            a.termijn.is_none(),
            a.termijn,
            &a.sleutel,
        )
            .cmp(&(
                !b.te_laat(today),
                b.termijn.is_none(),
                b.termijn,
                &b.sleutel,
            ))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn taak(sleutel: &str, termijn: Option<Date>) -> Taak {
        Taak {
            soort: TaakSoort::AanmeldingBeslissen,
            sleutel: sleutel.into(),
            leerling: None,
            over: None,
            termijn,
            link: "/".into(),
        }
    }

    #[test]
    fn overdue_first_then_soonest_then_without_deadline() {
        let today = date(2026, 12, 7);
        let mut t = vec![
            taak("geen", None),
            taak("later", Some(date(2027, 1, 20))),
            taak("vandaag", Some(today)),
            taak("te-laat", Some(date(2026, 11, 1))),
        ];
        sorteer(&mut t, today);
        let volgorde: Vec<_> = t.iter().map(|t| t.sleutel.as_str()).collect();
        assert_eq!(volgorde, ["te-laat", "vandaag", "later", "geen"]);
        assert!(t[0].te_laat(today) && !t[1].te_laat(today));
    }
}
