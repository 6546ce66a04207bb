//! Clause structure shared by the semantic stages: the words of a claim span and
//! which of them stand in an aside (parenthesis, dash pair, non-restrictive
//! relative clause, fronted or trailing subordinate clause, trailing participial
//! phrase), so that certainty and negation read only the main predicate.

use claims_model::Span;

use crate::text::each_word_in;

/// One word of a span with its clause information.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Where it stands in the input.
    pub span: Span,
    /// True when the word belongs to an aside, not to the main clause.
    pub aside: bool,
}

impl Tok<'_> {
    /// Case-insensitive comparison with an ASCII word (curly apostrophes folded).
    #[inline]
    pub fn is(&self, w: &str) -> bool {
        eq_word(self.text, w)
    }
    /// True when the word equals one of `ws`, ignoring case.
    #[inline]
    pub fn is_any(&self, ws: &[&str]) -> bool {
        // Only words of the same length (or two bytes shorter, for a curly apostrophe) can match.
        let n = self.text.len();
        ws.iter().any(|w| (w.len() == n || w.len() + 2 == n) && eq_word(self.text, w))
    }
}

/// Case-insensitive comparison treating `’` as `'`.
#[inline]
pub fn eq_word(a: &str, b: &str) -> bool {
    if a.len() == b.len() {
        return a.eq_ignore_ascii_case(b);
    }
    // `’` is three bytes where `'` is one: only then can a curly form match.
    // (`’` is the only three-byte char starting with 0xE2 0x80 0x99.)
    if a.len() != b.len() + 2 || a.is_ascii() || !a.as_bytes().windows(3).any(|w| w == [0xE2, 0x80, 0x99]) {
        return false;
    }
    let mut x = a.chars().map(|c| if c == '’' { '\'' } else { c.to_ascii_lowercase() });
    let mut y = b.chars().map(|c| c.to_ascii_lowercase());
    loop {
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
}

/// A set of ASCII words matched case-insensitively (curly apostrophes folded),
/// built once; lookups use a stack buffer, no allocation and no hashing: the
/// words are grouped by length and first letter, and a lookup compares the few
/// words of its group.
#[derive(Debug)]
pub struct WordSet {
    /// The words, ordered by group.
    words: Vec<&'static [u8]>,
    /// For each group (length × first letter), its range in `words`.
    groups: Vec<(u32, u32)>,
    /// True at `b` when a word starts with the ASCII byte `b`.
    firsts: [bool; 128],
}

/// FNV-1a: short ASCII keys hash much faster than with the default SipHash,
/// and the sets hold built-in words only (no untrusted keys). The matcher's.
pub use claims_match::words::FnvHasher as Fnv;

/// Longest word a [`WordSet`] lookup can match, in bytes.
const MAX_WORD: usize = 24;

/// The group of a word of `len` bytes starting with `first` (lower case);
/// words longer than [`MAX_WORD`] share one length group.
#[inline]
fn group(len: usize, first: u8) -> usize {
    let letter = if first.is_ascii_lowercase() { usize::from(first - b'a') } else { 26 };
    len.min(MAX_WORD + 1) * 27 + letter
}

impl WordSet {
    /// The set of `words` (given in lower case).
    pub fn new(words: &[&'static str]) -> Self {
        let mut v: Vec<(usize, &'static [u8])> =
            words.iter().map(|w| (group(w.len(), w.as_bytes().first().copied().unwrap_or(0)), w.as_bytes())).collect();
        v.sort();
        v.dedup();
        let mut groups = vec![(0u32, 0u32); group(MAX_WORD + 1, b'z' + 1) + 1];
        for (i, (g, _)) in v.iter().enumerate() {
            let i = i as u32;
            if groups[*g].1 == 0 {
                groups[*g] = (i, i + 1);
            } else {
                groups[*g].1 = i + 1;
            }
        }
        let mut firsts = [false; 128];
        for &b in v.iter().filter_map(|(_, w)| w.first().filter(|b| b.is_ascii())) {
            firsts[usize::from(b)] = true;
        }
        WordSet { words: v.into_iter().map(|(_, w)| w).collect(), groups, firsts }
    }
    /// True when `w` is in the set, ignoring case.
    #[inline]
    pub fn has(&self, w: &str) -> bool {
        let bytes = w.as_bytes();
        match bytes.first() {
            // A word starting with an ASCII byte no set word starts with (lower-cased) is out at once.
            Some(&f) if f.is_ascii() && !self.firsts[usize::from(f.to_ascii_lowercase())] => false,
            _ if bytes.is_ascii() => {
                if bytes.len() > MAX_WORD {
                    return false;
                }
                // Compare each word of the group with `w` lower-cased byte by byte, no copy.
                let first = bytes.first().map_or(0, u8::to_ascii_lowercase);
                let (a, b) = self.groups[group(bytes.len(), first)];
                self.words[a as usize..b as usize]
                    .iter()
                    .any(|k| k.len() == bytes.len() && k.iter().zip(bytes).all(|(x, y)| *x == y.to_ascii_lowercase()))
            }
            _ => self.has_folded(w),
        }
    }
    /// [`WordSet::has`] of a word with chars outside ASCII (`’` read as `'`, any other: not in the set).
    #[cold]
    #[inline(never)]
    fn has_folded(&self, w: &str) -> bool {
        let mut buf = [0u8; MAX_WORD];
        let mut n = 0;
        for c in w.chars() {
            let b = match c {
                '’' => b'\'',
                c if c.is_ascii() => c.to_ascii_lowercase() as u8,
                _ => return false,
            };
            if n == buf.len() {
                return false;
            }
            buf[n] = b;
            n += 1;
        }
        self.has_bytes(&buf[..n])
    }
    /// True when `w` is in the set exactly as written (as `[&str]::contains`).
    #[inline]
    pub fn has_exact(&self, w: &str) -> bool {
        self.has_bytes(w.as_bytes())
    }
    #[inline]
    fn has_bytes(&self, key: &[u8]) -> bool {
        let (a, b) = self.groups[group(key.len(), key.first().copied().unwrap_or(0))];
        self.words[a as usize..b as usize].contains(&key)
    }
}

/// A constant word list with an exact-match lookup as fast as a [`WordSet`]'s
/// (built on first use): a drop-in for `LIST.contains(&w)` on a `&[&str]`.
#[derive(Debug)]
pub struct WordList {
    /// The words.
    pub list: &'static [&'static str],
    set: std::sync::OnceLock<WordSet>,
}

impl WordList {
    /// The list `list`.
    pub const fn new(list: &'static [&'static str]) -> Self {
        WordList { list, set: std::sync::OnceLock::new() }
    }
    /// True when `w` is one of the words, exactly as written.
    #[inline]
    pub fn contains(&self, w: &&str) -> bool {
        self.set.get_or_init(|| WordSet::new(self.list)).has_exact(w)
    }
    /// True when `w` lower-cased (ASCII letters only; `’` read as `'`) is one of the words
    /// ([`WordSet::has`]: `w` longer than 24 bytes never is).
    #[inline]
    pub fn contains_ignoring_case(&self, w: &str) -> bool {
        self.set.get_or_init(|| WordSet::new(self.list)).has(w)
    }
    /// The words, in order.
    pub fn iter(&self) -> std::slice::Iter<'static, &'static str> {
        self.list.iter()
    }
}

/// Words that open a non-restrictive aside after a comma.
const ASIDE_AFTER_COMMA: &[&str] = &[
    "which",
    "who",
    "whom",
    "whose",
    "including",
    "with",
    "saying",
    "adding",
    "amid",
    "despite",
    "resulting",
    "although",
    "though",
    "because",
    "unless",
    "whereas",
    "whilst",
    "even",
    "a",
    "an",
    "itself",
    "once",
];
/// Words that, at the start of a span, open a fronted subordinate clause closed by a comma.
const FRONTED: &[&str] = &[
    "although",
    "though",
    "if",
    "when",
    "while",
    "whilst",
    "after",
    "before",
    "because",
    "since",
    "once",
    "unless",
    "despite",
    "whereas",
    "as",
    "even",
    "unlike",
    "having",
    "following",
    "amid",
];
/// Subordinators that open an aside running to the end of their comma segment.
const INNER_SUB: &[&str] = &["because", "although", "though", "unless", "whereas", "if", "whilst"];

/// False for a word that is none of [`INNER_SUB`], told by its length and first
/// letter (`if`, `though`, `unless`, `whilst`, `because`, `whereas`, `although`;
/// a curly apostrophe is in none of them).
#[inline]
fn may_be_inner(w: &str) -> bool {
    w.as_bytes().first().is_some_and(|&f| {
        matches!((w.len(), f | 0x20), (2, b'i') | (6, b't' | b'u' | b'w') | (7, b'b' | b'w') | (8, b'a'))
    })
}

static INNER: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(INNER_SUB));
static FRONTED_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(FRONTED));
static ASIDE_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(ASIDE_AFTER_COMMA));

/// How `while`/`whereas` clauses after a comma are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum While {
    /// As an aside (negation of the main predicate).
    Aside,
    /// As a coordinate clause, part of the main claim (certainty: a hedge there still counts).
    Main,
}

/// The words of `text[span]` with their aside flags.
///
/// (The words come from the article's words read once, see
/// [`crate::text::each_word_in`]; a span is rarely read twice in a row, so no
/// copy of it is kept here.)
pub fn toks(text: &str, span: Span, mode: While) -> Vec<Tok<'_>> {
    let span = clamp(text, span);
    let mut out = marked_words(text, span);
    if out.is_empty() {
        return out;
    }
    segments(text, &mut out, mode);
    out
}

/// [`toks`] read into `out` (a buffer kept by a caller that reads many spans of
/// one text: no allocation for the words once it is large enough).
pub(crate) fn toks_in<'a>(text: &'a str, span: Span, mode: While, mut out: Vec<Tok<'a>>) -> Vec<Tok<'a>> {
    let span = clamp(text, span);
    out.clear();
    out.reserve(span.len() / 4 + 2);
    each_word_in(text, span, |b, e| out.push(Tok { text: &text[b..e], span: Span::new(b, e), aside: false }));
    let mut out = mark(text, span, out);
    if out.is_empty() {
        return out;
    }
    segments(text, &mut out, mode);
    out
}

/// The words of `text[span]` (a clamped span), those inside parentheses or
/// dashes marked as asides.
fn marked_words(text: &str, span: Span) -> Vec<Tok<'_>> {
    let mut out: Vec<Tok<'_>> = Vec::with_capacity(span.len() / 4 + 2);
    each_word_in(text, span, |b, e| out.push(Tok { text: &text[b..e], span: Span::new(b, e), aside: false }));
    mark(text, span, out)
}

/// [`toks`] of `text[span]` (a clamped span) given its words `words`
/// ([`crate::text::words`] of the span, read by the caller, none marked aside).
pub(crate) fn toks_of<'a>(text: &'a str, span: Span, words: Vec<Tok<'a>>, mode: While) -> Vec<Tok<'a>> {
    let mut out = mark(text, span, words);
    if out.is_empty() {
        return out;
    }
    segments(text, &mut out, mode);
    out
}

/// `out` (the words of `text[span]`, a clamped span) with those inside
/// parentheses or dashes marked as asides.
fn mark<'a>(text: &'a str, span: Span, mut out: Vec<Tok<'a>>) -> Vec<Tok<'a>> {
    let s = &text[span.start..span.end];
    if out.is_empty() {
        return out;
    }
    let bytes = text.as_bytes();
    // Parentheses and brackets.
    let mut depth = 0usize;
    let mut paren: Vec<(usize, usize)> = Vec::new();
    let mut open_at = 0usize;
    // Closing marks before the first opening one change nothing: start there.
    let first_open = memchr::memchr2(b'(', b'[', &bytes[span.start..span.end]);
    let from = first_open.map_or(span.end, |k| span.start + k);
    for (i, &b) in bytes[from..span.end].iter().enumerate() {
        let i = from + i;
        match b {
            b'(' | b'[' => {
                if depth == 0 {
                    open_at = i;
                }
                depth += 1;
            }
            b')' | b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    paren.push((open_at, i + 1));
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        paren.push((open_at, span.end));
    }
    // Dash asides: ` — … — ` or ` — …` to the end.
    let mut dashes: Vec<usize> = Vec::new();
    // Both dashes are three bytes starting with 0xE2: most spans have none of those.
    if memchr::memchr(0xE2, s.as_bytes()).is_some() && s.contains(['—', '–']) {
        for (i, c) in s.char_indices() {
            if c == '—' || (c == '–' && s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' ')) {
                dashes.push(span.start + i);
            }
        }
    }
    let mut dash_ranges: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < dashes.len() {
        let a = dashes[k];
        let b = dashes.get(k + 1).copied().unwrap_or(span.end);
        dash_ranges.push((a, b));
        k += 2;
    }
    if !paren.is_empty() || !dash_ranges.is_empty() {
        for t in out.iter_mut() {
            let p = t.span.start;
            if paren.iter().chain(dash_ranges.iter()).any(|&(a, b)| a <= p && p < b) {
                t.aside = true;
            }
        }
    }
    out
}

/// The end (exclusive, a word index) of the comma segment of `out` starting at
/// word `a`: the next word with a comma or semicolon before it, or the end.
#[inline]
fn segment_end(bytes: &[u8], out: &[Tok<'_>], a: usize) -> usize {
    (a + 1..out.len())
        .find(|&i| bytes[out[i - 1].span.end..out[i].span.start].iter().any(|&b| b == b',' || b == b';'))
        .unwrap_or(out.len())
}

/// Marks the asides that commas open in `out` (the words of a span, see [`toks`]).
fn segments(text: &str, out: &mut [Tok<'_>], mode: While) {
    // Comma segments (commas outside parentheses), by word index, one after the other.
    let bytes = text.as_bytes();
    let n = out.len();
    let mut si = 0;
    let mut a = 0;
    let mut b = segment_end(bytes, out, 0);
    // More than one segment.
    let several = b < n;
    loop {
        // A segment follows this one.
        let more = b < n;
        let first = out[a];
        let semicolon = si > 0 && text[out[a - 1].span.end..first.span.start].contains(';');
        let opens_aside = if si == 0 {
            // A fronted subordinate clause needs a following main clause.
            several && FRONTED_SET.has(first.text)
        } else if semicolon {
            false
        } else {
            ASIDE_SET.has(first.text)
                || (mode == While::Aside && first.is_any(&["while", "whereas", "whilst"]))
                || (first.is_any(&["as"]) && out.get(a + 1).is_some_and(|n| n.is_any(&["well"])))
        };
        // `, a …` / `, an …` appositives only when closed again by a comma.
        let needs_close = si > 0 && first.is_any(&["a", "an", "itself", "once", "even"]);
        if opens_aside && (!needs_close || more) {
            // Trailing participial/subordinate asides run to the end of the span.
            let runs_to_end = si > 0
                && first.is_any(&["including", "saying", "adding", "resulting", "because", "although", "though"]);
            let end = if runs_to_end { n } else { b };
            for t in out[a..end].iter_mut() {
                t.aside = true;
            }
        }
        // A subordinator inside the segment opens an aside to the segment's end.
        if let Some(j) = (a + 1..b).find(|&j| {
            let w = out[j].text;
            may_be_inner(w) && INNER.has(w) && !(out[j].is("if") && out[j - 1].is("as"))
        }) {
            for t in out[j..b].iter_mut() {
                t.aside = true;
            }
        }
        if !more {
            break;
        }
        si += 1;
        a = b;
        b = segment_end(bytes, out, a);
    }
    // Never let asides swallow everything: with no main word left, read all.
    if out.iter().all(|t| t.aside) {
        for t in out.iter_mut() {
            t.aside = false;
        }
    }
}

/// `span` limited to `text` and moved onto char boundaries.
pub fn clamp(text: &str, span: Span) -> Span {
    let mut s = span.start.min(text.len());
    let mut e = span.end.min(text.len()).max(s);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    while !text.is_char_boundary(e) {
        e += 1;
    }
    Span::new(s, e)
}

/// Forms of `be` (auxiliary).
pub const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "'s", "it's", "he's", "she's"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_buffer_reads_as_a_fresh_one() {
        let t = "The bridge (built in 1999) will not reopen, officials said, until the spring — if then.";
        let mut buf = Vec::new();
        for (a, b) in [(0, t.len()), (4, 40), (0, 0), (42, t.len()), (11, t.len() - 3)] {
            let span = Span::new(a, b);
            for mode in [While::Aside, While::Main] {
                buf = toks_in(t, span, mode, buf);
                assert_eq!(buf, toks(t, span, mode), "{span:?}");
            }
        }
    }

    fn main_words(t: &str, mode: While) -> Vec<&str> {
        toks(t, Span::new(0, t.len()), mode).into_iter().filter(|w| !w.aside).map(|w| w.text).collect()
    }

    #[test]
    fn relative_clause_is_aside() {
        let t = "Iran, which does not support the plan, expressed its willingness.";
        assert_eq!(main_words(t, While::Aside), ["Iran", "expressed", "its", "willingness"]);
    }

    #[test]
    fn parenthesis_and_dashes_are_asides() {
        let t = "The ministry (not the army) said — never mind — it agreed.";
        assert_eq!(main_words(t, While::Aside), ["The", "ministry", "said", "it", "agreed"]);
    }

    #[test]
    fn fronted_and_trailing_subordinates() {
        let t = "Although Iran did not attend, the talks went ahead because others came.";
        assert_eq!(main_words(t, While::Aside), ["the", "talks", "went", "ahead"]);
        let t = "Putin visited Astana, while Erdogan was not there.";
        assert_eq!(main_words(t, While::Aside), ["Putin", "visited", "Astana"]);
        assert_eq!(main_words(t, While::Main).len(), 8);
    }

    #[test]
    fn all_aside_falls_back_to_everything() {
        let t = "(not confirmed)";
        assert_eq!(main_words(t, While::Aside), ["not", "confirmed"]);
    }

    proptest::proptest! {
        #[test]
        fn semantic_functions_never_panic_and_spans_are_exact(
            text in "[a-zA-Z0-9 ,.;:?!'’“”()—#éü🍵-]{0,80}",
            a in 0usize..100,
            b in 0usize..100,
        ) {
            let span = Span::new(a.min(b), a.max(b));
            let p = chrono::NaiveDate::from_ymd_opt(2023, 11, 9);
            let (_, hedges) = crate::modality::certainty_at(&text, span, p);
            for h in hedges {
                proptest::prop_assert!(text.get(h.start..h.end).is_some());
            }
            let _ = crate::negation::negated(&text, span);
            let _ = crate::negation::denial(&text, span);
            if let Some(t) = crate::temporal::time(&text, span, p) {
                proptest::prop_assert_eq!(text.get(t.span.start..t.span.end), Some(t.text.as_str()));
            }
            for e in crate::entities::entities(&text, span) {
                proptest::prop_assert_eq!(text.get(e.span.start..e.span.end), Some(e.text.as_str()));
            }
            let sentences = crate::segment(&text);
            if let Some(subj) = crate::coref::leading_subject(&text, span) {
                proptest::prop_assert!(text.get(subj.start..subj.end).is_some());
                for i in 0..sentences.len() {
                    let _ = crate::coref::resolve_subject(&text, &sentences, i, subj);
                }
            }
        }
    }

    #[test]
    fn word_sets() {
        let s = WordSet::new(&["didn't", "will", "iPhone"]);
        assert!(s.has("Didn’t") && s.has("WILL") && !s.has("wil") && !s.has("wílľ"));
        // Lookups lower-case the word only: a set word with capitals never matches.
        assert!(!s.has("iphone") && !s.has("iPhone"));
    }

    #[test]
    fn word_lists_match_exactly() {
        static L: WordList = WordList::new(&["the", "Said", "the united arab emirates and more", "", "don't"]);
        for w in ["the", "Said", "the united arab emirates and more", "", "don't"] {
            assert!(L.contains(&w), "{w}");
        }
        for w in ["The", "said", "the united arab emirates and mor", "don’t", "th", "x"] {
            assert!(!L.contains(&w), "{w}");
        }
    }

    #[test]
    fn inner_subordinators_pass_their_filter() {
        for w in INNER_SUB {
            assert!(may_be_inner(w) && may_be_inner(&w.to_uppercase()), "{w}");
        }
        assert!(!may_be_inner("the") && !may_be_inner(""));
    }

    #[test]
    fn eq_word_folds_apostrophes() {
        assert!(eq_word("Didn’t", "didn't"));
        assert!(!eq_word("didnt", "didn't"));
    }
}
