//! What a parent's step is about, and whether it is still open for the step.

/// What a parent's step is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Onderwerp {
    /// The current version of an OPP, with its handelingsdeel.
    Opp { opp_id: i64, versie: i64 },
    /// An arrangement request the SWV has not decided yet.
    Arrangement(i64),
    /// A TLV request the SWV has not decided yet.
    Tlv(i64),
}

impl Onderwerp {
    pub(super) fn code(self) -> &'static str {
        match self {
            Self::Opp { .. } => "opp",
            Self::Arrangement(_) => "arrangement",
            Self::Tlv(_) => "tlv",
        }
    }

    pub(super) fn id(self) -> i64 {
        match self {
            Self::Opp { opp_id, .. } => opp_id,
            Self::Arrangement(id) | Self::Tlv(id) => id,
        }
    }

    pub(super) fn versie(self) -> Option<i64> {
        match self {
            Self::Opp { versie, .. } => Some(versie),
            _ => None,
        }
    }

    /// Still open for the parents' step: the OPP version is current and has no instemming;
    /// the request is not decided. A parameterised `SELECT 1` on `($1 = id, $2 = leerling,
    /// $3 = versie)`.
    pub(super) fn open_sql(self) -> &'static str {
        match self {
            Self::Opp { .. } => {
                "SELECT 1 FROM opp_versie v JOIN opp o ON o.id = v.opp_id WHERE v.opp_id = $1 AND o.leerling_id = $2 \
                 AND v.versie = $3 AND v.instemming_ouders IS NULL \
                 AND v.versie = (SELECT MAX(versie) FROM opp_versie WHERE opp_id = $1)"
            }
            Self::Arrangement(_) => {
                "SELECT 1 FROM arrangement WHERE id = $1 AND leerling_id = $2 AND besluit IS NULL AND $3 IS NULL"
            }
            Self::Tlv(_) => {
                "SELECT 1 FROM tlv WHERE id = $1 AND leerling_id = $2 AND besluit IS NULL AND extern = 0 AND $3 IS NULL"
            }
        }
    }
}
