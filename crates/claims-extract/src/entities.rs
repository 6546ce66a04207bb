//! Named entities: people, organisations, places, groups.
//!
//! Capitalised word sequences (joined across `of`/`for`/`and` only inside known
//! names or organisation names, and across name particles `al`, `bin`, `van`,
//! `von der`…) are cleaned and classified:
//! - sentence-initial common words (`Despite`, `Other`, `The`) are dropped, and a
//!   lone unknown sentence-initial word is no entity; days and months never are;
//! - leading titles (`President`, `Prime Minister`, `Foreign Minister`) and
//!   nationality adjectives are split off: `Russian President Vladimir Putin` →
//!   place `Russia` (text `Russian`) + person `Vladimir Putin`;
//! - the [`gazetteer`] names countries, cities, regions,
//!   organisations, nationality adjectives (`Kazakh` → Kazakhstan) and plural
//!   nouns (`Iranians` → group);
//! - organisation suffixes (`Ministry`, `Party`, `Inc`) and heads (`University of`)
//!   make organisations; acronyms (`NATO`) are organisations; place words
//!   (`Province`, `Republic of`) make places; `Initiative`, `Treaty`… other things;
//! - other sequences of two or more name words are people; a single unknown
//!   word is a person after a title or when an earlier full name in the text ends
//!   with it (`Putin` → `Vladimir Putin`), else `other`.
//!
//! `text` is the mention as written (with a possessive `’s`, as in SPEC: `Russia’s`);
//! `name` is canonical (no `#`, no possessive, short names expanded).
//! A dateline place (`ASTANA (Kazakhstan):`) is a place.

use claims_model::{Entity, EntityKind, Span};

use std::sync::LazyLock;

use crate::clause::{clamp, eq_word};
use crate::gazetteer::{self, Class};
use crate::text::Word;
use crate::wordbits::WordBits;

/// Capitalised words that open sentences but name nothing.
const COMMON: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "there",
    "here",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "if",
    "when",
    "while",
    "after",
    "before",
    "although",
    "though",
    "because",
    "since",
    "as",
    "despite",
    "however",
    "meanwhile",
    "moreover",
    "also",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "other",
    "others",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "every",
    "several",
    "few",
    "such",
    "no",
    "not",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "by",
    "of",
    "to",
    "into",
    "over",
    "under",
    "about",
    "according",
    "among",
    "amid",
    "during",
    "following",
    "last",
    "next",
    "earlier",
    "later",
    "why",
    "what",
    "who",
    "how",
    "where",
    "which",
    "whether",
    "one",
    "two",
    "three",
    "find",
    "more",
    "read",
    "watch",
    "click",
    "leaders",
    "officials",
    "talks",
    "analysts",
    "experts",
    "critics",
    "residents",
    "once",
    "even",
    "only",
    "just",
    "perhaps",
    "maybe",
    "already",
    "instead",
    "indeed",
    "unlike",
    "like",
    "without",
    "within",
    "through",
    "across",
    "against",
    "between",
    "toward",
    "towards",
    "upon",
    "via",
    "per",
    "until",
    "unless",
    "whereas",
    "nor",
    "either",
    "neither",
    "any",
    "another",
    "much",
    "less",
    "least",
    "new",
    "former",
    "late",
    "breaking",
    "update",
    "updated",
    "exclusive",
    "opinion",
    "analysis",
    "photo",
    "video",
    "editor",
    "note",
    "please",
    "thanks",
    "thank",
    "yes",
    "oh",
    "well",
    "first",
    "second",
    "third",
    "finally",
    "overall",
    "together",
    "currently",
    "recently",
    "previously",
    "reportedly",
    "allegedly",
    "separately",
    "growth",
    "police",
    "turnout",
    "rain",
    "data",
    "health",
    "work",
    "life",
    "water",
    "oil",
    "gold",
    "trade",
    "energy",
    "war",
    "peace",
    "food",
    "power",
    "climate",
    "research",
    "evidence",
    "demand",
    "supply",
    "inflation",
    "fire",
    "nobody",
    "none",
    "everyone",
    "someone",
    "something",
    "nothing",
    "people",
    "voters",
    "troops",
    "whatever",
    "shares",
    "sales",
    "profit",
    "revenue",
    "traffic",
    "smoke",
    "heavy",
    "strong",
    "high",
    "low",
    "large",
    "small",
    "big",
    "major",
    "minor",
    "local",
    "national",
    "global",
    "public",
    "private",
    "total",
    "average",
    "our",
    "hundreds",
    "thousands",
    "could",
    "would",
    "will",
    "should",
    "might",
    "can",
    "must",
    "support",
    "millions",
    "dozens",
    "half",
    "part",
    "most",
    "top",
    "under",
    "officers",
    "members",
    "authorities",
];
/// Title words split off the front of a name.
const TITLES: &[&str] = &[
    "president",
    "challenger",
    "incumbent",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "crown",
    "pope",
    "sheikh",
    "emir",
    "sultan",
    "secretary",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "representative",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "chief",
    "executive",
    "ceo",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "ambassador",
    "deputy",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "lt",
    "col",
    "colonel",
    "captain",
    "capt",
    "major",
    "sergeant",
    "sgt",
    "admiral",
    "adm",
    "commander",
    "coach",
    "archbishop",
    "bishop",
    "cardinal",
    "rabbi",
    "imam",
    "ayatollah",
    "supreme",
    "leader",
    "speaker",
    "premier",
    "lord",
    "lady",
    "sir",
    "dame",
    "head",
    "founder",
    "officer",
    "first",
    "acting",
    "former",
    "envoy",
    "attorney",
    "commissioner",
    "lawmaker",
    "congressman",
    "congresswoman",
    "dictator",
    "strongman",
];
/// Portfolio words that are part of a title only before a title word (`Foreign Minister`).
const PORTFOLIO: &[&str] = &[
    "foreign",
    "defence",
    "defense",
    "finance",
    "interior",
    "economy",
    "trade",
    "health",
    "energy",
    "education",
    "home",
    "justice",
    "state",
    "labour",
    "labor",
    "transport",
    "agriculture",
    "culture",
    "environment",
    // (Parts of parliamentary and staff titles: `Majority Leader`, `House Speaker`, `Press
    // Secretary`.)
    "majority",
    "minority",
    "house",
    "press",
    "deputy",
    "assistant",
    "acting",
];
/// Lower-case role nouns that introduce a name (`his counterpart Ebrahim Raisi`).
pub const ROLE_NOUNS: &[&str] = &[
    "counterpart",
    "leader",
    "president",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "ceo",
    "coach",
    "premier",
    "chancellor",
    "envoy",
    "ambassador",
    "official",
    "secretary",
    "director",
    "head",
    "founder",
    "chairman",
    "governor",
    "mayor",
    "senator",
    "general",
    "commander",
    "king",
    "queen",
    "prince",
    "foreign",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "captain",
    "manager",
    "player",
    "author",
    "researcher",
    "scientist",
    "professor",
    "analyst",
    "economist",
    "lawyer",
    "judge",
    "actor",
    "singer",
    "journalist",
    "rival",
    "opponent",
    "successor",
    "predecessor",
    "deputy",
    "adviser",
    "advisor",
    "aide",
    "colleague",
    "wife",
    "husband",
    "son",
    "daughter",
];
const ORG_SUFFIX: &[&str] = &[
    "inc",
    "ltd",
    "llc",
    "plc",
    "corp",
    "corporation",
    "company",
    "co",
    "group",
    "holdings",
    "organisation",
    "organization",
    "ministry",
    "party",
    "university",
    "agency",
    "council",
    "bank",
    "institute",
    "commission",
    "committee",
    "association",
    "federation",
    "union",
    "league",
    "authority",
    "department",
    "office",
    "court",
    "parliament",
    "assembly",
    "forces",
    "army",
    "navy",
    "police",
    "foundation",
    "fund",
    "trust",
    "airlines",
    "airways",
    "motors",
    "workers",
    "technologies",
    "systems",
    "labs",
    "pharmaceuticals",
    "semiconductor",
    "semiconductors",
    "therapeutics",
    "electronics",
    "service",
    "services",
    "network",
    "news",
    "times",
    "post",
    "journal",
    "club",
    "fc",
    "guard",
    "command",
    "cabinet",
    "government",
    "school",
    "college",
    "hospital",
    "bureau",
    "board",
    "centre",
    "center",
    "alliance",
    "movement",
    "front",
    "brigades",
    "secretariat",
    "reserve",
    "exchange",
    "media",
    "press",
    "television",
    "radio",
    "gazette",
    "tribune",
    "herald",
    "telegraph",
    "guardian",
    "daily",
    "weekly",
    "international",
    "partners",
    "capital",
    "industries",
    "energy",
    "petroleum",
    "oil",
    "airport",
    "stadium",
    "society",
    "academy",
    "congress",
    "senate",
    "duma",
    "knesset",
    "railway",
    "railways",
    "grid",
    "observatory",
    "survey",
    "laboratory",
    "laboratories",
    "utilities",
];
const ORG_HEAD: &[&str] = &[
    "university",
    "bank",
    "ministry",
    "department",
    "organisation",
    "organization",
    "council",
    "institute",
    "office",
    "court",
    "commission",
    "committee",
    "association",
    "federation",
    "union",
    "league",
    "house",
    "chamber",
    "church",
    "museum",
    "college",
    "school",
    "academy",
    "board",
    "party",
    "coalition",
    "alliance",
    "society",
    "government",
    "people's",
    "secretary",
    "centers",
    "centres",
    "institutes",
    "services",
];
/// First words of a named weather system.
const STORM_WORDS: &[&str] = &["storm", "hurricane", "typhoon", "cyclone", "tropical"];
/// Lower-case nouns for a kind of place, next to its name (`the town of X`, `X province`).
const PLACE_NOUNS: &[&str] = &[
    "town",
    "city",
    "village",
    "province",
    "provinces",
    "region",
    "regions",
    "district",
    "county",
    "state",
    "island",
    "port",
    "capital",
    "suburb",
    "municipality",
    "oblast",
];
/// Compass words before `of` (`west of Exeter`).
const COMPASS: &[&str] = &["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"];
const PLACE_HEAD: &[&str] =
    &["republic", "kingdom", "gulf", "sea", "strait", "bay", "isle", "cape", "lake", "river", "mount", "city", "state"];
const PLACE_SUFFIX: &[&str] = &[
    "province",
    "region",
    "oblast",
    "county",
    "island",
    "islands",
    "river",
    "valley",
    "mountains",
    "sea",
    "ocean",
    "lake",
    "strait",
    "street",
    "square",
    "district",
    "state",
    "territory",
    "peninsula",
    "desert",
    "coast",
    "city",
    "village",
    "town",
    "border",
    "airport",
];
const OTHER_SUFFIX: &[&str] = &[
    "initiative",
    "project",
    "act",
    "treaty",
    "agreement",
    "accord",
    "summit",
    "conference",
    "games",
    "cup",
    "olympics",
    "war",
    "prize",
    "award",
    "festival",
    "strategy",
    "plan",
    "programme",
    "program",
    "forum",
    "day",
    "declaration",
    "convention",
    "protocol",
    "pact",
    "deal",
    "bill",
    "law",
    "doctrine",
    "report",
    "index",
];
const PARTICLES: &[&str] = &[
    "al", "el", "bin", "ibn", "van", "von", "der", "den", "de", "da", "del", "della", "di", "du", "la", "le", "dos",
    "das", "ul",
];
const DAYS_MONTHS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];
const NOT_ACRONYMS: &[&str] = &[
    "CEO", "GDP", "TV", "AM", "PM", "OK", "ID", "AI", "COVID", "UTC", "GMT", "USD", "EUR", "PDF", "CO2", "DNA", "HIV",
    "AIDS", "LGBT", "LGBTQ", "FM", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "I", "A", "BREAKING", "UPDATE",
    "NEW", "THE", "RT", "PS", "VS", "FAQ", "CFO", "COO", "IPO", "MP", "MPS", "PHD", "URL", "HTTP", "HTTPS", "WWW",
    "KM", "KG", "MW", "GW", "BN", "MN", "GB", "MB", "TB", "KB", "ST", "MT", "NO", "OF", "IN", "ON", "AT",
];
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "argued",
    "warned",
    "announced",
    "wrote",
    "tweeted",
    "posted",
    "insisted",
    "claimed",
    "denied",
    "noted",
    "explained",
    "replied",
];

/// Bits of the word lists, for [`in_list`].
const IN_COMMON: u32 = 1 << 0;
const IN_TITLES: u32 = 1 << 1;
const IN_PORTFOLIO: u32 = 1 << 2;
const IN_ROLE_NOUNS: u32 = 1 << 3;
const IN_ORG_SUFFIX: u32 = 1 << 4;
const IN_ORG_HEAD: u32 = 1 << 5;
const IN_PLACE_HEAD: u32 = 1 << 6;
const IN_PLACE_SUFFIX: u32 = 1 << 7;
const IN_OTHER_SUFFIX: u32 = 1 << 8;
const IN_PARTICLES: u32 = 1 << 9;
const IN_DAYS_MONTHS: u32 = 1 << 10;
const IN_SPEECH: u32 = 1 << 11;

/// The word lists holding `w` (ignoring ASCII case, `’` read as `'`), as `IN_*` bits.
fn list_bits(w: &str) -> u32 {
    static TABLE: LazyLock<WordBits> = LazyLock::new(|| {
        WordBits::new(&[
            (COMMON, IN_COMMON),
            (TITLES, IN_TITLES),
            (PORTFOLIO, IN_PORTFOLIO),
            (ROLE_NOUNS, IN_ROLE_NOUNS),
            (ORG_SUFFIX, IN_ORG_SUFFIX),
            (ORG_HEAD, IN_ORG_HEAD),
            (PLACE_HEAD, IN_PLACE_HEAD),
            (PLACE_SUFFIX, IN_PLACE_SUFFIX),
            (OTHER_SUFFIX, IN_OTHER_SUFFIX),
            (PARTICLES, IN_PARTICLES),
            (DAYS_MONTHS, IN_DAYS_MONTHS),
            (SPEECH, IN_SPEECH),
        ])
    });
    TABLE.get(w)
}

/// True when `w` is in one of the `lists` (`IN_*` bits), ignoring case.
fn in_list(w: &str, lists: u32) -> bool {
    list_bits(w) & lists != 0
}

/// True when `w` is one of the lower-case `words` (ASCII letters, no
/// apostrophe), ignoring case: [`eq_word`] with such a word is a plain
/// case-insensitive comparison of equal lengths.
fn in_words(w: &str, words: &[&str]) -> bool {
    words.iter().any(|x| w.len() == x.len() && w.eq_ignore_ascii_case(x))
}

/// `of`, `for`, `and`, `the`: the words that join the parts of a name.
fn is_joiner(w: &str) -> bool {
    in_words(w, &["of", "for", "and", "the"])
}

/// A marker for word-list bits not read yet (the lists use the low 12 bits).
const UNREAD: u32 = 0xFFFF;

/// The words of a span, with the [`list_bits`] of each word as written and
/// [`bare`], each read on first use (the stages ask several lists about one word).
struct Cx<'t> {
    ws: Vec<Word<'t>>,
    /// Per word: the bits as written (low 16 bits) and bare (high 16 bits), [`UNREAD`] until read;
    /// on the stack for up to [`INLINE_WORDS`] words, else in `more`.
    bits: [std::cell::Cell<u32>; INLINE_WORDS],
    /// The bits of a span of more words.
    more: Vec<std::cell::Cell<u32>>,
}

/// The words of a span whose [`Cx`] bits need no allocation.
const INLINE_WORDS: usize = 64;

impl<'t> Cx<'t> {
    fn new(ws: Vec<Word<'t>>) -> Self {
        let unread = || std::cell::Cell::new(UNREAD | UNREAD << 16);
        let more = if ws.len() > INLINE_WORDS { vec![unread(); ws.len()] } else { Vec::new() };
        Cx { ws, bits: std::array::from_fn(|_| unread()), more }
    }

    /// The bits cell of word `k`.
    #[inline]
    fn cell(&self, k: usize) -> &std::cell::Cell<u32> {
        if self.more.is_empty() {
            &self.bits[k]
        } else {
            &self.more[k]
        }
    }

    /// The list bits of word `k` as written.
    fn raw(&self, k: usize) -> u32 {
        let c = self.cell(k);
        let v = c.get();
        if v & 0xFFFF != UNREAD {
            return v & 0xFFFF;
        }
        let b = list_bits(self.ws[k].text);
        c.set(v & !0xFFFF | b);
        b
    }

    /// The list bits of word `k` without `#` or a possessive ([`bare`]).
    fn bare(&self, k: usize) -> u32 {
        let c = self.cell(k);
        let v = c.get();
        if v >> 16 != UNREAD {
            return v >> 16;
        }
        let w = self.ws[k].text;
        let b = bare(w);
        // A word with nothing to strip has the same bits both ways.
        let x = if b.len() == w.len() { self.raw(k) } else { list_bits(b) };
        let v = c.get();
        c.set(v & 0xFFFF | x << 16);
        x
    }
}

/// The word without `#`, a possessive `’s`/`'s` or a trailing `’`.
fn bare(w: &str) -> &str {
    // Only a `#` first or an `s` or `’` (…0x99) last is ever stripped.
    if let ([first, ..], [.., last]) = (w.as_bytes(), w.as_bytes()) {
        if *first != b'#' && !matches!(last, b's' | 0x99) {
            return w;
        }
    }
    let w = w.strip_prefix('#').unwrap_or(w);
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .or_else(|| w.strip_suffix("s’").map(|_| &w[..w.len() - '’'.len_utf8()]))
        .unwrap_or(w)
}

fn is_cap(w: &str) -> bool {
    let w = w.strip_prefix('#').unwrap_or(w);
    w.starts_with(|c: char| c.is_uppercase())
}

/// True when `w` is an acronym that names a body (`NATO`, `CMA`): two to six capitals,
/// none of the abbreviations of things (`CEO`, `GDP`, `TV`).
pub(crate) fn is_acronym_name(w: &str) -> bool {
    is_all_caps(w) && w.chars().all(|c| c.is_ascii_uppercase()) && w.len() <= 6 && !NOT_ACRONYMS.contains(&w)
}

fn is_all_caps(w: &str) -> bool {
    let b = bare(w);
    !b.chars().any(|c| c.is_lowercase()) && b.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// True when word `i` starts a sentence (or the text, a quote, a line).
fn initial(text: &str, ws: &[Word<'_>], i: usize) -> bool {
    let before = if i == 0 { &text[..ws[0].span.start] } else { &text[ws[i - 1].span.end..ws[i].span.start] };
    let tail = before.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\'' | '«' | '(' | '[' | '—' | '–' | '-')
    });
    if i == 0 && tail.is_empty() {
        return true;
    }
    let crossed = before.len() - tail.len();
    let gap = &before[tail.len()..];
    tail.ends_with(['.', '!', '?', ':', ';', '\n'])
        || gap.contains('\n')
        || gap.contains(['“', '"', '«', '‘']) && crossed > 0
        || (i > 0 && before.contains(['.', '!', '?', ':', '\n']))
}

/// A dateline word: capitals at the very start of the text or a line, before `(`, `,`, `:` or a dash.
fn dateline_place(text: &str, ws: &[Word<'_>], i: usize) -> bool {
    let w = ws[i];
    if !is_all_caps(w.text) {
        return false;
    }
    let line_start = text[..w.span.start].rfind('\n').map(|p| p + 1).unwrap_or(0);
    let lead = &text[line_start..w.span.start];
    let lead_ok = lead.trim().is_empty() || lead.split_whitespace().all(is_all_caps);
    let after = text[w.span.end..].trim_start();
    lead_ok && (after.starts_with(['(', ',', ':', '—', '–']) || after.starts_with("- "))
}

/// The numbers 0, 1, 2, …: a run of consecutive word indices as a slice.
static INDICES: [usize; 1024] = {
    let mut t = [0usize; 1024];
    let mut k = 0;
    while k < t.len() {
        t[k] = k;
        k += 1;
    }
    t
};

/// The indices `a..b` as a slice (borrowed from [`INDICES`] when it reaches that far).
fn indices(a: usize, b: usize) -> std::borrow::Cow<'static, [usize]> {
    match INDICES.get(a..b) {
        Some(run) => std::borrow::Cow::Borrowed(run),
        None => std::borrow::Cow::Owned((a..b).collect()),
    }
}

/// The named entities of `text[span]`.
pub fn entities(text: &str, span: Span) -> Vec<Entity> {
    read(text, span, false)
}

/// The first of the [`entities`] of `text[span]` (read no further).
pub fn first_entity(text: &str, span: Span) -> Option<Entity> {
    read(text, span, true).into_iter().next()
}

/// The named entities of `text[span]`, in order; with `first_only`, the
/// reading stops once one is found (entities are only ever appended, so the
/// first found is the first of all).
fn read(text: &str, span: Span, first_only: bool) -> Vec<Entity> {
    read_in(text, span, first_only, &mut Vec::new())
}

/// The [`entities`] of `text[span]`, its words read into `buf` (a buffer kept by a
/// caller that reads many spans of one text: no allocation for the words).
pub(crate) fn entities_in<'t>(text: &'t str, span: Span, buf: &mut Vec<Word<'t>>) -> Vec<Entity> {
    read_in(text, span, false, buf)
}

/// [`read`] with the words of the span read into `buf` (left there).
fn read_in<'t>(text: &'t str, span: Span, first_only: bool, buf: &mut Vec<Word<'t>>) -> Vec<Entity> {
    let span = clamp(text, span);
    // (The words as `words` reads them, into the buffer.)
    let mut words = std::mem::take(buf);
    words.clear();
    words.reserve(span.len() / 4 + 2);
    crate::text::each_word_in(text, span, |b, e| words.push(Word { text: &text[b..e], span: Span::new(b, e) }));
    let cx = Cx::new(words);
    let ws = &cx.ws;
    let mut out: Vec<Entity> = Vec::new();
    let n = ws.len();
    let mut i = 0;
    while i < n && (!first_only || out.is_empty()) {
        let w = ws[i];
        // Hyphenated compounds with a known part: `pro-Russian`, `US-led`, `Israel-Hamas`.
        if w.text.bytes().any(|b| b == b'-')
            && gazetteer::lookup(bare(w.text)).is_none()
            && hyphen_parts(text, w, &mut out)
        {
            i += 1;
            continue;
        }
        if !is_cap(w.text) || w.text.starts_with(|c: char| c.is_ascii_digit()) || cx.bare(i) & IN_DAYS_MONTHS != 0 {
            i += 1;
            continue;
        }
        if dateline_place(text, ws, i) {
            let b = bare(w.text);
            let name = gazetteer::lookup(b).map(|h| h.name.to_string()).unwrap_or_else(|| title_case(b));
            out.push(Entity { name, text: w.text.to_string(), kind: EntityKind::Place, span: w.span });
            i += 1;
            continue;
        }
        // Collect the capitalised sequence [i, end): consecutive words, read as a
        // slice of their indices without a copy ([`indices`]).
        let mut end = i + 1;
        let mut j = i + 1;
        while j < n {
            let gap = &text[ws[j - 1].span.end..ws[j].span.start];
            let prev = ws[j - 1].text;
            let initial_letter = prev.len() == 1 && prev.starts_with(|c: char| c.is_ascii_uppercase());
            let prev_abbrev = gap == ". "
                && (cx.raw(j - 1) & IN_TITLES != 0
                    || prev.contains('.')
                    || initial_letter
                    || ["st", "mt", "ft", "jr", "sr"].iter().any(|a| eq_word(prev, a)));
            if !(gap == " " || prev_abbrev) || ends_possessive(ws[j - 1].text) {
                break;
            }
            let x = ws[j];
            if is_cap(x.text) && cx.bare(j) & IN_DAYS_MONTHS == 0 {
                end = j + 1;
                j += 1;
            } else if is_cap(x.text) && eq_word(x.text, "May") && end - i == 1 && cx.raw(i) & IN_COMMON == 0 {
                end = j + 1; // `Theresa May`
                j += 1;
            } else if (cx.raw(j) & IN_PARTICLES != 0 || is_joiner(x.text))
                && ws.get(j + 1).is_some_and(|y| is_cap(y.text) && text[x.span.end..y.span.start] == *" ")
            {
                end = j + 1;
                j += 1;
            } else {
                break;
            }
        }
        while end - i > 1 && !is_cap(ws[end - 1].text) {
            end -= 1;
        }
        let next_after = end;
        let seq = indices(i, end);
        let seq: &[usize] = &seq;
        let lead = seq
            .iter()
            .take_while(|&&k| {
                eq_word(ws[k].text, "the")
                    || cx.raw(k) & IN_COMMON != 0 && initial(text, ws, k) && !is_all_caps(ws[k].text)
            })
            .count();
        // A sentence-initial adjective before a lone organisation suffix stays
        // (`National Grid`, `Federal Reserve`; not `Several Council members`).
        let adjective = |w: &str| {
            let l = w.to_ascii_lowercase();
            l.len() > 4 && l != "several" && (l.ends_with("al") || l.ends_with("ern") || l.ends_with("ic"))
        };
        let lead = if lead > 0
            && seq.len() == lead + 1
            && cx.bare(seq[lead]) & IN_ORG_SUFFIX != 0
            && adjective(ws[seq[lead - 1]].text)
        {
            seq[..lead].iter().take_while(|&&k| eq_word(ws[k].text, "the")).count()
        } else {
            lead
        };
        let body = &seq[lead.min(seq.len())..];
        // (Without a joiner the sequence is one part: no copies.)
        if body.iter().any(|&k| is_joiner(ws[k].text)) {
            for part in split_joiners(text, &cx, body) {
                classify(text, &cx, &part, span, &mut out);
            }
        } else if !body.is_empty() {
            classify(text, &cx, body, span, &mut out);
        }
        i = next_after.max(i + 1);
    }
    *buf = cx.ws;
    out
}

fn ends_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

fn title_case(w: &str) -> String {
    let mut out = String::with_capacity(w.len());
    let mut first = true;
    for c in w.chars() {
        if first {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        first = !c.is_alphanumeric();
    }
    out
}

/// Keeps `of`/`for`/`and`/`the` joins only inside known or organisation names.
fn split_joiners(text: &str, cx: &Cx<'_>, seq: &[usize]) -> Vec<Vec<usize>> {
    if seq.is_empty() {
        return Vec::new();
    }
    let ws = &cx.ws;
    let has_joiner = seq.iter().any(|&k| is_joiner(ws[k].text));
    if !has_joiner {
        return vec![seq.to_vec()];
    }
    // A person's name + `of` + an organisation (`Priya Natarajan of Castlemere
    // Capital`): the name stands apart, the organisation keeps its joiners.
    if let Some(x) = seq.iter().position(|&k| eq_word(ws[k].text, "of")) {
        let person = &seq[..x];
        let lead = person.iter().take_while(|&&k| cx.bare(k) & IN_TITLES != 0).count();
        let name = &person[lead..];
        let plain = |k: &usize| {
            let w = bare(ws[*k].text);
            is_cap(w)
                && !is_all_caps(w)
                && cx.bare(*k)
                    & (IN_TITLES
                        | IN_ORG_HEAD
                        | IN_ORG_SUFFIX
                        | IN_PLACE_HEAD
                        | IN_PLACE_SUFFIX
                        | IN_COMMON
                        | IN_DAYS_MONTHS)
                    == 0
        };
        if (2..=3).contains(&name.len())
            && name.iter().all(plain)
            && gazetteer::lookup(&join(text, ws, name)).is_none()
            && x + 1 < seq.len()
        {
            let mut parts = vec![person.to_vec()];
            parts.extend(split_joiners(text, cx, &seq[x + 1..]));
            return parts;
        }
    }
    let name = join(text, ws, seq);
    let last = cx.bare(*seq.last().unwrap_or(&0));
    let first = cx.raw(seq[0]);
    let keep = gazetteer::lookup(&name).is_some()
        || last & (IN_ORG_SUFFIX | IN_OTHER_SUFFIX) != 0
        || first & (IN_ORG_HEAD | IN_PLACE_HEAD) != 0 && !seq.iter().any(|&k| eq_word(ws[k].text, "and"))
        || seq
            .iter()
            .take_while(|&&k| !is_joiner(ws[k].text))
            .any(|&k| cx.bare(k) & IN_ORG_HEAD != 0 && ws[k].text.ends_with('s'));
    let _ = text;
    if keep {
        return vec![seq.to_vec()];
    }
    let mut parts = Vec::new();
    let mut cur = Vec::new();
    for &k in seq {
        if is_joiner(ws[k].text) {
            if !cur.is_empty() {
                parts.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(k);
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    parts
}

fn join(text: &str, ws: &[Word<'_>], seq: &[usize]) -> String {
    // Room for the words, their spaces and an initial's `.`: one allocation.
    let mut s = String::with_capacity(seq.iter().map(|&k| ws[k].text.len() + 2).sum());
    for (x, &k) in seq.iter().enumerate() {
        if x > 0 {
            s.push(' ');
        }
        let b = bare(ws[k].text);
        s.push_str(b);
        if b.len() == 1 && b.starts_with(|c: char| c.is_ascii_uppercase()) && text[ws[k].span.end..].starts_with('.') {
            s.push('.'); // an initial: `Miriam K. Osei`
        }
    }
    s
}

/// [`join`] of `seq`, borrowed from the text when it reads the same there
/// (words one space apart, nothing stripped by [`bare`], no initial given its `.`).
fn joined<'t>(text: &'t str, ws: &[Word<'t>], seq: &[usize]) -> std::borrow::Cow<'t, str> {
    let (Some(&a), Some(&b)) = (seq.first(), seq.last()) else { return std::borrow::Cow::Borrowed("") };
    let same = seq.iter().enumerate().all(|(x, &k)| {
        let w = ws[k].text;
        let initial = w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase());
        bare(w).len() == w.len()
            && !(initial && text[ws[k].span.end..].starts_with('.'))
            && (x == 0 || text[ws[seq[x - 1]].span.end..ws[k].span.start] == *" ")
    });
    if same {
        std::borrow::Cow::Borrowed(&text[ws[a].span.start..ws[b].span.end])
    } else {
        std::borrow::Cow::Owned(join(text, ws, seq))
    }
}

fn push(out: &mut Vec<Entity>, text: &str, ws: &[Word<'_>], seq: &[usize], name: String, kind: EntityKind) {
    let (Some(&a), Some(&b)) = (seq.first(), seq.last()) else { return };
    let span = Span::new(ws[a].span.start, ws[b].span.end);
    out.push(Entity { name, text: text[span.start..span.end].to_string(), kind, span });
}

fn classify(text: &str, cx: &Cx<'_>, seq: &[usize], span: Span, out: &mut Vec<Entity>) {
    let ws = &cx.ws;
    let mut seq: &[usize] = seq;
    // A party and state label (`R-Ky.`, `D-Wash.`) names no one of its own.
    if seq.len() == 1 && crate::attribution::np::is_party_label(ws[seq[0]].text.trim_end_matches('.')) {
        return;
    }
    // Sentence-initial common words.
    while let Some(&k) = seq.first() {
        // (Kept before a lone organisation suffix: `National Grid`, `Central Bank`.)
        let before_suffix = seq.len() == 2 && cx.bare(seq[1]) & IN_ORG_SUFFIX != 0;
        if cx.raw(k) & IN_COMMON != 0
            && initial(text, ws, k)
            && !(is_all_caps(ws[k].text) && seq.len() > 1)
            && !before_suffix
            || eq_word(ws[k].text, "the")
        {
            seq = &seq[1..];
        } else {
            break;
        }
    }
    if seq.is_empty() {
        return;
    }
    // (Borrowed from the text where it can be: a name looked up and dropped is never copied.)
    let whole = joined(text, ws, seq);
    if let Some(h) = gazetteer::lookup(&whole) {
        return push(out, text, ws, seq, h.name.to_string(), h.kind());
    }
    // A named weather system (`Storm Ciaran`, `Hurricane Katrina`) is an event.
    if seq.len() > 1 && in_words(bare(ws[seq[0]].text), STORM_WORDS) {
        return push(out, text, ws, seq, whole.into_owned(), EntityKind::Other);
    }
    let unsplit = seq.len();
    // Titles and nationality adjectives at the front.
    let mut titled = false;
    loop {
        let Some(&k) = seq.first() else { return };
        let w = bare(ws[k].text);
        let next_title = seq.get(1).is_some_and(|&x| cx.raw(x) & IN_TITLES != 0);
        if seq.len() > 1 {
            if let Some(h) = two_word_adjective(ws, seq) {
                push(out, text, ws, &seq[..2], h.to_string(), EntityKind::Place);
                seq = &seq[2..];
                continue;
            }
            if let Some(h) = gazetteer::lookup(w).filter(|h| h.class == Class::Adjective) {
                let rest_org = seq.last().is_some_and(|&l| cx.bare(l) & IN_ORG_SUFFIX != 0);
                if !rest_org {
                    push(out, text, ws, &seq[..1], h.name.to_string(), EntityKind::Place);
                    seq = &seq[1..];
                    continue;
                }
            }
        }
        let wb = cx.bare(k);
        // (A lone portfolio word before a lower-case title is the title's: `Press secretary
        // Karine Jean-Pierre`.)
        if seq.len() == 1
            && wb & IN_PORTFOLIO != 0
            && !in_words(w, &["labour", "labor"]) // (`the Labour leader`: the party)
            && cx.ws.get(k + 1).is_some_and(|n| n.text.starts_with(char::is_lowercase) && cx.bare(k + 1) & IN_TITLES != 0)
        {
            return;
        }
        // (A title before an organisation's last word names the organisation: `General
        // Motors`, `General Electric Co`, not a general called Motors.)
        let org_name = seq.len() >= 2 && seq.last().is_some_and(|&l| cx.bare(l) & IN_ORG_SUFFIX != 0);
        if !org_name && (wb & IN_TITLES != 0 || (wb & IN_PORTFOLIO != 0 && next_title)) {
            titled = true;
            seq = &seq[1..];
            if seq.is_empty() {
                return;
            }
            continue;
        }
        if is_joiner(w) {
            seq = &seq[1..];
            continue;
        }
        break;
    }
    // A title inside the run names the person after it (`Senate Majority Leader Chuck
    // Schumer`, `Bank of England Governor Andrew Bailey`): what comes before is read on its own.
    if let Some(p) = inner_title(cx, seq) {
        let mut q = p;
        while q > 0 && cx.bare(seq[q - 1]) & (IN_TITLES | IN_PORTFOLIO) != 0 {
            q -= 1;
        }
        if q > 0 {
            classify(text, cx, &seq[..q], span, out);
        }
        let name = &seq[p + 1..];
        return push(out, text, ws, name, join(text, ws, name), EntityKind::Person);
    }
    // (The loop only drops words from the front: with none dropped, the name is looked up already.)
    let whole = if seq.len() == unsplit { whole } else { joined(text, ws, seq) };
    if seq.len() != unsplit {
        if let Some(h) = gazetteer::lookup(&whole) {
            return push(out, text, ws, seq, h.name.to_string(), h.kind());
        }
    }
    let first = bare(ws[seq[0]].text);
    let first_bits = cx.bare(seq[0]);
    let last_bits = cx.bare(*seq.last().unwrap_or(&seq[0]));
    let head_before_joiner =
        seq.iter().take_while(|&&k| !is_joiner(ws[k].text)).any(|&k| cx.bare(k) & IN_ORG_HEAD != 0)
            && seq.iter().any(|&k| in_words(ws[k].text, &["of", "for"]));
    let kind = if last_bits & IN_ORG_SUFFIX != 0 || seq.len() > 1 && first_bits & IN_ORG_HEAD != 0 || head_before_joiner
    {
        EntityKind::Organization
    } else if last_bits & IN_PLACE_SUFFIX != 0 && seq.len() > 1 || seq.len() > 2 && first_bits & IN_PLACE_HEAD != 0 {
        EntityKind::Place
    } else if last_bits & IN_OTHER_SUFFIX != 0 && seq.len() > 1 {
        EntityKind::Other
    } else if seq.len() == 1 && is_all_caps(ws[seq[0]].text) {
        if NOT_ACRONYMS.contains(&first) || first.chars().count() > 6 {
            return;
        }
        EntityKind::Organization
    } else if seq.len() > 1 {
        // (A name before `, <state or country>` is a place: `San Jose, California`.)
        let last = *seq.last().unwrap_or(&seq[0]);
        // (The region closes its phrase: not `Mary Smith, California Democrat`.)
        let in_region = ws.get(last + 1).is_some_and(|n| {
            text[ws[last].span.end..n.span.start].trim() == ","
                && text[n.span.end..].trim_start().starts_with([',', '.', ';', ')'])
                && gazetteer::lookup(n.text.trim_end_matches('.')).is_some_and(|h| h.kind() == EntityKind::Place)
        });
        // (A common first name opens a person's name, whatever its last word: `Mark Manning`.)
        let given = seq.len() == 2 && crate::coref::is_common_first_name(bare(ws[seq[0]].text));
        if in_region {
            EntityKind::Place
        } else if given {
            EntityKind::Person
        } else if seq.iter().any(|&k| {
            let w = ws[k].text;
            w.len() > 1 && (cx.raw(k) & IN_COMMON != 0 || is_all_caps(w)) || unlike_name(w)
        }) {
            EntityKind::Other
        } else {
            EntityKind::Person
        }
    } else {
        // One unknown word.
        let k = seq[0];
        let after_role = k > 0 && cx.raw(k - 1) & IN_ROLE_NOUNS != 0 && !is_cap(ws[k - 1].text);
        if let Some(full) = earlier_full_name(text, span, ws[k].span.start, first) {
            return push(out, text, ws, seq, full, EntityKind::Person);
        }
        let speech_next = k + 1 < ws.len() && cx.raw(k + 1) & IN_SPEECH != 0;
        if first.chars().count() < 2 {
            return;
        }
        if initial(text, ws, k)
            && !titled
            && (first_bits & IN_COMMON != 0
                || common_looking(first) && !speech_next
                || !capitalised_elsewhere(text, ws[k].span.start, first))
        {
            return;
        }
        let after_place_prep = k > 0
            && ws[k - 1].text.starts_with(char::is_lowercase)
            && in_words(ws[k - 1].text, &["in", "at", "from", "near", "outside", "into", "across", "around"]);
        // `the town of X`, `west of X`, `X province`: a place word names it.
        let place_of = k > 1
            && eq_word(ws[k - 1].text, "of")
            && (in_words(ws[k - 2].text, PLACE_NOUNS) || in_words(ws[k - 2].text, COMPASS));
        let place_after = ws.get(k + 1).is_some_and(|w| {
            w.text.starts_with(char::is_lowercase)
                && in_words(w.text, PLACE_NOUNS)
                && text[ws[k].span.end..w.span.start].trim().is_empty()
        });
        if (after_place_prep || place_of || place_after) && !titled {
            return push(out, text, ws, seq, whole.into_owned(), EntityKind::Place);
        }
        if titled || after_role || speech_next || ws[k].text.starts_with('#') {
            EntityKind::Person
        } else {
            EntityKind::Other
        }
    };
    push(out, text, ws, seq, whole.into_owned(), kind);
}

/// The position in `seq` of a title word after its first word followed by one to
/// three words that read as a person's name (capitalised, no common, organisation
/// or place word): `Majority Leader Chuck Schumer` → `Leader`.
fn inner_title(cx: &Cx<'_>, seq: &[usize]) -> Option<usize> {
    let p = seq.iter().rposition(|&k| cx.bare(k) & IN_TITLES != 0)?;
    let name = &seq[p + 1..];
    let not_name = IN_COMMON | IN_TITLES | IN_ORG_SUFFIX | IN_ORG_HEAD | IN_PLACE_SUFFIX | IN_OTHER_SUFFIX;
    let ok = p > 0
        && (1..=3).contains(&name.len())
        && name.iter().all(|&k| {
            let w = cx.ws[k].text;
            is_cap(w) && !is_all_caps(w) && !is_joiner(w) && cx.raw(k) & not_name == 0 && cx.bare(k) & not_name == 0
        });
    ok.then_some(p)
}

/// True when a capitalised name ending in `w` names a place or a thing, not a
/// person (`North Sea`, `Kyiv Oblast`, `Paris Agreement`).
pub fn is_name_suffix_of_no_person(w: &str) -> bool {
    let lower = crate::text::Lower::new(w);
    let l = lower.as_str();
    PLACE_SUFFIX.contains(&l) || OTHER_SUFFIX.contains(&l)
}

/// True when a capitalised word at a sentence start is most likely a common
/// word rather than a name (`Despite`, `Leaders`, `This`).
pub fn is_common_word(w: &str) -> bool {
    in_list(w, IN_COMMON) || common_looking(w)
}

/// True for words whose ending names rarely have (`Infections`, `Control`, `Building`).
fn unlike_name(w: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "ing", "ings", "ance", "ence", "ism", "ship",
        "ure", "ics", "ology", "ery", "control", "ies",
    ];
    // (Every suffix ends in one of these letters.)
    w.as_bytes()
        .last()
        .is_some_and(|b| matches!(b.to_ascii_lowercase(), b'n' | b's' | b't' | b'y' | b'g' | b'e' | b'm' | b'p' | b'l'))
        && SUFFIXES.iter().any(|s| ends_ignoring_case(w, s))
}

/// `w.to_ascii_lowercase().ends_with(suffix)` for a lower-case ASCII `suffix`, without a copy.
fn ends_ignoring_case(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len() && w.as_bytes()[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// True for a role noun that introduces a name ([`ROLE_NOUNS`], ignoring case).
pub fn is_role_noun(w: &str) -> bool {
    in_list(w, IN_ROLE_NOUNS)
}

/// True when `w` stands capitalised mid-sentence somewhere within 4000 bytes of
/// `at` (so a capitalised sentence opener is a name, not a common word).
fn capitalised_elsewhere(text: &str, at: usize, w: &str) -> bool {
    let mut lo = at.saturating_sub(4000);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (at + 4000).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let window = &text[lo..hi];
    for p in find_iter(window.as_bytes(), w.as_bytes()) {
        let s = lo + p;
        let after_ok = text[s + w.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        let before = text[..s].trim_end_matches('#');
        let mid_sentence = before.ends_with(' ')
            && before
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | ')' | '’' | '\''));
        if after_ok && mid_sentence {
            return true;
        }
    }
    false
}

/// The starts of the non-overlapping occurrences of a non-empty `needle` in
/// `hay`, left to right (as `memchr::memmem::find_iter`): a scan for its
/// first byte (a capital, rare in text), checked in place, with no searcher
/// to build for a short window.
fn find_iter<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let mut next = 0;
    let first = needle.first().copied();
    first.into_iter().flat_map(move |b| memchr::memchr_iter(b, hay)).filter(move |&p| {
        if p < next || !hay[p..].starts_with(needle) {
            return false;
        }
        next = p + needle.len();
        true
    })
}

/// True for words shaped like common nouns, verbs or adverbs (`Prices`, `Talks`, `Building`, `Recently`).
fn common_looking(w: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "s", "ing", "ed", "ly", "tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ous", "ive", "ful",
        "less", "able", "ible", "ship", "hood", "ure", "th",
    ];
    w.chars().count() <= 3 || SUFFIXES.iter().any(|s| ends_ignoring_case(w, s))
}

fn two_word_adjective(ws: &[Word<'_>], seq: &[usize]) -> Option<&'static str> {
    if seq.len() < 3 {
        return None;
    }
    let (a, b) = (ws[seq[0]].text, bare(ws[seq[1]].text));
    // (`a b` written on the stack: the two words joined by a space, whole chars both.)
    let mut buf = [0u8; 64];
    let n = a.len() + 1 + b.len();
    let two = if n <= buf.len() {
        buf[..a.len()].copy_from_slice(a.as_bytes());
        buf[a.len()] = b' ';
        buf[a.len() + 1..n].copy_from_slice(b.as_bytes());
        std::str::from_utf8(&buf[..n]).ok()
    } else {
        None
    };
    let hit = match two {
        Some(two) => gazetteer::lookup(two),
        None => gazetteer::lookup(&format!("{a} {b}")),
    };
    hit.filter(|h| h.class == Class::Adjective).map(|h| h.name)
}

/// Emits the known parts of a hyphenated word; true when it did.
fn hyphen_parts(text: &str, w: Word<'_>, out: &mut Vec<Entity>) -> bool {
    let mut found = false;
    let mut off = 0;
    let parts: Vec<&str> = w.text.split('-').collect();
    let lower_parts = parts.iter().any(|p| p.starts_with(|c: char| c.is_lowercase()));
    for p in &parts {
        let start = w.span.start + off;
        off += p.len() + 1;
        if !is_cap(p) {
            continue;
        }
        if let Some(h) = gazetteer::lookup(bare(p)) {
            if lower_parts || parts.iter().all(|q| gazetteer::lookup(bare(q)).is_some()) {
                let sp = Span::new(start, start + p.len());
                out.push(Entity {
                    name: h.name.to_string(),
                    text: text[sp.start..sp.end].to_string(),
                    kind: h.kind(),
                    span: sp,
                });
                found = true;
            }
        }
    }
    found
}

/// An earlier full name (up to 4000 bytes back) ending with `word`: `Vladimir Putin` for `Putin`.
pub fn earlier_full_name(text: &str, span: Span, before: usize, word: &str) -> Option<String> {
    let _ = span;
    if word.len() < 2 {
        return None;
    }
    let mut lo = before.saturating_sub(4000);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let window = &text[lo..before];
    let mut best: Option<String> = None;
    for p in find_iter(window.as_bytes(), word.as_bytes()) {
        let at = lo + p;
        let end = at + word.len();
        let after_ok = text[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if !after_ok {
            continue;
        }
        // Preceding capitalised words (skipping `#`).
        let head = text[..at].trim_end_matches('#');
        if !head.ends_with(' ') {
            continue;
        }
        let mut names: Vec<&str> = Vec::new();
        let mut cur = head;
        for _ in 0..3 {
            let t = cur.trim_end();
            if t.len() + 1 != cur.len() {
                break;
            }
            let ws_start = t
                .char_indices()
                .rev()
                .find(|&(_, c)| c.is_whitespace() || matches!(c, '(' | '"' | '“'))
                .map_or(0, |(x, c)| x + c.len_utf8());
            let written = t[ws_start..].trim_start_matches('#');
            let mut prev = written;
            if prev.len() == 2 && prev.ends_with('.') && prev.starts_with(|c: char| c.is_ascii_uppercase()) {
                prev = &prev[..1];
            }
            if prev.is_empty()
                || !is_cap(prev)
                || in_list(prev, IN_TITLES)
                || in_list(prev, IN_COMMON)
                || in_list(prev, IN_PORTFOLIO)
                || is_all_caps(prev)
                || gazetteer::lookup(prev).is_some()
                || prev.ends_with([',', ':', ';'])
                || prev.ends_with('.') && prev.len() > 1
                // (A headline's verb is no part of a name: `Sanders Slams Biden Over …`.)
                || crate::lexicon::lookup(&prev.to_ascii_lowercase())
                    .is_some_and(|l| l.1 == crate::lexicon::Form::Third)
            {
                break;
            }
            names.push(written);
            cur = &t[..ws_start];
            if cur.trim_start_matches('#').len() != cur.len() {
                break;
            }
        }
        if !names.is_empty() {
            names.reverse();
            let full = format!("{} {}", names.join(" "), word);
            if best.as_ref().is_none_or(|b| full.len() > b.len()) {
                best = Some(full);
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_buffer_reads_as_a_fresh_one() {
        let t = "Russian President Vladimir Putin met Kassym-Jomart Tokayev in Astana (Kazakhstan) on Thursday, \
                 while the U.S. State Department said Secretary Antony Blinken would travel to Brussels next week.";
        let mut buf = Vec::new();
        for (a, b) in [(0, t.len()), (18, 60), (0, 0), (60, t.len()), (3, t.len() - 5)] {
            let span = Span::new(a, b);
            assert_eq!(entities_in(t, span, &mut buf), entities(t, span), "{span:?}");
        }
    }

    fn ents(t: &str) -> Vec<(String, String, EntityKind)> {
        entities(t, Span::new(0, t.len()))
            .into_iter()
            .map(|e| {
                assert_eq!(&t[e.span.start..e.span.end], e.text);
                (e.name, e.text, e.kind)
            })
            .collect()
    }
    fn names(t: &str) -> Vec<String> {
        ents(t).into_iter().map(|e| e.0).collect()
    }
    use EntityKind::*;

    fn kind_of(t: &str, name: &str) -> Option<EntityKind> {
        ents(t).into_iter().find(|e| e.0 == name).map(|e| e.2)
    }

    #[test]
    fn a_name_before_its_state_or_country_is_a_place() {
        assert_eq!(kind_of("The firm is based in San Jose, California, and makes chips.", "San Jose"), Some(Place));
        // (Not a person described by a place word: `Mary Smith, California Democrat`.)
        assert_eq!(kind_of("Mary Smith, California Democrat, said so.", "Mary Smith"), Some(Person));
    }

    #[test]
    fn a_headlines_verb_is_no_part_of_an_earlier_full_name() {
        let t = "Sanders Slams Biden Over Trade Deal\n\nPresident Joe Biden met workers. Biden is expected to sign.";
        let at = t.rfind("Biden").unwrap();
        assert_eq!(earlier_full_name(t, Span::new(at, at + 5), at, "Biden").as_deref(), Some("Joe Biden"));
    }

    #[test]
    fn a_common_first_name_opens_a_persons_name() {
        assert_eq!(kind_of("The shadow health secretary, Mark Manning, said so.", "Mark Manning"), Some(Person));
    }

    #[test]
    fn utilities_railways_and_observatories_are_organisations() {
        assert_eq!(kind_of("Crews from Northern Railway arrived.", "Northern Railway"), Some(Organization));
        assert_eq!(kind_of("The Vesuvius Observatory said so.", "Vesuvius Observatory"), Some(Organization));
        assert_eq!(kind_of("Data from the Alaska Geological Survey.", "Alaska Geological Survey"), Some(Organization));
    }

    #[test]
    fn an_adjective_opening_a_sentence_stays_before_an_organisation_suffix() {
        assert_eq!(names("Federal Bank said rates would rise."), ["Federal Bank"]);
        assert_eq!(kind_of("Regional Council voted on Monday.", "Regional Council"), Some(Organization));
        // A determiner or a plain opener is still dropped.
        assert!(!names("Several Council members left.").iter().any(|n| n.starts_with("Several")));
    }

    #[test]
    fn named_storms_are_events() {
        assert_eq!(kind_of("Hurricane Milton hit Florida.", "Hurricane Milton"), Some(Other));
        assert_eq!(kind_of("Roads closed as Storm Babet arrived.", "Storm Babet"), Some(Other));
    }

    #[test]
    fn a_place_noun_next_to_an_unknown_name_makes_a_place() {
        assert_eq!(kind_of("Rescuers reached the village of Tarsk on Monday.", "Tarsk"), Some(Place));
        assert_eq!(kind_of("Teams were sent to Oryol province overnight.", "Oryol"), Some(Place));
        assert_eq!(kind_of("Trains stopped west of Tarsk.", "Tarsk"), Some(Place));
        // Without a place word it is not guessed.
        assert_ne!(kind_of("They praised Tarsk warmly.", "Tarsk"), Some(Place));
    }

    #[test]
    fn titles_and_nationalities_split() {
        assert_eq!(
            ents("Russian President Vladimir Putin visited Kazakhstan on Thursday."),
            vec![
                ("Russia".into(), "Russian".into(), Place),
                ("Vladimir Putin".into(), "Vladimir Putin".into(), Person),
                ("Kazakhstan".into(), "Kazakhstan".into(), Place)
            ]
        );
        assert_eq!(names("Turkish leader Recep Tayyip Erdogan arrived."), ["Turkey", "Recep Tayyip Erdogan"]);
        assert_eq!(
            names("Later, Putin and his Kazakh counterpart Kassym-Jomart Tokayev met."),
            ["Putin", "Kazakhstan", "Kassym-Jomart Tokayev"]
        );
        assert_eq!(names("Prime Minister Anwaar-ul-Haq Kakar spoke."), ["Anwaar-ul-Haq Kakar"]);
        assert_eq!(ents("Foreign Minister Lavrov said so.")[0].2, Person);
    }

    #[test]
    fn person_of_organisation_splits() {
        assert_eq!(
            ents("Priya Natarajan of Castlemere Capital said so."),
            vec![
                ("Priya Natarajan".into(), "Priya Natarajan".into(), Person),
                ("Castlemere Capital".into(), "Castlemere Capital".into(), Organization)
            ]
        );
        assert_eq!(names("The Bank of England said so."), ["Bank of England"]);
        assert_eq!(names("The University of Oxford said so."), ["University of Oxford"]);
    }

    #[test]
    fn possessives_and_hashtags() {
        assert_eq!(ents("Russia’s influence has waned."), vec![("Russia".into(), "Russia’s".into(), Place)]);
        let e = ents("Russian President Vladimir #Putin is set to visit.");
        assert_eq!(e[1], ("Vladimir Putin".into(), "Vladimir #Putin".into(), Person));
        assert_eq!(ents("Crowds cheered #Putin loudly.")[0], ("Putin".into(), "#Putin".into(), Person));
    }

    #[test]
    fn organisations() {
        let e = ents("A summit of the Economic Cooperation Organisation was held.");
        assert_eq!(e[0].0, "Economic Cooperation Organisation");
        assert_eq!(e[0].2, Organization);
        assert_eq!(
            ents("NATO and the EU agreed.").iter().map(|e| e.2).collect::<Vec<_>>(),
            [Organization, Organization]
        );
        assert_eq!(ents("The Bank of England raised rates.")[0].0, "Bank of England");
        assert_eq!(ents("Shares of Acme Holdings fell.")[0].2, Organization);
        assert_eq!(ents("She studied at the University of Oxford.")[0].0, "University of Oxford");
        assert_eq!(ents("China’s Belt and Road Initiative expanded.")[1].0, "Belt and Road Initiative");
    }

    #[test]
    fn coordinated_names_split() {
        assert_eq!(names("The war between Israel and Hamas continued."), ["Israel", "Hamas"]);
    }

    #[test]
    fn common_words_days_months_are_not_entities() {
        assert!(names("Despite this, prices rose.").is_empty());
        assert_eq!(names("Other world powers are investing in Central Asia."), ["Central Asia"]);
        assert!(names("The talks ended on Thursday in November.").is_empty());
        assert_eq!(names("Despite Putin’s visit, talks stalled."), ["Putin"]);
        assert_eq!(names("— TOP X News (@TOPXNews) November 9, 2023"), ["TOP X News"]);
    }

    #[test]
    fn places_groups_and_datelines() {
        assert_eq!(ents("ASTANA (Kazakhstan): Putin arrived.")[0], ("Astana".into(), "ASTANA".into(), Place));
        assert_eq!(ents("Iranians voted on Friday.")[0], ("Iran".into(), "Iranians".into(), Group));
        assert_eq!(names("In Uzbekistan’s capital, Tashkent, a summit was held."), ["Uzbekistan", "Tashkent"]);
        assert_eq!(names("pro-Russian forces and US-led troops"), ["Russia", "United States"]);
        assert_eq!(ents("Cases rose in Garissa county.")[0], ("Garissa".into(), "Garissa".into(), Place));
        assert_eq!(names("ST. LOUIS - Dr. Miriam K. Osei spoke."), ["St. Louis", "Miriam K. Osei"]);
        assert_eq!(ents("It grew in Missouri.")[0].2, Place);
    }

    #[test]
    fn sentence_openers_need_a_mid_sentence_sighting() {
        assert!(names("Test patients with fever.").is_empty());
        assert!(names("Could it? Will it?").is_empty());
        let t = "Osei said so. Later, Osei left.";
        assert_eq!(names(t)[0], "Osei");
        assert_eq!(ents("Emerging Infections published it.")[0].2, Other);
        let t = "The U.S. Centers for Disease Control and Prevention said so.";
        assert_eq!(ents(t)[0].2, Organization);
    }

    #[test]
    fn short_names_expand_from_earlier_text() {
        let t = "Russian President Vladimir Putin arrived. Later Putin said he was pleased.";
        let start = t.find("Later").unwrap();
        let e = entities(t, Span::new(start, t.len()));
        assert_eq!(e[0].name, "Vladimir Putin");
        assert_eq!(e[0].text, "Putin");
    }

    #[test]
    fn unicode_safe() {
        let t = "Émile Zoë’s café — Ñandú 🍵 #Été";
        let _ = entities(t, Span::new(1, t.len() + 5));
        let _ = ents(t);
    }
}

#[cfg(test)]
mod inner_title_tests {
    use super::*;

    fn ents(t: &str) -> Vec<(String, EntityKind)> {
        entities(t, Span::new(0, t.len())).into_iter().map(|e| (e.name, e.kind)).collect()
    }

    #[test]
    fn a_title_inside_a_name_run_names_the_person_after_it() {
        let e = ents("Yesterday Senate Majority Leader Chuck Schumer spoke.");
        assert!(e.contains(&("Chuck Schumer".into(), EntityKind::Person)), "{e:?}");
        let e = ents("On Monday House Speaker Mike Johnson spoke.");
        assert!(e.contains(&("Mike Johnson".into(), EntityKind::Person)), "{e:?}");
        let e = ents("Then Bank of England Governor Andrew Bailey spoke.");
        assert!(e.contains(&("Andrew Bailey".into(), EntityKind::Person)), "{e:?}");
        // The words of a parliamentary title are no entities of their own.
        let e = ents("Yesterday Senate Majority Leader Chuck Schumer spoke.");
        assert!(e.iter().all(|(n, _)| !n.contains("Majority")), "{e:?}");
        let e = ents("Later, House Speaker Mike Johnson spoke.");
        assert!(e.iter().all(|(n, _)| n != "House" && n != "White House"), "{e:?}");
        let e = ents("Press secretary Karine Jean-Pierre spoke.");
        assert_eq!(e, [("Karine Jean-Pierre".into(), EntityKind::Person)]);
    }

    #[test]
    fn a_title_before_an_organisations_last_word_is_its_name() {
        let e = ents("General Motors cut its forecast, and the United Auto Workers welcomed the deal.");
        assert!(e.iter().any(|(n, k)| n == "General Motors" && *k == EntityKind::Organization), "{e:?}");
        assert!(e.iter().any(|(n, k)| n == "United Auto Workers" && *k == EntityKind::Organization), "{e:?}");
    }

    #[test]
    fn an_organisation_named_after_a_title_stays_whole() {
        let e = ents("Officials at the Prime Minister's Office and the Justice Department spoke.");
        assert!(e.iter().all(|(_, k)| *k != EntityKind::Person), "{e:?}");
    }
}
