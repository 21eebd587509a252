//! The raw indicator counts per SWV and column.

use super::*;
use crate::repo::MonitorStore;

impl MonitorStore<'_> {
    #[allow(clippy::type_complexity)]
    pub(super) async fn ruwe_indicatoren(
        self,
        wie: &Verzoeker,
        sj: Schooljaar,
        today: Date,
    ) -> Result<
        Vec<(
            &'static str,
            &'static str,
            String,
            String,
            Tellingen,
            Vec<(String, String)>,
            bool,
        )>,
        StoreError,
    > {
        let peil = peildatum(sj, today);
        let (van, tot) = periode(sj, today);
        let per = periode_tekst(sj, today);
        let peil_tekst = format!("peildatum {}", nl(peil));
        let p = [van.to_string(), tot.to_string()];
        let soorten: Vec<(String, String)> = SOORTEN
            .iter()
            .map(|s| (s.to_string(), soort_label(s)))
            .collect();
        let mut out = Vec::new();

        out.push((
            "leerlingen",
            "Leerlingen per schoolsoort",
            "Leerlingen ingeschreven op een vestiging van het samenwerkingsverband op de peildatum, naar de soort van die vestiging (schoolgaand swv, zoals DUO telt). Het aandeel sbo/so/vso is (sbo + so + vso) / alle leerlingen.".to_string(),
            peil_tekst.clone(),
            self.leerlingen_per_soort(peil).await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "opp",
            "Leerlingen met een ontwikkelingsperspectief (OPP)",
            "Leerlingen met een OPP waarvan een versie is vastgesteld op of vóór het einde van de periode, die in de periode stonden ingeschreven op de vestiging van dat OPP; naar de soort van die vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(DISTINCT o.leerling_id) FROM opp o \
                 JOIN vestiging v ON v.code = o.vestiging_code \
                 WHERE EXISTS (SELECT 1 FROM opp_versie ov WHERE ov.opp_id = o.id AND ov.vastgesteld_op <= $2) \
                 AND EXISTS (SELECT 1 FROM inschrijving i WHERE i.leerling_id = o.leerling_id \
                   AND i.vestiging_code = o.vestiging_code AND i.van <= $2 AND (i.tot IS NULL OR i.tot >= $1)) \
                 GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "arrangementen",
            "Arrangementen",
            "Aanvragen voor een arrangement die in de periode bij het samenwerkingsverband zijn ingediend, naar het besluit zoals het nu is.".to_string(),
            per.clone(),
            self.tel(
                "SELECT swv_code, COALESCE(besluit, 'open'), COUNT(*) FROM arrangement \
                 WHERE aangevraagd_op >= $1 AND aangevraagd_op <= $2 GROUP BY swv_code, COALESCE(besluit, 'open')",
                &p,
            )
            .await?,
            vec![
                ("toegekend".into(), "toegekend".into()),
                ("afgewezen".into(), "afgewezen".into()),
                ("open".into(), "nog geen besluit".into()),
            ],
            true,
        ));

        out.push((
            "tlv",
            "Toelaatbaarheidsverklaringen",
            "Toelaatbaarheidsverklaringen die het samenwerkingsverband in de periode heeft toegekend (besluitdatum in de periode), naar soort onderwijs en bekostigingscategorie.".to_string(),
            per.clone(),
            self.tel(
                "SELECT swv_code, soort || '-' || COALESCE(categorie, ''), COUNT(*) FROM tlv \
                 WHERE besluit = 'toegekend' AND besluit_datum >= $1 AND besluit_datum <= $2 \
                 GROUP BY swv_code, soort || '-' || COALESCE(categorie, '')",
                &p,
            )
            .await?,
            vec![
                ("sbo-".into(), "sbo".into()),
                ("so-L".into(), "so laag".into()),
                ("so-M".into(), "so midden".into()),
                ("so-H".into(), "so hoog".into()),
                ("vso-L".into(), "vso laag".into()),
                ("vso-M".into(), "vso midden".into()),
                ("vso-H".into(), "vso hoog".into()),
            ],
            true,
        ));

        out.push((
            "aanmeldingen",
            "Aanmeldingen en de zorgplicht",
            "Schriftelijke aanmeldingen die in de periode zijn ontvangen door een vestiging van het samenwerkingsverband, naar hoe de school besloot: binnen of na de termijn (6 weken, eenmaal verlengd met ten hoogste 4 weken; WPO art. 40, WVO art. 27, WEC art. 40), of nog open op het einde van de periode.".to_string(),
            per.clone(),
            self.aanmeldingen_telling(van, tot).await?,
            vec![
                ("binnen".into(), "besluit binnen termijn".into()),
                ("na".into(), "besluit na termijn".into()),
                ("open".into(), "open, binnen termijn".into()),
                ("verstreken".into(), "open, termijn verstreken".into()),
                ("ingetrokken".into(), "ingetrokken".into()),
            ],
            true,
        ));

        out.push((
            "schorsingen",
            "Schorsingen langer dan één dag",
            "Schorsingen die in de periode ingingen en langer duurden dan één dag (die meldt de school aan de inspectie, WPO art. 40c lid 3), naar de soort van de vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(*) FROM schorsing s \
                 JOIN vestiging v ON v.code = s.vestiging_code \
                 WHERE s.van >= $1 AND s.van <= $2 AND s.tot > s.van GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "verwijderingen",
            "Verwijderingen",
            "Definitieve verwijderingen met een datum in de periode, naar de soort van de vestiging.".to_string(),
            per.clone(),
            self.tel(
                "SELECT v.swv_code, v.schoolsoort, COUNT(*) FROM verwijdering w \
                 JOIN vestiging v ON v.code = w.vestiging_code \
                 WHERE w.datum >= $1 AND w.datum <= $2 GROUP BY v.swv_code, v.schoolsoort",
                &p,
            )
            .await?,
            soorten.clone(),
            true,
        ));

        out.push((
            "thuiszitters",
            "Thuiszitters langer dan drie maanden",
            "Kinderen in het thuiszitterregister van het samenwerkingsverband die in het schooljaar langer dan drie maanden thuis zaten (drie maanden na de start van de zaak nog niet opgelost), naar soort verzuim. Landelijk doel: geen kind langer dan drie maanden thuis (Thuiszitterspact 2016).".to_string(),
            format!("schooljaar {sj}, stand {}", nl(tot)),
            self.thuiszitters_telling(sj, today).await?,
            THUISZITTER_KOLOMMEN
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .to_vec(),
            true,
        ));

        let jaren12 = peil
            .checked_sub(jiff::Span::new().years(12))
            .unwrap_or(peil);
        out.push((
            "vrijstellingen",
            "Vrijstellingen per grond",
            "Verleende vrijstellingen van de Leerplichtwet die in de periode golden, naar grond; bij het samenwerkingsverband van de laatste school van het kind, anders bij het woon-swv (po onder 12 jaar, anders vo).".to_string(),
            per.clone(),
            self.tel(
                "SELECT COALESCE((SELECT v.swv_code FROM inschrijving i JOIN vestiging v ON v.code = i.vestiging_code \
                   WHERE i.leerling_id = z.leerling_id AND i.van <= $2 ORDER BY i.van DESC LIMIT 1), \
                   CASE WHEN l.geboortedatum > $3 THEN p.po_swv ELSE p.vo_swv END) AS swv, z.grond, COUNT(*) \
                 FROM vrijstelling z JOIN leerling l ON l.id = z.leerling_id JOIN postcode_regio p ON p.pc4 = l.pc4 \
                 WHERE z.status = 'verleend' AND z.van <= $2 AND (z.tot IS NULL OR z.tot >= $1) \
                 GROUP BY 1, 2",
                &[van.to_string(), tot.to_string(), jaren12.to_string()],
            )
            .await?,
            Grond::ALL
                .iter()
                .map(|g| (g.as_str().to_string(), format!("art. {}", g.as_str())))
                .collect(),
            true,
        ));
        let mut geschillen = Tellingen::new();
        for g in self.verantwoording().geschillen_telling(wie, sj).await? {
            *geschillen.entry((g.swv.to_string(), g.soort)).or_insert(0) +=
                u64::try_from(g.aantal).unwrap_or(0);
        }
        out.push((
            "geschillen",
            "Geschillen en bezwaren",
            "Zaken die in het schooljaar begonnen: bij de geschillencommissie passend onderwijs (over toelating, verwijdering of het OPP), doorverwezen naar de onderwijsconsulent, of bezwaar tegen een besluit over een toelaatbaarheidsverklaring.".to_string(),
            format!("schooljaar {sj} ({} t/m {})", nl(sj.start()), nl(sj.end())),
            geschillen,
            GESCHIL_KOLOMMEN
                .iter()
                .map(|(k, l)| (k.to_string(), l.to_string()))
                .collect(),
            true,
        ));
        Ok(out)
    }
}
