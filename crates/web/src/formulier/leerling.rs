//! Measures the school records for one pupil: a schorsing, a verwijdering, a new address.

use super::{Veldfout, verplichte_datum};
use passend_domain::Postcode;
use passend_store::{NieuweSchorsing, NieuweVerwijdering};

pub struct SchorsingVelden<'a> {
    pub van: Option<&'a str>,
    pub tot: Option<&'a str>,
    pub reden: &'a str,
    pub schriftelijk: bool,
    pub stem_kind: &'a str,
}

impl SchorsingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweSchorsing, Veldfout> {
        Ok(NieuweSchorsing {
            van: verplichte_datum("van", self.van)?,
            tot: verplichte_datum("tot", self.tot)?,
            reden: self.reden.into(),
            schriftelijk: self.schriftelijk,
            stem_kind: self.stem_kind.into(),
        })
    }
}

pub struct VerwijderingVelden<'a> {
    pub datum: Option<&'a str>,
    pub leraar_gehoord: bool,
    pub andere_school: &'a str,
    pub overleg_inspectie: bool,
    pub stem_kind: &'a str,
}

impl VerwijderingVelden<'_> {
    pub fn lees(&self) -> Result<NieuweVerwijdering, Veldfout> {
        Ok(NieuweVerwijdering {
            datum: verplichte_datum("datum", self.datum)?,
            leraar_gehoord: self.leraar_gehoord,
            andere_school: self.andere_school.into(),
            overleg_inspectie: self.overleg_inspectie,
            stem_kind: self.stem_kind.into(),
        })
    }
}

/// The new home postcode (the store checks that the region knows it).
pub fn postcode(tekst: &str) -> Result<Postcode, Veldfout> {
    Postcode::parse(tekst).map_err(|e| Veldfout::new("postcode", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn a_schorsing_runs_from_a_day_to_a_day() {
        let schorsing = |van, tot| {
            SchorsingVelden {
                van,
                tot,
                reden: "geweld",
                schriftelijk: true,
                stem_kind: "gehoord",
            }
            .lees()
        };
        let s = schorsing(Some("2026-11-23"), Some("2026-11-24")).unwrap();
        assert_eq!((s.van, s.tot), (date(2026, 11, 23), date(2026, 11, 24)));
        assert_eq!(
            schorsing(Some("23-11"), Some("2026-11-24"))
                .err()
                .map(|f| f.veld),
            Some("van")
        );
        assert_eq!(
            schorsing(Some("2026-11-23"), None).err(),
            Some(Veldfout::new("tot", "vul een datum in"))
        );
    }

    #[test]
    fn a_verwijdering_has_its_day() {
        let v = VerwijderingVelden {
            datum: Some("2027-01-01"),
            leraar_gehoord: true,
            andere_school: "90AB00",
            overleg_inspectie: false,
            stem_kind: "gehoord",
        };
        assert_eq!(v.lees().unwrap().datum, date(2027, 1, 1));
        let zonder = VerwijderingVelden { datum: None, ..v };
        assert_eq!(zonder.lees().err().map(|f| f.veld), Some("datum"));
    }

    #[test]
    fn a_postcode_is_four_digits_and_two_letters() {
        assert_eq!(postcode("3431 ab").unwrap().to_string(), "3431 AB");
        let fout = postcode("34").unwrap_err();
        assert_eq!(fout.veld, "postcode");
        assert!(fout.melding.contains("'34' is geen postcode"), "{fout:?}");
    }
}
