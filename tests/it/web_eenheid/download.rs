//! Download file names.

#[test]
fn file_names_keep_only_safe_characters() {
    assert_eq!(
        passend_web::download::veilige_naam("verslag \"2026\";\r\nx.pdf"),
        "verslag__2026____x.pdf"
    );
    assert_eq!(
        passend_web::download::veilige_naam("a-b_c.PDF"),
        "a-b_c.PDF"
    );
}
