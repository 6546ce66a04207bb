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
    // At most one word per two bytes; about one per five or six in news text: room for one per four.
    let mut out = Vec::with_capacity(span.len() / 4 + 2);
    each_word_in(text, span, |b, e| out.push(Word { text: &text[b..e], span: Span::new(b, e) }));
    out
}

/// Calls `f(start, end)` with the byte range in `text` of each of the [`words`]
/// of `text[span]`, in order.
///
/// The stages read the words of many spans of one article: the words of the
/// whole text are found once and kept (per thread, for the last texts read,
/// with a copy of the text), and a span's words are those of the whole text
/// inside it, with the words cut by its ends read again. Reading a word
/// depends on the bytes before it only back to the last break, so those words
/// are the span's own as long as the kept copy has the span's bytes.
pub(crate) fn each_word_in(text: &str, span: Span, mut f: impl FnMut(usize, usize)) {
    let s = &text[span.start..span.end];
    if s.len() < 48 || text.len() < 512 {
        each_word(s, |b, e| f(span.start + b, span.start + e));
        return;
    }
    TEXT_WORDS.with(|cell| {
        let mut known = cell.borrow_mut();
        // The words a span gets from the kept words of a text depend on the bytes of
        // the span only: a text of the same length with the same bytes there will do.
        let same = |k: &TextWords| k.text.len() == text.len() && k.text[span.start..span.end] == *s.as_bytes();
        let at = match known.iter().position(same) {
            Some(at) => at,
            None => {
                // The oldest entry's buffers are reused: no allocation once they are large enough.
                let mut kept = if known.len() == KEPT_TEXTS {
                    known.remove(0)
                } else {
                    TextWords { text: Vec::new(), words: Vec::new() }
                };
                kept.text.clear();
                kept.text.extend_from_slice(text.as_bytes());
                kept.words.clear();
                kept.words.reserve(text.len() / 6 + 1);
                each_word(text, |b, e| kept.words.push((b, e)));
                known.push(kept);
                known.len() - 1
            }
        };
        let all = &known[at].words;
        let (a, b) = (span.start, span.end);
        let scan = |from: usize, to: usize, f: &mut dyn FnMut(usize, usize)| {
            each_word(&text[from..to], |x, y| f(from + x, from + y));
        };
        let mut i = all.partition_point(|w| w.1 <= a);
        // A word of the text that `a` cuts: its part in the span, read again.
        if let Some(&(_, we)) = all.get(i).filter(|w| w.0 < a) {
            scan(a, we.min(b), &mut f);
            if we >= b {
                return;
            }
            i += 1;
        }
        // The words wholly inside: those from `i` ending by `b` (word ends ascend as starts do).
        let inside = all[i..].partition_point(|w| w.1 <= b);
        for &(ws, we) in &all[i..i + inside] {
            f(ws, we);
        }
        i += inside;
        // A word of the text that `b` cuts: its part in the span, read again.
        if let Some(&(ws, _)) = all.get(i).filter(|w| w.0 < b) {
            scan(ws, b, &mut f);
        }
    });
}

/// How many texts [`each_word_in`] keeps the words of.
const KEPT_TEXTS: usize = 2;

/// The words of a whole text (see [`each_word_in`]).
struct TextWords {
    text: Vec<u8>,
    words: Vec<(usize, usize)>,
}

thread_local! {
    static TEXT_WORDS: std::cell::RefCell<Vec<TextWords>> = const { std::cell::RefCell::new(Vec::new()) };
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
            // The ASCII word bytes after it change nothing but the position.
            i += n;
            // (One table lookup a byte: bytes from 0x80 are in no ASCII word.)
            i += bytes[i..].iter().position(|&b| !ASCII_WORD_BYTE[usize::from(b)]).unwrap_or(bytes.len() - i);
            continue;
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

/// True at the ASCII bytes whose class has [`WORD`]; false from 0x80 on.
static ASCII_WORD_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = ASCII_CLASS[b] & WORD != 0;
        b += 1;
    }
    t
};

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

/// True when `s` starts with `prefix` (ASCII, lower case), ignoring ASCII case.
pub fn starts_with_ci(s: &str, prefix: &str) -> bool {
    s.as_bytes().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `w` without a possessive ending (`Grant's` → `Grant`, `Russia’s` → `Russia`).
#[inline]
pub fn strip_possessive(w: &str) -> &str {
    trim_suffix(trim_suffix(w, "'s"), "’s")
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

/// The white-space separated words of `s`, as `s.split_whitespace()`: of
/// ASCII text (without a vertical tab, the one ASCII white space
/// `split_ascii_whitespace` leaves in words) split byte by byte, faster.
pub fn ws_words(s: &str) -> WsWords<'_> {
    if s.is_ascii() && memchr::memchr(0x0B, s.as_bytes()).is_none() {
        WsWords::Ascii(s.split_ascii_whitespace())
    } else {
        WsWords::Any(s.split_whitespace())
    }
}

/// The iterator of [`ws_words`].
#[derive(Debug, Clone)]
pub enum WsWords<'a> {
    /// ASCII text.
    Ascii(std::str::SplitAsciiWhitespace<'a>),
    /// Any other text.
    Any(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for WsWords<'a> {
    type Item = &'a str;
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        match self {
            WsWords::Ascii(i) => i.next(),
            WsWords::Any(i) => i.next(),
        }
    }
}

impl<'a> DoubleEndedIterator for WsWords<'a> {
    #[inline]
    fn next_back(&mut self) -> Option<&'a str> {
        match self {
            WsWords::Ascii(i) => i.next_back(),
            WsWords::Any(i) => i.next_back(),
        }
    }
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

/// True when a word in `-ly` reads as an adverb (`repeatedly`, `also`-like
/// words before a verb): not the nouns, verbs and adjectives that end so
/// (`family`, `ally`, `supply`, `reply`, `assembly`, `July`, `elderly`).
/// Any case; the caller decides whether a capital matters.
pub fn is_ly_adverb(word: &str) -> bool {
    static NOT_ADVERBS: crate::clause::WordList = crate::clause::WordList::new(&[
        "family",
        "ally",
        "rally",
        "supply",
        "reply",
        "apply",
        "comply",
        "imply",
        "rely",
        "multiply",
        "tally",
        "assembly",
        "anomaly",
        "monopoly",
        "italy",
        "july",
        "bully",
        "belly",
        "jelly",
        "lily",
        "folly",
        "fly",
        "butterfly",
        "homily",
        "melancholy",
        "elderly",
        "friendly",
        "lonely",
        "lovely",
        "costly",
        "deadly",
        "orderly",
        "ugly",
        "holy",
        "silly",
        "unlikely",
        "burly",
        "curly",
        "surly",
        "hilly",
    ]);
    word.len() > 3
        && word.as_bytes()[word.len() - 2..].eq_ignore_ascii_case(b"ly")
        && !NOT_ADVERBS.contains_ignoring_case(word)
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
    fn words_of_spans_agree_with_a_fresh_reading() {
        let mut t = String::from("“Russia’s 1,000 troops,” U.S. envoy said: 6:30, well-known. ");
        while t.len() < 700 {
            t.push_str("Kassym-Jomart said the U.S. and Russia’s 3.5% rise, e.g. co-op. ");
        }
        // The same length, other bytes here and there: spans reuse the first text's words where they can.
        let t2: String = t
            .char_indices()
            .map(|(i, c)| {
                if i % 211 == 5 && c.is_ascii() {
                    if i % 2 == 0 {
                        ' '
                    } else {
                        'x'
                    }
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(t.len(), t2.len());
        for t in [&t, &t2, &t] {
            let fresh = |sp: Span| {
                let mut v = Vec::new();
                each_word(&t[sp.start..sp.end], |b, e| v.push((sp.start + b, sp.start + e)));
                v
            };
            let bounds: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for (k, &a) in bounds.iter().enumerate().step_by(3) {
                for &b in bounds[k..].iter().step_by(7) {
                    let sp = Span::new(a, b);
                    let got: Vec<(usize, usize)> = words(t, sp).iter().map(|w| (w.span.start, w.span.end)).collect();
                    assert_eq!(got, fresh(sp), "{a}..{b}");
                }
            }
        }
    }

    #[test]
    fn ws_words_as_split_whitespace() {
        for t in ["", "  a  b\tc\n", "x\x0By z", "Russia’s  troops\u{a0}here", " one ", "\x0C\r"] {
            assert_eq!(ws_words(t).collect::<Vec<_>>(), t.split_whitespace().collect::<Vec<_>>(), "{t:?}");
            assert_eq!(ws_words(t).next_back(), t.split_whitespace().next_back(), "{t:?}");
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
