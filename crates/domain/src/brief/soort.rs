//! The kinds of letter, each with its subject and the clause the law gives it.

/// A letter for each decision the parents receive in writing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Briefsoort {
    /// The receipt of a registration (WPO art. 40 lid 2, 6).
    Ontvangstbevestiging,
    /// The school's decision on a registration (WPO art. 40, WVO art. 27).
    Aanmeldingsbesluit,
    /// The SWV's decision on an arrangement request.
    Arrangement,
    /// The SWV's decision on a TLV (WPO art. 18a lid 6).
    Tlv,
    /// A schorsing (WPO art. 40c, Inrichtingsbesluit WVO art. 13).
    Schorsing,
    /// A verwijdering (WPO art. 40 lid 11, WVO art. 27).
    Verwijdering,
    /// B&W's decision on a vrijstelling (Leerplichtwet art. 5, 11, 15).
    Vrijstelling,
    /// A decision at the last step of the escalation ladder (doorzettingsmacht).
    Escalatie,
}

impl Briefsoort {
    pub const ALL: [Briefsoort; 8] = [
        Self::Ontvangstbevestiging,
        Self::Aanmeldingsbesluit,
        Self::Arrangement,
        Self::Tlv,
        Self::Schorsing,
        Self::Verwijdering,
        Self::Vrijstelling,
        Self::Escalatie,
    ];

    /// The kind in a letter's address (`/brieven/{soort}/{id}`).
    pub fn slug(self) -> &'static str {
        match self {
            Self::Ontvangstbevestiging => "ontvangstbevestiging",
            Self::Aanmeldingsbesluit => "aanmelding",
            Self::Arrangement => "arrangement",
            Self::Tlv => "tlv",
            Self::Schorsing => "schorsing",
            Self::Verwijdering => "verwijdering",
            Self::Vrijstelling => "vrijstelling",
            Self::Escalatie => "escalatie",
        }
    }

    pub fn van_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    pub fn onderwerp(self) -> &'static str {
        match self {
            Self::Ontvangstbevestiging => "Ontvangstbevestiging van uw aanmelding",
            Self::Aanmeldingsbesluit => "Besluit op uw aanmelding",
            Self::Arrangement => "Besluit op de aanvraag van een arrangement",
            Self::Tlv => "Besluit toelaatbaarheidsverklaring",
            Self::Schorsing => "Besluit tot schorsing",
            Self::Verwijdering => "Besluit tot verwijdering",
            Self::Vrijstelling => "Besluit op uw verzoek om vrijstelling",
            Self::Escalatie => "Besluit van het samenwerkingsverband over de plek van uw kind",
        }
    }

    /// The clause the law gives:
    /// - receipt: the decision term (WPO art. 40 lid 6);
    /// - registration and verwijdering: bezwaar with the bevoegd gezag (WPO art. 63 lid 3,
    ///   six weeks, for a bijzondere school; the Awb for an openbare school) and the national
    ///   disputes commission (WPO art. 43 lid 2 onder a, WVO art. 27c, WEC art. 45);
    /// - TLV: bezwaar with the SWV, which hears its adviescommissie (WPO art. 18a lid 12;
    ///   Awb art. 6:5, 6:7);
    /// - vrijstelling: bezwaar with B&W, whose decision it is (Awb);
    /// - schorsing, arrangement, escalation: RULES gives no procedure that holds for every
    ///   sender (the commission of art. 43 does not cover art. 40c; doorzettingsmacht is not
    ///   in the statute), so no clause is printed rather than a guessed one.
    pub fn clausule(self) -> Option<&'static str> {
        match self {
            Self::Ontvangstbevestiging => Some(
                "De school beslist binnen zes weken na ontvangst van de aanmelding. Zij kan die termijn eenmaal met ten hoogste vier weken verlengen en laat u dat dan weten (WPO art. 40 lid 6).",
            ),
            Self::Aanmeldingsbesluit | Self::Verwijdering => Some(
                "Bezwaar en geschil: bent u het niet eens met dit besluit, dan kunt u binnen zes weken na deze mededeling schriftelijk bezwaar maken bij het bevoegd gezag (WPO art. 63 lid 3; bij een openbare school volgens de Algemene wet bestuursrecht). U kunt het geschil ook voorleggen aan de landelijke commissie voor geschillen over toelating en verwijdering (WPO art. 43, WVO art. 27c, WEC art. 45); die geeft binnen 10 weken een oordeel.",
            ),
            Self::Tlv => Some(
                "Bezwaar: bent u het niet eens met dit besluit, dan kunt u binnen zes weken na de dag van bekendmaking schriftelijk bezwaar maken bij het samenwerkingsverband. Het samenwerkingsverband vraagt daarover advies aan zijn bezwaaradviescommissie (WPO art. 18a lid 12, WVO art. 17a lid 13). Het bezwaarschrift bevat uw naam en adres, de datum, dit besluit en de redenen van uw bezwaar (Algemene wet bestuursrecht art. 6:5).",
            ),
            Self::Vrijstelling => Some(
                "Bezwaar: bent u het niet eens met dit besluit, dan kunt u bezwaar maken bij burgemeester en wethouders, volgens de Algemene wet bestuursrecht.",
            ),
            Self::Schorsing | Self::Arrangement | Self::Escalatie => None,
        }
    }
}
