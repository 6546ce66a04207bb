//! News outlets and wire services named as sources.
//!
//! An outlet counts as a source only where the sentence uses it as one:
//!
//! - before it, a cue: `according to`, `told`, `speaking to`, `in an interview
//!   with`, `reported by`, `cited by`, `quoted by`, `per`, `via`, `citing`,
//!   `wrote in`, `in an op-ed for` (with `the` and modifiers such as `state
//!   news agency` or `Russian` between);
//! - after it, a reporting verb (`reported`, `said`, `wrote`, `quoted`,
//!   `cited`, `revealed`, `learned`, `has reported`, `first reported`) or a
//!   reporting noun (`a Reuters report`, `Reuters' tally`, `a CNN poll`);
//! - a wire credit: `(AFP)`, `(AP) —`, `(Reuters) -`, `(AFP/Reuters)` near the
//!   start of its line or before a dash, or a closing credit line `— AFP`.
//!
//! Names come from the built-in list [`OUTLETS`] (major outlets, broadcasters
//! and wire services, with aliases: `AP` → `Associated Press`) or from the
//! general pattern: a capitalised name ending in a media word (`News`, `Times`,
//! `Post`, `Press`, `Agency`, `Television`, `Radio`, …: `Kazinform News
//! Agency`, `The Astana Times`), a capitalised name followed by `news agency`,
//! `newspaper`, `broadcaster`, `daily`, … (`Tasnim news agency`), or preceded
//! by them (`the newspaper Kommersant`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, MatchKind};
use claims_model::{Sentence, Span};

use super::OutletMention;
use crate::text::{words, Word};

/// Built-in outlets: canonical name, the names it is written as (case-sensitive),
/// and whether the name is ambiguous with a person (then `X said` is not enough).
pub const OUTLETS: &[(&str, &[&str], bool)] = &[
    ("Reuters", &["Reuters", "Thomson Reuters"], false),
    ("Associated Press", &["Associated Press", "AP"], false),
    ("Agence France-Presse", &["Agence France-Presse", "Agence France Presse", "AFP"], false),
    ("BBC", &["BBC", "BBC News", "British Broadcasting Corporation", "BBC World Service"], false),
    ("CNN", &["CNN"], false),
    ("Al Jazeera", &["Al Jazeera", "Al-Jazeera", "Al Jazeera English"], false),
    ("Al Arabiya", &["Al Arabiya", "Al-Arabiya"], false),
    ("Al Arabiya English", &["Al Arabiya English"], false),
    ("Bloomberg", &["Bloomberg", "Bloomberg News"], true),
    ("The New York Times", &["The New York Times", "New York Times", "NYT"], false),
    ("The Washington Post", &["The Washington Post", "Washington Post"], false),
    ("The Wall Street Journal", &["The Wall Street Journal", "Wall Street Journal", "WSJ"], false),
    ("The Guardian", &["The Guardian"], false),
    ("Financial Times", &["Financial Times", "FT"], false),
    ("The Economist", &["The Economist"], false),
    ("NBC News", &["NBC News", "NBC"], false),
    ("CBS News", &["CBS News", "CBS"], false),
    ("ABC News", &["ABC News"], false),
    ("Fox News", &["Fox News", "FOX News"], false),
    ("NPR", &["NPR", "National Public Radio"], false),
    ("PBS", &["PBS", "PBS NewsHour"], false),
    ("CNBC", &["CNBC"], false),
    ("Sky News", &["Sky News"], false),
    ("Politico", &["Politico", "POLITICO"], false),
    ("Axios", &["Axios"], false),
    ("USA Today", &["USA Today", "USA TODAY"], false),
    ("Los Angeles Times", &["Los Angeles Times", "LA Times"], false),
    ("The Times", &["The Times"], false),
    ("The Telegraph", &["The Telegraph", "Daily Telegraph"], false),
    ("The Independent", &["The Independent"], false),
    ("Daily Mail", &["Daily Mail"], false),
    ("Euronews", &["Euronews"], false),
    ("Deutsche Welle", &["Deutsche Welle", "DW"], false),
    ("France 24", &["France 24", "France24"], false),
    ("Le Monde", &["Le Monde"], false),
    ("Der Spiegel", &["Der Spiegel", "Spiegel"], false),
    ("El País", &["El País", "El Pais"], false),
    ("Voice of America", &["Voice of America", "VOA"], false),
    ("Radio Free Europe/Radio Liberty", &["Radio Free Europe/Radio Liberty", "Radio Free Europe", "RFE/RL"], false),
    ("Xinhua", &["Xinhua"], false),
    ("Global Times", &["Global Times"], false),
    ("South China Morning Post", &["South China Morning Post", "SCMP"], false),
    ("TASS", &["TASS", "Tass"], false),
    ("RIA Novosti", &["RIA Novosti", "RIA"], false),
    ("Interfax", &["Interfax"], false),
    ("Kommersant", &["Kommersant"], false),
    ("RT", &["RT", "Russia Today"], false),
    ("Sputnik", &["Sputnik"], false),
    ("Anadolu Agency", &["Anadolu Agency", "Anadolu"], false),
    ("IRNA", &["IRNA", "Islamic Republic News Agency"], false),
    ("Tasnim", &["Tasnim"], false),
    ("Fars", &["Fars"], false),
    ("Kyodo News", &["Kyodo News", "Kyodo"], false),
    ("Yonhap", &["Yonhap"], false),
    ("NHK", &["NHK"], false),
    ("Nikkei", &["Nikkei", "Nikkei Asia"], false),
    ("Press Trust of India", &["Press Trust of India", "PTI"], false),
    ("ANI", &["ANI"], false),
    ("The Times of India", &["The Times of India", "Times of India"], false),
    ("Hindustan Times", &["Hindustan Times"], false),
    ("Dawn", &["Dawn"], false),
    ("EFE", &["EFE"], false),
    ("ANSA", &["ANSA"], false),
    ("dpa", &["dpa", "DPA", "Deutsche Presse-Agentur"], false),
    ("Haaretz", &["Haaretz"], false),
    ("The Times of Israel", &["The Times of Israel", "Times of Israel"], false),
    ("Al-Monitor", &["Al-Monitor", "Al Monitor"], false),
    ("Asharq Al-Awsat", &["Asharq Al-Awsat"], false),
    ("WAFA", &["WAFA"], false),
    ("KCNA", &["KCNA", "Korean Central News Agency"], false),
    ("Kazinform", &["Kazinform"], false),
    ("Eurasianet", &["Eurasianet"], false),
    ("Kun.uz", &["Kun.uz"], false),
    ("The Hill", &["The Hill"], false),
    ("Newsweek", &["Newsweek"], false),
    ("Time", &["TIME magazine", "Time magazine"], false),
    ("The Atlantic", &["The Atlantic"], false),
    ("Semafor", &["Semafor"], false),
    ("Le Figaro", &["Le Figaro"], false),
    ("Corriere della Sera", &["Corriere della Sera"], false),
    ("Bild", &["Bild"], false),
    ("ITV News", &["ITV News", "ITV"], false),
    ("Channel 4 News", &["Channel 4 News"], false),
    ("LBC", &["LBC"], false),
    ("CBC News", &["CBC News", "CBC"], false),
    ("The Irish Times", &["The Irish Times", "Irish Times"], false),
    ("The Sydney Morning Herald", &["The Sydney Morning Herald", "Sydney Morning Herald"], false),
    ("TRT", &["TRT", "TRT World"], false),
    ("ZDF", &["ZDF"], false),
    ("Le Parisien", &["Le Parisien"], false),
];

/// The canonical name of a built-in outlet written as `name` (`AP` → `Associated Press`).
pub fn canonical_outlet(name: &str) -> Option<&'static str> {
    let n = name.trim();
    let n = n.strip_prefix("the ").unwrap_or(n);
    // Every name and alias to its outlet, the first outlet that has it winning (as a scan would).
    type ByName =
        std::collections::HashMap<&'static str, &'static str, std::hash::BuildHasherDefault<crate::clause::Fnv>>;
    static BY_NAME: OnceLock<ByName> = OnceLock::new();
    let by_name = BY_NAME.get_or_init(|| {
        let mut m = ByName::default();
        for (canon, aliases, _) in OUTLETS {
            m.entry(canon).or_insert(canon);
            for a in *aliases {
                m.entry(a).or_insert(canon);
            }
        }
        m
    });
    by_name.get(n).copied()
}

/// Last words that make a capitalised name an outlet (`Kazinform News Agency`).
const MEDIA_SUFFIX_LIST: &[&str] = &[
    "News",
    "Times",
    "Post",
    "Press",
    "Agency",
    "Television",
    "TV",
    "Radio",
    "Journal",
    "Herald",
    "Tribune",
    "Gazette",
    "Telegraph",
    "Chronicle",
    "Observer",
    "Wire",
    "Newswire",
    "Broadcasting",
    "Magazine",
    "Daily",
    "Today",
    "Insider",
    "Monitor",
    "Dispatch",
    "Courier",
    "Bulletin",
    "Inquirer",
    "Examiner",
    "Sentinel",
    "Media",
    "Channel",
    "Newspaper",
    "Weekly",
    "Review",
    "Express",
    "Echo",
    "Mirror",
    "Standard",
    "Argus",
];
/// [`MEDIA_SUFFIX_LIST`], for fast lookups.
static MEDIA_SUFFIX: crate::clause::WordList = crate::clause::WordList::new(MEDIA_SUFFIX_LIST);

/// Lower-case words around a name that say it is an outlet (`Tasnim news agency`, `the newspaper Kommersant`).
const MEDIA_NOUNS_LIST: &[&str] = &[
    "newspaper",
    "daily",
    "broadcaster",
    "agency",
    "television",
    "tv",
    "radio",
    "channel",
    "outlet",
    "website",
    "magazine",
    "tabloid",
    "weekly",
    "network",
    "portal",
];
/// [`MEDIA_NOUNS_LIST`], for fast lookups.
static MEDIA_NOUNS: crate::clause::WordList = crate::clause::WordList::new(MEDIA_NOUNS_LIST);

/// Lower-case words after a capitalised name that make it an outlet (`Tasnim news agency`).
const NOUNS_AFTER_NAME: &[&str] =
    &["news", "newspaper", "daily", "broadcaster", "agency", "tabloid", "weekly", "magazine"];

/// Words allowed between a cue and the outlet (`according to the state news agency TASS`).
const MODIFIERS_LIST: &[&str] = &[
    "the",
    "a",
    "an",
    "state",
    "state-run",
    "state-owned",
    "state-controlled",
    "official",
    "semi-official",
    "public",
    "private",
    "independent",
    "local",
    "national",
    "regional",
    "international",
    "news",
    "agency",
    "newspaper",
    "daily",
    "broadcaster",
    "television",
    "tv",
    "radio",
    "channel",
    "outlet",
    "website",
    "magazine",
    "network",
    "wire",
    "service",
    "pro-government",
    "pro-kremlin",
    "opposition",
    "leading",
    "business",
    "online",
    "newswire",
    "weekly",
    "tabloid",
];
/// [`MODIFIERS_LIST`], for fast lookups.
static MODIFIERS: crate::clause::WordList = crate::clause::WordList::new(MODIFIERS_LIST);

/// Verbs after an outlet that make it a source.
const VERBS_LIST: &[&str] = &[
    "reported",
    "reports",
    "reporting",
    "said",
    "says",
    "quoted",
    "quotes",
    "quoting",
    "cited",
    "cites",
    "citing",
    "wrote",
    "writes",
    "revealed",
    "reveals",
    "published",
    "learned",
    "learnt",
    "confirmed",
    "broadcast",
    "aired",
    "showed",
    "shows",
    "found",
    "obtained",
    "noted",
    "added",
    "claimed",
    "announced",
    "stated",
    "carried",
    "tweeted",
    "posted",
];
/// [`VERBS_LIST`], for fast lookups.
static VERBS: crate::clause::WordList = crate::clause::WordList::new(VERBS_LIST);
/// Verbs that do not make an ambiguous name (a person's surname too) an outlet.
const SPEECH_VERBS: &[&str] =
    &["said", "says", "noted", "added", "claimed", "announced", "stated", "tweeted", "posted"];
/// Auxiliaries and adverbs between an outlet and its verb (`Reuters has first reported`).
const AUX: &[&str] = &[
    "has",
    "had",
    "have",
    "was",
    "is",
    "first",
    "also",
    "previously",
    "earlier",
    "later",
    "exclusively",
    "separately",
    "then",
    "on",
];
/// Nouns after an outlet (or its possessive) that make it a source (`a Reuters report`).
const NOUNS_LIST: &[&str] = &[
    "report",
    "reports",
    "reporting",
    "investigation",
    "analysis",
    "tally",
    "poll",
    "survey",
    "correspondent",
    "correspondents",
    "reporter",
    "reporters",
    "journalist",
    "journalists",
    "interview",
    "count",
    "calculation",
    "calculations",
    "estimate",
    "review",
    "article",
    "story",
    "footage",
    "witness",
];
/// [`NOUNS_LIST`], for fast lookups.
static NOUNS: crate::clause::WordList = crate::clause::WordList::new(NOUNS_LIST);
/// Cue words before an outlet, optionally requiring the word before them.
const CUES: &[(&str, &[&str])] = &[
    ("according", &[]), // `according to X`: checked with the `to`
    ("told", &[]),
    ("telling", &[]),
    ("tells", &[]),
    ("tell", &[]),
    ("per", &[]),
    ("via", &[]),
    ("citing", &[]),
    ("cited", &[]),
    ("quoting", &[]),
    (
        "to",
        &[
            "according",
            "speaking",
            "spoke",
            "talking",
            "talked",
            "said",
            "confirmed",
            "comments",
            "remarks",
            "statement",
            "interview",
            "told",
            "confirm",
            "explained",
            "revealed",
            "wrote",
            "letter",
            "email",
            "emailed",
        ],
    ),
    ("with", &["interview", "interviews", "speaking", "spoke", "talking", "talked", "conversation", "sat"]),
    (
        "by",
        &[
            "polled",
            "surveyed",
            "reported",
            "cited",
            "quoted",
            "published",
            "obtained",
            "seen",
            "reviewed",
            "aired",
            "broadcast",
            "carried",
            "conducted",
            "commissioned",
            "reporting",
            "released",
            "analysis",
            "report",
            "interviewed",
            "verified",
            "contacted",
        ],
    ),
    ("for", &["interview", "op-ed", "wrote", "writing", "column", "article", "essay", "commentary"]),
    ("in", &["wrote", "writing", "published", "quoted", "op-ed", "column", "interview", "appeared", "reported"]),
];

/// The names of [`OUTLETS`] as one automaton (anchored searches, longest
/// name first), the outlet of each name, and the byte pairs names open with.
struct Names {
    ac: AhoCorasick,
    /// The outlet (index into [`OUTLETS`]) of each pattern.
    outlet: Vec<usize>,
    /// A bit per pair of bytes (first byte × 256 + second) that some name opens with.
    pairs: Vec<u64>,
    /// The bytes names open with.
    first: [bool; 256],
}

fn names() -> &'static Names {
    static AC: OnceLock<Names> = OnceLock::new();
    AC.get_or_init(|| {
        let mut pats = Vec::new();
        let mut outlet = Vec::new();
        let mut pairs = vec![0u64; 65536 / 64];
        let mut first = [false; 256];
        for (i, (_, aliases, _)) in OUTLETS.iter().enumerate() {
            for a in aliases.iter() {
                let b = a.as_bytes();
                assert!(b.len() >= 2, "outlet names have two bytes or more");
                let pair = usize::from(b[0]) << 8 | usize::from(b[1]);
                pairs[pair / 64] |= 1 << (pair % 64);
                first[usize::from(b[0])] = true;
                pats.push(*a);
                outlet.push(i);
            }
        }
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(aho_corasick::StartKind::Anchored)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pats)
            .expect("static patterns");
        Names { ac, outlet, pairs, first }
    })
}

impl Names {
    /// The leftmost-longest non-overlapping occurrences of the names in `seg`
    /// (as an unanchored leftmost-longest search finds them): `(start, end, outlet)`.
    /// Only where a name's first two bytes stand is an anchored search tried,
    /// and the longest name there is the leftmost match.
    fn find_iter<'s>(&'s self, seg: &'s str) -> impl Iterator<Item = (usize, usize, usize)> + 's {
        let b = seg.as_bytes();
        let mut at = 0;
        std::iter::from_fn(move || {
            while at + 1 < b.len() {
                // Bytes no name opens with are skipped in a tight loop.
                match b[at..b.len() - 1].iter().position(|&c| self.first[usize::from(c)]) {
                    Some(off) => at += off,
                    None => break,
                }
                let q = at;
                let pair = usize::from(b[q]) << 8 | usize::from(b[q + 1]);
                if self.pairs[pair / 64] & (1 << (pair % 64)) == 0 {
                    at += 1;
                    continue;
                }
                let input = aho_corasick::Input::new(seg).range(q..).anchored(aho_corasick::Anchored::Yes);
                match self.ac.find(input) {
                    Some(m) => {
                        at = m.end();
                        return Some((m.start(), m.end(), self.outlet[m.pattern().as_usize()]));
                    }
                    None => at += 1,
                }
            }
            None
        })
    }
}

/// A candidate outlet name in a sentence.
#[derive(Debug, Clone)]
struct Candidate {
    span: Span,
    name: String,
    ambiguous: bool,
    /// Known as an outlet by its form (`Tasnim news agency`), no cue needed beyond a verb.
    by_form: bool,
}

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn bounded(text: &str, s: Span) -> bool {
    let b = text.as_bytes();
    let before_ok = s.start == 0
        || !is_word_byte(b[s.start - 1]) && text[..s.start].chars().next_back().is_some_and(|c| !c.is_alphanumeric());
    let after_ok = s.end >= b.len()
        || !is_word_byte(b[s.end]) && text[s.end..].chars().next().is_some_and(|c| !c.is_alphanumeric());
    before_ok && after_ok
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Capitalised words that open a sentence without being part of a name.
const OPENERS_LIST: &[&str] = &[
    "The",
    "A",
    "An",
    "On",
    "In",
    "Yesterday",
    "Today",
    "Meanwhile",
    "Earlier",
    "Later",
    "And",
    "But",
    "Also",
    "Separately",
    "Last",
    "This",
];
/// [`OPENERS_LIST`], for fast lookups.
static OPENERS: crate::clause::WordList = crate::clause::WordList::new(OPENERS_LIST);

/// Candidates from the general pattern in one sentence's words.
fn general(text: &str, ws: &[Word<'_>]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        if !is_cap(ws[i].text) {
            i += 1;
            continue;
        }
        // A run of capitalised words (with `of`, `and`, `&` inside), in one clause.
        let mut j = i + 1;
        while j < ws.len() {
            let gap = &text[ws[j - 1].span.end..ws[j].span.start];
            if gap.trim() != "" {
                break;
            }
            if is_cap(ws[j].text)
                || (matches!(ws[j].text, "of" | "&" | "for") && j + 1 < ws.len() && is_cap(ws[j + 1].text))
            {
                j += 1;
            } else {
                break;
            }
        }
        let mut a = i;
        while a < j && OPENERS.contains(&ws[a].text) && !(ws[a].text == "The" && a + 1 < j) {
            a += 1;
        }
        if a < j {
            let last = crate::text::strip_possessive(ws[j - 1].text);
            // Without a leading `The`, unless the name ends in a media word (`The Astana Times`).
            let mut b = a;
            while b < j && ws[b].text == "The" {
                b += 1;
            }
            if b == j {
                i = j;
                continue;
            }
            let name_of = |sp: Span| text[sp.start..sp.end].to_string();
            let after = ws.get(j).map(|w| crate::text::Lower::new(w.text));
            let before = a.checked_sub(1).map(|k| crate::text::Lower::new(ws[k].text));
            // `Agency` makes an outlet only as a news or press agency (not `Environmental Protection Agency`).
            let agency_ok =
                last != "Agency" || ws[a..j].iter().any(|w| matches!(w.text, "News" | "Press" | "Information"));
            let suffix = MEDIA_SUFFIX.contains(&last) && j - a >= 2 && agency_ok;
            // `Tasnim news agency`, `the Nikkei daily` (not `Oakland television station, KTVU`).
            let noun_after = after.as_deref().is_some_and(|w| NOUNS_AFTER_NAME.contains(&w));
            // A bare `agency` before a name is any agency (`the disaster agency AFAD`): only a
            // news, press or wire agency makes an outlet.
            let news_agency = || {
                a.checked_sub(2)
                    .is_some_and(|k| matches!(crate::text::Lower::new(ws[k].text).as_str(), "news" | "press" | "wire"))
            };
            let noun_before =
                before.as_deref().is_some_and(|w| MEDIA_NOUNS.contains(&w) && (w != "agency" || news_agency()));
            if suffix || noun_after || noun_before {
                let start = if suffix { ws[a].span.start } else { ws[b].span.start };
                let span = Span::new(start, ws[j - 1].span.start + last.len());
                out.push(Candidate { span, name: name_of(span), ambiguous: false, by_form: true });
            }
        }
        i = j;
    }
    out
}

/// False when [`general`] finds no candidate in the words of `seg` (a
/// sentence), read without them: each candidate needs a word of
/// [`MEDIA_SUFFIX_LIST`] as written, or one of [`MEDIA_NOUNS_LIST`] or
/// [`NOUNS_AFTER_NAME`] in lower case. Such a word is made of ASCII letters,
/// so it is a maximal run of them in `seg` (a word of `seg` ends where its
/// letters do, and a possessive after it is trimmed); only the Kelvin sign
/// `K` lower-cases to an ASCII letter (`k`), so a text holding it is read whole.
fn may_name_by_form(seg: &str) -> bool {
    // The words (lower case, ASCII letters only), each with its bits: 1 for a lower-case
    // media word, 2 for a media suffix (then checked as written). A run of `seg` is such a
    // word when one of them stands exactly on it, ignoring ASCII case: every occurrence
    // of every word is found (overlapping) by one small automaton, and the run's ends checked.
    static MEDIA: std::sync::LazyLock<(AhoCorasick, Vec<u8>)> = std::sync::LazyLock::new(|| {
        let mut words: Vec<(String, u8)> = Vec::new();
        let lists: [(&[&str], u8); 3] = [(MEDIA_NOUNS_LIST, 1), (NOUNS_AFTER_NAME, 1), (MEDIA_SUFFIX_LIST, 2)];
        for (list, bit) in lists {
            for w in list {
                assert!(w.bytes().all(|b| b.is_ascii_alphabetic()), "media words are ASCII letters");
                let w = w.to_ascii_lowercase();
                match words.iter_mut().find(|(x, _)| *x == w) {
                    Some(x) => x.1 |= bit,
                    None => words.push((w, bit)),
                }
            }
        }
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(words.iter().map(|(w, _)| w))
            .expect("static patterns");
        (ac, words.into_iter().map(|(_, b)| b).collect())
    });
    if seg.contains('\u{212A}') {
        return true;
    }
    let b = seg.as_bytes();
    let (ac, bits) = &*MEDIA;
    ac.find_overlapping_iter(seg).any(|m| {
        let (s, e) = (m.start(), m.end());
        let whole = (s == 0 || !b[s - 1].is_ascii_alphabetic()) && b.get(e).is_none_or(|c| !c.is_ascii_alphabetic());
        let bit = bits[m.pattern().as_usize()];
        whole && (bit & 1 != 0 || bit & 2 != 0 && MEDIA_SUFFIX.contains(&&seg[s..e]))
    })
}

/// True when the text between two words has no clause punctuation.
fn joined(text: &str, a: Span, b: Span) -> bool {
    let gap = &text[a.end.min(b.start)..b.start];
    !gap.contains([',', ';', ':', '.', '(', ')', '"', '“', '”', '—', '–'])
}

/// True when a cue before the candidate makes it a source.
fn cue_before(text: &str, ws: &[Word<'_>], first: usize) -> bool {
    let mut k = first;
    let mut skipped_caps = 0;
    while k > 0 {
        let w = &ws[k - 1];
        if !joined(text, w.span, ws[k].span) {
            return false;
        }
        let lower = crate::text::Lower::new(w.text);
        let lw = lower.as_str();
        if MODIFIERS.contains(&lw) {
            k -= 1;
            continue;
        }
        // One nationality adjective: `Russian`, `Iranian`, `Japanese`, `Turkish`.
        if is_cap(w.text) && skipped_caps == 0 && ["an", "ese", "ish", "i", "ch"].iter().any(|s| w.text.ends_with(s)) {
            skipped_caps += 1;
            k -= 1;
            continue;
        }
        for (cue, need) in CUES {
            if lw != *cue {
                continue;
            }
            if need.is_empty() {
                return true;
            }
            // The word (or one of two words) before the cue: `interview with`, `in an interview with`.
            let back: Vec<String> = ws[..k - 1]
                .iter()
                .rev()
                .take(3)
                .map(|w| w.text.to_lowercase())
                .filter(|w| {
                    !matches!(w.as_str(), "a" | "an" | "the" | "his" | "her" | "their" | "its" | "exclusive" | "recent")
                })
                .take(1)
                .collect();
            if back.first().is_some_and(|b| need.contains(&b.as_str())) {
                return true;
            }
        }
        return false;
    }
    false
}

/// True when a verb or noun after the candidate makes it a source.
fn cue_after(text: &str, ws: &[Word<'_>], last: usize, cand: &Candidate) -> bool {
    let tail = &text[cand.span.end..ws[last].span.end];
    let possessive = tail.starts_with("’s") || tail.starts_with("'s") || text[cand.span.end..].starts_with(['’', '\'']);
    let mut k = last + 1;
    while k < ws.len() {
        let w = &ws[k];
        if !joined(text, ws[k - 1].span, w.span) {
            return false;
        }
        let lower = crate::text::Lower::new(w.text);
        let lw = lower.as_str();
        if NOUNS.contains(&lw) {
            return true;
        }
        if VERBS.contains(&lw) && !possessive {
            return !(cand.ambiguous && SPEECH_VERBS.contains(&lw));
        }
        if AUX.contains(&lw) || (cand.by_form && MEDIA_NOUNS.contains(&lw)) || lw == "news" {
            k += 1;
            continue;
        }
        // Coordinated outlets: `The Associated Press and Fox News reported`.
        if lw == "and" && ws.get(k + 1).is_some_and(|n| is_cap(n.text)) {
            k += 1;
            while k < ws.len() && (is_cap(ws[k].text) || ws[k].text == "the") {
                k += 1;
            }
            continue;
        }
        return false;
    }
    false
}

/// A wire credit: `(AFP)`, `(AP) —`, `(AFP/Reuters)` near a line start or before
/// a dash, or `— AFP` ending a line.
fn credit(text: &str, s: Span) -> bool {
    let line_start = text[..s.start].rfind('\n').map_or(0, |i| i + 1);
    let open = text[line_start..s.start].rfind('(').map(|i| line_start + i);
    let close = memchr::memchr2(b')', b'\n', &text.as_bytes()[s.end..])
        .map(|i| s.end + i)
        .filter(|&c| text[c..].starts_with(')'));
    if let (Some(o), Some(c)) = (open, close) {
        let inside = &text[o + 1..c];
        let only_names = inside.len() <= 60
            && !inside.contains(['(', ')'])
            && !["Photo", "Image", "Video", "File", "Pool"].iter().any(|w| inside.contains(w))
            && inside.split(['/', ',']).all(|p| {
                let p = p.trim();
                !p.is_empty() && p.split_whitespace().all(is_cap)
            });
        let after = text[c + 1..].trim_start_matches([' ', '\t']);
        // At a dateline (`WASHINGTON (AP)`: nothing in lower case before it on its
        // line) or before a dash; an acronym after a name in running text
        // (`the Emergency Management Agency (LASEMA).`) is no credit.
        let before = &text[line_start..o];
        let dateline = o - line_start <= 120 && !before.chars().any(char::is_lowercase);
        if only_names && (dateline || after.starts_with(['—', '–', '-', ':'])) {
            return true;
        }
    }
    // `— AFP` or `-Reuters` closing a paragraph.
    let pre = text[..s.start].trim_end_matches([' ', '\t']);
    let post = text[s.end..].trim_start_matches([' ', '\t', '.']);
    pre.ends_with(['—', '–', '-']) && (post.is_empty() || post.starts_with(['\n', '\r', '/']))
}

/// The spans scanned for outlets: sentences, with a sentence that a single line
/// break cut off mid-sentence (hard-wrapped text: the line does not end with
/// `.`, `!`, `?`, `:` or a quotation mark) joined to the next.
fn scan_units(text: &str, sentences: &[Sentence]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut open = false;
    for s in sentences {
        if s.end > text.len() || s.start > s.end || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            continue;
        }
        let span = s.span();
        match out.last_mut() {
            Some(last)
                if open
                    && last.end <= span.start
                    && text[last.end..span.start].matches('\n').count() == 1
                    && text[last.end..span.start].trim().is_empty() =>
            {
                last.end = span.end;
            }
            _ => out.push(span),
        }
        open = !text[span.start..span.end].trim_end().ends_with(['.', '!', '?', ':', '"', '”', '’', ')']);
    }
    out
}

/// Finds outlets named as sources (see the module docs for the rules).
pub fn find_outlets(text: &str, sentences: &[Sentence]) -> Vec<OutletMention> {
    let names = names();
    let mut out: Vec<OutletMention> = Vec::new();
    for s in scan_units(text, sentences) {
        let seg = &text[s.start..s.end];
        let mut cands: Vec<Candidate> = names
            .find_iter(seg)
            .map(|(a, b, i)| (Span::new(s.start + a, s.start + b), i))
            .filter(|(sp, _)| bounded(text, *sp))
            .map(|(span, i)| Candidate {
                span,
                name: OUTLETS[i].0.to_string(),
                ambiguous: OUTLETS[i].2,
                by_form: false,
            })
            .collect();
        // A sentence with no built-in name and no media word has no outlet: its words are not read.
        if cands.is_empty() && !may_name_by_form(seg) {
            continue;
        }
        let ws = words(text, s);
        for g in general(text, &ws) {
            // A longer general name wins over a built-in one inside it (`Kazinform News Agency`).
            let core = if text[g.span.start..].starts_with("The ") { g.span.start + 4 } else { g.span.start };
            let gspan = g.span;
            let inside = |c: &Candidate| gspan.contains(&c.span) && Span::new(core, gspan.end).len() > c.span.len();
            let mut g = g;
            if let Some(b) = cands.iter().find(|c| inside(c)) {
                // `Xinhua News Agency` is Xinhua: a built-in name and media words only.
                let extra = &text[b.span.end..g.span.end];
                if b.span.start == core && extra.split_whitespace().all(|w| MEDIA_SUFFIX.contains(&w)) {
                    g.name = b.name.clone();
                }
                cands.retain(|c| !inside(c));
            }
            if !cands.iter().any(|c| c.span.overlaps(&g.span)) {
                cands.push(g);
            }
        }
        for c in cands {
            // Words are in text order: binary search keeps long sentences linear.
            let first = Some(ws.partition_point(|w| w.span.end <= c.span.start)).filter(|&i| i < ws.len());
            let last = ws.partition_point(|w| w.span.start < c.span.end).checked_sub(1);
            let (Some(first), Some(last)) = (first, last) else { continue };
            let is_credit = credit(text, c.span);
            let ok = is_credit || cue_before(text, &ws, first) || cue_after(text, &ws, last, &c);
            if ok && !out.iter().any(|o| o.span == c.span) {
                out.push(OutletMention { name: c.name, span: c.span, credit: is_credit });
            }
        }
    }
    out.sort_by_key(|o| (o.span.start, o.span.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(t: &str) -> Vec<(String, String)> {
        let sents = crate::segment::segment(t);
        let out = find_outlets(t, &sents);
        out.into_iter().map(|o| (o.name, t[o.span.start..o.span.end].to_string())).collect()
    }

    fn names(t: &str) -> Vec<String> {
        found(t).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn cues_before() {
        assert_eq!(names("The talks failed, according to Reuters."), ["Reuters"]);
        assert_eq!(names("Tokayev told the BBC that ties were strong."), ["BBC"]);
        // Regional papers named by their masthead word.
        assert_eq!(names("A spokeswoman told the Northern Echo that costs rose."), ["Northern Echo"]);
        // `agency` before a name makes an outlet only as a news agency.
        assert!(names("Forty died, the disaster agency KARD said.").is_empty());
        assert_eq!(names("Forty died, the state news agency KARD said."), ["KARD"]);
        assert_eq!(names("He said in an interview with CNN that he would run."), ["CNN"]);
        assert_eq!(names("The figure was reported by The Wall Street Journal."), ["The Wall Street Journal"]);
        assert_eq!(names("Prices rose, according to Russian state news agency TASS."), ["TASS"]);
        assert_eq!(names("The deal was signed, per Axios."), ["Axios"]);
        assert_eq!(names("He was quoted by Interfax as saying talks went well."), ["Interfax"]);
        assert_eq!(names("She wrote in The Guardian that the plan would fail."), ["The Guardian"]);
    }

    #[test]
    fn verbs_after() {
        assert_eq!(names("Al Arabiya reported that Putin had arrived."), ["Al Arabiya"]);
        assert_eq!(names("The New York Times first reported the deal on Monday."), ["The New York Times"]);
        assert_eq!(names("A Reuters tally showed 40 deaths."), ["Reuters"]);
        assert_eq!(names("AFP's correspondent saw smoke."), ["Agence France-Presse"]);
        assert_eq!(names("The Associated Press has learned that the plan changed."), ["Associated Press"]);
    }

    #[test]
    fn wire_credits() {
        assert_eq!(found("ASTANA (AFP) — Putin arrived."), [("Agence France-Presse".to_string(), "AFP".to_string())]);
        assert_eq!(names("WASHINGTON (AP) — The Senate voted."), ["Associated Press"]);
        // An acronym after a name in running text is no wire credit.
        assert!(names(
            "Rescue workers pulled 23 people out, according to the Lagos State Emergency Management Agency (LASEMA)."
        )
        .is_empty());
        assert_eq!(names("ASTANA, Nov 9 (Reuters) - Putin arrived."), ["Reuters"]);
        assert_eq!(names("TASHKENT (AFP/Reuters) - Leaders met."), ["Agence France-Presse", "Reuters"]);
        assert_eq!(names("The summit closed without a statement.\n— AFP"), ["Agence France-Presse"]);
        assert!(names("Leaders met in Tashkent. (AP Photo/Jane Doe)").is_empty());
    }

    #[test]
    fn general_pattern() {
        assert_eq!(
            found("Kazinform News Agency reported that the talks ended."),
            [("Kazinform".to_string(), "Kazinform News Agency".to_string())]
        );
        assert_eq!(names("The Associated Press and Fox News also reported it."), ["Associated Press", "Fox News"]);
        assert!(names("According to a report by Oakland television station, KTVU, the bridge failed.")
            .iter()
            .all(|n| n != "Oakland"));
        assert_eq!(names("The Astana Times reported a record harvest."), ["The Astana Times"]);
        assert_eq!(names("Tokayev told Khabar Television that ties were strong."), ["Khabar Television"]);
        assert_eq!(names("The Mehr news agency reported the visit."), ["Mehr"]);
        assert_eq!(names("According to the newspaper Vedomosti, the deal is off."), ["Vedomosti"]);
    }

    #[test]
    fn sentences_without_media_words_are_skipped_only_when_general_finds_nothing() {
        for t in [
            "The Mehr news agency reported the visit.",
            "The Astana Times’s reporter said so.",
            "Tokayev told Khabar TV that ties were strong.",
            "Ties are strong, the broadcaster Khabar said.",
        ] {
            assert!(may_name_by_form(t), "{t}");
        }
        for t in ["Prices rose by 12 percent in October.", "He told reporters the deal was off.", "three times"] {
            assert!(!may_name_by_form(t), "{t}");
            let ws = words(t, Span::new(0, t.len()));
            assert!(general(t, &ws).is_empty(), "{t}");
        }
    }

    #[test]
    fn credits_back_the_publisher_and_cues_their_sentence() {
        let t = "ASTANA (AFP) — Putin arrived. Talks failed, according to Reuters. Tokayev said ties were strong.";
        let sents = crate::segment::segment(t);
        let out = find_outlets(t, &sents);
        assert_eq!(out.iter().map(|o| o.credit).collect::<Vec<_>>(), [true, false]);
        let by = |i: usize, speaker: bool| -> Vec<String> {
            super::super::outlets_backing(&out, sents[i].span(), speaker)
                .into_iter()
                .map(|k| out[k].name.clone())
                .collect()
        };
        assert_eq!(by(0, false), ["Agence France-Presse"]);
        assert_eq!(by(1, false), ["Agence France-Presse", "Reuters"]);
        assert_eq!(by(1, true), ["Reuters"]);
        assert!(by(2, true).is_empty());
    }

    #[test]
    fn hyphenated_and_wrapped() {
        assert_eq!(names("Prices held, Interfax-Kazakhstan\nreported."), ["Interfax"]);
        assert_eq!(names("It was expected by analysts polled by Reuters."), ["Reuters"]);
    }

    #[test]
    fn canonical_names() {
        assert_eq!(canonical_outlet("AP"), Some("Associated Press"));
        assert_eq!(canonical_outlet("the BBC"), Some("BBC"));
        assert_eq!(canonical_outlet("New York Times"), Some("The New York Times"));
        assert_eq!(canonical_outlet("Reuters"), Some("Reuters"));
        assert_eq!(canonical_outlet("Kremlin"), None);
    }

    #[test]
    fn not_sources() {
        assert!(names("CNN's headquarters were evacuated on Monday.").is_empty());
        assert!(names("Michael Bloomberg said he would donate.").is_empty());
        assert!(names("Bloomberg said the city would recover.").is_empty());
        assert!(names("The Times Square crowd cheered.").is_empty());
        assert!(names("He worked for the Associated Press for ten years.").is_empty());
        assert!(names("AP courses are popular in high schools.").is_empty());
        assert!(names("The Daily Show host joked about it.").is_empty());
        assert!(names("The U.S. Environmental Protection Agency says some crops may gain.").is_empty());
        assert!(names("").is_empty());
    }

    #[test]
    fn spans_are_exact_on_unicode() {
        let t = "Ünïcödé — according to El País, the vote is on.";
        for (_, s) in found(t) {
            assert_eq!(s, "El País");
        }
    }
}
