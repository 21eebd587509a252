//! The reader of a rule-set file's JSON: typed fields, each error naming the file and the key.

use super::*;

pub(super) struct Parser<'a> {
    pub(super) bestand: &'a str,
}

type Obj = Map<String, Value>;

impl Parser<'_> {
    pub(super) fn ongeldig(&self, sleutel: &str, probleem: String) -> RegelsetError {
        RegelsetError::Ongeldig {
            bestand: self.bestand.to_string(),
            sleutel: sleutel.to_string(),
            probleem,
        }
    }

    pub(super) fn object<'v>(
        &self,
        v: &'v Value,
        pad: &str,
        allowed: &[&str],
    ) -> Result<&'v Obj, RegelsetError> {
        let obj = v.as_object().ok_or_else(|| {
            let waar = if pad.is_empty() { "(het bestand)" } else { pad };
            self.ongeldig(waar, "verwacht een object { … }".into())
        })?;
        if let Some(key) = obj.keys().find(|k| !allowed.contains(&k.as_str())) {
            return Err(RegelsetError::Onbekend {
                bestand: self.bestand.to_string(),
                sleutel: join(pad, key),
            });
        }
        Ok(obj)
    }

    pub(super) fn veld<'v>(
        &self,
        obj: &'v Obj,
        pad: &str,
        key: &str,
    ) -> Result<&'v Value, RegelsetError> {
        obj.get(key).ok_or_else(|| RegelsetError::Ontbreekt {
            bestand: self.bestand.to_string(),
            sleutel: join(pad, key),
        })
    }

    pub(super) fn tekst<'v>(
        &self,
        obj: &'v Obj,
        pad: &str,
        key: &str,
    ) -> Result<&'v str, RegelsetError> {
        let text = self
            .veld(obj, pad, key)?
            .as_str()
            .ok_or_else(|| self.ongeldig(&join(pad, key), "verwacht tekst".into()))?;
        if text.trim().is_empty() {
            return Err(self.ongeldig(&join(pad, key), "is leeg".into()));
        }
        Ok(text)
    }

    /// `{ "datum": "YYYY-MM-DD", "bron": "…" }`, which must be one of `expected` in `regime`.
    pub(super) fn datum(
        &self,
        top: &Obj,
        key: &str,
        expected: &[Date],
        regime: Regime,
    ) -> Result<(Date, String), RegelsetError> {
        let obj = self.object(self.veld(top, "", key)?, key, &["datum", "bron"])?;
        let text = self.tekst(obj, key, "datum")?;
        let datum: Date = text.parse().map_err(|_| {
            self.ongeldig(
                &join(key, "datum"),
                format!("'{text}' is geen datum JJJJ-MM-DD"),
            )
        })?;
        if !expected.contains(&datum) {
            let lijst: Vec<String> = expected.iter().map(Date::to_string).collect();
            return Err(self.ongeldig(
                &join(key, "datum"),
                format!(
                    "in regime {} hoort hier {}",
                    regime.as_str(),
                    lijst.join(" of ")
                ),
            ));
        }
        Ok((datum, self.tekst(obj, key, "bron")?.to_string()))
    }

    pub(super) fn schoolsoorten(
        &self,
        nb: &Obj,
        key: &str,
        sector: Sector,
    ) -> Result<(Vec<Schoolsoort>, String), RegelsetError> {
        let pad = join("normbudget_schoolsoorten", key);
        let obj = self.object(
            self.veld(nb, "normbudget_schoolsoorten", key)?,
            &pad,
            &["schoolsoorten", "bron"],
        )?;
        let list = self
            .veld(obj, &pad, "schoolsoorten")?
            .as_array()
            .filter(|a| !a.is_empty())
            .ok_or_else(|| {
                self.ongeldig(
                    &join(&pad, "schoolsoorten"),
                    "verwacht een lijst als [\"bao\", \"sbo\"]".into(),
                )
            })?;
        let mut soorten = Vec::new();
        for item in list {
            let soort = item
                .as_str()
                .and_then(|s| Schoolsoort::parse(s).ok())
                .filter(|s| s.sector() == sector)
                .ok_or_else(|| {
                    self.ongeldig(
                        &join(&pad, "schoolsoorten"),
                        format!("{item} is geen schoolsoort van {}", sector.as_str()),
                    )
                })?;
            soorten.push(soort);
        }
        Ok((soorten, self.tekst(obj, &pad, "bron")?.to_string()))
    }

    /// `{ "<veld>": "123.45" | null, "bron": "…" }` under `key` of `obj` (found at `pad`).
    pub(super) fn bedrag(
        &self,
        obj: &Obj,
        pad: &str,
        key: &str,
        veld: &str,
        max_scale: u32,
    ) -> Result<Bedrag, RegelsetError> {
        let entry = self.veld(obj, pad, key)?;
        let pad = join(pad, key);
        let entry = self.object(entry, &pad, &[veld, "bron", "van_toepassing"])?;
        let sleutel = join(&pad, veld);
        let waarde = match self.veld(entry, &pad, veld)? {
            Value::Null => None,
            Value::String(s) => {
                Some(parse_decimal(s, max_scale).map_err(|p| self.ongeldig(&sleutel, p))?)
            }
            Value::Number(n) => {
                return Err(self.ongeldig(
                    &sleutel,
                    format!(
                        "schrijf {n} als tekst, zoals \"{n}\": een JSON-getal zou via een float gelezen worden"
                    ),
                ));
            }
            other => {
                return Err(self.ongeldig(
                    &sleutel,
                    format!("verwacht tekst of null, gevonden {other}"),
                ));
            }
        };
        let bron = self.tekst(entry, &pad, "bron")?.to_string();
        let van_toepassing = match entry.get("van_toepassing") {
            None => true,
            Some(Value::Bool(b)) => *b,
            Some(_) => {
                return Err(self.ongeldig(
                    &join(&pad, "van_toepassing"),
                    "verwacht true of false".into(),
                ));
            }
        };
        if !van_toepassing && waarde.is_some() {
            return Err(self.ongeldig(
                &sleutel,
                "een regel die niet van toepassing is heeft geen bedrag (null)".into(),
            ));
        }
        Ok(Bedrag {
            waarde,
            bron,
            van_toepassing,
        })
    }
}

fn join(pad: &str, key: &str) -> String {
    if pad.is_empty() {
        key.to_string()
    } else {
        format!("{pad}.{key}")
    }
}
