//! A queued mail as an RFC 5322 message: plain UTF-8 text.

use super::MailInstelling;
use lettre::Message;
use lettre::message::header::ContentType;
use passend_store::mail::TeVerzenden;

pub fn opstellen(inst: &MailInstelling, mail: &TeVerzenden) -> Result<Message, String> {
    let van = inst
        .afzender
        .parse()
        .map_err(|e| format!("afzender '{}': {e}", inst.afzender))?;
    let aan = mail.aan.parse().map_err(|e| format!("ontvanger: {e}"))?;
    Message::builder()
        .from(van)
        .to(aan)
        .subject(&mail.onderwerp)
        .header(ContentType::TEXT_PLAIN)
        .body(mail.tekst.clone())
        .map_err(|e| e.to_string())
}
