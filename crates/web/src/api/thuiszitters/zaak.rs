//! A thuiszitter case as the API shows it.

use passend_store::Zaak;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct Thuiszitterzaak {
    pub id: i64,
    pub leerling: i64,
    pub samenwerkingsverband: String,
    /// langdurig_relatief_verzuim of absoluut_verzuim.
    pub soort: String,
    #[schema(format = Date, value_type = String)]
    pub startdatum: String,
    pub dagen_thuis: i64,
    pub langer_dan_drie_maanden: bool,
    /// Stap op de escalatieladder, vanaf 1.
    pub stap: usize,
    pub stap_naam: String,
    pub eigenaar: String,
    #[schema(format = Date, value_type = String)]
    pub deadline: String,
    pub besluit_te_laat: bool,
    #[schema(format = Date, value_type = Option<String>)]
    pub aanbod_datum: Option<String>,
    #[schema(format = Date, value_type = Option<String>)]
    pub opgelost_op: Option<String>,
    /// Hoe de zaak is opgelost: `terugkeer` (vastgelegd) of `aanwezig` (volgens de
    /// verzuimgegevens van de school waar het kind is ingeschreven). Een besluit sluit geen zaak.
    pub oplossing: Option<String>,
}

impl From<Zaak> for Thuiszitterzaak {
    fn from(z: Zaak) -> Self {
        Self {
            id: z.id,
            leerling: z.leerling_id.0,
            samenwerkingsverband: z.swv_code,
            soort: z.soort,
            startdatum: z.startdatum.to_string(),
            dagen_thuis: z.dagen_thuis,
            langer_dan_drie_maanden: z.langer_dan_drie_maanden,
            stap: z.stap + 1,
            stap_naam: z.stap_naam,
            eigenaar: z.eigenaar,
            deadline: z.deadline.to_string(),
            besluit_te_laat: z.besluit_te_laat,
            aanbod_datum: z.aanbod_datum.map(|d| d.to_string()),
            opgelost_op: z.opgelost_op.map(|d| d.to_string()),
            oplossing: z.oplossing,
        }
    }
}
