//! Reading the parents' steps: beside the OPP, arrangement or TLV they are about, and the
//! OPPs that wait for a parent's instemming (a colleague's task list asks this).

use super::*;
use crate::kolom::get_date;

/// A parent's step as the dossier shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GezetteStap {
    /// `opp_instemming`, `opp_geen_instemming`, `zienswijze` or `tlv_ondertekening`.
    pub stap: String,
    pub onderwerp: String,
    pub onderwerp_id: i64,
    pub versie: Option<i64>,
    /// The parent who took the step; `None` for a paper form the school recorded.
    pub ouder: Option<String>,
    pub tekst: Option<String>,
    pub stem_kind: Option<String>,
    /// The signed paper form (attachment id).
    pub bijlage_id: Option<i64>,
    /// RFC 3339 instant.
    pub op: String,
}

impl GezetteStap {
    /// Is this step about that subject (`opp`, `arrangement`, `tlv`) and id?
    pub fn over(&self, onderwerp: &str, id: i64) -> bool {
        self.onderwerp == onderwerp && self.onderwerp_id == id
    }

    /// The Dutch calendar day the step was taken.
    pub fn dag(&self) -> Option<Date> {
        let t: jiff::Timestamp = self.op.parse().ok()?;
        t.in_tz("Europe/Amsterdam").ok().map(|z| z.date())
    }
}

/// An OPP version waiting for the instemming of a parent with gezag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WachtendeOpp {
    pub leerling_id: LeerlingId,
    pub kind: String,
    pub opp_id: i64,
    pub versie: i64,
    pub vastgesteld_op: Date,
}

impl OudersStore<'_> {
    /// The parents' steps on a pupil's OPPs, requests and TLVs, for whoever may read the
    /// dossier (the read of the dossier is audited by the page that shows them).
    pub async fn stappen_van(
        self,
        wie: &Verzoeker,
        leerling: LeerlingId,
        today: Date,
        route: &str,
    ) -> Result<Vec<GezetteStap>, StoreError> {
        self.toets(wie, &Handeling::DossierLezen, leerling, today, route)
            .await?;
        let rows = sqlx::query(
            "SELECT s.stap, s.onderwerp, s.onderwerp_id, s.versie, o.voornaam, o.tussenvoegsel, o.achternaam, \
             s.tekst, s.stem_kind, s.bijlage_id, s.op FROM ouder_stap s LEFT JOIN ouder o ON o.id = s.ouder_id \
             WHERE s.leerling_id = $1 ORDER BY s.id",
        )
        .bind(leerling.0)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let ouder = match r.try_get::<Option<String>, _>(6)? {
                    Some(achternaam) => Some(
                        passend_domain::Naam {
                            voornaam: r.try_get(4)?,
                            tussenvoegsel: r.try_get(5)?,
                            achternaam,
                        }
                        .volledig(),
                    ),
                    None => None,
                };
                Ok(GezetteStap {
                    stap: r.try_get(0)?,
                    onderwerp: r.try_get(1)?,
                    onderwerp_id: r.try_get(2)?,
                    versie: r.try_get(3)?,
                    ouder,
                    tekst: r.try_get(7)?,
                    stem_kind: r.try_get(8)?,
                    bijlage_id: r.try_get(9)?,
                    op: r.try_get(10)?,
                })
            })
            .collect()
    }

    /// The OPP versions of the signed-in parent's children (with gezag) that wait for
    /// instemming: the current version of each OPP, without instemming, that this parent
    /// did not answer yet.
    pub async fn opps_wachtend_op_instemming(
        self,
        wie: &Verzoeker,
    ) -> Result<Vec<WachtendeOpp>, StoreError> {
        // The policy's reach of the parent's own children; nobody else has such a list.
        let reik = wie
            .kijker
            .bereik(&passend_domain::toegang::Functie::OuderKinderen);
        let Some(passend_domain::toegang::Bereik::Ouder(_)) = reik else {
            return Ok(Vec::new());
        };
        let ouder = stappen::ouder_id(wie)?;
        let rows = sqlx::query(
            "SELECT o.leerling_id, l.voornaam, l.tussenvoegsel, l.achternaam, v.opp_id, v.versie, v.vastgesteld_op \
             FROM opp_versie v JOIN opp o ON o.id = v.opp_id JOIN leerling l ON l.id = o.leerling_id \
             JOIN ouder_leerling ol ON ol.leerling_id = o.leerling_id AND ol.ouder_id = $1 AND ol.gezag = 1 \
             WHERE v.instemming_ouders IS NULL AND v.versie = (SELECT MAX(versie) FROM opp_versie WHERE opp_id = v.opp_id) \
             AND NOT EXISTS (SELECT 1 FROM ouder_stap s WHERE s.onderwerp = 'opp' AND s.onderwerp_id = v.opp_id \
             AND s.versie = v.versie AND s.ouder_id = $1 AND s.stap = 'opp_geen_instemming') \
             ORDER BY v.vastgesteld_op, v.opp_id",
        )
        .bind(ouder)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(WachtendeOpp {
                    leerling_id: LeerlingId(r.try_get(0)?),
                    kind: passend_domain::Naam {
                        voornaam: r.try_get(1)?,
                        tussenvoegsel: r.try_get(2)?,
                        achternaam: r.try_get(3)?,
                    }
                    .volledig(),
                    opp_id: r.try_get(4)?,
                    versie: r.try_get(5)?,
                    vastgesteld_op: get_date(r, "vastgesteld_op")?,
                })
            })
            .collect()
    }
}
