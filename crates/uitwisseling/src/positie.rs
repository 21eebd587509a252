//! Where in the raw file something is. Tree nodes carry no usable line number through the
//! safe libxml API, so problems found after parsing are located by scanning the bytes.

pub(crate) fn zoek(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    let first = needle[0];
    let mut start = 0;
    while let Some(offset) = haystack[start..].iter().position(|&b| b == first) {
        let at = start + offset;
        if haystack[at..].starts_with(needle) {
            return Some(at);
        }
        start = at + 1;
    }
    None
}

/// The 1-based line of byte offset `at`.
pub(crate) fn regel_op(xml: &[u8], at: usize) -> u32 {
    let newlines = xml[..at.min(xml.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    u32::try_from(newlines + 1).unwrap_or(u32::MAX)
}

/// The start tags in the raw bytes, as (offset of `<`, local name, offset just past the tag).
/// Comments, CDATA and processing instructions are skipped: they can hold text that looks
/// like a tag.
fn start_tags(xml: &[u8]) -> impl Iterator<Item = (usize, &[u8], usize)> {
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            let at = i + xml.get(i..)?.iter().position(|&b| b == b'<')?;
            let rest = &xml[at + 1..];
            let skip_tot: Option<&[u8]> = if rest.starts_with(b"!--") {
                Some(b"-->")
            } else if rest.starts_with(b"![CDATA[") {
                Some(b"]]>")
            } else if rest.starts_with(b"?") {
                Some(b"?>")
            } else {
                None
            };
            if let Some(einde) = skip_tot {
                i = at + 1 + zoek(rest, einde)? + einde.len();
                continue;
            }
            i = at + 1;
            let tag_len = rest
                .iter()
                .position(|b| b.is_ascii_whitespace() || matches!(b, b'>' | b'/'))
                .unwrap_or(rest.len());
            let tag = &rest[..tag_len];
            if tag.is_empty() || tag[0] == b'/' || tag[0] == b'!' {
                continue;
            }
            let local = tag.rsplit(|&b| b == b':').next().unwrap_or(tag);
            let einde = rest
                .iter()
                .position(|&b| b == b'>')
                .map_or(xml.len(), |e| at + 2 + e);
            return Some((at, local, einde));
        }
    })
}

/// The line of the `nth` (0-based) start tag with local name `naam`.
pub(crate) fn regel_van_element(xml: &[u8], naam: &str, nth: usize) -> Option<u32> {
    start_tags(xml)
        .filter(|(_, local, _)| *local == naam.as_bytes())
        .nth(nth)
        .map(|(at, _, _)| regel_op(xml, at))
}

/// The lines of every start tag with local name `naam`, in one pass over the file.
pub(crate) fn regels_van_elementen(xml: &[u8], naam: &str) -> Vec<u32> {
    let (mut regel, mut tot) = (1u32, 0usize);
    start_tags(xml)
        .filter(|(_, local, _)| *local == naam.as_bytes())
        .map(|(at, _, _)| {
            let nieuw = xml[tot..at].iter().filter(|&&b| b == b'\n').count();
            regel = regel.saturating_add(u32::try_from(nieuw).unwrap_or(u32::MAX));
            tot = at;
            regel
        })
        .collect()
}

/// The line of the first `<naam>` element whose text starts with `waarde`.
pub(crate) fn regel_van_waarde(xml: &[u8], naam: &str, waarde: &str) -> Option<u32> {
    start_tags(xml)
        .find(|(_, local, einde)| {
            *local == naam.as_bytes()
                && xml
                    .get(*einde..)
                    .is_some_and(|na| na.starts_with(waarde.as_bytes()))
        })
        .map(|(at, _, _)| regel_op(xml, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn element_lines_skip_comments_and_cdata() {
        let xml = b"<a>\n<!-- <b> -->\n<![CDATA[<b>]]>\n<x:b/>\n<b>\n</a>";
        assert_eq!(regel_van_element(xml, "b", 0), Some(4));
        assert_eq!(regel_van_element(xml, "b", 1), Some(5));
        assert_eq!(regel_van_element(xml, "b", 2), None);
        assert_eq!(regel_van_element(xml, "a", 0), Some(1));
        assert_eq!(regels_van_elementen(xml, "b"), vec![4, 5]);
    }

    #[test]
    fn values_are_found_by_element_and_text() {
        let xml = b"<a>\n<d>2016-01-01</d>\n<d>2016-13-01</d>\n</a>";
        assert_eq!(regel_van_waarde(xml, "d", "2016-13-01"), Some(3));
        assert_eq!(regel_van_waarde(xml, "d", "1999"), None);
    }
}
