//! A verzuimmelding's life: the statuses of DUO's Verzuimregister and who may move it.
//! The school reports (Leerplichtwet art. 21/21a) and may withdraw a report not yet
//! handled; the leerplichtambtenaar of the pupil's gemeente handles it (art. 22).

use crate::rol::Rol;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StatusError {
    #[error("'{0}' is geen status van een verzuimmelding")]
    Onbekend(String),
    #[error("een melding met status '{van}' kan niet naar '{naar}'")]
    Overgang {
        van: &'static str,
        naar: &'static str,
    },
    #[error("de status '{naar}' zet {wie}, niet de rol {rol}")]
    Rol {
        naar: &'static str,
        wie: &'static str,
        rol: &'static str,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Geregistreerd,
    InBehandeling,
    Afgesloten,
    TerKennisgevingAangenomen,
    Ingetrokken,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Geregistreerd,
        Status::InBehandeling,
        Status::Afgesloten,
        Status::TerKennisgevingAangenomen,
        Status::Ingetrokken,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Geregistreerd => "geregistreerd",
            Status::InBehandeling => "in behandeling",
            Status::Afgesloten => "afgesloten",
            Status::TerKennisgevingAangenomen => "ter kennisgeving aangenomen",
            Status::Ingetrokken => "ingetrokken",
        }
    }

    pub fn parse(s: &str) -> Result<Self, StatusError> {
        Self::ALL
            .into_iter()
            .find(|x| x.as_str() == s.trim())
            .ok_or_else(|| StatusError::Onbekend(s.to_string()))
    }

    /// The statuses a report can move to next.
    pub fn volgende(self) -> &'static [Status] {
        match self {
            Status::Geregistreerd => &[
                Status::InBehandeling,
                Status::TerKennisgevingAangenomen,
                Status::Ingetrokken,
            ],
            Status::InBehandeling => &[Status::Afgesloten],
            Status::Afgesloten | Status::TerKennisgevingAangenomen | Status::Ingetrokken => &[],
        }
    }

    /// Checks a move by a role: withdrawing is the school's, handling is leerplicht's.
    pub fn naar(self, naar: Status, rol: Rol) -> Result<Status, StatusError> {
        if !self.volgende().contains(&naar) {
            return Err(StatusError::Overgang {
                van: self.as_str(),
                naar: naar.as_str(),
            });
        }
        let (ok, wie) = match naar {
            Status::Ingetrokken => (rol == Rol::School, "de school die meldde"),
            _ => (rol == Rol::Leerplicht, "de leerplichtambtenaar"),
        };
        if !ok {
            return Err(StatusError::Rol {
                naar: naar.as_str(),
                wie,
                rol: rol.as_str(),
            });
        }
        Ok(naar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_and_roles() {
        use Status::*;
        assert_eq!(
            Geregistreerd.naar(InBehandeling, Rol::Leerplicht),
            Ok(InBehandeling)
        );
        assert_eq!(
            InBehandeling.naar(Afgesloten, Rol::Leerplicht),
            Ok(Afgesloten)
        );
        assert_eq!(
            Geregistreerd.naar(TerKennisgevingAangenomen, Rol::Leerplicht),
            Ok(TerKennisgevingAangenomen)
        );
        assert_eq!(
            Geregistreerd.naar(Ingetrokken, Rol::School),
            Ok(Ingetrokken)
        );
        assert!(matches!(
            Geregistreerd.naar(Ingetrokken, Rol::Leerplicht),
            Err(StatusError::Rol { .. })
        ));
        assert!(matches!(
            Geregistreerd.naar(InBehandeling, Rol::School),
            Err(StatusError::Rol { .. })
        ));
        assert!(matches!(
            InBehandeling.naar(Ingetrokken, Rol::School),
            Err(StatusError::Overgang { .. })
        ));
        assert!(matches!(
            Afgesloten.naar(InBehandeling, Rol::Leerplicht),
            Err(StatusError::Overgang { .. })
        ));
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Ok(s));
        }
        assert!(Status::parse("klaar").is_err());
    }
}
