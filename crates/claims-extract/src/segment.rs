//! Sentence segmentation: sentences as exact byte spans of the input, and the
//! opening dateline.
//!
//! (Initial version: ends sentences at `.`, `!`, `?` followed by white space and
//! at line breaks. The full rule set replaces it.)

use claims_model::{Dateline, Sentence, Span};

/// Splits `text` into sentences; each `text` is `input[start..end]`, trimmed.
pub fn segment(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let end_here =
            b == b'\n' || (matches!(b, b'.' | b'!' | b'?') && bytes.get(i + 1).is_none_or(|n| n.is_ascii_whitespace()));
        if end_here {
            push(text, Span::new(start, i + 1), &mut out);
            start = i + 1;
        }
        i += 1;
    }
    push(text, Span::new(start, text.len()), &mut out);
    out
}

fn push(text: &str, span: Span, out: &mut Vec<Sentence>) {
    let s = crate::text::trim(text, span);
    if !s.is_empty() {
        out.push(Sentence { index: out.len(), start: s.start, end: s.end, text: text[s.start..s.end].to_string() });
    }
}

/// The dateline that opens the article, if any (`ASTANA (Kazakhstan):`).
pub fn dateline(_text: &str) -> Option<Dateline> {
    None
}
