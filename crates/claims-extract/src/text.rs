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
#[inline]
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
    each_word(s, |b, e| out.push(Word { text: &s[b..e], span: Span::new(span.start + b, span.start + e) }));
    out
}

/// Calls `f(start, end)` with the byte range in `s` of each of its [`words`], in order.
#[inline]
pub(crate) fn each_word(s: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        // ASCII through the class table, anything else char by char.
        let (word, joiner, n) = match bytes[i] {
            b if b < 0x80 => {
                let k = ASCII_CLASS[usize::from(b)];
                (k & WORD != 0, k & JOINER != 0, 1)
            }
            _ => {
                let (c, n) = char_at(s, i);
                (is_word_char(c), is_inner_joiner(c), n)
            }
        };
        if word {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(b) = start {
            // A joiner stays inside a word when a letter or digit follows (`Russia’s`, `3.5`).
            if !(joiner && i + n < bytes.len() && alnum_at(s, i + n)) {
                f(b, i);
                start = None;
            }
        }
        i += n;
    }
    if let Some(b) = start {
        f(b, s.len());
    }
}

const WORD: u8 = 1;
const ALNUM: u8 = 2;
const JOINER: u8 = 4;

/// [`is_word_char`], `is_alphanumeric` and [`is_inner_joiner`] of each ASCII byte.
static ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = WORD | ALNUM;
        } else if matches!(c, b'_' | b'@' | b'#') {
            t[b] = WORD;
        } else if matches!(c, b'\'' | b'-' | b'.' | b',' | b':' | b'/' | b'&') {
            t[b] = JOINER;
        }
        b += 1;
    }
    t
};

/// True when the char at byte `i` of `s` is a letter or digit.
#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes()[i] {
        b if b < 0x80 => ASCII_CLASS[usize::from(b)] & ALNUM != 0,
        _ => char_at(s, i).0.is_alphanumeric(),
    }
}

/// The char starting at byte `i` of `s` (a char boundary) and its length in bytes.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or('\0');
    (c, c.len_utf8())
}

/// A word in lower case: the word itself when it has no capitals, else kept on
/// the stack when it is short ASCII (the usual case), so that lower-casing a
/// word to compare it allocates nothing.
#[derive(Clone)]
pub enum Lower<'a> {
    /// The word was lower case already.
    Same(&'a str),
    /// Short ASCII, lower-cased into a buffer.
    Inline([u8; LOWER_INLINE], u8),
    /// Anything else.
    Heap(String),
}

const LOWER_INLINE: usize = 30;

impl<'a> Lower<'a> {
    /// `w.to_lowercase()`.
    #[inline]
    pub fn new(w: &'a str) -> Self {
        let b = w.as_bytes();
        if b.is_ascii() {
            if !b.iter().any(u8::is_ascii_uppercase) {
                return Lower::Same(w);
            }
            if b.len() <= LOWER_INLINE {
                let mut buf = [0u8; LOWER_INLINE];
                for (d, c) in buf.iter_mut().zip(b) {
                    *d = c.to_ascii_lowercase();
                }
                return Lower::Inline(buf, b.len() as u8);
            }
        }
        Lower::Heap(w.to_lowercase())
    }
    /// The lower-cased text.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            Lower::Inline(buf, n) => std::str::from_utf8(&buf[..usize::from(*n)]).unwrap_or_default(),
            Lower::Heap(s) => s,
        }
    }
}

impl Default for Lower<'_> {
    fn default() -> Self {
        Lower::Same("")
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialEq<str> for Lower<'_> {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<Lower<'_>> for &str {
    fn eq(&self, other: &Lower<'_>) -> bool {
        *self == other.as_str()
    }
}

impl PartialEq for Lower<'_> {
    fn eq(&self, other: &Lower<'_>) -> bool {
        self.as_str() == other.as_str()
    }
}

impl std::fmt::Debug for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// `s.trim_end_matches(suffix)` for a string suffix, without a searcher.
#[inline]
pub fn trim_suffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    let mut s = s;
    if suffix.is_empty() {
        return s;
    }
    while let Some(r) = s.strip_suffix(suffix) {
        s = r;
    }
    s
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
    fn lower_matches_to_lowercase() {
        for w in ["", "Said", "ÉCOLE", "İstanbul", "a-very-long-ASCII-word-of-more-than-thirty-bytes", "Russia’s"] {
            assert_eq!(Lower::new(w).as_str(), w.to_lowercase(), "{w}");
        }
    }

    #[test]
    fn trim_suffix_as_trim_end_matches() {
        for (w, p) in [("Russia's's", "'s"), ("AFP’s", "’s"), ("plain", "'s"), ("", "'s"), ("x", "")] {
            assert_eq!(trim_suffix(w, p), w.trim_end_matches(p));
        }
    }

    #[test]
    fn ascii_classes_agree_with_the_char_tests() {
        for b in 0u8..128 {
            let c = char::from(b);
            let k = ASCII_CLASS[usize::from(b)];
            assert_eq!(k & WORD != 0, is_word_char(c), "{c:?}");
            assert_eq!(k & ALNUM != 0, c.is_alphanumeric(), "{c:?}");
            assert_eq!(k & JOINER != 0, is_inner_joiner(c), "{c:?}");
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
