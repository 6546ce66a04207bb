//! Decoding an HTML page's bytes: byte-order mark, then a `<meta charset>` (or
//! `http-equiv="Content-Type"`) declaration in the first [`PRESCAN_BYTES`], then UTF-8
//! when the bytes are valid UTF-8, else windows-1252 (what browsers assume for
//! undeclared Western pages). Labels are resolved by the WHATWG Encoding Standard
//! (`encoding_rs`), so `ISO-8859-1` and `latin1` decode as windows-1252, as in browsers.
//! Malformed sequences become U+FFFD, as in a browser.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

use crate::Error;

/// How much of the page is searched for a charset declaration.
pub const PRESCAN_BYTES: usize = 4096;

/// Decodes an HTML page; returns the text and the name of the encoding used.
///
/// Errors: [`Error::Binary`] when the bytes hold a NUL byte and no UTF-16 byte-order mark.
pub fn decode_html(bytes: &[u8]) -> Result<(String, &'static str), Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), enc.name()));
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::Binary { offset });
    }
    let enc =
        declared_charset(bytes).unwrap_or_else(
            || {
                if std::str::from_utf8(bytes).is_ok() {
                    UTF_8
                } else {
                    WINDOWS_1252
                }
            },
        );
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), enc.name()))
}

/// The encoding a `<meta>` tag near the top of the page declares, if any.
///
/// A declared UTF-16 is read as UTF-8 (a page that reached here has no UTF-16
/// byte-order mark, and an ASCII-compatible `<meta>` could be read), as browsers do.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(p) = find(&lower, from, b"<meta") {
        let end = lower[p..].iter().position(|&c| c == b'>').map_or(lower.len(), |e| p + e);
        let tag = &lower[p..end];
        from = end;
        let Some(c) = find(tag, 0, b"charset") else { continue };
        let mut k = c + b"charset".len();
        while k < tag.len() && (tag[k].is_ascii_whitespace() || tag[k] == b'=' || tag[k] == b'"' || tag[k] == b'\'') {
            k += 1;
        }
        let label_end = tag[k..]
            .iter()
            .position(|&ch| ch.is_ascii_whitespace() || matches!(ch, b'"' | b'\'' | b';' | b'/' | b'>'))
            .map_or(tag.len(), |e| k + e);
        if let Some(enc) = Encoding::for_label(&tag[k..label_end]) {
            let enc = if enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE { UTF_8 } else { enc };
            return Some(enc);
        }
    }
    None
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    if from >= hay.len() || hay.len() - from < needle.len() {
        return None;
    }
    hay[from..].windows(needle.len()).position(|w| w == needle).map(|p| p + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_declared_in_meta() {
        let page = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>caf\xe9 \x93quoted\x94</body></html>";
        let (text, enc) = decode_html(page).unwrap();
        assert_eq!(enc, "windows-1252");
        assert!(text.contains("café “quoted”"), "{text}");
    }

    #[test]
    fn meta_charset_short_form_and_utf8_default() {
        let page = "<meta charset='utf-8'><p>Zürich</p>".as_bytes();
        assert_eq!(decode_html(page).unwrap(), ("<meta charset='utf-8'><p>Zürich</p>".to_string(), "UTF-8"));
        let undeclared = b"<p>na\xefve</p>";
        assert_eq!(decode_html(undeclared).unwrap().0, "<p>naïve</p>");
    }

    #[test]
    fn bom_wins_and_nul_is_binary() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "<p>hi</p>".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_html(&utf16).unwrap().0, "<p>hi</p>");
        assert!(matches!(decode_html(b"<p>a\0b</p>"), Err(Error::Binary { offset: 4 })));
    }
}
