//! The region as stored, kept in memory: the demo picks its cases from here instead of
//! reading the database back, so it needs nothing of the store but its public steps.

use crate::plan::{DemoPupil, DemoVestiging};
use jiff::civil::Date;
use passend_domain::{Gemeentecode, Kijker, Pc4, RegioIndeling, RegioRegel, Rol, Schoolsoort};
use passend_store::{LeerlingId, StoreError, Verzoeker};
use std::collections::{BTreeSet, HashMap};

pub(crate) struct DemoOuder {
    pub id: i64,
    /// Indexes in [`Regio::leerlingen`].
    pub kinderen: Vec<usize>,
}

pub(crate) struct Regio {
    pub vestigingen: Vec<DemoVestiging>,
    pub leerlingen: Vec<DemoPupil>,
    pub ouders: Vec<DemoOuder>,
    /// Ids of [`crate::plan::BESTUREN`], in its order.
    pub besturen: Vec<i64>,
    /// Ids of [`crate::beginstand::DESKUNDIGEN`], in its order.
    pub deskundigen: Vec<i64>,
    /// Account ids by user name.
    pub accounts: HashMap<String, i64>,
    /// Thuiszitter cases in the order made: (pupil, SWV).
    pub zaken: Vec<(LeerlingId, &'static str)>,
    /// Registrations in the order made: (pupil, decided).
    pub aanmeldingen: Vec<(LeerlingId, bool)>,
    /// Pupils with a case at their SWV: a thuiszitter case, TLV, arrangement or one table.
    pub swv_zaken: BTreeSet<LeerlingId>,
    /// TLVs granted: (pupil, for this school sort).
    pub toegekend: BTreeSet<(LeerlingId, Schoolsoort)>,
}

/// One enrolment of a pupil.
pub(crate) struct Plek<'a> {
    pub leerling: &'a DemoPupil,
    pub vestiging: &'a DemoVestiging,
    pub van: Date,
    pub tot: Option<Date>,
}

impl Regio {
    pub fn vestiging(&self, code: &str) -> &DemoVestiging {
        self.vestigingen
            .iter()
            .find(|v| v.code == code)
            .expect("a demo vestiging")
    }

    /// Every enrolment, in pupil id order.
    pub fn plekken(&self) -> Vec<Plek<'_>> {
        let mut uit: Vec<Plek> = self
            .leerlingen
            .iter()
            .flat_map(|l| {
                l.inschrijvingen.iter().map(move |&(v, van, tot)| Plek {
                    leerling: l,
                    vestiging: &self.vestigingen[v],
                    van,
                    tot,
                })
            })
            .collect();
        uit.sort_by_key(|p| p.leerling.id);
        uit
    }

    /// The running enrolments (no end date), in pupil id order.
    pub fn lopend(&self) -> Vec<Plek<'_>> {
        let mut uit = self.plekken();
        uit.retain(|p| p.tot.is_none());
        uit
    }

    /// The enrolments at a vestiging on a day, in pupil id order.
    pub fn op(&self, vestiging: &str, dag: Date) -> Vec<Plek<'_>> {
        let mut uit = self.plekken();
        uit.retain(|p| {
            p.vestiging.code == vestiging && p.van <= dag && p.tot.is_none_or(|t| t >= dag)
        });
        uit
    }

    /// Ends the pupil's running enrolment, as the store did.
    pub fn schrijf_uit(&mut self, leerling: LeerlingId, tot: Date) {
        let l = self.leerlingen.iter_mut().find(|l| l.id == leerling);
        for i in l.into_iter().flat_map(|l| &mut l.inschrijvingen) {
            if i.2.is_none() {
                i.2 = Some(tot);
            }
        }
    }

    /// The ouder of the demo's parent account: the first with more than one child.
    pub fn demo_ouder(&self) -> &DemoOuder {
        self.ouders
            .iter()
            .filter(|o| o.kinderen.len() > 1)
            .min_by_key(|o| o.id)
            .expect("a family with two children")
    }

    /// A signed-in demo account acting in a role and scope.
    pub fn als(&self, gebruiker: &str, rol: Rol, scope: &str) -> Verzoeker {
        Verzoeker {
            account_id: self.accounts[gebruiker],
            kijker: Kijker {
                rol,
                scope: Some(scope.to_string()),
            },
        }
    }
}

impl DemoPupil {
    /// The row of the regio-indeling for the pupil's address.
    pub fn woonregio(&self) -> Result<&'static RegioRegel, StoreError> {
        let pc4 = Pc4::parse(&self.postcode[..4])?;
        Ok(RegioIndeling::officieel().lookup(pc4)?)
    }

    pub fn gemeentecode(&self) -> Result<Gemeentecode, StoreError> {
        Ok(self.woonregio()?.gemeentecode.clone())
    }
}
