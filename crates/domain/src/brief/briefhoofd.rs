//! The letterhead an SWV or a gemeente sets for its own letters: street, house number,
//! postcode and place, each checked so that a letter never goes out with half an address.

use crate::postcode::Postcode;

/// The longest value of a field: a street or place name, not a paragraph.
const MAX: usize = 100;

/// A checked letterhead address; the postcode written as `1234 AB`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Briefhoofd {
    pub straat: String,
    pub huisnummer: String,
    pub postcode: String,
    pub plaats: String,
}

/// A refused field of the letterhead and why, in Dutch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BriefhoofdFout {
    pub veld: &'static str,
    pub melding: String,
}

fn tekst(veld: &'static str, waarde: &str, leeg: &str, fouten: &mut Vec<BriefhoofdFout>) -> String {
    let t = waarde.trim();
    let melding = if t.is_empty() {
        leeg.to_string()
    } else if t.chars().count() > MAX {
        format!("ten hoogste {MAX} tekens")
    } else {
        return t.to_string();
    };
    fouten.push(BriefhoofdFout { veld, melding });
    String::new()
}

impl Briefhoofd {
    /// Reads the four fields; every field that is wrong gets its own message.
    pub fn lees(
        straat: &str,
        huisnummer: &str,
        postcode: &str,
        plaats: &str,
    ) -> Result<Self, Vec<BriefhoofdFout>> {
        let mut fouten = Vec::new();
        let straat = tekst("straat", straat, "vul de straat in", &mut fouten);
        let huisnummer = tekst(
            "huisnummer",
            huisnummer,
            "vul het huisnummer in",
            &mut fouten,
        );
        let postcode = match postcode.trim() {
            "" => {
                fouten.push(BriefhoofdFout {
                    veld: "postcode",
                    melding: "vul de postcode in, zoals 3431 AB".into(),
                });
                String::new()
            }
            p => Postcode::parse(p)
                .map(|p| p.to_string())
                .unwrap_or_else(|e| {
                    fouten.push(BriefhoofdFout {
                        veld: "postcode",
                        melding: e.to_string(),
                    });
                    String::new()
                }),
        };
        let plaats = tekst("plaats", plaats, "vul de plaats in", &mut fouten);
        if fouten.is_empty() {
            Ok(Briefhoofd {
                straat,
                huisnummer,
                postcode,
                plaats,
            })
        } else {
            Err(fouten)
        }
    }
}

/// The name an SWV prints on its letters (the register of SWVs has codes only): empty keeps
/// the name as it is.
pub fn naam(waarde: &str) -> Result<Option<String>, BriefhoofdFout> {
    let t = waarde.trim();
    if t.chars().count() > MAX {
        return Err(BriefhoofdFout {
            veld: "naam",
            melding: format!("ten hoogste {MAX} tekens"),
        });
    }
    Ok((!t.is_empty()).then(|| t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_letterhead_is_a_whole_address() {
        let b = Briefhoofd::lees(" Lekboulevard ", "12a", "3431ab", "Nieuwegein").unwrap();
        assert_eq!(
            (b.straat.as_str(), b.postcode.as_str()),
            ("Lekboulevard", "3431 AB")
        );
        let fouten = Briefhoofd::lees("", "1", "34311", " ").unwrap_err();
        let velden: Vec<_> = fouten.iter().map(|f| f.veld).collect();
        assert_eq!(velden, ["straat", "postcode", "plaats"]);
        assert!(fouten[1].melding.contains("zoals 3431 AB"), "{fouten:?}");
        let lang = "x".repeat(101);
        let fouten = Briefhoofd::lees(&lang, "1", "3431 AB", "Houten").unwrap_err();
        assert_eq!(fouten[0].melding, "ten hoogste 100 tekens");
        assert_eq!(naam("  "), Ok(None));
        assert_eq!(naam(" SWV Lek "), Ok(Some("SWV Lek".into())));
        assert_eq!(naam(&lang).unwrap_err().veld, "naam");
    }
}
