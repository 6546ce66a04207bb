//! Attribution: who says, believes or intends what.
//!
//! Two passes over the article, both driven by the cue lexicon ([`crate::lexicon`]):
//!
//! 1. **Direct quotes.** Double quotation marks are paired per paragraph (a
//!    quote left open at a paragraph's end runs on when the next paragraph
//!    reopens it). Each quote is attributed by its frame: after it
//!    (`"…," X said.`, `"…," said X, role.`, `"…" — X`), before it
//!    (`X said: "…"`, `X told Y, "…"`, `X: "…"`), or, for a quote that fills its
//!    sentences, by the previous attribution (a floating continuation, with no
//!    speaker mention and no cue of its own). A quote interrupted by its frame
//!    (`"…," X said, "…"`) is one attribution with several content parts.
//! 2. **Reported speech, beliefs and intentions**, sentence by sentence, at each
//!    cue not used by a quote: `X said (that) …`, `X told reporters …`, `…, X
//!    said.`, `…, said X.`, `according to X, …`, `…, according to X.`, `…, with X
//!    stating that …`, `…, saying …`, the passive (`it was announced by X that
//!    …`), nominal cues (`X's claim that …`, `concerns that …`), adjectives
//!    (`X is willing to …`), evidential adverbs (`reportedly`). Negated reports,
//!    indirect questions and speech verbs with a plain noun-phrase object are
//!    left out.
//!
//! Speakers are noun phrases found left or right of the cue (titles split off
//! names, appositives skipped); pronouns and short names are resolved to the
//! fullest earlier name in a last pass.

#![allow(clippy::if_same_then_else)]

pub(crate) mod np;
mod tok;

use std::collections::HashSet;

/// The cues already used by an attribution (FNV: a few short keys per sentence).
type Used = HashSet<Span, std::hash::BuildHasherDefault<crate::clause::Fnv>>;

use claims_model::{AttributionType, Sentence, SourceKind, Span};

use crate::lexicon::{self, CueClass, Form};
use crate::posts::Post;
use np::Np;
use tok::Tok;

/// One attribution found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Sentence the attribution's cue (or content) stands in.
    pub sentence: usize,
    /// The speaker mention in this sentence, if expressed.
    pub speaker: Option<Span>,
    /// The speaker's whole designation as written, with the titles and role words
    /// before the name (`Senate Majority Leader Chuck Schumer`); the output's
    /// speaker span. `speaker` is the name alone, what the later stages read.
    pub speaker_phrase: Option<Span>,
    /// The speaker's canonical name (pronouns resolved), if known.
    pub speaker_name: Option<String>,
    /// What kind of source the speaker is.
    pub speaker_kind: SourceKind,
    /// The speaker's role or title (`Russian President`).
    pub role: Option<String>,
    /// The cue, if any.
    pub cue: Option<Span>,
    /// The content, one span per part.
    pub content: Vec<Span>,
    /// True when the content is quoted material.
    pub direct: bool,
    /// Speech, document, belief or intention.
    pub kind: AttributionType,
    /// True when the cue itself is negated or a denial (`denied that`).
    pub negated: bool,
    /// The whole frame: speaker (with titles), cue and content.
    pub span: Span,
    /// True when the content comes before the frame (`…, X said.`).
    pub backward: bool,
}

impl Found {
    fn frame_start(&self) -> usize {
        let mut s = usize::MAX;
        if let Some(sp) = self.speaker {
            s = s.min(sp.start);
        }
        if let Some(c) = self.cue {
            s = s.min(c.start);
        }
        s
    }
}

/// A pair of quotation marks (or a quote run to its paragraph's end).
#[derive(Debug, Clone, Copy)]
struct Quote {
    open: Option<usize>,
    close: Option<usize>,
    inner: Span,
}

fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr_iter(b'\n', text.as_bytes()) {
        if i > start {
            out.push(Span::new(start, i));
        }
        start = i + 1;
    }
    if start < text.len() {
        out.push(Span::new(start, text.len()));
    }
    out.retain(|p| !text[p.start..p.end].trim().is_empty());
    out
}

#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Open,
    Close,
}

#[inline]
fn mark_kind(text: &str, t: &Tok) -> Option<Mark> {
    if t.word {
        return None;
    }
    match t.first {
        '“' | '„' | '«' => Some(Mark::Open),
        // A closing mark typed where an opening one belongs: after a space or at the start,
        // before a word (`”Mr. Trump embodies …” ― Name`).
        '”' => {
            let before = text[..t.span.start].chars().next_back();
            let after = text[t.span.end..].chars().next();
            let opens = before.is_none_or(|c| c.is_whitespace() || "([".contains(c))
                && after.is_some_and(char::is_alphanumeric);
            Some(if opens { Mark::Open } else { Mark::Close })
        }
        '»' => Some(Mark::Close),
        '"' => {
            let before = text[..t.span.start].chars().next_back();
            let after = text[t.span.end..].chars().next();
            let b_space = before.is_none_or(|c| c.is_whitespace() || "([{—–-/:".contains(c));
            let a_space = after.is_none_or(|c| c.is_whitespace() || ".,;:!?)]".contains(c));
            if b_space && !a_space {
                Some(Mark::Open)
            } else if !b_space {
                Some(Mark::Close)
            } else if text[..t.span.start].trim_end().ends_with([',', '.', '?', '!', '\'', '’', '…'])
                && text[..t.span.start].ends_with(' ')
                && after.is_some_and(|c| c == ' ')
            {
                // (A space typed inside the closing mark, after the quotation's last mark:
                // `… the term 'African American outreach,' " he told the group`.)
                Some(Mark::Close)
            } else {
                None
            }
        }
        _ => None,
    }
}

fn find_quotes(text: &str, toks: &[Tok], paras: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    let mut carry = false;
    for (pi, p) in paras.iter().enumerate() {
        let (a, b) = (tok::index_at(toks, p.start), tok::index_at(toks, p.end));
        let para_quotes = out.len();
        let mut open: Option<usize> = None;
        let mut first_mark = true;
        // (Words are no marks.)
        for t in toks[a..b].iter().filter(|t| !t.word) {
            let Some(m) = mark_kind(text, t) else { continue };
            match (m, open) {
                (Mark::Open, None) => open = Some(t.span.end),
                (Mark::Open, Some(o)) if t.first == '"' => {
                    out.push(Quote { open: Some(o), close: Some(t.span.start), inner: Span::new(o, t.span.start) });
                    open = None;
                }
                (Mark::Open, Some(_)) => open = Some(t.span.end),
                (Mark::Close, Some(o)) => {
                    out.push(Quote { open: Some(o), close: Some(t.span.start), inner: Span::new(o, t.span.start) });
                    open = None;
                }
                (Mark::Close, None) if first_mark && carry => {
                    out.push(Quote { open: None, close: Some(t.span.start), inner: Span::new(p.start, t.span.start) });
                }
                (Mark::Close, None) => {}
            }
            first_mark = false;
        }
        carry = false;
        single_quotes(text, &toks[a..b], &mut out, para_quotes);
        if let Some(o) = open {
            // Runs on when the next paragraph reopens the quote or closes it.
            if let Some(n) = paras.get(pi + 1) {
                let (na, nb) = (tok::index_at(toks, n.start), tok::index_at(toks, n.end));
                let first =
                    toks[na..nb].iter().filter(|t| !t.word).find_map(|t| mark_kind(text, t).map(|m| (m, t.span.start)));
                let reopens = first.is_some_and(|(m, s)| m == Mark::Open && text[n.start..s].trim().is_empty());
                let closes = first.is_some_and(|(m, _)| m == Mark::Close);
                if reopens || closes {
                    out.push(Quote { open: Some(o), close: None, inner: Span::new(o, p.end) });
                    carry = closes;
                }
            }
        }
    }
    out
}

/// Quotations in single marks (`‘…’`, `'…'`), as British news prints them, within one
/// paragraph's tokens, outside the paragraph's double-marked quotations (in `out` from
/// `para_quotes` on; a single pair inside one is nested). An opening mark stands before a word after a space, a
/// bracket or a dash; a closing mark after a word or a stop, before a space, a stop or the
/// end. A mark after a plural before a lower-case word is a possessive (`the parents'
/// rights`), no closing mark.
fn single_quotes(text: &str, toks: &[Tok], out: &mut Vec<Quote>, para_quotes: usize) {
    let Some(first) = toks.first() else { return };
    // (The double-marked quotations of this paragraph: those from `para_quotes` on.)
    let doubles: Vec<Span> = out[para_quotes..].iter().map(|q| q.inner).collect();
    let nested = |pos: usize| doubles.iter().any(|q| q.start <= pos && pos < q.end);
    let mut open: Option<usize> = None;
    let before = out.len();
    for (k, t) in toks.iter().enumerate() {
        if t.word || !matches!(t.first, '\'' | '‘' | '’') || t.span.start < first.span.start || nested(t.span.start)
        {
            continue;
        }
        let prev = text[..t.span.start].chars().next_back();
        let next = text[t.span.end..].chars().next();
        let opens = t.first != '’'
            && prev.is_none_or(|c| c.is_whitespace() || "([{—–-/:\"“".contains(c))
            && next.is_some_and(char::is_alphanumeric);
        let closes = t.first != '‘'
            && prev.is_some_and(|c| !c.is_whitespace())
            && next.is_none_or(|c| c.is_whitespace() || ".,;:!?)]\"”—–".contains(c));
        match open {
            None if opens => open = Some(t.span.end),
            Some(o) if closes => {
                // (`the parents' rights`: a plural's possessive, when no stop comes before it.)
                let after_plural = prev.is_some_and(|c| c == 's' || c == 'S');
                let lower_next = toks.get(k + 1).is_some_and(|n| n.word && n.first.is_lowercase())
                    && next.is_some_and(char::is_whitespace);
                if after_plural && lower_next {
                    continue;
                }
                // (At least two words inside: `'no'` is a word quoted, not a quotation.)
                let inner = Span::new(o, t.span.start);
                let words = text[inner.start..inner.end].split_whitespace().count();
                if words >= 2 {
                    out.push(Quote { open: Some(o), close: Some(t.span.start), inner });
                }
                open = None;
            }
            _ => {}
        }
    }
    // In text order with the double-marked ones.
    if out.len() > before {
        out.sort_by_key(|q| q.inner.start);
    }
}

/// Content span of a quote: inside the marks, trimmed, without a trailing comma.
fn quote_content(text: &str, q: &Quote) -> Span {
    let s = crate::text::trim(text, q.inner);
    let t = &text[s.start..s.end];
    let t2 = t.trim_end_matches([',', ' ']);
    Span::new(s.start, s.start + t2.len())
}

struct Ctx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    sentences: &'a [Sentence],
    /// Every token in lower case, one after the other (see [`Ctx::w`]).
    low: String,
    /// Where each token's lower-cased form stands in `low`.
    low_at: Vec<(usize, usize)>,
    /// The cues of the whole text, for [`Ctx::cues`].
    cues: lexicon::CueIndex,
    /// Where the article's dateline (`PARIS (Reuters) -`) ends, 0 without one.
    dateline_end: usize,
}

impl<'a> Ctx<'a> {
    fn new(text: &'a str, sentences: &'a [Sentence]) -> Self {
        let toks = tok::tokenize(text);
        // The text with its ASCII letters lower-cased (the same length: an ASCII
        // token's lower case stands at its own span), then the other tokens lower-cased.
        let mut low: Vec<u8> = text.as_bytes().to_ascii_lowercase();
        let mut low_at = Vec::with_capacity(toks.len());
        for t in &toks {
            if t.ascii {
                low_at.push((t.span.start, t.span.end));
            } else {
                let a = low.len();
                low.extend_from_slice(text[t.span.start..t.span.end].to_lowercase().as_bytes());
                low_at.push((a, low.len()));
            }
        }
        // ASCII bytes lower-cased, others untouched, then whole strings: valid UTF-8,
        // and every range above is on char boundaries.
        let low = String::from_utf8(low).unwrap_or_default();
        let dateline_end = crate::segment::dateline(text).map_or(0, |d| d.span.end);
        Ctx { text, toks, sentences, low, low_at, cues: lexicon::CueIndex::new(text), dateline_end }
    }
    /// The cues in `span` ([`lexicon::find`]).
    fn cues(&self, span: Span) -> Vec<lexicon::Cue> {
        let mut cues = self.cues.find(self.text, span);
        // A verb's base form before a title is part of a role: `press secretary Maria Lopez`.
        cues.retain(|c| {
            if c.form != Form::Base || c.lemma.contains(' ') {
                return true;
            }
            // (… where a noun phrase starts: after a mark, an article or possessive, or a name:
            // `, press secretary`, `White House press secretary`; not `Five percent prefer
            // Libertarian nominee Gary Johnson`.)
            let i = tok::index_at(&self.toks, c.span.start);
            let role =
                self.toks.get(i + 1).is_some_and(|t| t.word && t.first.is_lowercase() && np::is_title(self.w(i + 1)));
            let opens_np = i == 0
                || !self.toks[i - 1].word
                || np::is_determiner(self.w(i - 1))
                || self.w(i - 1).ends_with("'s")
                || self.w(i - 1).ends_with("’s")
                || np::is_cap(self.text, &self.toks[i - 1]) && !np::PRONOUNS.contains(&self.w(i - 1));
            !(role && opens_np)
        });
        cues
    }
    /// The text with its lower case, for the noun-phrase rules.
    fn src(&self) -> np::Src<'_> {
        np::Src { text: self.text, low: &self.low }
    }
    /// Token `i` in lower case (empty past either end).
    fn w(&self, i: usize) -> &str {
        self.low_at.get(i).and_then(|&(a, b)| self.low.get(a..b)).unwrap_or_default()
    }
    fn sentence_of(&self, pos: usize) -> usize {
        let i = self.sentences.partition_point(|s| s.end <= pos);
        i.min(self.sentences.len().saturating_sub(1))
    }
    fn sent_toks(&self, si: usize) -> (usize, usize) {
        let s = &self.sentences[si];
        (tok::index_at(&self.toks, s.start), tok::index_at(&self.toks, s.end))
    }
    fn is_punct(&self, i: usize, c: &str) -> bool {
        self.toks.get(i).is_some_and(|t| !t.word && c.contains(t.first))
    }
    /// Span from token `a` to token `b` (exclusive), trimmed of spaces, commas,
    /// a final period outside quotes, and unbalanced edge quote marks.
    fn content(&self, a: usize, b: usize) -> Option<Span> {
        self.content_min(a, b, 2)
    }
    /// [`Ctx::content`] with at least `min_words` words (one for an infinitive: `to respond`).
    fn content_min(&self, a: usize, b: usize, min_words: usize) -> Option<Span> {
        if a >= b || b > self.toks.len() {
            return None;
        }
        let mut a = a;
        let mut b = b;
        while a < b && !self.toks[a].word && ",:;—–-".contains(self.toks[a].first) {
            a += 1;
        }
        while b > a && !self.toks[b - 1].word && ",.;:—–-".contains(self.toks[b - 1].first) {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        let words = self.toks[a..b].iter().filter(|t| t.word).count();
        if words < min_words.max(1) {
            return None;
        }
        let s = Span::new(self.toks[a].span.start, self.toks[b - 1].span.end);
        Some(balance(self.text, s))
    }
}

/// Drops a lone quotation mark or bracket at either end of a span (`(her doctor said she has
/// pneumonia)` ends the content before the bracket).
fn balance(text: &str, s: Span) -> Span {
    let t = &text[s.start..s.end];
    if t.len() > 1 && t.ends_with(')') && !t.contains('(') {
        return balance(text, crate::text::trim(text, Span::new(s.start, s.end - 1)));
    }
    if t.len() > 1 && t.starts_with('(') && !t.contains(')') {
        return balance(text, crate::text::trim(text, Span::new(s.start + 1, s.end)));
    }
    // `"` is one byte, `“` and `”` three (E2 80 9C, E2 80 9D): count them on the bytes.
    let b = t.as_bytes();
    let count = b.iter().filter(|&&x| x == b'"').count()
        + b.windows(3).filter(|w| w[0] == 0xE2 && w[1] == 0x80 && matches!(w[2], 0x9C | 0x9D)).count();
    if count % 2 == 1 {
        if let Some(c) = t.chars().next().filter(|c| matches!(c, '"' | '“')) {
            return crate::text::trim(text, Span::new(s.start + c.len_utf8(), s.end));
        }
        if let Some(c) = t.chars().next_back().filter(|c| matches!(c, '"' | '”')) {
            let e = s.end - c.len_utf8();
            let inner = crate::text::trim_matches(text, Span::new(s.start, e), &[',', '.']);
            return Span::new(s.start, inner.end.max(s.start));
        }
    }
    s
}

fn attr_type(class: CueClass, np: Option<&Np>, lemma: &str) -> AttributionType {
    match class {
        CueClass::Belief | CueClass::Noun(lexicon::NounCue::Belief) => AttributionType::Belief,
        CueClass::Intention | CueClass::Noun(lexicon::NounCue::Intention) => AttributionType::Intention,
        // (A body whose name ends in a text word speaks: `The Institute for Fiscal Studies`.)
        _ if np.is_some_and(|n| n.document && n.kind != SourceKind::Organization) => AttributionType::Document,
        _ if lexicon::reports_finding(lemma) && np.is_some_and(|n| n.document) => AttributionType::Document,
        _ => AttributionType::Speech,
    }
}

/// Verbs whose addressee stands between the cue and the content (`told reporters …`).
pub(crate) fn takes_addressee(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell"
            | "inform"
            | "assure"
            | "reassure"
            | "remind"
            | "notify"
            | "brief"
            | "warn"
            | "advise"
            | "urge"
            | "ask"
            | "convince"
            | "persuade"
            | "promise"
            | "caution"
            | "order"
            | "instruct"
            | "encourage"
            | "implore"
            | "beg"
            | "invite"
            | "alert"
            | "forewarn"
            | "show"
            | "request"
            | "press"
            | "push"
            | "plead"
            | "appeal"
    )
}

/// Verbs that take a bare clause so readily that no clause test is needed
/// (not `claim`, whose bare object is as often a thing: `claims victory`,
/// `claimed responsibility`).
fn say_like(lemma: &str) -> bool {
    const SAY_LIKE: &[&str] = &[
        "say", "tell", "believe", "think", "state", "insist", "argue", "add", "explain", "note", "assert", "contend",
        "allege", "feel", "reckon", "suspect", "fear", "hope", "warn", "testify",
    ];
    SAY_LIKE.contains(&lemma)
}

/// The dashes that set off a signature or an aside: hyphen, en and em dash, horizontal bar.
const DASHES: &str = "-—–―";

const AUX_LIST: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "must", "shall", "should", "do", "does", "did", "won't", "can't", "isn't", "wasn't", "aren't", "weren't",
    "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "wouldn't", "couldn't",
];
/// [`AUX_LIST`], for fast lookups.
static AUX: crate::clause::WordList = crate::clause::WordList::new(AUX_LIST);

fn is_wh(w: &str) -> bool {
    matches!(w, "how" | "why" | "what" | "whether" | "if" | "when" | "where" | "who" | "which" | "whom")
}

/// Main pass.
pub fn find(text: &str, sentences: &[Sentence], posts: &[Post]) -> Vec<Found> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let ctx = Ctx::new(text, sentences);
    let paras = paragraphs(text);
    let in_post = |s: Span| posts.iter().any(|p| p.span.contains(&s) || p.body.overlaps(&s));
    let quotes: Vec<Quote> = find_quotes(text, &ctx.toks, &paras).into_iter().filter(|q| !in_post(q.inner)).collect();
    let mut found: Vec<Found> = Vec::new();
    let mut used = Used::default();
    quote_pass(&ctx, &quotes, &paras, &mut found, &mut used);
    // (The quotations' attributions, in text order: the indirect pass cuts at their frames.)
    let n_quoted = found.len();
    label_pass(&ctx, &paras, &in_post, &mut found, &mut used);
    for (i, p) in paras.iter().enumerate() {
        if !in_post(*p) {
            if let Some(f) = signed_pull_quote(&ctx, *p) {
                found.push(f);
            } else if let Some((f, cue)) = i.checked_sub(1).and_then(|k| block_quote(&ctx, paras[k], *p, &used)) {
                used.insert(cue);
                found.push(f);
            }
        }
    }
    let quoted: Vec<Span> = quotes.iter().map(|q| q.inner).collect();
    for (si, s) in sentences.iter().enumerate() {
        if in_post(s.span()) {
            continue;
        }
        indirect_pass(&ctx, si, &quoted, n_quoted, &mut found, &mut used);
    }
    // An evidential adverb inside another attribution's content is the speaker's word.
    let spans: Vec<(Option<Span>, Vec<Span>, bool)> = found
        .iter()
        .map(|f| {
            (
                f.cue,
                f.content.clone(),
                f.speaker.is_none()
                    && f.cue.is_some_and(|c| {
                        lexicon::EVIDENTIAL.contains(&crate::text::Lower::new(&text[c.start..c.end]).as_str())
                    }),
            )
        })
        .collect();
    let mut keep = spans.iter().map(|_| true).collect::<Vec<_>>();
    for (i, (cue, _, evid)) in spans.iter().enumerate() {
        if *evid {
            let c = cue.unwrap_or(Span::new(0, 0));
            keep[i] = !spans
                .iter()
                .enumerate()
                .any(|(j, (_, content, e))| j != i && !e && content.iter().any(|x| x.contains(&c)));
        }
    }
    let mut idx = 0;
    found.retain(|_| {
        idx += 1;
        keep[idx - 1]
    });
    // The dateline is not part of what was said (`PARIS — France will ban …, X announced.`).
    if let Some(d) = crate::segment::dateline(text) {
        for f in &mut found {
            if let Some(c) = f.content.first_mut() {
                if c.start <= d.span.start && c.end > d.span.end {
                    let rest = &text[d.span.end..c.end];
                    *c = Span::new(c.end - rest.trim_start().len(), c.end);
                }
            }
        }
    }
    // A connective opening the sentence is the writer's, not the speaker's
    // (`And Mrs. Clinton now holds …, according to a poll`, `In addition, the campaign plans …, a spokesman announced`).
    for f in found.iter_mut().filter(|f| !f.direct) {
        let Some(c) = f.content.first_mut() else { continue };
        let si = sentences.partition_point(|s| s.end <= c.start).min(sentences.len() - 1);
        if sentences[si].start != c.start {
            continue;
        }
        let t = &text[c.start..c.end];
        let cut =
            ["And ", "But ", "So ", "Yet ", "Or "].iter().find(|w| t.starts_with(*w)).map(|w| w.len()).or_else(|| {
                let (head, _) = t.split_once(", ")?;
                matches!(
                    head,
                    "In addition"
                        | "However"
                        | "Still"
                        | "Meanwhile"
                        | "For example"
                        | "For instance"
                        | "Also"
                        | "Moreover"
                        | "Furthermore"
                        | "Instead"
                        | "Indeed"
                        | "Regardless"
                        | "Nonetheless"
                        | "Nevertheless"
                        | "Similarly"
                        | "Likewise"
                )
                .then_some(head.len() + 2)
            });
        if let Some(n) = cut.filter(|&n| n + 3 < t.len()) {
            *c = Span::new(c.start + n, c.end);
        }
    }
    // A clause-final frame runs to its sentence's end (`…, X said on Monday.`).
    for f in found.iter_mut().filter(|f| f.backward) {
        let si = f.cue.map_or(f.sentence, |c| sentences.partition_point(|s| s.end <= c.start).min(sentences.len() - 1));
        let end = sentences[si].end;
        if end > f.span.end {
            f.span = Span::new(f.span.start, end);
        }
    }
    found.sort_by_key(|f| (f.content.first().map_or(0, |c| c.start), f.span.start));
    found.dedup_by(|a, b| a.content == b.content && a.cue == b.cue);
    for f in &mut found {
        if let Some(p) = designation_with_aside(&ctx, f) {
            // A described speaker with no title takes the description as role
            // (`Lena Brandt, a spokesperson for the World Food Programme`), not a clause about it.
            let old_end = f.speaker_phrase.or(f.speaker).map_or(p.start, |s| s.end);
            let aside = text[old_end..p.end].trim_start_matches([',', ' ']).trim_end_matches([',', ' ']);
            // (A party label first is no description: `R-Ohio, the chairman of …`.)
            let aside = match aside.split_once(", ") {
                Some((label, rest)) if np::is_party_label(label.trim_end_matches('.')) => rest,
                _ if np::is_party_label(aside.trim_end_matches('.')) => "",
                _ => aside,
            };
            // (A relative clause about the role's organisation is no part of the role:
            // `the president of Whole Woman's Health, which operates four clinics`.)
            let aside = [", which ", ", who ", ", where "]
                .iter()
                .filter_map(|m| aside.find(m))
                .min()
                .map_or(aside, |k| &aside[..k]);
            let described = aside.split(' ').next().is_some_and(|w| {
                let l = crate::text::Lower::new(w);
                !matches!(l.as_str(), "who" | "whose" | "now" | "then" | "of" | "herself" | "himself")
                    && !w.starts_with(|c: char| c.is_ascii_digit())
            });
            if f.role.is_none() && described && !aside.is_empty() && f.speaker_kind == SourceKind::Person {
                f.role = Some(aside.to_string());
            }
            f.speaker_phrase = Some(p);
        }
    }
    things_described_with_which(&ctx, &mut found);
    resolve_names(&ctx, &mut found);
    found
}

/// A name followed by `, which` is no person (`Hartwell, which agreed to buy Greenway …,
/// said`): its attributions, and those of the same name, are an organisation's.
fn things_described_with_which(ctx: &Ctx, found: &mut [Found]) {
    let text = ctx.text;
    let which = |sp: Span| {
        let rest = text[sp.end..].trim_start();
        rest.strip_prefix(',').is_some_and(|r| {
            let r = r.trim_start();
            r.starts_with("which ") || r.starts_with("which,")
        })
    };
    let names: Vec<String> = found
        .iter()
        .filter(|f| f.speaker_kind == SourceKind::Person && f.speaker.is_some_and(which))
        .filter_map(|f| f.speaker_name.clone())
        .collect();
    for f in found.iter_mut() {
        if f.speaker_kind == SourceKind::Person && f.speaker_name.as_ref().is_some_and(|n| names.contains(n)) {
            f.speaker_kind = SourceKind::Organization;
        }
    }
}

/// The speaker's designation with the aside that describes it: between the speaker and
/// the cue up to the closing comma (`Brian Fallon, the campaign's press secretary, said`),
/// or after an inverted cue to the sentence's end (`…, said Kenneth Baer, a former Obama
/// administration official.`). Appositions, ages, places and relative clauses about the
/// speaker (`, who served as …`) belong to it; a clause of the writer's does not.
fn designation_with_aside(ctx: &Ctx, f: &Found) -> Option<Span> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let (sp, cue) = (f.speaker?, f.cue?);
    let phrase = f.speaker_phrase.unwrap_or(sp);
    let si = ctx.sentence_of(cue.start);
    let sentence = ctx.sentences[si].span();
    // (A text's own description is no aside about a person: `according to LSEG data, up from …`.)
    if !sentence.contains(&phrase)
        || text[cue.start..cue.end].starts_with([':', '-', '—', '–'])
        || !text[phrase.start..phrase.end].starts_with(char::is_alphabetic)
    {
        return None;
    }
    let first = tok::index_at(toks, phrase.end);
    // A text's participle keeps its time (`A Pew Research Center survey released last week found`).
    let ci = tok::index_at(toks, cue.start);
    let unit = |w: &str| {
        matches!(w, "week" | "month" | "year" | "weekend" | "spring" | "summer" | "autumn" | "fall" | "winter")
    };
    // (The participle may stand after the text's name: `survey` + `released last week`.)
    let dated = np::is_dating_participle;
    let first_t = if first < ci && dated(ctx.w(first)) { first + 1 } else { first };
    if phrase.end <= cue.start && first_t < ci && ci - first_t <= 3 && first_t > 0 {
        let last = np::lower(&ctx.src(), &toks[first_t - 1]);
        let participle = last.ends_with("ed") || dated(&last);
        let first = first_t;
        let time = toks[first..ci].iter().all(|t| {
            t.word && {
                let l = np::lower(&ctx.src(), t);
                np::is_time_word(&l)
                    || unit(&l)
                    || matches!(l.as_str(), "last" | "this" | "next" | "earlier" | "on" | "in")
            }
        }) && toks[first..ci].iter().any(|t| {
            let l = np::lower(&ctx.src(), t);
            np::is_time_word(&l) || unit(&l)
        });
        if participle && time && first > 0 {
            return Some(Span::new(phrase.start, toks[ci - 1].span.end));
        }
    }
    // (A text's aside is about what it says: `according to ministry figures, more than double …`.)
    let text_head = f.speaker_kind != SourceKind::Organization
        && text[sp.start..sp.end].rsplit(' ').next().is_some_and(lexicon::is_document_noun);
    // After an inverted cue, a text's dating participle and its phrases run to the sentence's
    // end (`…, according to a study published on Wednesday in the BMJ.`).
    if phrase.start >= cue.end && first < toks.len() && toks[first].word && dated(ctx.w(first)) {
        let (_, sb) = ctx.sent_toks(si);
        let mut end = sb;
        while end > first && !toks[end - 1].word {
            end -= 1;
        }
        let plain = toks[first + 1..end].iter().all(|t| {
            let l = np::lower(&ctx.src(), t);
            t.word
                && !AUX.contains(&l.as_str())
                && !matches!(l.as_str(), "that" | "which" | "who" | "and" | "but")
                && !lexicon::lookup(&l).is_some_and(|x| matches!(x.1, Form::Past | Form::Third))
        });
        if plain && end > first + 1 && end - first <= 10 {
            return Some(Span::new(phrase.start, toks[end - 1].span.end));
        }
    }
    // A description set off by dashes before the cue: `Kall -- co-editor of a book -- said`.
    if phrase.end <= cue.start && ctx.is_punct(first, DASHES) {
        let mark = toks[first].first;
        let mut open_end = first;
        while open_end < ci && !toks[open_end].word && toks[open_end].first == mark {
            open_end += 1;
        }
        let close = (open_end + 1..ci).find(|&k| !toks[k].word && toks[k].first == mark)?;
        let mut after = close;
        while after < ci && !toks[after].word && toks[after].first == mark {
            after += 1;
        }
        let plain = toks[open_end..close].iter().all(|t| t.word || !matches!(t.first, '"' | '“' | '”' | ';' | ':'));
        let between_ok = toks[after..ci].iter().all(|t| t.word && np::is_between(&np::lower(&ctx.src(), t)));
        return (plain && between_ok && open_end < close).then(|| Span::new(phrase.start, toks[close - 1].span.end));
    }
    if !ctx.is_punct(first, ",")
        || !toks.get(first + 1).is_some_and(|t| t.word)
        || f.speaker_kind == SourceKind::Document
        || f.kind == AttributionType::Document
        || text_head
    {
        return None;
    }
    // The aside opens like a description: an article or possessive, a lower-case word, a
    // title, a number (an age), or a relative pronoun about a person.
    let w = ctx.w(first + 1);
    let opens = np::is_determiner(w)
        || matches!(w, "who" | "whose" | "now" | "then" | "herself" | "himself" | "of")
        || w.ends_with("'s")
        || w.ends_with("’s")
        || toks[first + 1].first.is_ascii_digit()
        || np::is_title(text_of(ctx, first + 1))
        || np::is_party_label(text_of(ctx, first + 1))
        || toks[first + 1].first.is_lowercase()
            && !w.ends_with("ing")
            && lexicon::lookup(w).is_none()
            && !matches!(
                w,
                "up" | "down"
                    | "about"
                    | "from"
                    | "in"
                    | "on"
                    | "at"
                    | "as"
                    | "than"
                    | "and"
                    | "but"
                    | "or"
                    | "for"
                    | "by"
                    | "with"
                    | "to"
                    | "like"
                    | "unlike"
                    | "despite"
                    | "after"
                    | "before"
                    | "during"
                    | "meanwhile"
                    | "however"
                    | "though"
                    | "too"
                    | "also"
                    | "instead"
                    | "indeed"
                    | "nonetheless"
                    | "nevertheless"
            )
            && !np::is_between(w);
    // (… or a party and state, `Senator Dianne Feinstein, Democrat of California,`, or the members
    // of a group, `Proponents, including the United States Conference of Mayors,`.)
    let opens = opens
        || matches!(w, "democrat" | "republican" | "independent") && ctx.w(first + 2) == "of"
        || w == "including" && f.speaker_kind == SourceKind::Group;
    if !opens || matches!(w, "which" | "that") {
        return None;
    }
    if phrase.end <= cue.start {
        // Before the cue: the aside closes with a comma, then only auxiliaries and adverbs
        // (or an adverbial in commas of its own: `…, the top Democrat on the panel, in a
        // statement, said`).
        let close = (first + 1..ci).rev().find(|&k| ctx.is_punct(k, ","))?;
        // (The aside ends before the verb of its sentence: in `Dean, a medical doctor, poked at
        // Trump, tweeting, …` the designation is `Dean, a medical doctor`.)
        let close = (first + 2..close)
            .find(|&k| ctx.is_punct(k, ",") && toks[k + 1].first.is_lowercase() && finite_word(ctx.w(k + 1)))
            .unwrap_or(close);
        // (… which is the verb's, the cue coming later: `Miller, the president of …, told
        // Reuters … but feared …`.)
        let verb_after = close + 1 < ci && toks[close + 1].first.is_lowercase() && finite_word(ctx.w(close + 1));
        let adverbial = |k: usize| {
            matches!(ctx.w(k + 1), "in" | "on" | "at" | "during" | "after" | "before" | "speaking" | "when" | "while")
        };
        let close = (first + 2..close).find(|&k| ctx.is_punct(k, ",") && adverbial(k)).unwrap_or(close);
        // (A relative clause or a second description after the aside's own comma is about
        // its last noun: `…, spokeswoman for the EB-5 Investment Coalition, which is made up
        // of …`, `…, attorney general of Oklahoma, one of the states suing the EPA,`.)
        let described = np::is_determiner(ctx.w(first + 1)) || np::is_title(text_of(ctx, first + 1));
        let aside_end = (first + 2..close).find(|&k| {
            ctx.is_punct(k, ",") && {
                let w = ctx.w(k + 1);
                matches!(w, "which" | "where") || described && (np::is_determiner(w) || w == "one")
            }
        });
        // (A relative clause with a report of its own is no description: `Mr. Obama, who
        // understood that a legislative push would be fruitless, told …`.)
        if w == "who" && (first + 2..close).any(|k| ctx.w(k + 1) == "that" && lexicon::lookup(ctx.w(k)).is_some()) {
            return None;
        }
        let between_ok = verb_after
            || adverbial(close)
            || toks[close + 1..ci].iter().all(|t| t.word && np::is_between(&np::lower(&ctx.src(), t)));
        let inner_ok = toks[first + 1..close]
            .iter()
            .all(|t| t.word || !matches!(t.first, '"' | '“' | '”' | ';' | ':' | '(' | ')'))
            && close - first <= 30;
        (between_ok && inner_ok).then(|| Span::new(phrase.start, toks[aside_end.unwrap_or(close) - 1].span.end))
    } else if f.content.iter().all(|c| c.end <= cue.start) {
        // After an inverted cue that closes the sentence: the aside runs to its end.
        let (_, sb) = ctx.sent_toks(si);
        if sb <= first + 1 {
            return None;
        }
        let mut end = sb;
        // (It ends before an adverbial, a relative clause or a second description after its
        // own commas: `…, the top Democrat on the panel, in a statement`; `…, 59, of Ashton,
        // Md., who watched the ceremony`; `…, the foreign minister of France, a permanent
        // member of the Security Council`.)
        let described = np::is_determiner(ctx.w(first + 1)) || np::is_title(text_of(ctx, first + 1));
        if let Some(k) = (first + 2..sb).find(|&k| {
            ctx.is_punct(k, ",") && {
                let w = ctx.w(k + 1);
                matches!(w, "in" | "on") && matches!(ctx.w(k + 2), "a" | "an")
                    || matches!(w, "who" | "which")
                    || described && (np::is_determiner(w) || w == "one")
            }
        }) {
            end = k;
        }
        let cut = end < sb;
        while end > first + 1 && !toks[end - 1].word && !matches!(toks[end - 1].first, ')' | '"' | '”' | '\'' | '’')
        {
            end -= 1;
        }
        // (An abbreviation's period before the cut stays: `Md.`.)
        if cut && toks[end].first == '.' && toks[end].span.start == toks[end - 1].span.end && ctx.is_punct(end + 1, ",")
        {
            end += 1;
        }
        let inner = &toks[first + 1..end];
        let clean = inner.iter().all(|t| t.word || !matches!(t.first, '"' | '“' | '”' | ';' | ':' | '(' | '—' | '–'))
            && inner.len() <= 30
            // (`…, adding that …`, `…, saying …`, `…, who said she is worried`: a report of its own.)
            && !inner.iter().any(|t| {
                t.word && {
                    let l = np::lower(&ctx.src(), t);
                    matches!(
                        l.as_str(),
                        "adding" | "saying" | "noting" | "according" | "said" | "says" | "told" | "added" | "stated"
                    )
                }
            });
        (clean && end > first + 1).then(|| Span::new(phrase.start, toks[end - 1].span.end))
    } else {
        None
    }
}

/// True when the text's first sentence stands alone on its first line, as a headline does.
fn headline_line(ctx: &Ctx) -> bool {
    let text = ctx.text;
    ctx.sentences.first().is_some_and(|s| {
        text[..s.start].trim().is_empty() && text[s.end..].trim_start_matches([' ', '\t']).starts_with('\n')
    })
}

/// True when sentence `si` is the article's headline in title case: the text's first
/// line, standing alone in its paragraph, most of its longer words capitalised.
fn title_case_headline(ctx: &Ctx, si: usize) -> bool {
    let text = ctx.text;
    let Some(s) = ctx.sentences.get(si) else { return false };
    if si != 0 || text[..s.start].trim() != "" || !text[s.end..].trim_start_matches([' ', '\t']).starts_with('\n') {
        return false;
    }
    let (a, b) = ctx.sent_toks(si);
    let long: Vec<&Tok> = ctx.toks[a..b].iter().filter(|t| t.word && t.span.len() > 3).collect();
    long.len() >= 3 && long.iter().filter(|t| t.first.is_uppercase()).count() * 5 >= long.len() * 4
}

/// Words that open a headline with a colon without naming a speaker (`The Latest: …`).
const HEADLINE_LABELS: &[&str] = &[
    "the latest",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "watch",
    "video",
    "live",
    "photos",
    "review",
    "factbox",
    "explainer",
    "timeline",
    "letters",
    "correction",
    "image",
    "sources",
    "note",
    "editor's note",
    "editor’s note",
    "read more",
    "related",
    "fact check",
];

/// A paragraph opening with a speaker's label and a colon (after an opening
/// quotation mark at most): the label's tokens, the colon's token and where the words start.
fn paragraph_label(ctx: &Ctx, p: Span) -> Option<(usize, usize, usize)> {
    let toks = &ctx.toks;
    let (mut a, b) = (tok::index_at(toks, p.start), tok::index_at(toks, p.end));
    if a < b && mark_kind(ctx.text, &toks[a]) == Some(Mark::Open) {
        a += 1;
    }
    let colon = (a..b.min(a + 8)).find(|&i| !toks[i].word && toks[i].first != '.')?;
    let quote_after = toks.get(colon + 1).is_some_and(|t| !t.word && matches!(t.first, '\'' | '‘' | '"' | '“'));
    if colon == a || toks[colon].first != ':' || colon + 1 >= b || !(toks[colon + 1].word || quote_after) {
        return None;
    }
    let words = toks[a..colon].iter().filter(|t| t.word).count();
    let names = toks[a..colon].iter().all(|t| !t.word || np::is_cap(ctx.text, t));
    (names && (1..=4).contains(&words) && toks[colon + 1..b].iter().filter(|t| t.word).count() >= 3).then_some((
        a,
        colon,
        colon + 1,
    ))
}

/// The inside of tokens `a..b` when they are one quotation, marks at both ends (a final
/// full stop after it allowed): `'We will not raise income tax'`.
fn quoted_whole(ctx: &Ctx, a: usize, b: usize) -> Option<(usize, usize)> {
    let toks = &ctx.toks;
    let quote = |t: &Tok| !t.word && matches!(t.first, '\'' | '‘' | '’' | '"' | '“' | '”');
    let mut e = b;
    while e > a && !toks[e - 1].word && toks[e - 1].first == '.' {
        e -= 1;
    }
    (e >= a + 3
        && quote(&toks[a])
        && quote(&toks[e - 1])
        && !toks[a + 1..e - 1].iter().any(|t| {
            quote(t) && !t.word && {
                // (An apostrophe inside a word is no mark: `It's`.)
                let (s, f) = (t.span.start, t.span.end);
                !(s > 0
                    && ctx.text[..s].ends_with(char::is_alphanumeric)
                    && ctx.text[f..].starts_with(char::is_alphanumeric))
            }
        }))
    .then_some((a + 1, e - 1))
}

/// True when every letter of tokens `a..b` is upper case (`WALLACE`, `MR. TRUMP`).
fn all_caps(ctx: &Ctx, a: usize, b: usize) -> bool {
    let t = &ctx.text[ctx.toks[a].span.start..ctx.toks[b - 1].span.end];
    t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.chars().any(char::is_lowercase)
}

/// Transcripts (`"WALLACE: Let's start …`, its speaker's next paragraphs going on
/// in quotation marks) and a headline naming its speaker (`Sanders: Clinton needs to …`).
fn label_pass(ctx: &Ctx, paras: &[Span], in_post: &dyn Fn(Span) -> bool, found: &mut Vec<Found>, used: &mut Used) {
    let toks = &ctx.toks;
    let labels: Vec<Option<(usize, usize, usize)>> =
        paras.iter().map(|&p| if in_post(p) { None } else { paragraph_label(ctx, p) }).collect();
    // A transcript gives turns to two speakers at least, their labels in capitals.
    let turns = labels.iter().flatten().filter(|&&(a, c, _)| all_caps(ctx, a, c)).count();
    // (Paragraphs after the last turn are the article's again: `"Follow X on Twitter."`.)
    let last_turn = labels.iter().rposition(|l| l.is_some_and(|(a, c, _)| all_caps(ctx, a, c))).unwrap_or(0);
    let mut pi = 0;
    while pi < paras.len() {
        let Some((a, colon, w)) = labels[pi] else {
            pi += 1;
            continue;
        };
        let p = paras[pi];
        let cue = toks[colon].span;
        let transcript = turns >= 2 && all_caps(ctx, a, colon);
        let label = crate::text::Lower::new(&ctx.text[toks[a].span.start..toks[colon - 1].span.end]);
        // A headline's label: a short name, no verb, no quotation after the colon (see `colon_clause`).
        let headline = pi == 0
            && !transcript
            && colon - a <= 4
            && !HEADLINE_LABELS.contains(&label.as_str())
            && toks[a..colon].iter().all(|t| {
                let l = np::lower(&ctx.src(), t);
                // (A text that reports findings names its source: `Poll: …`, `Study: …`.)
                (lexicon::lookup(&l).is_none() || lexicon::is_document_noun(&l) || lexicon::reports_findings(&l))
                    && !AUX.contains(&l.as_str())
            })
            && (!toks[w..tok::index_at(toks, p.end)].iter().any(|t| mark_kind(ctx.text, t).is_some())
                || quoted_whole(ctx, w, tok::index_at(toks, p.end)).is_some())
            // (In a headline in title case every word is capitalised: the label's last word
            // must come back in the article, `Sanders: …` … `Sanders told …`.)
            && {
                let last = np::lower(&ctx.src(), &toks[colon - 1]);
                let body = crate::text::Lower::new(&ctx.text[p.end..]);
                body.as_str().split(|c: char| !c.is_alphanumeric()).any(|x| x == last)
            };
        if used.contains(&cue) || !(transcript || headline) {
            pi += 1;
            continue;
        }
        let Some(np) = np::classify(&ctx.src(), toks, a, colon) else {
            pi += 1;
            continue;
        };
        // (A headline quoting its speaker: `Starmer: 'We will not raise income tax'`.)
        let quoted = quoted_whole(ctx, w, tok::index_at(toks, p.end));
        let (ca, cb) = quoted.unwrap_or((w, tok::index_at(toks, p.end)));
        let Some(first) = ctx.content(ca, cb) else {
            pi += 1;
            continue;
        };
        // A transcript's turn is the speaker's words as printed, with the mark that ends them
        // (`… my running mate.`, `… and —.`).
        let turn =
            |c: Span, end: usize| if transcript && quoted.is_none() { with_closing_marks(ctx.text, c, end) } else { c };
        let mut content = vec![turn(first, p.end)];
        pi += 1;
        // The turn goes on in the next paragraphs that open a quotation of no label.
        while transcript && pi < last_turn && labels[pi].is_none() {
            let q = paras[pi];
            let (qa, qb) = (tok::index_at(toks, q.start), tok::index_at(toks, q.end));
            if qa + 1 >= qb || mark_kind(ctx.text, &toks[qa]) != Some(Mark::Open) || !toks[qa + 1].word {
                break;
            }
            match ctx.content(qa + 1, qb) {
                Some(c) => content.push(with_closing_marks(ctx.text, c, q.end)),
                None => break,
            }
            pi += 1;
        }
        used.insert(cue);
        // (A text's label reports what the text found: `Poll: Voters Sour on …`.)
        let kind = attr_type(CueClass::Speech, Some(&np), ":");
        found.push(new_found(ctx, Some(&np), Some(cue), content, transcript || quoted.is_some(), kind));
    }
}

/// `c` reaching over the marks that end a turn before `end` (`.`, `?`, `!`, `…`, a dash),
/// when nothing else stands between them.
fn with_closing_marks(text: &str, c: Span, end: usize) -> Span {
    let rest = &text[c.end..end.max(c.end)];
    let marks = rest.trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, '"' | '\u{201d}' | '\''));
    let closing = |ch: char| ch == ' ' || matches!(ch, '.' | '?' | '!' | '\u{2026}' | '\u{2014}' | '\u{2013}' | '-');
    if !marks.is_empty() && marks.chars().all(closing) && !marks.trim_start().is_empty() {
        Span::new(c.start, c.end + marks.len())
    } else {
        c
    }
}

fn new_found(
    ctx: &Ctx,
    np: Option<&Np>,
    cue: Option<Span>,
    content: Vec<Span>,
    direct: bool,
    kind: AttributionType,
) -> Found {
    let mut span = content.iter().fold(content[0], |a, c| a.cover(c));
    if let Some(n) = np {
        span = span.cover(&Span::new(n.full_start.min(n.span.start), n.span.end));
    }
    if let Some(c) = cue {
        span = span.cover(&c);
    }
    let sentence = ctx.sentence_of(cue.map_or(content[0].start, |c| c.start));
    Found {
        sentence,
        speaker: np.map(|n| n.span),
        speaker_phrase: np.map(|n| {
            // (A role in apposition before the name belongs to the designation, as PolNeAR marks it:
            // `The harbour's CEO, Peeter Tamm,`; not over a bracket or a line.)
            let lead = &ctx.text[n.full_start.min(n.span.start)..n.span.start];
            let start = if lead.contains(['(', '\n']) { n.span.start } else { n.full_start.min(n.span.start) };
            // (A body's noun before a title belongs to it: `panel Chairman Rep. Jason Chaffetz`.)
            let start = body_before_title(ctx.text, start, n.span.start).unwrap_or(start);
            let end = party_label_end(ctx.text, n.span.end).unwrap_or(n.span.end);
            // (A person's state or place: `Representative Charles B. Rangel of New York`.)
            let end = if n.kind == SourceKind::Person && !n.pronoun {
                place_of_end(ctx.text, end).or_else(|| body_of_end(ctx.text, end, cue)).unwrap_or(end)
            } else {
                end
            };
            Span::new(start, end)
        }),
        speaker_name: np.map(|n| ctx.text[n.span.start..n.span.end].to_string()),
        // (A body's spokesman is a person: `A Department of Health spokesman`.)
        speaker_kind: np.map_or(SourceKind::Person, |n| {
            let name = &ctx.text[n.span.start..n.span.end];
            let head = name.rsplit(' ').next().unwrap_or(name);
            match np::people_noun(head) {
                Some(plural) if n.kind == SourceKind::Organization && head.starts_with(char::is_lowercase) => {
                    if plural {
                        SourceKind::Group
                    } else {
                        SourceKind::Person
                    }
                }
                // (A quantity of people or a quantifier before a plural is a group: `just 29
                // percent`, `Some Democrats`.)
                _ if n.kind == SourceKind::Person
                    && !n.pronoun
                    && (head.eq_ignore_ascii_case("percent")
                        || name.split(' ').next().is_some_and(|w| {
                            matches!(
                                crate::text::Lower::new(w).as_str(),
                                "some" | "many" | "most" | "several" | "few" | "other" | "all"
                            )
                        }) && np::plural_word(&head.to_ascii_lowercase())) =>
                {
                    SourceKind::Group
                }
                _ => n.kind,
            }
        }),
        role: np.and_then(|n| n.role.clone()),
        cue,
        content,
        direct,
        kind,
        negated: false,
        span,
        backward: false,
    }
}

/// The end of a party and state label right after a name (`Sen. David Perdue (R-Ga.)`,
/// `Rep. Gwen Moore (D-Wis.)`): it belongs to the designation as written.
fn party_label_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(" (")?;
    let close = rest.find(')').filter(|&c| c <= 16)?;
    np::is_party_label(&rest[..close]).then_some(end + 2 + close + 1)
}

/// The start of a lower-case noun for a body right before a designation that opens
/// with a title (`panel Chairman Rep. Jason Chaffetz`, `committee Chairman X`), when
/// no article or possessive comes before that noun.
fn body_before_title(text: &str, start: usize, name: usize) -> Option<usize> {
    let first = text.get(start..name)?.split(' ').next()?;
    if first.is_empty() || !np::is_title(first) {
        return None;
    }
    let before = text.get(..start)?.strip_suffix(' ')?;
    let word_start = before.char_indices().rev().find(|(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    let body = matches!(
        word,
        "panel" | "committee" | "subcommittee" | "board" | "council" | "caucus" | "campaign" | "police" | "fire"
    );
    let prev = before[..word_start].trim_end();
    let article = prev.rsplit(' ').next().is_some_and(|w| {
        matches!(w.to_ascii_lowercase().as_str(), "the" | "a" | "an" | "its" | "his" | "her" | "their")
    });
    if !body || article {
        return None;
    }
    // (… with the place or body it serves, in capitalised words: `Tulsa police Chief Chuck Jordan`.)
    let mut start = word_start;
    for _ in 0..3 {
        let Some(head) = text[..start].strip_suffix(' ') else { break };
        let ws = head.rfind(' ').map_or(0, |i| i + 1);
        let w = &head[ws..];
        let cap = w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-');
        if !cap || matches!(w, "The" | "A" | "An" | "On" | "In" | "At" | "But" | "And") {
            break;
        }
        start = ws;
    }
    Some(start)
}

/// The end of ` of <Place>` right after a titled person's name (`Representative Charles
/// B. Rangel of New York`, `Rep. Elijah Cummings of Maryland`): one to three capitalised
/// words that name a place.
fn place_of_end(text: &str, end: usize) -> Option<usize> {
    let rest = text.get(end..)?.strip_prefix(" of ")?;
    let words: Vec<&str> = rest.split(' ').take(3).collect();
    (1..=words.len().min(3)).rev().find_map(|k| {
        let cand: Vec<&str> = words[..k].iter().map(|w| w.trim_end_matches([',', '.', ';', ':'])).collect();
        let name = cand.join(" ");
        let clean = cand.iter().all(|w| w.starts_with(char::is_uppercase))
            && words[..k - 1].iter().all(|w| !w.ends_with([',', '.', ';', ':']));
        let place = np::is_place(&name)
            || crate::gazetteer::lookup(&name).is_some_and(|h| h.kind() == claims_model::EntityKind::Place);
        (clean && place).then(|| end + 4 + name.len())
    })
}

/// The end of a person's body named right after the name when the cue follows it (`Mr.
/// Morgan of the Sierra Club said`, `Ana Ruiz at the World Bank said`), as PolNeAR marks
/// the speaker.
fn body_of_end(text: &str, end: usize, cue: Option<Span>) -> Option<usize> {
    let cue = cue.filter(|c| c.start > end)?;
    let between = text.get(end..cue.start)?;
    let rest = ["of the ", "at the ", "of ", "at "].iter().find_map(|p| between.strip_prefix(' ')?.strip_prefix(p))?;
    let body = rest.trim_end().trim_end_matches(',');
    let words: Vec<&str> = body.split(' ').collect();
    let named = (1..=5).contains(&words.len())
        && words[0].starts_with(char::is_uppercase)
        && words.iter().all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "for" | "and" | "the"))
        && !body.contains(['"', '\u{201c}', '(']);
    named.then(|| end + (between.len() - (rest.len() - body.len())))
}

fn verb_cue(c: &lexicon::Cue) -> bool {
    matches!(c.class, CueClass::Speech | CueClass::Directive | CueClass::Belief | CueClass::Intention)
        && matches!(c.form, Form::Past | Form::Third | Form::Base)
}

/// A verb cue written in lower case (a capitalised one inside a frame is a name: `The Huffington Post`).
fn lower_verb_cue(text: &str, c: &lexicon::Cue) -> bool {
    verb_cue(c) && text[c.span.start..c.span.end].starts_with(|ch: char| ch.is_lowercase())
}

fn quote_pass(ctx: &Ctx, quotes: &[Quote], paras: &[Span], found: &mut Vec<Found>, used: &mut Used) {
    let text = ctx.text;
    let toks = &ctx.toks;
    for (qi, q) in quotes.iter().enumerate() {
        let content = quote_content(text, q);
        let mut nwords = 0usize;
        crate::text::each_word_in(text, content, |_, _| nwords += 1);
        if nwords == 0 {
            continue;
        }
        let open_i = q.open.map(|o| tok::index_at(toks, o) - 1);
        let close_i = q.close.map(|c| tok::index_at(toks, c));
        // A programme or paper named as the addressee of a verb of telling is no quotation
        // (`Sanders told "Morning Joe" that …`): the report is read by the indirect pass.
        if let (Some(oi), Some(ci)) = (open_i, close_i) {
            let told =
                oi > 0 && lexicon::lookup(ctx.w(oi - 1)).is_some_and(|l| takes_addressee(l.2) && l.1 == Form::Past);
            if told && (ctx.w(ci + 1) == "that" || is_wh(ctx.w(ci + 1))) && nwords <= 6 {
                continue;
            }
        }
        // A quote whose frame carries an aside goes on after it (`"Every time you say that,"
        // Tester said, referring to the 1 percent excuse, "you give ammunition …"`): the first
        // part ends with a comma inside its marks, the frame that took it stands between the
        // parts in one sentence, and a comma opens the second part.
        // (After a coordinator, `"…," he said, but "…"`, the second quotation is a report of
        // its own by the same speaker, with the same cue.)
        let coordinated = open_i.is_some_and(|oi| oi >= 2 && matches!(ctx.w(oi - 1), "but" | "and"));
        let at = open_i.map(|oi| if coordinated { oi - 1 } else { oi });
        if let Some(f) = at.and_then(|oi| continued_quote(ctx, quotes, qi, oi, found)) {
            if coordinated {
                let mut g = f.clone();
                g.content = vec![content];
                g.span = g.span.cover(&content);
                found.push(g);
            } else {
                f.content.push(content);
                f.span = f.span.cover(&content);
            }
            continue;
        }
        // Before-frame: from the sentence start (or the previous quote) to the open mark.
        if let Some(oi) = open_i {
            let si = ctx.sentence_of(toks[oi].span.start);
            let (sa, _) = ctx.sent_toks(si);
            let prev_close = qi.checked_sub(1).and_then(|p| quotes[p].close).filter(|&c| c > ctx.sentences[si].start);
            let mut lb = prev_close.map_or(sa, |c| tok::index_at(toks, c) + 1).min(oi);
            let mut hi = oi;
            if lb == oi && si > 0 && ctx.is_punct(oi.wrapping_sub(1), ":") {
                // `X tweeted:` closing the previous paragraph.
                lb = ctx.sent_toks(si - 1).0;
            } else if lb == oi && si > 0 {
                let (pa, pb) = ctx.sent_toks(si - 1);
                if pb > pa && ctx.is_punct(pb - 1, ":") {
                    lb = pa;
                    hi = pb;
                }
            }
            if let Some((np, cue, kind)) = before_frame(ctx, lb, hi) {
                if let Some(f) = found.iter_mut().rev().take(3).find(|f| f.cue == Some(cue)) {
                    f.content.push(content);
                    f.span = f.span.cover(&content);
                    continue;
                }
                if nwords >= 2 {
                    used.insert(cue);
                    found.push(new_found(ctx, np.as_ref(), Some(cue), vec![content], true, kind));
                    continue;
                }
            }
        }
        // After-frame: from the close mark to the sentence end or the next quote.
        // (Not for a quoted phrase closing its writer's sentence: in `Japan branded it an
        // "outlaw nation." Russia insisted that …`, the next sentence has a report of its own.)
        // (Nor when the writer's sentence goes on with a clause of its own: `… in "good
        // health," while 73 percent said …`.)
        let embedded = open_i.is_some_and(|oi| {
            oi > 0 && toks[oi - 1].word && !text[toks[oi - 1].span.end..toks[oi].span.start].contains('\n')
        });
        let writer_goes_on = close_i
            .is_some_and(|ci| matches!(ctx.w(ci + 1), "while" | "though" | "although" | "whereas" | "but" | "and"));
        // (Nor for a title or phrase after a preposition: `On this weekend's broadcast of
        // "Fox News Sunday," Gov. Mike Pence said …` names a programme, it quotes no one.)
        // (… or after a possessive: `Speaking on CNN's "State of the Union," Sanders said …`.)
        let after_preposition = embedded
            && open_i.is_some_and(|oi| {
                let w = ctx.w(oi - 1);
                matches!(w, "of" | "on" | "in" | "at" | "by" | "for" | "from" | "with" | "about")
                    || nwords <= 8
                        && (w.ends_with("'s") || w.ends_with("’s") || w == "s" && oi > 1 && ctx.is_punct(oi - 2, "'’"))
            });
        // (Nor for a phrase deep inside another report: in `Hunt told Sky News that voters
        // "can't trust a word" Sir Keir says on tax`, `Sir Keir says` is a relative clause.)
        let inside_report = embedded
            && open_i.is_some_and(|oi| {
                let (sa, _) = ctx.sent_toks(ctx.sentence_of(toks[oi].span.start));
                let lead = &toks[sa..oi];
                lead.iter().filter(|t| t.word).count() > 6
                    && lead.iter().any(|t| t.word && np::lower(&ctx.src(), t).as_str() == "that")
                    && lead.iter().any(|t| {
                        t.word && lexicon::lookup(&np::lower(&ctx.src(), t)).is_some_and(|l| l.1 == Form::Past)
                    })
            });
        let phrase_ends_sentence = embedded
            && (q.close.is_some_and(|c| text[..c].trim_end().ends_with('.'))
                || writer_goes_on
                || after_preposition
                || inside_report);
        if let Some(ci) = close_i.filter(|_| !phrase_ends_sentence) {
            let si = ctx.sentence_of(toks[ci].span.start);
            let (_, mut sb) = ctx.sent_toks(si);
            // A short frame the segmenter put in a sentence of its own (`"…." - Matthew Ingram`).
            if sb == ci + 1 && si + 1 < ctx.sentences.len() {
                let (na, nb) = ctx.sent_toks(si + 1);
                let same_para = !text[toks[ci].span.end..ctx.sentences[si + 1].start].contains("\n\n");
                let words = toks[na..nb].iter().filter(|t| t.word).count();
                if same_para && (ctx.is_punct(na, DASHES) || words <= 6) {
                    sb = nb;
                }
            }
            let next_open = quotes.get(qi + 1).and_then(|n| n.open).map(|o| tok::index_at(toks, o) - 1);
            let ub = next_open.filter(|&n| n < sb && n > ci).unwrap_or(sb);
            if let Some((np, cue, kind)) = after_frame(ctx, ci + 1, ub) {
                if nwords >= 2 {
                    used.insert(cue);
                    // `The country "has made dramatic changes," McConnell said.`: a few words of
                    // the sentence lead into the quotation; what was said starts with them.
                    let lead_in = open_i.and_then(|oi| {
                        let (sa, _) = ctx.sent_toks(ctx.sentence_of(toks[oi].span.start));
                        let lead = &toks[sa..oi];
                        let words = lead.iter().filter(|t| t.word).count();
                        let plain = lead.iter().all(|t| {
                            t.word && lexicon::lookup(&np::lower(&ctx.src(), t)).is_none()
                                || !t.word && matches!(t.first, '\'' | '’' | '-')
                        });
                        // (… or a whole clause of the writer's leads into a quoted phrase, the
                        // frame closing the sentence: `The United States … called on China to
                        // stop its "dangerous conduct", a State Department spokesman said.`)
                        let clause = words > 4
                            && ub == sb
                            && toks[oi - 1].word
                            && lead.iter().all(|t| t.word || !matches!(t.first, '"' | '“' | '”'))
                            && text[content.end..toks[ci + 1].span.end.max(content.end)].contains(',');
                        (oi > sa && ((1..=4).contains(&words) && plain || clause) && lead[0].first.is_uppercase())
                            .then(|| Span::new(toks[sa].span.start, toks[ci].span.end))
                    });
                    let (content, direct) = lead_in.map_or((content, true), |c| (c, false));
                    // (The reports inside a clause that leads in are the speaker's words, as in
                    // `…, a spokesman said.` without marks.)
                    if !direct {
                        for c in ctx.cues(content).iter() {
                            used.insert(c.span);
                        }
                    }
                    let mut f = new_found(ctx, np.as_ref(), Some(cue), vec![content], direct, kind);
                    f.sentence = ctx.sentence_of(content.start);
                    f.backward = true;
                    found.push(f);
                    continue;
                }
            }
        }
        // Introduced by the previous sentence of its paragraph (`X issued a statement on Y. "…"`).
        if nwords >= 3 && fills_sentences(ctx, q) {
            if let Some(oi) = open_i {
                let si = ctx.sentence_of(toks[oi].span.start);
                let (sa, _) = ctx.sent_toks(si);
                let same_para = si > 0 && !text[ctx.sentences[si - 1].end..toks[oi].span.start].contains('\n');
                if sa == oi && same_para && !found.iter().any(|f| f.sentence == si - 1 && f.cue.is_some()) {
                    if let Some((np, cue, kind)) = intro_sentence(ctx, si - 1, used) {
                        used.insert(cue);
                        let mut f = new_found(ctx, Some(&np), Some(cue), vec![content], true, kind);
                        f.sentence = ctx.sentence_of(content.start);
                        found.push(f);
                        continue;
                    }
                }
            }
        }
        // Floating: the quote fills its sentences; the previous speaker goes on.
        // (Not a section heading quoted in title case on a line of its own: `'All Bets Are
        // Off.'`.)
        if nwords >= 3 && fills_sentences(ctx, q) && !quoted_heading(text, content) {
            let prev = found.iter().rev().find(|f| {
                f.speaker_name.is_some()
                    && f.span.end <= content.start
                    && paras_between(paras, f.span.end, content.start) <= 2
            });
            // A person the paragraph before introduces speaks a quote that opens its own
            // paragraph, not the earlier speaker (`Rep. Eleanor Whitfield, …, broke with her
            // party's leadership.` + `"I have spent two years …"`).
            let introduced = open_i.and_then(|oi| introduced_speaker(ctx, oi)).filter(|n| {
                prev.is_none_or(|p| !same_person(p.speaker_name.as_deref(), &text[n.span.start..n.span.end]))
            });
            if let Some(np) = introduced {
                let mut f = new_found(ctx, None, None, vec![content], true, AttributionType::Speech);
                let phrase = new_found(ctx, Some(&np), None, vec![content], true, AttributionType::Speech);
                f.speaker = Some(np.span);
                f.speaker_phrase = phrase.speaker_phrase;
                f.speaker_name = Some(text[np.span.start..np.span.end].to_string());
                f.speaker_kind = np.kind;
                f.role = np.role.clone();
                f.sentence = ctx.sentence_of(content.start);
                found.push(f);
            } else if let Some(p) = prev {
                let mut f = new_found(ctx, None, None, vec![content], true, AttributionType::Speech);
                f.speaker_name = p.speaker_name.clone();
                f.speaker_kind = p.speaker_kind;
                f.sentence = ctx.sentence_of(content.start);
                found.push(f);
            } else if let Some(np) = open_i.and_then(|oi| reported_before(ctx, oi)) {
                let mut f = new_found(ctx, None, None, vec![content], true, AttributionType::Speech);
                f.speaker_name = Some(text[np.span.start..np.span.end].to_string());
                f.speaker_kind = np.kind;
                f.sentence = ctx.sentence_of(content.start);
                found.push(f);
            }
        }
    }
}

/// True when `content` is a short quotation in title case alone on its line: a section
/// heading (`'Legend in the Coal Fields.'`), no words spoken.
pub(crate) fn quoted_heading(text: &str, content: Span) -> bool {
    let line_start = text[..content.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[content.end..].find('\n').map_or(text.len(), |i| content.end + i);
    let marks = |s: &str| s.chars().all(|c| !c.is_alphanumeric());
    if !marks(&text[line_start..content.start]) || !marks(&text[content.end..line_end]) {
        return false;
    }
    let words: Vec<&str> = text[content.start..content.end].split_whitespace().collect();
    // (Short words may stay lower case: `in the`, `of`.)
    words.len() <= 10 && words.iter().filter(|w| w.len() > 3).all(|w| w.starts_with(char::is_uppercase))
}

/// The attribution a quote opening at token `oi` continues when its frame stood between
/// it and the previous quote with an aside too long for a plain interruption: the
/// previous quote ends with a comma inside its marks (the speaker goes on), both quotes
/// stand in one sentence, the attribution that took the previous quote has its cue
/// between them, no other cue of speech stands there, and a comma opens this quote.
fn continued_quote<'f>(
    ctx: &Ctx,
    quotes: &[Quote],
    qi: usize,
    oi: usize,
    found: &'f mut [Found],
) -> Option<&'f mut Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let prev = &quotes[qi.checked_sub(1)?];
    let pc = prev.close?;
    let prev_content = quote_content(text, prev);
    if oi == 0 || !ctx.is_punct(oi - 1, ",") || !text[prev_content.end..pc].contains(',') {
        return None;
    }
    let open = toks[oi].span.start;
    if ctx.sentence_of(pc) != ctx.sentence_of(open) || text[pc..open].contains('\n') {
        return None;
    }
    let f = found.iter_mut().rev().take(3).find(|f| f.content.last() == Some(&prev_content))?;
    let cue = f.cue.filter(|c| c.start >= pc && c.end <= open)?;
    let between = Span::new(pc, open);
    let other_cue = ctx.cues(between).iter().any(|c| c.span != cue && c.class == CueClass::Speech);
    (!other_cue).then_some(f)
}

/// The person a paragraph's last sentence is about, when the quote opening at token `oi`
/// starts the next paragraph and that sentence has no quotation of its own: a named
/// person (no pronoun) as the sentence's subject.
fn introduced_speaker(ctx: &Ctx, oi: usize) -> Option<Np> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let si = ctx.sentence_of(toks[oi].span.start);
    if si == 0 || ctx.sent_toks(si).0 != oi || !text[ctx.sentences[si - 1].end..toks[oi].span.start].contains('\n') {
        return None;
    }
    let (pa, pb) = ctx.sent_toks(si - 1);
    // (No quotation anywhere in that paragraph: inside a transcript's turn, a name is no introduction.)
    let para_start = text[..ctx.sentences[si - 1].start].rfind('\n').map_or(0, |p| p + 1);
    let qa = tok::index_at(toks, para_start).min(pa);
    if toks[qa..pb].iter().any(|t| !t.word && (t.first == '"' || mark_kind(text, t).is_some())) {
        return None;
    }
    let n = sentence_subject(ctx, pa, pb)?;
    let name = &text[n.span.start..n.span.end];
    // (A full name or a name with a title: `Image: NASA.` introduces no one.)
    (n.kind == SourceKind::Person && !n.pronoun && (np::is_person_name(name) || n.role.is_some())).then_some(n)
}

/// True when `name` names the same person as `known` (equal, or its last word).
fn same_person(known: Option<&str>, name: &str) -> bool {
    known.is_some_and(|k| {
        k == name || k.rsplit(' ').next() == name.rsplit(' ').next() || k.ends_with(name) || name.ends_with(k)
    })
}

/// A pull quote without quotation marks, signed at the paragraph's end by a
/// person's name and perhaps a role (`… Program. Charles Bolden, NASA Administrator`).
fn signed_pull_quote(ctx: &Ctx, p: Span) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let (a, b) = (tok::index_at(toks, p.start), tok::index_at(toks, p.end));
    if b <= a + 10 || toks[a..b].iter().any(|t| !t.word && (t.first == '"' || mark_kind(text, t).is_some())) {
        return None;
    }
    // The last sentence end, at most 14 tokens before the paragraph's end.
    let t = (a + 1..b).rev().take(14).find(|&i| {
        let tk = &toks[i];
        !tk.word
            && matches!(tk.first, '.' | '!' | '?')
            && toks[i - 1].word
            && toks[i - 1].span.end == tk.span.start
            && (tk.first != '.'
                || !np::is_title(&text[toks[i - 1].span.start..toks[i - 1].span.end])
                    && (toks[i - 1].span.len() >= 4 || !np::is_cap(text, &toks[i - 1])))
            && toks.get(i + 1).is_some_and(|n| n.span.start > tk.span.end)
    })?;
    let sig = &toks[t + 1..b];
    let words = sig.iter().filter(|x| x.word).count();
    if !(2..=12).contains(&words)
        || sig.iter().any(|x| !x.word && !matches!(x.first, ',' | '.' | '(' | ')' | '-' | '&' | '\'' | '’'))
        || sig.iter().any(|x| {
            x.word && {
                let l = np::lower(&ctx.src(), x);
                AUX.contains(&l.as_str()) || lexicon::lookup(&l).is_some() || np::PRONOUNS.contains(&l.as_str())
            }
        })
    {
        return None;
    }
    // The name: two to four capitalised words up to a comma or the end.
    let mut e = t + 1;
    while e < b && np::is_cap(text, &toks[e]) {
        e += 1;
    }
    let n = e - (t + 1);
    if !(2..=4).contains(&n) || e < b && !ctx.is_punct(e, ",") {
        return None;
    }
    let name = np::classify(&ctx.src(), toks, t + 1, e)?;
    let name_text = &text[name.span.start..name.span.end];
    if name.kind != SourceKind::Person
        || name.span.start != toks[t + 1].span.start
        || np::is_place(name_text)
        || toks[t + 1..e]
            .iter()
            .any(|x| np::is_org_word(&np::lower(&ctx.src(), x)) || np::is_time_word(&np::lower(&ctx.src(), x)))
    {
        return None;
    }
    let content = Span::new(toks[a].span.start, toks[t].span.end);
    if crate::text::words(text, content).len() < 8 {
        return None;
    }
    let mut f = new_found(ctx, Some(&name), None, vec![content], true, AttributionType::Speech);
    f.sentence = ctx.sentence_of(content.start);
    f.role =
        (e + 1 < b).then(|| text[toks[e + 1].span.start..toks[b - 1].span.end].to_string()).filter(|r| !r.is_empty());
    Some(f)
}

/// A sentence that introduces a following quote: a subject and a speech cue
/// with no complement clause of its own (`Senator X issued a statement
/// regarding the decision.`).
fn intro_sentence(ctx: &Ctx, si: usize, used: &Used) -> Option<(Np, Span, AttributionType)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let (pa, pb) = ctx.sent_toks(si);
    if toks[pa..pb].iter().any(|t| !t.word && mark_kind(text, t).is_some()) {
        return None;
    }
    let cues = ctx.cues(ctx.sentences[si].span());
    let c = cues.iter().find(|c| {
        !used.contains(&c.span)
            && c.class == CueClass::Speech
            && (lower_verb_cue(text, c) && matches!(c.form, Form::Past | Form::Third) || c.lemma.contains("statement"))
    })?;
    let ci = tok::index_at(toks, c.span.start);
    let ce = tok::index_at(toks, c.span.end);
    let rest = &toks[ce..pb];
    // Nothing after the cue but adverbials (`… regarding the decision`, `… to reporters on Monday`).
    let first = rest.iter().find(|t| t.word).map(|t| np::lower(&ctx.src(), t));
    let adverbial = first.as_deref().is_none_or(|w| {
        matches!(
            w,
            "regarding"
                | "concerning"
                | "on"
                | "about"
                | "in"
                | "at"
                | "to"
                | "after"
                | "before"
                | "during"
                | "following"
                | "from"
                | "via"
                | "with"
                | "through"
                | "later"
                | "earlier"
                | "yesterday"
                | "today"
                | "last"
                | "this"
        )
    });
    if !adverbial
        || rest.iter().filter(|t| t.word).count() > 15
        || rest.iter().any(|t| t.word && matches!(np::lower(&ctx.src(), t).as_str(), "that" | "to"))
        || negated_before(ctx, ci, pa)
    {
        return None;
    }
    let np = np::before(&ctx.src(), toks, pa, ci)?;
    if function_np(text, &np) {
        return None;
    }
    let kind = attr_type(c.class, Some(&np), c.lemma);
    Some((np, c.span, kind))
}

/// The named speaker of an indirect report in the sentence just before a
/// quote that opens at token `oi`, in the same paragraph (`Wilkins also said
/// Warhol was a businessperson. "…"`): the quote goes on from that speaker.
fn reported_before(ctx: &Ctx, oi: usize) -> Option<Np> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let si = ctx.sentence_of(toks[oi].span.start);
    if si == 0 || ctx.sent_toks(si).0 != oi || text[ctx.sentences[si - 1].end..toks[oi].span.start].contains('\n') {
        return None;
    }
    let (pa, pb) = ctx.sent_toks(si - 1);
    if toks[pa..pb].iter().any(|t| !t.word && mark_kind(text, t).is_some()) {
        return None;
    }
    let cues = ctx.cues(ctx.sentences[si - 1].span());
    let c = cues.iter().find(|c| {
        c.class == CueClass::Speech && lower_verb_cue(text, c) && matches!(c.form, Form::Past | Form::Third)
    })?;
    let ci = tok::index_at(toks, c.span.start);
    if negated_before(ctx, ci, pa) {
        return None;
    }
    let np = np::before(&ctx.src(), toks, pa, ci)?;
    (np.full_start == toks[pa].span.start && !np.pronoun && !function_np(text, &np)).then_some(np)
}

/// A paragraph of its own, without quotation marks, introduced by a frame
/// ending in a colon at the end of the previous paragraph (`…, the Church
/// denied these allegations:` + block quote). The quote runs to the first
/// sentence with a reporting verb of its own.
fn block_quote(ctx: &Ctx, prev: Span, p: Span, used: &Used) -> Option<(Found, Span)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let (a, b) = (tok::index_at(toks, p.start), tok::index_at(toks, p.end));
    let pe = tok::index_at(toks, prev.end);
    if pe == 0 || b <= a || !ctx.is_punct(pe - 1, ":") {
        return None;
    }
    if toks[a..b].iter().any(|t| !t.word && (t.first == '"' || mark_kind(text, t).is_some())) {
        return None;
    }
    let si = ctx.sentence_of(toks[pe - 1].span.start);
    let lb = ctx.sent_toks(si).0;
    let (np, cue, kind) = before_frame(ctx, lb, pe)?;
    if used.contains(&cue) || np.is_none() {
        return None;
    }
    // Sentences of the paragraph up to one with a reporting verb of its own.
    let first = ctx.sentence_of(p.start);
    let mut end = first;
    while end < ctx.sentences.len() && ctx.sentences[end].start < p.end {
        if end > first && ctx.cues(ctx.sentences[end].span()).iter().any(|c| lower_verb_cue(text, c)) {
            break;
        }
        end += 1;
    }
    let last = ctx.sentences.get(end.checked_sub(1)?)?;
    let content = crate::text::trim(text, Span::new(p.start, last.end.min(p.end)));
    if crate::text::words(text, content).len() < 4 {
        return None;
    }
    let mut f = new_found(ctx, np.as_ref(), Some(cue), vec![content], true, kind);
    f.sentence = ctx.sentence_of(content.start);
    Some((f, cue))
}

fn paras_between(paras: &[Span], a: usize, b: usize) -> usize {
    let pa = paras.partition_point(|p| p.end <= a);
    let pb = paras.partition_point(|p| p.end <= b);
    pb.saturating_sub(pa)
}

/// True when nothing but punctuation stands between the quote and its sentences' edges.
fn fills_sentences(ctx: &Ctx, q: &Quote) -> bool {
    let toks = &ctx.toks;
    let start_ok = match q.open {
        Some(o) => {
            let oi = tok::index_at(toks, o) - 1;
            let (sa, _) = ctx.sent_toks(ctx.sentence_of(toks[oi].span.start));
            toks[sa..oi].iter().all(|t| !t.word)
        }
        None => true,
    };
    let end_ok = match q.close {
        Some(c) => {
            let ci = tok::index_at(toks, c);
            let (_, sb) = ctx.sent_toks(ctx.sentence_of(c));
            toks[ci.min(sb)..sb].iter().all(|t| !t.word)
        }
        None => true,
    };
    start_ok && end_ok
}

/// `X said: "`, `X told Y, "`, `X: "`, `according to X, "` before token `oi`.
fn before_frame(ctx: &Ctx, lb: usize, oi: usize) -> Option<(Option<Np>, Span, AttributionType)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    if oi <= lb {
        return None;
    }
    let mut k = oi;
    let mut sep = None;
    if ctx.is_punct(k - 1, ":,") {
        sep = Some(k - 1);
        k -= 1;
    }
    let region = Span::new(toks[lb].span.start, toks[k.max(lb + 1) - 1].span.end);
    let cues = ctx.cues(region);
    // `a message stating, "…"`: a participle right before the mark, its subject the noun before it.
    let ing_ok = |c: &lexicon::Cue| {
        let ci = tok::index_at(toks, c.span.start);
        c.form == Form::Ing
            && c.class == CueClass::Speech
            && sep.is_some()
            // (A time adverb may follow: `…, adding later, "…"`.)
            && {
                let ce = tok::index_at(toks, c.span.end);
                ce == k || ce + 1 == k && matches!(ctx.w(ce), "later" | "earlier")
            }
            && ci > lb
            && (toks[ci - 1].word || ctx.is_punct(ci - 1, ",") && ci > lb + 2)
    };
    // A cue word after a determiner is a noun (`told the press`), as a plural after a
    // number (`with 40 to 50 questions, "…"`).
    let after_det = |c: &lexicon::Cue| {
        let ci = tok::index_at(toks, c.span.start);
        let prev = ctx.w(ci.wrapping_sub(1));
        ci > lb
            && (np::is_determiner(prev)
                // (… and after a preposition: `said via email that, "…"`.)
                || c.form != Form::Ing && matches!(prev, "via" | "by" | "through" | "per")
                || c.form == Form::Third
                    && (prev.starts_with(|c: char| c.is_ascii_digit())
                        || crate::segment::lexicon::is_number_word(prev)
                        // (`questions`, most often a noun, is a verb after a name or a pronoun
                        // only: `complicated questions with over fifty words, including: "…"`.)
                        || c.lemma == "question"
                            && toks[ci - 1].word
                            && !np::is_cap(text, &toks[ci - 1])
                            && !matches!(prev, "he" | "she" | "it" | "who" | "which" | "that")))
    };
    if let Some(c) = cues
        .iter()
        .rev()
        .filter(|c| !after_det(c))
        .find(|c| lower_verb_cue(text, c) || c.class == CueClass::According || ing_ok(c))
    {
        let ci = tok::index_at(toks, c.span.start);
        let ce = tok::index_at(toks, c.span.end);
        let gap = &toks[ce..k];
        let that_only = gap.len() == 1 && np::lower(&ctx.src(), &gap[0]) == "that";
        // (An occasion of the speaking may stand between: `said during a rally in Kenansville,
        // N.C., "…"`, `told reporters at a briefing on Monday: "…"`.)
        let occasion = sep.is_some()
            && gap.len() <= 14
            && matches!(ctx.w(ce), "during" | "at" | "in" | "on")
            && (ce..k).any(|i| {
                matches!(
                    ctx.w(i),
                    "interview" | "rally" | "hearing" | "speech" | "briefing" | "conference" | "debate" | "meeting"
                )
            })
            && !(ce..k).any(|i| toks[i].word && (AUX.contains(&ctx.w(i)) || finite_word(ctx.w(i))));
        // (A verb of stance with its object reports the object, not the quotation: `Sunak
        // defended the policy in Parliament: "…"` is framed by its colon.)
        let stance_object =
            lexicon::OBJECT_OF_SPEECH.contains(&c.lemma) && gap.first().is_some_and(|t| t.word) && !that_only;
        if !occasion && (gap.len() > 6 || stance_object)
            || (sep.is_none() && !gap.is_empty() && !that_only)
            || (!that_only && gap.iter().any(|t| t.word && np::lower(&ctx.src(), t) == "that"))
        {
            return sep
                .filter(|&s| toks[s].first == ':' && (gap.len() > 6 || stance_object))
                .and_then(|s| colon_clause(ctx, lb, s));
        }
        if negated_before(ctx, ci, lb) {
            return None;
        }
        // `called "Cowboys and Indians"`: a naming verb right before a quote gives a name, not speech.
        if sep.is_none() && gap.is_empty() && matches!(c.lemma, "call" | "dub" | "term" | "name" | "title" | "label") {
            return None;
        }
        if c.class == CueClass::According {
            let np = np::after(&ctx.src(), toks, ce, k)?;
            return Some((Some(np), c.span, AttributionType::Speech));
        }
        // `Dean mocked Trump, tweeting, "…"`: a participle after a comma has the sentence's
        // subject.
        let np = if c.form == Form::Ing && ctx.is_punct(ci - 1, ",") {
            sentence_subject(ctx, lb, ci - 1).filter(|n| !n.pronoun || !n.span.is_empty())
        } else {
            np::before(&ctx.src(), toks, lb, ci)
        };
        if np.is_none() && !matches!(ctx.w(ci.wrapping_sub(1)), "was" | "were") {
            return None;
        }
        let kind = attr_type(c.class, np.as_ref(), c.lemma);
        return Some((np, c.span, kind));
    }
    // `X: "…"`: the whole region is the speaker.
    let s = sep?;
    if toks[s].first != ':' {
        return None;
    }
    let lb = after_entry_time(ctx, lb, s);
    if lb >= s {
        return None;
    }
    if let Some(np) = np::before(&ctx.src(), toks, lb, s) {
        if np.full_start == toks[lb].span.start && !np.pronoun {
            return Some((Some(np), toks[s].span, AttributionType::Speech));
        }
    }
    colon_clause(ctx, lb, s)
}

/// A live blog entry's time before its dash is no part of a label speaker
/// (`12:55 GMT - Cornwall council: "…"`, `9.30am - Network Rail: "…"`): the
/// token after the dash, or `lb` when the label does not open with a time.
fn after_entry_time(ctx: &Ctx, lb: usize, s: usize) -> usize {
    let toks = &ctx.toks;
    // Digits, `:`/`.`, and short zone or am/pm words (`GMT`, `BST`, `am`).
    let time_part = |t: &tok::Tok| {
        let w = &ctx.text[t.span.start..t.span.end];
        t.first.is_ascii_digit()
            || !t.word && matches!(t.first, ':' | '.')
            || t.word && w.len() <= 4 && (w.bytes().all(|b| b.is_ascii_uppercase()) || matches!(w, "am" | "pm"))
    };
    let dash = (lb..(lb + 6).min(s)).find(|&d| !toks[d].word && matches!(toks[d].first, '-' | '—' | '–'));
    match dash {
        Some(d) if d > lb && toks[lb].first.is_ascii_digit() && toks[lb..d].iter().all(time_part) => d + 1,
        _ => lb,
    }
}

/// `X has called the sentence "dangerous": "…"`, `X defended the record: "…"`: a clause from
/// token `lb` to the colon at `s` whose subject, followed by a finite verb, is the speaker; the
/// colon is the cue.
fn colon_clause(ctx: &Ctx, lb: usize, s: usize) -> Option<(Option<Np>, Span, AttributionType)> {
    let toks = &ctx.toks;
    let np = sentence_subject(ctx, lb, s)?;
    if function_np(ctx.text, &np) {
        return None;
    }
    let e = tok::index_at(toks, np.span.end);
    let v = (e..s).find(|&i| toks[i].word && !np::is_between(ctx.w(i)))?;
    let w = ctx.w(v);
    let verb = (AUX.contains(&w) && v + 1 < s)
        || np::is_irregular_past(w)
        || w.ends_with("ed")
        || lexicon::lookup(w).is_some_and(|c| matches!(c.1, Form::Past | Form::Third));
    (verb && s > v + 1).then_some((Some(np), toks[s].span, AttributionType::Speech))
}

/// `", X said.`, `", said X, role.`, `" — X` from token `a` to `ub`.
fn after_frame(ctx: &Ctx, a: usize, ub: usize) -> Option<(Option<Np>, Span, AttributionType)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let mut f = a;
    while f < ub && ctx.is_punct(f, ",") {
        f += 1;
    }
    if f >= ub {
        return None;
    }
    if ctx.is_punct(f, DASHES) {
        let mut g = f;
        while g < ub && ctx.is_punct(g, DASHES) {
            g += 1;
        }
        let np = np::after(&ctx.src(), toks, g, ub)?;
        // A signature is a name, or a description that ends the frame: no clause goes on
        // after it (`“con artist” — just as he did with Romney`).
        let named = toks.get(g).is_some_and(|t| t.word && t.first.is_uppercase());
        if !named && toks[tok::index_at(toks, np.span.end)..ub].iter().any(|t| t.word) {
            return None;
        }
        return Some((Some(np), Span::new(toks[f].span.start, toks[g - 1].span.end), AttributionType::Speech));
    }
    if !toks[f].word {
        return None;
    }
    // (A long apposition may stand between: `Leonard E. Burman, director of the centrist
    // Urban-Brookings Tax Policy Center and a professor at the Maxwell School of Syracuse
    // University, said`.)
    let lim = (f + 32).min(ub);
    let region = Span::new(toks[f].span.start, toks[lim - 1].span.end);
    // (A verb form after an article is a noun: `one of the states suing the EPA, said`.)
    let c = ctx.cues(region).into_iter().find(|c| {
        let i = tok::index_at(toks, c.span.start);
        let noun = i > f && c.form != Form::Past && matches!(ctx.w(i - 1), "the" | "a" | "an");
        lower_verb_cue(text, c) && !noun || c.class == CueClass::According
    })?;
    let ci = tok::index_at(toks, c.span.start);
    if c.class == CueClass::According {
        if ci != f {
            return None;
        }
        let np = np::after(&ctx.src(), toks, ci + 2, ub)?;
        return Some((Some(np), c.span, AttributionType::Speech));
    }
    // (A participle has no subject after it: in `called the criticism "flatly wrong," noting
    // that …`, what follows is what was noted, and the subject is the sentence's.)
    if ci == f && c.form == Form::Ing {
        return None;
    }
    if ci == f {
        // (A participle and its agent describe the quoted thing: `"super PACs" supported by
        // the Koch brothers`.)
        if ctx.w(tok::index_at(toks, c.span.end)) == "by" {
            return None;
        }
        let np = np::after(&ctx.src(), toks, tok::index_at(toks, c.span.end), ub)?;
        // `said the lawyer, Priya Raman.`: the name in apposition is the speaker.
        let (_, sb) = ctx.sent_toks(ctx.sentence_of(c.span.start));
        let np = closing_apposition(ctx, &np, sb.min(ub)).unwrap_or(np);
        let kind = attr_type(c.class, Some(&np), c.lemma);
        return Some((Some(np), c.span, kind));
    }
    let np = np::before(&ctx.src(), toks, f, ci)?;
    let fi = tok::index_at(toks, np.full_start);
    // (`"…," one Democratic operative who works on Senate races told Politico`.)
    let (np, fi) = match restrictive_relative_subject(ctx, f, fi) {
        Some(r) if !np.pronoun => {
            let ri = tok::index_at(toks, r.full_start);
            (r, ri)
        }
        _ => (np, fi),
    };
    // Only a role may stand before the name: lower-case (`team member Rodaba Noori
    // said`), or an organisation's name before a title (`WHO spokesperson Margaret Harris`).
    let ni = tok::index_at(toks, np.span.start);
    let titled = fi > f && ni > 0 && {
        let r = &text[toks[ni - 1].span.start..toks[ni - 1].span.end];
        np::is_title(r) || np::people_noun(r).is_some()
    };
    // (No clause stands there: `"a mistake" to use private email`, `"taunts" because he cannot
    // defend his own record`, `"…," which is defined as an area with an unemployment rate`.)
    // (Lower-case only: `WHO spokesperson Margaret Harris`.)
    let clause_word = |t: &Tok| {
        let l = np::lower(&ctx.src(), t);
        t.first.is_lowercase()
            && (AUX.contains(&l.as_str())
                || matches!(
                    l.as_str(),
                    "to" | "which"
                        | "who"
                        | "what"
                        | "where"
                        | "how"
                        | "that"
                        | "because"
                        | "while"
                        | "as"
                        | "if"
                        | "when"
                        | "and"
                        | "but"
                        | "or"
                        | "cannot"
                        | "than"
                ))
    };
    if fi > f && (fi - f > 4 || toks[f..fi].iter().any(|t| !t.word || np::is_cap(text, t) && !titled || clause_word(t)))
    {
        return None;
    }
    // A base form needs a plural or a pronoun for people (`"…," they say`), not `his own record`.
    if c.form == Form::Base && !c.lemma.contains(' ') {
        let name = &text[np.span.start..np.span.end];
        let last = crate::text::Lower::new(name.rsplit(' ').next().unwrap_or(""));
        if !np::plural_word(last.as_str()) && !matches!(last.as_str(), "they" | "we" | "i" | "you") {
            return None;
        }
    }
    // (`said yes`, `said no`: an answer of the speaker's own, not the frame of the quotation
    // before it: `… and "our own struggling citizens," Melanie said yes, yes, yes`.)
    let ce = tok::index_at(toks, c.span.end);
    if ce < ub && matches!(ctx.w(ce), "yes" | "no") && toks[ce].first.is_lowercase() {
        return None;
    }
    let kind = attr_type(c.class, Some(&np), c.lemma);
    Some((Some(np), c.span, kind))
}

/// True when the cue stands in a conditional clause (`If the House wants to …`): a
/// hypothetical, not a report.
fn conditional(ctx: &Ctx, ci: usize, sa: usize) -> bool {
    let mut i = ci;
    while i > sa && ci - i < 12 {
        i -= 1;
        if ctx.is_punct(i, ",;:\"“”") {
            return false;
        }
        if matches!(ctx.w(i), "if" | "unless" | "whether") {
            return true;
        }
    }
    false
}

fn negated_before(ctx: &Ctx, ci: usize, lb: usize) -> bool {
    let mut i = ci;
    let mut n = 0;
    while i > lb && n < 3 {
        i -= 1;
        n += 1;
        let w = ctx.w(i);
        // (`No 10`, `No. 2` name a number: `A No 10 spokesman added`.)
        let number = w == "no" && ctx.toks.get(i + 1).is_some_and(|t| t.first.is_ascii_digit() || t.first == '.');
        if matches!(w, "not" | "never" | "no") && !number || w.ends_with("n't") || w.ends_with("n’t") {
            return true;
        }
        if !ctx.toks[i].word {
            break;
        }
    }
    false
}

/// The subject noun phrase of the sentence that starts at token `sa`.
/// The text of token `i` as written.
fn text_of<'a>(ctx: &Ctx<'a>, i: usize) -> &'a str {
    let t = &ctx.toks[i];
    &ctx.text[t.span.start..t.span.end]
}

fn sentence_subject(ctx: &Ctx, sa: usize, before: usize) -> Option<Np> {
    let toks = &ctx.toks;
    let mut i = sa;
    // The dateline is no subject (`PARIS (Reuters) - French President Emmanuel Macron …`).
    while i < before && toks[i].span.start < ctx.dateline_end {
        i += 1;
    }
    // Skip an opening adverbial up to its comma (`In a statement, …`).
    let w0 = ctx.w(i);
    if matches!(
        w0,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "while"
            | "despite"
            | "during"
            | "earlier"
            | "later"
            | "meanwhile"
            | "however"
            | "but"
            | "speaking"
            | "for"
            | "as"
            | "when"
            | "since"
            | "with"
    ) {
        while i < before && !ctx.is_punct(i, ",") {
            i += 1;
        }
        i += 1;
    }
    let mut j = i;
    // (Words and the dots of abbreviations in names: `Rep. Eleanor Whitfield`.)
    let abbrev_dot = |j: usize| {
        j > i && ctx.is_punct(j, ".") && toks[j - 1].word && toks[j - 1].span.end == toks[j].span.start && {
            let w = &text_of(ctx, j - 1);
            w.len() <= 4 && w.starts_with(char::is_uppercase)
        }
    };
    while j < before && (toks[j].word || abbrev_dot(j)) {
        if !toks[j].word {
            j += 1;
            continue;
        }
        let w = ctx.w(j);
        // (A plural after a number or determiner is a noun: `Twenty-seven states`.)
        let after_number = j > i && {
            let p = ctx.w(j - 1);
            np::is_determiner(p) || p.split('-').next_back().is_some_and(crate::segment::lexicon::is_number_word)
        };
        // A time adverbial after the subject (`Macron on Thursday appointed …`).
        let time_adverbial = np::is_time_word(w)
            || matches!(w, "on" | "in" | "at" | "this" | "late" | "early") && np::is_time_word(ctx.w(j + 1));
        // (A capitalised word inside a name is no verb: `The United Nations Security Council`.)
        let in_name = j > i
            && np::is_cap(ctx.text, &toks[j])
            && np::is_cap(ctx.text, &toks[j - 1])
            && toks.get(j + 1).is_some_and(|t| t.word && np::is_cap(ctx.text, t));
        if j > i
            && (time_adverbial
                || AUX.contains(&w)
                || np::is_between(w)
                || !in_name
                    && (np::is_irregular_past(w)
                        || lexicon::lookup(w)
                            .is_some_and(|c| c.1 == Form::Past || c.1 == Form::Third && !after_number)
                        || w.ends_with("ed")))
        {
            break;
        }
        j += 1;
        if j - i > 8 {
            return None;
        }
    }
    // A name in apposition to the subject (`Its chief executive, Graham Holt, apologised … and
    // said`): the phrase runs to the closing comma, and the name is the speaker.
    if j > i && ctx.is_punct(j, ",") {
        let close = (j + 2..(j + 7).min(before)).find(|&k| ctx.is_punct(k, ","));
        if let Some(k) = close.filter(|&k| {
            toks[j + 1..k].iter().all(|t| t.word && np::is_cap(ctx.text, t)) && toks.get(k + 1).is_some_and(|t| t.word)
        }) {
            let start = toks.get(i).map_or(0, |t| t.span.start);
            if let Some(n) = np::before(&ctx.src(), toks, i, k + 1).filter(|n| n.full_start <= start || n.pronoun) {
                return Some(n);
            }
        }
    }
    np::before(&ctx.src(), toks, i, j).filter(|n| n.full_start <= toks.get(i).map_or(0, |t| t.span.start) || n.pronoun)
}

#[allow(clippy::too_many_lines)]
fn indirect_pass(ctx: &Ctx, si: usize, quoted: &[Span], n_quoted: usize, found: &mut Vec<Found>, used: &mut Used) {
    let text = ctx.text;
    let toks = &ctx.toks;
    let s = &ctx.sentences[si];
    let (sa, sb) = ctx.sent_toks(si);
    if sa >= sb {
        return;
    }
    let first_new = found.len();
    for c in ctx.cues(s.span()) {
        // Quotes are in text order and do not nest: only the last one starting before the cue can hold it.
        let qi = quoted.partition_point(|q| q.start <= c.span.start);
        let in_quote = qi > 0 && quoted[qi - 1].contains(&c.span);
        if used.contains(&c.span) {
            continue;
        }
        // Inside a quote only reports of third parties count (`"Moxon proceeded to lie that …"`),
        // never the quoted speaker's own hedges (`"I think …"`, `"we believe …"`).
        let quote_span = in_quote.then(|| quoted[qi - 1]);
        let ci = tok::index_at(toks, c.span.start);
        let ce = tok::index_at(toks, c.span.end);
        if negated_before(ctx, ci, sa) || conditional(ctx, ci, sa) {
            continue;
        }
        // A verb of judgement that is no verb of saying reports only its judgement with `as`
        // (`condemned the test as "provocative"`): never a clause (`…, the UN has criticised.`).
        // (A verb of stance reports its object too: `condemned the test`.)
        if judges_only(c.lemma)
            && !(ce..sb).any(|k| ctx.w(k) == "as")
            && !(lexicon::takes_stance_object(c.lemma) && toks.get(ce).is_some_and(|t| t.word))
        {
            continue;
        }
        // A cue inside the text's last token (`… go to: www.example.org/email`) is no word of its own.
        if ci >= toks.len() {
            continue;
        }
        // A capitalised cue inside a sentence is a name (`the United States`), but for a verb
        // in a headline in title case (`Obama Says African-American Museum Will Tell …`).
        if ci > sa
            && toks[ci].first.is_uppercase()
            && toks[sa..ci].iter().any(|t| t.word)
            && !(c.form == Form::Third
                && (say_like(c.lemma) && c.lemma != "state" || matches!(c.lemma, "claim" | "deny" | "predict" | "see"))
                && title_case_headline(ctx, si))
        {
            continue;
        }
        let prev = ctx.w(ci.wrapping_sub(1));
        let next = ctx.w(ce);
        // (A quantifier floating after its subject is no determiner: `They both said`.)
        let floating = matches!(prev, "all" | "both" | "each")
            && ci >= sa + 2
            && (toks[ci - 2].word || toks[ci - 2].first == ')')
            && !np::is_determiner(ctx.w(ci - 2));
        let prev = if floating { "" } else { prev };
        // A verb form after a possessive is a noun (`her push to restore …`, `his record`), but
        // for `her` as an object (`heard her say that …`, `let her speak`).
        if matches!(c.form, Form::Base | Form::Third)
            && matches!(c.class, CueClass::Speech | CueClass::Directive | CueClass::Belief | CueClass::Intention)
            && ci > sa
        {
            let possessive = match prev {
                // (… or an article: `delivered the petition to the residence`.)
                "his" | "its" | "their" | "our" | "my" | "your" => true,
                "the" | "a" | "an" => c.form == Form::Base,
                "her" => !matches!(
                    ctx.w(ci.wrapping_sub(2)),
                    "let"
                        | "make"
                        | "made"
                        | "makes"
                        | "hear"
                        | "heard"
                        | "see"
                        | "saw"
                        | "watch"
                        | "watched"
                        | "help"
                        | "helped"
                ),
                _ => false,
            };
            // (… or ends a compound after an indefinite article: `on a conference call that …`.)
            let compound = c.form == Form::Base
                && ci >= sa + 2
                && matches!(ctx.w(ci - 2), "a" | "an")
                && toks[ci - 1].word
                && !np::is_cap(text, &toks[ci - 1])
                && !crate::text::is_ly_adverb(prev);
            if possessive || compound {
                continue;
            }
        }
        // `reports have revealed`, `the claims`: a plural noun, not a verb.
        // A noun cue with its clause (`raised fears that`, `dismissed claims that`) goes on as a noun.
        let mut as_noun = None;
        if c.form == Form::Third
            && matches!(c.class, CueClass::Speech | CueClass::Intention | CueClass::Directive | CueClass::Belief)
            && (np::is_determiner(prev)
                || prev.starts_with(|c: char| c.is_ascii_digit())
                // (`Twenty-seven states led by …`: a noun after a number.)
                || prev.split('-').next_back().is_some_and(crate::segment::lexicon::is_number_word)
                || lexicon::lookup(prev).is_some_and(|l| l.1 == Form::Past)
                || AUX.contains(&next)
                || lexicon::lookup(next).is_some_and(|l| l.1 == Form::Past)
                || prev.ends_with("ed") && next == "that"
                // (`a set of Clean Air Act rules that could lead to …`: `that` and a modal open a
                // relative clause about the noun.)
                || next == "that"
                    && matches!(
                        ctx.w(ce + 1),
                        "could" | "would" | "will" | "can" | "may" | "might" | "have" | "had" | "were" | "are"
                    )
                // (`coal states digging in`: a plural noun before its participle.)
                || ci > sa
                    && toks[ci - 1].word
                    && toks[ci - 1].first.is_lowercase()
                    && !np::PRONOUNS.contains(&prev)
                    && !crate::text::is_ly_adverb(prev)
                    && next.len() > 4
                    && next.ends_with("ing")
                    && lexicon::lookup(next).is_none()
                // `is facing calls to resign`: the object of a verb in `-ing`.
                || prev.len() > 4
                    && prev.ends_with("ing")
                    && ci > 0
                    && toks[ci - 1].word
                    && toks[ci - 1].first.is_lowercase()
                || matches!(prev, "over" | "amid" | "despite" | "about" | "of"))
        {
            let w = np::lower(&ctx.src(), &toks[ci]);
            let clause = next == "that"
                || matches!(next, "he" | "she" | "they" | "it" | "we")
                    && matches!(ctx.w(ce + 1), "would" | "will" | "could" | "might" | "was" | "were" | "had");
            as_noun = lexicon::NOMINAL.iter().find(|(n, _)| *n == w).map(|x| x.1).filter(|_| clause);
            if as_noun.is_none() {
                continue;
            }
        }
        // `1,400 suspected cases`, `the alleged crime`: a participle used as an adjective.
        // (A year after `in` dates the verb: `McConnell, who in 2010 said …`.)
        let dated = prev.len() == 4 && ci >= 2 && ctx.w(ci - 2) == "in" && prev.bytes().all(|b| b.is_ascii_digit());
        if c.form == Form::Past
            && (prev.starts_with(|ch: char| ch.is_ascii_digit()) && !dated || np::is_determiner(prev))
        {
            continue;
        }
        // `noted published reports`: a participle after a verb of its clause is an adjective.
        if c.form == Form::Past
            && ci > sa
            && toks[ci - 1].word
            && lexicon::lookup(prev).is_some_and(|l| matches!(l.1, Form::Past | Form::Third))
        {
            continue;
        }
        // `veterans invited to take part`: a request with no one asked is a passive (a reduced relative).
        if c.form == Form::Past
            && c.class == CueClass::Directive
            && next == "to"
            && c.lemma != "ask"
            && !AUX.contains(&prev)
            && !matches!(prev, "and" | "but")
        {
            continue;
        }
        // `a book written by X`: a reduced passive relative.
        if c.form == Form::Past && next == "by" && !matches!(prev, "was" | "were" | "is" | "are" | "been" | "be") {
            continue;
        }
        let made = match c.class {
            _ if as_noun.is_some() => nominal(ctx, &c, as_noun.unwrap_or(lexicon::NounCue::Speech), ci, ce, sa, sb),
            CueClass::According => according(ctx, &c, ci, ce, sa, sb),
            CueClass::Evidential => {
                // The clause around the adverb: after the last `, and` / `;` before it.
                let mut a = sa;
                for i in sa..ci {
                    if ctx.is_punct(i, ";") || ctx.is_punct(i, ",") && matches!(ctx.w(i + 1), "and" | "but" | "while") {
                        a = i + 1;
                        if matches!(ctx.w(a), "and" | "but" | "while") {
                            a += 1;
                        }
                    }
                }
                // `Allegedly, …`: the adverb opening the clause is the cue, not content.
                if a == ci {
                    a = ci + 1;
                }
                let content = ctx.content(a, sb);
                content.map(|ct| {
                    let mut f = new_found(ctx, None, Some(c.span), vec![ct], false, AttributionType::Speech);
                    f.speaker_name = None;
                    f
                })
            }
            CueClass::Noun(nc) => nominal(ctx, &c, nc, ci, ce, sa, sb),
            // `Kyiv's claim that`, `its plans to`: a verb form used as a noun.
            // (… past an adjective: `Tulsa police's earlier claim that`, `his infamous comment`.)
            _ if matches!(c.form, Form::Base | Form::Third) && {
                owner_word(prev) || prev == "the" || ci >= sa + 2 && cue_adjective(prev) && owner_word(ctx.w(ci - 2))
            } =>
            {
                let nc = match c.class {
                    CueClass::Belief => lexicon::NounCue::Belief,
                    CueClass::Intention => lexicon::NounCue::Intention,
                    CueClass::Directive => lexicon::NounCue::Directive,
                    _ => lexicon::NounCue::Speech,
                };
                nominal(ctx, &c, nc, ci, ce, sa, sb)
            }
            _ => {
                if c.form == Form::Ing {
                    participial(ctx, &c, ci, ce, sa, sb, found, first_new)
                } else {
                    verbal(ctx, &c, ci, ce, sa, sb, prev, &found[first_new..])
                }
            }
        };
        if let Some(f) = made {
            if let Some(q) = quote_span {
                let third = f.speaker.is_some_and(|sp| {
                    let l = crate::text::Lower::new(&text[sp.start..sp.end]);
                    !matches!(l.as_str(), "i" | "we" | "you" | "me" | "us" | "my" | "our" | "your" | "it" | "they")
                });
                // Only speech with an explicit `that` clause (`it is asserted by the Crown that …`).
                let that_clause = f.kind == AttributionType::Speech
                    && f.content.first().is_some_and(|x| {
                        x.start > c.span.end
                            && text[c.span.end..x.start].split(|ch: char| !ch.is_alphanumeric()).any(|w| w == "that")
                    });
                if !third || !that_clause || f.direct || f.content.iter().any(|x| !q.contains(x)) {
                    continue;
                }
            }
            used.insert(c.span);
            found.push(f);
        }
    }
    // Cut forward contents at later clause-final frames (`…, adding that …`, `…, according to X`).
    // Frame starts, and cue starts (`…, and claim that …` coordinated with the same subject).
    // A clause-final frame starts after its content's comma (its speaker may
    // follow a role phrase: `…, press secretary X said`).
    let after_comma = |f: &Found| {
        let e = f.content.last().map_or(usize::MAX, |c| c.end);
        let rest = text.get(e..).unwrap_or("");
        let lead = rest.len() - rest.trim_start().len();
        if f.backward && rest[lead..].starts_with(',') {
            e + lead + 1
        } else {
            usize::MAX
        }
    };
    let mut frames: Vec<(usize, bool)> = found[first_new..]
        .iter()
        .flat_map(|f| {
            [(f.frame_start(), f.backward), (f.cue.map_or(usize::MAX, |c| c.start), f.backward), (after_comma(f), true)]
        })
        .collect();
    // (… and the frames of this sentence's quotations before their quotes: `… with Mr. Clarke,
    // Mr. Barrett said, "we were floored."`.)
    let sentence = s.span();
    let quotations = &found[..n_quoted.min(first_new)];
    let lo = quotations.partition_point(|f| f.span.end <= sentence.start);
    let quote_frames: Vec<usize> = quotations[lo..]
        .iter()
        .take_while(|f| f.span.start < sentence.end)
        .filter(|f| f.direct && f.cue.is_some_and(|c| sentence.contains(&c)))
        .filter(|f| f.content.first().is_some_and(|q| f.frame_start() < q.start))
        // (A named speaker's: `Mr. Barrett said, "…"`.)
        .filter(|f| f.speaker.is_some_and(|sp| text[sp.start..].starts_with(char::is_uppercase)))
        // (The designation with its title: `Mr. Barrett`.)
        .map(|f| f.speaker_phrase.map_or(f.frame_start(), |p| p.start.min(f.frame_start())))
        .collect();
    frames.extend(quote_frames.iter().map(|&q| (q, false)));
    // Cues with no subject of their own (a second verb of the sentence's subject).
    let cues_at: Vec<usize> = found[first_new..]
        .iter()
        .filter(|f| {
            f.speaker.is_none()
                || found[first_new..]
                    .iter()
                    .any(|g| g.speaker == f.speaker && g.cue.zip(f.cue).is_some_and(|(gc, fc)| gc.start < fc.start))
        })
        .filter_map(|f| f.cue.map(|c| c.start))
        .collect();
    for f in found[first_new..].iter_mut() {
        if f.backward || f.direct {
            continue;
        }
        let Some(c0) = f.content.first().copied() else { continue };
        for &(fs, _) in &frames {
            if fs > c0.start && fs < c0.end {
                let before = &text[c0.start..fs];
                let mut trimmed = before.trim_end();
                // A frame coordinated after a comma (`…, but engineers fear …`,
                // `…, while supporters say …`) starts a report of its own.
                for conj in [" but", " while", " whereas", " although", " though", " yet"] {
                    if let Some(t) = trimmed.strip_suffix(conj) {
                        if t.trim_end().ends_with(',') {
                            trimmed = t.trim_end();
                        }
                    }
                }
                // A second verb of the same subject (`said A but noted B`).
                let shared_but = trimmed.ends_with(" but") && cues_at.contains(&fs);
                if trimmed.ends_with(',') || trimmed.ends_with('—') || trimmed.ends_with(" and") || shared_but {
                    let trimmed = if shared_but { &trimmed[..trimmed.len() - 4] } else { trimmed };
                    let t = crate::text::trim_suffix(trimmed.trim_end_matches([',', '—']), " and")
                        .trim_end_matches(',')
                        .trim_end();
                    if t.len() > 3 {
                        f.content[0] = Span::new(c0.start, c0.start + t.len());
                        if f.span.end > f.content[0].end && f.span.start <= c0.start {
                            f.span = Span::new(f.span.start, f.content[0].end);
                        }
                    }
                }
            }
        }
    }
}

/// `…, according to its owner, Baltic Grain.`: a role phrase (its last word in
/// lower case) then, in apposition, one to four capitalised words that close
/// the sentence. The name is the speaker; the phrase, without its determiner,
/// is the role.
fn closing_apposition(ctx: &Ctx, role: &np::Np, sb: usize) -> Option<np::Np> {
    let text = ctx.text;
    let toks = &ctx.toks;
    if role.pronoun || role.kind == SourceKind::Place {
        return None;
    }
    let k = tok::index_at(toks, role.span.end);
    if k == 0 || k >= sb || !ctx.is_punct(k, ",") || np::is_cap(text, &toks[k - 1]) {
        return None;
    }
    let mut e = k + 1;
    while e < sb && toks[e].word && np::is_cap(text, &toks[e]) {
        e += 1;
    }
    if !(1..=4).contains(&(e - (k + 1))) || toks[e..sb].iter().any(|t| t.word) {
        return None;
    }
    let mut n = np::classify(&ctx.src(), toks, k + 1, e)?;
    if n.pronoun {
        return None;
    }
    let phrase = &text[role.full_start.min(role.span.start)..role.span.end];
    let phrase = match phrase.split_once(' ') {
        Some((d, rest)) if np::is_determiner(&d.to_lowercase()) => rest,
        _ => phrase,
    };
    n.role.get_or_insert_with(|| phrase.to_string());
    n.full_start = role.full_start.min(role.span.start);
    Some(n)
}

fn according(ctx: &Ctx, c: &lexicon::Cue, ci: usize, ce: usize, sa: usize, sb: usize) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let at_start = toks[sa..ci].iter().all(|t| !t.word || matches!(np::lower(&ctx.src(), t).as_str(), "but" | "and"));
    let mut np = np::after(&ctx.src(), toks, ce, sb)?;
    // `… that, according to X, …` / `… which, according to X, …`: the clause after X.
    let opens_clause = !at_start && ci > sa && {
        let p = if ctx.is_punct(ci - 1, ",") { ci.saturating_sub(2) } else { ci - 1 };
        p >= sa && matches!(ctx.w(p), "that" | "which")
    };
    if opens_clause {
        let k = (tok::index_at(toks, np.span.end)..sb).find(|&i| ctx.is_punct(i, ",;"))?;
        if !ctx.is_punct(k, ",") {
            return None;
        }
        let content = ctx.content(k + 1, sb)?;
        let mut f = new_found(ctx, Some(&np), Some(c.span), vec![content], false, AttributionType::Speech);
        if np.document {
            f.kind = AttributionType::Document;
        }
        return Some(f);
    }
    let mut f = if at_start {
        // `According to X, …`: X's phrase runs to the comma.
        let mut k = ce;
        while k < sb && !ctx.is_punct(k, ",") {
            k += 1;
        }
        // No comma (`According to Rathbun the property was …`): the name ends where the clause's
        // subject starts.
        if k >= sb {
            let mut e = ce;
            while e < sb && np::is_cap(text, &toks[e]) {
                e += 1;
            }
            let subject = ctx.w(e);
            if e > ce && e - ce <= 4 && (np::is_determiner(subject) || np::PRONOUNS.contains(&subject)) {
                if let Some(n) = np::classify(&ctx.src(), toks, ce, e) {
                    np = n;
                    k = e - 1;
                }
            }
        }
        if let Some(n) = np::before(&ctx.src(), toks, ce, k).filter(|_| k < sb && ctx.is_punct(k, ",")) {
            np = n;
        }
        // `According to the team's coach, Alireza Mehraban, …`: the name in apposition.
        // (Not after a text: in `According to the indictment, Linda Marsh, 58, moved …` the
        // name opens the content.)
        if !np.pronoun
            && !np.document
            && !lexicon::is_document_noun(np::head_word(&text[np.span.start..np.span.end]))
            && np.kind != SourceKind::Place
            && toks.get(k + 1).is_some_and(|t| np::is_cap(text, t))
        {
            let mut e = k + 1;
            while e < sb && toks[e].word && np::is_cap(text, &toks[e]) {
                e += 1;
            }
            if e - (k + 1) >= 2
                && e - (k + 1) <= 4
                && ctx.is_punct(e, ",")
                && !np::is_cap(text, &toks[tok::index_at(toks, np.span.end) - 1])
            {
                if let Some(n) = np::classify(&ctx.src(), toks, k + 1, e) {
                    np = n;
                    k = e;
                }
            }
        }
        let content = ctx.content(k + 1, sb)?;
        new_found(ctx, Some(&np), Some(c.span), vec![content], false, AttributionType::Speech)
    } else {
        if let Some(n) = closing_apposition(ctx, &np, sb) {
            np = n;
        }
        let content = ctx.content(sa, ci)?;
        let mut f = new_found(ctx, Some(&np), Some(c.span), vec![content], false, AttributionType::Speech);
        f.backward = true;
        f
    };
    if np.document {
        f.kind = AttributionType::Document;
    }
    Some(f)
}

fn nominal(
    ctx: &Ctx,
    c: &lexicon::Cue,
    nc: lexicon::NounCue,
    ci: usize,
    ce: usize,
    sa: usize,
    sb: usize,
) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let next = ctx.w(ce);
    let intention = matches!(nc, lexicon::NounCue::Intention | lexicon::NounCue::Directive);
    // `concerns they would …`, `fears it would …`: a clause without `that`.
    let bare_clause = !intention
        && matches!(next, "he" | "she" | "they" | "it" | "we")
        && matches!(
            ctx.w(ce + 1),
            "would" | "will" | "could" | "might" | "may" | "was" | "were" | "is" | "are" | "had" | "has" | "have"
        );
    // `findings that don't have …`: a relative clause, not the noun's content.
    let after_that = ctx.w(ce + 1);
    if next == "that"
        && (AUX.contains(&after_that)
            || after_that.ends_with("n't")
            || after_that.ends_with("n’t")
            || after_that.ends_with("n`t")
            || matches!(after_that, "don" | "doesn" | "didn" | "won" | "isn" | "aren" | "wasn" | "weren"))
    {
        return None;
    }
    let start = if next == "that" {
        ce + 1
    } else if bare_clause {
        ce
    } else if intention && next == "to" {
        ce + 1
    } else if intention && next == "is" && ctx.w(ce + 1) == "to" {
        ce + 2
    } else {
        return None;
    };
    // The owner: `Iran's claim`, `its willingness`, `the group's concerns`, past an adjective
    // or two, which go with the cue (`Tulsa police's earlier claim`, `his infamous comment`).
    let possessive = |i: usize| toks[i].word && owner_word(ctx.w(i));
    let mut oi = ci;
    while oi > sa + 1 && ci - oi < 2 && toks[oi - 1].word && cue_adjective(ctx.w(oi - 1)) && possessive(oi - 2) {
        oi -= 1;
    }
    let cue_span = Span::new(toks[oi].span.start, c.span.end);
    let ci = oi;
    let mut np = None;
    if ci > 0 {
        let p = &toks[ci - 1];
        let pl = np::lower(&ctx.src(), p);
        if matches!(pl.as_str(), "its" | "his" | "her" | "their" | "our") {
            np = np::classify(&ctx.src(), toks, ci - 1, ci);
            if let Some(n) = np.as_mut() {
                n.pronoun = true;
            }
        } else if p.word && (pl.ends_with("'s") || pl.ends_with("’s")) {
            // (Not past a verb before the owner: `The video contradicts Tulsa police's claim`.)
            let mut lim = ci.saturating_sub(6).max(sa);
            if let Some(v) = (lim..ci - 1).rev().find(|&j| {
                toks[j].word && toks[j].first.is_lowercase() && {
                    let w = ctx.w(j);
                    finite_word(w)
                        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && w != "news"
                        || w.len() > 4 && w.ends_with("ing")
                }
            }) {
                lim = v;
            }
            if let Some(mut n) = np::before(&ctx.src(), toks, lim, ci) {
                // (The verb itself is no part of the owner. A participle is left in: its frame
                // opening there ends the report before it, `…, contradicting Tulsa police's
                // earlier claim that …`.)
                if lim + 1 < ci
                    && toks[lim].first.is_lowercase()
                    && n.full_start <= toks[lim].span.start
                    && !ctx.w(lim).ends_with("ing")
                {
                    let start = toks[lim + 1].span.start;
                    n.span.start = n.span.start.max(start);
                    n.full_start = start;
                }
                let t = &text[n.span.start..n.span.end];
                let cut = t.len() - crate::text::strip_possessive(t).len();
                n.span = Span::new(n.span.start, n.span.end - cut);
                np = Some(n);
            }
        }
    }
    // `X voiced concerns that …`, `X has expressed fears that …`: the subject of a light verb owns them.
    if np.is_none() && ci > 0 {
        let mut v = ci - 1;
        while v > sa
            && ci - v <= 2
            && toks[v].word
            && !np::is_cap(text, &toks[v])
            && (np::is_determiner(ctx.w(v)) || !is_light_verb(ctx.w(v)) && lexicon::lookup(ctx.w(v)).is_none())
        {
            v -= 1;
        }
        if v > sa && is_light_verb(ctx.w(v)) {
            np = np::before(&ctx.src(), toks, sa, v).filter(|n| !function_np(text, n));
        }
    }
    if np.is_none() && matches!(nc, lexicon::NounCue::Speech) {
        return None;
    }
    // `…, raising hopes that …`, `sparking fears that …`: an event's effect on people
    // unnamed, held by no one the text names.
    if np.is_none()
        && ci > 0
        && toks[ci - 1].word
        && toks[ci - 1].first.is_lowercase()
        && ctx.w(ci - 1).ends_with("ing")
    {
        return None;
    }
    // A noun cue in the subject (no verb before it in its sentence): its clause ends before
    // the sentence's own verb (`Iran's claim that the drone was civilian was rejected`).
    let subject = !(sa..ci).any(|j| toks[j].word && toks[j].first.is_lowercase() && finite_word(ctx.w(j)));
    let end = if subject { subject_clause_end(ctx, start, sb) } else { sb };
    let content = ctx.content(start, end)?;
    let kind = attr_type(CueClass::Noun(nc), np.as_ref(), c.lemma);
    Some(new_found(ctx, np.as_ref(), Some(cue_span), vec![content], false, kind))
}

/// Where a clause from token `a` that is part of a sentence's subject ends: before the
/// second verb group (`the drone was civilian` | `was rejected`), or at `sb`. Never with a
/// relative word, a conjunction or a mark before that verb (`the man who was arrested is …`,
/// `it was late and was raining`), where the clause's extent is unclear.
fn subject_clause_end(ctx: &Ctx, a: usize, sb: usize) -> usize {
    let toks = &ctx.toks;
    let verb =
        |j: usize| toks[j].word && toks[j].first.is_lowercase() && (AUX.contains(&ctx.w(j)) || finite_word(ctx.w(j)));
    let Some(v1) = (a..sb).find(|&j| verb(j)) else { return sb };
    let mut j = v1;
    while j < sb && verb(j) {
        j += 1;
    }
    let mut gap = false;
    while j < sb {
        if !toks[j].word
            || matches!(ctx.w(j), "who" | "which" | "that" | "and" | "or" | "but" | "if" | "when" | "because")
        {
            return sb;
        }
        if AUX.contains(&ctx.w(j)) && toks[j].first.is_lowercase() {
            return if gap { j } else { sb };
        }
        gap = true;
        j += 1;
    }
    sb
}

/// True for a word (lower-case) that owns the noun after it: a possessive pronoun or a
/// name with `'s` (`its`, `Iran's`).
fn owner_word(w: &str) -> bool {
    w.ends_with("'s") || w.ends_with("’s") || matches!(w, "its" | "his" | "her" | "their" | "our")
}

/// Adjectives that stand between an owner and a noun cue and go with the cue (`Tulsa
/// police's earlier claim`, `his infamous comment`, `her repeated denials`).
fn cue_adjective(w: &str) -> bool {
    matches!(
        w,
        "earlier"
            | "recent"
            | "previous"
            | "latest"
            | "infamous"
            | "repeated"
            | "initial"
            | "original"
            | "controversial"
            | "public"
            | "false"
            | "unfounded"
            | "baseless"
    )
}

/// Verbs that hand their subject to a following noun cue (`voiced concerns that`).
fn is_light_verb(w: &str) -> bool {
    matches!(
        w,
        "voiced"
            | "voices"
            | "expressed"
            | "expresses"
            | "raised"
            | "raises"
            | "shared"
            | "aired"
            | "reiterated"
            | "repeated"
            | "has"
            | "have"
            | "had"
            | "cited"
            | "made"
            | "makes"
    )
}

#[allow(clippy::too_many_arguments)]
fn participial(
    ctx: &Ctx,
    c: &lexicon::Cue,
    ci: usize,
    ce: usize,
    sa: usize,
    sb: usize,
    found: &[Found],
    first_new: usize,
) -> Option<Found> {
    let toks = &ctx.toks;
    // (A demand with a `that` clause reads as a report: `The city is demanding that the
    // campaign stop using the image`.)
    let that_demand = c.class == CueClass::Directive && ctx.w(ce) == "that";
    if c.class == CueClass::Directive && !that_demand {
        return directive_participle(ctx, c, ci, ce, sa, sb, &found[first_new..]);
    }
    if c.class == CueClass::Intention {
        return progressive_intention(ctx, c, ci, ce, sa, sb);
    }
    if !matches!(c.class, CueClass::Speech | CueClass::Belief) && !that_demand {
        return None;
    }
    // `…, raising hopes that …`: what an event raises in others, not a report.
    if c.lemma == "raise" && ctx.is_punct(ci.wrapping_sub(1), ",") {
        return None;
    }
    let mut k = ce;
    // (A time adverb after the participle is the frame's: `…, adding later, "…"`.)
    if matches!(ctx.w(k), "later" | "earlier") && (ctx.is_punct(k + 1, ",") || ctx.w(k + 1) == "that") {
        k += 1 + usize::from(ctx.is_punct(k + 1, ","));
    }
    // `…, citing the strategic importance of the port`: what the speaker cites, a noun phrase.
    // (So do the other verbs of stance: `…, each touting their own experience`, `…, denying
    // the allegations`.)
    // (A floating quantifier may stand between: `…, each touting …`.)
    // (… or a closing mark after the comma: `called it "flatly wrong," noting that …`.)
    let comma_before = ctx.is_punct(ci.wrapping_sub(1), ",")
        || ci >= sa + 2 && matches!(ctx.w(ci - 1), "each" | "both" | "all") && ctx.is_punct(ci - 2, ",")
        || ci >= sa + 2 && ctx.is_punct(ci - 1, "\"”'’") && ctx.is_punct(ci - 2, ",");
    // (… or in the progressive: `Donald Trump is defending his early-morning tweets`.)
    let progressive = progressive_aux(ctx, sa + 1, ci);
    let cites = (comma_before || progressive && c.lemma != "cite")
        && toks.get(k).is_some_and(|t| t.word)
        && (c.lemma == "cite"
            || lexicon::takes_stance_object(c.lemma) && stance_object(ctx, c.lemma, k, sb, false).is_some());
    // (After a verb of telling, its addressee first: `…, telling voters that …`.)
    let addressed = takes_addressee(c.lemma)
        .then(|| {
            (k + 1..(k + 6).min(sb))
                .take_while(|&j| toks[j - 1].word && !AUX.contains(&ctx.w(j - 1)) && !is_wh(ctx.w(j - 1)))
                .find(|&j| ctx.w(j) == "that")
        })
        .flatten();
    // (… or a clause without `that` after a short addressee: `…, telling parliament the
    // government would keep its promises`.)
    let bare = (addressed.is_none() && c.lemma == "tell" && ctx.w(k) != "that")
        .then(|| {
            (k + 1..(k + 4).min(sb))
                .take_while(|&j| toks[j - 1].word && !AUX.contains(&ctx.w(j - 1)) && ctx.w(j - 1) != "to")
                .find(|&j| subject_start(ctx, j) && looks_clausal(ctx, j, sb))
        })
        .flatten();
    // (A commitment's infinitive: `…, promising to lift environmental regulations`.)
    let commits = comma_before
        && matches!(c.lemma, "promise" | "pledge" | "vow" | "threaten" | "swear")
        && ctx.w(k) == "to"
        && verb_like(ctx, k + 1);
    if commits {
        k += 1;
    } else if ctx.w(k) == "that" {
        k += 1;
    } else if let Some(j) = addressed {
        k = j + 1;
    } else if let Some(j) = bare {
        k = j;
    } else if !cites
        && (takes_addressee(c.lemma) || ctx.w(k) == "to" || !say_like(c.lemma) && !looks_clausal(ctx, k, sb))
    {
        return None;
    }
    if is_wh(ctx.w(k)) || k >= sb {
        return None;
    }
    // The report of speaker `n` with its content, at this cue.
    let report = |n: &Np, content: Span| {
        new_found(ctx, Some(n), Some(c.span), vec![content], false, attr_type(c.class, Some(n), c.lemma))
    };
    // `with X stating that …`
    if let Some(n) = np::before(&ctx.src(), toks, sa, ci) {
        let bi = tok::index_at(toks, n.full_start);
        // … or a progressive report (`X is saying that …`).
        let with = bi > sa && ctx.w(bi - 1) == "with";
        // (Adverbs may stand between: `is also claiming`, `was now saying`; the auxiliary may be
        // contracted onto a pronoun: `He’s claiming that …`.)
        let p = before_adverbs(ctx, sa + 1, ci);
        let aux = ctx.w(p.wrapping_sub(1));
        let contracted = aux
            .strip_suffix("’s")
            .or_else(|| aux.strip_suffix("'s"))
            .is_some_and(|pro| matches!(pro, "he" | "she" | "it"));
        if contracted && p - 1 == bi {
            // The pronoun alone is the speaker; the contracted auxiliary opens the cue.
            let t = toks[bi].span;
            let n = np::Np {
                span: Span::new(
                    t.start,
                    t.start + ctx.text[t.start..t.end].find(['’', '\'']).unwrap_or(t.end - t.start),
                ),
                role: None,
                kind: if ctx.w(bi).starts_with("it") { SourceKind::Organization } else { SourceKind::Person },
                pronoun: true,
                document: false,
                full_start: t.start,
            };
            let content = ctx.content(k, sb)?;
            let cue = Span::new(n.span.end, c.span.end);
            return Some(new_found(
                ctx,
                Some(&n),
                Some(cue),
                vec![content],
                false,
                attr_type(c.class, Some(&n), c.lemma),
            ));
        }
        if with || matches!(aux, "is" | "was" | "are" | "were" | "been") {
            // (A verb of stance reports its object: `are challenging the rules before 10 judges`.)
            let end =
                if cites && ctx.w(ce) != "that" { stance_object(ctx, c.lemma, k, sb, false).unwrap_or(sb) } else { sb };
            // (An absolute phrase opening the sentence ends before its main clause: `With the
            // mayor saying the bridge was safe, traffic returned`.)
            let end = if with { subordinate_end(ctx, sa, k, end) } else { end };
            let content = ctx.content(k, end)?;
            // (The whole subject speaks: `Twenty-seven states led by West Virginia and
            // industry groups are challenging …`.)
            let n = if !with && !n.pronoun && n.role.is_none() && n.full_start > toks[sa].span.start {
                whole_subject(ctx, sa, tok::index_at(toks, n.full_start), &n).unwrap_or(n)
            } else {
                n
            };
            // (A stance in the progressive needs the sentence's whole subject: in `states led
            // by West Virginia and industry groups are challenging …` the phrase before the
            // verb is not it.)
            let opens = |i: usize| toks.get(i).is_some_and(|t| n.full_start <= t.span.start);
            let whole = opens(sa) || matches!(ctx.w(sa), "and" | "but" | "so") && opens(sa + 1);
            if cites && !comma_before && !with && !whole {
                return None;
            }
            return Some(report(&n, content));
        }
        // A participle right after its speaker, with its clause: `footage of Trump saying that
        // …`, `postings that included one saying that Obama should be hanged`.
        if !comma_before
            && toks[ci - 1].word
            && n.span.end == toks[ci - 1].span.end
            && say_like(c.lemma)
            && ctx.w(ce) == "that"
            && !n.pronoun
            && !function_np(ctx.text, &n)
            // (Not a possessive's gerund: `Trump's saying that is wrong`.)
            && crate::text::strip_possessive(&ctx.text[n.span.start..n.span.end]).len() == n.span.len()
            && !AUX.contains(&ctx.w(k))
            // (Not when the phrase is a frame's own noun: `released a statement saying that …`.)
            && !found[first_new..].iter().any(|f| f.cue.is_some_and(|cu| cu.contains(&n.span)))
        {
            let content = ctx.content(k, writer_clause(ctx, k, sb))?;
            return Some(report(&n, content));
        }
    }
    // `Dean began by saying he would never …`, `He was criticized for saying that …`: a gerund
    // of saying after a preposition reports its clause, the sentence's subject the speaker.
    let prep = ctx.w(ci.wrapping_sub(1));
    if ci > sa + 1 && matches!(prep, "by" | "for" | "after" | "before" | "without") && say_like(c.lemma) {
        // (The subject, then its verb, before the preposition, in one clause: not `Oz's advice
        // earned him the attention of Congress, where he appeared … for saying that …`.)
        let one_clause = |from: usize| {
            !(from..ci - 1).any(|j| {
                ctx.is_punct(j, DASHES)
                    || matches!(ctx.w(j), "where" | "which" | "who" | "whom" | "that" | "when" | "while" | "because")
            })
        };
        if let Some(subj) = sentence_subject(ctx, sa, ci - 1).filter(|n| {
            let at = tok::index_at(toks, n.span.end);
            at < ci - 1 && one_clause(at)
        }) {
            if subject_start(ctx, k) && looks_clausal(ctx, k, sb) {
                let content = ctx.content(k, writer_clause(ctx, k, sb))?;
                let mut f = report(&subj, content);
                f.span = f.span.cover(&c.span);
                return Some(f);
            }
        }
    }
    // `X was quoted by the TASS news agency as saying that …`: the subject, quoted by an outlet.
    if ctx.w(ci.wrapping_sub(1)) == "as" && c.lemma == "say" {
        let quoted = (ci.saturating_sub(10).max(sa)..ci - 1).find(|&j| matches!(ctx.w(j), "quoted" | "cited"));
        if let Some(q) = quoted.filter(|&q| q > sa && matches!(ctx.w(q - 1), "was" | "is" | "were" | "are" | "been")) {
            let subj = sentence_subject(ctx, sa, q - 1)?;
            let content = ctx.content(k, writer_clause(ctx, k, sb))?;
            let mut f = new_found(
                ctx,
                Some(&subj),
                Some(Span::new(toks[q - 1].span.start, c.span.end)),
                vec![content],
                false,
                AttributionType::Speech,
            );
            f.span = f.span.cover(&c.span);
            return Some(f);
        }
    }
    // `…, saying …`: the speaker is the sentence's subject.
    if !comma_before {
        return None;
    }
    // (Or the speaker of a quote's frame earlier in the sentence: `"…," the mayor said, adding that …`.)
    let sent_start = toks[sa].span.start;
    let earlier = found[first_new..].iter().find(|f| f.speaker.is_some()).or_else(|| {
        found[..first_new].iter().rev().find(|f| {
            f.cue.is_some_and(|cu| cu.start >= sent_start && cu.end <= c.span.start)
                && f.speaker.is_some_and(|s| s.start >= sent_start)
        })
    });
    let subj = earlier
        .and_then(|f| f.speaker)
        .and_then(|s| {
            let a = tok::index_at(toks, s.start);
            let b = tok::index_at(toks, s.end);
            np::classify(&ctx.src(), toks, a, b)
        })
        .or_else(|| sentence_subject(ctx, sa, ci))?;
    let content = ctx.content(k, writer_clause(ctx, k, sb))?;
    let mut f =
        new_found(ctx, Some(&subj), Some(c.span), vec![content], false, attr_type(c.class, Some(&subj), c.lemma));
    // (The same speaker as the earlier frame, designated as it was there: `Sen. X (R-Ga.) said …, arguing …`.)
    if let Some(e) = earlier.filter(|e| e.speaker == f.speaker) {
        f.speaker_phrase = e.speaker_phrase;
    }
    f.span = f.span.cover(&c.span);
    Some(f)
}

/// The first of the adverbs that stand right before token `i` in a verb group (`is also
/// claiming`, `was now saying`, `are actively seeking`), not before token `floor`.
fn before_adverbs(ctx: &Ctx, floor: usize, i: usize) -> usize {
    let mut p = i;
    while p > floor && (crate::text::is_ly_adverb(ctx.w(p - 1)) || matches!(ctx.w(p - 1), "also" | "now" | "still")) {
        p -= 1;
    }
    p
}

/// True when a progressive auxiliary (`is`, `was`, `been`, …) stands before the participle at
/// token `i`, adverbs between (`is also claiming`), no earlier than token `floor`.
fn progressive_aux(ctx: &Ctx, floor: usize, i: usize) -> bool {
    let p = before_adverbs(ctx, floor, i);
    p > floor && matches!(ctx.w(p - 1), "is" | "are" | "was" | "were" | "been" | "be" | "am")
}

/// `Russia is seeking to …`, `the firm was looking to …`: an intention in the progressive.
fn progressive_intention(ctx: &Ctx, c: &lexicon::Cue, ci: usize, ce: usize, sa: usize, sb: usize) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    if ctx.w(ce) != "to" || !verb_like(ctx, ce + 1) {
        return None;
    }
    if !progressive_aux(ctx, sa, ci) {
        return None;
    }
    let np = np::before(&ctx.src(), toks, sa, ci).filter(|n| !function_np(text, n))?;
    let content = ctx.content_min(ce + 1, writer_clause(ctx, ce + 1, sb), 1)?;
    Some(new_found(ctx, Some(&np), Some(c.span), vec![content], false, AttributionType::Intention))
}

/// True when token `i` can be the verb of an infinitive: a lower-case word that
/// is no determiner, pronoun or number.
fn verb_like(ctx: &Ctx, i: usize) -> bool {
    ctx.toks.get(i).is_some_and(|t| t.word && t.first.is_lowercase())
        && !np::is_determiner(ctx.w(i))
        && !np::PRONOUNS.contains(&ctx.w(i))
}

/// `asking X to …`, `is encouraging X to …`, `have started asking X to …`,
/// `…, urging X to …`: a request in the participle, its content the infinitive.
fn directive_participle(
    ctx: &Ctx,
    c: &lexicon::Cue,
    ci: usize,
    ce: usize,
    sa: usize,
    sb: usize,
    same_sentence: &[Found],
) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    // `…, calling it necessary`, `with Chuck Schumer calling it "a cruel political stunt"`:
    // a judgement of the sentence's subject, or of the subject after `with`.
    if c.lemma == "call" {
        if let Some(end) = small_clause(ctx, "call", ce, sb) {
            let content = ctx.content_min(ce, end, 1)?;
            let np = if ctx.is_punct(ci.wrapping_sub(1), ",") {
                same_sentence
                    .iter()
                    .find_map(|f| f.speaker)
                    .and_then(|s| {
                        np::classify(&ctx.src(), toks, tok::index_at(toks, s.start), tok::index_at(toks, s.end))
                    })
                    .or_else(|| sentence_subject(ctx, sa, ci - 1))
            } else {
                // (… or of the subject of a progressive: `the doctor is calling the candidate
                // "extremely fit"`.)
                let progressive = progressive_aux(ctx, sa, ci);
                let until = if progressive { before_adverbs(ctx, sa, ci) - 1 } else { ci };
                np::before(&ctx.src(), toks, sa, until).filter(|n| {
                    let fi = tok::index_at(toks, n.full_start);
                    progressive || fi > sa && ctx.w(fi - 1) == "with"
                })
            };
            let np = np.filter(|n| !function_np(text, n))?;
            return Some(new_found(ctx, Some(&np), Some(c.span), vec![content], false, AttributionType::Speech));
        }
    }
    let start = infinitive_after(ctx, ce, sb)?;
    let content = ctx.content(start, subordinate_end(ctx, sa, start, writer_clause(ctx, start, sb)))?;
    let p = before_adverbs(ctx, sa, ci);
    let pw = ctx.w(p.wrapping_sub(1));
    let np = if p == sa {
        return None;
    } else if ctx.is_punct(p - 1, ",") {
        // `…, urging X to …`: the subject of the sentence (or of its attribution).
        same_sentence
            .iter()
            .find_map(|f| f.speaker)
            .and_then(|s| np::classify(&ctx.src(), toks, tok::index_at(toks, s.start), tok::index_at(toks, s.end)))
            .or_else(|| sentence_subject(ctx, sa, p - 1))?
    } else if matches!(
        pw,
        "started" | "begun" | "began" | "start" | "begin" | "continue" | "continued" | "keep" | "kept" | "keeps"
    ) {
        np::before(&ctx.src(), toks, sa, p - 1)?
    } else if toks[p - 1].word && !np::is_between(pw) || matches!(pw, "is" | "are" | "was" | "were" | "been") {
        let n = np::before(&ctx.src(), toks, sa, p)?;
        // (A thing's participle is a reduced relative, what the thing says of others: `a
        // law requiring banks to hold more capital`, `the mandate requiring all to buy
        // insurance`; people ask: `with Democrats urging voters to …`.)
        let head = np::head_word(&text[n.span.start..n.span.end]);
        let thing = !n.pronoun
            && n.role.is_none()
            && head.starts_with(char::is_lowercase)
            && np::people_noun(head).is_none()
            && !matches!(pw, "is" | "are" | "was" | "were" | "been");
        if thing {
            return None;
        }
        n
    } else {
        return None;
    };
    if function_np(text, &np) {
        return None;
    }
    let kind = attr_type(c.class, Some(&np), c.lemma);
    Some(new_found(ctx, Some(&np), Some(c.span), vec![content], false, kind))
}

/// Where the clause starts after an adverbial that opens at token `k` (`on Monday`,
/// `in a statement`, `late on Sunday`, `Tuesday`), when a clause without `that`
/// follows it: a subject (article, subject pronoun, name or number) and a verb.
fn adverbial_then_clause(ctx: &Ctx, k: usize, sb: usize) -> Option<usize> {
    let toks = &ctx.toks;
    let w0 = ctx.w(k);
    let day = toks.get(k).is_some_and(|t| crate::temporal::is_weekday(&ctx.text[t.span.start..t.span.end]));
    let (from, to) = if day || matches!(w0, "yesterday" | "today" | "tonight") {
        (k + 1, k + 2)
    } else if matches!(w0, "on" | "in" | "at" | "during" | "late" | "early" | "last" | "this" | "earlier" | "via") {
        (k + 2, k + 7)
    } else {
        return None;
    };
    let strict_subject = |b: usize| {
        let w = ctx.w(b);
        toks.get(b).is_some_and(|t| t.word)
            && (np::is_determiner(w)
                || matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "there")
                || np::is_cap(ctx.text, &toks[b]) && !np::is_title(&ctx.text[toks[b].span.start..toks[b].span.end])
                || toks[b].first.is_ascii_digit())
    };
    // (… or an adverbial, then `that`: `said via email that …`, `says at a campaign stop in
    // Toledo, Ohio, that …`.)
    if !day && !matches!(w0, "yesterday" | "today" | "tonight") {
        let mut b = k + 1;
        while b < (k + 14).min(sb) {
            let t = &toks[b];
            let w = ctx.w(b);
            if w == "that" && t.word && b > k + 1 {
                let after = if ctx.is_punct(b + 1, ",") { b + 2 } else { b + 1 };
                // (Not a relative clause of the adverbial's noun: `in the letter that was sent`.)
                let subject = after < sb
                    && (toks[after].word && !AUX.contains(&ctx.w(after)) && !finite_word(ctx.w(after))
                        || ctx.is_punct(after, "\"“"));
                return subject.then_some(after);
            }
            if !t.word && !ctx.is_punct(b, ",.") && !matches!(t.first, '\'' | '’')
                || AUX.contains(&w)
                || lexicon::lookup(w).is_some_and(|x| matches!(x.1, Form::Past | Form::Third))
            {
                break;
            }
            b += 1;
        }
    }
    for b in from..to.min(sb) {
        // The adverbial: words only, no verb, not ending in an article or a preposition.
        let t = &toks[b - 1];
        if !t.word && !matches!(t.first, '\'' | '’') {
            return None;
        }
        let w = ctx.w(b - 1);
        if AUX.contains(&w) || lexicon::lookup(w).is_some_and(|x| matches!(x.1, Form::Past | Form::Third)) {
            return None;
        }
        let open = np::is_determiner(w)
            || matches!(
                w,
                "on" | "in" | "at" | "of" | "with" | "to" | "for" | "by" | "from" | "and" | "late" | "early"
            );
        if !open && strict_subject(b) && looks_clausal(ctx, b, sb) {
            return Some(b);
        }
    }
    None
}

fn looks_clausal(ctx: &Ctx, a: usize, sb: usize) -> bool {
    let toks = &ctx.toks;
    let mut n = 0;
    let mut i = a;
    while i < sb && n < 10 {
        let t = &toks[i];
        if t.word {
            let w = ctx.w(i);
            // Words after a relative pronoun belong to that clause (`a penalty which X awarded`).
            if i > a && matches!(w, "which" | "who" | "whom" | "whose") {
                return false;
            }
            // A past form before a noun is an adjective (`numerous bloodied bodies`).
            let nx = ctx.w(i + 1);
            let verb_next = !ctx.toks.get(i + 1).is_some_and(|t| t.word)
                || np::is_determiner(nx)
                || np::PRONOUNS.contains(&nx)
                || matches!(nx, "him" | "her" | "them" | "me" | "us")
                || crate::text::is_ly_adverb(nx)
                || nx.ends_with("ing")
                || nx.starts_with(|c: char| c.is_ascii_digit())
                || matches!(
                    nx,
                    "in" | "on"
                        | "at"
                        | "to"
                        | "by"
                        | "for"
                        | "from"
                        | "with"
                        | "into"
                        | "over"
                        | "after"
                        | "before"
                        | "up"
                        | "out"
                        | "down"
                        | "off"
                        | "that"
                        | "and"
                        | "but"
                        | "as"
                );
            // (A capitalised `May` or `Will` inside is a month or a name.)
            let aux = AUX.contains(&w) && (i == a || t.first.is_lowercase());
            // (An irregular past right after a name or a pronoun is its verb: `Marsh took money`.)
            let subject_at = |k: usize| np::is_cap(ctx.text, &toks[k]) || np::PRONOUNS.contains(&ctx.w(k));
            let after_subject = i > a
                && t.first.is_lowercase()
                && np::is_irregular_past(w)
                && (subject_at(i - 1)
                    || i > a + 1
                        && (matches!(ctx.w(i - 1), "also" | "never" | "then" | "still")
                            || crate::text::is_ly_adverb(ctx.w(i - 1)))
                        && subject_at(i - 2));
            if aux || after_subject || (i > a && (w.ends_with("ed") || np::is_irregular_past(w)) && verb_next) {
                return true;
            }
            n += 1;
        } else if !matches!(t.first, '-' | '\'' | '’' | '"' | '“' | '”') {
            return false;
        }
        i += 1;
    }
    false
}

/// A verb of naming or judging with a small clause as its content: an object
/// and then `as …` (`characterized homeopathy as a form of quackery`,
/// `describe the court's judgement as historic`) or, after `call`/`dub`/`term`,
/// an object and then a quoted word (`called the sentence "dangerous"`). The
/// object is a short phrase of plain words starting at `a`, inside the clause.
/// Verbs that pass a judgement on their object with `as` (`described the plan as reckless`,
/// `condemned the test as "provocative"`, `hailed the deal as historic`).
pub(crate) fn is_judging(lemma: &str) -> bool {
    matches!(
        lemma,
        "see"
            | "describe"
            | "characterize"
            | "characterise"
            | "label"
            | "brand"
            | "portray"
            | "depict"
            | "paint"
            | "dub"
            | "condemn"
            | "denounce"
            | "criticize"
            | "criticise"
            | "praise"
            | "hail"
            | "dismiss"
            | "slam"
            | "deride"
            | "mock"
            | "ridicule"
            | "decry"
            | "blast"
            | "tout"
    )
}

/// The verbs of [`is_judging`] that are no verbs of saying (`condemn`, `praise`): they
/// report nothing but their `as` judgement.
fn judges_only(lemma: &str) -> bool {
    is_judging(lemma) && !matches!(lemma, "describe" | "characterize" | "characterise" | "label" | "brand" | "dub")
}

/// True when tokens `a..b` hold a finite verb, as what an inverted frame reports
/// must (`Sales rose 5%, said …`, `Russia wants peace, said …`); a subject with a
/// participial aside has none (`The mayor, speaking at a news conference, promised …`).
fn has_finite_verb(ctx: &Ctx, a: usize, b: usize) -> bool {
    let toks = &ctx.toks;
    (a..b.min(toks.len())).any(|i| {
        let t = &toks[i];
        if !t.word || t.first.is_uppercase() && i > a {
            return false;
        }
        let w = np::lower(&ctx.src(), t);
        let w = w.as_str();
        AUX.contains(&w)
            || matches!(w, "will" | "would" | "can" | "could" | "may" | "might" | "must" | "should")
            || w.len() > 4 && w.ends_with("ed")
            || np::is_irregular_past(w)
            || lexicon::lookup(w).is_some_and(|l| matches!(l.1, Form::Past | Form::Third))
            // (`Russia wants`, `it makes`: an `-s` word after a name or a pronoun.)
            || i > a
                && w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && t.first.is_lowercase()
                && (toks[i - 1].word && toks[i - 1].first.is_uppercase()
                    || matches!(ctx.w(i - 1), "he" | "she" | "it" | "this" | "that"))
    })
}

/// The subject phrase from token `sa` (the clause's start) to the phrase `n` read before
/// the cue (starting at token `fi`), when the words between join `n` into one noun
/// phrase: nouns, adjectives, names, `and`, prepositions and participles in `-ing`; no
/// verb, no comma, no relative word. The opening word is a determiner, a number, a
/// capitalised word or a plural noun, not an adverbial (`On Monday the mayor said`).
fn whole_subject(ctx: &Ctx, sa: usize, fi: usize, n: &Np) -> Option<Np> {
    let toks = &ctx.toks;
    if fi <= sa || fi - sa > 24 || toks[sa].span.start < ctx.dateline_end {
        return None;
    }
    let w0 = ctx.w(sa);
    let opens = np::is_determiner(w0)
        || toks[sa].first.is_ascii_digit()
        || matches!(w0, "several" | "many" | "some" | "most" | "few" | "other" | "both" | "all")
        || np::is_cap(ctx.text, &toks[sa]) && !np::is_time_word(w0) && !is_preposition(w0);
    if !opens
        || is_preposition(w0)
        || matches!(
            w0,
            "after" | "as" | "when" | "while" | "if" | "but" | "and" | "so" | "yet" | "then" | "now" | "also"
        )
        || crate::text::is_ly_adverb(w0)
    {
        return None;
    }
    let joins = toks[sa..fi].iter().all(|t| {
        let w = np::lower(&ctx.src(), t);
        let w = w.as_str();
        (t.word || matches!(t.first, '\'' | '’' | '-' | '.'))
            && !AUX.contains(&w)
            && !np::is_irregular_past(w)
            && !matches!(w, "that" | "which" | "who" | "whom" | "whose" | "said" | "says" | "say" | "told" | "used")
            && !np::PRONOUNS.contains(&w)
            && !(t.first.is_lowercase() && finite_word(w))
    });
    // (The words before hold the head, a noun for people or a body, and a preposition
    // after it: `Experts on`, `judges handling lawsuits about`.)
    let head = (sa..fi).find(|&k| {
        let w = ctx.w(k);
        np::people_noun(w).is_some() || np::is_org_word(w)
    });
    let h = head?;
    if !joins || !(h + 1..fi).any(|k| is_preposition(ctx.w(k))) {
        return None;
    }
    let kind = if np::people_noun(ctx.w(h)) == Some(true) || np::plural_word(ctx.w(h)) {
        SourceKind::Group
    } else if np::is_org_word(ctx.w(h)) {
        SourceKind::Organization
    } else {
        SourceKind::Person
    };
    let span = Span::new(toks[sa].span.start, n.span.end);
    Some(Np { span, role: None, kind, pronoun: false, document: false, full_start: span.start })
}

/// The people a restrictive relative clause before token `fi` describes, when the noun
/// phrase read before a cue (from `fi`) ends such a clause: in `one Democratic operative who
/// works on Senate races told Politico`, the operative speaks, not `Senate races`. The
/// clause opens with `who` at most eight words back, holds no punctuation and has a finite
/// verb; its antecedent, no later than `lb`, is a person or a group, no pronoun.
fn restrictive_relative_subject(ctx: &Ctx, lb: usize, fi: usize) -> Option<Np> {
    let toks = &ctx.toks;
    // (The phrase read before the cue may open with the relative word itself: `A study that
    // appeared in the journal found`.)
    let w =
        (fi.saturating_sub(9).max(lb + 1)..=fi).rev().find(|&k| !toks[k].word || matches!(ctx.w(k), "who" | "that"))?;
    if !toks[w].word || !toks.get(w + 1).is_some_and(|t| t.word) {
        return None;
    }
    // (No other clause opens inside it: `who was imprisoned when the department suspected`.)
    if (w + 1..fi).any(|k| {
        let l = ctx.w(k);
        is_wh(l) || crate::statement::is_subordinator(l) || matches!(l, "that" | "and" | "but" | "or" | "if")
    }) {
        return None;
    }
    // (The clause's own subject may follow, when the antecedent opens the sentence: `The
    // report that the agency released said …`.)
    let next = ctx.w(w + 1);
    let object = np::is_determiner(next) || np::PRONOUNS.contains(&next) || np::is_cap(ctx.text, &toks[w + 1]);
    let ante = np::before(&ctx.src(), toks, lb, w)?;
    if object && ante.full_start != toks[lb].span.start
        || ante.span.end != toks[w - 1].span.end
        || !{
            // (A noun phrase: opened by a determiner, a number, a capital or a noun for people.)
            let a = tok::index_at(toks, ante.full_start);
            let w0 = ctx.w(a);
            np::is_determiner(w0)
                || toks[a].first.is_ascii_digit()
                || np::is_cap(ctx.text, &toks[a])
                || np::people_noun(w0).is_some()
                || matches!(w0, "some" | "many" | "several" | "most" | "few" | "other" | "all")
        }
        || finite_word(ctx.w(w - 1))
        || is_wh(next)
        || crate::statement::is_subordinator(next)
    {
        return None;
    }
    // (`that` after a body or a text: `The company that owns the dam said`.)
    let fits = match ctx.w(w) {
        "who" => matches!(ante.kind, SourceKind::Person | SourceKind::Group),
        _ => matches!(
            ante.kind,
            SourceKind::Person | SourceKind::Group | SourceKind::Organization | SourceKind::Document
        ),
    };
    (fits && !ante.pronoun).then_some(ante)
}

/// The person a non-restrictive `who` after token `comma` stands for, given the noun
/// phrase `n` read before the comma: the name after a preposition when the phrase's
/// head names nobody (`a frosty relationship with McConnell, who`), the people before
/// a place (`Democrats on Capitol Hill, who`, `farmers in Iowa, who`), and the name a
/// description is in apposition to (`McConnell, (now) the Senate majority leader, who`).
fn who_antecedent(ctx: &Ctx, sa: usize, comma: usize, n: Np) -> Np {
    let toks = &ctx.toks;
    let text = ctx.text;
    let n = people_in_phrase(ctx, n.clone()).unwrap_or(n);
    let described = n.kind != SourceKind::Person
        || n.role.is_some()
        || text[n.span.start..n.span.end].rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_lowercase));
    if described {
        let mut k = tok::index_at(toks, n.full_start);
        if k > sa && matches!(ctx.w(k - 1), "now" | "then" | "also" | "still") {
            k -= 1;
        }
        let name = (k > sa + 1 && k <= comma && ctx.is_punct(k - 1, ","))
            .then(|| np::before(&ctx.src(), toks, sa, k - 1))
            .flatten()
            .map(|p| people_in_phrase(ctx, p.clone()).unwrap_or(p))
            .filter(|p| p.kind == SourceKind::Person && !p.pronoun && p.role.is_none());
        if let Some(p) = name {
            let role = text[n.full_start.min(n.span.start)..n.span.end].to_string();
            return Np { role: Some(role), ..p };
        }
    }
    n
}

/// The people a noun phrase with a prepositional phrase names: the people before it
/// (`Democrats on Capitol Hill`, `farmers in Iowa`, `the mayor of Chicago`), else the
/// person after it when the head names nobody (`a frosty relationship with McConnell`).
fn people_in_phrase(ctx: &Ctx, n: Np) -> Option<Np> {
    let toks = &ctx.toks;
    let fi = tok::index_at(toks, n.full_start);
    let end = tok::index_at(toks, n.span.end);
    let p = (fi + 1..end).rev().find(|&k| is_preposition(ctx.w(k)))?;
    // (The phrase before the preposition, without a verb before it: `met farmers`.)
    let mut l0 = fi;
    while l0 < p && finite_word(ctx.w(l0)) {
        l0 += 1;
    }
    let names_people = |l: &Np| {
        let head = np::head_word(&ctx.text[l.span.start..l.span.end]);
        !l.pronoun
            && (l.kind == SourceKind::Group
                || l.kind == SourceKind::Person
                    && (head.starts_with(char::is_uppercase) || np::people_noun(head).is_some() || np::is_title(head)))
    };
    if let Some(l) = np::classify(&ctx.src(), toks, l0, p).filter(names_people) {
        return Some(Np { span: Span::new(l.span.start, n.span.end), role: None, ..l });
    }
    // (… or the people the phrase ends with, named or a capitalised plural, no place: `a
    // frosty relationship with McConnell`, `a fight with Republicans`.)
    np::classify(&ctx.src(), toks, p + 1, end).filter(|r| {
        let name = &ctx.text[r.span.start..r.span.end];
        !r.pronoun
            && np::is_cap(ctx.text, &toks[p + 1])
            && (r.kind == SourceKind::Person
                || r.kind == SourceKind::Group && !np::is_place(name) && crate::gazetteer::lookup(name).is_none())
    })
}

/// True for the prepositions that open an adverbial or an object's phrase (`in`, `of`,
/// `about`, `during`): no noun phrase starts with them.
pub(crate) fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "by" | "in" | "on" | "at" | "of" | "for" | "with" | "from" | "about" | "after" | "before" | "during"
    )
}

/// True when the speaker can take a public stance: a person or a body by name
/// (`Trump`, `Democrats`, `the Senate`), a pronoun for people (`he`, `they`), a noun
/// for people (`the judge`, `critics`) or for a body (`the court`, `a union`); not
/// a thing (`The beams support the roof`).
fn takes_a_stance(ctx: &Ctx, n: &Np) -> bool {
    let name = &ctx.text[n.span.start..n.span.end];
    let head = name.rsplit([' ', '-']).next().unwrap_or(name);
    if n.pronoun {
        return !name.eq_ignore_ascii_case("it");
    }
    // (`5 percent prefer Gary Johnson`: a share of those polled.)
    head.starts_with(char::is_uppercase)
        || head.eq_ignore_ascii_case("percent")
        || n.role.is_some()
        || np::is_title(head)
        || matches!(n.kind, SourceKind::Organization | SourceKind::Place | SourceKind::Outlet)
        || np::people_noun(head).is_some()
        || np::is_org_word(head)
        // (… in the plural too: `Landlord groups praised the veto`.)
        || head.strip_suffix('s').is_some_and(np::is_org_word)
}

/// True when `s` lies inside what one of `found` reports (its content).
fn reported_in(found: &[Found], s: Span) -> bool {
    found.iter().any(|f| f.content.iter().any(|x| x.contains(&s)))
}

/// True when the speaker is a text or a tally that reports findings (`The poll`, `Data
/// from the survey`, `Polling averages`, `A USA TODAY analysis of super PACs`): what it
/// shows is reported.
fn is_text_np(ctx: &Ctx, n: &Np) -> bool {
    lexicon::reports_findings(np::head_word(&ctx.text[n.span.start..n.span.end]))
}

/// The end of the noun-phrase object of a verb of stance (`cited problems in the
/// Middle East`, `rejected that argument`, `endorsed Hillary Clinton for president`)
/// that starts at token `a`: a phrase that opens with a determiner, a possessive, a
/// name, a number or a plain word, up to where the writer's words resume (also what
/// a text shows: `The poll indicates a tightening race`). A bare
/// personal pronoun is no content (`praised him`) unless grounds follow or a text
/// shows it (`the average shows her ahead`); the verbs
/// of [`lexicon::OBJECT_WITH_GROUNDS`] need them (`attacked Clinton for her vote`).
fn stance_object(ctx: &Ctx, lemma: &str, a: usize, sb: usize, text_shows: bool) -> Option<usize> {
    let toks = &ctx.toks;
    let t = toks.get(a).filter(|t| t.word || matches!(t.first, '"' | '“' | '‘' | '\'' | '$' | '£' | '€'))?;
    let w = ctx.w(a);
    if !t.word && !matches!(t.first, '"' | '“' | '‘') && !toks.get(a + 1).is_some_and(|t| t.word) {
        return None;
    }
    // Not a clause, an infinitive, a preposition or an adverb (`praised heavily`).
    if t.word
        && (AUX.contains(&w)
            || is_preposition(w)
            || matches!(
                w,
                "that" | "if" | "whether" | "when" | "as" | "it" | "itself" | "himself" | "herself" | "themselves"
            )
            || matches!(w, "up" | "out" | "off" | "and" | "but" | "or")
            || crate::text::is_ly_adverb(w) && t.first.is_lowercase())
    {
        // (`rejected that argument`: `that` before a noun is a determiner.)
        // (… unless a finite verb soon follows its noun: `denied that funding decisions
        // contributed to the flooding` reports a clause.)
        let determiner = w == "that"
            && ctx.w(a + 1).len() > 2
            && !AUX.contains(&ctx.w(a + 2))
            && !np::PRONOUNS.contains(&ctx.w(a + 1))
            && !finite_verb_soon(ctx, a + 2, sb);
        if !determiner {
            return None;
        }
    }
    // (`spoke about an hour`, `talked about 20 minutes`: a length of time.)
    let length_unit = |i: usize| {
        matches!(
            ctx.w(i).trim_end_matches('s'),
            "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "dozen"
        )
    };
    if lemma.ends_with(" about") && (a + 1..a + 4).any(length_unit) {
        return None;
    }
    let mut end = writer_clause(ctx, a, sb);
    // (A clause of the writer's coordinated after a comma ends the object: `is promising lower
    // taxes and more jobs, but critics doubt it`.)
    // (Never inside a quotation the object runs into.)
    let quoted = |i: usize| (a..i).any(|q| ctx.is_punct(q, "\"“”"));
    if let Some(e) = (a + 1..end).find(|&i| {
        ctx.is_punct(i, ",")
            && matches!(ctx.w(i + 1), "but" | "and" | "while" | "yet")
            && !quoted(i)
            && subject_start(ctx, i + 2)
            && looks_clausal(ctx, i + 2, sb)
    }) {
        end = e;
    }
    // (A relative clause of the writer's after a comma describes the object, not what was
    // said of it: `acknowledged the reality of climate change, which makes him an outlier`.)
    if let Some(e) =
        (a + 1..end).find(|&i| ctx.is_punct(i, ",") && matches!(ctx.w(i + 1), "which" | "who" | "where") && !quoted(i))
    {
        end = e;
    }
    // (A colon ends what is defended: `defended the policy in Parliament: "…"` goes on with
    // a quotation of its own; `cited examples, including: "…"` with the examples.)
    let colon = lexicon::OBJECT_OF_SPEECH.contains(&lemma).then(|| (a + 1..end).find(|&i| ctx.is_punct(i, ":")));
    if let Some(colon) = colon.flatten() {
        end = colon;
    }
    // In a sentence's opening adjunct, the object ends with it: `With Democratic leaders
    // increasingly worried about a lack of passion …, President Obama is rolling out …`.
    let (sa, _) = ctx.sent_toks(ctx.sentence_of(t.span.start));
    // (Not once the adjunct has closed before the verb: in `After aides insisted that …, the
    // campaign has appeared to acknowledge his help is needed, sending him …` the verb is the
    // main clause's.)
    let adjunct_open = !(sa..a).any(|i| ctx.is_punct(i, ","));
    if adjunct_open
        && (crate::statement::is_subordinator(ctx.w(sa)) || matches!(ctx.w(sa), "with" | "despite" | "amid"))
    {
        if let Some(c) = (a + 1..end).find(|&i| ctx.is_punct(i, ",")) {
            end = c;
        }
    }
    end = occasion_start(ctx, a, end);
    if end <= a {
        return None;
    }
    // The grounds: `for …` or `as …` after a short object.
    let grounds = (a + 1..end.min(a + 8)).any(|i| matches!(ctx.w(i), "for" | "as" | "over"));
    // (`her` before a noun is a possessive: `spoke about her deep ties`.)
    let pronoun = matches!(w, "him" | "them" | "me" | "us" | "you" | "this")
        || w == "her" && !toks.get(a + 1).is_some_and(|t| t.word);
    if (pronoun && !text_shows || lexicon::OBJECT_WITH_GROUNDS.contains(&lemma)) && !grounds {
        return None;
    }
    // (`defended his early-morning tweets`: the object's head, before any preposition or
    // participle, names something said.)
    if lexicon::OBJECT_OF_SPEECH.contains(&lemma)
        && !(a..end.min(a + 5))
            .take_while(|&i| {
                // (A participle ends the head's phrase; `early-morning` does not.)
                let participle = ctx.w(i).ends_with("ing") && !ctx.w(i).contains('-');
                toks[i].word && !is_preposition(ctx.w(i)) && !participle
            })
            .any(|i| lexicon::is_speech_noun(ctx.w(i)))
    {
        return None;
    }
    Some(end)
}

/// Where the occasion of the speaking starts after an object that runs from token `a` to
/// `end`, or `end`: the object ends before it, as political-news corpora mark it (`cited
/// more school investment in a statement on Thursday`, `described her opponent as a fraud
/// during the debate`, `praised the plan on its website`, `… when he ran for the White
/// House`). Never inside a quotation.
fn occasion_start(ctx: &Ctx, a: usize, end: usize) -> usize {
    let toks = &ctx.toks;
    let event = |w: &str| {
        matches!(
            w,
            "statement"
                | "interview"
                | "speech"
                | "rally"
                | "event"
                | "briefing"
                | "hearing"
                | "debate"
                | "conference"
                | "stop"
                | "forum"
                | "fundraiser"
                | "meeting"
                | "summit"
                | "convention"
                | "appearance"
                | "address"
                | "op-ed"
                | "tweet"
                | "post"
                | "email"
                | "letter"
                | "memo"
                | "video"
                | "town"
        )
    };
    let det = |w: &str| matches!(w, "a" | "an" | "the" | "his" | "her" | "their" | "its");
    let mut quoted = false;
    for i in a + 2..end {
        if ctx.is_punct(i, "\"“”") {
            quoted = !quoted;
        }
        if quoted || !toks[i - 1].word && !ctx.is_punct(i - 1, ")") && !ctx.is_punct(i - 1, "”\"") {
            continue;
        }
        let w = ctx.w(i);
        // `in a statement`, `at a campaign stop in Toledo`, `during a presidential debate`.
        let event_after =
            || det(ctx.w(i + 1)) && (i + 2..(i + 5).min(end)).take_while(|&j| toks[j].word).any(|j| event(ctx.w(j)));
        let starts = match w {
            "during" => true,
            "in" | "at" => event_after(),
            "on" => {
                crate::temporal::is_weekday(text_of(ctx, (i + 1).min(toks.len() - 1)))
                    || matches!(ctx.w(i + 1), "twitter" | "facebook" | "instagram")
                    || matches!(ctx.w(i + 1), "its" | "his" | "her" | "their")
                        && matches!(ctx.w(i + 2), "website" | "blog" | "show")
            }
            // (`when he ran …`, `while at the convention`: the time of the act.)
            "when" | "while" => {
                matches!(ctx.w(i + 1), "he" | "she" | "they" | "it" | "at" | "speaking" | "campaigning")
            }
            _ => false,
        };
        if starts {
            return i;
        }
    }
    end
}

/// True when a finite verb stands among the three tokens from `i` (before `sb`): after
/// `that` and a noun, `that` opens a clause (`denied that funding decisions contributed
/// to …`), not a noun phrase (`rejected that argument`).
fn finite_verb_soon(ctx: &Ctx, i: usize, sb: usize) -> bool {
    (i..(i + 3).min(sb)).any(|i| ctx.toks[i].word && ctx.toks[i].first.is_lowercase() && finite_word(ctx.w(i)))
}

/// True when the lower-case word `w` reads as a finite verb: an auxiliary, an irregular
/// past, a past or third-person cue of the lexicon, or a word in `-ed`.
fn finite_word(w: &str) -> bool {
    AUX.contains(&w)
        || np::is_irregular_past(w)
        || lexicon::lookup(w).is_some_and(|l| matches!(l.1, Form::Past | Form::Third))
        || w.ends_with("ed") && w.len() > 4
}

fn small_clause(ctx: &Ctx, lemma: &str, a: usize, sb: usize) -> Option<usize> {
    let as_verb = is_judging(lemma);
    let name_verb = matches!(lemma, "call" | "dub" | "term");
    if !as_verb && !name_verb {
        return None;
    }
    let toks = &ctx.toks;
    let quote = |i: usize| toks.get(i).is_some_and(|t| !t.word && matches!(t.first, '"' | '“' | '”'));
    // (A headline's single quotes open a judgement too: `calls Obamacare ‘crazy system’`.)
    let single = |i: usize| toks.get(i).is_some_and(|t| !t.word && t.first == '‘');
    // The object starts with a word: `called "X"` alone is a name, not a judgement.
    // (`called it a mistake` is one; `called it a day`, `called it off` are idioms.)
    // (… or a quoted judgement: `called it "a cruel political stunt"`.)
    let it_judged = ctx.w(a) == "it"
        && (matches!(ctx.w(a + 1), "a" | "an") && !matches!(ctx.w(a + 2), "day" | "night" | "career" | "season")
            || quote(a + 1) && toks.get(a + 2).is_some_and(|t| t.word));
    if !toks.get(a).is_some_and(|t| t.word) || matches!(ctx.w(a), "as" | "for" | "on" | "upon" | "off") {
        return None;
    }
    if ctx.w(a) == "it" && !it_judged {
        return None;
    }
    // The object is a pronoun or a phrase with an article or possessive (`called her vote a mistake`),
    // a name (`called Obamacare a disaster`) or a bare noun (`has called climate change a hoax`),
    // not a particle or an adverb (`called off a strike`, `called ahead a day early`).
    let w0 = ctx.w(a);
    let object_ok = np::is_determiner(w0)
        || matches!(w0, "it" | "him" | "her" | "them" | "this" | "that" | "his" | "their" | "its")
        || w0.ends_with("'s")
        || w0.ends_with("’s")
        || !is_preposition(w0)
            && !AUX.contains(&w0)
            && !crate::text::is_ly_adverb(w0)
            && !matches!(
                w0,
                "up" | "out"
                    | "off"
                    | "back"
                    | "down"
                    | "in"
                    | "on"
                    | "over"
                    | "ahead"
                    | "away"
                    | "home"
                    | "again"
                    | "together"
                    | "forward"
                    | "once"
                    | "twice"
                    | "repeatedly"
                    | "also"
                    | "then"
                    | "now"
                    | "still"
                    | "even"
                    | "only"
                    | "just"
                    | "never"
            );
    let mut words = 0;
    let mut i = a;
    while i < sb && words <= 16 {
        let t = &toks[i];
        if t.word {
            let w = ctx.w(i);
            if as_verb && w == "as" && words > 0 {
                // The judgement is a word or a quote (`as "another small skirmish …"`).
                let w1 = if quote(i + 1) { i + 2 } else { i + 1 };
                if !(w1 < sb && toks[w1].word) {
                    return None;
                }
                // The judgement ends before a coordinated verb (`… as historic but said …`).
                let end = writer_clause(ctx, i + 1, sb);
                // (… or before a clause of the writer's coordinated after a comma: `… as a
                // caricature, and the crowd cheered`.)
                let stop = (i + 1..end).find(|&e| {
                    ctx.is_punct(e, ";")
                        || ctx.w(e) == "but"
                        || ctx.is_punct(e, ",")
                            && matches!(ctx.w(e + 1), "and" | "while" | "yet")
                            && subject_start(ctx, e + 2)
                            && looks_clausal(ctx, e + 2, sb)
                });
                return Some(stop.unwrap_or(end));
            }
            // An unquoted judgement after the object: `called her vote a mistake`.
            if name_verb
                && words > 0
                && matches!(w, "a" | "an")
                && object_ok
                && toks.get(i + 1).is_some_and(|t| t.word)
                && !matches!(ctx.w(i + 1), "time" | "second" | "third" | "day" | "number" | "few" | "lot")
            {
                return Some(writer_clause(ctx, i + 1, sb));
            }
            // … or an adjective that judges it: `called the charges unsubstantiated and
            // fabricated`, `called the claims false`.
            if name_verb && words > 0 && words <= 6 && object_ok && judging_adjective(w) {
                return Some(writer_clause(ctx, i, sb));
            }
            if AUX.contains(&w) || matches!(w, "that" | "which" | "who" | "to") {
                return None;
            }
            words += 1;
        } else if quote(i) || single(i) {
            if !(name_verb && words > 0 && toks.get(i + 1).is_some_and(|t| t.word)) {
                return None;
            }
            let closes = |e: usize| if single(i) { ctx.is_punct(e, "’") } else { quote(e) };
            // The quoted names, perhaps coordinated (`"dangerous" and "ideological"`).
            let mut o = i;
            let mut end;
            loop {
                let close = (o + 1..sb).find(|&e| closes(e))?;
                end = close + 1;
                let mut n = end;
                if ctx.is_punct(n, ",") {
                    n += 1;
                }
                if matches!(ctx.w(n), "and" | "or") && (quote(n + 1) || single(n + 1)) {
                    o = n + 1;
                } else {
                    break;
                }
            }
            // The judgement's own complement goes with it: `"a true wake-up call" to his
            // supporters` (an adjunct does not: `… during a campaign stop`).
            if matches!(ctx.w(end), "to" | "for" | "against" | "of") {
                end = writer_clause(ctx, end, sb).max(end);
            }
            return Some(end);
        } else if t.first == '.' && i > a && np::is_title(ctx.w(i - 1)) && toks.get(i + 1).is_some_and(|t| t.word) {
            // The point of a title inside the object: `called Mr. Obama's remarks …`.
        } else if !matches!(t.first, '-' | '’' | '\'') {
            return None;
        }
        i += 1;
    }
    None
}

/// Adjectives that judge what they describe, read as the complement of `call`: `false`,
/// `baseless`, `unsubstantiated`, `disgraceful`.
fn judging_adjective(w: &str) -> bool {
    matches!(
        w,
        "false"
            | "untrue"
            | "wrong"
            | "baseless"
            | "unfounded"
            | "unsubstantiated"
            | "fabricated"
            | "ridiculous"
            | "absurd"
            | "outrageous"
            | "unacceptable"
            | "disgraceful"
            | "shameful"
            | "dangerous"
            | "reckless"
            | "irresponsible"
            | "unconstitutional"
            | "illegal"
            | "racist"
            | "sexist"
            | "misleading"
            | "inaccurate"
            | "unfair"
            | "offensive"
            | "bogus"
            | "fake"
            | "ludicrous"
            | "laughable"
            | "insulting"
            | "irrelevant"
            | "premature"
            | "historic"
            | "unprecedented"
            | "inappropriate"
            | "unworkable"
            | "unjust"
            | "appalling"
            | "despicable"
            | "deplorable"
            | "deceptive"
            | "hypocritical"
            // (… and the adverb of `politically motivated`.)
            | "politically"
    )
}

#[allow(clippy::too_many_arguments)]
fn verbal(
    ctx: &Ctx,
    c: &lexicon::Cue,
    ci: usize,
    ce: usize,
    sa: usize,
    sb: usize,
    prev: &str,
    same_sentence: &[Found],
) -> Option<Found> {
    let text = ctx.text;
    let toks = &ctx.toks;
    // A cue word with a possessive is a noun (`Court blocks state's abortion ban`).
    if text[c.span.end..].starts_with("'s") || text[c.span.end..].starts_with("’s") {
        return None;
    }
    // A verb coordinated right after the cue shares its object, and the cue says nothing of its
    // own (`who said and did the same things as Trump`).
    if matches!(ctx.w(ce), "and" | "or") && toks.get(ce + 1).is_some_and(|t| t.word && t.first.is_lowercase()) {
        let next = ctx.w(ce + 1);
        if finite_word(next) || lexicon::lookup(next).is_some() {
            return None;
        }
    }
    // A cue word right after a preposition is a noun (`said via email that …`, `by letter`).
    if c.form != Form::Ing && matches!(prev, "via" | "by" | "through" | "per" | "over" | "in" | "on" | "at") {
        return None;
    }
    // Past participles used as adjectives (`well known effects`) need an auxiliary.
    let aux_before = {
        let mut i = ci;
        while i > sa
            && (crate::text::is_ly_adverb(ctx.w(i - 1))
                || matches!(ctx.w(i - 1), "twice" | "also" | "later" | "previously" | "then" | "once" | "since"))
        {
            i -= 1;
        }
        ctx.w(i.wrapping_sub(1))
    };
    let prev: &str =
        if matches!(aux_before, "was" | "were" | "is" | "are" | "been" | "be" | "being") { aux_before } else { prev };
    if matches!(ctx.w(ci), "known" | "written" | "shown" | "proven" | "sworn" | "foreseen" | "spoken" | "understood")
        && !AUX.contains(&prev)
        && !AUX.contains(&aux_before)
    {
        return None;
    }
    // A participle right after a noun with its agent or its time is a reduced relative, the
    // writer's description of a thing (`"super PACs" supported by the Koch brothers`, `the
    // laws proposed during Nixon's term`), not a report of the noun's.
    if c.form == Form::Past
        && !say_like(c.lemma)
        && !AUX.contains(&prev)
        && !AUX.contains(&aux_before)
        && ci > sa
        && (toks[ci - 1].word || ctx.is_punct(ci - 1, "\"”'’"))
        && !matches!(prev, "and" | "but" | "or" | "who" | "which" | "that")
        && matches!(ctx.w(ce), "by" | "during")
    {
        return None;
    }
    let adjective = c.form == Form::Base
        && matches!(c.class, CueClass::Belief | CueClass::Intention)
        && crate::lexicon::is_adjective(c.lemma);
    let passive =
        !adjective && c.form == Form::Past && matches!(prev, "was" | "were" | "is" | "are" | "been" | "be" | "being");
    // Where the speaker phrase ends.
    let mut np = if adjective {
        if !matches!(
            prev,
            "is" | "was"
                | "are"
                | "were"
                | "be"
                | "been"
                | "remains"
                | "remained"
                | "seemed"
                | "appeared"
                | "feel"
                | "felt"
                | "became"
        ) {
            return None;
        }
        np::before(&ctx.src(), toks, sa, ci - 1)
    } else if passive {
        None
    } else {
        np::before(&ctx.src(), toks, sa, ci)
    };
    // (A phrase a possessive pronoun opens is no pronoun: `His refusal to come clean
    // inevitably raises questions`.)
    let bare_pronoun =
        |n: &Np| np::PRONOUNS.contains(&crate::text::Lower::new(&text[n.span.start..n.span.end]).as_str());
    // A thing that raises questions says nothing (`His refusal to come clean inevitably raises
    // questions about …`); people who raise them do (`Critics raised questions about …`).
    if c.lemma == "raise"
        && matches!(ctx.w(ce), "questions" | "concerns" | "doubts" | "fears" | "hopes" | "alarm" | "eyebrows")
        && !np.as_ref().is_some_and(|n| {
            let name = &text[n.span.start..n.span.end];
            let head = name.rsplit(' ').next().unwrap_or(name);
            bare_pronoun(n) || head.starts_with(char::is_uppercase) || np::people_noun(head).is_some()
        })
    {
        return None;
    }
    // A possessive owns a noun, it is no subject: `Tulsa police's earlier claim that …`,
    // `the woman's quotes`. (`Trump's said` has a participle after it.)
    if matches!(c.form, Form::Base | Form::Third)
        && np.as_ref().is_some_and(|n| {
            let t = &text[n.span.start..n.span.end];
            !n.pronoun && crate::text::strip_possessive(t).len() != t.len()
        })
    {
        return None;
    }
    // A word in `-s` after a phrase that cannot be its subject is a plural noun: after a
    // plural (`college savings plans`), a determiner or an adjective (`our worst fears`),
    // or a verb (`Crimea renewed fears`, `inevitably raises questions`).
    if c.form == Form::Third && !c.lemma.contains(' ') {
        if let Some(n) = np.as_ref().filter(|n| !bare_pronoun(n)) {
            let phrase = &text[n.span.start..n.span.end];
            let last = phrase.rsplit(' ').next().unwrap_or(phrase);
            let l = crate::text::Lower::new(last);
            let l = l.as_str();
            // (The last word is the head only with no phrase after it: `a study by a group of
            // researchers shows`.)
            let fi = tok::index_at(toks, n.full_start.min(n.span.start));
            let whole = &text[n.full_start.min(n.span.start)..n.span.end];
            let headed =
                !whole.split(' ').any(|w| matches!(w, "of" | "by" | "from" | "in" | "on" | "for" | "with" | "at"))
                    && !(fi.saturating_sub(3).max(sa)..fi).any(|j| matches!(ctx.w(j), "of" | "by" | "from" | "for"));
            let plural = headed
                && last.starts_with(char::is_lowercase)
                && l.len() > 3
                && l.ends_with('s')
                && !l.ends_with("ss")
                && !l.ends_with("us")
                && !l.ends_with("'s")
                && !l.ends_with("’s")
                && !matches!(l, "news" | "series" | "species" | "politics" | "economics" | "this" | "has" | "was");
            let no_noun = np::is_determiner(l)
                || matches!(l, "our" | "their" | "his" | "her" | "its" | "my" | "your" | "worst" | "best" | "own")
                // (… or a verb's particle: `dialing back plans to cut …`.)
                || matches!(l, "back" | "up" | "out" | "down" | "off" | "away")
                // (… or a dotted acronym, unless it is the whole subject: `The U.N. says`, not
                // `Other U.S. states`, `a U.S. appeals court`.)
                || last.ends_with('.') && {
                    let first = whole.split(' ').next().unwrap_or("");
                    let det_before = fi > sa && np::is_determiner(ctx.w(fi - 1));
                    det_before || whole.contains(' ') && !matches!(first, "The" | "the")
                }
                || last.starts_with(char::is_lowercase)
                    && (l.len() > 4 && l.ends_with("ed") || np::is_irregular_past(l) || l.ends_with("est"))
                || headed && lexicon::lookup(l).is_some_and(|x| x.1 == Form::Third);
            if plural || no_noun {
                return None;
            }
        }
    }
    // `They claimed … and claim …`: a second verb shares the sentence's subject.
    if np.is_none() && !passive && !adjective && matches!(prev, "and" | "but") {
        // (Not a verb coordinated inside a clause with a subject of its own: `said the
        // candidate was headed there when campus security located her and told her to leave`.)
        let from = same_sentence
            .iter()
            .filter_map(|f| f.cue)
            .filter(|cu| cu.end <= c.span.start)
            .map(|cu| tok::index_at(toks, cu.end))
            .max()
            .unwrap_or(sa);
        if open_subordinate_clause(ctx, from, ci) {
            return None;
        }
        // `…, and wrote that …`: the speaker of the sentence's earlier attribution, or its subject.
        // (Not a speaker reported inside another's content: `X said her party has supported
        // the idea, and said …`.)
        np = same_sentence
            .iter()
            .rev()
            .find_map(|f| f.speaker.filter(|s| s.end <= c.span.start && !reported_in(same_sentence, *s)))
            .and_then(|s| np::classify(&ctx.src(), toks, tok::index_at(toks, s.start), tok::index_at(toks, s.end)))
            .or_else(|| sentence_subject(ctx, sa, ci));
    }
    // `Experts on North Korea and nuclear nonproliferation said`, `Several judges handling
    // lawsuits about her tenure as secretary of state have cited`: a subject that runs from
    // the sentence start up to the cue, one noun phrase with its modifiers, is the speaker,
    // not its last words.
    // (A person named with a role is read as such: `The director of the Council … Alia Salem`.)
    let named = |n: &Np| {
        n.role.is_some()
            || n.kind == SourceKind::Person
                && np::head_word(&text[n.span.start..n.span.end]).starts_with(char::is_uppercase)
    };
    if let Some(n) =
        np.as_ref().filter(|n| !n.pronoun && !named(n) && n.full_start > toks[sa].span.start && !passive && !adjective)
    {
        let fi = tok::index_at(toks, n.full_start);
        if let Some(whole) = whole_subject(ctx, sa, fi, n) {
            np = Some(whole);
        }
    }
    // `One operative who works on Senate races said …`: the people the relative clause
    // describes speak.
    // (An object pronoun may end the clause: `People who know him say …`.)
    let object = |n: &Np| {
        n.pronoun
            && matches!(
                np::lower(&ctx.src(), &toks[tok::index_at(toks, n.span.start)]).as_str(),
                "him" | "them" | "us" | "me" | "her" | "it"
            )
    };
    // (What was said follows the cue: in `…, a Miami lawyer who has been involved in … for
    // development projects.` the cue word ends the clause, a noun.)
    let content_follows = toks.get(ce).is_some_and(|t| t.word) && ce < sb;
    if let Some(n) = np.as_ref().filter(|n| (!n.pronoun || object(n)) && !passive && !adjective && content_follows) {
        let fi = tok::index_at(toks, n.full_start);
        if let Some(r) = restrictive_relative_subject(ctx, sa, fi) {
            np = Some(r);
        }
    }
    // `Posts on the message board for the site from Friday theorized that …`: a long subject
    // that runs from the sentence start right up to the cue.
    if np.is_none()
        && !passive
        && !adjective
        && ci > sa + 2
        && ci - sa <= 16
        && {
            let t0 = &toks[sa];
            np::is_cap(text, t0) && !np::is_title(&text[t0.span.start..t0.span.end])
        }
        && toks[sa..ci].iter().enumerate().all(|(i, t)| {
            let w = np::lower(&ctx.src(), t);
            (t.word || matches!(t.first, '-' | '\'' | '’' | '.'))
                && !AUX.contains(&w.as_str())
                && !(i > 0
                    && (w.ends_with("ed")
                        || np::is_irregular_past(&w)
                        || lexicon::lookup(&w).is_some_and(|l| matches!(l.1, Form::Past | Form::Third))))
                && !matches!(w.as_str(), "who" | "which" | "that" | "when" | "while" | "if" | "after" | "before" | "as")
        })
        && ctx.w(ce) == "that"
    {
        np = np::classify(&ctx.src(), toks, sa, ci).filter(|n| !n.pronoun);
    }
    // `Devocht, who had told Montalvo …`: the speaker is the relative pronoun's antecedent.
    // The relative pronoun is the mention, as `he` is for a name; the antecedent names it.
    let mut nonrestrictive = false;
    let mut relative_mention = None;
    let before_aux = np::skip_between(&ctx.src(), toks, sa, ci);
    if np.is_none() && !passive && !adjective && before_aux >= sa + 3 {
        let j = before_aux;
        if matches!(ctx.w(j - 1), "who" | "which") && ctx.is_punct(j - 2, ",") {
            np = np::before(&ctx.src(), toks, sa, j - 2).filter(|n| !n.pronoun && !function_np(text, n));
            if ctx.w(j - 1) == "who" {
                np = np.map(|n| who_antecedent(ctx, sa, j - 2, n));
            }
            // (`a memo, first reported by The Guardian, which showed …`: the agent of a
            // participle before the comma is no antecedent.)
            if ctx.w(j - 1) == "which"
                && np.as_ref().is_some_and(|n| {
                    let fi = tok::index_at(toks, n.full_start);
                    fi > sa + 1 && ctx.w(fi - 1) == "by" && ctx.w(fi - 2).ends_with("ed")
                })
            {
                np = None;
            }
            nonrestrictive = np.is_some();
            relative_mention = np.is_some().then_some(toks[j - 1].span);
        }
    }
    // `The firm Secunia.com, has said that …`, `Lydia Buchtmann for FSANZ, says they …`: a
    // sentence subject cut off from its verb by a stray comma.
    if np.is_none() && !passive && !adjective && before_aux > sa + 1 && ctx.is_punct(before_aux - 1, ",") {
        let next = ctx.w(ce);
        if next == "that" || np::PRONOUNS.contains(&next) || before_aux < ci {
            np = comma_subject(ctx, sa, before_aux - 1);
        }
    }
    // Base forms need a plural or pronoun subject, or a modal.
    if c.form == Form::Base && !adjective && !c.lemma.contains(' ') {
        let ok = np.as_ref().is_some_and(|n| {
            let name = &text[n.span.start..n.span.end];
            // (The head stands before a modifying phrase, `Data from the 2014 survey show`; or
            // the last word agrees, as writers often make it: `a review of records indicate`.)
            let head = crate::text::Lower::new(np::head_word(name));
            let last = crate::text::Lower::new(name.rsplit(' ').next().unwrap_or(""));
            // An organisation's one-word name opening the sentence takes a plural verb
            // in British usage (`WHO say`, `The magazine MicroMega describe`).
            let org_plural = !name.contains(' ')
                && (np::is_acronym(name) || n.kind == SourceKind::Organization && n.role.is_some())
                && n.full_start == toks[sa].span.start
                && !AUX.contains(&ctx.w(ce));
            // Coordinated names take a plural verb (`Mr. Grassley and Mr. Leahy say`).
            let fi = tok::index_at(toks, n.full_start);
            let coordinated = fi >= sa + 2 && ctx.w(fi - 1) == "and" && np::is_cap(text, &toks[fi - 2]);
            org_plural
                || coordinated
                || n.kind == SourceKind::Group
                || np::plural_word(head.as_str())
                || np::plural_word(last.as_str())
                || n.pronoun
                    && matches!(
                        np::lower(&ctx.src(), &toks[tok::index_at(toks, n.span.start)]).as_str(),
                        "they" | "we" | "i" | "you"
                    )
        }) || matches!(
            prev,
            "will" | "would" | "could" | "can" | "may" | "might" | "should" | "must" | "did" | "do" | "to"
        )
            // (`who` agrees with the people it follows, read below: `Republicans who say …`.)
            || prev == "who" && np.is_none();
        // (`He appeared to suggest that …`: a raising verb before `to`, its subject the speaker.)
        let raised = prev == "to" && ci >= sa + 2 && lexicon::is_raising_verb(ctx.w(ci - 2));
        if raised {
            np = np::before(&ctx.src(), toks, sa, ci - 2).filter(|n| !function_np(text, n));
        }
        if !raised && (!ok || prev == "to") || raised && np.is_none() {
            return None;
        }
    }
    // Inverted: `…, said X.` / `…, said X, role.` (Never a verb that names or judges its
    // object: in `The union's president, Shawn Fain, called the deal a win`, the deal is
    // no speaker.)
    let invertible = !is_judging(c.lemma) && !matches!(c.lemma, "call" | "dub" | "term" | "name");
    // (Not after a subject that opens the sentence with its aside in commas: in `Angelique
    // Brunner, a spokeswoman for the coalition, said the program works`, the program is no
    // speaker.)
    let subject_with_aside =
        np.as_ref().is_some_and(|n| !n.pronoun && tok::index_at(toks, n.full_start.min(n.span.start)) == sa);
    if invertible
        && !passive
        && !subject_with_aside
        && ci > sa
        && ctx.is_punct(ci - 1, ",")
        && c.form == Form::Past
        && has_finite_verb(ctx, sa, ci - 1)
    {
        if let Some(n) = np::after(&ctx.src(), toks, ce, sb) {
            // `…, said the lawyer, Priya Raman.`: the name in apposition is the speaker.
            let n = closing_apposition(ctx, &n, sb).unwrap_or(n);
            let e = tok::index_at(toks, n.span.end);
            // (The speaker may close the sentence with a short place phrase:
            // `…, said one GOP source in the room.`)
            let place = matches!(ctx.w(e), "in" | "at" | "on" | "from" | "with" | "inside" | "outside" | "near")
                && sb - e <= 8
                && toks[e..sb].iter().all(|t| {
                    let l = np::lower(&ctx.src(), t);
                    !AUX.contains(&l.as_str()) && lexicon::lookup(&l).is_none() && (t.word || t.first == '.')
                });
            if (e >= sb || ctx.is_punct(e, ",.") || place) && !n.pronoun && !function_np(text, &n) {
                let content = ctx.content(sa, ci - 1)?;
                let mut f =
                    new_found(ctx, Some(&n), Some(c.span), vec![content], false, attr_type(c.class, Some(&n), c.lemma));
                f.backward = true;
                return Some(f);
            }
        }
    }
    let mut k = ce;
    let lemma = c.lemma;
    // `X called on Y to do Z` (a request, its content the infinitive) and `X called for
    // an inquiry` (the cue `called for`, its content what is called for).
    // (The lexicon reads `called on` and `called for` as one cue.)
    let call_on = matches!(lemma, "called on" | "calls on" | "calling on" | "call on");
    let call_for = matches!(lemma, "called for" | "calls for" | "calling for" | "call for");
    // (After a verb it is a noun: `has prompted calls for …`.)
    let after_verb = ci > 0 && toks[ci - 1].word && toks[ci - 1].first.is_lowercase() && {
        let w = ctx.w(ci - 1);
        (w.ends_with("ed") || w.ends_with("ing")) && !AUX.contains(&w)
    };
    if (call_on || call_for) && !passive && !after_verb {
        if let Some(n) = np.as_ref().filter(|n| !function_np(text, n)) {
            let kind = attr_type(c.class, Some(n), lemma);
            let start = if call_on { infinitive_after(ctx, ce, sb) } else { Some(ce) };
            if let Some(st) = start.filter(|&st| toks.get(st).is_some_and(|t| t.word)) {
                let end = subordinate_end(ctx, sa, st, writer_clause(ctx, st, sb));
                let content = ctx.content_min(st, end, 1)?;
                return Some(new_found(ctx, Some(n), Some(c.span), vec![content], false, kind));
            }
        }
    }
    // Addressee: `told reporters`, `told the BBC`, `warned them`.
    let lower_word = |i: usize| {
        toks.get(i).is_some_and(|t| t.word && !np::is_cap(text, t))
            && !np::PRONOUNS.contains(&ctx.w(i))
            && !AUX.contains(&ctx.w(i))
            && !matches!(ctx.w(i), "that" | "to" | "on" | "in" | "at" | "about" | "by" | "of" | "for" | "with")
            && !np::is_between(ctx.w(i))
            // (An article opens the clause's subject: `told aides the plan would work`.)
            && !np::is_determiner(ctx.w(i))
    };
    // What a text shows has no addressee (`The poll shows Clinton ahead`).
    let text_shows = lexicon::reports_finding(lemma) && np.as_ref().is_some_and(|n| is_text_np(ctx, n));
    let takes_addressee = |l: &str| takes_addressee(l) && !text_shows;
    // A quoted name as the addressee (`told "Morning Joe" that …`).
    if takes_addressee(lemma) && mark_kind(text, &toks[k.min(toks.len() - 1)]) == Some(Mark::Open) {
        let close = (k + 1..(k + 9).min(sb)).find(|&i| mark_kind(text, &toks[i]).is_some());
        if let Some(cl) = close.filter(|&cl| ctx.w(cl + 1) == "that" || is_wh(ctx.w(cl + 1))) {
            k = cl + 1;
        }
    }
    // (In the passive the addressee is the subject, and `by` names the speaker: `County officials
    // were told by the state agency that …`.)
    let agent_next = passive && ctx.w(k) == "by";
    if takes_addressee(lemma)
        && !agent_next
        && !matches!(ctx.w(k), "that" | "to")
        && !ctx.is_punct(k, ",:.")
        && !is_wh(ctx.w(k))
    {
        let w = ctx.w(k);
        if matches!(
            w,
            "me" | "him"
                | "her"
                | "them"
                | "us"
                | "you"
                | "reporters"
                | "journalists"
                | "lawmakers"
                | "parliament"
                | "congress"
                | "delegates"
                | "supporters"
                | "investors"
                | "listeners"
                | "viewers"
                | "readers"
                | "police"
        ) {
            k += 1;
        } else if np::is_determiner(w) || toks.get(k).is_some_and(|t| np::is_cap(text, t)) || {
            // A lower-case description before a name (`told broadcaster TF1`,
            // `told public radio France Inter`).
            let cap = |i: usize| i < sb && toks.get(i).is_some_and(|t| t.word && np::is_cap(text, t));
            if lower_word(k) && cap(k + 1) {
                k += 1;
                true
            } else if lower_word(k) && lower_word(k + 1) && cap(k + 2) {
                k += 2;
                true
            } else {
                false
            }
        } {
            k += 1;
            while k < sb && toks[k].word && (np::is_cap(text, &toks[k]) || matches!(ctx.w(k), "of" | "for" | "and")) {
                k += 1;
            }
            // `the gathered crowd`, `a news conference`: one or two lower-case words.
            let mut n = 0;
            while n < 2
                && k < sb
                && !matches!(ctx.w(k), "on" | "in" | "at" | "during" | "after" | "before" | "about" | "by")
                && toks[k].word
                && !np::is_cap(text, &toks[k])
                && !matches!(ctx.w(k), "that" | "to" | "the" | "a")
                && !np::is_determiner(ctx.w(k))
                && !AUX.contains(&ctx.w(k))
                && ctx.w(k + 1) != "is"
            {
                // Stop at a likely subject of the complement (`the boy was …`).
                if np::PRONOUNS.contains(&ctx.w(k)) {
                    break;
                }
                k += 1;
                n += 1;
            }
            // … and a name after that role (`told Breitbart News Daily host Alex Marlow`).
            if n > 0 && k < sb && toks[k].word && np::is_cap(text, &toks[k]) && np::is_title(ctx.w(k - 1)) {
                while k < sb && toks[k].word && np::is_cap(text, &toks[k]) {
                    k += 1;
                }
            }
            // `warned the ban would fuel …`: a noun phrase before an auxiliary is the
            // complement's subject, not an addressee (`told` always takes one).
            if lemma != "tell" && k < sb && AUX.contains(&ctx.w(k)) {
                k = ce;
            }
        } else if lemma == "tell" && lower_word(k) {
            // `told troops on Sunday they would …`, `told state television the plan …`.
            k += 1;
            if lower_word(k) {
                k += 1;
            }
        } else if lemma == "tell" {
            return None;
        }
    }
    // A comparison in commas before `that`: `cautioned, as did the campaign itself, that …`.
    if ctx.is_punct(k, ",")
        && ctx.w(k + 1) == "as"
        && matches!(ctx.w(k + 2), "did" | "does" | "do" | "has" | "have" | "had")
    {
        if let Some(e) = (k + 3..(k + 14).min(sb))
            .find(|&i| !toks[i].word)
            .filter(|&i| ctx.is_punct(i, ",") && ctx.w(i + 1) == "that")
        {
            k = e + 1;
        }
    }
    // Adverbials before `that` (`said on Monday that`, `said in a statement that`).
    let mut clause = false;
    let mut j = k;
    // A request's infinitive is no adverbial: in `urged Republicans to reject any deal
    // that is not perfect`, `that` opens a relative clause.
    let request = c.class == CueClass::Directive && ctx.w(k) == "to" && verb_like(ctx, k + 1);
    while !request && j < sb && j < k + 8 && (toks[j].word || ctx.is_punct(j, ",")) {
        // (After a verb of stance, `that` before a noun and no verb is a determiner:
        // `rejected that argument`.)
        if ctx.w(j) == "that"
            && j == k
            && lexicon::takes_stance_object(lemma)
            && toks.get(j + 1).is_some_and(|t| t.word && t.first.is_lowercase())
            && !np::PRONOUNS.contains(&ctx.w(j + 1))
            && !np::is_determiner(ctx.w(j + 1))
            && !AUX.contains(&ctx.w(j + 1))
            && !AUX.contains(&ctx.w(j + 2))
            && !finite_verb_soon(ctx, j + 2, sb)
        {
            break;
        }
        if ctx.w(j) == "that" {
            // No auxiliary and no other reporting verb between (`published in …, revealed that`).
            let between_ok = (k..j).all(|i| {
                let t = &toks[i];
                let l = np::lower(&ctx.src(), t);
                // (A capitalised word is a name or a month, not a verb: `in May`; a participle
                // with its agent is no verb either: `in a memo seen by Reuters`.)
                !t.word
                    || np::is_cap(text, t)
                    || !AUX.contains(&l.as_str())
                        && (!lexicon::lookup(&l).is_some_and(|x| matches!(x.1, Form::Past | Form::Third))
                            || i > k && ctx.w(i + 1) == "by" && !AUX.contains(&ctx.w(i - 1)))
            });
            // (After a verb of telling, the rest of a long addressee: `told the BBC's Sunday
            // with Laura Kuenssberg programme that …`.)
            // (An adverbial may stand in commas: `explains, in a satirical fashion, that`.)
            let a = if ctx.is_punct(k, ",") { k + 1 } else { k };
            if between_ok
                && (j == k
                    || k > ce && takes_addressee(lemma) && lemma != "ask"
                    // (`agreed with Ivana Trump that …`.)
                    || matches!(lemma, "agree" | "disagree") && ctx.w(k) == "with"
                    // (`released a statement saying that …`: the statement's participle.)
                    || j == k + 1
                        && lemma.contains(' ')
                        && lexicon::lookup(ctx.w(k)).is_some_and(|l| l.0 == CueClass::Speech && l.1 == Form::Ing)
                    || matches!(
                        ctx.w(a),
                        "on" | "in"
                            | "at"
                            | "during"
                            | "last"
                            | "this"
                            | "earlier"
                            | "yesterday"
                            | "today"
                            | "later"
                            | "to"
                            | "by"
                            | "publicly"
                            | "previously"
                            | "repeatedly"
                            | "again"
                            | "also"
                    )
                    || toks.get(k).is_some_and(|t| crate::temporal::is_weekday(&text[t.span.start..t.span.end])))
            {
                k = j + 1;
                clause = true;
            }
            break;
        }
        j += 1;
    }
    // After an addressee, a time may stand before a wh-clause (`told X on Thursday how …`).
    let addressed = k > ce && takes_addressee(lemma) && lemma != "ask";
    if !clause && addressed {
        let m = match ctx.w(k) {
            "on" if crate::temporal::is_weekday(text_of(ctx, (k + 1).min(toks.len() - 1))) => k + 2,
            "yesterday" | "today" | "tonight" => k + 1,
            "last" | "this" if np::is_time_word(ctx.w(k + 1)) => k + 2,
            _ => k,
        };
        if is_wh(ctx.w(m)) {
            k = m;
        }
    }
    // `said on Monday the talks had failed`, `said in a statement it had agreed`: an
    // adverbial, then a clause without `that`.
    if !clause && !passive && c.class == CueClass::Speech && !is_wh(ctx.w(k)) {
        if let Some(b) = adverbial_then_clause(ctx, k, sb) {
            k = b;
            clause = true;
        }
    }
    let next = ctx.w(k);
    // `X was accused of / charged with doing …`: the accusation, its source unexpressed.
    if passive
        && !clause
        && matches!(lemma, "accuse" | "charge")
        && matches!(next, "of" | "with")
        && ctx.w(k + 1).ends_with("ing")
    {
        let content = ctx.content(k + 1, writer_clause(ctx, k + 1, sb))?;
        let mut f = new_found(ctx, None, Some(c.span), vec![content], false, AttributionType::Speech);
        // The frame holds the accused, the sentence's subject (`Hargreaves, 58, is accused of …`).
        if let Some(subj) = sentence_subject(ctx, sa, ci) {
            f.span = Span::new(subj.full_start.min(f.span.start), f.span.end);
        }
        return Some(f);
    }
    // `X accused the mayor of hiding the cost`: the accusation, read whole (so is a charge:
    // `prosecutors charged two developers with defrauding investors`).
    let charge_with = lemma == "charge" && c.form == Form::Past;
    if !passive && !clause && (lemma == "accuse" || charge_with) && np.is_some() {
        let prep = if charge_with { "with" } else { "of" };
        let of = (k + 1..(k + 8).min(sb)).find(|&i| ctx.w(i) == prep || !toks[i].word);
        // (The charge: a deed or a quotation, `accused Brussels of "rape"`; an accusation of a
        // bare noun, `of incompetence`, is left to the writer's sentence.)
        let charge = |i: usize| {
            ctx.w(i + 1).ends_with("ing")
                || toks.get(i + 1).is_some_and(|t| !t.word && matches!(t.first, '"' | '“' | '‘'))
        };
        if let Some(of) = of.filter(|&i| ctx.w(i) == prep && charge(i)) {
            let _ = of;
            let content = ctx.content(k, writer_clause(ctx, k, sb))?;
            return Some(new_found(ctx, np.as_ref(), Some(c.span), vec![content], false, AttributionType::Speech));
        }
    }
    // `Moscow denied targeting civilian infrastructure`: the denied deed, read whole.
    // (So is a proposed deed: `He proposes doing away with the mandate`.)
    if !passive
        && !clause
        && matches!(lemma, "deny" | "admit" | "acknowledge" | "propose" | "suggest" | "recommend")
        && np.is_some()
        && k == ce
    {
        let w = ctx.w(k);
        if w.len() > 4 && w.ends_with("ing") && toks[k].first.is_lowercase() && !w.starts_with("nothing") {
            // (A one-word deed is a noun object: `admitted wrongdoing`.)
            if let Some(content) = ctx.content(k, writer_clause(ctx, k, sb)) {
                return Some(new_found(ctx, np.as_ref(), Some(c.span), vec![content], false, AttributionType::Speech));
            }
        }
    }
    if !clause && is_wh(next) {
        // A reported wh-clause (`explained how the camera revealed his process`, `noted what began
        // as …`, `told reporters how surprised he is`) after a verb of telling, not of asking;
        // `what` is the clause's subject and stays, as `how` before a word it modifies.
        let telling = c.class == CueClass::Speech
            && (matches!(
                lemma,
                "explain" | "note" | "reveal" | "detail" | "outline" | "observe" | "recount" | "disclose" | "describe"
            ) || addressed && lemma == "tell");
        // (A verb of doubting reports what it doubts: `questioned whether the rival was
        // prepared`, `wondered what the plan would cost`; a plain question asks for facts and
        // reports none: `Reporters asked how the money was spent`.)
        let doubting = !passive && matches!(lemma, "question" | "wonder");
        if !(telling && matches!(next, "what" | "how" | "why")
            || doubting && matches!(next, "what" | "how" | "why" | "whether" | "if"))
        {
            return None;
        }
        let mut body = if next == "what" { k } else { k + 1 };
        // (`how surprised he is`, `how much the plan costs`: `how` and the word it modifies,
        // then the clause's subject.)
        let degree = next == "how"
            && !np::is_determiner(ctx.w(k + 1))
            && !np::PRONOUNS.contains(&ctx.w(k + 1))
            && (np::PRONOUNS.contains(&ctx.w(k + 2)) || np::is_determiner(ctx.w(k + 2)));
        if degree {
            body = k;
        }
        // (What follows a verb of doubting is its question, whatever its words: `questioned
        // what kind of person gets up at 3 a.m.`, `whether then-rival Barack Obama was …`.)
        let asked = doubting && body < sb && toks[body].word;
        if !asked && (!looks_clausal(ctx, body, sb) || (body != k && !subject_start(ctx, body))) {
            return None;
        }
        clause = true;
        k = body;
    }
    let next = ctx.w(k);
    let mut kind = attr_type(c.class, np.as_ref(), lemma);
    let mut start = k;
    // `asked the governments of South East Asia not to …`: a longer addressee before the infinitive.
    let mut scanned =
        (!clause && next != "to" && takes_addressee(lemma)).then(|| infinitive_after(ctx, k, sb)).flatten();
    // `aides expect the sale to take months`, `she wants the bridge to reopen`:
    // a belief or wish about someone else, whose subject opens the content.
    let about_other = !clause
        && !passive
        && np.is_some()
        && scanned.is_none()
        && next != "to"
        && matches!(lemma, "expect" | "want" | "believe" | "consider")
        && !np::PRONOUNS.contains(&next)
        && infinitive_after(ctx, k, sb).is_some();
    if about_other {
        clause = true;
        kind = if lemma == "want" { AttributionType::Intention } else { AttributionType::Belief };
    }
    // (A negated infinitive: `decided not to recommend charges`.)
    if !clause
        && scanned.is_none()
        && c.class == CueClass::Intention
        && next == "not"
        && ctx.w(k + 1) == "to"
        && verb_like(ctx, k + 2)
    {
        scanned = Some(k);
    }
    // (What was decided or intended in the passive has no one who decides: `It was decided
    // that …` is the writer's.)
    if passive && c.class == CueClass::Intention {
        return None;
    }
    let infinitive = !clause && (next == "to" || scanned.is_some());
    // `looked to the future`: no verb after `to`; `asks to the government to …`: an addressee after `to`.
    if infinitive && scanned.is_none() && !verb_like(ctx, k + 1) {
        scanned = Some(takes_addressee(lemma).then(|| infinitive_after(ctx, k + 1, sb)).flatten()?);
    }
    if infinitive {
        if !matches!(c.class, CueClass::Intention | CueClass::Directive)
            && !takes_addressee(lemma)
            && !matches!(lemma, "hope" | "promise" | "pledge" | "vow" | "threaten" | "agree" | "expect" | "wish")
        {
            return None;
        }
        // (A participle right after a thing's noun is a reduced relative, no one's intention:
        // `a series of injections intended to calm her`, `rules designed to cut emissions`.)
        let thing = c.form == Form::Past
            && matches!(lemma, "intend" | "plan" | "aim" | "design" | "mean" | "prepare")
            && ci > sa
            && toks[ci - 1].word
            && toks[ci - 1].first.is_lowercase()
            && np.as_ref().is_some_and(|n| !n.pronoun && n.role.is_none() && !takes_a_stance(ctx, n));
        if lemma == "expect" || passive && !takes_addressee(lemma) || thing {
            return None;
        }
        if matches!(lemma, "hope" | "wish" | "want" | "plan" | "intend" | "aim" | "seek")
            || c.class == CueClass::Intention
        {
            kind = AttributionType::Intention;
        }
        start = scanned.unwrap_or(k + 1);
    } else if passive {
        if !clause {
            return None;
        }
    } else if matches!(c.class, CueClass::Intention | CueClass::Directive)
        && !clause
        && !(lemma == "call" && small_clause(ctx, lemma, start, sb).is_some())
    {
        return None;
    } else if lemma == "call" && !clause {
        kind = AttributionType::Speech;
    }
    // `by X` after a passive cue.
    if passive {
        if let Some(b) = (ce..k).find(|&i| ctx.w(i) == "by") {
            np = np::after(&ctx.src(), toks, b + 1, k);
        }
    }
    // Nothing after the cue: a clause-final frame (`…, X said.` or `…, said X.`).
    let rest_words = toks[start.min(sb)..sb].iter().filter(|t| t.word).count();
    // `…, two officials said, speaking on condition of anonymity …`: what follows
    // is about the speaking, not what was said.
    // (A short time or place adverbial may stand first: `announced on Sunday, citing …`.)
    let frame_tail = !clause && start < sb && {
        let mut i = start;
        if matches!(ctx.w(i), "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "later" | "to") {
            while i < sb && i < start + 5 && toks[i].word {
                i += 1;
            }
        }
        // After the comma, an aside of the frame: a participle (`speaking on …`, `citing …`)
        // or a prepositional phrase (`in a move the Conservatives said …`, `amid …`).
        i < sb
            && ctx.is_punct(i, ",")
            && (matches!(
                ctx.w(i + 1),
                "without" | "as" | "amid" | "after" | "ahead" | "despite" | "following" | "before" | "days" | "hours"
            ) || ctx.w(i + 1) == "in" && matches!(ctx.w(i + 2), "a" | "an" | "what" | "the")
                // (… or the writer's comment on the report, an indefinite noun phrase with no verb
                // of its own before its relative clause: `…, the minister said, a warning that
                // rattled markets`, `…, a poll shows, a sign of trouble for …`.)
                || matches!(ctx.w(i + 1), "a" | "an")
                    && (i + 2..sb)
                        .take_while(|&j| {
                            !matches!(ctx.w(j), "that" | "which" | "who" | "whose")
                                && !crate::statement::is_subordinator(ctx.w(j))
                        })
                        .all(|j| !toks[j].word || !AUX.contains(&ctx.w(j)) && !finite_word(ctx.w(j)))
                || ctx.w(i + 1).len() > 5
                    && ctx.w(i + 1).ends_with("ing")
                    && toks[i + 1].first.is_lowercase()
                    // (A gerund subject of a clause is no aside: `…, he said, replacing her would be …`.)
                    && !(i + 2..sb)
                        .take_while(|&j| {
                            toks[j].word
                                && !matches!(ctx.w(j), "that" | "which" | "who" | "whom" | "if" | "whether")
                                && !crate::statement::is_subordinator(ctx.w(j))
                        })
                        // (A finite one of its own: `asking not to be identified because the
                        // talks are private` has none.)
                        .any(|j| AUX.contains(&ctx.w(j)) && !matches!(ctx.w(j), "be" | "been" | "being")))
            // (An adverbial before the content is no aside: `explains, in a satirical fashion, that …`.)
            && (i + 1..sb).find(|&x| ctx.is_punct(x, ",")).is_none_or(|x| ctx.w(x + 1) != "that")
    };
    // `Acts of protest, Mr. Obama said, are acts of patriotism.`: a frame set in
    // commas inside the reported sentence; what was said stands on both sides of it
    // (after a coordinator, `…, he said, and …`, only before it).
    if !clause && !infinitive && !passive && !frame_tail && matches!(c.class, CueClass::Speech | CueClass::Belief) {
        if let Some(n) = np.as_ref() {
            let fi = tok::index_at(toks, n.full_start);
            // (A short time adverbial may follow the cue: `said on Saturday,`.)
            let mut i = start;
            if matches!(ctx.w(i), "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "later")
                || toks.get(i).is_some_and(|t| crate::temporal::is_weekday(&text[t.span.start..t.span.end]))
            {
                while i < sb && i < start + 5 && toks[i].word {
                    i += 1;
                }
            }
            let quoteless = |a: usize, b: usize| toks[a..b].iter().all(|t| t.word || mark_kind(text, t).is_none());
            // (A short adverbial before the frame is the frame's: `In a statement, X said, …`.)
            let adverbial = matches!(
                ctx.w(sa),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "before"
                    | "with"
                    | "speaking"
                    | "asked"
                    | "earlier"
                    | "later"
            ) && (toks[sa..fi - 1].iter().filter(|t| t.word).count() <= 6
                // (A longer phrase with no verb of its own is still an adverbial: `During his
                // seven and a half years in office, Mr. Obama said, …`.)
                || !has_finite_verb(ctx, sa, fi - 1));
            // (A participle after the frame is the speaker's next act: `…, officials said
            // Friday, blaming …`.)
            let next_act = toks.get(i + 1).is_some_and(|t| {
                t.first.is_lowercase() && {
                    let w = ctx.w(i + 1);
                    w.len() > 4 && w.ends_with("ing") && !matches!(w, "including" | "according" | "during")
                }
            });
            if fi > sa + 1
                && ctx.is_punct(fi - 1, ",")
                && i + 1 < sb
                && ctx.is_punct(i, ",")
                && toks[i + 1].word
                && !next_act
                && !adverbial
                && toks[sa..fi - 1].iter().any(|t| t.word)
                && quoteless(sa, fi - 1)
            {
                let before = ctx.content_min(sa, fi - 1, 1)?;
                // (A noun phrase with no verb after the frame is the writer's comment on what was
                // said: `Fares will rise by 4.6%, the government has confirmed, the biggest increase in
                // more than a decade.`)
                let comment = np::is_determiner(ctx.w(i + 1))
                    && (i + 2..sb)
                        .take_while(|&j| !matches!(ctx.w(j), "that" | "which" | "who" | "whose"))
                        .all(|j| !toks[j].word || !AUX.contains(&ctx.w(j)) && !finite_word(ctx.w(j)));
                if comment
                    || matches!(
                        ctx.w(i + 1),
                        "and"
                            | "but"
                            | "or"
                            | "so"
                            | "while"
                            | "although"
                            | "though"
                            | "whereas"
                            | "as"
                            | "because"
                            | "since"
                    )
                {
                    let mut f = new_found(ctx, Some(n), Some(c.span), vec![before], false, kind);
                    f.backward = true;
                    return Some(f);
                }
                let end = writer_clause(ctx, i + 1, sb);
                if let Some(after) = ctx.content_min(i + 1, end, 1) {
                    // (Before it a subordinate clause only: `Though X, he said, Y` reports the main clause.)
                    let subordinate = matches!(
                        ctx.w(sa),
                        "though"
                            | "although"
                            | "while"
                            | "if"
                            | "when"
                            | "because"
                            | "since"
                            | "as"
                            | "once"
                            | "unless"
                    ) && !toks[sa + 1..fi - 1].iter().any(|t| !t.word && t.first == ',');
                    let parts = if subordinate { vec![after] } else { vec![before, after] };
                    return Some(new_found(ctx, Some(n), Some(c.span), parts, false, kind));
                }
            }
        }
    }
    // (A longer adverbial holds no verb: `…, it said in a filing with the Securities and
    // Exchange Commission.`)
    let verbless = || {
        toks[start.min(sb)..sb].iter().enumerate().all(|(k, t)| {
            let l = np::lower(&ctx.src(), t);
            // (A participle after a noun, before a preposition, modifies the noun: `in a
            // statement posted on its website`.)
            let i = start + k;
            let participle = l.ends_with("ed")
                && i > start
                && toks[i - 1].word
                && !AUX.contains(&ctx.w(i - 1))
                && is_preposition(ctx.w(i + 1));
            !t.word
                || participle
                || !AUX.contains(&l.as_str())
                    && l != "that"
                    && !lexicon::lookup(&l).is_some_and(|x| matches!(x.1, Form::Past | Form::Third))
                    && !np::is_irregular_past(&l)
        })
    };
    let trailing_only = rest_words == 0
        || frame_tail
        || (!clause && !infinitive && (rest_words <= 6 || rest_words <= 14 && verbless()) && {
            let w = ctx.w(start);
            matches!(
                w,
                "on" | "in"
                    | "at"
                    | "during"
                    | "yesterday"
                    | "overnight"
                    | "today"
                    | "last"
                    | "this"
                    | "earlier"
                    | "later"
                    | "to"
                    | "after"
                    | "before"
                    | "when"
                    | "while"
                    | "as"
                    | "by"
                    | "from"
                    | "via"
                    | "through"
                    | "with"
                    | "outside"
                    | "inside"
                    | "near"
                    | "over"
                    | "shortly"
                    | "following"
                    | "ahead"
            ) || toks.get(start).is_some_and(|t| crate::temporal::is_weekday(&text[t.span.start..t.span.end]))
        });
    if trailing_only && !passive {
        if let Some(n) = np.as_ref() {
            let mut fi = tok::index_at(toks, n.full_start);
            // Up to five words (and possessive marks) modifying the role right
            // after the clause's comma, an article first at most (`, regional
            // governor X said`, `, White House press secretary X said`, `, the
            // bank's chief economist X said`).
            let mut g = fi;
            // (Without a title, one or two lower-case nouns describing a name: `, mediator Qatar said`.)
            let describes = |g: usize| {
                let w = ctx.w(g.wrapping_sub(1));
                g > sa
                    && fi - g < 2
                    && toks[g - 1].word
                    && toks[g - 1].first.is_lowercase()
                    && n.span.start == n.full_start
                    && np::is_cap(text, &toks[fi])
                    && !crate::text::is_ly_adverb(w)
                    && !np::is_between(w)
                    && !is_preposition(w)
                    && !matches!(
                        w,
                        "and"
                            | "but"
                            | "or"
                            | "nor"
                            | "while"
                            | "whereas"
                            | "as"
                            | "which"
                            | "who"
                            | "that"
                            | "when"
                            | "where"
                            | "if"
                            | "because"
                            | "so"
                            | "then"
                            | "to"
                            | "by"
                            | "from"
                            | "than"
                            | "said"
                            | "says"
                    )
                    // (A noun for an agent or a body describes a name: `mediator Qatar`,
                    // `broadcaster TF1`; `, a figure Labour disputes` is a relative clause.
                    // Only the noun next to the name is so read: `rights group Amnesty`.)
                    && (g < fi
                        || np::is_title(w)
                        || np::people_noun(w).is_some()
                        || np::is_org_word(w)
                        || ["er", "or", "ist", "ian", "ant", "ent"].iter().any(|x| w.ends_with(x))
                        || matches!(
                            w,
                            "group"
                                | "agency"
                                | "tank"
                                | "body"
                                | "watchdog"
                                | "charity"
                                | "network"
                                | "coalition"
                                | "monitor"
                                | "daily"
                                | "newspaper"
                                | "outlet"
                                | "firm"
                                | "giant"
                                | "rival"
                                | "ally"
                                | "envoy"
                                | "airline"
                        ))
            };
            while (n.role.is_some() || describes(g))
                && g > sa
                && fi - g < 5
                && (toks[g - 1].word && !AUX.contains(&ctx.w(g - 1)) || matches!(toks[g - 1].first, '\'' | '’'))
                && (!np::is_determiner(ctx.w(g - 1)) || g - 1 > sa && ctx.is_punct(g - 2, ","))
            {
                g -= 1;
            }
            if g < fi && g > sa && ctx.is_punct(g - 1, ",") {
                fi = g;
            }
            // (`…, inquiry told`: a headline's passive, the inquiry was told; whoever told it
            // is not named.)
            let told_nothing = lemma == "tell" && (ce >= sb || ctx.is_punct(ce, ".!"));
            // (A participle opens no speaker: in `…, blaming falling vaccination rates.` the
            // plural `rates` is no verb.)
            let participle =
                toks[fi].first.is_lowercase() && lexicon::lookup(ctx.w(fi)).is_some_and(|l| l.1 == Form::Ing);
            // (An opening adverbial of time or place with no verb is no content: `Eight years
            // ago, the men agreed.`, `In Ohio, officials disagreed.`)
            let adverbial = fi > sa + 1 && fi - sa <= 6 && {
                // (Short: `At least 23 people died when …, officials said` is content.)
                let (w0, wl) = (ctx.w(sa), ctx.w(fi - 2));
                let opener = is_preposition(w0)
                    || matches!(w0, "after" | "before" | "since" | "until" | "last" | "this" | "earlier" | "later")
                    || crate::temporal::is_weekday(text_of(ctx, sa));
                wl == "ago" || opener && !has_finite_verb(ctx, sa, fi - 1)
            };
            if fi > sa && ctx.is_punct(fi - 1, ",") && !told_nothing && !participle && !adverbial {
                let content = ctx.content(sa, fi - 1)?;
                let mut f = new_found(ctx, Some(n), Some(c.span), vec![content], false, kind);
                f.backward = true;
                return Some(f);
            }
        }
        if invertible
            && ci > sa
            && ctx.is_punct(ci - 1, ",")
            && np.as_ref().is_none_or(|n| n.span.end <= toks[ci - 1].span.start && !n.pronoun)
            && has_finite_verb(ctx, sa, ci - 1)
        {
            // Inverted: `…, said X.`
            let n = np::after(&ctx.src(), toks, ce, sb).filter(|n| !function_np(text, n))?;
            let n = closing_apposition(ctx, &n, sb).unwrap_or(n);
            let content = ctx.content(sa, ci - 1)?;
            let mut f =
                new_found(ctx, Some(&n), Some(c.span), vec![content], false, attr_type(c.class, Some(&n), lemma));
            f.backward = true;
            return Some(f);
        }
        return None;
    }
    // `X tweeted to Y and said …`: the subject of the first verb.
    if np.is_none() && !passive && prev == "and" {
        np = sentence_subject(ctx, sa, ci);
    }
    // `sued by a contractor who said he was stiffed`: a restrictive `who` after the clause's
    // verb speaks for the people it follows (the mention is `who`, as `he` is for a name);
    // other relative pronouns are no speakers.
    let mut who_of = None;
    if np.is_none() && !passive && ci > sa + 3 && ctx.w(ci - 1) == "who" && toks[ci - 2].word {
        let wi = ci - 1;
        // (The people at the end of a longer phrase: `a fight with Republicans who say …`.)
        let ante = np::before(&ctx.src(), toks, sa, wi)
            .map(|a| people_in_phrase(ctx, a.clone()).unwrap_or(a))
            .filter(|a| !a.pronoun && matches!(a.kind, SourceKind::Person | SourceKind::Group))
            .filter(|a| {
                // (After the clause's own verb: the relative clause runs to the sentence's end.)
                let ai = tok::index_at(toks, a.full_start);
                ai > sa
                    && toks[sa..ai].iter().any(|t| {
                        let l = np::lower(&ctx.src(), t);
                        t.word && (AUX.contains(&l.as_str()) || l.ends_with("ed") || np::is_irregular_past(&l))
                    })
            });
        if let Some(a) = ante {
            who_of = Some(text[a.full_start.min(a.span.start)..a.span.end].to_string());
            let sp = toks[wi].span;
            np = Some(Np { span: sp, role: None, kind: a.kind, pronoun: false, document: false, full_start: sp.start });
        }
    }
    if np.is_none() && !passive {
        return None;
    }
    if who_of.is_none()
        && np.as_ref().is_some_and(|n| {
            matches!(&text[n.span.start..n.span.end], "that" | "which" | "who" | "That" | "Which" | "Who")
        })
    {
        return None;
    }
    // `would add £9.2bn to borrowing`, `added 3% in early trade`: a sum added, nothing said.
    if lemma == "add"
        && !clause
        && !infinitive
        && (matches!(prev, "would" | "will" | "could" | "might" | "may" | "can" | "to")
            || toks.get(start).is_some_and(|t| t.first.is_ascii_digit() || matches!(t.first, '£' | '$' | '€' | '¥')))
    {
        return None;
    }
    // `It also quoted Mayor Anna Keller on …`: whom a text quotes is no content (`quoted as
    // saying` is a cue of its own).
    if lemma == "quote" && !clause {
        return None;
    }
    // `thought of the days when …`, `think about the future`: a memory or a musing, no belief
    // reported.
    if !clause && matches!(lemma, "think" | "thought") && matches!(ctx.w(start), "of" | "about") {
        return None;
    }
    let small_end = if !clause && !infinitive { small_clause(ctx, lemma, start, sb) } else { None };
    // `Trump cited problems in …`, `the union endorsed Clinton`: a verb of stance and its object.
    // (Not inside what another speaker is reported to say: in `Fowler noted that in 1972
    // he supported a decision …`, the stance is part of Fowler's report.)
    let judged = small_end.is_some();
    let small_end = small_end.or_else(|| {
        let reported = reported_in(same_sentence, c.span);
        // (Not in a relative clause, the writer's background: `Iran, which supports Hamas, …`.)
        let relative = nonrestrictive
            || np.as_ref().is_some_and(|n| {
                let fi = tok::index_at(toks, n.full_start);
                fi > sa && matches!(ctx.w(fi - 1), "which" | "that" | "who" | "whom")
            });
        let stance =
            lexicon::takes_stance_object(lemma) && !relative && np.as_ref().is_some_and(|n| takes_a_stance(ctx, n));
        // `The poll indicates a tightening race`, `Polling averages show Clinton with a lead`:
        // what a text shows.
        (!clause
            && !infinitive
            && !reported
            && np.as_ref().is_some_and(|n| !function_np(text, n))
            && (stance || text_shows))
            .then(|| stance_object(ctx, lemma, start, sb, text_shows))
            .flatten()
    });
    let small = small_end.is_some();
    // (A verb that reports only something said, as its object, reads no clause: `Kaine
    // defended people accused of murder`.)
    if lexicon::OBJECT_OF_SPEECH.contains(&lemma) && !clause && !small {
        return None;
    }
    // (A verb of stance reports a one-word object too: `admitted wrongdoing`.)
    let object_read = small && !judged;
    if !clause && !infinitive && !small && !say_like(lemma) && !looks_clausal(ctx, start, sb) {
        // A relative clause's small clause (`which it considers part of …`).
        let rel = np.as_ref().is_some_and(|n| {
            let fi = tok::index_at(toks, n.full_start);
            fi > sa && matches!(ctx.w(fi - 1), "which" | "that" | "who" | "whom")
        });
        if !rel {
            return None;
        }
    }
    if !clause && !infinitive && lemma == "tell" && ctx.is_punct(start, ".") {
        return None;
    }
    let rel_clause = np.as_ref().is_some_and(|n| {
        let fi = tok::index_at(toks, n.full_start);
        fi > sa && matches!(ctx.w(fi - 1), "which" | "that" | "who" | "whom")
    });
    if !clause && !infinitive && !small && !say_like(lemma) && !rel_clause && !subject_start(ctx, start) {
        return None;
    }
    // A complement inside a relative clause ends with the clause.
    let rel_end = if nonrestrictive { (start..sb).find(|&e| ctx.is_punct(e, ",;")) } else { None };
    let rel_end = rel_end.or_else(|| {
        np.as_ref().and_then(|n| {
            let fi = tok::index_at(toks, n.full_start);
            (fi > sa && matches!(ctx.w(fi - 1), "which" | "who" | "whom") && ctx.is_punct(fi.wrapping_sub(2), ","))
                .then(|| {
                    let mut e = start;
                    while e < sb && !ctx.is_punct(e, ",;") {
                        e += 1;
                    }
                    e
                })
        })
    });
    let mut end = rel_end.or(small_end).unwrap_or_else(|| writer_clause(ctx, start, sb));
    // `While his advisers have suggested X, Mr. Obama is determined …`: a frame inside
    // the sentence's opening subordinate clause reports up to the main clause.
    if np.as_ref().is_some_and(|n| tok::index_at(toks, n.full_start) <= sa + 2) {
        end = subordinate_end(ctx, sa, start, end);
    }
    // `said last week the number was …`: a time adverbial is the frame's, not the content's.
    if !clause && !infinitive {
        let w0 = ctx.w(start);
        let w1 = ctx.w(start + 1);
        if matches!(w0, "yesterday" | "today" | "tonight" | "earlier" | "later")
            && toks.get(start).is_some_and(|t| t.word)
        {
            start += 1;
        } else if matches!(w0, "last" | "this" | "next")
            && matches!(w1, "week" | "month" | "year" | "weekend" | "night")
        {
            start += 2;
        } else if w0 == "on" && np::is_time_word(w1) {
            start += 2;
        }
        if ctx.is_punct(start, ",") {
            start += 1;
        }
    }
    // `describes X as …`, `described as …`: the small clause without `as`.
    if ctx.w(start) == "as"
        && matches!(lemma, "describe" | "characterize" | "characterise" | "regard" | "view" | "label" | "dub")
    {
        start += 1;
    }
    // A one-word infinitive (`Beijing intends to respond.`) only for a clause's own subject, not
    // inside a restrictive relative clause (`the exhibit they had wanted to attend`).
    let own_subject = np.as_ref().is_some_and(|n| {
        let fi = tok::index_at(toks, n.full_start);
        fi == sa || !toks[fi - 1].word || matches!(ctx.w(fi - 1), "and" | "but" | "while" | "because" | "so")
    });
    // `voiced concerns that …`: the noun cue makes the attribution, not the verb.
    if !clause && !infinitive {
        let noun_clause = (start..(start + 3).min(sb)).any(|i| {
            let w = ctx.w(i);
            lexicon::NOMINAL.iter().any(|(n, _)| *n == w)
                && toks.get(i + 1).is_some_and(|t| np::lower(&ctx.src(), t) == "that")
        });
        if noun_clause {
            return None;
        }
    }
    let content = ctx.content_min(start, end, if infinitive && own_subject || object_read { 1 } else { 2 })?;
    let mut f = new_found(ctx, np.as_ref(), Some(c.span), vec![content], false, kind);
    if let Some(a) = who_of {
        f.speaker_name = Some(a);
    }
    if let Some(w) = relative_mention {
        f.speaker = Some(w);
        f.speaker_phrase = Some(w);
        f.span = Span::new(w.start, f.span.end.max(w.end));
    }
    if lemma == "deny" {
        f.negated = true;
    }
    // The frame of a passive holds its subject, the one told or warned (`County officials
    // were told by the state agency that …`): no claim of the writer's is left before it.
    if agent_next {
        if let Some(subj) = sentence_subject(ctx, sa, ci) {
            f.span = Span::new(subj.full_start.min(f.span.start), f.span.end);
        }
    }
    Some(f)
}

/// When the sentence opens with a subordinate clause (`While …`, `Though …`, `When …`) whose
/// frame's content runs from token `start` to `end`: the end of that content at the main
/// clause, a comma (or a dash closing an aside) before a subject and its finite verb
/// (`Though she called for X, Clinton restricted …`).
fn subordinate_end(ctx: &Ctx, sa: usize, start: usize, end: usize) -> usize {
    let toks = &ctx.toks;
    // (… or an absolute phrase: `With Democrats urging voters to stay home, turnout fell`.)
    if !crate::statement::is_subordinator(ctx.w(sa)) && !matches!(ctx.w(sa), "with" | "amid" | "despite") {
        return end;
    }
    let main_clause = |i: usize| {
        np::after(&ctx.src(), toks, i + 1, end).is_some_and(|n| {
            let mut e = tok::index_at(toks, n.span.end);
            while e < end && (crate::text::is_ly_adverb(ctx.w(e)) || matches!(ctx.w(e), "also" | "now" | "still")) {
                e += 1;
            }
            let v = ctx.w(e);
            !n.pronoun
                && (AUX.contains(&v)
                    || lexicon::lookup(v).is_some_and(|l| matches!(l.1, Form::Past | Form::Third))
                    || np::is_irregular_past(v)
                    || v.len() > 4 && v.ends_with("ed") && toks.get(e).is_some_and(|t| t.first.is_lowercase()))
        })
    };
    // (… or a bare noun and its verb: `…, turnout fell`.)
    let bare_clause = |i: usize| {
        toks.get(i + 1).is_some_and(|t| t.word && t.first.is_lowercase())
            && !matches!(ctx.w(i + 1), "and" | "but" | "or" | "which" | "who" | "that" | "while" | "as" | "when")
            && !AUX.contains(&ctx.w(i + 1))
            && toks.get(i + 2).is_some_and(|t| t.word && t.first.is_lowercase())
            && (np::is_irregular_past(ctx.w(i + 2))
                || ctx.w(i + 2).len() > 4 && ctx.w(i + 2).ends_with("ed")
                || matches!(ctx.w(i + 2), "was" | "were" | "has" | "had" | "is" | "will"))
    };
    // (… or after a dash that closes an aside: `When Clinton noted that … ― as was true
    // for … ― Trump boasted, …`.)
    (start + 1..end)
        .rev()
        .find(|&i| ctx.is_punct(i, ",―—–") && (main_clause(i) || ctx.is_punct(i, ",") && bare_clause(i)))
        .unwrap_or(end)
}

/// The start of an infinitive after an addressee that begins at token `k`
/// (`the governments of South East Asia not to turn …` → `not`, `with him to send` → `send`):
/// the addressee is a plain noun phrase (an `of` only before a name), the
/// infinitive's first word a lower-case verb-like word.
fn infinitive_after(ctx: &Ctx, k: usize, sb: usize) -> Option<usize> {
    let toks = &ctx.toks;
    let w0 = ctx.w(k);
    if !toks.get(k).is_some_and(|t| t.word)
        || matches!(
            w0,
            "of" | "about" | "in" | "at" | "for" | "from" | "over" | "against" | "by" | "into" | "that" | "to" | "not"
        )
    {
        return None;
    }
    let lim = (k + 10).min(sb);
    let mut j = k + usize::from(matches!(w0, "with" | "on" | "upon"));
    while j < lim {
        if !toks[j].word {
            if matches!(toks[j].first, '-' | '\'' | '’') {
                j += 1;
                continue;
            }
            return None;
        }
        let w = ctx.w(j);
        let verb_next = |i: usize| {
            toks.get(i).is_some_and(|t| t.word && t.first.is_lowercase())
                && !np::is_determiner(ctx.w(i))
                && !np::PRONOUNS.contains(&ctx.w(i))
        };
        // (The infinitive may be quoted: `encouraged Americans to “check out” her tape`.)
        let quoted = toks.get(j + 1).is_some_and(|t| !t.word && matches!(t.first, '“' | '"')) && verb_next(j + 2);
        if j > k && w == "to" && (verb_next(j + 1) || quoted) {
            return Some(j + 1);
        }
        if j > k && w == "not" && ctx.w(j + 1) == "to" && verb_next(j + 2) {
            return Some(j);
        }
        if AUX.contains(&w)
            || is_wh(w)
            || w == "that"
            // A subject pronoun opens a clause (`told TF1 she wanted X to …`).
            || matches!(w, "he" | "she" | "they" | "we" | "i")
            || matches!(w, "about" | "at" | "for" | "over" | "against" | "by")
            // (A preposition after a people word is part of the addressee: `anyone with
            // information`, `members of the public`, `residents in the area`; not after
            // another noun: `shows progress in its response to nearly …`.)
            || matches!(w, "in" | "from" | "with" | "of") && !(j == k + 1 && addressee_head(w0))
        {
            return None;
        }
        j += 1;
    }
    None
}

/// True for a word that can head an addressee with a preposition after it: an indefinite
/// pronoun (`anyone`, `those`) or a plural noun (`members`, `residents`).
fn addressee_head(w: &str) -> bool {
    matches!(w, "anyone" | "anybody" | "everyone" | "everybody" | "someone" | "those" | "people" | "all")
        || w.len() > 3 && w.ends_with('s') && np::plural_word(w) && !w.ends_with("us") && !w.ends_with("is")
}

/// The subject phrase from `sa` to the comma at `c`: the whole phrase when it
/// is a noun phrase, or the part before a participle or a name's `for`/`at`/`from`
/// (`The results of the study published in …,`).
fn comma_subject(ctx: &Ctx, sa: usize, c: usize) -> Option<Np> {
    let text = ctx.text;
    let toks = &ctx.toks;
    // (A conjunction that opens the sentence is none of it: `But Megan Hester, …, said`.)
    let sa = if sa + 1 < c && matches!(ctx.w(sa), "and" | "but" | "so" | "yet" | "or") { sa + 1 } else { sa };
    let mut e = sa;
    while e < c && toks[e].word {
        let w = ctx.w(e);
        if e > sa
            && !np::is_cap(text, &toks[e])
            && (w.ends_with("ed") && w.len() > 4 || matches!(w, "made" | "written" | "seen" | "given"))
        {
            break;
        }
        if e > sa && matches!(w, "for" | "at" | "from") && np::is_cap(text, &toks[e - 1]) {
            break;
        }
        if AUX.contains(&w) || e - sa >= 12 {
            return None;
        }
        e += 1;
    }
    if e == sa
        || e < c && (!toks[e].word || toks[e..c].iter().any(|t| AUX.contains(&np::lower(&ctx.src(), t).as_str())))
    {
        return None;
    }
    let mut n = if e == c { np::before(&ctx.src(), toks, sa, c)? } else { np::classify(&ctx.src(), toks, sa, e)? };
    // A common noun phrase keeps its head and the names in it (`The results of the … Study`).
    if e < c && np::is_determiner(ctx.w(sa)) && n.span.start != toks[sa].span.start {
        n.span = Span::new(toks[sa].span.start, toks[e - 1].span.end);
        n.full_start = n.span.start;
        n.role = None;
        n.kind = SourceKind::Group;
    }
    (!n.pronoun && !function_np(text, &n)).then_some(n)
}

/// True for a phrase that is a function word, never a speaker (`said that, …`).
fn function_np(text: &str, n: &Np) -> bool {
    matches!(
        crate::text::Lower::new(&text[n.span.start..n.span.end]).as_str(),
        "that" | "this" | "which" | "these" | "those" | "there" | "so" | "then"
    ) || crate::text::Lower::new(text.get(n.full_start..n.span.end).unwrap_or_default()).as_str().starts_with("that ")
}

/// True when token `i` can open a clause: a determiner, pronoun, name or number.
fn subject_start(ctx: &Ctx, i: usize) -> bool {
    let Some(t) = ctx.toks.get(i) else { return false };
    if !t.word {
        return matches!(t.first, '"' | '“' | '$' | '£' | '€');
    }
    let w = ctx.w(i);
    let bare_noun = w.chars().all(char::is_alphabetic)
        && !crate::text::is_ly_adverb(w)
        && !matches!(
            w,
            "to" | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "from"
                | "of"
                | "about"
                | "and"
                | "or"
                | "but"
                | "as"
                | "into"
                | "over"
                | "after"
                | "before"
                | "during"
                | "against"
                | "under"
                | "through"
                | "up"
                | "out"
                | "off"
                | "down"
                | "not"
                | "so"
                | "very"
                | "too"
                | "again"
                | "back"
                | "away"
                | "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "how"
                | "why"
                | "what"
                | "whether"
                | "if"
                | "when"
                | "where"
                | "who"
                | "which"
                | "via"
        );
    bare_noun
        || np::is_determiner(w)
        || np::PRONOUNS.contains(&w)
        || matches!(
            w,
            "there"
                | "none"
                | "nobody"
                | "everyone"
                | "nothing"
                | "only"
                | "almost"
                | "about"
                | "more"
                | "less"
                | "most"
        )
        || np::is_cap(ctx.text, t)
        || t.first.is_ascii_digit()
        || w.ends_with('s') && !w.ends_with("ss")
}

/// Where a reported clause gives way to the writer's own words (`…, although …`).
fn writer_clause(ctx: &Ctx, a: usize, sb: usize) -> usize {
    let mut i = a;
    while i + 1 < sb {
        if ctx.is_punct(i, ",") && matches!(ctx.w(i + 1), "although" | "though" | "whereas" | "despite") {
            return i;
        }
        // A quotation closing before the writer goes on (`… in "good health to serve,"
        // while 73 percent said …`): the content ends with the quotation.
        if ctx.is_punct(i, ",")
            && ctx.toks.get(i + 1).is_some_and(|t| mark_kind(ctx.text, t) == Some(Mark::Close))
            && matches!(ctx.w(i + 2), "while" | "though" | "although" | "whereas" | "but")
        {
            return i + 2;
        }
        // The speaker's next act of speech: `said …, citing …`, `…, noting …`.
        if ctx.is_punct(i, ",")
            && matches!(
                ctx.w(i + 1),
                "citing"
                    | "adding"
                    | "saying"
                    | "noting"
                    | "arguing"
                    | "insisting"
                    | "claiming"
                    | "explaining"
                    | "stressing"
                    | "emphasizing"
                    | "emphasising"
                    | "referring"
            )
        {
            return i;
        }
        // (… and any other verb of speech in `-ing` before a quotation or a clause:
        // `mocked Trump, tweeting, "…"`.)
        if ctx.is_punct(i, ",")
            && lexicon::lookup(ctx.w(i + 1)).is_some_and(|l| l.0 == CueClass::Speech && l.1 == Form::Ing)
            && (ctx.is_punct(i + 2, ",:")
                || ctx.toks.get(i + 2).is_some_and(|t| mark_kind(ctx.text, t) == Some(Mark::Open))
                || ctx.w(i + 2) == "that")
        {
            return i;
        }
        // A clause after a semicolon is the writer's (`… was not intentional; they only
        // learned on Friday of …`). (A trailing `, which …` or participle stays: the Wikinews
        // guidelines count it in the content, PolNeAR does not.)
        if i > a + 3 && ctx.is_punct(i, ";") {
            return i;
        }
        // A new frame: `…, with the i reporting …`.
        if ctx.is_punct(i, ",")
            && ctx.w(i + 1) == "with"
            && (i + 2..(i + 8).min(sb)).any(|j| lexicon::lookup(ctx.w(j)).is_some_and(|l| l.1 == Form::Ing))
        {
            return i;
        }
        // A dash aside of the writer's (`… - which can lead to …`).
        if ctx.is_punct(i, DASHES) && matches!(ctx.w(i + 1), "which" | "who") {
            return i;
        }
        // A clause of the writer's coordinated after a comma, with a subject of its own: `wants
        // to make tuition free, but her plan would require …`, `noted his attorney offered a
        // session, but Chaffetz declined`. (Not a reported `, but that …`, not inside a quotation the
        // content runs into.)
        if ctx.is_punct(i, ",")
            && i > a + 2
            && matches!(ctx.w(i + 1), "but" | "yet")
            // (A pronoun goes on with the speaker's words: `says she hopes to win, but she
            // knows that …`; so does a reported `but that no decision …`, not the pronoun `but
            // that wasn't the case`.)
            && !matches!(ctx.w(i + 2), "he" | "she" | "they" | "we" | "i" | "it")
            && (ctx.w(i + 2) != "that" || AUX.contains(&ctx.w(i + 3)) || finite_word(ctx.w(i + 3)))
            && !(a..i).any(|q| ctx.is_punct(q, "\"“”"))
            && subject_start(ctx, i + 2)
            && !AUX.contains(&ctx.w(i + 2))
            && !finite_word(ctx.w(i + 2))
            && looks_clausal(ctx, i + 2, sb)
        {
            return i;
        }
        // The speaker's own next act, the writer's report (`said … but did not provide
        // evidence`, `… and declined to comment`, `… and did not answer questions`).
        if matches!(ctx.w(i), "and" | "but")
            && i > a
            && (matches!(ctx.w(i + 1), "declined" | "refused")
                // (`… but offered no proof`, `… but provided no evidence`.)
                || matches!(ctx.w(i + 1), "offered" | "provided" | "gave" | "presented" | "cited")
                    && matches!(ctx.w(i + 2), "no" | "little")
                || ctx.w(i + 1) == "did"
                    && matches!(ctx.w(i + 2), "not" | "n't")
                    && matches!(
                        ctx.w(i + 3),
                        "answer"
                            | "provide"
                            | "respond"
                            | "say"
                            | "elaborate"
                            | "comment"
                            | "give"
                            | "offer"
                            | "explain"
                            | "specify"
                            | "disclose"
                            | "detail"
                            | "name"
                            | "identify"
                            | "address"
                            | "return"
                            | "cite"
                    ))
            // … or the speaker's next report or request, with its own content: `tweeted that
            // Machado was "a con" and encouraged Americans to …`, `… and added that …`.
            // (Not after a clause of someone else's the content opened: `… which she was doing
            // when campus security located her and told her to leave`.)
            || matches!(ctx.w(i), "and" | "but")
                && i > a + 2
                && next_report(ctx, i + 1, sb)
                && !open_subordinate_clause(ctx, a, i)
        {
            let cut = if ctx.is_punct(i - 1, ",") { i - 1 } else { i };
            return cut;
        }
        i += 1;
    }
    sb
}

/// True when a subordinate clause opens between tokens `a` and `b` and no comma closes it
/// before `b` (`… when campus security located her and`; not `… whose health had been
/// harmed, but`).
fn open_subordinate_clause(ctx: &Ctx, a: usize, b: usize) -> bool {
    let from = (a..b).rev().find(|&j| ctx.is_punct(j, ",")).map_or(a, |j| j + 1);
    // (A relative or adverbial clause; not `as` or `once`, more often adverbs: `as safe as`.)
    (from..b).any(|j| {
        let w = ctx.w(j);
        crate::statement::is_subordinator(w) && !matches!(w, "as" | "once")
            || matches!(w, "which" | "who" | "whom" | "whose" | "where" | "if")
    })
}

/// True when token `v` is a verb of speech or request in the past with a content of its own
/// after it: `that`, a quotation, or (for a request) an object and `to` (`encouraged
/// Americans to …`).
fn next_report(ctx: &Ctx, v: usize, sb: usize) -> bool {
    let w = ctx.w(v);
    let Some((class, form, _)) = lexicon::lookup(w) else { return false };
    if form != Form::Past || !ctx.toks[v].first.is_lowercase() {
        return false;
    }
    let opens =
        |j: usize| ctx.w(j) == "that" || ctx.toks.get(j).is_some_and(|t| mark_kind(ctx.text, t) == Some(Mark::Open));
    // (… or a verb of stance and its preposition: `… and warned against hackers from China`.)
    let stance = || {
        let p = ctx.w(v + 1);
        matches!(p, "of" | "against" | "about") && lexicon::takes_stance_object(&format!("{w} {p}"))
    };
    // (… or a verb of stance and its noun-phrase object: `… and criticized the party's lack of …`.)
    let object = || {
        let l = lexicon::lookup(w).map(|l| l.2).unwrap_or("");
        lexicon::takes_stance_object(l)
            && (np::is_determiner(ctx.w(v + 1))
                || ctx.w(v + 1).ends_with("'s")
                || ctx.w(v + 1).ends_with("’s")
                || matches!(ctx.w(v + 1), "his" | "her" | "their" | "its" | "our"))
    };
    match class {
        CueClass::Speech => opens(v + 1) || ctx.is_punct(v + 1, ":") && opens(v + 2) || stance() || object(),
        CueClass::Directive => {
            (v + 2..(v + 5).min(sb)).take_while(|&j| ctx.toks[j - 1].word).any(|j| ctx.w(j) == "to")
                && !AUX.contains(&ctx.w(v + 1))
        }
        _ => false,
    }
}

/// Fills `speaker_name`: short names to the fullest name in the text, pronouns
/// to the nearest earlier named speaker of a fitting kind.
fn resolve_names(ctx: &Ctx, found: &mut [Found]) {
    let text = ctx.text;
    let mut lone_names: std::collections::HashMap<&str, Option<String>> = std::collections::HashMap::new();
    let mut bodies: std::collections::HashMap<&str, Option<(usize, String)>> = std::collections::HashMap::new();
    // Full person names in the text: runs of 2–4 capitalised words (read where needed,
    // see `last_name_before` and `first_name_ending`).
    for i in 0..found.len() {
        let Some(sp) = found[i].speaker else { continue };
        let t = &text[sp.start..sp.end];
        let l = crate::text::Lower::new(t);
        if np::PRONOUNS.contains(&l.as_str()) || matches!(l.as_str(), "its" | "his" | "her" | "their" | "our") {
            let person = matches!(l.as_str(), "he" | "she" | "his" | "her" | "i");
            let its = matches!(l.as_str(), "it" | "its");
            let ante = found[..i]
                .iter()
                .rev()
                .filter(|f| f.speaker.is_some_and(|s| s.end <= sp.start))
                .filter(|f| {
                    let st = f.speaker.map(|s| &text[s.start..s.end]).unwrap_or_default();
                    let first = crate::text::Lower::new(st.split(' ').next().unwrap_or(""));
                    !np::PRONOUNS.contains(&crate::text::Lower::new(st).as_str())
                        && (!person || st.starts_with(char::is_uppercase) && !np::is_determiner(&first))
                })
                // (`it` is no group of people: `Analysts at Barclays wrote …` is no `it`.)
                .find(|f| {
                    (f.speaker_kind == SourceKind::Person) == person && !(its && f.speaker_kind == SourceKind::Group)
                })
                .and_then(|f| f.speaker_name.clone());
            let singular = its;
            // `it` is the nearest country or organisation named, unless the
            // previous sentence (or this one) has a speaker that is no person
            // (`The grid operator says … . It expects …`).
            let opens_sentence = ctx
                .sentences
                .get(found[i].sentence)
                .and_then(|s| text.get(s.start..sp.start))
                .is_some_and(|before| before.trim_start_matches(|c: char| !c.is_alphanumeric()).is_empty());
            let recent = found[..i]
                .iter()
                .rev()
                .filter(|f| f.speaker.is_some_and(|s| s.end <= sp.start))
                .find(|f| f.speaker_kind != SourceKind::Person)
                .filter(|f| {
                    opens_sentence
                        && f.sentence + 1 >= found[i].sentence
                        && matches!(f.speaker_kind, SourceKind::Organization | SourceKind::Place)
                })
                .and_then(|f| {
                    let st = f.speaker.map(|s| &text[s.start..s.end]).unwrap_or_default();
                    (!np::PRONOUNS.contains(&crate::text::Lower::new(st).as_str()))
                        .then(|| f.speaker_name.clone())
                        .flatten()
                });
            // (… and first an organisation that spoke earlier in this sentence: `The campaign
            // plans to …, and it hopes …`.)
            let same_sentence = found[..i]
                .iter()
                .rev()
                .filter(|f| f.sentence == found[i].sentence && f.speaker.is_some_and(|s| s.end <= sp.start))
                .find(|f| matches!(f.speaker_kind, SourceKind::Organization | SourceKind::Place))
                .and_then(|f| {
                    let st = f.speaker.map(|s| &text[s.start..s.end]).unwrap_or_default();
                    (!np::PRONOUNS.contains(&crate::text::Lower::new(st).as_str()))
                        .then(|| f.speaker_name.clone())
                        .flatten()
                });
            // `The researchers, led by …, tracked … . …, they reported.`: `they` is the people
            // the sentence before (or this one) opens with, when no group spoke since.
            let plural = matches!(l.as_str(), "they" | "their");
            let group_subject = || {
                let si = found[i].sentence;
                (si.saturating_sub(1)..=si).rev().find_map(|k| {
                    let (a, b) = ctx.sent_toks(k);
                    let b = if k == si { tok::index_at(&ctx.toks, sp.start) } else { b };
                    (a < b)
                        .then(|| sentence_subject(ctx, a, b))
                        .flatten()
                        .filter(|n| n.kind == SourceKind::Group && !n.pronoun && n.span.end <= sp.start)
                        .map(|n| text[n.span.start..n.span.end].to_string())
                })
            };
            let ante = if singular {
                same_sentence.or(recent).or_else(|| nearest_actor(ctx, sp.start)).or(ante)
            } else if plural {
                let spoke_group = found[..i]
                    .iter()
                    .rev()
                    .find(|f| {
                        f.speaker.is_some_and(|s| s.end <= sp.start)
                            && !np::PRONOUNS.contains(
                                &crate::text::Lower::new(f.speaker.map(|s| &text[s.start..s.end]).unwrap_or_default())
                                    .as_str(),
                            )
                    })
                    .is_some_and(|f| f.speaker_kind == SourceKind::Group && f.sentence + 1 >= found[i].sentence);
                if spoke_group {
                    ante
                } else {
                    group_subject().or(ante)
                }
            } else {
                ante
            };
            // A person: the most recent of the named speakers and the names in the text.
            let ante = if person {
                // A name whose gender the text tells must agree with `he` or `she`.
                let want = crate::coref::pronoun_gender(t);
                // (The pronoun being resolved tells nothing of its own referent.)
                let fits = |n: &str| {
                    want.is_none() || crate::coref::gender_but(text, n, sp.start).is_none_or(|g| Some(g) == want)
                };
                let spoken = found[..i]
                    .iter()
                    .rev()
                    .filter(|f| f.speaker_kind == SourceKind::Person)
                    .filter_map(|f| {
                        let s = f.speaker?;
                        let st = &text[s.start..s.end];
                        let first = crate::text::Lower::new(st.split(' ').next().unwrap_or(""));
                        // (A title with its article names one person: `the Prime Minister`.)
                        let titled = np::is_determiner(&first)
                            && st.split(' ').nth(1).is_some()
                            && st.split(' ').skip(1).all(|w| w.starts_with(char::is_uppercase))
                            && st.split(' ').any(np::is_title);
                        // (… or opens with a surname's particle: `del Pozo Cruz`.)
                        let particle = np::is_particle(first.as_str());
                        (s.end <= sp.start
                            && (st.starts_with(char::is_uppercase) || titled || particle)
                            && (!np::is_determiner(&first) || titled)
                            && !np::PRONOUNS.contains(&first.as_str()))
                        .then(|| f.speaker_name.clone().map(|n| (s.start, n, f.span.end)))
                        .flatten()
                    })
                    .find(|(_, n, _)| fits(n));
                // (The nearest name that fits, a few back at most.)
                let mut named = None;
                let mut pos = sp.start;
                for _ in 0..4 {
                    let Some((at, n)) = last_name_before(ctx, pos, sp.start - pos + 3000) else { break };
                    if fits(&n) {
                        named = Some((at, n));
                        break;
                    }
                    pos = at;
                }
                // (An unnamed person who spoke in the sentence before, in the same paragraph,
                // with no name written since nor in that paragraph: `A witness … told CBC News …
                // . "…," she said.`)
                let unnamed = found[..i]
                    .iter()
                    .rev()
                    .find(|f| f.speaker.is_some_and(|s| s.end <= sp.start))
                    .filter(|f| {
                        let s = f.speaker.unwrap_or(sp);
                        let st = &text[s.start..s.end];
                        let first = crate::text::Lower::new(st.split(' ').next().unwrap_or(""));
                        f.speaker_kind == SourceKind::Person
                            && matches!(first.as_str(), "a" | "an" | "one")
                            && f.sentence + 1 >= found[i].sentence
                            && !text[s.end..sp.start].contains("\n\n")
                            // (A name in the same paragraph is the likelier one: `Lavrov arrived. A
                            // senior official said … . Later he said …`.)
                            && named.as_ref().is_none_or(|(at, _)| *at < s.start && text[*at..s.start].contains("\n\n"))
                    })
                    .and_then(|f| f.speaker_name.clone());
                match (subject_role(ctx, sp.start), spoken, named) {
                    _ if unnamed.is_some() => unnamed,
                    (Some(role), _, _) => Some(role),
                    // (A name inside the speaker's own frame is whom they told: `Henderson told Sky
                    // Sports the players …`.)
                    (None, Some(a), Some(b)) => {
                        Some(if b.0 > a.0 && b.0 >= a.2 && !a.1.ends_with(&b.1) { b.1 } else { a.1 })
                    }
                    (None, a, b) => a.map(|x| x.1).or(b.map(|x| x.1)),
                }
            } else {
                ante.or_else(|| nearest_actor(ctx, sp.start))
            };
            if let Some(a) = ante {
                found[i].speaker_name = Some(a);
                if person {
                    found[i].speaker_kind = SourceKind::Person;
                } else if singular {
                    // (The kind of the source it names, when that spoke before: `A widely shared
                    // post said … . It added …` is the post.)
                    let name = found[i].speaker_name.as_deref().unwrap_or("");
                    let before = found[..i]
                        .iter()
                        .rev()
                        .find(|f| {
                            f.speaker_name.as_deref() == Some(name) && f.speaker.is_some_and(|s| s.end <= sp.start)
                        })
                        .map(|f| f.speaker_kind);
                    found[i].speaker_kind =
                        before.unwrap_or(if np::is_place(name) { SourceKind::Place } else { SourceKind::Organization });
                    if found[i].speaker_kind == SourceKind::Document && found[i].kind == AttributionType::Speech {
                        found[i].kind = AttributionType::Document;
                    }
                }
            }
            continue;
        }
        // `The ministry` after `Ukraine's energy ministry`: the same body, named as before.
        if let Some(noun) = t.strip_prefix("The ").or_else(|| t.strip_prefix("the ")) {
            if !noun.contains(' ') && noun.starts_with(char::is_lowercase) {
                let earlier = found[..i]
                    .iter()
                    .rev()
                    .filter(|f| f.speaker_kind == found[i].speaker_kind)
                    .filter_map(|f| f.speaker_name.as_ref())
                    .find(|n| {
                        n.len() > t.len() && n.rsplit(' ').next().is_some_and(|last| last.eq_ignore_ascii_case(noun))
                    })
                    .cloned();
                if let Some(n) = earlier {
                    found[i].speaker_name = Some(n);
                    continue;
                }
            }
        }
        if found[i].speaker_kind == SourceKind::Place && !t.contains(' ') {
            // A surname that also names a place, after the person has spoken (`Rep. Jim Jordan …
            // said … "…," Jordan said.`): the person, not the country.
            let person = found[..i]
                .iter()
                .rev()
                .filter(|f| f.speaker_kind == SourceKind::Person)
                .filter_map(|f| f.speaker_name.as_ref())
                .find(|n| n.rsplit(' ').next() == Some(t) && n.len() > t.len())
                .cloned();
            if let Some(n) = person {
                found[i].speaker_name = Some(n);
                found[i].speaker_kind = SourceKind::Person;
                continue;
            }
        }
        // The first word of a body written out before (`Norvane Pharmaceuticals … Norvane said`),
        // or after it in a headline (`Chipmaker Valdor warns …` + `Valdor Semiconductor`).
        let before_or_headline = |at: usize| at < found[i].span.start || found[i].sentence == 0 && headline_line(ctx);
        if found[i].speaker_kind == SourceKind::Organization && !t.contains(' ') {
            if let Some((_, n)) = bodies
                .entry(t)
                .or_insert_with(|| body_named_first(ctx, t))
                .clone()
                .filter(|(at, _)| before_or_headline(*at))
            {
                found[i].speaker_name = Some(n);
                continue;
            }
        }
        if found[i].speaker_kind == SourceKind::Person && !t.contains(' ') {
            // A named speaker already found (`Chief Financial Officer Claire McDonough … McDonough said`).
            let spoken = found[..i]
                .iter()
                .rev()
                .filter_map(|f| f.speaker_name.as_ref().map(|n| (n, f.speaker_kind)))
                .find(|(n, _)| n.rsplit(' ').next() == Some(t) && n.len() > t.len())
                .map(|(n, k)| (n.clone(), k));
            if let Some((n, kind)) = spoken {
                found[i].speaker_name = Some(n);
                found[i].speaker_kind = kind;
                continue;
            }
            // (Each lone name is looked up in the text once: a long text repeats its speakers.)
            let full = lone_names.entry(t).or_insert_with(|| first_name_ending(ctx, t)).clone();
            if let Some(n) = full {
                found[i].speaker_name = Some(n);
            } else if let Some((_, n)) = bodies
                .entry(t)
                .or_insert_with(|| body_named_first(ctx, t))
                .clone()
                .filter(|(at, _)| before_or_headline(*at))
            {
                found[i].speaker_name = Some(n);
                found[i].speaker_kind = SourceKind::Organization;
            }
        }
    }
    // Continuations inherit the resolved name of what they continue.
    for i in 1..found.len() {
        if found[i].speaker.is_none() && found[i].cue.is_none() {
            let start = found[i].span.start;
            let prev = found[..i]
                .iter()
                .rev()
                .find(|f| f.speaker.is_some() && f.span.end <= start)
                .map(|p| (p.speaker_name.clone(), p.speaker_kind));
            if let Some((name, kind)) = prev {
                found[i].speaker_name = name;
                found[i].speaker_kind = kind;
            }
        }
    }
}

/// `The interior minister arrived … . "…," he told reporters.`: a person
/// named by a definite role phrase (`The interior minister`) as the
/// subject of the nearest earlier sentence of the paragraph that is not a
/// quote. Names are left to the other rules (they resolve short names).
fn subject_role(ctx: &Ctx, pos: usize) -> Option<String> {
    let text = ctx.text;
    let si = ctx.sentences.partition_point(|s| s.end <= pos);
    let para_start = text[..pos].rfind("\n\n").map_or(0, |p| p + 2);
    for k in (si.saturating_sub(3)..si).rev() {
        let s = &ctx.sentences[k];
        if s.start < para_start {
            return None;
        }
        if text[s.start..].starts_with(['"', '“', '‘', '\'']) {
            continue;
        }
        let (a, b) = ctx.sent_toks(k);
        let n = sentence_subject(ctx, a, b)?;
        let phrase = &text[n.span.start..n.span.end];
        let first = phrase.split(' ').next().unwrap_or("").to_lowercase();
        // A definite role (`the mayor`), not an indefinite one (`a senior official`):
        // a pronoun rarely takes up an anonymous source.
        let role = n.kind == SourceKind::Person
            && !n.pronoun
            && np::is_determiner(&first)
            && !matches!(first.as_str(), "a" | "an")
            && phrase.contains(' ');
        // The role's name in apposition (`The clinic's director, Shannon Brewer, told …`).
        let j = tok::index_at(&ctx.toks, n.span.end);
        if role && ctx.is_punct(j, ",") {
            let mut e = j + 1;
            while e < b && ctx.toks[e].word && np::is_cap(text, &ctx.toks[e]) {
                e += 1;
            }
            if e - j > 2 && ctx.is_punct(e, ",") {
                return Some(text[ctx.toks[j + 1].span.start..ctx.toks[e - 1].span.end].to_string());
            }
        }
        return role.then(|| phrase.to_string());
    }
    None
}

/// The nearest earlier country or organisation named in this or the previous
/// sentence (for `it`, `its`, `they`).
fn nearest_actor(ctx: &Ctx, pos: usize) -> Option<String> {
    let text = ctx.text;
    let si = ctx.sentence_of(pos);
    let from = ctx.sentences[si.saturating_sub(1)].start;
    let (a, b) = (tok::index_at(&ctx.toks, from), tok::index_at(&ctx.toks, pos));
    let toks = &ctx.toks;
    (a..b).rev().find_map(|k| {
        let t = &toks[k];
        if !np::is_cap(text, t) {
            return None;
        }
        let w = &text[t.span.start..t.span.end];
        let w = crate::text::strip_possessive(w);
        // (… or an acronym that names a body: `the CMA`, `NATO`; not a product's two letters
        // after an adjective, `a newer IE`.)
        let acronym = crate::entities::is_acronym_name(w)
            && (w.len() > 2 || k > 0 && ctx.w(k - 1) == "the")
            && !(k > 0 && matches!(ctx.w(k - 1), "a" | "an"))
            && !(k > 1 && matches!(ctx.w(k - 2), "a" | "an"));
        if !(np::is_place(w) || np::is_org_word(w) && w.len() > 3 || acronym) {
            return None;
        }
        // The whole name the word ends (`General Motors`, `Bank of England`), no article.
        let mut s = k;
        while s > a
            && toks[s - 1].word
            && (np::is_cap(text, &toks[s - 1])
                && !np::is_time_word(ctx.w(s - 1))
                && (!crate::entities::is_common_word(ctx.w(s - 1)) || np::is_title(ctx.w(s - 1)))
                || matches!(ctx.w(s - 1), "of" | "&") && s - 1 > a && np::is_cap(text, &toks[s - 2]))
        {
            s -= 1;
        }
        // (A capitalised common word opening a sentence is no part of it: `Shares of …`,
        // `Yesterday Microsoft …`; a title is, as in `General Motors`.)
        let name = &text[toks[s].span.start..t.span.start + w.len()];
        Some(if s < k && !name.contains('\n') { name.to_string() } else { w.to_string() })
    })
}

/// The full person name a maximal run of capitalised tokens `i..j` stands
/// for (2–4 words after its titles, no organisation, time word or place), with
/// where it starts.
fn run_name(ctx: &Ctx, i: usize, j: usize) -> Option<(usize, String)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    // A lone capitalised word is no full name (whatever its titles); nor is a run in quotation
    // marks, a title (`told "Morning Joe" that …`).
    let mark = |k: usize| toks.get(k).is_some_and(|t| !t.word && matches!(t.first, '"' | '“' | '”'));
    if j - i < 2 || i > 0 && mark(i - 1) && mark(j) {
        return None;
    }
    let mut a = i;
    while a < j && np::is_title(&text[toks[a].span.start..toks[a].span.end]) {
        a += 1;
    }
    // A title further in (`Chief Financial Officer Claire McDonough`): the name follows the last one.
    if let Some(k) = (a..j.saturating_sub(2)).rev().find(|&k| np::is_title(&text[toks[k].span.start..toks[k].span.end]))
    {
        a = k + 1;
    }
    let n = j - a;
    if !(2..=4).contains(&n) {
        return None;
    }
    let src = ctx.src();
    let last = &text[toks[j - 1].span.start..toks[j - 1].span.end];
    // (Nor is a sentence's opening word and the pronoun `I`: `"If I had known," she said`.)
    let org = crate::entities::is_name_suffix_of_no_person(last)
        || toks[a..j].iter().any(|t| {
            let l = np::lower(&src, t);
            np::is_org_word(&text[t.span.start..t.span.end]) || np::is_time_word(&l) || l == "the" || l == "i"
        })
        || crate::segment::lexicon::is_starter(&text[toks[a].span.start..toks[a].span.end])
        || matches!(
            np::lower(&src, &toks[a]).as_str(),
            "if" | "when"
                | "while"
                | "because"
                | "although"
                | "though"
                | "after"
                | "before"
                | "as"
                | "since"
                | "unless"
        );
    if org {
        return None;
    }
    let mut name = String::with_capacity(toks[j - 1].span.end - toks[a].span.start);
    for (k, t) in toks[a..j].iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        // (A possessive is no part of the name: `Mayor Paul Grant's tenure`.)
        let w = &text[t.span.start..t.span.end];
        let w = if k + 1 == j - a { crate::text::strip_possessive(w) } else { w };
        name.push_str(w);
    }
    (!np::is_place(&name)).then(|| (toks[a].span.start, name))
}

/// True for a token of a run [`run_name`] reads (a capitalised word).
#[inline]
fn in_run(ctx: &Ctx, k: usize) -> bool {
    let t = &ctx.toks[k];
    // (A capitalised word starts with a capital or with `al-`, `el-`, `bin-`, `ibn-`, `ben-`.)
    t.word && (t.first.is_uppercase() || matches!(t.first, 'a' | 'e' | 'b' | 'i')) && np::is_cap(ctx.text, t)
}

/// True when tokens `k - 1` and `k` are in one run: both capitalised, with no
/// line break between (a name does not run over a line: `…, Political
/// Correspondent\n\nLabour vows`).
#[inline]
fn joined(ctx: &Ctx, k: usize) -> bool {
    k > 0
        && k < ctx.toks.len()
        && in_run(ctx, k - 1)
        && in_run(ctx, k)
        && !ctx.text[ctx.toks[k - 1].span.end..ctx.toks[k].span.start].contains('\n')
}

/// The last full person name ([`run_name`]) starting before byte `pos`, if it
/// starts less than `reach` bytes before it.
fn last_name_before(ctx: &Ctx, pos: usize, reach: usize) -> Option<(usize, String)> {
    let toks = &ctx.toks;
    // Runs are maximal: the run holding the token before `pos` may go on past it.
    let mut j = tok::index_at(toks, pos);
    while joined(ctx, j) {
        j += 1;
    }
    // Runs from the last one back: the first with a name starting before `pos`.
    loop {
        while j > 0 && !in_run(ctx, j - 1) {
            j -= 1;
        }
        if j == 0 {
            return None;
        }
        // A name starts at or before its run's last word: one this far back is out of reach.
        if pos - toks[j - 1].span.start.min(pos) >= reach {
            return None;
        }
        let mut i = j - 1;
        while joined(ctx, i) {
            i -= 1;
        }
        if let Some((p, name)) = run_name(ctx, i, j).filter(|(p, _)| *p < pos) {
            return (pos - p < reach).then_some((p, name));
        }
        j = i;
    }
}

/// The first name of a body written out in the text whose first word is `first` (an
/// organisation to [`crate::entities`]: `Norvane Pharmaceuticals`, `Hartwell Group`), with
/// where it starts: the body a lone `first` after it stands for.
fn body_named_first(ctx: &Ctx, first: &str) -> Option<(usize, String)> {
    let text = ctx.text;
    let toks = &ctx.toks;
    let end = toks.len();
    // (The tokens that are `first`: those starting where `first` stands in the text.)
    tokens_starting_with(ctx, first).find_map(|j| {
        if &text[toks[j].span.start..toks[j].span.end] != first || j > 0 && joined(ctx, j) {
            return None;
        }
        let mut k = j + 1;
        while k < end && k < j + 4 && toks[k].word && np::is_cap(text, &toks[k]) {
            k += 1;
        }
        if k == j + 1 {
            return None;
        }
        let run = Span::new(toks[j].span.start, toks[k - 1].span.end);
        crate::entities::entities(text, run)
            .into_iter()
            .find(|e| {
                e.span.start == run.start
                    && e.kind == claims_model::EntityKind::Organization
                    && e.text.len() > first.len()
            })
            .map(|e| (e.span.start, e.text))
    })
}

/// The indices, in order, of the tokens whose text starts with `prefix` (every
/// token for an empty one): found where `prefix` stands in the text (each
/// occurrence, overlapping ones too) rather than by reading every token.
fn tokens_starting_with<'c>(ctx: &'c Ctx<'_>, prefix: &'c str) -> Box<dyn Iterator<Item = usize> + 'c> {
    let toks = &ctx.toks;
    if prefix.is_empty() {
        return Box::new(0..toks.len());
    }
    let finder = memchr::memmem::Finder::new(prefix.as_bytes());
    let bytes = ctx.text.as_bytes();
    let mut from = 0;
    Box::new(std::iter::from_fn(move || {
        while let Some(k) = finder.find(&bytes[from.min(bytes.len())..]) {
            let at = from + k;
            from = at + 1;
            let j = tok::index_at(toks, at);
            // (A token starting there, as long as `prefix` at least.)
            if toks.get(j).is_some_and(|t| t.span.start == at && t.span.len() >= prefix.len()) {
                return Some(j);
            }
        }
        None
    }))
}

/// The first full person name ([`run_name`]) in the text whose last word is
/// `last` and that is longer than it.
fn first_name_ending(ctx: &Ctx, last: &str) -> Option<String> {
    let text = ctx.text;
    let toks = &ctx.toks;
    // A name's last word is the last of its run: the runs ending in `last`, in order.
    // (A possessive is no part of a name: `Grant's` ends the run of `Paul Grant`.)
    let last = crate::text::strip_possessive(last);
    for j in tokens_starting_with(ctx, last) {
        let t = &toks[j];
        let w = &text[t.span.start..t.span.end];
        if !w.starts_with(last) || crate::text::strip_possessive(w) != last {
            continue;
        }
        if !in_run(ctx, j) || joined(ctx, j + 1) {
            continue;
        }
        let mut i = j;
        while joined(ctx, i) {
            i -= 1;
        }
        if let Some((_, n)) = run_name(ctx, i, j + 1).filter(|(_, n)| n.len() > last.len()) {
            return Some(n);
        }
    }
    None
}

/// Every full person name of the text, in order, as first read (all at once):
/// what [`last_name_before`] and [`first_name_ending`] read for one position or word.
#[cfg(test)]
fn full_names(ctx: &Ctx) -> Vec<(usize, String)> {
    // Every maximal run of capitalised words, read by [`run_name`].
    let mut out = Vec::new();
    let mut i = 0;
    while i < ctx.toks.len() {
        if !in_run(ctx, i) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while joined(ctx, j) {
            j += 1;
        }
        out.extend(run_name(ctx, i, j));
        i = j;
    }
    out
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod aside_tests {
    use super::*;

    #[test]
    fn tokens_starting_with_agrees_with_reading_every_token() {
        for t in ["Grant said. Grantham's Grant’s grant Grant", "aaa aa a aaaa, “aa”", "Paul Grant's team", ""] {
            let sentences = crate::segment::segment(t);
            let ctx = Ctx::new(t, &sentences);
            for p in ["Grant", "aa", "a", "", "G", "’s", "“"] {
                let every: Vec<usize> = (0..ctx.toks.len())
                    .filter(|&j| t[ctx.toks[j].span.start..ctx.toks[j].span.end].starts_with(p))
                    .collect();
                assert_eq!(tokens_starting_with(&ctx, p).collect::<Vec<_>>(), every, "{t:?} / {p:?}");
            }
        }
    }

    fn phrase_and_role(t: &str) -> Vec<(String, Option<String>)> {
        let sentences = crate::segment::segment(t);
        find(t, &sentences, &[])
            .into_iter()
            .filter_map(|f| f.speaker_phrase.map(|p| (t[p.start..p.end].to_string(), f.role)))
            .collect()
    }

    #[test]
    fn the_designation_keeps_the_aside_about_the_speaker() {
        assert_eq!(
            phrase_and_role("Brian Fallon, the campaign's press secretary, said the emails were fake."),
            [(
                "Brian Fallon, the campaign's press secretary".to_string(),
                Some("the campaign's press secretary".to_string())
            )]
        );
        assert_eq!(
            phrase_and_role("\"We will win,\" said Kenneth Baer, a former Obama administration official."),
            [(
                "Kenneth Baer, a former Obama administration official".to_string(),
                Some("a former Obama administration official".to_string())
            )]
        );
        // A relative clause about the speaker belongs to the designation, but is no role.
        let r = phrase_and_role("An army officer, who spoke on condition of anonymity, said the road was closed.");
        assert_eq!(r[0].0, "An army officer, who spoke on condition of anonymity");
        // A relative clause about the role's organisation stays out of the role.
        let r = phrase_and_role("Amy Miller, the president of Whole Woman's Health, which runs four clinics, told Reuters that staff were worried.");
        assert_eq!(r[0].1.as_deref(), Some("the president of Whole Woman's Health"));
        // A party label in commas belongs to the designation, no role.
        let r = phrase_and_role(
            "Rep. Jim Jordan, R-Ohio, the chairman of the House Judiciary Committee, said the bill was dead.",
        );
        assert_eq!(r[0].0, "Rep. Jim Jordan, R-Ohio, the chairman of the House Judiciary Committee");
        let r = phrase_and_role(
            "Senate Minority Leader Mitch McConnell, R-Ky., told reporters that the bill was the bare minimum.",
        );
        assert_eq!(r[0].0, "Senate Minority Leader Mitch McConnell, R-Ky.");
        // … also after an inverted cue, with its phrases.
        let r = phrase_and_role("People who eat it die early, according to a study published on Wednesday in the BMJ.");
        assert_eq!(r[0].0, "a study published on Wednesday in the BMJ");
        // A text's participle keeps its time.
        let r = phrase_and_role(
            "A Pew Research Center survey released last week found that 58% of Americans would blame Republicans.",
        );
        assert_eq!(r[0].0, "A Pew Research Center survey released last week");
        // An adverbial in commas of its own closes the aside.
        let r = phrase_and_role(
            "Rep. Elijah Cummings, the top Democrat on the panel, in a statement, said the vote was a sham.",
        );
        assert_eq!(r[0].0, "Rep. Elijah Cummings, the top Democrat on the panel");
        // A discourse adverbial is no description.
        let r = phrase_and_role("Donald Trump, for his part, said he would win back suburban women.");
        assert_eq!(r[0].0, "Donald Trump");
        // A report of its own after the speaker is no aside; nor is a text's description.
        let r = phrase_and_role("\"We will win,\" said Kenneth Baer, adding that the race was close.");
        assert_eq!(r[0].0, "Kenneth Baer");
        let r =
            phrase_and_role("Rates rose to 4 percent, according to LSEG data, up from about 3 percent a month ago.");
        assert!(r.iter().all(|(p, _)| !p.contains("up from")), "{r:?}");
    }
}
