//! The text of the demo's ondersteuningsplan: what an SWV writes in each part the law asks
//! for, with three targets measured by passend's own figures.

use passend_domain::Schooljaar;
use passend_store::verantwoording::{NieuwPlan, NieuweStreefwaarde};

/// The plan for the three schooljaren from `van`, with a target of at most `doel` thuiszitters.
pub(super) fn plan(van: Schooljaar, doel: i64) -> NieuwPlan {
    let tot = van.next().next().next();
    NieuwPlan {
        van,
        tot,
        basisondersteuning: "Elke school biedt de basisondersteuning uit het regionale referentiekader: \
            handelingsgericht werken, een intern begeleider per vestiging, een dyslexie- en dyscalculieprotocol \
            en een aanbod voor sociale veiligheid. Het schoolondersteuningsprofiel beschrijft wat daarboven ligt."
            .into(),
        extra_ondersteuning: "Extra ondersteuning via arrangementen op de eigen school na een MDO met ouders, \
            de plusklassen in Nieuwegein en Houten, en plaatsing in het sbo of so met een toelaatbaarheidsverklaring."
            .into(),
        middelen: "De middelen voor lichte ondersteuning gaan per leerling naar de besturen; de middelen voor zware \
            ondersteuning dekken de afdracht voor sbo en so, de arrangementen en het loket. De reserve blijft onder \
            de signaleringswaarde van de inspectie."
            .into(),
        tlv_procedure: "Het bestuur vraagt de TLV aan bij het loket; twee deskundigen uit het register adviseren elk \
            afzonderlijk; de commissie beslist binnen acht weken. Criteria: de ondersteuningsbehoefte gaat de extra \
            ondersteuning op een reguliere school te boven, blijkend uit het OPP en de evaluaties."
            .into(),
        ouders: "Ouders krijgen bij elke stap een brief en zien het dossier van hun kind in passend; het ouder- en \
            jeugdsteunpunt en de onderwijsconsulenten staan op de website."
            .into(),
        doelen: "Geen kind langer dan drie maanden thuis; minder verwijzingen naar het so door meer arrangementen op \
            de eigen school. Gemeten met de kengetallen in passend, elk kwartaal besproken met de ondersteuningsplanraad."
            .into(),
        terugplaatsing: "Voor het einde van elke TLV bespreekt de so-school met ouders en het loket of terugplaatsing \
            mogelijk is; een basisschool in de buurt neemt de leerling over met een arrangement voor het eerste jaar."
            .into(),
        overdrachten: "Groei op 1 februari stelt het loket vast uit de telling van DUO; de overdracht gaat per school \
            naar rato van haar extra leerlingen, zoals de regeling dat bepaalt."
            .into(),
        streefwaarden: vec![
            NieuweStreefwaarde {
                doel: "Thuiszitters tot het minimum terugbrengen".into(),
                kengetal: "thuiszitters".into(),
                richting: "hoogstens".into(),
                streefwaarde: doel,
                meting: "Open thuiszitterzaken in het register, elke maand".into(),
            },
            NieuweStreefwaarde {
                doel: "Ondersteuning dichtbij: arrangementen op de eigen school".into(),
                kengetal: "arrangementen".into(),
                richting: "minstens".into(),
                streefwaarde: 3,
                meting: "Lopende toegekende arrangementen, elk kwartaal".into(),
            },
            NieuweStreefwaarde {
                doel: "Verwijzingen naar het speciaal onderwijs beperken".into(),
                kengetal: "tlv-toegekend".into(),
                richting: "hoogstens".into(),
                streefwaarde: 40,
                meting: "Toegekende TLV's per schooljaar".into(),
            },
        ],
    }
}
