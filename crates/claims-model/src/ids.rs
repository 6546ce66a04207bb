//! Stable ids: the one place that says how an id is made.
//!
//! An id is a short prefix and the first 12 hex digits (48 bits) of the
//! SHA-256 digest of a normalised key:
//!
//! | id | prefix | key |
//! |---|---|---|
//! | claim | `c-` | `claim` NUL normalised statement NUL normalised speaker name |
//! | source | `src-` | `source` NUL kind NUL normalised name NUL normalised handle |
//! | article | `a-` | `article` NUL the article text, bytes as read |
//!
//! [`normalize`] makes the key independent of typography: Unicode NFC, curly
//! quotes and apostrophes to ASCII (`’` → `'`, `“` → `"`), dashes to `-`,
//! `#` and `@` before a word dropped (`#Putin` → `putin`), every run of white
//! space to one space, lower case, trimmed, and trailing `.`, `,`, `;`, `:` dropped.
//! The same claim text and speaker therefore give the same id in every run,
//! on every machine and in every version of an article. Two claims of one
//! article that normalise to the same key are told apart by the caller with
//! a `-2`, `-3`… suffix in text order (see [`disambiguate`]).

use sha2::{Digest, Sha256};
use unicode_normalization::UnicodeNormalization;

/// Normalises text for hashing and comparison (see the module docs).
pub fn normalize(text: &str) -> String {
    if text.is_ascii() {
        return normalize_ascii(text);
    }
    normalize_chars(text)
}

/// [`normalize`] read character by character (any text).
fn normalize_chars(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    let mut prev: Option<char> = None;
    // Most text is already in NFC (ASCII always is; the quick check says so without allocating);
    // normalise only when needed.
    let nfc: std::borrow::Cow<'_, str> = if text.is_ascii()
        || unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        std::borrow::Cow::Borrowed(text)
    } else {
        std::borrow::Cow::Owned(text.nfc().collect())
    };
    for c in nfc.chars() {
        let c = match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{00AB}' | '\u{00BB}' | '\u{2033}' => '"',
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
            c => c,
        };
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            prev = Some(' ');
            continue;
        }
        if (c == '#' || c == '@') && prev.is_none_or(|p| !p.is_alphanumeric()) {
            // Drop hashtag/handle markers: `#Putin` and `Putin` are the same word.
            prev = Some(c);
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                out.push(l);
            }
        }
        prev = Some(c);
    }
    while out.ends_with(['.', ',', ';', ':', ' ']) {
        out.pop();
    }
    out
}

/// [`normalize`] of an ASCII text, read from its bytes (the same steps; ASCII
/// is always in NFC and only `` ` `` among its characters is mapped).
fn normalize_ascii(text: &str) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(text.len());
    normalize_ascii_into(text.as_bytes(), &mut out);
    // Only ASCII bytes were written.
    String::from_utf8(out).unwrap_or_default()
}

/// `char::is_whitespace` of an ASCII byte (U+000B included).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ')
}

/// [`normalize_ascii`] of the ASCII bytes `text`, appended to `out` (whose
/// earlier bytes are left alone). Runs of bytes that are neither white space
/// nor `#`/`@` are copied at once and lowered in place.
fn normalize_ascii_into(text: &[u8], out: &mut Vec<u8>) {
    let base = out.len();
    // Most texts have single spaces only and no marker: they are copied and
    // lowered at once (the checks run over all bytes, without branching per byte).
    let special = |b: u8| matches!(b, b'\t'..=b'\r' | b'#' | b'@' | b'`');
    if text.first() != Some(&b' ')
        && !text.iter().fold(false, |any, &b| any | special(b))
        && !text
            .iter()
            .zip(text.get(1..).unwrap_or_default())
            .fold(false, |any, (&a, &b)| any | (a == b' ' && b == b' '))
    {
        out.extend_from_slice(text);
        out[base..].make_ascii_lowercase();
        while out.len() > base && matches!(out[out.len() - 1], b'.' | b',' | b';' | b':' | b' ') {
            out.pop();
        }
        return;
    }
    let mut pending_space = false;
    // The byte before the current one, white space read as a space (none at the start).
    let mut prev: Option<u8> = None;
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if is_ascii_space(b) {
            pending_space = out.len() > base;
            prev = Some(b' ');
            i += 1;
            continue;
        }
        if (b == b'#' || b == b'@') && prev.is_none_or(|p| !p.is_ascii_alphanumeric()) {
            // Drop hashtag/handle markers: `#Putin` and `Putin` are the same word.
            prev = Some(b);
            i += 1;
            continue;
        }
        if pending_space {
            out.push(b' ');
            pending_space = false;
        }
        // `b` is kept; so is every following byte up to white space or a marker.
        let end = text[i + 1..]
            .iter()
            .position(|&c| is_ascii_space(c) || c == b'#' || c == b'@')
            .map_or(text.len(), |k| i + 1 + k);
        let from = out.len();
        out.extend_from_slice(&text[i..end]);
        for c in &mut out[from..] {
            *c = if *c == b'`' { b'\'' } else { c.to_ascii_lowercase() };
        }
        // (`` ` `` and `'` are alike here: neither is alphanumeric.)
        prev = Some(text[end - 1]);
        i = end;
    }
    while out.len() > base && matches!(out[out.len() - 1], b'.' | b',' | b';' | b':' | b' ') {
        out.pop();
    }
}

/// Appends [`normalize`] of `text` to `out`.
fn normalize_into(text: &str, out: &mut Vec<u8>) {
    if text.is_ascii() {
        normalize_ascii_into(text.as_bytes(), out);
    } else {
        out.extend_from_slice(normalize_chars(text).as_bytes());
    }
}

/// `prefix` and the first 12 hex digits of the SHA-256 digest of `key`.
fn id_of(prefix: &str, key: &[u8]) -> String {
    hex_id(prefix, &Sha256::digest(key))
}

/// `prefix` and the first 12 hex digits of `digest`.
fn hex_id(prefix: &str, digest: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(prefix.len() + 12);
    out.push_str(prefix);
    for &b in digest.iter().take(6) {
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    out
}

/// The id of a claim: its statement and its speaker's name (empty for none).
pub fn claim_id(statement: &str, speaker: Option<&str>) -> String {
    // The key is written into one buffer and hashed at once.
    let speaker = speaker.unwrap_or("");
    let mut key: Vec<u8> = Vec::with_capacity(8 + statement.len() + speaker.len());
    key.extend_from_slice(b"claim\0");
    normalize_into(statement, &mut key);
    key.push(0);
    normalize_into(speaker, &mut key);
    id_of("c-", &key)
}

/// The id of a source: its kind (snake_case name), canonical name and handle.
pub fn source_id(kind: &str, name: &str, handle: Option<&str>) -> String {
    let handle = handle.unwrap_or("");
    let mut key: Vec<u8> = Vec::with_capacity(9 + kind.len() + name.len() + handle.len());
    key.extend_from_slice(b"source\0");
    key.extend_from_slice(kind.as_bytes());
    key.push(0);
    normalize_into(name, &mut key);
    key.push(0);
    normalize_into(handle, &mut key);
    id_of("src-", &key)
}

/// The id of an article version: a content address of its exact text.
pub fn article_id(text: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"article\0");
    hasher.update(text.as_bytes());
    hex_id("a-", &hasher.finalize())
}

/// Makes ids unique within one list, in order: the second `c-x` becomes
/// `c-x-2`, the third `c-x-3`. The first keeps its id.
pub fn disambiguate(ids: &mut [String]) {
    // Each id's occurrence number in order (1 for the first), counted by one hash
    // lookup per id; only the repeats are renamed.
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::with_capacity(ids.len());
    let nth: Vec<usize> = ids
        .iter()
        .map(|id| {
            let n = seen.entry(id.as_str()).or_insert(0);
            *n += 1;
            *n
        })
        .collect();
    drop(seen);
    for (id, n) in ids.iter_mut().zip(nth) {
        if n > 1 {
            *id = format!("{id}-{n}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_ignores_typography() {
        assert_eq!(normalize("Russia’s  influence\n has waned."), "russia's influence has waned");
        assert_eq!(normalize("“Quote” — #Putin @AlArabiya_Eng"), "\"quote\" - putin alarabiya_eng");
        // NFC: e + combining acute equals precomposed é.
        assert_eq!(normalize("Cafe\u{301}"), normalize("Café"));
        assert_eq!(normalize(""), "");
        assert_eq!(normalize("a@b.com"), "a@b.com");
    }

    #[test]
    fn ids_are_stable_and_distinguish_speakers() {
        let a = claim_id("Russia's influence has waned", None);
        assert_eq!(a, claim_id("Russia’s influence  has waned.", None));
        assert_ne!(a, claim_id("Russia's influence has waned", Some("Vladimir Putin")));
        // A fixed value: the scheme must not change silently between releases.
        assert_eq!(a, claim_id("russia's influence has waned", Some("")));
        assert!(a.starts_with("c-") && a.len() == 14);
        assert_eq!(source_id("person", "Vladimir Putin", None), source_id("person", "vladimir  putin", None));
        assert_ne!(source_id("person", "X", None), source_id("organization", "X", None));
        assert_ne!(article_id("a"), article_id("a "));
    }

    #[test]
    fn known_digest() {
        // sha256("claim\0\0") first 6 bytes, computed independently.
        let expected = {
            let mut h = Sha256::new();
            h.update(b"claim\0\0");
            h.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect::<String>()
        };
        assert_eq!(claim_id("", None), format!("c-{expected}"));
    }

    #[test]
    fn ascii_fast_path_matches_the_general_one() {
        let all: String = (0u8..128).map(char::from).collect();
        for t in [
            all.as_str(),
            " #Putin @x a#b a@b.com `quoted`  end.;: ",
            "\u{b}x\u{c}y\r\n",
            "##a @@b #",
            "...",
            "",
            "Russia's Influence Has WANED. ",
            "A B :",
            "x",
            "a .",
        ] {
            assert_eq!(normalize_ascii(t), normalize_chars(t), "{t:?}");
        }
        // Many short texts over the characters that matter (a fixed pseudo-random sequence).
        let alphabet = b" \t\n#@`'.,;:aZ9-_";
        let mut state: u32 = 1;
        for len in 0..40 {
            for _ in 0..200 {
                let t: String = (0..len)
                    .map(|_| {
                        state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                        char::from(alphabet[(state >> 16) as usize % alphabet.len()])
                    })
                    .collect();
                assert_eq!(normalize_ascii(&t), normalize_chars(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn keys_are_joined_with_nul() {
        let hex = |key: &[u8]| Sha256::digest(key).iter().take(6).map(|b| format!("{b:02x}")).collect::<String>();
        assert_eq!(
            claim_id("Russia’s  influence #waned.", Some(" Vladimir\tPutin ")),
            format!("c-{}", hex(b"claim\0russia's influence waned\0vladimir putin"))
        );
        assert_eq!(
            source_id("person", "Vladimir Putin", Some("@KremlinRussia_E")),
            format!("src-{}", hex(b"source\0person\0vladimir putin\0kremlinrussia_e"))
        );
        assert_eq!(article_id("Text. "), format!("a-{}", hex(b"article\0Text. ")));
    }

    #[test]
    fn disambiguation_keeps_the_first() {
        let mut ids = vec!["c-a".to_string(), "c-b".into(), "c-a".into(), "c-a".into()];
        disambiguate(&mut ids);
        assert_eq!(ids, ["c-a", "c-b", "c-a-2", "c-a-3"]);
        let mut ids = vec!["c-b".to_string(), "c-a".into(), "c-b".into(), "c-a".into(), "c-c".into()];
        disambiguate(&mut ids);
        assert_eq!(ids, ["c-b", "c-a", "c-b-2", "c-a-2", "c-c"]);
    }
}
