//! A pupil's enrolment history: the periods of hoofdinschrijving at a vestiging, as DUO
//! registers them (datum inschrijving, datum uitschrijving). A stay at a second school
//! (symbiose) is not an enrolment and is modelled apart.

use crate::codes::VestigingCode;
use jiff::civil::Date;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InschrijvingError {
    #[error("de uitschrijfdatum {tot} ligt vóór de inschrijfdatum {van}")]
    TotVoorVan { van: Date, tot: Date },
    #[error(
        "de inschrijving bij {nieuw} vanaf {van} overlapt met de inschrijving bij {bestaand}; schrijf de leerling eerst uit"
    )]
    Overlap {
        nieuw: VestigingCode,
        bestaand: VestigingCode,
        van: Date,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inschrijving {
    pub vestiging: VestigingCode,
    pub van: Date,
    /// Last day enrolled; `None` while the enrolment runs.
    pub tot: Option<Date>,
}

impl Inschrijving {
    pub fn new(
        vestiging: VestigingCode,
        van: Date,
        tot: Option<Date>,
    ) -> Result<Self, InschrijvingError> {
        if let Some(tot) = tot
            && tot < van
        {
            return Err(InschrijvingError::TotVoorVan { van, tot });
        }
        Ok(Self {
            vestiging,
            van,
            tot,
        })
    }

    pub fn loopt_op(&self, day: Date) -> bool {
        self.van <= day && self.tot.is_none_or(|tot| day <= tot)
    }

    fn overlaps(&self, other: &Inschrijving) -> bool {
        let ends_before = |a: &Inschrijving, b: &Inschrijving| a.tot.is_some_and(|t| t < b.van);
        !(ends_before(self, other) || ends_before(other, self))
    }
}

/// The whole history, sorted by start date, without overlapping periods.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inschrijvingen(Vec<Inschrijving>);

impl Inschrijvingen {
    pub fn new(mut periods: Vec<Inschrijving>) -> Result<Self, InschrijvingError> {
        periods.sort_by_key(|p| p.van);
        let mut history = Self(Vec::with_capacity(periods.len()));
        for p in periods {
            history.add(p)?;
        }
        Ok(history)
    }

    /// Adds a period, refusing one that overlaps an existing period.
    pub fn add(&mut self, new: Inschrijving) -> Result<(), InschrijvingError> {
        if let Some(existing) = self.0.iter().find(|p| p.overlaps(&new)) {
            return Err(InschrijvingError::Overlap {
                nieuw: new.vestiging.clone(),
                bestaand: existing.vestiging.clone(),
                van: new.van,
            });
        }
        let at = self.0.partition_point(|p| p.van <= new.van);
        self.0.insert(at, new);
        Ok(())
    }

    /// Where the pupil is enrolled on a day, if anywhere.
    pub fn op(&self, day: Date) -> Option<&Inschrijving> {
        self.0.iter().find(|p| p.loopt_op(day))
    }

    pub fn periods(&self) -> &[Inschrijving] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn v(code: &str) -> VestigingCode {
        VestigingCode::parse(code).unwrap()
    }

    #[test]
    fn history_answers_where_on_a_day() {
        let h = Inschrijvingen::new(vec![
            Inschrijving::new(v("12AB00"), date(2024, 8, 19), None).unwrap(),
            Inschrijving::new(v("34CD00"), date(2016, 8, 22), Some(date(2024, 7, 31))).unwrap(),
        ])
        .unwrap();
        assert_eq!(h.periods()[0].vestiging, v("34CD00"));
        assert_eq!(h.op(date(2024, 7, 31)).unwrap().vestiging, v("34CD00"));
        assert!(h.op(date(2024, 8, 1)).is_none());
        assert_eq!(h.op(date(2026, 1, 5)).unwrap().vestiging, v("12AB00"));
        assert!(h.op(date(2010, 1, 1)).is_none());
    }

    #[test]
    fn refuses_overlap_and_reversed_dates() {
        let mut h = Inschrijvingen::default();
        h.add(Inschrijving::new(v("12AB00"), date(2024, 8, 19), None).unwrap())
            .unwrap();
        let err = h
            .add(Inschrijving::new(v("34CD00"), date(2025, 1, 6), None).unwrap())
            .unwrap_err();
        assert!(matches!(err, InschrijvingError::Overlap { .. }));
        // A period that ends the day before another starts does not overlap.
        h.add(Inschrijving::new(v("34CD00"), date(2020, 8, 1), Some(date(2024, 8, 18))).unwrap())
            .unwrap();
        assert!(Inschrijving::new(v("12AB00"), date(2024, 8, 19), Some(date(2024, 8, 1))).is_err());
    }
}
