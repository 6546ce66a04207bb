//! Small text helpers shared by the stages: words with spans, trimming, char boundaries.

use claims_model::Span;

/// A word of the input with its span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it stands in the input.
    pub span: Span,
}

/// True for characters that can be part of a word: letters, digits, and
/// apostrophes, hyphens, periods, commas, colons, slashes and `@`/`#` between them.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '@' || c == '#'
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | ',' | ':' | '/' | '‑' | '&')
}

/// The words of `text[span]`: runs of letters and digits, keeping inner
/// apostrophes, hyphens and number punctuation (`Russia’s`, `Kassym-Jomart`, `3.5`, `1,000`).
pub fn words(text: &str, span: Span) -> Vec<Word<'_>> {
    let s = &text[span.start..span.end];
    // About one word per six bytes of news text: grow once at most.
    let mut out = Vec::with_capacity(s.len() / 6 + 1);
    let mut start: Option<usize> = None;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if is_word_char(c) {
            if start.is_none() {
                start = Some(i);
            }
        } else if start.is_some() && is_inner_joiner(c) {
            let next_is_word = iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if !next_is_word {
                let b = start.take().unwrap();
                out.push(Word { text: &s[b..i], span: Span::new(span.start + b, span.start + i) });
            }
        } else if let Some(b) = start.take() {
            out.push(Word { text: &s[b..i], span: Span::new(span.start + b, span.start + i) });
        }
    }
    if let Some(b) = start {
        out.push(Word { text: &s[b..], span: Span::new(span.start + b, span.end) });
    }
    out
}

/// Shrinks `span` past white space at both ends.
pub fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.start..span.end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return Span::new(span.start, span.start);
    }
    Span::new(span.start + lead, span.end - trail)
}

/// Shrinks `span` past white space and any of `chars` at both ends.
pub fn trim_matches(text: &str, span: Span, chars: &[char]) -> Span {
    let s = &text[span.start..span.end];
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || chars.contains(&c));
    let lead = s.len() - t.len();
    let t2 = t.trim_end_matches(|c: char| c.is_whitespace() || chars.contains(&c));
    Span::new(span.start + lead, span.start + lead + t2.len())
}

/// True when the word starts with an upper-case letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Opening quotation marks.
pub const OPEN_QUOTES: &[char] = &['"', '“', '‘', '«', '„'];
/// Closing quotation marks.
pub const CLOSE_QUOTES: &[char] = &['"', '”', '’', '»', '“'];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_punctuation() {
        let t = "Russia’s 1,000 troops, Kassym-Jomart said: \"yes.\"";
        let w: Vec<&str> = words(t, Span::new(0, t.len())).iter().map(|w| w.text).collect();
        assert_eq!(w, ["Russia’s", "1,000", "troops", "Kassym-Jomart", "said", "yes"]);
        for x in words(t, Span::new(0, t.len())) {
            assert_eq!(&t[x.span.start..x.span.end], x.text);
        }
    }

    #[test]
    fn trimming() {
        let t = "  “hello,”  ";
        let s = trim(t, Span::new(0, t.len()));
        assert_eq!(&t[s.start..s.end], "“hello,”");
        let s = trim_matches(t, Span::new(0, t.len()), &['“', '”', ',']);
        assert_eq!(&t[s.start..s.end], "hello");
        assert!(trim(t, Span::new(0, 2)).is_empty());
    }
}
