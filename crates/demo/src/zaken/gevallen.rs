//! The seven cases: one at every step of the ladder and in every end state.

use passend_domain::thuiszitters::Soort;

pub(super) struct Geval {
    pub soort: Soort,
    /// Days ago the child stopped going to school.
    pub thuis_sinds: i64,
    pub stap: i64,
    /// Deadline of the current step, in days from today (negative: already passed).
    pub deadline: i64,
    pub besluit_te_laat: bool,
    pub plan: Option<&'static str>,
    pub aanbod: Option<i64>,
    pub opgelost: Option<i64>,
    pub besluit: Option<&'static str>,
}

pub(super) const GEVALLEN: [Geval; 7] = [
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 35,
        stap: 0,
        deadline: 16,
        besluit_te_laat: false,
        plan: Some("Gesprek met ouders en jeugdarts; gedeeltelijk rooster vanaf volgende week."),
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    // Passed its first deadline yesterday: the clock moves it up when the server starts.
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 40,
        stap: 0,
        deadline: -1,
        besluit_te_laat: false,
        plan: None,
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 62,
        stap: 1,
        deadline: 6,
        besluit_te_laat: false,
        plan: Some("Onderzoek naar een plek in het sbo; arrangement aangevraagd."),
        aanbod: Some(5),
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 104,
        stap: 2,
        deadline: 9,
        besluit_te_laat: false,
        plan: Some("Geen passend aanbod gevonden; voorgelegd aan de commissie."),
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: Soort::AbsoluutVerzuim,
        thuis_sinds: 120,
        stap: 2,
        deadline: -3,
        besluit_te_laat: true,
        plan: None,
        aanbod: None,
        opgelost: None,
        besluit: None,
    },
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 75,
        stap: 1,
        deadline: 0,
        besluit_te_laat: false,
        plan: Some("Terug naar school met extra begeleiding."),
        aanbod: Some(20),
        opgelost: Some(12),
        besluit: None,
    },
    Geval {
        soort: Soort::LangdurigRelatiefVerzuim,
        thuis_sinds: 140,
        stap: 2,
        deadline: 0,
        besluit_te_laat: false,
        plan: None,
        aanbod: None,
        opgelost: Some(30),
        besluit: Some(
            "Plaatsing op SO De Lekstroom met vervoer, vanaf de eerste schooldag na het besluit.",
        ),
    },
];
