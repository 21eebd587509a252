//! Amounts in the API.

#[test]
fn amounts_have_two_decimals() {
    for (in_, out) in [
        ("4500", "4500.00"),
        ("4500.5", "4500.50"),
        ("4500.00", "4500.00"),
        ("0", "0.00"),
    ] {
        assert_eq!(passend_web::intern::twee_decimalen(in_), out);
    }
}
