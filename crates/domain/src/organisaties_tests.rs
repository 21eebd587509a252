use super::*;

const KOP: &str = "bestuur,bestuur_naam,brin,vestiging,naam,soort,straat,huisnummer,postcode,plaats,gemeentecode,swv\n";

fn lees_tekst(rijen: &str) -> Result<Vec<Vestigingsrij>, Vec<String>> {
    lees(&format!("{KOP}{rijen}"), RegioIndeling::officieel())
}

#[test]
fn the_swv_follows_from_postcode_and_sector_unless_named() {
    let rijen = lees_tekst(
        "41000,Stichting Lek,90AA,00,De Boog,bao,Dorpsstraat,12a,3431 AB,Nieuwegein,0356,\n\
         41000,Stichting Lek,90AA,01,De Boog dependance,bao,Kerkweg,3,3431AC,Nieuwegein,0356,\n\
         42000,ROC Midden,91BB,00,ROC Nieuwegein,mbo,Laan,1,3431AB,Nieuwegein,0356,\n",
    )
    .unwrap();
    assert_eq!(rijen.len(), 3);
    assert_eq!(rijen[0].swv.as_ref().map(SwvCode::as_str), Some("PO2605"));
    assert!(!rijen[0].swv_uit_bestand);
    assert_eq!(rijen[1].code.as_str(), "90AA01");
    assert_eq!(rijen[2].swv, None, "mbo has no SWV");
}

#[test]
fn every_problem_is_named_with_line_and_column() {
    let fouten = lees_tekst(
        "41000,Stichting Lek,90AA,00,De Boog,bao,Dorpsstraat,12,3431AB,Nieuwegein,0356,\n\
         4100,Stichting Lek,9XAA,00,,kdv,Dorpsstraat,12,3431AB,Nieuwegein,356,\n\
         43000,Ander bestuur,90AA,01,Boog 2,vo,Dorpsstraat,12,3431AB,Nieuwegein,0356,VO2605\n\
         41000,Stichting Lek,90AB,00,Het Anker,bao,Dorpsstraat,1,3431AB,Nieuwegein,0356,VO2605\n",
    )
    .unwrap_err();
    let tekst = fouten.join("\n");
    for verwacht in [
        "regel 3, kolom bestuur: '4100' is geen bevoegd-gezagnummer van vijf cijfers",
        "regel 3, kolom brin:",
        "regel 3, kolom naam: is leeg",
        "regel 3, kolom soort: 'kdv' is geen soort",
        "regel 3, kolom gemeentecode:",
        "regel 4, kolom bestuur: BRIN 90AA hoort op regel 2 bij bestuur 41000",
        "regel 4, kolom soort: BRIN 90AA is op regel 2 een po-school",
        "regel 5, kolom swv: VO2605 is geen PO-samenwerkingsverband",
    ] {
        assert!(tekst.contains(verwacht), "missing {verwacht:?} in\n{tekst}");
    }
}

#[test]
fn a_missing_column_or_a_double_vestiging_is_refused() {
    let fouten = lees("bestuur,brin\n41000,90AA\n", RegioIndeling::officieel()).unwrap_err();
    assert!(
        fouten[0].starts_with("regel 1: de kolommen bestuur_naam, vestiging"),
        "{fouten:?}"
    );
    let twee = "41000,Lek,90AA,00,De Boog,bao,Dorpsstraat,12,3431AB,Nieuwegein,0356,\n";
    let fouten = lees_tekst(&format!("{twee}{twee}")).unwrap_err();
    assert_eq!(
        fouten,
        ["regel 3, kolom vestiging: 90AA00 staat ook op regel 2"]
    );
}
