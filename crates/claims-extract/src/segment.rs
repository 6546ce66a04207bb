//! Sentence segmentation: sentences as exact byte spans of the input, and the
//! opening dateline.
//!
//! The segmenter makes one pass over the bytes. Only `.`, `!`, `?`, `…`, the
//! full-width terminators, line breaks and the closing mark of a quotation
//! broken off with a dash are boundary candidates; at each
//! candidate a handful of local rules look at the word before and the word
//! after. No regular expressions, no allocation besides the output.
//!
//! The rules, in the order they apply:
//!
//! - **Line breaks** end a sentence, except inside a quotation that was opened
//!   in the current sentence and is still open at a line that does not end in
//!   a terminator (a quotation broken over lines), after a soft-wrapped
//!   line (ending in a space, no terminator) when the next opens in lower
//!   case, and after a hard-wrapped line: one that ends in a word no sentence
//!   ends in (`according to the` / `Kazakhstan Stock Exchange`), or, in a
//!   text that sets its paragraphs apart with blank lines, one ending in a
//!   word or comma before a line that goes on in lower case. Lists, bullets,
//!   quotations and signatures never wrap. A line that is the signature of a pasted social post (`— Name
//!   (@handle) November 9, 2023`) is always a unit of its own.
//! - A **terminator cluster** is the run of terminators (`?!`, `...`,
//!   `. . .`, `! ! !`) with the closing quotes and brackets after it
//!   (`."`, `?”`, `.)`, `.''`) and citation marks (`.[1]`, `.[7][8]`, a
//!   footnote number glued to the period `consultation.11`). A cluster glued to
//!   the next word (`3.5`, `U.S.A`, `example.com`, `region.https://t.co/…`,
//!   `Yahoo!J`) is never a boundary; full-width terminators are, and so is a
//!   period between a plain word and a capitalised one in a text that keeps
//!   dropping that space (`world.Today … Tuesday.Mr.`, two joins or more).
//! - **What follows** decides first: a lower-case word, `,`, `;`, `:` or a
//!   closing bracket continue the sentence (`Happy... no one`, `!, he
//!   yelled`), unless it is a list marker (`Smith. a. here it is`) or a bare
//!   period follows a plain lower-case word that is no abbreviation or unit
//!   (`i went home. i was tired.`, but `approx. five`, `fl. oz. of`). A tail of
//!   only hashtags, @handles and links (`pic.twitter.com/…`, `#Lajeado`)
//!   stays with its sentence. Inside brackets that close later on the line
//!   (`[page. 42]`) nothing ends, nor before the dash that closes an opening
//!   dateline (`HOWELL, Mich. - Blissfield …`) or one that credits a name at
//!   the end of the line (`…a long game." - Matthew Ingram`).
//! - After `!`, `?` or an ellipsis the sentence ends, except `... I` and a
//!   quotation followed by its speaker (`?” Hollis asked.`).
//! - After a **period**, the word before it decides (see [`lexicon`] for the
//!   lists): numbers and list markers at the start of a sentence (`1.`,
//!   `a.`, `ii.`) do not end it; `e.g.`, `vs.` never end; titles (`Mr.`,
//!   `Sen.`, `St.`, `N°.`), number abbreviations (`No.`, `p.`), months
//!   (`Jan.`), `c.` (circa), the pronoun `I.` and other abbreviations (`Inc.`, `U.S.`,
//!   `J.C.`) end the sentence only before a typical sentence opener (`The`,
//!   `He`, `But`), a title not even then when an initial and a name follow
//!   (`Gen. A S Sekhon`); other single capitals are initials or symbols and
//!   end it only before a pronoun or determiner (`Plan B. That is…`, but
//!   `Albert I. Jones`, `in X. If X…`);
//!   units after a number (`5 ft.`, `6 in.`) before any capital; clock times
//!   and eras (`6 p.m.`, `44 B.C.`) before a capital unless the clause opened
//!   with a fronted time phrase (`At 5 a.m. Mr. Smith went…`) or a time zone
//!   follows (`p.m. PDT`) or its day or date does (`p.m. Saturday`, `a.m.
//!   Jan. 5`); degrees (`Ph.D.`) and `etc.` before any capital; nothing before a
//!   bracket after initials (`P.A.L.S. (Portsmouth …)`). Any other
//!   word ends the sentence.
//!   A period glued to its word before a spaced ellipsis and a capital ends
//!   the sentence, the ellipsis opening the next (`compounds. . . . The`).
//! - **Numbered lists** run inline (`1. The first item 2. The second item`,
//!   `a) … b) …`, `• 9. … • 10. …`): the next marker in sequence starts a
//!   new sentence.
//! - **Quotations**: a quotation that closes later on the line is one
//!   sentence (`"How many? I don't know."`, `'Well!' thought Alice, 'after …
//!   home! Why …'`), as in general English. A quotation that opens its
//!   sentence is split sentence by sentence in the news forms: anywhere in an
//!   article (a text of several paragraphs: quote paragraphs, `"A. B." Smith
//!   said so.`), with its attribution after a comma (`"We will win. We have
//!   the votes," she said.`, `…area", said KCNA.`), or as the body of a pasted
//!   post (a signature line or a link tail follows). A quotation opened
//!   mid-sentence always runs to its close; one still open at the end of its
//!   line (running over paragraphs) is split. A closing mark glued to a word
//!   with no quotation open (`villain". Von Hess`) opens nothing. A quotation
//!   broken off with a dash (`sir--"`) ends the sentence before a new one; a
//!   bracketed relative clause (`(Which was very likely true.)`) and a
//!   citation before the stop (`[...]" (Smith 55).`) stay with the sentence
//!   before. [`segment_with`] can keep every quotation that closes on its
//!   line whole.

mod dateline;
pub(crate) mod lexicon;

use claims_model::{Sentence, Span};

pub use dateline::dateline;

use lexicon::Abbrev;

/// Choices of the segmenter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SegmentOptions {
    /// Split between the sentences of a quotation that opens its sentence in
    /// the news forms: in an article (several paragraphs), before its
    /// attribution (`“A. B,” she said.` → `“A.` / `B,” she said.`), or as the
    /// body of a pasted post. Other quotations that close on their line are
    /// one sentence either way; when false, every quotation that closes on its
    /// line is kept whole.
    pub split_quotations: bool,
}

impl Default for SegmentOptions {
    fn default() -> Self {
        SegmentOptions { split_quotations: true }
    }
}

/// Splits `text` into sentences; each `text` is `input[start..end]`, trimmed.
pub fn segment(text: &str) -> Vec<Sentence> {
    segment_with(text, &SegmentOptions::default())
}

/// [`segment`] with explicit options.
pub fn segment_with(text: &str, opts: &SegmentOptions) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    Scanner::new(text, *opts).run(&mut out);
    out
}

/// A list marker: `1.`, `(a)`, `ii)`, `b.)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Marker {
    /// The marker as a number (digits, a letter's place in the alphabet, or a
    /// Roman numeral); a letter like `i` has both readings.
    num: Option<u32>,
    alpha: Option<u32>,
    roman: Option<u32>,
    /// Opening parenthesis, closing punctuation (`.`, `)`, `.)`), upper case.
    paren: bool,
    close: u8,
    upper: bool,
}

impl Marker {
    fn follows(&self, prev: &Marker) -> bool {
        if self.paren != prev.paren || self.close != prev.close {
            return false;
        }
        let next = |a: Option<u32>, b: Option<u32>| matches!((a, b), (Some(a), Some(b)) if a == b + 1);
        next(self.num, prev.num)
            || (self.upper == prev.upper && (next(self.alpha, prev.alpha) || next(self.roman, prev.roman)))
    }
}

/// What a terminator cluster covers.
#[derive(Debug, Clone, Copy, Default)]
struct Cluster {
    /// One past the cluster.
    end: usize,
    /// Periods counted (an ellipsis has several).
    periods: u32,
    /// `!`, `?`, `…` or a full-width terminator present.
    strong: bool,
    ellipsis: bool,
    fullwidth: bool,
    /// A closing quotation mark is part of the cluster.
    quote: bool,
    /// Quote and bracket state after the cluster.
    dq: bool,
    curly: u32,
    depth: u32,
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    opts: SegmentOptions,
    /// Start of the pending sentence (may point at white space).
    start: usize,
    /// A straight double quote is open.
    dq: bool,
    /// Curly double quotes open.
    curly: u32,
    /// Brackets open.
    depth: u32,
    /// A quotation was opened inside the pending sentence.
    quote_opened: bool,
    /// The last list marker seen on this line.
    marker: Option<Marker>,
    /// The text has several non-blank lines (an article, not a snippet).
    paragraphs: bool,
    /// Whether the first non-blank line after the line ending at `.0` is a
    /// post's signature (`usize::MAX`: not asked yet).
    signature_next: std::cell::Cell<(usize, bool)>,
    /// Whether the text joins sentences with no space at least twice (asked
    /// once, at the first such join).
    glued_habit: std::cell::Cell<Option<bool>>,
    /// Whether the text sets paragraphs apart with blank lines (asked once).
    blank_lines: std::cell::Cell<Option<bool>>,
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0b' | b'\x0c')
}

/// Length of the line break at `i` (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085), or 0.
fn line_break_len(b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' => 1,
        b'\r' => {
            if b.get(i + 1) == Some(&b'\n') {
                2
            } else {
                1
            }
        }
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
        0xC2 if b.get(i + 1) == Some(&0x85) => 2,
        _ => 0,
    }
}

/// Finds the next line break at or after `i`: (position, length).
fn next_line_break(b: &[u8], mut i: usize) -> (usize, usize) {
    // The lead bytes of breaks (`\n`, `\r`, U+2028/9, U+0085) found by vector scans:
    // `\n`, `\r` and 0xE2 together, and 0xC2 (rare) up to the first of those.
    while i < b.len() {
        let near = memchr::memchr3(b'\n', b'\r', 0xE2, &b[i..]).map_or(b.len(), |p| i + p);
        let at = memchr::memchr(0xC2, &b[i..near]).map_or(near, |p| i + p);
        if at >= b.len() {
            break;
        }
        let l = line_break_len(b, at);
        if l > 0 {
            return (at, l);
        }
        i = at + 1;
    }
    (b.len(), 0)
}

/// A terminator starting at `i`: its byte length and kind, or None.
/// Kinds: `.` = period, `!`/`?` = strong, `…` = ellipsis, full-width = strong + fullwidth.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Term {
    Period,
    Strong,
    Ellipsis,
    FullWidth,
}

fn terminator(b: &[u8], i: usize) -> Option<(usize, Term)> {
    match b[i] {
        b'.' => Some((1, Term::Period)),
        b'!' | b'?' => Some((1, Term::Strong)),
        0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA6) => Some((3, Term::Ellipsis)),
        // ！ (EF BC 81), ． (EF BC 8E), ？ (EF BC 9F)
        0xEF if b.get(i + 1) == Some(&0xBC) && matches!(b.get(i + 2), Some(0x81 | 0x8E | 0x9F)) => {
            Some((3, Term::FullWidth))
        }
        // 。 (E3 80 82)
        0xE3 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0x82) => Some((3, Term::FullWidth)),
        _ => None,
    }
}

/// A closing quote or bracket at `i` that may follow a terminator: its length and whether it is a quote.
fn closer(b: &[u8], i: usize) -> Option<(usize, bool)> {
    match b[i] {
        b'"' | b'\'' | b'`' => Some((1, true)),
        b')' | b']' | b'}' => Some((1, false)),
        // ” ’ (E2 80 9D / 99), › (E2 80 BA)
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x9D | 0x99 | 0xBA | 0x9C)) => {
            Some((3, true))
        }
        // » (C2 BB)
        0xC2 if b.get(i + 1) == Some(&0xBB) => Some((2, true)),
        // ）」』》】 full-width closers
        0xEF if b.get(i + 1) == Some(&0xBC) && b.get(i + 2) == Some(&0x89) => Some((3, false)),
        0xE3 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x8D | 0x8F | 0x8B | 0x91)) => {
            Some((3, false))
        }
        _ => None,
    }
}

/// Bytes the line scanner must look at: quotes, brackets, terminators and
/// the lead bytes of the multi-byte marks it knows (`“ ” …`, full-width).
const INTERESTING: [bool; 256] = interesting(false);
/// The same plus spaces, while an inline list is open.
const INTERESTING_WITH_SPACE: [bool; 256] = interesting(true);

const fn interesting(spaces: bool) -> [bool; 256] {
    let mut t = [false; 256];
    let set = b"\"()[]{}.!?";
    let mut k = 0;
    while k < set.len() {
        t[set[k] as usize] = true;
        k += 1;
    }
    t[0xE2] = true;
    t[0xE3] = true;
    t[0xEF] = true;
    if spaces {
        t[b' ' as usize] = true;
        t[b'\t' as usize] = true;
    }
    t
}

/// How far (bytes) the rules look ahead for a closing mark or back for an
/// opening one; it keeps every scan linear on pathological input (a line of
/// `(a. (a. (a. …`). Quotations and brackets close well within it.
const REACH: usize = 4096;

/// End of the look-ahead window from `from` on a line ending at `le`.
fn reach(from: usize, le: usize) -> usize {
    le.min(from.saturating_add(REACH))
}

fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c >= 0x80
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str, opts: SegmentOptions) -> Self {
        Scanner {
            text,
            b: text.as_bytes(),
            opts,
            start: 0,
            dq: false,
            curly: 0,
            depth: 0,
            quote_opened: false,
            marker: None,
            paragraphs: text.trim().contains(['\n', '\r']),
            signature_next: std::cell::Cell::new((usize::MAX, false)),
            glued_habit: std::cell::Cell::new(None),
            blank_lines: std::cell::Cell::new(None),
        }
    }

    fn run(&mut self, out: &mut Vec<Sentence>) {
        let n = self.b.len();
        let mut ls = 0;
        while ls < n {
            let (le, bl) = next_line_break(self.b, ls);
            if is_signature_line(&self.text[ls..le]) {
                self.push(self.start, ls, out);
                self.push(ls, le, out);
                self.start = le;
                self.reset();
            } else {
                self.note_marker_at(ls, le);
                self.line(ls, le, out);
                if le < n && !self.continues_after(ls, le, bl) {
                    self.push(self.start, le, out);
                    self.start = le;
                    self.reset();
                }
            }
            ls = le + bl;
        }
        self.push(self.start, n, out);
    }

    fn reset(&mut self) {
        self.dq = false;
        self.curly = 0;
        self.depth = 0;
        self.quote_opened = false;
        self.marker = None;
    }

    /// Pushes `text[from..to]`, trimmed, when not empty.
    fn push(&mut self, from: usize, to: usize, out: &mut Vec<Sentence>) {
        if from >= to {
            return;
        }
        let s = crate::text::trim(self.text, Span::new(from, to));
        if !s.is_empty() {
            out.push(Sentence {
                index: out.len(),
                start: s.start,
                end: s.end,
                text: self.text[s.start..s.end].to_string(),
            });
        }
    }

    /// True when the pending sentence runs on past the line break at `le`:
    /// the line does not end in a terminator, the next line is text, not a
    /// new block, and either a quotation opened in this sentence is still
    /// open, or the line is soft-wrapped: it ends in a space (as flowed text
    /// and PDF extractions do) and the next line opens in lower case
    /// (`It was a cold \nnight in the city.`), or it is hard-wrapped (see the
    /// module docs).
    fn continues_after(&self, ls: usize, le: usize, bl: usize) -> bool {
        let quoted = (self.dq || self.curly > 0) && self.quote_opened;
        let soft = self.b[ls..le].last().is_some_and(|&c| is_space(c));
        let line = self.text[ls..le].trim_end();
        if line.is_empty() {
            return false;
        }
        let last = line.as_bytes()[line.len() - 1];
        if matches!(last, b'.' | b'!' | b'?' | b':' | b'"') || line.ends_with(['…', '”', '’']) {
            return false;
        }
        // Only a line that ends in a word or a comma can be wrapped.
        if !quoted && !soft && !line.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == ',') {
            return false;
        }
        let next_start = le + bl;
        let (ne, _) = next_line_break(self.b, next_start);
        let next = self.text[next_start..ne].trim_start();
        if next.is_empty() || is_signature_line(next) {
            return false;
        }
        let first = next.as_bytes()[0];
        if matches!(first, b'-' | b'*' | b'"' | b'(' | b'#' | b'@')
            || next.starts_with(['—', '–', '•', '“'])
            || parse_marker(next.as_bytes(), 0).is_some()
        {
            return false;
        }
        let lower = next.chars().next().is_some_and(char::is_lowercase);
        if quoted || (soft && lower) {
            return true;
        }
        // A name in lower case with inner capitals (`iOS`, `eBay`) may open a heading.
        let lower = lower && !next_word(next).chars().any(char::is_uppercase);
        // A hard-wrapped line: it ends in a word that cannot end a sentence (`according
        // to the` / `Kazakhstan Stock Exchange`), or the text sets its paragraphs apart
        // with blank lines and the next line goes on in lower case (`left its base` /
        // `rate unchanged`). A line of a list or a signature is no part of a wrap.
        if is_signature_line(line) || self.list_line(ls, le) {
            return false;
        }
        lexicon::is_dangling_word(last_word(line)) || (lower && self.blank_line_paragraphs())
    }

    /// The line at `ls..le` opens with a list marker or a bullet.
    fn list_line(&self, ls: usize, le: usize) -> bool {
        let t = self.text[ls..le].trim_start();
        t.starts_with(['-', '*', '•', '—', '–', '⁃', '‣', '◦', '▪', '●']) || parse_marker(t.as_bytes(), 0).is_some()
    }

    /// The text sets its paragraphs apart with blank lines (asked once): its
    /// single line breaks then wrap lines inside a paragraph.
    fn blank_line_paragraphs(&self) -> bool {
        if let Some(known) = self.blank_lines.get() {
            return known;
        }
        let t = self.text.trim();
        let tb = t.as_bytes();
        let mut found = false;
        let mut i = 0;
        while i < tb.len() {
            let (at, l) = next_line_break(tb, i);
            if l == 0 {
                break;
            }
            let (next, _) = next_line_break(tb, at + l);
            if t[at + l..next].trim().is_empty() {
                found = true;
                break;
            }
            i = at + l;
        }
        self.blank_lines.set(Some(found));
        found
    }

    /// Records the list marker that opens the sentence at `from`, if any.
    fn note_marker_at(&mut self, from: usize, le: usize) {
        let mut i = from;
        while i < le && is_space(self.b[i]) {
            i += 1;
        }
        let bl = bullet_len(self.b, i);
        if bl > 0 {
            i += bl;
            while i < le && is_space(self.b[i]) {
                i += 1;
            }
        }
        self.marker = parse_marker(&self.b[..le], i).map(|(m, _)| m);
    }

    /// Segments one line (without its break); the last sentence stays pending.
    fn line(&mut self, ls: usize, le: usize, out: &mut Vec<Sentence>) {
        let b = self.b;
        let mut i = ls;
        while i < le {
            // Fast path: skip bytes no rule looks at (letters, digits, most punctuation).
            let table = if self.marker.is_some() { &INTERESTING_WITH_SPACE } else { &INTERESTING };
            while i < le && !table[b[i] as usize] {
                i += 1;
            }
            if i >= le {
                break;
            }
            let c = b[i];
            match c {
                b'"' => {
                    // An inch mark after a digit when no quotation is open: `6 3/4" Trophy`.
                    let inch = !self.dq && i > ls && b[i - 1].is_ascii_digit();
                    // A closing mark glued to a word when no quotation is open closes one whose
                    // opening mark is missing (`the villain". Von Hess`): it opens nothing.
                    let stray = !self.dq
                        && i > ls
                        && (b[i - 1].is_ascii_alphabetic() || b[i - 1] >= 0x80)
                        && b.get(i + 1).is_none_or(|&c| {
                            c.is_ascii_whitespace() || matches!(c, b'.' | b',' | b';' | b':' | b'!' | b'?' | b')')
                        });
                    if !inch && !stray {
                        self.dq = !self.dq;
                        if self.dq {
                            self.quote_opened = true;
                        } else {
                            self.interrupted_quotation(i, 1, le, out);
                        }
                    }
                    i += 1;
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                    continue;
                }
                b')' | b']' | b'}' => {
                    self.depth = self.depth.saturating_sub(1);
                    if c == b')' && self.marker.is_none() {
                        self.inline_enumeration(i, ls, le, out);
                    }
                    i += 1;
                    continue;
                }
                0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
                    Some(0x9C) => {
                        self.curly += 1;
                        self.quote_opened = true;
                        i += 3;
                        continue;
                    }
                    Some(0x9D) => {
                        self.curly = self.curly.saturating_sub(1);
                        self.interrupted_quotation(i, 3, le, out);
                        i += 3;
                        continue;
                    }
                    _ => {}
                },
                b' ' | b'\t' => {
                    if let Some(prev) = self.marker {
                        // The next marker, maybe after a bullet: `• 10.`, `⁃10.`
                        let mut k = i + 1;
                        let bl = if k < le { bullet_len(b, k) } else { 0 };
                        if bl > 0 {
                            k += bl;
                            while k < le && is_space(b[k]) {
                                k += 1;
                            }
                        }
                        if let Some((m, _)) = parse_marker(&b[..le], k) {
                            if m.follows(&prev) {
                                self.push(self.start, i, out);
                                self.start = i + 1;
                                self.marker = Some(m);
                                self.quote_opened = self.dq || self.curly > 0;
                            }
                        }
                    }
                    i += 1;
                    continue;
                }
                _ => {}
            }
            if let Some((len, _)) = terminator(b, i) {
                let cl = self.cluster(i, ls, le);
                let glued = cl.end < le && !is_space(b[cl.end]);
                if (!glued || cl.fullwidth || self.missing_space(i, &cl)) && self.ends(i, &cl, le) {
                    self.push(self.start, cl.end, out);
                    self.start = cl.end;
                    self.dq = cl.dq;
                    self.curly = cl.curly;
                    self.depth = cl.depth;
                    self.quote_opened = self.dq || self.curly > 0;
                    self.note_marker_at(cl.end, le);
                    i = cl.end;
                } else {
                    // Skip the rest of the run: `...` and `. . .` are decided once, at their first mark.
                    i += len;
                    while i < le {
                        if let Some((l, _)) = terminator(b, i) {
                            i += l;
                        } else if let Some((l, _, _)) = spaced_terminator(b, i, le) {
                            i += l;
                        } else {
                            break;
                        }
                    }
                }
                continue;
            }
            i += 1;
        }
    }

    /// A quotation broken off with a dash ends the sentence when a new one
    /// follows: `"If you please, sir--" The Rabbit started.`, `“We will—” Then
    /// the line went dead.` (but `“We will—” Smith said.` runs on). The closing
    /// mark is at `q`, `qlen` bytes long.
    fn interrupted_quotation(&mut self, q: usize, qlen: usize, le: usize, out: &mut Vec<Sentence>) {
        let b = self.b;
        let dash = (q >= 2 && &b[q - 2..q] == b"--") || (q >= 3 && matches!(&b[q - 3..q], [0xE2, 0x80, 0x93 | 0x94]));
        let end = q + qlen;
        if !dash || end >= le || !is_space(b[end]) || self.dq || self.curly > 0 || self.depth > 0 {
            return;
        }
        let rest = self.text[end..le].trim_start();
        if lexicon::is_starter(next_word(rest)) && !self.speaker_follows(rest) {
            self.push(self.start, end, out);
            self.start = end;
            self.quote_opened = false;
        }
    }

    /// An enumeration that starts inside a sentence (`… by 1) taking … and
    /// 2) judging …`): when the `)` at `i` closes a first marker (`1)`, `a)`,
    /// `(1)`) and its successor follows on the line, the marker starts a
    /// sentence and the inline-list rule splits at the next ones.
    fn inline_enumeration(&mut self, i: usize, ls: usize, le: usize, out: &mut Vec<Sentence>) {
        let b = self.b;
        if i < ls + 2 || !matches!(b[i - 1], b'1' | b'a') {
            return;
        }
        let mut k = i - 1;
        if k > ls && b[k - 1] == b'(' {
            k -= 1;
        }
        if k <= ls || b[k - 1] != b' ' {
            return;
        }
        if let Some((m, end)) = parse_marker(&b[..le], k) {
            if (m.num == Some(1) || m.alpha == Some(1)) && marker_sequence_follows(b, &m, end, reach(end, le)) {
                self.push(self.start, k, out);
                self.start = k;
                self.marker = Some(m);
                self.quote_opened = self.dq || self.curly > 0;
            }
        }
    }

    /// The terminator cluster that starts at `i`.
    fn cluster(&self, i: usize, ls: usize, le: usize) -> Cluster {
        let b = self.b;
        let mut cl = Cluster { dq: self.dq, curly: self.curly, depth: self.depth, ..Cluster::default() };
        // A period glued to its word, then a spaced ellipsis and a new sentence: the period
        // ends this sentence and the ellipsis (omitted sentences) opens the next one
        // (`compounds. . . . The practice`).
        if b[i] == b'.' && i > ls && is_word_byte(b[i - 1]) && b[i + 1..le].starts_with(b" . . . ") {
            let mut k = i + 7;
            while k < le && is_space(b[k]) {
                k += 1;
            }
            if k < le && b[k].is_ascii_uppercase() {
                cl.end = i + 1;
                cl.periods = 1;
                return cl;
            }
        }
        let mut j = i;
        loop {
            // Terminators, and single terminators spaced out: `. . .`, `? ? ?`, `! .`
            let mut any = false;
            loop {
                if j < le {
                    if let Some((len, t)) = terminator(b, j) {
                        match t {
                            Term::Period => cl.periods += 1,
                            Term::Strong => cl.strong = true,
                            Term::Ellipsis => {
                                cl.strong = true;
                                cl.ellipsis = true
                            }
                            Term::FullWidth => {
                                cl.strong = true;
                                cl.fullwidth = true
                            }
                        }
                        j += len;
                        any = true;
                        continue;
                    }
                }
                if any {
                    if let Some((len, periods, strong)) = spaced_terminator(b, j, le) {
                        cl.periods += periods;
                        cl.strong |= strong;
                        j += len;
                        continue;
                    }
                }
                break;
            }
            // Closing quotes and brackets.
            let before = j;
            while j < le {
                if let Some((len, is_quote)) = closer(b, j) {
                    if is_quote {
                        let c = b[j];
                        // An apostrophe glued to a letter is not a closer: `Jr.'s`.
                        if (c == b'\'' || (c == 0xE2 && b[j + 2] == 0x99))
                            && b.get(j + len).is_some_and(|&n| n.is_ascii_alphabetic())
                        {
                            break;
                        }
                        if c == b'"' {
                            cl.dq = false;
                        } else if c == 0xE2 && b[j + 2] == 0x9D {
                            cl.curly = cl.curly.saturating_sub(1);
                        } else if c == 0xE2 && b[j + 2] == 0x9C {
                            // A “ used as a closing mark right after a terminator.
                            cl.curly = cl.curly.saturating_sub(1);
                        }
                        cl.quote = true;
                    } else {
                        cl.depth = cl.depth.saturating_sub(1);
                    }
                    j += len;
                    continue;
                }
                // A closing quote set off by a space (tokenised text: `to do ? '' Graham`).
                if b[j] == b' ' && j + 1 < le {
                    if let Some(qlen) = self.spaced_closer(j + 1, ls, le, cl.dq) {
                        if b[j + 1] == b'"' {
                            cl.dq = false;
                        }
                        cl.quote = true;
                        j += 1 + qlen;
                        continue;
                    }
                }
                break;
            }
            if j > before && j < le {
                if terminator(b, j).is_some() {
                    continue;
                }
                if let Some((len, periods, strong)) = spaced_terminator(b, j, le) {
                    cl.periods += periods;
                    cl.strong |= strong;
                    j += len;
                    continue;
                }
            }
            break;
        }
        // Citation marks: `.[1]`, `. [1][2] [3]`.
        loop {
            let k = if j + 1 < le && b[j] == b' ' && b[j + 1] == b'[' { j + 1 } else { j };
            if k < le && b[k] == b'[' {
                let mut m = k + 1;
                while m < le && (b[m].is_ascii_digit() || matches!(b[m], b',' | b'-' | b' ')) && m - k < 12 {
                    m += 1;
                }
                if m > k + 1 && m < le && b[m] == b']' && b[k + 1].is_ascii_digit() {
                    j = m + 1;
                    continue;
                }
                // `[2–11]` with an en dash
                if m + 3 < le && b[m] == 0xE2 && b[m + 1] == 0x80 && b[m + 2] == 0x93 {
                    let mut e = m + 3;
                    while e < le && b[e].is_ascii_digit() {
                        e += 1;
                    }
                    if e < le && b[e] == b']' && e > m + 3 {
                        j = e + 1;
                        continue;
                    }
                }
            }
            break;
        }
        // A footnote number glued to the period after a word: `consultation.11 12 Take`.
        if j == i + 1 && b[i] == b'.' && i > 0 && (b[i - 1].is_ascii_alphabetic() || b[i - 1] == b')') {
            let mut m = j;
            while m < le && b[m].is_ascii_digit() && m - j < 3 {
                m += 1;
            }
            if m > j && (m >= le || is_space(b[m])) {
                // further space-separated footnote numbers
                let mut e = m;
                loop {
                    let mut k = e;
                    if k < le && b[k] == b' ' {
                        k += 1;
                        let d0 = k;
                        while k < le && b[k].is_ascii_digit() && k - d0 < 3 {
                            k += 1;
                        }
                        if k > d0 && (k >= le || b[k] == b' ') && b.get(k + 1).is_some_and(|c| c.is_ascii_uppercase()) {
                            e = k;
                            continue;
                        }
                    }
                    break;
                }
                let next_upper = {
                    let mut k = e;
                    while k < le && is_space(b[k]) {
                        k += 1;
                    }
                    k >= le || b[k].is_ascii_uppercase()
                };
                if next_upper {
                    j = e;
                }
            }
        }
        cl.end = j;
        cl
    }

    /// A quote mark at `q` preceded by a space that closes the quotation
    /// (tokenised text): its length, or None when it opens the next one.
    fn spaced_closer(&self, q: usize, ls: usize, le: usize, dq_open: bool) -> Option<usize> {
        let b = self.b;
        let qlen = if b[q] == b'\'' && b.get(q + 1) == Some(&b'\'') {
            2
        } else if matches!(b[q], b'\'' | b'"') {
            1
        } else {
            return None;
        };
        let after = q + qlen;
        if after < le && !is_space(b[after]) {
            return None;
        }
        // What follows the quote mark.
        let mut k = after;
        while k < le && is_space(b[k]) {
            k += 1;
        }
        if k >= le || matches!(b[k], b',' | b'.' | b';' | b':' | b')' | b'!' | b'?') {
            return Some(qlen);
        }
        if b[q] == b'"' {
            return dq_open.then_some(qlen);
        }
        if qlen == 1 {
            return single_mark_closes(b, ls.max(q.saturating_sub(REACH)), q, reach(q, le)).then_some(1);
        }
        // Doubled apostrophes: count the same tokens before and after on the line.
        let tok = &b[q..after];
        let count = |from: usize, to: usize| -> usize {
            let mut n = 0;
            let mut x = from;
            while x + tok.len() <= to {
                if &b[x..x + tok.len()] == tok
                    && (x == ls || is_space(b[x - 1]))
                    && (x + tok.len() >= to || is_space(b[x + tok.len()]))
                {
                    n += 1;
                    x += tok.len();
                } else {
                    x += 1;
                }
            }
            n
        };
        let before = count(ls.max(q.saturating_sub(REACH)), q);
        if before % 2 == 1 {
            return Some(qlen);
        }
        if before == 0 && count(after, reach(after, le)) == 0 {
            return Some(qlen);
        }
        None
    }

    /// Does the cluster at `i` end the sentence?
    fn ends(&self, i: usize, cl: &Cluster, le: usize) -> bool {
        let b = self.b;
        let text = self.text;
        let mut nx = cl.end;
        while nx < le && is_space(b[nx]) {
            nx += 1;
        }
        if nx >= le {
            return true;
        }
        // An ellipsis that opens the sentence (`. . . The practice`) does not end it.
        if cl.periods > 2 && !cl.strong && b[i..cl.end].contains(&b' ') && self.text[self.start..i].trim().is_empty() {
            return false;
        }
        if cl.fullwidth && !cl.quote && cl.periods == 0 {
            // `period．Does` — full-width terminators end even when glued.
            return true;
        }
        let rest = &text[nx..le];
        let first = rest.chars().next().unwrap_or(' ');
        // Inside brackets that close later on this line.
        if cl.depth > 0 && closes_later(&b[nx..reach(nx, le)], cl.depth) {
            return false;
        }
        // Inside a quotation that closes later on this line the sentence runs on to the
        // quotation's end (`"How many? I don't know."`, `'Well!' thought Alice, 'after …
        // home! Why …'`), as in general English. A quotation that opens its sentence is
        // split sentence by sentence instead in the news forms: in an article (a text of
        // several paragraphs), a quoted passage with its attribution after a comma
        // (`"We will win. We have the votes," she said.`), and the quoted body of a
        // pasted post (a signature line or a link tail follows).
        if let Some(close) = self.quotation_closes_at(i, cl, nx, le) {
            let close = nx + close;
            let keep = !self.opts.split_quotations
                || opened_mid_sentence(&text[self.back(i)..i])
                || !(self.paragraphs
                    || comma_around(b, close, le)
                    || self.attribution_after(close, le)
                    || self.post_body(close, le));
            if keep {
                return false;
            }
        }
        if is_tail(rest) {
            return false;
        }
        if first.is_lowercase() {
            // Lower case continues the sentence, unless a list starts: `Smith. a. here it is b. another`,
            // or a plain word ends it: `i went home. i was tired.`
            return match parse_marker(b, nx) {
                Some((m, end)) if marker_sequence_follows(b, &m, end, reach(end, le)) => true,
                _ => b[i] == b'.' && cl.end == i + 1 && self.plain_word_stop(i),
            };
        }
        // A quote mark opening lower-case words continues too: `Up ! '' and adult voices`.
        let unquoted = rest.trim_start_matches(['\'', '"', '`', '‘', '“', ' ']);
        if unquoted.len() < rest.len() && unquoted.chars().next().is_some_and(|c| c.is_lowercase()) {
            return false;
        }
        if matches!(first, ',' | ';' | ':' | ')' | ']' | '}' | '%') {
            return false;
        }
        if matches!(first, '-' | '–' | '—') {
            // The dash that closes an opening dateline (`HOWELL, Mich. - Blissfield was`).
            if self.text[..self.start].trim().is_empty() && dateline(self.text).is_some_and(|d| d.span.end >= nx) {
                return false;
            }
            let w = rest.trim_start_matches(['-', '–', '—', ' ']);
            // A short name closing the line credits the words before it (`…a long
            // game." - Matthew Ingram`, `- Reuters`).
            if is_credit(w) {
                return false;
            }
            return !w.chars().next().is_some_and(|c| c.is_lowercase());
        }
        // A bracketed relative clause comments on the sentence before it:
        // `…off the top of the house!' (Which was very likely true.)`.
        if matches!(first, '(' | '[') && bracketed_relative_clause(&rest[1..], REACH) {
            return false;
        }
        // A citation in brackets before the final stop belongs to the quotation it
        // follows: `…parallel stairways [...]" (Smith 55).`
        if cl.quote && first == '(' && citation_before_stop(&b[nx..reach(nx, le)]) {
            return false;
        }
        let next = next_word(rest);
        if cl.strong || cl.periods > 1 {
            if (cl.ellipsis || cl.periods > 1) && !cl.strong_bang_or_q(b, i) && next == "I" && !period_after(rest, next)
            {
                return false;
            }
            if cl.quote && self.speaker_follows(rest) {
                return false;
            }
            // A name with an exclamation mark inside a sentence: `at Yahoo! Research`.
            if b[i] == b'!' && cl.end == i + 1 && !lexicon::is_starter(next) && first.is_uppercase() {
                let (ws, word) = self.word_before(i);
                let mid = !self.text[self.start..ws].trim().is_empty();
                if mid && word.chars().next().is_some_and(|c| c.is_uppercase()) && !lexicon::is_starter(word) {
                    return false;
                }
            }
            return true;
        }
        // A single period.
        let (ws, word) = self.word_before(i);
        let at_start = self.text[self.start..ws]
            .trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '(' | '[' | '"' | '\'' | '“' | '‘' | '•' | '⁃' | '‣' | '◦' | '▪' | '●')
            })
            .is_empty();
        if word.is_empty() {
            return true;
        }
        if cl.quote {
            return !self.speaker_follows(rest);
        }
        // A section or paragraph sign reads like the number it introduces (`U.S.C. § 1983`).
        let first_is_digit = first.is_ascii_digit() || matches!(first, '§' | '¶');
        let upper = first.is_uppercase();
        let starter = lexicon::is_starter(next) && !period_after(rest, next);
        // List markers and numbers that open a sentence: `1.`, `a.`, `ii.`
        if at_start && is_marker_word(word) {
            return false;
        }
        if word.bytes().all(|c| c.is_ascii_digit() || c == b'.' || c == b',') {
            return true;
        }
        // Units after a quantity: `5 ft. 6 in.`, `8 oz. of`.
        if lexicon::is_unit(word) && self.number_before(ws) {
            return !first_is_digit;
        }
        let core = word.trim_start_matches(|c: char| c.is_ascii_digit());
        let kind = lexicon::abbrev(core).or_else(|| {
            // The number sign: `N°. 1026`, `Nº. 5`
            if matches!(core, "N°" | "n°" | "Nº" | "nº" | "№") {
                return Some(Abbrev::Number);
            }
            // `a. m.` spelled with a space
            if (core == "m" || core == "M") && ws >= 3 && matches!(&b[ws - 3..ws], b"a. " | b"p. " | b"A. " | b"P. ") {
                Some(Abbrev::Time)
            } else {
                None
            }
        });
        // The words `no` and `art` (`voted no. Rep. Fox…`, `I love art. Paintings…`): in
        // lower case before a capitalised word that is no numeral (`no. IV`, `art. 5`) they
        // are no abbreviations.
        if matches!(core, "no" | "art" | "arts") && upper && roman_value(next).is_none() && !at_start {
            return true;
        }
        if let Some(kind) = kind {
            if at_start {
                // `A.D. 79 saw…`, `No. 5 is…`; but `No. Is it better?` ends.
                return kind != Abbrev::Never && starter;
            }
            return match kind {
                Abbrev::Never => false,
                // A title before an initial written without its period and a name:
                // `Lt. Gen. A S Sekhon`, `Dr. A Khan`.
                Abbrev::Title => starter && !initial_then_name(rest, next),
                Abbrev::Number | Abbrev::Month | Abbrev::Other => starter,
                Abbrev::Degree => !first_is_digit,
                Abbrev::ListEnd => upper,
                Abbrev::Time => {
                    // The day or date of a clock time follows it (`2-6 p.m. Saturday`,
                    // `10 a.m. Jan. 5`).
                    if !first_is_digit && day_or_date(rest, next) {
                        return false;
                    }
                    first_is_digit || starter || !(is_time_zone(next, rest) || self.fronted_time_phrase(ws))
                }
            };
        }
        let single_upper = word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
        if single_upper {
            // A temperature scale after its degree sign is a unit, not an initial: `40 °C. Schools`.
            if ws >= 2 && matches!(&b[ws - 2..ws], [0xC2, 0xB0 | 0xBA]) {
                return true;
            }
            // The pronoun before a sentence opener: `him and I. We left.`; a letter that
            // names a thing (`Plan B. That is…`, `Model T. It was…`) before a pronoun or
            // determiner, which no surname after an initial is. Any other single
            // capital is an initial (`Alfred E. Sloan`) or a symbol (`in X. If`).
            // The platform X after `on` or `via` ends its sentence: `wrote on X. "Both sides …"`.
            if word == "X" && ws >= 4 && {
                let before = &b[..ws - 1];
                let p =
                    before.len().saturating_sub(before.iter().rev().take_while(|c| c.is_ascii_alphabetic()).count());
                b[ws - 1] == b' '
                    && (before[p..].eq_ignore_ascii_case(b"on") || before[p..].eq_ignore_ascii_case(b"via"))
            } {
                return true;
            }
            return starter && (word == "I" || lexicon::is_pronoun_opener(next));
        }
        if word.contains('.') && abbreviation_like(word) && !self.in_url(ws, i) {
            // `U.S.`, `J.C.`, `i.v.`, `N.E.`; a bracket after one spells it out or
            // qualifies it (`P.A.L.S. (Portsmouth AIDS Link Support)`).
            return if first_is_digit || matches!(first, '(' | '[') { false } else { !upper || starter };
        }
        true
    }

    /// When a quotation is open after the cluster at `i` and closes later on
    /// the line, the offset of its closing mark in `text[nx..le]`.
    fn quotation_closes_at(&self, i: usize, cl: &Cluster, nx: usize, le: usize) -> Option<usize> {
        let rest = &self.b[nx..reach(nx, le)];
        if cl.dq || cl.curly > 0 {
            if let Some(k) = quote_close_pos(rest, cl.dq) {
                return Some(k);
            }
        }
        if !cl.quote && single_quote_open(&self.b[self.back(i)..i]) {
            return single_quote_close_pos(rest);
        }
        None
    }

    /// Start of the look-back window before `i` within the pending sentence,
    /// on a char boundary.
    fn back(&self, i: usize) -> usize {
        let mut s = self.start.max(i.saturating_sub(REACH));
        while !self.text.is_char_boundary(s) {
            s += 1;
        }
        s
    }

    /// The quotation closing at `close` is the body of a pasted social post:
    /// only links and hashtags follow it on the line, or the next line that
    /// is not blank is a post's signature (`— Name (@handle) Date`).
    fn post_body(&self, close: usize, le: usize) -> bool {
        let after = self.text[close..le].trim_start_matches(['"', '\'', '”', '’']);
        if is_tail(after) {
            return true;
        }
        // Asked once per line.
        let (at, known) = self.signature_next.get();
        if at == le {
            return known;
        }
        let mut found = false;
        let mut ls = le;
        while ls < self.b.len() {
            ls += line_break_len(self.b, ls).max(1);
            let (e, _) = next_line_break(self.b, ls);
            let line = &self.text[ls..e];
            if !line.trim().is_empty() {
                found = is_signature_line(line);
                break;
            }
            ls = e;
        }
        self.signature_next.set((le, found));
        found
    }

    /// A period typed without its space between two sentences (`world.Today
    /// is`, `bought 1,000.That is`): see [`glued_join`]. One such join alone
    /// is ambiguous (a name, a slip, or a convention of the source); the text
    /// must show the habit, at least two of them, as when spaces were lost in
    /// extraction. The word before is then judged as before any stop
    /// (`Mr.Smith` runs on).
    fn missing_space(&self, i: usize, cl: &Cluster) -> bool {
        if cl.end != i + 1 || cl.strong || cl.quote || cl.periods != 1 || !glued_join(self.text, i) {
            return false;
        }
        match self.glued_habit.get() {
            Some(known) => known,
            None => {
                let habit = memchr::memchr_iter(b'.', self.b).filter(|&k| glued_join(self.text, k)).nth(1).is_some();
                self.glued_habit.set(Some(habit));
                habit
            }
        }
    }

    /// The word before the terminator at `i` (letters, digits and inner
    /// periods), skipping one space in tokenised text (`Mr . Robinson`).
    fn word_before(&self, i: usize) -> (usize, &'a str) {
        let b = self.b;
        let mut end = i;
        if end >= 2 && b[end - 1] == b' ' && is_word_byte(b[end - 2]) && b[i] == b'.' {
            end -= 1;
        }
        if end <= self.start {
            return (i, "");
        }
        let mut s = end;
        while s > self.start && (is_word_byte(b[s - 1]) || (b[s - 1] == b'.' && s >= 2 && is_word_byte(b[s - 2]))) {
            s -= 1;
        }
        // Stay on a char boundary and drop leading non-letters (`“A`).
        while s < end && !self.text.is_char_boundary(s) {
            s += 1;
        }
        let w = &self.text[s..end];
        let trimmed = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        (end - trimmed.len(), trimmed)
    }

    /// The single period at `i` follows a plain lower-case word, which ends a
    /// sentence even before a lower-case word (`i went home. i was tired.`,
    /// `It is done. now we wait.`), as in informal text. Not after an
    /// abbreviation (`approx. five`, `etc. and`), a unit (`6 ft. tall`), a list marker opening the sentence (`ii. the`), a one-letter
    /// word or a link.
    fn plain_word_stop(&self, i: usize) -> bool {
        let b = self.b;
        // The token before the period: letters, apostrophes (`didn't`, `’em`) and
        // hyphens between letters (`well-known`).
        let mut ws = i;
        while ws > self.start {
            let c = b[ws - 1];
            if c.is_ascii_alphabetic()
                || c >= 0x80
                || c == b'\''
                || (c == b'-' && ws >= 2 && b[ws - 2].is_ascii_alphabetic())
            {
                ws -= 1;
            } else {
                break;
            }
        }
        let tok = &self.text[ws..i];
        let letters = tok.chars().filter(|c| c.is_alphabetic()).count();
        if letters < 2
            || !tok.chars().next().is_some_and(char::is_lowercase)
            || !tok.chars().all(|c| c.is_lowercase() || matches!(c, '\'' | '’' | '-'))
        {
            return false;
        }
        // Units (`fl. oz. of`), but `in` only after a quantity: `several in. of rain` ends.
        if lexicon::abbrev(tok).is_some() || (lexicon::is_unit(tok) && (tok != "in" || self.quantity_before(ws))) {
            return false;
        }
        // The word is glued to what stands before it: `3in.`, `U.S.-made.`, `@user.`
        if ws > self.start && !matches!(b[ws - 1], b' ' | b'\t' | b'(' | b'"' | b'\n' | b'\r') {
            return false;
        }
        let at_start = self.text[self.start..ws].trim().is_empty();
        !(at_start && is_marker_word(tok))
    }

    /// The token before `ws` is a number (`5 ft.`, `3 in.`).
    fn number_before(&self, ws: usize) -> bool {
        let b = self.b;
        let mut k = ws;
        while k > 0 && is_space(b[k - 1]) {
            k -= 1;
        }
        k < ws && k > 0 && (b[k - 1].is_ascii_digit() || (b[k - 1] == b'.' && k >= 2 && b[k - 2].is_ascii_digit()))
    }

    /// The token before `ws` is a number in digits or words (`2 in.`, `two in.`).
    fn quantity_before(&self, ws: usize) -> bool {
        if self.number_before(ws) {
            return true;
        }
        let before = self.text[self.start.min(ws)..ws].trim_end();
        let w = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        lexicon::is_number_word(w)
    }

    /// The word ending at `i` is part of a URL or an e-mail address.
    fn in_url(&self, ws: usize, i: usize) -> bool {
        let b = self.b;
        let mut s = ws;
        while s > 0 && !b[s - 1].is_ascii_whitespace() {
            s -= 1;
        }
        let tok = &self.text[s..i];
        tok.contains("://") || tok.starts_with("www.") || tok.contains('@')
    }

    /// The clause holding `ws` opens with a time preposition (`At 5 a.m. Mr. Smith…`).
    fn fronted_time_phrase(&self, ws: usize) -> bool {
        let s = &self.text[self.back(ws)..ws];
        // The last `:` or `;` that is punctuation, not a clock time (`9:00`).
        let bs = s.as_bytes();
        let cut = (0..bs.len())
            .rev()
            .find(|&p| matches!(bs[p], b':' | b';') && bs.get(p + 1).is_none_or(|c| !c.is_ascii_digit()));
        let clause = match cut {
            Some(p) => &s[p + 1..],
            None => s,
        };
        let clause =
            clause.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '“' | '‘' | '(' | '['));
        let w = next_word(clause);
        lexicon::is_time_preposition(w)
    }

    /// The quotation closing at `close` is followed by its attribution:
    /// `?" said Senator Leahy`, `!" she said`, `?” Hollis asked`.
    fn attribution_after(&self, close: usize, le: usize) -> bool {
        let mut end = reach(close, le);
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let rest = self.text[close..end].trim_start_matches(['"', '\'', '”', '’', '»']);
        let mut words = rest.split_ascii_whitespace().map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()));
        match words.next() {
            Some(w) if lexicon::is_speech_verb(w) => true,
            Some("he" | "she" | "they" | "we" | "I" | "it") => words.next().is_some_and(lexicon::is_speech_verb),
            _ => self.speaker_follows(rest),
        }
    }

    /// A quotation is followed by its speaker: `?” Hollis asked.`,
    /// `!” Rep. Carl Benning of Georgia wrote`.
    fn speaker_follows(&self, rest: &str) -> bool {
        let mut toks = rest.split_ascii_whitespace().peekable();
        let mut n = 0;
        while let Some(tok) = toks.next() {
            let n_here = n;
            n += 1;
            let n = n_here;
            if n >= 7 {
                return false;
            }
            let w = tok.trim_matches(|c: char| !c.is_alphanumeric());
            if w.is_empty() {
                return false;
            }
            if w.chars().next().is_some_and(|c| c.is_uppercase()) {
                // `.” He said…` starts a sentence; only a name continues it (`?” Hollis asked.`).
                if n == 0 && lexicon::is_starter(w) {
                    return false;
                }
                continue;
            }
            if n > 0 && matches!(w, "of" | "de" | "van" | "von" | "al" | "bin") {
                continue;
            }
            // (A verb with a clause of its own reports anew: `values." Bush stated that Russia …`.)
            let clause = toks.peek().is_some_and(|t| t.trim_matches(|c: char| !c.is_alphanumeric()) == "that");
            return n > 0 && lexicon::is_speech_verb(w) && !clause;
        }
        false
    }
}

impl Cluster {
    /// The cluster holds `!` or `?` (not only periods or an ellipsis).
    fn strong_bang_or_q(&self, b: &[u8], i: usize) -> bool {
        b[i..self.end].iter().any(|&c| c == b'!' || c == b'?')
    }
}

/// The last word of `line` (letters only).
fn last_word(line: &str) -> &str {
    let start =
        line.rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| p + line[p..].chars().next().map_or(1, char::len_utf8));
    &line[start..]
}

/// The first word of `s` (letters only, with inner apostrophes dropped at the apostrophe).
fn next_word(s: &str) -> &str {
    let s = s.trim_start_matches(['"', '\'', '“', '‘', '(', '[']);
    let end = s.find(|c: char| !c.is_alphanumeric()).unwrap_or(s.len());
    &s[..end]
}

/// `s` opens with a bracket that holds no terminator and is followed at once
/// by one: `(Smith 55).`, `((it)).`
fn citation_before_stop(s: &[u8]) -> bool {
    let mut depth = 0u32;
    for (k, &c) in s.iter().enumerate() {
        match c {
            b'(' => depth += 1,
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return matches!(s.get(k + 1), Some(b'.' | b'!' | b'?'));
                }
            }
            b'.' | b'!' | b'?' => return false,
            _ => {}
        }
    }
    false
}

/// `s` (after an opening bracket) opens with a relative pronoun and the
/// bracket holds a statement, not a question: `Which was very likely true.)`.
fn bracketed_relative_clause(s: &str, reach: usize) -> bool {
    let w = next_word(s.trim_start());
    if !matches!(w, "Which" | "which" | "Who" | "who" | "Whom" | "whom" | "Whose" | "whose") {
        return false;
    }
    let b = s.as_bytes();
    let end = b.len().min(reach);
    let close = b[..end].iter().position(|&c| c == b')' || c == b']').unwrap_or(end);
    !b[..close].contains(&b'?')
}

/// A terminator set off by a space that still belongs to the cluster before
/// it: a single mark (`? ? ?`, `! .`) or an ellipsis (`Happy! ...`), followed
/// by a space, a closing quote or the end. Returns (length, periods, strong).
fn spaced_terminator(b: &[u8], j: usize, le: usize) -> Option<(usize, u32, bool)> {
    if j + 1 >= le || b[j] != b' ' {
        return None;
    }
    let mut k = j + 1;
    let mut periods = 0;
    let mut strong = false;
    let mut marks = 0;
    while k < le {
        match terminator(b, k) {
            Some((len, t)) => {
                if t == Term::Period {
                    periods += 1;
                } else {
                    strong = true;
                }
                if t == Term::Ellipsis {
                    marks += 3;
                } else {
                    marks += 1;
                }
                k += len;
            }
            None => break,
        }
    }
    if marks == 0 || (marks == 2) || (marks > 1 && strong && periods > 0) {
        return None;
    }
    let ok = k >= le || b[k] == b' ' || closer(b, k).is_some_and(|c| c.1);
    ok.then_some((k - j, periods, strong))
}

/// The period at `i` joins two sentences with no space between them: one
/// plain word (`world`, `Tuesday`) or number (`1,000`) before it, a
/// capitalised word after it (`Today`, `Mr`). Not in links, addresses, file
/// names or dotted names (`Jane.Doe@example.com`, `www.testurl.Awesome.com`,
/// `Amazon.Com`, `7.Bg5`), nor after an initial or a word with inner capitals
/// (`J.Crew`, `iPhone.Pro`).
fn glued_join(text: &str, i: usize) -> bool {
    let b = text.as_bytes();
    if b.get(i) != Some(&b'.') || !b.get(i + 1).is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut j = i + 2;
    if !b.get(j).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    while j < b.len() && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < b.len()
        && (b[j].is_ascii_digit()
            || matches!(b[j], b'@' | b'/' | b'_' | b'-')
            || (b[j] == b'.' && b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)))
    {
        return false;
    }
    if lexicon::is_domain_suffix(&text[i + 1..j]) {
        return false;
    }
    // The token before, within a short window.
    let mut s = i;
    while s > 0 && !is_space(b[s - 1]) {
        if i - s > 40 {
            return false;
        }
        s -= 1;
    }
    while s < i && matches!(b[s], b'(' | b'[' | b'"' | b'\'') {
        s += 1;
    }
    let tok = &text[s..i];
    let mut chars = tok.chars();
    let word =
        chars.next().is_some_and(char::is_alphabetic) && !chars.as_str().is_empty() && chars.all(char::is_lowercase);
    let number = tok.bytes().all(|c| c.is_ascii_digit() || c == b',')
        && tok.bytes().next().is_some_and(|c| c.is_ascii_digit())
        && tok.bytes().last().is_some_and(|c| c.is_ascii_digit());
    word || number
}

/// `next` is a single capital and a capitalised word follows it: an initial
/// written without its period, then a name (`A S Sekhon`, `A Khan`).
fn initial_then_name(rest: &str, next: &str) -> bool {
    if next.len() != 1 || !next.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let off = next.as_ptr() as usize - rest.as_ptr() as usize + 1;
    let after = &rest[off..];
    after.starts_with(' ') && after.trim_start().starts_with(|c: char| c.is_uppercase())
}

/// One to four capitalised words and nothing else up to the end of the line:
/// a name or an agency (`Matthew Ingram`, `Reuters`, `J. R. Smith`).
fn is_credit(rest: &str) -> bool {
    let rest = rest.trim_end();
    let n = rest.split_whitespace().count();
    (1..=4).contains(&n)
        && !rest.ends_with(['.', '!', '?', ':', ','])
        && rest.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars().all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        })
}

/// A weekday (`Saturday`) or a month with its day (`Jan. 5`, `March 3`)
/// opens `rest`; `next` is its first word.
fn day_or_date(rest: &str, next: &str) -> bool {
    if crate::temporal::is_weekday(next) {
        return true;
    }
    if crate::temporal::month_number(next).is_none() || !next.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let off = next.as_ptr() as usize - rest.as_ptr() as usize + next.len();
    let after = rest[off..].trim_start_matches('.').trim_start();
    after.starts_with(|c: char| c.is_ascii_digit())
}

/// The word `next` (a slice of `rest`) is followed by a period: `A.` is an initial, not the article.
fn period_after(rest: &str, next: &str) -> bool {
    let off = next.as_ptr() as usize - rest.as_ptr() as usize + next.len();
    rest.as_bytes().get(off) == Some(&b'.')
}

/// Looks like an abbreviation with inner periods: segments of 1–3 letters (`U.S`, `Ph.D`, `LL.M`).
fn abbreviation_like(word: &str) -> bool {
    word.split('.').all(|seg| !seg.is_empty() && seg.len() <= 3 && seg.bytes().all(|c| c.is_ascii_alphabetic()))
}

/// A time zone after a clock time: `PDT`, `ET`, `GMT`, `UTC`, `P.D.T.`.
fn is_time_zone(next: &str, rest: &str) -> bool {
    let tok = rest.split_ascii_whitespace().next().unwrap_or("");
    let letters: String = tok.chars().filter(|c| c.is_ascii_alphabetic()).collect();
    let all_caps = tok.chars().all(|c| c.is_ascii_uppercase() || c == '.' || c == ',');
    all_caps
        && (2..=5).contains(&letters.len())
        && (letters.ends_with('T') || letters == "UTC" || letters == "Z")
        && !next.is_empty()
}

/// Length of a bullet at `i` (`•`, `⁃`, `‣`, `◦`, `▪`, `●`), or 0.
fn bullet_len(b: &[u8], i: usize) -> usize {
    match (b.get(i), b.get(i + 1), b.get(i + 2)) {
        (Some(0xE2), Some(0x80), Some(0xA2 | 0xA3))
        | (Some(0xE2), Some(0x81), Some(0x83))
        | (Some(0xE2), Some(0x97), Some(0xA6 | 0x8F))
        | (Some(0xE2), Some(0x96), Some(0xAA)) => 3,
        _ => 0,
    }
}

/// A bare list-marker word: 1–3 digits, one letter, or a short Roman numeral.
fn is_marker_word(w: &str) -> bool {
    let bytes = w.as_bytes();
    (!bytes.is_empty() && bytes.len() <= 3 && bytes.iter().all(|c| c.is_ascii_digit()))
        || (bytes.len() == 1 && bytes[0].is_ascii_alphabetic())
        || roman_value(w).is_some_and(|_| w.len() <= 4)
}

fn roman_value(w: &str) -> Option<u32> {
    let lower = w.to_ascii_lowercase();
    const R: [&str; 12] = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];
    R.iter().position(|r| *r == lower).map(|p| p as u32 + 1)
}

/// Parses a list marker at `i` (`1.`, `2)`, `(a)`, `b.)`, `iv.`) followed by a
/// space; returns it and the position after it.
fn parse_marker(b: &[u8], i: usize) -> Option<(Marker, usize)> {
    let mut k = i;
    let paren = b.get(k) == Some(&b'(');
    if paren {
        k += 1;
    }
    let s = k;
    while k < b.len() && b[k].is_ascii_alphanumeric() && k - s < 5 {
        k += 1;
    }
    if k == s || k >= b.len() {
        return None;
    }
    let word = std::str::from_utf8(&b[s..k]).ok()?;
    let close = match (b[k], b.get(k + 1)) {
        (b'.', Some(b')')) if !paren => {
            k += 2;
            b'>'
        }
        (b')', _) => {
            k += 1;
            b')'
        }
        (b'.', _) if !paren => {
            k += 1;
            b'.'
        }
        _ => return None,
    };
    if k < b.len() && b[k] != b' ' && b[k] != b'\t' {
        return None;
    }
    if k >= b.len() {
        return None;
    }
    let num = if word.len() <= 2 && word.bytes().all(|c| c.is_ascii_digit()) { word.parse().ok() } else { None };
    let alpha = if word.len() == 1 && word.as_bytes()[0].is_ascii_alphabetic() {
        Some((word.as_bytes()[0].to_ascii_lowercase() - b'a') as u32 + 1)
    } else {
        None
    };
    let roman = roman_value(word);
    if num.is_none() && alpha.is_none() && roman.is_none() {
        return None;
    }
    // A lone capital letter with a period is more often an initial than a marker.
    let upper = word.as_bytes()[0].is_ascii_uppercase();
    if close == b'.' && upper && alpha.is_some() && roman.is_none() {
        return None;
    }
    Some((Marker { num, alpha, roman, paren, close, upper }, k))
}

/// The marker `m` (ending at `end`) is followed on the line by the next marker in sequence.
fn marker_sequence_follows(b: &[u8], m: &Marker, end: usize, le: usize) -> bool {
    let mut k = end;
    while k < le {
        if b[k] == b' ' {
            if let Some((n, _)) = parse_marker(&b[..le], k + 1) {
                if n.follows(m) {
                    return true;
                }
            }
        }
        k += 1;
    }
    false
}

/// The bracket opened before closes within `rest`.
fn closes_later(rest: &[u8], depth: u32) -> bool {
    let mut d = depth as i64;
    for &c in rest {
        match c {
            b'(' | b'[' | b'{' => d += 1,
            b')' | b']' | b'}' => {
                d -= 1;
                if d < depth as i64 {
                    return true;
                }
            }
            _ => {}
        }
    }
    // full-width ）
    rest.windows(3).any(|w| w == [0xEF, 0xBC, 0x89])
}

/// Where the open double quotation closes within `rest` (straight `"` or curly `”`).
fn quote_close_pos(rest: &[u8], straight: bool) -> Option<usize> {
    if straight {
        rest.iter().position(|&c| c == b'"')
    } else {
        rest.windows(3).position(|w| w == [0xE2, 0x80, 0x9D])
    }
}

/// The quotation mark at `q` has a comma before or after it (`have the votes,"`,
/// tokenised `votes , ''`, `other 15 shells fell", said KCNA`): the quoted passage
/// continues into its attribution.
fn comma_around(b: &[u8], q: usize, le: usize) -> bool {
    let mut k = q;
    while k > 0 && (is_space(b[k - 1]) || b[k - 1] == b'\'') {
        k -= 1;
    }
    if k > 0 && b[k - 1] == b',' {
        return true;
    }
    // After the closing mark (1–3 bytes).
    let mut k = q + 1;
    while k < le && (b[k] & 0xC0) == 0x80 {
        k += 1;
    }
    k < le && b[k] == b','
}

/// A single quotation mark opens at `k` of `s`: `'`, `‘` or `` ` `` after a
/// space, bracket or the start, before a word or (tokenised text) a space.
fn opens_single(s: &[u8], k: usize) -> Option<usize> {
    // `''` is the opening double quote of tokenised text.
    let len = if s[k] == b'\'' && s.get(k + 1) == Some(&b'\'') {
        2
    } else if s[k] == b'\'' || s[k] == b'`' {
        1
    } else if s[k] == 0xE2 && s.get(k + 1) == Some(&0x80) && s.get(k + 2) == Some(&0x98) {
        3
    } else {
        return None;
    };
    let before_ok = k == 0 || matches!(s[k - 1], b' ' | b'\t' | b'(' | b'[' | b'"' | b'`');
    let rest = &s[k + len..];
    // A clitic of tokenised text is not a quotation: `Walter 's`, `did n't`.
    let word_end = rest.iter().position(|c| !c.is_ascii_alphabetic()).unwrap_or(rest.len());
    if matches!(&rest[..word_end], b"s" | b"t" | b"d" | b"ll" | b"re" | b"ve" | b"m" | b"S" | b"T") {
        return None;
    }
    let spaced = rest.first().is_some_and(|&c| is_space(c));
    // Nor is the possessive of a plural set off by spaces: `The Battle of Wizards ' is`.
    if spaced && len < 3 && k >= 2 && s[k - 1] == b' ' && matches!(s[k - 2], b's' | b'S') {
        return None;
    }
    let after_ok = if spaced {
        // Tokenised text: `' I guess`, `saying '' ... what`.
        let w = rest.iter().position(|&c| !is_space(c)).map(|p| rest[p]);
        w.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'.' || c == 0xE2)
    } else {
        rest.first().is_some_and(|&a| a.is_ascii_alphabetic() || a >= 0x80)
    };
    (before_ok && after_ok).then_some(len)
}

/// A single quotation mark closes at `k` of `s`: `'` or `’` after a
/// non-space (or set off by spaces), before a space, punctuation or the end.
fn closes_single(s: &[u8], k: usize) -> Option<usize> {
    let len = if s[k] == b'\'' {
        1
    } else if s[k] == 0xE2 && s.get(k + 1) == Some(&0x80) && s.get(k + 2) == Some(&0x99) {
        3
    } else {
        return None;
    };
    let after = s.get(k + len).copied();
    // (Before the double mark it is nested in: `'It matters,'" said King`.)
    let after_ok = after
        .is_none_or(|a| matches!(a, b' ' | b'\t' | b',' | b'.' | b';' | b':' | b'!' | b'?' | b')' | b'"'))
        || s[k + len..].starts_with("\u{201D}".as_bytes());
    (k > 0 && after_ok).then_some(len)
}

/// A single quotation opened in `s` is still open at its end.
fn single_quote_open(s: &[u8]) -> bool {
    let mut open = false;
    let mut k = 0;
    while k < s.len() {
        // Only `'`, `` ` `` and the lead byte of `‘ ’` can open or close.
        match memchr::memchr3(b'\'', b'`', 0xE2, &s[k..]) {
            Some(p) => k += p,
            None => break,
        }
        if !open {
            if let Some(l) = opens_single(s, k) {
                open = true;
                k += l;
                continue;
            }
        } else if let Some(l) = closes_single(s, k) {
            open = false;
            k += l;
            continue;
        }
        k += 1;
    }
    open
}

/// Where a single quotation closes within `rest`.
fn single_quote_close_pos(rest: &[u8]) -> Option<usize> {
    (0..rest.len()).find(|&k| matches!(rest[k], b'\'' | 0xE2) && closes_single(rest, k).is_some())
}

/// A single quotation mark at `k` (`'`, `` ` ``, `‘`, `’`) that is not an
/// apostrophe inside a word (`they'll`): its length, and whether it is set off
/// by spaces on both sides.
fn single_mark(b: &[u8], k: usize, ls: usize, le: usize) -> Option<(usize, bool)> {
    let len = match b[k] {
        b'\'' | b'`' => 1,
        0xE2 if b.get(k + 1) == Some(&0x80) && matches!(b.get(k + 2), Some(0x98 | 0x99)) => 3,
        _ => return None,
    };
    let before = (k > ls).then(|| b[k - 1]);
    let after = (k + len < le).then(|| b[k + len]);
    if before.is_some_and(is_word_byte) && after.is_some_and(is_word_byte) {
        return None;
    }
    Some((len, before.is_none_or(is_space) && after.is_none_or(is_space)))
}

/// Whether the single quotation mark at `q`, set off by spaces, closes a
/// quotation (`boy? ' he said`) rather than opening one (`back. ' But not`).
/// The marks of the line are read in order: a mark set off by spaces toggles
/// the quotation, others open or close it by where they stand (`'Gosh`,
/// `recommendation!'`). The first mark of the line, after some text, closes a
/// quotation opened before the line when the marks after it pair up (`went through. ' The
/// milkman … ' Guess … boy? ' he said … ' I guess I could, sir,' Jed admitted.`).
fn single_mark_closes(b: &[u8], ls: usize, q: usize, le: usize) -> bool {
    let mut open = false;
    let mut first = true;
    let mut k = ls;
    while k < le {
        let Some((len, spaced)) = single_mark(b, k, ls, le) else {
            k += 1;
            continue;
        };
        let closes = if spaced {
            if first && !open && b[ls..k].iter().any(|c| !c.is_ascii_whitespace()) {
                let mut after = 0;
                let mut m = k + len;
                while m < le {
                    match single_mark(b, m, ls, le) {
                        Some((l, _)) => {
                            after += 1;
                            m += l;
                        }
                        None => m += 1,
                    }
                }
                after % 2 == 0
            } else {
                open
            }
        } else if open {
            closes_single(&b[..le], k).is_some()
        } else {
            false
        };
        if k == q {
            return closes;
        }
        if closes {
            open = false;
        } else if spaced || opens_single(&b[..le], k).is_some() {
            open = true;
        }
        first = false;
        k += len;
    }
    false
}

/// The rest of the line holds only hashtags, @handles and links
/// (`#Lajeado pic.twitter.com/Hk2sWq9Lx0`), or ends in the page title of a
/// post copied from X (`/ X`).
fn is_tail(rest: &str) -> bool {
    let mut any = false;
    // The page title a post copied from X ends with: `…5.3%." / X`.
    let mut rest = rest.trim_end();
    for site in ["/ X", "/ Twitter"] {
        if let Some(r) = rest.strip_suffix(site) {
            if r.is_empty() || r.ends_with(char::is_whitespace) {
                rest = r;
                any = true;
                break;
            }
        }
    }
    for tok in rest.split_ascii_whitespace() {
        let t = tok.trim_end_matches(['.', ',', ';', ')', '"', '”']);
        let ok = (t.len() > 1 && (t.starts_with('#') || t.starts_with('@')))
            || t.starts_with("http://")
            || t.starts_with("https://")
            || t.starts_with("www.")
            || t.starts_with("pic.twitter.com/")
            || t.starts_with("t.co/");
        if !ok {
            return false;
        }
        any = true;
    }
    any
}

/// A signature line of a pasted social post: `— Al Arabiya English (@AlArabiya_Eng) November 9, 2023`.
pub(crate) fn is_signature_line(line: &str) -> bool {
    let t = line.trim();
    let Some(rest) = t.strip_prefix(['—', '–', '-', '―']) else {
        return false;
    };
    if !rest.starts_with(' ') {
        return false;
    }
    let Some(h) = rest.find("(@") else {
        return false;
    };
    let after = &rest[h..];
    after.contains(')') && t.len() < 200 && t.bytes().rev().take(4).all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests;

/// True when the last quotation mark that opens in `sentence` opens after other words
/// (not at the sentence's start).
fn opened_mid_sentence(sentence: &str) -> bool {
    let s = sentence.trim_start();
    let mut last_open: Option<usize> = None;
    let mut prev: Option<char> = None;
    for (k, c) in s.char_indices() {
        let opens = match c {
            '“' | '‘' | '«' => true,
            '"' | '\'' => prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-')),
            _ => false,
        };
        if opens {
            last_open = Some(k);
        }
        prev = Some(c);
    }
    last_open.is_some_and(|k| k > 0)
}
