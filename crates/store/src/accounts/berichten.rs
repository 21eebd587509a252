//! The texts of the mails about an account. They say what the link is for, the account
//! name and the link; nothing else about the person (no BSN, no child, no role's scope).

use super::uitnodiging::UITNODIGING_DAGEN;

/// The path of an invitation link, after the application's address.
pub const UITNODIGING_PAD: &str = "/uitnodiging/";
/// The path of a password-reset link, after the application's address.
pub const HERSTEL_PAD: &str = "/wachtwoord-herstel/";

/// `adres` (the application's public address) with `pad` and the token.
pub fn link(adres: &str, pad: &str, token: &str) -> String {
    format!("{}{pad}{token}", adres.trim_end_matches('/'))
}

/// Subject and text of an invitation.
pub fn uitnodiging(gebruikersnaam: &str, link: &str) -> (&'static str, String) {
    (
        "Uitnodiging voor passend",
        format!(
            "U bent uitgenodigd voor passend met de gebruikersnaam {gebruikersnaam}.\n\
             \n\
             Kies via deze link een wachtwoord. De link werkt {UITNODIGING_DAGEN} dagen en één keer:\n\
             {link}\n\
             \n\
             Verwachtte u deze uitnodiging niet? Dan kunt u deze mail negeren.\n"
        ),
    )
}

/// Subject and text of a password reset.
pub fn herstel(gebruikersnaam: &str, link: &str, minuten: i64) -> (&'static str, String) {
    (
        "Nieuw wachtwoord voor passend",
        format!(
            "Er is gevraagd om een nieuw wachtwoord voor uw account {gebruikersnaam} in passend.\n\
             \n\
             Kies via deze link een nieuw wachtwoord. De link werkt {minuten} minuten en één keer:\n\
             {link}\n\
             \n\
             Heeft u dit niet zelf gevraagd? Dan kunt u deze mail negeren; uw wachtwoord blijft \
             wat het was.\n"
        ),
    )
}
