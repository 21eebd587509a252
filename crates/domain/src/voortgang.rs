//! Progress against the goal that no child is out of school longer than three months:
//! the national series and the trajectory of the tenth progress letter (seed
//! `003_df7238fe9e8d23ec.txt`, RULES §8 item 5): the 2015/16 group of 4 194 children is
//! brought to zero in four equal yearly steps.

pub const NATIONAAL_CSV: &str = include_str!("../data/thuiszitters_langer_dan_3_maanden.csv");

/// The baseline year and count (Kamerbrief 26 695 nr. 121: 1 602 + 2 592).
pub const BASISJAAR: i16 = 2015;
pub const BASISWAARDE: i64 = 4_194;

/// One national figure: the schooljaar's starting year and the count of children out of
/// school longer than three months.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meting {
    pub jaar: i16,
    pub aantal: i64,
    pub bron: String,
}

/// The shipped national series (`schooljaar,absoluut,lrv,totaal_gt3m,…,bron`).
pub fn nationale_reeks() -> Vec<Meting> {
    let mut reader = csv::Reader::from_reader(NATIONAAL_CSV.as_bytes());
    reader
        .records()
        .filter_map(Result::ok)
        .filter_map(|r| {
            let jaar = r.get(0)?.split('/').next()?.parse().ok()?;
            let aantal = r.get(3)?.parse().ok()?;
            Some(Meting {
                jaar,
                aantal,
                bron: r.get(5).unwrap_or_default().to_string(),
            })
        })
        .collect()
}

/// The target for the schooljaar starting in `jaar`: the baseline until the first step,
/// then a quarter less each year (rounded half up), zero from the fourth step on.
pub fn traject(jaar: i16) -> i64 {
    let stappen = i64::from((jaar - BASISJAAR).clamp(0, 4));
    (BASISWAARDE * (4 - stappen) * 2 + 4) / 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn four_equal_steps_to_zero() {
        assert_eq!(traject(2015), 4_194);
        assert_eq!(traject(2016), 3_146, "3 145,5 rounded up");
        assert_eq!(traject(2017), 2_097);
        assert_eq!(traject(2018), 1_049, "1 048,5 rounded up");
        assert_eq!(traject(2019), 0);
        assert_eq!(traject(2023), 0);
    }

    #[test]
    fn ships_the_national_series() {
        let reeks = nationale_reeks();
        assert_eq!(
            reeks.iter().find(|m| m.jaar == 2015).map(|m| m.aantal),
            Some(BASISWAARDE)
        );
        assert_eq!(reeks.len(), 4);
    }
}
