//! Without a mail server: each mail as a file `NNNNNN.eml` in a folder, which a mail
//! program opens as it is. Written under a temporary name first, so that whoever reads the
//! folder never sees half a mail.

use lettre::Message;
use std::path::Path;

pub async fn schrijf(map: &Path, id: i64, bericht: &Message) -> Result<(), String> {
    let fout = |e: std::io::Error| format!("map {}: {e}", map.display());
    tokio::fs::create_dir_all(map).await.map_err(fout)?;
    let doel = map.join(format!("{id:06}.eml"));
    let tijdelijk = map.join(format!(".{id:06}.eml.deel"));
    tokio::fs::write(&tijdelijk, bericht.formatted())
        .await
        .map_err(fout)?;
    tokio::fs::rename(&tijdelijk, &doel).await.map_err(fout)
}
