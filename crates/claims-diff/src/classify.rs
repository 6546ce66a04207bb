//! Classification of an aligned pair (or split/merge group) of claims.
//!
//! Each kind is read from the claims' fields and, so that the diff stays
//! useful whatever the extractor found, from the words of the two texts:
//!
//! | kind | fields | words |
//! |---|---|---|
//! | `negation` | `negated` differs | the count of negators (`not`, `never`, `n't`…) differs |
//! | `number` | — | the values of the numbers differ (`3` = `three`; years count as dates) |
//! | `attribution` | speaker name or cue differs | a reporting verb (`said`, `claimed`…) added or removed |
//! | `certainty` | `certainty` differs | modal or hedge words differ (`will`, `is set to`, `reportedly`) |
//! | `date` | resolved dates differ | time words (`today`, `Saturday`, `March`), years, or a preposition relating an event to a time (`in 2007` → `since 2007`) differ |
//! | `source` | a post, link, outlet or document source added/removed | — |
//! | `wording` | — | any other difference of the texts |
//! | `moved` | — | the claim left its place relative to the others |
//!
//! The extractor's readings (polarity, certainty, speaker, cue) count only
//! when some word of the texts changed that could carry them (a content word,
//! negator, modal, number, time or reporting word); the same words read
//! differently are the extractor's noise, not an edit.
//!
//! A change is **substantive** when it has any kind but `wording` and `moved`
//! (a move alone is reported but is not substantive), or when its wording adds
//! a content word or deletes a name. Content words are words other than
//! function words, negators, modal words, numbers and time words, compared by
//! stem; these pairs of a deleted and an inserted word do not count: a typo or
//! spelling variant (`officialy` → `officially`, `licence` → `license`,
//! `gaoled` → `jailed`, `spokesman` → `spokesperson`), two words run together
//! (`Peskovsaid` → `Peskov said`), an abbreviation written out (`PM` → `Prime
//! Minister`, `PA` → `Pennsylvania`) and a derivation of one root (`champion` →
//! `championship`). Content words only deleted, none added and none a name,
//! drop detail without saying anything new (`two people, a man and a woman,` →
//! `two people`). The same number with other thousands separators (`30.000` →
//! `30,000`) and `a` → `one` are not number changes. Cosmetic edits —
//! typos, punctuation, white space, capitalisation, inflection, function words,
//! word order, dropped detail — are therefore `wording` with `substantive: false`.
//! The speaker, cue and certainty read by the extractor count only when words
//! that carry them changed: a speaker or cue whose words are on both sides, or
//! a certainty with the same modal, reporting and hedge words, did not change;
//! nor did a source whose name is on both sides. With the sentences in the
//! [`Context`], words that left a claim but are still in its sentence, or
//! that came into it from its old sentence, were divided among the sentence's
//! claims differently, and are not edits; so are runs of words (with their
//! negators, modals and numbers) that left a claim and stand as they were
//! elsewhere in its sentences.
//!
//! More edits that keep the meaning:
//! - a neutral verb of saying for another (`stated` → `said`, `said` →
//!   `added`); loaded ones (`claimed`, `admitted`, `denied`) still count;
//! - the speaker and reporting verb written again when a long quote is split
//!   (`the report states A and that B` → `… A. The report goes on to state B`);
//! - a modal shifted back (`will` → `would`, `can` → `could`) as far as the
//!   words go: the extractor's certainty field still counts;
//! - a modal word after a determiner, which is a noun or an adjective (`the
//!   planned date`), is no modal;
//! - discourse markers (`for example`, `in addition`, `of course`);
//! - a name for its demonym (`Japan` → `Japanese`, `Canada` → `Canadian`,
//!   and the irregular ones: `American` → `United States`, `Dutch` →
//!   `Netherlands`);
//! - initials written with or without dots (`U.S.` → `US` → `United States`);
//! - a speaker's name written with other spaces or hyphens (`Keyzilberman` →
//!   `Key Zilberman`); a reporting word inside a name (`United States`, `the
//!   Washington Post`) is no reporting verb;
//! - in a split or merge, the same negators written on both sides (the
//!   claims' own flags read only their main clauses);
//! - a pronoun replaced by the name or noun it stands for, when that is named
//!   before in the article (`He` → `Kotunica`), or the other way round;
//! - modal words of one degree of certainty (`is set to` → `is scheduled to`);
//! - a phrasal verb or light-verb phrase for the one word that says the same
//!   (`go back` → `return`, `find out` → `discover`, `was getting bigger` →
//!   `increased`, `getting` → `becoming`);
//! - a light verb with a noun made from a verb, for that verb (`inspected` →
//!   `carried out an inspection`), but not one light verb for another;
//! - a complex preposition for its one word (`before` → `prior to`);
//! - a passive of purpose for its verb (`will be used to offset` → `will
//!   offset`), but not a past habit (`used to live`);
//! - a conditional `would` before an adjective that states the degree
//!   itself (`is possible` → `would be possible`);
//! - a speaker whose name ran into the next word (`Peskovsaid` → `Peskov
//!   said`) is no speaker added;
//! - ways of writing the same quantity: `4pm` → `4 p.m.`, `kilometres` →
//!   `km`, `5 percent` → `5%`, `$5 million` → `$5m`, and initials in lower
//!   case (`chief executive officer` → `CEO`);
//! - an abbreviation added beside, or dropped from beside, the name it
//!   stands for (`the World Health Organization (WHO)`);
//! - a relative pronoun for a name earlier in its sentence (`the savings from
//!   Riverside Park` → `the savings from which`);
//! - a hedge the extractor reads on one side only while its words stand on
//!   both (`will`);
//! - a clause cut down to its participle, which takes its time from the
//!   sentence (`which will be followed by` → `followed by`, `and each will
//!   require` → `, each requiring`);
//! - a noun of vague quantity used as a determiner (`some` → `a group of`,
//!   `a number of`, `a series of`);
//! - a verb and its noun in `-ure` (`fail` → `failure`);
//! - a name written shorter or longer (`Barack Obama` → `Obama`, `Obama` →
//!   `President Obama`) when its full form stands earlier in the version
//!   with the short one.
//!
//! A speaker change says when a named speaker became an unnamed one (`Mayor
//! John Rewi` → `a council official`) or the other way round; a cosmetic
//! edit that only moves words says `word order`.

use std::cell::OnceCell;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use claims_match::words;
use claims_model::{ids, ChangeKind, Claim, Sentence, Source, SourceKind, WordOp, WordOpKind};
use similar::{capture_diff_slices, Algorithm, DiffTag};

/// The sources of both versions, to tell posts and links from speakers, and
/// (when given) their sentences, to tell an edit from a different reading.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    old: HashMap<&'a str, &'a Source>,
    new: HashMap<&'a str, &'a Source>,
    old_sentences: &'a [Sentence],
    new_sentences: &'a [Sentence],
    /// Where each content stem first stands in each version (made on first use).
    old_first: OnceCell<HashMap<String, usize>>,
    new_first: OnceCell<HashMap<String, usize>>,
}

impl<'a> Context<'a> {
    /// A context from the source lists of the old and new version.
    pub fn new(old: &'a [Source], new: &'a [Source]) -> Self {
        Context {
            old: old.iter().map(|s| (s.id.as_str(), s)).collect(),
            new: new.iter().map(|s| (s.id.as_str(), s)).collect(),
            ..Context::default()
        }
    }

    /// The same context with the sentences of both versions (in text order):
    /// a speaker or reporting word that left a claim's text but is still in
    /// its sentence was read differently, not edited.
    pub fn with_sentences(mut self, old: &'a [Sentence], new: &'a [Sentence]) -> Self {
        self.old_sentences = old;
        self.new_sentences = new;
        self
    }
}

/// Where each content stem (no function word) first stands in the sentences.
fn first_positions(sentences: &[Sentence]) -> HashMap<String, usize> {
    let mut out = HashMap::new();
    for s in sentences {
        for t in words::tokens(&s.text) {
            if t.word && !words::is_stopword(&words::fold(t.text)) {
                out.entry(lemma(t.text)).or_insert(s.start + t.start);
            }
        }
    }
    out
}

/// True for a run of words that are all function words (or neutral verbs of
/// saying: `She stated` → `Kask said`), one of them a pronoun standing for
/// something named elsewhere (`he`, `them`, `its`, `this`).
fn is_pronoun_run(ws: &[String]) -> bool {
    let f: Vec<String> = ws.iter().map(|w| words::fold(w)).collect();
    !f.is_empty()
        && f.iter().all(|w| words::is_stopword(w) || is_neutral_stem(&lemma(w)))
        && f.iter().any(|w| {
            matches!(
                w.as_str(),
                "he" | "she"
                    | "it"
                    | "they"
                    | "him"
                    | "her"
                    | "them"
                    | "his"
                    | "hers"
                    | "its"
                    | "their"
                    | "theirs"
                    | "this"
                    | "these"
                    | "those"
                    // Relative pronouns stand for a noun before them.
                    | "which"
                    | "who"
                    | "whom"
                    | "whose"
            )
        })
}

/// The offset in the article of byte `at` of the claims' texts joined with
/// single spaces ([`join`]).
fn source_offset(claims: &[&Claim], mut at: usize) -> usize {
    for c in claims {
        if at <= c.text.len() {
            return c.span.start + at;
        }
        at -= c.text.len() + 1;
    }
    claims.last().map_or(0, |c| c.span.end)
}

/// The sentences the claims stand in (every sentence a claim's span reaches
/// into: a quote may run over several), joined; the claims' own texts when no
/// sentence is known.
fn frame(claims: &[&Claim], sentences: &[Sentence]) -> String {
    let mut picked: Vec<usize> = Vec::new();
    let mut own = Vec::new();
    for c in claims {
        // Sentences are in text order: the first that ends after the claim starts.
        let first = sentences.partition_point(|s| s.end <= c.span.start);
        let before = picked.len();
        picked.extend((first..sentences.len()).take_while(|&k| sentences[k].start < c.span.end));
        if picked.len() == before {
            match sentences.iter().position(|s| s.index == c.sentence) {
                Some(k) => picked.push(k),
                None => own.push(c.text.as_str()),
            }
        }
    }
    picked.sort_unstable();
    picked.dedup();
    let mut out = String::new();
    for t in picked.iter().map(|&k| sentences[k].text.as_str()).chain(own) {
        out.push(' ');
        out.push_str(t);
    }
    out
}

/// The classification of one aligned group.
#[derive(Debug, Clone, PartialEq)]
pub struct Classified {
    /// Every kind that applies, most serious first; empty when nothing changed.
    pub kinds: Vec<ChangeKind>,
    /// False for cosmetic edits.
    pub substantive: bool,
    /// One line for a reviewer.
    pub explanation: String,
    /// Word diff of the (joined) texts.
    pub word_diff: Vec<WordOp>,
}

/// A word or punctuation mark with the white space after it.
#[derive(Debug, Clone, Copy)]
struct Piece<'a> {
    key: &'a str,
    start: usize,
    end: usize,
    /// End including the trailing white space.
    full_end: usize,
    word: bool,
}

fn pieces(text: &str) -> Vec<Piece<'_>> {
    let toks = words::tokens(text);
    let mut out: Vec<Piece> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        let full_end = toks.get(i + 1).map_or(text.len(), |n| n.start);
        out.push(Piece { key: t.text, start: t.start, end: t.end, full_end, word: t.word });
    }
    out
}

type Hunk = (Range<usize>, Range<usize>);

fn ops<'a>(a: &[Piece<'a>], b: &[Piece<'a>]) -> Vec<(DiffTag, Range<usize>, Range<usize>)> {
    let ka: Vec<&str> = a.iter().map(|p| p.key).collect();
    let kb: Vec<&str> = b.iter().map(|p| p.key).collect();
    capture_diff_slices(Algorithm::Myers, &ka, &kb).iter().map(|o| o.as_tag_tuple()).collect()
}

fn push_op(out: &mut Vec<WordOp>, op: WordOpKind, text: &str) {
    if text.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => out.push(WordOp { op, text: text.to_string() }),
    }
}

fn render_ops(
    old: &str,
    new: &str,
    a: &[Piece],
    b: &[Piece],
    ops: &[(DiffTag, Range<usize>, Range<usize>)],
) -> Vec<WordOp> {
    let span = |text: &str, p: &[Piece], r: &Range<usize>| -> String {
        if r.is_empty() {
            return String::new();
        }
        text[p[r.start].start..p[r.end - 1].full_end].to_string()
    };
    let mut out = Vec::new();
    for (tag, ro, rn) in ops {
        match tag {
            DiffTag::Equal => push_op(&mut out, WordOpKind::Equal, &span(new, b, rn)),
            DiffTag::Delete => push_op(&mut out, WordOpKind::Delete, &span(old, a, ro)),
            DiffTag::Insert => push_op(&mut out, WordOpKind::Insert, &span(new, b, rn)),
            DiffTag::Replace => {
                push_op(&mut out, WordOpKind::Delete, &span(old, a, ro));
                push_op(&mut out, WordOpKind::Insert, &span(new, b, rn));
            }
        }
    }
    out
}

/// Word-level diff of two texts (words compared exactly, white space ignored).
pub fn word_diff(old: &str, new: &str) -> Vec<WordOp> {
    let (a, b) = (pieces(old), pieces(new));
    let o = ops(&a, &b);
    render_ops(old, new, &a, &b, &o)
}

/// What the words of a text say, for comparison.
#[derive(Debug, Default)]
struct Profile {
    negators: usize,
    /// Modal words, a modal shifted back counted as its present form.
    modals: Vec<String>,
    /// Modal words as written (stems), for the extractor's certainty.
    modals_written: Vec<String>,
    times: Vec<String>,
    numbers: Vec<(f64, String)>,
    content: Vec<String>,
    cues: Vec<String>,
}

const CUES: &[&str] = &[
    "say",
    "tell",
    "claim",
    "stat",
    "add",
    // `added`, `adding` (the stemmer writes a doubled final letter once).
    "ad",
    "announc",
    "insist",
    "deny",
    "den",
    "accord",
    "report",
    "confirm",
    "admit",
    "argu",
    "explain",
    "warn",
    "writ",
    "assert",
    "suggest",
    "acknowledg",
    "declar",
    "maintain",
    "contend",
    "tweet",
    "post",
    "quot",
    "alleg",
];

/// True when `w` ends a discourse marker whose other words (`p2 p1`) come
/// before it: `for example`, `for instance`, `in addition`, `in fact`, `of
/// course`, `in particular`, `in other words`, `in turn`.
fn is_discourse_marker(p2: Option<&str>, p1: Option<&str>, w: &str) -> bool {
    match (p1, w) {
        (Some("for"), "example" | "instance") => true,
        (Some("in"), "addition" | "fact" | "particular" | "turn") => true,
        (Some("of"), "course") => true,
        (Some("other"), "words") => p2 == Some("in"),
        (Some("in"), "other") => true,
        _ => false,
    }
}

/// True when two stems are derivations of one root ([`words::is_derivation`]),
/// or one is the other's noun in `-ure` (`fail` → `failure`, `close` →
/// `closure`, `depart` → `departure`).
fn is_derivation(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    words::is_derivation(a, b)
        || (short.chars().count() >= 4
            && short.chars().all(char::is_alphabetic)
            && long.strip_prefix(short).is_some_and(|rest| rest == "ur" || rest == "ure"))
}

/// True when `w` is a noun of vague quantity used as a determiner: after
/// `a`/`an` and before `of` (`a group of`, `a number of`, `a handful of`,
/// `a series of`, `a lot of`), or `lots of`. Nouns that set a proportion
/// (`a majority of`) or a part (`a section of`) say more and are not here.
fn is_quantity_noun(prev: Option<&str>, w: &str, next: Option<&str>) -> bool {
    if next != Some("of") {
        return false;
    }
    match w {
        "lots" => true,
        "group" | "number" | "handful" | "series" | "lot" | "variety" | "range" | "host" | "bunch" | "multitude" => {
            matches!(prev, Some("a" | "an"))
        }
        _ => false,
    }
}

/// Demonyms that are not made from their country's name by a suffix (see
/// [`is_name_derivation`]), with the names they stand for (folded words).
const DEMONYMS: &[(&str, &[&[&str]])] = &[
    ("american", &[&["united", "states"], &["us"], &["usa"]]),
    ("british", &[&["britain"], &["united", "kingdom"], &["uk"]]),
    ("dutch", &[&["netherlands"], &["holland"]]),
    ("french", &[&["france"]]),
    ("swiss", &[&["switzerland"]]),
    ("welsh", &[&["wales"]]),
    ("scottish", &[&["scotland"]]),
    ("irish", &[&["ireland"]]),
    ("english", &[&["england"]]),
    ("spanish", &[&["spain"]]),
    ("danish", &[&["denmark"]]),
    ("swedish", &[&["sweden"]]),
    ("finnish", &[&["finland"]]),
    ("polish", &[&["poland"]]),
    ("turkish", &[&["turkey"]]),
    ("greek", &[&["greece"]]),
    ("norwegian", &[&["norway"]]),
    ("portuguese", &[&["portugal"]]),
    ("belgian", &[&["belgium"]]),
    ("lebanese", &[&["lebanon"]]),
    ("thai", &[&["thailand"]]),
    ("filipino", &[&["philippines"]]),
    ("saudi", &[&["saudi", "arabia"]]),
    ("afghan", &[&["afghanistan"]]),
    ("kazakh", &[&["kazakhstan"]]),
    ("uzbek", &[&["uzbekistan"]]),
    ("tajik", &[&["tajikistan"]]),
    ("kyrgyz", &[&["kyrgyzstan"]]),
    ("turkmen", &[&["turkmenistan"]]),
];

/// Removes from `list` (stems only `text` has) a capitalised demonym of
/// [`DEMONYMS`] whose country's name stands in `other` with all its stems in
/// `other_list` (stems only `other` has), and removes those stems: `the
/// American ambassador` → `the United States ambassador` names one country.
fn match_demonyms(list: &mut Vec<String>, other_list: &mut Vec<String>, text: &str, other: &str) {
    let mut other_words: Option<Vec<String>> = None;
    for t in words::tokens(text) {
        if !t.word || !t.text.chars().next().is_some_and(char::is_uppercase) {
            continue;
        }
        let Some((_, names)) = DEMONYMS.iter().find(|(d, _)| *d == words::fold(t.text)) else { continue };
        let stem = lemma(t.text);
        let Some(k) = list.iter().position(|x| *x == stem) else { continue };
        let ow = other_words.get_or_insert_with(|| folded_words(other));
        let found = names.iter().find_map(|name| {
            let run: Vec<String> = name.iter().map(|w| w.to_string()).collect();
            let stems: Vec<String> = name.iter().map(|w| lemma(w)).collect();
            (occurrences(ow, &run) > 0 && minus(&stems, other_list).is_empty()).then_some(stems)
        });
        if let Some(stems) = found {
            list.remove(k);
            for st in stems {
                if let Some(i) = other_list.iter().position(|x| *x == st) {
                    other_list.remove(i);
                }
            }
        }
    }
}

/// True when one name is the other's demonym or adjective (`Japan` →
/// `Japanese`, `Canada` → `Canadian`, `Iraq` → `Iraqi`, `Germany` →
/// `German`): words as written, both capitalised.
fn is_name_derivation(a: &str, b: &str) -> bool {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if !capital(a) || !capital(b) {
        return false;
    }
    let (a, b) = (words::fold(a), words::fold(b));
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    if short == long || short.chars().count() < 4 {
        return false;
    }
    // `canada` → `canad-ian`, `china` → `chin-ese`: the final vowel may go.
    let roots = [short.as_str(), short.strip_suffix(['a', 'e', 'o', 'y']).unwrap_or(&short)];
    roots.iter().any(|r| {
        long.strip_prefix(r)
            .is_some_and(|rest| matches!(rest, "n" | "an" | "ian" | "ese" | "i" | "ish" | "ic" | "y" | "er" | "ean"))
    })
}

/// One word for modal words of one degree of certainty (stems): a plan
/// (`is set to`, `is scheduled to`, `plans to`, `is due to`, `intends to`)
/// or a possibility (`perhaps`, `maybe`, `possibly`).
fn modal_class(stem: &str) -> Option<&'static str> {
    match stem {
        "plan" | "schedul" | "set" | "due" | "intend" | "aim" => Some("plan"),
        "perhap" | "perhaps" | "maybe" | "possib" | "possibl" => Some("possibly"),
        _ => None,
    }
}

/// Phrasal verbs and light-verb phrases with the one word that says the same
/// (`go back` → `return`, `find out` → `discover`, `get bigger` →
/// `increase`, `getting` → `becoming`), as written in their base forms:
/// rewording one as the other is a matter of register, not of meaning.
const PHRASAL: &[(&[&str], &[&str])] = &[
    (&["go", "back"], &["return"]),
    (&["come", "back"], &["return"]),
    (&["find", "out"], &["discover"]),
    (&["find", "out"], &["learn"]),
    (&["set", "up"], &["establish"]),
    (&["set", "up"], &["create"]),
    (&["carry", "out"], &["conduct"]),
    (&["carry", "out"], &["perform"]),
    (&["put", "off"], &["postpone"]),
    (&["put", "off"], &["delay"]),
    (&["call", "off"], &["cancel"]),
    (&["look", "into"], &["investigate"]),
    (&["look", "for"], &["seek"]),
    (&["look", "for"], &["search"]),
    (&["turn", "down"], &["reject"]),
    (&["turn", "down"], &["refuse"]),
    (&["take", "part"], &["participate"]),
    (&["give", "up"], &["abandon"]),
    (&["go", "up"], &["rise"]),
    (&["go", "up"], &["increase"]),
    (&["go", "down"], &["fall"]),
    (&["go", "down"], &["decrease"]),
    (&["get", "bigger"], &["increase"]),
    (&["get", "bigger"], &["grow"]),
    (&["get", "larger"], &["increase"]),
    (&["get", "larger"], &["grow"]),
    (&["get", "smaller"], &["decrease"]),
    (&["get", "smaller"], &["shrink"]),
    (&["get", "worse"], &["worsen"]),
    (&["get", "better"], &["improve"]),
    (&["point", "out"], &["note"]),
    (&["make", "sure"], &["ensure"]),
    (&["pass", "away"], &["die"]),
    (&["break", "out"], &["erupt"]),
    (&["put", "out"], &["extinguish"]),
    (&["go", "on"], &["continue"]),
    (&["keep", "on"], &["continue"]),
    (&["speed", "up"], &["accelerate"]),
    (&["hand", "over"], &["deliver"]),
    (&["get", "in", "touch"], &["contact"]),
    // The obituary formula: `X left behind his wife` = `X is survived by his wife`.
    (&["leave", "behind"], &["survive"]),
    (&["get"], &["become"]),
    // Complex prepositions and their one-word equivalents.
    (&["prior", "to"], &["before"]),
    (&["following"], &["after"]),
    (&["in", "spite", "of"], &["despite"]),
];

/// Removes from `del` and `ins` (stems only one side has) the content stems
/// of a phrase of [`PHRASAL`] that stands as a run in `old` and whose
/// one-word equivalent stands in `new`, or the other way round.
fn match_phrasal(del: &mut Vec<String>, ins: &mut Vec<String>, old: &str, new: &str) {
    // Every phrase pair has a content word on one side at least: with no
    // content word deleted or inserted there is nothing to match.
    if del.is_empty() && ins.is_empty() {
        return;
    }
    let lemmas =
        |t: &str| -> Vec<String> { words::tokens(t).iter().filter(|w| w.word).map(|w| lemma(w.text)).collect() };
    let (ol, nl) = (lemmas(old), lemmas(new));
    let stands = |seq: &[String], run: &[String]| seq.windows(run.len()).any(|w| w == run);
    for (lx, ly, kx, ky) in phrasal_stems() {
        for (from, to, cf, ct) in [(lx, ly, kx, ky), (ly, lx, ky, kx)] {
            // The phrase went (its content stems are among the deleted) and its
            // equivalent came (among the inserted).
            // A side of function words only (`before`) went or came when it
            // stands more often on its own side than on the other.
            let count = |seq: &[String], run: &[String]| seq.windows(run.len()).filter(|w| *w == run).count();
            let went = if cf.is_empty() {
                count(&ol, from) > count(&nl, from)
            } else {
                stands(&ol, from) && minus(cf, del).is_empty()
            };
            let came = if ct.is_empty() {
                count(&nl, to) > count(&ol, to)
            } else {
                stands(&nl, to) && minus(ct, ins).is_empty()
            };
            // At least one side is a content word, whose stems are taken off.
            let went = went && !(cf.is_empty() && ct.is_empty());
            if went && came {
                for (list, stems) in [(&mut *del, cf), (&mut *ins, ct)] {
                    for st in stems {
                        if let Some(k) = list.iter().position(|v| v == st) {
                            list.remove(k);
                        }
                    }
                }
            }
        }
    }
}

/// One pair of [`PHRASAL`] as stems: both sides, then the content stems of each.
type PhrasalStems = (Vec<String>, Vec<String>, Vec<String>, Vec<String>);

/// The stems of [`PHRASAL`], made on first use: for each pair, the stems of
/// both sides and the stems of their words that are no function words
/// (`before` is one).
fn phrasal_stems() -> &'static [PhrasalStems] {
    static STEMS: OnceLock<Vec<PhrasalStems>> = OnceLock::new();
    STEMS.get_or_init(|| {
        let all = |ws: &[&str]| -> Vec<String> { ws.iter().map(|w| lemma(w)).collect() };
        let content = |ws: &[&str]| -> Vec<String> {
            ws.iter().filter(|w| !words::is_stopword(&words::fold(w))).map(|w| lemma(w)).collect()
        };
        PHRASAL.iter().map(|(x, y)| (all(x), all(y), content(x), content(y))).collect()
    })
}

/// Removes the stem of `used` from `list` (stems only `text` has) when it
/// stands in a passive of purpose (`the savings will be used to offset
/// costs` = `the savings will offset costs`, `the money was used to buy
/// arms`): a form of `be`, `used`, `to` and a verb. `other` must not use
/// the verb at all. `used to` after no `be` (`he used to live there`) is a
/// past habit, and `be used to` before `-ing` (`was used to living`) is
/// being accustomed: both say something and still count.
fn match_used_to(list: &mut Vec<String>, text: &str, other: &str) {
    let st = lemma("used");
    let Some(k) = list.iter().position(|x| *x == st) else { return };
    if folded_words(other).iter().any(|w| lemma(w) == st) {
        return;
    }
    let ws = folded_words(text);
    let purpose = ws.windows(4).any(|w| {
        matches!(w[0].as_str(), "be" | "is" | "are" | "was" | "were" | "been" | "being")
            && w[1] == "used"
            && w[2] == "to"
            && !w[3].ends_with("ing")
            && !words::is_stopword(&w[3])
    });
    if purpose {
        list.remove(k);
    }
}

/// Light verbs: verbs that, with a noun made from another verb, say what
/// that verb says (`made an announcement` = `announced`, `held talks` =
/// `talked`, `carried out an investigation` = `investigated`).
const LIGHT_VERBS: &[&str] = &[
    "make",
    "makes",
    "made",
    "making",
    "take",
    "takes",
    "took",
    "taken",
    "taking",
    "give",
    "gives",
    "gave",
    "given",
    "giving",
    "hold",
    "holds",
    "held",
    "holding",
    "have",
    "has",
    "had",
    "having",
    "carry",
    "carries",
    "carried",
    "carrying",
    "conduct",
    "conducts",
    "conducted",
    "conducting",
    "perform",
    "performs",
    "performed",
    "performing",
];

/// Removes from `list` (stems only `text` has) a light verb of `text` whose
/// noun (the next word, or the one after a determiner or `out`) has the stem
/// of a word of `other`, or is a derivation of one: a verb turned into a
/// light verb and its noun, or back, says the same.
fn match_light_verbs(list: &mut Vec<String>, text: &str, other: &str) {
    // Only a light verb among the listed stems is taken off.
    if list.is_empty() {
        return;
    }
    // The noun of the light verb at `i`: the next word, or the one after a
    // determiner or `out`.
    let noun_at = |ws: &[String], i: usize| -> Option<usize> {
        let mut j = i + 1;
        while j < ws.len() && j <= i + 2 && (is_determiner(&ws[j]) || ws[j] == "out") {
            j += 1;
        }
        (j < ws.len() && !words::is_stopword(&ws[j])).then_some(j)
    };
    let tw: Vec<String> = folded_words(text);
    let ow: Vec<String> = folded_words(other);
    // The other side's own light-verb nouns are no verbs: `had office` →
    // `took office` swaps the light verb, which is an edit.
    let objects: Vec<usize> =
        (0..ow.len()).filter(|&k| LIGHT_VERBS.contains(&ow[k].as_str())).filter_map(|k| noun_at(&ow, k)).collect();
    let others: Vec<String> =
        ow.iter().enumerate().filter(|(k, _)| !objects.contains(k)).map(|(_, w)| lemma(w)).collect();
    for (i, w) in tw.iter().enumerate() {
        let st = lemma(w);
        if !LIGHT_VERBS.contains(&w.as_str()) || !list.contains(&st) {
            continue;
        }
        let Some(j) = noun_at(&tw, i) else { continue };
        let noun = lemma(&tw[j]);
        if others.iter().any(|o| *o == noun || is_derivation(o, &noun)) {
            if let Some(k) = list.iter().position(|x| *x == st) {
                list.remove(k);
            }
        }
    }
}

/// True for a speaker that names nobody: an indefinite or counted description
/// (`a council official`, `two officials`, `sources close to the talks`,
/// `an unnamed diplomat`), as opposed to a name (`Maria Tane`) or a definite
/// title (`the mayor`, `Police`).
fn is_unnamed(speaker: &str) -> bool {
    let ws = folded_words(speaker);
    let Some(first) = ws.first() else { return false };
    let anonymous = |w: &str| matches!(w, "unnamed" | "anonymous" | "unidentified" | "source" | "sources");
    matches!(first.as_str(), "a" | "an" | "one" | "some" | "several" | "many" | "two" | "three" | "four")
        || ws.iter().any(|w| anonymous(w))
}

/// Prepositions that relate an event to a time (see `profile`).
fn is_time_relation(w: &str) -> bool {
    matches!(w, "since" | "until" | "till" | "before" | "after" | "by" | "from" | "during" | "through" | "throughout")
}

/// Articles, demonstratives and possessives: the words that open a noun phrase.
fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "these"
            | "those"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "my"
            | "your"
    )
}

/// The present form of a modal shifted back in reported speech or a
/// conditional (`would` → `will`, `could` → `can`, `might` → `may`): the
/// word profile counts them as one modal. The extractor's certainty field
/// still tells a hedged `would` from a firm `will` when it reads them apart.
fn backshifted(w: &str) -> Option<&'static str> {
    match w {
        "would" => Some("will"),
        "wouldn't" => Some("won't"),
        "could" => Some("can"),
        "couldn't" => Some("can't"),
        "might" => Some("may"),
        _ => None,
    }
}

fn profile(text: &str) -> Profile {
    let toks = words::tokens(text);
    let mut p = Profile::default();
    let mut nums = words::numbers(text);
    // `no one`, `every one`: a pronoun, not the number one.
    nums.retain(|n| {
        let before = toks.iter().rev().find(|t| t.end <= n.start).map(|t| words::fold(t.text));
        !(words::fold(&n.text) == "one" && matches!(before.as_deref(), Some("no" | "every" | "any" | "some")))
    });
    for n in &nums {
        if n.year {
            p.times.push(format!("{}", n.value));
        } else {
            p.numbers.push((n.value, n.text.clone()));
        }
    }
    let in_number = |t: &words::Token| nums.iter().any(|n| n.start <= t.start && t.end <= n.end);
    for (i, t) in toks.iter().enumerate() {
        if !t.word {
            continue;
        }
        let f = words::fold(t.text);
        if words::is_negator(&f) {
            p.negators += 1;
            continue;
        }
        let next = toks.get(i + 1).filter(|n| n.word).map(|n| words::fold(n.text));
        // After a determiner a modal word is a noun or an adjective (`the
        // planned date`, `a likely winner`): it sets no certainty.
        // `goes on to say`: `go on` is the aspect of the verb after it.
        if matches!(f.as_str(), "go" | "goes" | "went" | "gone" | "going") && next.as_deref() == Some("on") {
            continue;
        }
        let determined = i > 0 && toks[i - 1].word && is_determiner(&words::fold(toks[i - 1].text));
        // A conditional `would` before an adjective that states the degree
        // itself (`it would be possible` = `it is possible`, `would be
        // unlikely`) adds a mood, not a degree of certainty.
        let after_next = toks.get(i + 2).filter(|n| n.word).map(|n| words::fold(n.text));
        if f == "would"
            && next.as_deref() == Some("be")
            && after_next
                .as_deref()
                .is_some_and(|w| matches!(w, "possible" | "impossible" | "likely" | "unlikely" | "able" | "unable"))
        {
            continue;
        }
        if words::is_modal(&f, next.as_deref()) && !determined {
            // `alleged`/`allegedly`, `expects`/`expected` are one modal; and
            // `would` is `will` shifted back (`said it will` → `said it would`).
            let base = backshifted(&f).unwrap_or(&f);
            let stem = lemma(base.strip_suffix("ly").unwrap_or(base));
            p.modals.push(modal_class(&stem).map_or(stem, str::to_string));
            p.modals_written.push(lemma(f.strip_suffix("ly").unwrap_or(&f)));
            continue;
        }
        if in_number(t) {
            continue;
        }
        if words::is_time_word(t.text) {
            p.times.push(words::month(t.text).map_or(f, str::to_string));
            continue;
        }
        // Discourse markers link sentences and add no content (`for example`,
        // `in addition`, `in fact`, `of course`, `in other words`).
        let prev = |k: usize| i.checked_sub(k).map(|j| words::fold(toks[j].text));
        if is_discourse_marker(prev(2).as_deref(), prev(1).as_deref(), &f) {
            continue;
        }
        // A noun of vague quantity before `of` is a determiner (`a group of
        // protesters` = `some protesters`, `a number of`, `a series of`).
        if is_quantity_noun(prev(1).as_deref(), &f, next.as_deref()) {
            continue;
        }
        // `am`/`pm` after a number (see `clock_times`) is part of a time.
        if matches!(f.as_str(), "am" | "pm") && i.checked_sub(1).is_some_and(|j| in_number(&toks[j])) {
            p.times.push(f);
            continue;
        }
        // `percent` (and `per cent`) is the unit of the number before it: `5%`.
        let after_number = |k: usize| i.checked_sub(k).is_some_and(|j| in_number(&toks[j]));
        if (f == "percent" && after_number(1)) || (f == "cent" && prev(1).as_deref() == Some("per") && after_number(2))
        {
            continue;
        }
        let all_caps = t.text.len() >= 2 && t.text.chars().all(|c| c.is_uppercase());
        if words::is_stopword(&f) && !all_caps {
            continue;
        }
        let stem = lemma(t.text);
        // A capitalised word after a capitalised word is part of a name
        // (`United States`, `the Washington Post`), not a reporting verb.
        let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        let in_name =
            capital(t.text) && i > 0 && toks[..i].iter().rev().find(|x| x.word).is_some_and(|x| capital(x.text));
        if CUES.contains(&stem.as_str()) && !in_name {
            p.cues.push(stem.clone());
        }
        p.content.push(stem);
    }
    // A preposition that sets how an event stands to a time (`since January`,
    // `until 2007`, `before Monday`) is part of the time; `in`, `on`, `at`
    // only place it (`on Monday` = `Monday`).
    let words_only: Vec<&words::Token> = toks.iter().filter(|t| t.word).collect();
    for w in words_only.windows(2) {
        let f = words::fold(w[0].text);
        if !is_time_relation(&f) {
            continue;
        }
        let timed = words::is_time_word(w[1].text)
            || nums.iter().any(|n| n.year && n.start == w[1].start)
            || words::month(w[1].text).is_some_and(|_| w[1].text.chars().next().is_some_and(char::is_uppercase));
        if timed {
            p.times.push(format!("{f} …"));
        }
    }
    p.modals.sort_unstable();
    p.modals_written.sort_unstable();
    p.times.sort_unstable();
    p.cues.sort_unstable();
    p.numbers.sort_by(|a, b| a.0.total_cmp(&b.0));
    p
}

/// True when every word `text` says stands in `other`: its content words
/// (typos and words run together aside, see [`respell`] and [`unjoin`]),
/// numbers, modal and time words, and at most as many negators.
pub(crate) fn words_stand_in(text: &str, other: &str) -> bool {
    let p = profile(&respell(&unjoin(text, other), other));
    let q = profile(&unjoin(other, text));
    let values = |x: &Profile| x.numbers.iter().map(|n| n.0).collect::<Vec<f64>>();
    minus(&p.content, &q.content).is_empty()
        && minus(&values(&p), &values(&q)).is_empty()
        && minus(&p.modals, &q.modals).is_empty()
        && minus(&p.times, &q.times).is_empty()
        && p.negators <= q.negators
}

/// Auxiliaries that make a finite verb phrase: a participle after one of
/// them is not a reduced clause.
fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "be" | "is"
            | "are"
            | "was"
            | "were"
            | "been"
            | "being"
            | "am"
            | "has"
            | "have"
            | "had"
            | "having"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "may"
            | "might"
            | "can"
            | "could"
            | "must"
            | "do"
            | "does"
            | "did"
    ) || backshifted(w).is_some()
}

/// Removes from `p` (the profile of `text`) the modal auxiliaries of clauses
/// that `other` writes reduced to a participle, which takes its time from
/// the sentence: a relative clause (`the rally, which will be followed by
/// BikeFest` → `the rally, followed by BikeFest`) or a coordinated one
/// (`and each will require a system` → `, each requiring a system`). The
/// participle must stand in `other` with no auxiliary before it; a modal
/// that goes with the verb kept finite (`will be followed` → `was
/// followed`) still counts.
fn drop_reduced_clause_modals(p: &mut Profile, text: &str, other: &str) {
    const MODAL_AUX: &[&str] = &["will", "would", "shall", "should", "may", "might", "can", "could", "must"];
    let tw = folded_words(text);
    let ow = folded_words(other);
    for (j, m) in tw.iter().enumerate() {
        if !MODAL_AUX.contains(&m.as_str()) {
            continue;
        }
        // The clause opens before the modal with a relative pronoun or `and`
        // and its subject (at most three words back).
        let opens = (j.saturating_sub(3)..j).any(|k| matches!(tw[k].as_str(), "which" | "that" | "who" | "and"));
        if !opens {
            continue;
        }
        // `will be followed` → `followed`; `will require` → `requiring`.
        let (verb, passive) = match tw.get(j + 1).map(String::as_str) {
            Some("be") => (tw.get(j + 2), true),
            _ => (tw.get(j + 1), false),
        };
        let Some(verb) = verb.filter(|v| !words::is_stopword(v)) else { continue };
        let stem = lemma(verb);
        let reduced = ow.iter().enumerate().any(|(k, w)| {
            let form = if passive { w == verb } else { w.ends_with("ing") && lemma(w) == stem };
            form && k > 0 && !is_auxiliary(&ow[k - 1]) && !ow[k.saturating_sub(2)..k].iter().any(|x| x == m)
        });
        if !reduced {
            continue;
        }
        let base = backshifted(m).unwrap_or(m);
        for (list, w) in [(&mut p.modals, lemma(base)), (&mut p.modals_written, lemma(m))] {
            if let Some(k) = list.iter().position(|x| *x == w) {
                list.remove(k);
            }
        }
    }
}

/// Multiset difference `a - b` of sorted-or-not lists.
fn minus<T: PartialEq + Clone>(a: &[T], b: &[T]) -> Vec<T> {
    let mut rest: Vec<Option<&T>> = b.iter().map(Some).collect();
    let mut out = Vec::new();
    for x in a {
        match rest.iter_mut().find(|r| r.is_some_and(|r| r == x)) {
            Some(slot) => *slot = None,
            None => out.push(x.clone()),
        }
    }
    out
}

/// The stem of a word ([`words::stem`]), with an irregular form brought to
/// the stem of its base (`lost` → `lose` → `los`, as `losing` → `los`).
fn lemma(word: &str) -> String {
    let s = words::stem(word);
    if s.ends_with('e') && !words::fold(word).starts_with(s.as_str()) {
        words::stem(&s)
    } else {
        s
    }
}

/// The folded words of a text.
fn folded_words(text: &str) -> Vec<String> {
    words::tokens(text).iter().filter(|t| t.word).map(|t| words::fold(t.text)).collect()
}

/// How often `run` stands as a contiguous run in `seq`.
fn occurrences(seq: &[String], run: &[String]) -> usize {
    if run.is_empty() {
        return 0;
    }
    seq.windows(run.len()).filter(|w| *w == run).count()
}

/// `text` with every word that `other` writes as two words (`Peskovsaid` for
/// `Peskov said`) split the same way, so that words run together or split
/// apart compare equal.
fn unjoin(text: &str, other: &str) -> String {
    let ow: Vec<words::Token> = words::tokens(other).into_iter().filter(|t| t.word).collect();
    let single: std::collections::HashSet<String> = ow.iter().map(|t| words::fold(t.text)).collect();
    let toks = words::tokens(text);
    // Only a word `other` lacks can be two of its words run together.
    if toks.iter().all(|t| !t.word || single.contains(&words::fold(t.text))) {
        return text.to_string();
    }
    let pairs: HashMap<String, (&str, &str)> = ow
        .windows(2)
        .map(|p| (format!("{}{}", words::fold(p[0].text), words::fold(p[1].text)), (p[0].text, p[1].text)))
        .collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    for t in toks {
        let f = words::fold(t.text);
        if t.word && !single.contains(&f) {
            if let Some((a, b)) = pairs.get(&f) {
                out.push_str(&text[last..t.start]);
                out.push_str(a);
                out.push(' ');
                out.push_str(b);
                last = t.end;
            } else if let Some(k) = run_together(t.text, &f, &single) {
                // A word of `other` run together with a function word or
                // another word of `other` (`Wikinewsthat` → `Wikinews:`).
                out.push_str(&text[last..t.start + k]);
                out.push(' ');
                last = t.start + k;
            }
        }
    }
    out.push_str(&text[last..]);
    out
}

/// Where `word` (folded: `folded`) splits into a word of `single` (3 letters
/// or more) and a function word of 2 letters or more (`Wikinewsthat`,
/// `stadiumwhich`); `None` for a function word or a negator itself
/// (`another`, `without`) or a word that folding changed. Two content words
/// run together are split only as `other` writes them (see [`unjoin`]).
fn run_together(word: &str, folded: &str, single: &std::collections::HashSet<String>) -> Option<usize> {
    if folded.len() != word.len() || words::is_stopword(folded) || words::is_negator(folded) {
        return None;
    }
    (3..folded.len().saturating_sub(1)).find(|&k| {
        folded.is_char_boundary(k) && word.is_char_boundary(k) && single.contains(&folded[..k]) && {
            let rest = &folded[k..];
            words::is_stopword(rest) && !words::is_negator(rest)
        }
    })
}

/// `text` with every word that `other` has fewer times but spells differently (a typo
/// or spelling variant of a word only `other` has, see
/// [`words::is_typo_variant`]) written as `other` writes it.
fn respell(text: &str, other: &str) -> String {
    let counts = |t: &str| -> HashMap<String, i32> {
        let mut m = HashMap::new();
        for w in words::tokens(t).into_iter().filter(|w| w.word) {
            *m.entry(words::fold(w.text)).or_insert(0) += 1;
        }
        m
    };
    let mine = counts(text);
    let their_counts = counts(other);
    // Words `other` has more often than `text`: the candidates for a respelling.
    let theirs: Vec<words::Token> = words::tokens(other)
        .into_iter()
        .filter(|w| {
            let f = words::fold(w.text);
            w.word && their_counts.get(&f).copied().unwrap_or(0) > mine.get(&f).copied().unwrap_or(0)
        })
        .collect();
    if theirs.is_empty() {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for t in words::tokens(text) {
        let f = words::fold(t.text);
        if !t.word || their_counts.get(&f).copied().unwrap_or(0) >= mine.get(&f).copied().unwrap_or(0) {
            continue;
        }
        if let Some(o) = theirs.iter().find(|o| words::is_typo_variant(t.text, o.text)) {
            out.push_str(&text[last..t.start]);
            out.push_str(o.text);
            last = t.end;
        }
    }
    out.push_str(&text[last..]);
    out
}

/// True when a word of `text` with this stem is written as a name: capitalised
/// and not the first word of the text or of a sentence in it.
fn is_name(stem: &str, text: &str) -> bool {
    let toks = words::tokens(text);
    toks.iter().enumerate().any(|(i, t)| {
        t.word
            && i > 0
            && !matches!(toks[i - 1].text, "." | "!" | "?" | "\"" | "“" | ":")
            && t.text.chars().next().is_some_and(char::is_uppercase)
            && lemma(t.text) == stem
    })
}

/// True when the words of `run` stand in `seq` in order, at most one word
/// between two of them (`President Obama` in `President Barack Obama`).
fn stands_spread(seq: &[String], run: &[String]) -> bool {
    let Some(first) = run.first() else { return false };
    seq.iter().enumerate().filter(|(_, w)| *w == first).any(|(start, _)| {
        let mut at = start;
        run[1..].iter().all(|r| match (at + 1..(at + 3).min(seq.len())).find(|&k| seq[k] == *r) {
            Some(k) => {
                at = k;
                true
            }
            None => false,
        })
    })
}

/// True when a word of `long_text` with this stem is part of a name of
/// several capitalised words (`Barack Obama`, `President Barack Obama`)
/// whose other words all stand in `short_text`, and the whole name stands
/// ([`stands_spread`]) in `sentences` (of the version of `short_text`)
/// before `before`: the shorter form names the entity already introduced.
fn same_name_written_shorter(
    stem: &str,
    long_text: &str,
    short_text: &str,
    sentences: &[Sentence],
    before: usize,
) -> bool {
    let toks = words::tokens(long_text);
    let capital = |t: &words::Token| t.word && t.text.chars().next().is_some_and(char::is_uppercase);
    let short_words = OnceCell::new();
    toks.iter().enumerate().any(|(i, t)| {
        if !capital(t) || lemma(t.text) != stem {
            return false;
        }
        // The run of capitalised words around the word.
        let mut s = i;
        while s > 0 && capital(&toks[s - 1]) {
            s -= 1;
        }
        let mut e = i + 1;
        while e < toks.len() && capital(&toks[e]) {
            e += 1;
        }
        if e - s < 2 {
            return false;
        }
        let run: Vec<String> = toks[s..e].iter().map(|t| words::fold(t.text)).collect();
        let short_words = short_words.get_or_init(|| folded_words(short_text));
        let rest_stands = (s..e).filter(|&k| k != i).all(|k| short_words.contains(&words::fold(toks[k].text)));
        let upto = |x: &Sentence| {
            let mut cut = x.text.len().min(before - x.start);
            while !x.text.is_char_boundary(cut) {
                cut -= 1;
            }
            folded_words(&x.text[..cut])
        };
        rest_stands
            && sentences
                .iter()
                .take_while(|x| x.start < before)
                .filter(|x| x.text.contains(toks[e - 1].text))
                .any(|x| stands_spread(&upto(x), &run))
    })
}

/// Removes from `short` (stems only `short_text` has) the all-capital words that
/// abbreviate a run of words of `long_text` whose stems are all in `long`
/// ([`words::is_abbreviation`]), and those words from `long`.
fn match_abbreviations(short: &mut Vec<String>, long: &mut Vec<String>, short_text: &str, long_text: &str) {
    let lw: Vec<words::Token> = words::tokens(long_text).into_iter().filter(|t| t.word).collect();
    for t in words::tokens(short_text) {
        let n = t.text.chars().count();
        if !t.word || !(2..=5).contains(&n) || !t.text.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let stem = lemma(t.text);
        let Some(k) = short.iter().position(|s| *s == stem) else { continue };
        let found = [n, 1].into_iter().find_map(|len| {
            lw.windows(len).find_map(|run| {
                let stems: Vec<String> = run.iter().map(|w| lemma(w.text)).collect();
                let texts: Vec<&str> = run.iter().map(|w| w.text).collect();
                ((words::is_abbreviation(t.text, &texts) || spells_initials(t.text, &texts))
                    && minus(&stems, long).is_empty())
                .then_some(stems)
            })
        });
        if let Some(stems) = found {
            short.remove(k);
            for s in stems {
                if let Some(i) = long.iter().position(|x| *x == s) {
                    long.remove(i);
                }
            }
        }
    }
}

/// True when a word of `text` with this stem is an abbreviation (2 to 5
/// capitals) of a name that stands in `text` before it and in `other`: its
/// initials, function words aside (`Motion Picture Association of America`
/// for `MPAA`), or [`words::is_abbreviation`] (`Pennsylvania` for `PA`).
fn abbreviation_of_kept_name(stem: &str, text: &str, other: &str) -> bool {
    let toks: Vec<words::Token> = words::tokens(text).into_iter().filter(|t| t.word).collect();
    toks.iter().enumerate().any(|(i, t)| {
        let n = t.text.chars().count();
        if !(2..=5).contains(&n) || !t.text.chars().all(|c| c.is_ascii_uppercase()) || lemma(t.text) != stem {
            return false;
        }
        let other_words = folded_words(other);
        // Runs of words ending right before the abbreviation, up to twice its letters long.
        (1..=(2 * n).min(i)).any(|len| {
            let run: Vec<&str> = toks[i - len..i].iter().map(|w| w.text).collect();
            let capitals: Vec<&str> = run
                .iter()
                .copied()
                .filter(|w| !words::is_stopword(&words::fold(w)) || w.chars().next().is_some_and(char::is_uppercase))
                .collect();
            let spelled = capitals.len() == n
                && capitals.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
                && capitals.iter().filter_map(|w| w.chars().next()).collect::<String>() == t.text;
            (spelled || words::is_abbreviation(t.text, &run))
                && occurrences(&other_words, &run.iter().map(|w| words::fold(w)).collect::<Vec<_>>()) > 0
        })
    })
}

/// True when `abbr` (3 to 5 capitals) is spelled by the initials of `full`
/// written in lower case (`CEO` for `chief executive officer`); two letters
/// are too weak a sign in lower case.
fn spells_initials(abbr: &str, full: &[&str]) -> bool {
    let n = abbr.chars().count();
    (3..=5).contains(&n)
        && full.len() == n
        && abbr.chars().all(|c| c.is_ascii_uppercase())
        && full.iter().filter_map(|w| w.chars().next()).collect::<String>().to_ascii_uppercase() == abbr
}

/// Units of measure and their abbreviations (words as written, folded).
const UNITS: &[(&str, &[&str])] = &[
    ("km", &["kilometre", "kilometres", "kilometer", "kilometers"]),
    ("kg", &["kilogram", "kilograms", "kilogramme", "kilogrammes"]),
    ("cm", &["centimetre", "centimetres", "centimeter", "centimeters"]),
    ("mm", &["millimetre", "millimetres", "millimeter", "millimeters"]),
    ("ft", &["foot", "feet"]),
    ("lb", &["pound", "pounds"]),
    ("lbs", &["pound", "pounds"]),
    ("mi", &["mile", "miles"]),
    ("hr", &["hour", "hours"]),
    ("hrs", &["hour", "hours"]),
    ("mph", &["mile", "miles"]),
    ("%", &["percent", "per"]),
];

/// True when one word is the other's unit abbreviation (`km` for `kilometres`).
fn is_unit_abbreviation(a: &str, b: &str) -> bool {
    let (a, b) = (words::fold(a), words::fold(b));
    UNITS
        .iter()
        .any(|(abbr, full)| (a == *abbr && full.contains(&b.as_str())) || (b == *abbr && full.contains(&a.as_str())))
}

/// The text with a scale written as a letter after a number spelt out
/// (`$5m` → `$5 million`, `£2.3bn` → `£2.3 billion`, `€40k` → `€40
/// thousand`), so that both ways of writing compare equal. `bn`/`tn` are
/// scales wherever they stand; `m` and `k` only after a currency sign (`10m`
/// alone is ten metres).
fn scales(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut last = 0;
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b'.' || b[i - 1] == b',')) {
            i += 1;
            continue;
        }
        // A number: digits with `.` or `,` between digits.
        let start = i;
        let mut end = i;
        while end < b.len()
            && (b[end].is_ascii_digit()
                || ((b[end] == b'.' || b[end] == b',') && b.get(end + 1).is_some_and(u8::is_ascii_digit)))
        {
            end += 1;
        }
        let currency = text[..start].chars().next_back().is_some_and(|c| matches!(c, '$' | '£' | '€' | '¥'));
        // The scale letters right after the number, ending at a non-letter.
        let letters = b[end..].iter().take_while(|c| c.is_ascii_alphabetic()).count();
        let word = text[end..end + letters].to_ascii_lowercase();
        let scale = match word.as_str() {
            "bn" | "bln" => Some("billion"),
            "tn" | "trn" => Some("trillion"),
            "m" | "mn" | "mln" if currency => Some("million"),
            "k" if currency => Some("thousand"),
            _ => None,
        };
        if let Some(w) = scale {
            out.push_str(&text[last..end]);
            out.push(' ');
            out.push_str(w);
            last = end + letters;
        }
        i = end.max(i + 1);
    }
    out.push_str(&text[last..]);
    out
}

/// The text with initials written with dots run together (`U.S.` → `US`,
/// `U.N.` → `UN`): two to five capitals, each followed by a dot, that stand
/// as a word of their own, so that they read as the abbreviation written
/// without dots.
fn undot_initials(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut i, mut last) = (0, 0);
    while i < b.len() {
        let starts_word = i == 0 || !b[i - 1].is_ascii_alphanumeric() && b[i - 1] != b'.';
        if !starts_word || !b[i].is_ascii_uppercase() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < b.len() && b[j].is_ascii_uppercase() && b[j + 1] == b'.' {
            j += 2;
        }
        let mut letters = (j - i) / 2;
        // The last capital may go without its dot (`U.S.A`).
        if letters >= 1
            && b.get(j).is_some_and(u8::is_ascii_uppercase)
            && !b.get(j + 1).is_some_and(u8::is_ascii_alphanumeric)
        {
            j += 1;
            letters += 1;
        }
        if (2..=5).contains(&letters) && !b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
            // All bytes between `i` and `j` are ASCII: the slices stay on char boundaries.
            out.push_str(&text[last..i]);
            out.extend(text[i..j].chars().filter(|c| *c != '.'));
            last = j;
            i = j;
        } else {
            i = j.max(i + 1);
        }
    }
    out.push_str(&text[last..]);
    out
}

/// The text with a clock time's `am`/`pm` set apart from its digits (`4pm`
/// → `4 pm`, `4 p.m.` → `4 pm`), so that both ways of writing compare equal.
fn clock_times(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    let mut rest = text;
    while !rest.is_empty() {
        // After a digit, an optional space and `am`/`pm` written with or without dots.
        let digit_end = rest.char_indices().find(|(_, c)| c.is_ascii_digit()).map(|(i, c)| i + c.len_utf8());
        let Some(d) = digit_end else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..d]);
        rest = &rest[d..];
        let after = rest.strip_prefix(' ').unwrap_or(rest);
        let lower: String = after.chars().take(4).collect::<String>().to_ascii_lowercase();
        let (len, marker) = if lower.starts_with("a.m.") || lower.starts_with("p.m.") {
            (4, &lower[..1])
        } else if (lower.starts_with("am") || lower.starts_with("pm"))
            && !after[2..].chars().next().is_some_and(char::is_alphanumeric)
        {
            (2, &lower[..1])
        } else {
            continue;
        };
        out.push(' ');
        out.push_str(marker);
        out.push('m');
        rest = &after[len..];
    }
    out
}

/// The digits of a number written with thousands separators (`30.000`,
/// `30,000`, `1 500 000`), so that `30.000` and `30,000` compare equal.
fn grouped_digits(text: &str) -> Option<String> {
    let groups: Vec<&str> = text.split(['.', ',', ' ', '\u{a0}']).collect();
    let ok = groups.len() >= 2
        && groups.iter().all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && groups[0].len() <= 3
        && groups[1..].iter().all(|g| g.len() == 3);
    ok.then(|| groups.concat())
}

/// True when two claims have the same text and every field the diff compares.
fn same_claim(o: &Claim, n: &Claim) -> bool {
    o.text == n.text
        && o.negated == n.negated
        && o.certainty == n.certainty
        && speaker(o) == speaker(n)
        && cue(o) == cue(n)
        && o.time.as_ref().map(|t| t.date) == n.time.as_ref().map(|t| t.date)
        && o.sources == n.sources
}

/// The texts of a group's claims, in order; claims whose spans overlap (`X said A, adding B`
/// spans the first report too) give their shared words once.
fn join(claims: &[&Claim]) -> String {
    let mut out = String::new();
    let mut end = 0;
    for (k, c) in claims.iter().enumerate() {
        if k > 0 && crate::align::crosses(claims[k - 1].span, c.span) {
            // The part of this claim's text after what is already written, when the text is its span.
            let rest =
                (c.text.len() == c.span.len()).then(|| c.text.get(end.min(c.span.end) - c.span.start..)).flatten();
            if let Some(rest) = rest {
                if !rest.trim().is_empty() {
                    out.push(' ');
                    out.push_str(rest.trim_start());
                }
                end = end.max(c.span.end);
                continue;
            }
        }
        if k > 0 {
            out.push(' ');
        }
        out.push_str(&c.text);
        end = c.span.end;
    }
    out
}

fn speaker(c: &Claim) -> Option<&str> {
    c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.as_str())
}

/// The speaker as written in the text.
fn speaker_text(c: &Claim) -> Option<&str> {
    c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.text.as_str())
}

fn cue(c: &Claim) -> Option<&str> {
    c.attribution.as_ref().and_then(|a| a.cue.as_ref()).map(|s| s.text.as_str())
}

/// Neutral verbs of saying, in their forms: one for another is a matter of
/// style (`stated` → `said`), unlike loaded ones (`claimed`, `admitted`,
/// `insisted`) that tell how far the writer trusts the speaker.
const NEUTRAL_CUES: &[&str] = &[
    "say",
    "says",
    "said",
    "tell",
    "tells",
    "told",
    "state",
    "states",
    "stated",
    "add",
    "adds",
    "added",
    "note",
    "notes",
    "noted",
    "explain",
    "explains",
    "explained",
    "comment",
    "comments",
    "commented",
    "remark",
    "remarks",
    "remarked",
    "write",
    "writes",
    "wrote",
    "announce",
    "announces",
    "announced",
];

/// True for the stem ([`words::stem`]) of a neutral verb of saying ([`NEUTRAL_CUES`]).
fn is_neutral_stem(stem: &str) -> bool {
    NEUTRAL_CUES.iter().any(|w| lemma(w) == stem)
}

/// True when every reporting verb of a cue is neutral (and it has one).
fn neutral_cue(cue: &str) -> bool {
    let verbs: Vec<String> =
        words::tokens(cue).iter().filter(|t| t.word).map(|t| lemma(t.text)).filter(|s| is_neutral_stem(s)).collect();
    !verbs.is_empty()
        && words::tokens(cue)
            .iter()
            .filter(|t| t.word)
            .all(|t| is_neutral_stem(&lemma(t.text)) || words::is_stopword(&words::fold(t.text)))
}

/// The reporting verbs of a cue (stems in [`CUES`]), sorted and deduplicated.
fn reporting_verbs(cue: &str) -> Vec<String> {
    let mut v: Vec<String> = words::tokens(cue)
        .iter()
        .filter(|t| t.word)
        .map(|t| lemma(t.text))
        .filter(|s| CUES.contains(&s.as_str()))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn cue_key(text: &str) -> String {
    words::tokens(text).iter().filter(|t| t.word).map(|t| lemma(t.text)).collect::<Vec<_>>().join(" ")
}

fn polarity(negated: bool) -> &'static str {
    if negated {
        "negated"
    } else {
        "affirmative"
    }
}

fn quote(s: &str) -> String {
    let s = s.trim();
    let s: String =
        if s.chars().count() > 60 { format!("{}…", s.chars().take(59).collect::<String>()) } else { s.into() };
    format!("\"{s}\"")
}

/// The texts of one hunk, with a word of context when one side is empty.
struct Hunks<'a> {
    old: &'a str,
    new: &'a str,
    a: Vec<Piece<'a>>,
    b: Vec<Piece<'a>>,
    hunks: Vec<Hunk>,
}

impl Hunks<'_> {
    fn text(text: &str, p: &[Piece], r: &Range<usize>) -> String {
        if r.is_empty() {
            return String::new();
        }
        text[p[r.start].start..p[r.end - 1].end].to_string()
    }
    fn show(&self, h: &Hunk) -> String {
        let (mut ro, mut rn) = h.clone();
        if (ro.is_empty() || rn.is_empty()) && ro.start > 0 && rn.start > 0 {
            ro.start -= 1;
            rn.start -= 1;
        } else if (ro.is_empty() || rn.is_empty()) && ro.end < self.a.len() && rn.end < self.b.len() {
            ro.end += 1;
            rn.end += 1;
        }
        let o = Self::text(self.old, &self.a, &ro);
        let n = Self::text(self.new, &self.b, &rn);
        let side = |s: String| if s.is_empty() { "—".to_string() } else { quote(&s) };
        format!("{} → {}", side(o), side(n))
    }
    /// The first hunk with a word that `pred` accepts, shown.
    fn find(&self, pred: impl Fn(&Piece, &str, Option<&str>) -> bool) -> Option<String> {
        let hit = |p: &[Piece], text: &str, r: &Range<usize>| {
            r.clone().any(|i| {
                let next = p.get(i + 1).map(|n| &text[n.start..n.end]);
                p[i].word && pred(&p[i], &text[p[i].start..p[i].end], next)
            })
        };
        self.hunks
            .iter()
            .find(|(ro, rn)| hit(&self.a, self.old, ro) || hit(&self.b, self.new, rn))
            .map(|h| self.show(h))
    }
}

fn is_source_kind(k: SourceKind) -> bool {
    matches!(k, SourceKind::SocialPost | SourceKind::Link | SourceKind::Outlet)
}

fn describe_source(s: &Source) -> String {
    let kind = match s.kind {
        SourceKind::SocialPost => "post",
        SourceKind::Link => "link",
        SourceKind::Outlet => "outlet",
        SourceKind::Document => "document",
        _ => "source",
    };
    match &s.handle {
        Some(h) => format!("{kind} {} ({h})", s.name),
        None => format!("{kind} {}", s.name),
    }
}

/// Classifies an aligned group: `olds` and `news` are the claims on each side
/// (one each, or several on one side for a merge or split); `moved` gives the
/// old and new sentence index when the group moved.
pub fn classify(olds: &[&Claim], news: &[&Claim], ctx: &Context, moved: Option<(usize, usize)>) -> Classified {
    let (Some(o), Some(n)) = (olds.first(), news.first()) else {
        return Classified { kinds: vec![], substantive: false, explanation: String::new(), word_diff: vec![] };
    };
    if olds.len() == 1 && news.len() == 1 && same_claim(o, n) {
        let (kinds, explanation) = match moved {
            Some((from, to)) => (vec![ChangeKind::Moved], format!("moved: sentence {} → {}", from + 1, to + 1)),
            None => (vec![], String::new()),
        };
        let word_diff = vec![WordOp { op: WordOpKind::Equal, text: n.text.clone() }];
        return Classified { substantive: false, kinds, explanation, word_diff };
    }
    let ot = join(olds);
    let nt = join(news);
    let a = pieces(&ot);
    let b = pieces(&nt);
    let ops = ops(&a, &b);
    let word_diff = render_ops(&ot, &nt, &a, &b, &ops);
    // Hunks: runs of non-equal operations.
    let mut hunks: Vec<Hunk> = Vec::new();
    let mut cur: Option<Hunk> = None;
    for (tag, ro, rn) in &ops {
        if *tag == DiffTag::Equal {
            if let Some(h) = cur.take() {
                hunks.push(h);
            }
        } else {
            cur = Some(match cur {
                Some((a0, b0)) => (a0.start..ro.end, b0.start..rn.end),
                None => (ro.clone(), rn.clone()),
            });
        }
    }
    hunks.extend(cur);
    // Runs of words that left the claims but stand as they were elsewhere in
    // their sentences (or came into them from their old sentences) were
    // divided among the sentence's claims differently: they are no edit.
    let (of_text, nf_text) = (frame(olds, ctx.old_sentences), frame(news, ctx.new_sentences));
    let (of_cell, nf_cell) = (OnceCell::new(), OnceCell::new());
    let of_words = || of_cell.get_or_init(|| folded_words(&of_text));
    let nf_words = || nf_cell.get_or_init(|| folded_words(&nf_text));
    let mut ot_kept = String::with_capacity(ot.len());
    let mut nt_kept = String::with_capacity(nt.len());
    let (mut last_o, mut last_n) = (0, 0);
    for (tag, ro, rn) in &ops {
        let deleting = match tag {
            DiffTag::Delete => true,
            DiffTag::Insert => false,
            _ => continue,
        };
        let (text, p, r) = if deleting { (ot.as_str(), &a, ro) } else { (nt.as_str(), &b, rn) };
        let run: Vec<String> = p[r.clone()].iter().filter(|x| x.word).map(|x| words::fold(x.key)).collect();
        let moved = run.len() >= 2 && run.iter().any(|w| !words::is_stopword(w)) && {
            let (from, to) = if deleting { (of_words(), nf_words()) } else { (nf_words(), of_words()) };
            occurrences(to, &run) >= occurrences(from, &run).max(1)
        };
        if moved {
            let (kept, last) = if deleting { (&mut ot_kept, &mut last_o) } else { (&mut nt_kept, &mut last_n) };
            let (s0, e0) = (p[r.start].start, p[r.end - 1].end);
            kept.push_str(&text[*last..s0]);
            kept.push(' ');
            *last = e0;
        }
    }
    ot_kept.push_str(&ot[last_o..]);
    nt_kept.push_str(&nt[last_n..]);
    let (ot_kept, nt_kept) =
        (scales(&clock_times(&undot_initials(&ot_kept))), scales(&clock_times(&undot_initials(&nt_kept))));
    let h = Hunks { old: &ot, new: &nt, a, b, hunks };
    let mut po = profile(&respell(&unjoin(&ot_kept, &nt_kept), &nt_kept));
    let mut pn = profile(&unjoin(&nt_kept, &ot_kept));
    // A clause cut down to its participle takes its time from the sentence.
    if po.modals != pn.modals {
        drop_reduced_clause_modals(&mut po, &ot_kept, &nt_kept);
        drop_reduced_clause_modals(&mut pn, &nt_kept, &ot_kept);
    }

    let mut kinds: Vec<ChangeKind> = Vec::new();
    let mut parts: Vec<(ChangeKind, String)> = Vec::new();

    // Content words that changed, typos and run-together words aside.
    let mut del = minus(&po.content, &pn.content);
    let mut ins = minus(&pn.content, &po.content);
    let original = |stem: &str, text: &str| -> Option<String> {
        words::tokens(text).into_iter().find(|t| t.word && lemma(t.text) == stem).map(|t| t.text.to_string())
    };
    del.retain(|d| {
        let dw = original(d, &ot).unwrap_or_else(|| d.clone());
        let k = ins.iter().position(|i| {
            let iw = original(i, &nt).unwrap_or_else(|| i.clone());
            words::is_typo_variant(&dw, &iw)
        });
        match k {
            Some(k) => {
                ins.remove(k);
                false
            }
            None => true,
        }
    });
    // A doubled-letter typo of a function word (`aand` → `and`).
    let typo_of_function_word = |stem: &str, text: &str, other: &str| -> bool {
        let Some(w) = original(stem, text) else { return false };
        let u = words::undouble(&w);
        u != words::fold(&w)
            && words::is_stopword(&u)
            && words::tokens(other).iter().any(|t| t.word && words::fold(t.text) == u)
    };
    del.retain(|d| !typo_of_function_word(d, &ot, &nt));
    ins.retain(|i| !typo_of_function_word(i, &nt, &ot));
    // Abbreviations written out or shortened (`PM` → `Prime Minister`), and
    // derivations of one root (`champion` → `championship`).
    if !del.is_empty() && !ins.is_empty() {
        // Initials written with dots (`U.S.`) are the abbreviation without them.
        let (ou, nu) = (undot_initials(&ot), undot_initials(&nt));
        match_abbreviations(&mut del, &mut ins, &ou, &nu);
        match_abbreviations(&mut ins, &mut del, &nu, &ou);
    }
    // An abbreviation added beside, or dropped from beside, the full name it
    // stands for (`the Motion Picture Association of America` → `… (MPAA)`).
    let capitals = |t: &str| -> Vec<String> {
        words::tokens(t)
            .iter()
            .filter(|w| w.word && w.text.len() >= 2 && w.text.chars().all(|c| c.is_ascii_uppercase()))
            .map(|w| lemma(w.text))
            .collect()
    };
    if !del.is_empty() {
        let oc = capitals(&ot);
        del.retain(|d| !(oc.contains(d) && abbreviation_of_kept_name(d, &ot, &nt)));
    }
    if !ins.is_empty() {
        let nc = capitals(&nt);
        ins.retain(|i| !(nc.contains(i) && abbreviation_of_kept_name(i, &nt, &ot)));
    }
    let name_pair = |d: &String, i: &String| {
        let (dw, iw) = (original(d, &ot).unwrap_or_default(), original(i, &nt).unwrap_or_default());
        is_name_derivation(&dw, &iw)
    };
    let unit_pair = |d: &String, i: &String| {
        let (dw, iw) = (original(d, &ot).unwrap_or_default(), original(i, &nt).unwrap_or_default());
        is_unit_abbreviation(&dw, &iw)
    };
    del.retain(|d| match ins.iter().position(|i| is_derivation(d, i) || name_pair(d, i) || unit_pair(d, i)) {
        Some(k) => {
            ins.remove(k);
            false
        }
        None => true,
    });
    // A phrasal verb for its one-word equivalent (`go back` → `return`).
    // A country's name for its demonym (`American` → `United States`).
    if !del.is_empty() && !ins.is_empty() {
        match_demonyms(&mut del, &mut ins, &ot, &nt);
        match_demonyms(&mut ins, &mut del, &nt, &ot);
    }
    match_phrasal(&mut del, &mut ins, &ot, &nt);
    // A light verb with a noun for the verb it comes from (`inspected` →
    // `carried out an inspection`).
    match_light_verbs(&mut ins, &nt, &ot);
    match_light_verbs(&mut del, &ot, &nt);
    // A passive of purpose (`will be used to offset` → `will offset`).
    match_used_to(&mut ins, &nt, &ot);
    match_used_to(&mut del, &ot, &nt);
    // A pronoun replaced by the name or noun it stands for (`He` →
    // `Kotunica`, `them` → `the coalition`), named before in the article,
    // or such a name replaced by a pronoun: the referent stays the same.
    for (ro, rn) in &h.hunks {
        let side = |p: &[Piece], text: &'_ str, r: &Range<usize>| -> Vec<String> {
            p[r.clone()].iter().filter(|x| x.word).map(|x| text[x.start..x.end].to_string()).collect()
        };
        let (ow, nw) = (side(&h.a, &ot, ro), side(&h.b, &nt, rn));
        // The name must stand before the pronoun: before its claim, or (a
        // relative pronoun) earlier in its own sentence.
        let (named, list, first, before) = if is_pronoun_run(&ow) && !nw.is_empty() {
            let at = source_offset(olds, h.a[ro.start].start);
            (&nw, &mut ins, ctx.old_first.get_or_init(|| first_positions(ctx.old_sentences)), at)
        } else if is_pronoun_run(&nw) && !ow.is_empty() {
            let at = source_offset(news, h.b[rn.start].start);
            (&ow, &mut del, ctx.new_first.get_or_init(|| first_positions(ctx.new_sentences)), at)
        } else {
            continue;
        };
        let stems: Vec<String> = named
            .iter()
            .filter(|w| !words::is_stopword(&words::fold(w)))
            .map(|w| lemma(w))
            .filter(|st| !is_neutral_stem(st))
            .collect();
        if stems.is_empty() || !stems.iter().all(|st| first.get(st).is_some_and(|&p| p < before)) {
            continue;
        }
        for st in stems {
            if let Some(k) = list.iter().position(|x| *x == st) {
                list.remove(k);
            }
        }
    }
    // Differences of the extractor's reading (polarity, certainty, speaker)
    // count only when some word that could carry them changed too: the same
    // words read differently is the extractor's noise, not an edit.
    let words_changed = !del.is_empty()
        || !ins.is_empty()
        || po.negators != pn.negators
        || po.modals_written != pn.modals_written
        || po.numbers != pn.numbers
        || po.times != pn.times
        || po.cues != pn.cues;
    // Negation.
    // In a split or merge the negated part may be another one of the group.
    let any_negated = |cs: &[&Claim]| cs.iter().any(|c| c.negated);
    // The flag reads the main clause of each claim: when a group's claims
    // are cut differently (`A. Bush said Russia is not an enemy` merged into
    // one claim whose main clause is `A`), the flags may differ while the
    // same negators stand on both sides; the polarity written is kept.
    let one_to_one = olds.len() == 1 && news.len() == 1;
    let field_negation =
        any_negated(olds) != any_negated(news) && words_changed && (one_to_one || po.negators != pn.negators);
    if field_negation || po.negators != pn.negators {
        let (from, to) = if field_negation {
            (any_negated(olds), any_negated(news))
        } else {
            (po.negators > pn.negators, po.negators < pn.negators)
        };
        let frag = h.find(|_, w, _| words::is_negator(&words::fold(w)));
        let mut s = format!("negation: {} → {}", polarity(from), polarity(to));
        if let Some(f) = frag {
            s.push_str(&format!(" ({f})"));
        }
        parts.push((ChangeKind::Negation, s));
    }
    // Numbers.
    let old_vals: Vec<f64> = po.numbers.iter().map(|x| x.0).collect();
    let new_vals: Vec<f64> = pn.numbers.iter().map(|x| x.0).collect();
    let mut gone = minus(&old_vals, &new_vals);
    let mut came = minus(&new_vals, &old_vals);
    // The same number with other thousands separators (`30.000` → `30,000`).
    let grouped = |vals: &[f64], list: &[(f64, String)]| -> Vec<Option<String>> {
        vals.iter().map(|v| list.iter().find(|x| x.0 == *v).and_then(|x| grouped_digits(&x.1))).collect()
    };
    let (gg, gc) = (grouped(&gone, &po.numbers), grouped(&came, &pn.numbers));
    let mut drop_came = vec![false; came.len()];
    let mut keep_gone = Vec::new();
    for (v, g) in gone.iter().zip(&gg) {
        match g.as_ref().and_then(|g| (0..came.len()).find(|&k| !drop_came[k] && gc[k].as_ref() == Some(g))) {
            Some(k) => drop_came[k] = true,
            None => keep_gone.push(*v),
        }
    }
    gone = keep_gone;
    came = came.into_iter().zip(drop_came).filter(|(_, d)| !d).map(|(v, _)| v).collect();
    // `a` ↔ `one`: an article for the number one is not a change of number.
    let articles =
        |t: &str| words::tokens(t).iter().filter(|w| matches!(words::fold(w.text).as_str(), "a" | "an")).count();
    let spelled_one = |list: &[(f64, String)]| list.iter().any(|x| x.0 == 1.0 && words::fold(&x.1) == "one");
    let (ao, an) = (articles(&ot), articles(&nt));
    if gone.is_empty() && came == [1.0] && ao > an && spelled_one(&pn.numbers) {
        came.clear();
    }
    if came.is_empty() && gone == [1.0] && an > ao && spelled_one(&po.numbers) {
        gone.clear();
    }
    if !gone.is_empty() || !came.is_empty() {
        let written = |vals: &[f64], list: &[(f64, String)]| -> Vec<String> {
            let mut used = vec![false; list.len()];
            vals.iter()
                .map(|v| {
                    let k = list.iter().enumerate().position(|(i, x)| !used[i] && x.0 == *v).unwrap_or(0);
                    if let Some(u) = used.get_mut(k) {
                        *u = true;
                    }
                    list.get(k).map(|x| x.1.clone()).unwrap_or_default()
                })
                .collect()
        };
        let g = written(&gone, &po.numbers).join(", ");
        let c = written(&came, &pn.numbers).join(", ");
        let s = match (gone.is_empty(), came.is_empty()) {
            (false, false) => format!("number: {g} → {c}"),
            (false, true) => format!("number: {g} removed"),
            _ => format!("number: {c} added"),
        };
        parts.push((ChangeKind::Number, s));
    }
    // Attribution: a speaker or cue whose words are on both sides, only read
    // differently by the extractor, did not change.
    let stems_of =
        |t: &str| -> Vec<String> { words::tokens(t).iter().filter(|w| w.word).map(|w| lemma(w.text)).collect() };
    // Stems of the texts and of their sentences, made when first needed.
    let cells: [OnceCell<Vec<String>>; 4] = Default::default();
    let ot_stems = || cells[0].get_or_init(|| stems_of(&ot));
    let nt_stems = || cells[1].get_or_init(|| stems_of(&nt));
    let of_stems = || cells[2].get_or_init(|| stems_of(&of_text));
    let nf_stems = || cells[3].get_or_init(|| stems_of(&nf_text));
    let kept = |w: Option<&str>, other: &[String]| w.is_none_or(|w| stems_of(w).iter().all(|s| other.contains(s)));
    // A name run together with the next word (`Peskovsaid`) is still written:
    // compare the speaker with its sentence split as the other side writes it.
    let speaker_words_changed = || {
        !(kept(speaker_text(o), &stems_of(&unjoin(&nf_text, &of_text)))
            && kept(speaker_text(n), &stems_of(&unjoin(&of_text, &nf_text))))
    };
    let mut attr = Vec::new();
    let (so, sn) = (speaker(o), speaker(n));
    // A name written with other spaces or hyphens (`Keyzilberman` → `Key
    // Zilberman`, `Al Libi` → `Al-Libi`) is the same speaker.
    let letters =
        |x: &str| -> String { x.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect() };
    if so.map(letters) != sn.map(letters) && words_changed && speaker_words_changed() {
        attr.push(match (so, sn) {
            (Some(x), Some(y)) => {
                // A named speaker made anonymous (or the other way round) is
                // the part a standards editor looks for first.
                let how = match (is_unnamed(x), is_unnamed(y)) {
                    (false, true) => " (named → unnamed)",
                    (true, false) => " (unnamed → named)",
                    _ => "",
                };
                format!("speaker {} → {}{how}", quote(x), quote(y))
            }
            // A claim left without a speaker now stands in the article's own voice.
            (Some(x), None) => format!("speaker {} dropped (now unattributed)", quote(x)),
            (None, Some(y)) => format!("speaker {} added (was unattributed)", quote(y)),
            (None, None) => String::new(),
        });
    }
    let (co, cn) = (cue(o), cue(n));
    // A report turned into the article's own statement (`X has vowed to resume the
    // offensive` → `X resumed the offensive`): the reporting verb is gone from the sentence.
    // (Its subject stays: the speaker's words are on both sides; a cue verb, not `according to`.)
    let verb = |c: &str| !c.to_ascii_lowercase().starts_with("according");
    if attr.is_empty() && words_changed && !speaker_words_changed() && co.or(cn).is_some_and(verb) {
        match (co, cn, sn, so) {
            (Some(x), None, None, _) if !kept(Some(x), &stems_of(&unjoin(&nf_text, &of_text))) => {
                attr.push(format!("cue {} dropped (now stated as fact)", quote(x)));
            }
            (None, Some(y), _, None) if !kept(Some(y), &stems_of(&unjoin(&of_text, &nf_text))) => {
                attr.push(format!("cue {} added (was stated as fact)", quote(y)));
            }
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (co, cn) {
        // `said` and `went on to say` are one cue: the same reporting verb.
        let same_verb = !reporting_verbs(x).is_empty() && reporting_verbs(x) == reporting_verbs(y);
        // One neutral verb of saying for another (`stated` → `said`, `said`
        // → `added`) is style; a loaded one (`claimed`, `admitted`) is not.
        let same_verb = same_verb || (neutral_cue(x) && neutral_cue(y));
        if cue_key(x) != cue_key(y)
            && !same_verb
            && words_changed
            && !(kept(Some(x), nf_stems()) && kept(Some(y), of_stems()))
        {
            attr.push(format!("cue {} → {}", quote(x), quote(y)));
        }
    }
    // Reporting words that left the claims but not their sentences were read differently.
    let cue_stems = |st: &[String]| -> Vec<String> {
        let mut v: Vec<String> = st.iter().filter(|w| CUES.contains(&w.as_str())).cloned().collect();
        v.sort_unstable();
        v
    };
    // A claim split into (or merged from) parts that each keep its speaker and
    // reporting verb (`X said A and that B` → `X said A. X went on to say B.`):
    // the speaker and cue repeated are no change of attribution.
    let reading = |c: &Claim| -> Option<(String, Vec<String>)> {
        let verbs = reporting_verbs(cue(c)?);
        let who = ids::normalize(speaker(c)?);
        (!verbs.is_empty()).then_some((who, verbs))
    };
    let one_attribution = (olds.len() > 1 || news.len() > 1)
        && reading(o).is_some()
        && olds.iter().chain(news).all(|c| reading(c) == reading(o));
    // Reporting words repeated with the speaker and cue of the other side
    // (`the report states A and that B` → `the report states A. The report
    // goes on to state B`) are no change of attribution either.
    let said = |cs: &[&Claim]| -> Vec<String> {
        cs.iter().flat_map(|c| [speaker_text(c).unwrap_or(""), cue(c).unwrap_or("")]).flat_map(&stems_of).collect()
    };
    let (said_old, said_new) = (said(olds), said(news));
    let mut extra_new: Vec<String> = minus(&pn.cues, &po.cues).into_iter().filter(|w| !said_old.contains(w)).collect();
    let mut extra_old: Vec<String> = minus(&po.cues, &pn.cues).into_iter().filter(|w| !said_new.contains(w)).collect();
    // A neutral verb of saying swapped for another is style (see `neutral_cue`).
    while let (Some(a), Some(b)) =
        (extra_old.iter().position(|w| is_neutral_stem(w)), extra_new.iter().position(|w| is_neutral_stem(w)))
    {
        let (x, y) = (extra_old.remove(a), extra_new.remove(b));
        for (list, w) in [(&mut del, x), (&mut ins, y)] {
            if let Some(k) = list.iter().position(|v| *v == w) {
                list.remove(k);
            }
        }
    }
    let cue_words_changed = (!extra_new.is_empty() || !extra_old.is_empty())
        && cue_stems(of_stems()) != cue_stems(nf_stems())
        && !one_attribution;
    if attr.is_empty() && cue_words_changed {
        if let Some(f) = h.find(|_, w, _| CUES.contains(&lemma(w).as_str())) {
            attr.push(f);
        }
    }
    if !attr.is_empty() {
        parts.push((ChangeKind::Attribution, format!("attribution: {}", attr.join(", "))));
    }
    // Certainty.
    // The extractor's certainty counts when a word that carries it changed: a
    // modal, a reporting word or a hedge.
    // A hedge read on one side only whose words stand as they were on the
    // other (`will` in `the savings from which will be used`) was read
    // differently, not edited.
    let hedge_edited = |cs: &[&Claim], other: &str| {
        let mut words: Option<Vec<String>> = None;
        cs.iter().flat_map(|c| &c.hedges).any(|x| {
            let run = folded_words(&x.text);
            !run.is_empty() && occurrences(words.get_or_insert_with(|| folded_words(other)), &run) == 0
        })
    };
    let certainty_words_changed = po.modals_written != pn.modals_written
        || po.cues != pn.cues
        || hedge_edited(olds, &nt)
        || hedge_edited(news, &ot);
    let field_certainty = o.certainty != n.certainty && words_changed && certainty_words_changed;
    if field_certainty || po.modals != pn.modals {
        let frag =
            h.find(|_, w, next| words::is_modal(&words::fold(w), next.map(words::fold).as_deref())).or_else(|| {
                let hedge: Vec<&str> = o.hedges.iter().chain(&n.hedges).map(|x| x.text.as_str()).collect();
                h.find(|_, w, _| hedge.iter().any(|x| x.contains(w)))
            });
        let mut s = String::from("certainty: ");
        if field_certainty {
            s.push_str(&format!("{} → {}", o.certainty.as_str(), n.certainty.as_str()));
            if let Some(f) = frag {
                s.push_str(&format!(" ({f})"));
            }
        } else {
            s.push_str(&frag.unwrap_or_else(|| format!("{:?} → {:?}", po.modals, pn.modals)));
        }
        parts.push((ChangeKind::Certainty, s));
    }
    // Date.
    let (dt_o, dt_n) = (o.time.as_ref(), n.time.as_ref());
    let field_date = match (dt_o.and_then(|t| t.date), dt_n.and_then(|t| t.date)) {
        (Some(x), Some(y)) => (x != y).then(|| format!("{x} → {y}")),
        _ => None,
    };
    if field_date.is_some() || po.times != pn.times {
        let frag = h.find(|p, w, _| {
            words::is_time_word(w)
                || is_time_relation(&words::fold(w))
                || words::number_value(w).is_some_and(|v| words::is_year(w, v))
                || [dt_o, dt_n].into_iter().flatten().any(|t| t.text.contains(w) && p.word)
        });
        let s = match (field_date, frag) {
            (Some(d), Some(f)) => format!("date: {d} ({f})"),
            (Some(d), None) => format!("date: {d}"),
            (None, Some(f)) => format!("date: {f}"),
            (None, None) => "date: changed".to_string(),
        };
        parts.push((ChangeKind::Date, s));
    }
    // Sources (posts, links, outlets, documents).
    let src = |c: &[&Claim], map: &HashMap<&str, &Source>| -> Vec<String> {
        let mut v: Vec<String> = c
            .iter()
            .flat_map(|c| c.sources.iter())
            .filter(|id| map.get(id.as_str()).is_none_or(|s| is_source_kind(s.kind)))
            .cloned()
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let (so_ids, sn_ids) = (src(olds, &ctx.old), src(news, &ctx.new));
    // A source whose name is written on both sides, only read differently by
    // the extractor (`herald` → `Herald` now read as an outlet), did not change.
    let named_on_both_sides = |id: &String, map: &HashMap<&str, &Source>| {
        map.get(id.as_str()).is_some_and(|s| {
            let w = stems_of(&s.name);
            !w.is_empty() && w.iter().all(|x| ot_stems().contains(x) && nt_stems().contains(x))
        })
    };
    let mut removed_src = minus(&so_ids, &sn_ids);
    let mut added_src = minus(&sn_ids, &so_ids);
    removed_src.retain(|id| !named_on_both_sides(id, &ctx.old));
    added_src.retain(|id| !named_on_both_sides(id, &ctx.new));
    if !removed_src.is_empty() || !added_src.is_empty() {
        let name =
            |id: &String, map: &HashMap<&str, &Source>| map.get(id.as_str()).map_or(id.clone(), |s| describe_source(s));
        let mut v = Vec::new();
        v.extend(added_src.iter().map(|id| format!("added {}", name(id, &ctx.new))));
        v.extend(removed_src.iter().map(|id| format!("removed {}", name(id, &ctx.old))));
        parts.push((ChangeKind::Source, format!("source: {}", v.join(", "))));
    }
    if parts.iter().any(|p| p.0 == ChangeKind::Attribution) {
        // Words of the cue and of the speakers are explained by the attribution change.
        let stems = |c: &Claim| -> Vec<String> {
            let sp = c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.text.as_str()).unwrap_or("");
            words::tokens(sp).iter().filter(|t| t.word).map(|t| lemma(t.text)).collect()
        };
        let (so_w, sn_w) = (stems(o), stems(n));
        del.retain(|w| !CUES.contains(&w.as_str()) && !so_w.contains(w));
        ins.retain(|w| !CUES.contains(&w.as_str()) && !sn_w.contains(w));
    }
    // The speaker and reporting verb of one side written again on the other
    // (a long quote split in two: `The report goes on to state that …`) say
    // nothing new.
    del.retain(|w| !said_new.contains(w));
    ins.retain(|w| !said_old.contains(w));
    // Words that only left a claim but are still in its sentence (or only came
    // into it from its old sentence) were divided among the sentence's claims
    // differently, not edited. Words swapped both ways are edits.
    let count = |w: &str, st: &[String]| st.iter().filter(|x| *x == w).count();
    if del.is_empty() || ins.is_empty() {
        del.retain(|d| count(d, nf_stems()) < count(d, ot_stems()));
        ins.retain(|i| count(i, of_stems()) < count(i, nt_stems()));
    }
    // A name written shorter or longer (`Barack Obama` → `Obama`, `Obama` →
    // `President Barack Obama`) names the same entity when its full form
    // stands earlier in the version that has the short one: the reader
    // resolves the short form to it.
    let old_start = olds.iter().map(|c| c.span.start).min().unwrap_or(0);
    let new_start = news.iter().map(|c| c.span.start).min().unwrap_or(0);
    del.retain(|d| !same_name_written_shorter(d, &ot, &nt, ctx.new_sentences, new_start));
    ins.retain(|i| !same_name_written_shorter(i, &nt, &ot, ctx.old_sentences, old_start));
    // Content words only deleted, none added, drop detail without saying
    // anything new: cosmetic, unless a deleted word is a name (an entity).
    // A name whose demonym stands in the new sentence (`Japan` → `Japanese
    // spectators`) was reworded, not deleted.
    let names_deleted = del.iter().any(|d| {
        is_name(d, &ot)
            && !original(d, &ot)
                .is_some_and(|w| words::tokens(&nf_text).iter().any(|x| x.word && is_name_derivation(&w, x.text)))
    });
    let content_changed = !ins.is_empty() || names_deleted;
    let text_differs = !h.hunks.is_empty();
    let serious = !parts.is_empty();
    if content_changed {
        let f = h
            .find(|_, w, _| {
                let s = lemma(w);
                del.contains(&s) || ins.contains(&s)
            })
            .unwrap_or_default();
        parts.push((ChangeKind::Wording, format!("wording: {f}")));
    } else if text_differs && !serious {
        let f = h.hunks.first().map(|x| h.show(x)).unwrap_or_default();
        // The same words in another order: say so rather than show one hunk of it.
        let sorted = |t: &str| {
            let mut v = folded_words(t);
            v.sort_unstable();
            v
        };
        let reordered = folded_words(&ot) != folded_words(&nt) && sorted(&ot) == sorted(&nt);
        let what = if reordered { "word order, " } else { "" };
        parts.push((ChangeKind::Wording, format!("wording (cosmetic): {what}{f}")));
    }
    // A move alone is not substantive: the claim still says the same.
    let substantive = serious || content_changed;
    if let Some((from, to)) = moved {
        parts.push((ChangeKind::Moved, format!("moved: sentence {} → {}", from + 1, to + 1)));
    }
    parts.sort_by_key(|p| p.0);
    kinds.extend(parts.iter().map(|p| p.0));
    let mut explanation = parts.into_iter().map(|p| p.1).collect::<Vec<_>>().join("; ");
    if !kinds.is_empty() && (olds.len() > 1 || news.len() > 1) {
        let what = if news.len() > 1 {
            format!("split into {} claims", news.len())
        } else {
            format!("merged from {} claims", olds.len())
        };
        explanation = format!("{what}; {explanation}");
    } else if kinds.is_empty() && (olds.len() > 1 || news.len() > 1) {
        // Splitting or merging claims without changing a word is still a change of structure.
        kinds.push(ChangeKind::Wording);
        explanation = if news.len() > 1 {
            format!("wording (cosmetic): split into {} claims", news.len())
        } else {
            format!("wording (cosmetic): merged from {} claims", olds.len())
        };
    }
    Classified { kinds, substantive, explanation, word_diff }
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_model::{Attribution, AttributionType, Certainty, ClaimKind, Span, SpannedText, Speaker, TimeRef};

    fn claim(text: &str) -> Claim {
        Claim { checkworthy: 0.5, ..Claim::assertion(text, Span::new(0, text.len())) }
    }

    fn said(text: &str, who: &str, cue: &str) -> Claim {
        let mut c = claim(&format!("{who} {cue} {text}"));
        c.kind = ClaimKind::IndirectQuote;
        c.attribution = Some(Attribution {
            speaker: Some(Speaker { name: who.into(), text: who.into(), span: Span::new(0, 1), source: None }),
            cue: Some(SpannedText { text: cue.into(), span: Span::new(0, 1) }),
            content: SpannedText { text: text.into(), span: Span::new(0, 1) },
            content_parts: vec![],
            direct: false,
            kind: AttributionType::Speech,
        });
        c
    }

    fn run(o: &Claim, n: &Claim) -> Classified {
        classify(&[o], &[n], &Context::default(), None)
    }

    #[test]
    fn identical_claims_have_no_kinds() {
        let c = claim("Putin visited Kazakhstan on Thursday.");
        let r = run(&c, &c);
        assert!(r.kinds.is_empty() && !r.substantive, "{r:?}");
        assert_eq!(r.word_diff.len(), 1);
    }

    #[test]
    fn planned_to_asserted_is_certainty() {
        let mut o = claim("Putin is set to visit Kazakhstan on Thursday.");
        o.certainty = Certainty::Planned;
        let n = claim("Putin visited Kazakhstan on Thursday.");
        let r = run(&o, &n);
        assert_eq!(r.kinds, [ChangeKind::Certainty], "{r:?}");
        assert!(r.substantive);
        assert_eq!(r.explanation, "certainty: planned → asserted (\"is set to visit\" → \"visited\")");
    }

    #[test]
    fn negation_flip_is_most_serious() {
        let o = claim("The minister will attend the summit.");
        let mut n = claim("The minister will not attend the summit.");
        n.negated = true;
        let r = run(&o, &n);
        assert_eq!(r.kinds[0], ChangeKind::Negation);
        assert_eq!(r.explanation, "negation: affirmative → negated (\"will\" → \"will not\")");
        // Found from the words alone when the extractor did not mark it.
        n.negated = false;
        assert_eq!(run(&o, &n).kinds, [ChangeKind::Negation]);
    }

    #[test]
    fn number_change_names_both_values() {
        let r = run(&claim("The fire killed 12 people."), &claim("The fire killed 15 people."));
        assert_eq!(r.kinds, [ChangeKind::Number]);
        assert_eq!(r.explanation, "number: 12 → 15");
        // The same value in words is cosmetic.
        let r = run(&claim("The fire killed 3 people."), &claim("The fire killed three people."));
        assert_eq!(r.kinds, [ChangeKind::Wording]);
        assert!(!r.substantive);
    }

    #[test]
    fn attribution_speaker_and_cue() {
        let r = run(&said("Prices rose", "John Smith", "said"), &said("Prices rose", "an official", "said"));
        assert_eq!(r.kinds, [ChangeKind::Attribution]);
        assert!(r.explanation.contains("speaker \"John Smith\" → \"an official\""), "{}", r.explanation);
        let r = run(&said("Prices rose", "Smith", "said"), &said("Prices rose", "Smith", "claimed"));
        assert_eq!(r.kinds, [ChangeKind::Attribution]);
        assert_eq!(r.explanation, "attribution: cue \"said\" → \"claimed\"");
        let r = run(&said("Prices rose", "Smith", "said"), &claim("Prices rose"));
        assert!(r.explanation.contains("dropped (now unattributed)"), "{}", r.explanation);
        let r = run(&claim("Prices rose"), &said("Prices rose", "Smith", "said"));
        assert!(r.explanation.contains("added (was unattributed)"), "{}", r.explanation);
    }

    #[test]
    fn a_report_turned_into_a_statement_of_fact() {
        let mut o = said("to resume the offensive once the truce ends", "Osman Tarek", "has vowed");
        o.statement = "Osman Tarek has vowed to resume the offensive once the truce ends".into();
        let n = claim("Osman Tarek resumed the offensive once the truce ends");
        let r = run(&o, &n);
        assert!(r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        assert!(r.explanation.contains("cue \"has vowed\" dropped (now stated as fact)"), "{}", r.explanation);
        assert!(r.substantive);
        let r = run(&n, &o);
        assert!(r.explanation.contains("added (was stated as fact)"), "{}", r.explanation);
    }

    #[test]
    fn a_speaker_read_differently_from_the_same_words_is_not_a_change() {
        // The extractor read "a private pilot" as the speaker before and the
        // name after a comma edit: the same words are on both sides.
        let mut o = said("the crash was caused by fog and a broken engine", "private pilot", "said");
        let mut n = said("the crash was caused by fog and a broken engine", "Craig Handley", "said");
        let ot = "A private pilot, Craig Handley, said the crash was caused by fog and a broken engine";
        let nt = "A private pilot Craig Handley said the crash was caused by heavy fog and a broken engine";
        o.text = ot.into();
        n.text = nt.into();
        let r = run(&o, &n);
        assert!(!r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        assert!(r.substantive, "an added word still counts: {r:?}");
    }

    #[test]
    fn a_source_read_differently_from_the_same_words_is_not_a_change() {
        let src = Source {
            id: "src-herald".into(),
            kind: SourceKind::Outlet,
            name: "The Herald".into(),
            handle: None,
            url: None,
            date: None,
            role: None,
            mentions: vec![],
            urls: vec![],
        };
        let o = claim("Mr Key told the herald that the stadium was a good idea");
        let mut n = claim("Mr Key told The Herald that the stadium was a good idea");
        n.sources = vec![src.id.clone()];
        let news = [src];
        let ctx = Context::new(&[], &news);
        let r = classify(&[&o], &[&n], &ctx, None);
        assert!(!r.substantive, "{r:?}");
        // A source that is new in the words is a change.
        let o = claim("Mr Key told reporters that the stadium was a good idea");
        let r = classify(&[&o], &[&n], &ctx, None);
        assert!(r.kinds.contains(&ChangeKind::Source), "{r:?}");
    }

    #[test]
    fn words_divided_differently_among_a_sentence_s_claims_are_not_edits() {
        let o = claim("The bridge collapsed");
        let n = claim("The bridge collapsed after heavy rain");
        let sentence = |t: &str| Sentence { index: 0, start: 0, end: t.len(), text: t.into() };
        let old_s = [sentence("The bridge collapsed, officials said after heavy rain")];
        let new_s = [sentence("The bridge collapsed after heavy rain, officials said")];
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(!classify(&[&o], &[&n], &ctx, None).substantive);
        // Without the sentences, or with words new to the sentence, it is an addition.
        assert!(run(&o, &n).substantive);
        let old_s = [sentence("The bridge collapsed, officials said")];
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(classify(&[&o], &[&n], &ctx, None).substantive);
        // Words swapped between two claims of one sentence are edits.
        let (o, n) = (claim("The minister resigned"), claim("The deputy resigned"));
        let old_s = [sentence("The minister resigned and the deputy stayed")];
        let new_s = [sentence("The deputy resigned and the minister stayed")];
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(classify(&[&o], &[&n], &ctx, None).substantive);
    }

    #[test]
    fn dates_from_fields_and_words() {
        let r =
            run(&claim("Kotunica spoke today at the meeting."), &claim("Kotunica spoke on Saturday at the meeting."));
        assert_eq!(r.kinds, [ChangeKind::Date], "{r:?}");
        assert_eq!(r.explanation, "date: \"today\" → \"on Saturday\"");
        let mut o = claim("The vote is on Thursday.");
        let mut n = claim("The vote is on Thursday.");
        let d = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        o.time = Some(TimeRef { text: "Thursday".into(), date: d("2023-11-09"), span: Span::new(15, 23) });
        n.time = Some(TimeRef { text: "Thursday".into(), date: d("2023-11-16"), span: Span::new(15, 23) });
        let r = run(&o, &n);
        assert_eq!(r.kinds, [ChangeKind::Date]);
        assert!(r.explanation.starts_with("date: 2023-11-09 → 2023-11-16"), "{}", r.explanation);
    }

    #[test]
    fn cosmetic_edits_are_not_substantive() {
        for (o, n) in [
            ("it still officialy remains a province", "it still officially remains a province"),
            ("The Seceratry of state arrived", "The Secretary of State arrived."),
            ("spokesman Dmitry Peskovsaid that", "spokesman, Dmitry Peskov said that"),
            ("a 23 year old man", "a 23-year-old man"),
            ("the costs has risen", "the cost had risen"),
            ("Police  said  the road is closed", "police said the road is closed"),
            ("The meeting starts at 4pm", "The meeting starts at 4 p.m."),
            ("The road is 5 kilometres long", "The road is 5 km long"),
            ("Prices rose 5 percent in May", "Prices rose 5% in May"),
            ("The company's chief executive officer resigned", "The company's CEO resigned"),
            ("He planned a murder suicide last week", "He planned a murder-suicide last week"),
            ("Police don't know the cause", "Police do not know the cause"),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
            assert_eq!(r.kinds, [ChangeKind::Wording]);
            assert!(r.explanation.starts_with("wording (cosmetic)"));
        }
    }

    #[test]
    fn content_word_changes_are_substantive() {
        for (o, n) in [
            ("The town was flooded", "The city was flooded"),
            ("Ten people were hurt by fire", "Ten people were hurt by gunfire"),
            ("It happened during the day", "It happened during the night"),
            ("The plant has operated in Tartu since 2007", "The plant has operated in Tartu in 2007"),
            ("He was jailed for 5 months", "He was jailed for 5 years"),
            ("The meeting starts at 4pm", "The meeting starts at 4am"),
            ("The road is 5 km long", "The road is 5 miles long"),
            ("The CEO resigned", "The CFO resigned"),
            ("Japan won the match", "China won the match"),
            ("The firm plans to open a plant", "The firm may open a plant"),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(r.substantive, "{o} → {n}: {r:?}");
        }
        let r = run(&claim("The town was flooded"), &claim("The city was flooded"));
        assert_eq!(r.explanation, "wording: \"town\" → \"city\"");
    }

    #[test]
    fn deleted_detail_is_cosmetic_unless_it_names_something() {
        let r = run(
            &claim("Two people, a man and a woman, were hurt when the aircraft crashed"),
            &claim("Two people were hurt when the aircraft crashed"),
        );
        assert!(!r.substantive, "{r:?}");
        let r = run(
            &claim("The plane crashed near Cardiff, south Wales, on landing"),
            &claim("The plane crashed near Cardiff on landing"),
        );
        assert!(r.substantive, "a named place removed: {r:?}");
        // Added words say something new.
        let r = run(&claim("Two people were hurt"), &claim("Two people were badly hurt"));
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn variants_of_one_word_are_cosmetic() {
        for (o, n) in [
            ("He was gaoled for life", "He was jailed for life"),
            ("The PM spoke", "The Prime Minister spoke"),
            ("He won the champion title", "He won the championship title"),
            (
                "Voters punished the government because its reforms fail",
                "Voters punished the government for the failure of its reforms",
            ),
            ("The council voted to close the bridge", "The council voted for the closure of the bridge"),
            ("A Kremlin spokesman said so", "A Kremlin spokesperson said so"),
            ("Rain aand wind", "Rain and wind"),
            ("About 30.000 people marched", "About 30,000 people marched"),
            ("The project cost $5 million", "The project cost $5m"),
            ("The deal is worth £2.3 billion", "The deal is worth £2.3bn"),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
    }

    #[test]
    fn source_added_and_moved() {
        let o = claim("Putin visited Kazakhstan.");
        let mut n = claim("Putin visited Kazakhstan.");
        n.sources = vec!["src-1".into()];
        let r = classify(&[&o], &[&n], &Context::default(), Some((0, 4)));
        assert_eq!(r.kinds, [ChangeKind::Source, ChangeKind::Moved]);
        assert!(r.substantive);
        // A move alone is reported but is not substantive.
        let r = classify(&[&o], &[&o], &Context::default(), Some((0, 4)));
        assert_eq!(r.kinds, [ChangeKind::Moved]);
        assert!(!r.substantive);
        assert_eq!(r.explanation, "moved: sentence 1 → 5");
    }

    fn sentence(index: usize, start: usize, text: &str) -> Sentence {
        Sentence { index, start, end: start + text.len(), text: text.into() }
    }

    fn at(text: &str, start: usize, index: usize) -> Claim {
        let mut c = claim(text);
        c.span = Span::new(start, start + text.len());
        c.sentence = index;
        c
    }

    #[test]
    fn a_run_that_moved_to_another_claim_of_the_sentence_is_no_edit() {
        // The negated clause became a claim of its own; the rest lost it.
        let os = "Murphy admitted that he was not at the sheet, and agreed that the signatures should be invalidated";
        let ns =
            "Murphy admitted that he was not at the sheet, and he agreed that the signatures should be invalidated";
        let (old_s, new_s) = ([sentence(0, 0, os)], [sentence(0, 0, ns)]);
        let mut o = at(os, 0, 0);
        o.negated = true;
        let n = at("he agreed that the signatures should be invalidated", 51, 0);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        let r = classify(&[&o], &[&n], &ctx, None);
        assert!(!r.substantive, "{r:?}");
        // A negation swapped between two claims of one sentence is an edit.
        let os = "The minister did not resign and the deputy stayed";
        let ns = "The minister resigned and the deputy did not stay";
        let (old_s, new_s) = ([sentence(0, 0, os)], [sentence(0, 0, ns)]);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        let (o, n) = (at("The minister did not resign", 0, 0), at("The minister resigned", 0, 0));
        assert!(classify(&[&o], &[&n], &ctx, None).kinds.contains(&ChangeKind::Negation));
    }

    #[test]
    fn a_claim_over_two_sentences_has_both_as_its_frame() {
        let os = "Von Hess defended his choice saying \"It was after the war. I played Von Hess to the hilt.\"";
        let o = at(os, 0, 0);
        let (s1, s2) =
            ("Von Hess defended his choice saying \"It was after the war.", "I played Von Hess to the hilt.\"");
        let new_s = [sentence(0, 0, s1), sentence(1, s1.len() + 1, s2)];
        let nt = "his choice saying \"It was after the war. I played Von Hess to the hilt.";
        let n = at(nt, 18, 0);
        let old_s = [sentence(0, 0, os)];
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(!classify(&[&o], &[&n], &ctx, None).substantive);
    }

    #[test]
    fn neutral_verbs_of_saying_are_style_loaded_ones_are_not() {
        let r = run(&said("Prices rose", "Smith", "stated"), &said("Prices rose", "Smith", "said"));
        assert!(!r.substantive && !r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        let r = run(&said("Prices rose", "Smith", "said"), &said("Prices rose", "Smith", "added"));
        assert!(!r.substantive, "{r:?}");
        let r = run(&said("Prices rose", "Smith", "said"), &said("Prices rose", "Smith", "claimed"));
        assert!(r.substantive && r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
    }

    #[test]
    fn a_quote_split_with_its_speaker_repeated_keeps_its_attribution() {
        let o = said("A is a concern and that B amounts to degrading treatment", "the report", "states");
        let mut n1 = said("A is a concern", "the report", "states");
        let mut n2 = claim("The report goes on to state that B amounts to degrading treatment");
        n1.sentence = 0;
        n2.sentence = 1;
        let r = classify(&[&o], &[&n1, &n2], &Context::default(), None);
        assert!(!r.substantive, "{r:?}");
        // A different speaker for the second part is a change.
        let n2 = claim("The minister goes on to state that B amounts to degrading treatment");
        assert!(classify(&[&o], &[&n1, &n2], &Context::default(), None).substantive);
    }

    #[test]
    fn modal_words_that_keep_the_certainty() {
        for (o, n) in [
            ("The firm is set to open a plant", "The firm is scheduled to open a plant"),
            ("Without support the gallery will no longer exist", "Without support the gallery would not exist"),
            (
                "The event was postponed until November instead of the planned date",
                "The event was postponed until November",
            ),
            (
                "Some cheap laptops were launched before the show",
                "For example, some cheap laptops were launched before the show",
            ),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
        // The extractor's reading still counts when it tells `would` from `will`.
        let o = claim("The company will close the plant");
        let mut n = claim("The company would close the plant");
        n.certainty = Certainty::Uncertain;
        assert!(run(&o, &n).kinds.contains(&ChangeKind::Certainty));
        // A modal that was not there is a change.
        assert!(run(&claim("The company closes the plant"), &claim("The company may close the plant")).substantive);
    }

    #[test]
    fn irregular_forms_share_the_stem_of_their_base() {
        for (a, b) in [("lost", "losing"), ("took", "taking"), ("made", "makes"), ("left", "leaving"), ("said", "says")]
        {
            assert_eq!(lemma(a), lemma(b), "{a} {b}");
        }
        assert_ne!(lemma("lost"), lemma("list"));
    }

    #[test]
    fn a_demonym_is_not_a_deleted_name() {
        assert!(is_name_derivation("Japan", "Japanese") && is_name_derivation("Canadian", "Canada"));
        assert!(is_name_derivation("Iraq", "Iraqi") && is_name_derivation("Germany", "German"));
        assert!(!is_name_derivation("Japan", "Jamaica") && !is_name_derivation("japan", "japanese"));
        let r = run(
            &claim("Many local (Japan) fans hoped the Dragons would win"),
            &claim("Many Japanese fans hoped the Dragons would win"),
        );
        assert!(!r.substantive, "{r:?}");
    }

    #[test]
    fn a_relative_pronoun_for_a_name_earlier_in_its_sentence() {
        let os =
            "The council approved a grant for Riverside Park, and the money for Riverside Park will come from taxes.";
        let ns = "The council approved a grant for Riverside Park, the money for which will come from taxes.";
        let (old_s, new_s) = ([sentence(0, 0, os)], [sentence(0, 0, ns)]);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        let r = classify(&[&at(os, 0, 0)], &[&at(ns, 0, 0)], &ctx, None);
        assert!(!r.substantive, "{r:?}");
        // A name that `which` cannot stand for (not named before it) was deleted.
        let os = "The council approved a grant, and the money for Riverside Park will come from taxes.";
        let ns = "The council approved a grant, the money for which will come from taxes.";
        let (old_s, new_s) = ([sentence(0, 0, os)], [sentence(0, 0, ns)]);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(classify(&[&at(os, 0, 0)], &[&at(ns, 0, 0)], &ctx, None).substantive);
    }

    #[test]
    fn a_hedge_read_on_one_side_only_whose_words_stand_is_no_edit() {
        let hedge = |c: &mut Claim, w: &str| {
            c.hedges = vec![SpannedText { text: w.into(), span: Span::new(0, 1) }];
            c.certainty = Certainty::Planned;
        };
        // `primarily` dropped; the extractor reads `will` as a hedge on one side only.
        let mut o = claim("The savings will primarily be spent on the schools");
        hedge(&mut o, "will");
        let n = claim("The savings will be spent on the schools");
        let r = run(&o, &n);
        assert!(!r.substantive && !r.kinds.contains(&ChangeKind::Certainty), "{r:?}");
        // The hedge's words gone from the text: a change of certainty.
        let n = claim("The savings are spent on the schools");
        assert!(run(&o, &n).kinds.contains(&ChangeKind::Certainty));
    }

    #[test]
    fn words_that_stand_in_another_text() {
        let old = "Kremlin spokesman Dmitry Peskovsaid that Russia cannot agree with the declaration";
        assert!(words_stand_in("Kremlin spokesperson, Dmitry Peskov, said Russia cannot agree", old));
        assert!(!words_stand_in("Kremlin spokesperson, Dmitry Peskov, said Russia can agree", old));
        assert!(!words_stand_in("Peskov said Russia cannot agree with 3 declarations", old));
        assert!(!words_stand_in("Peskov said Russia cannot agree with the NATO declaration", old));
    }

    #[test]
    fn scale_letters_after_a_number_are_spelt_out() {
        assert_eq!(scales("It cost $5m, or €40k each"), "It cost $5 million, or €40 thousand each");
        assert_eq!(scales("a £2.3bn deal and 1.2tn yen"), "a £2.3 billion deal and 1.2 trillion yen");
        // Without a currency sign, `m` is metres and `k` is left alone.
        assert_eq!(scales("a 10m wall and a 5k run"), "a 10m wall and a 5k run");
        assert_eq!(scales("$5million, $5 m, 東京 $7mn"), "$5million, $5 m, 東京 $7 million");
        let r = run(&claim("The project cost $5 million"), &claim("The project cost $6m"));
        assert!(r.kinds.contains(&ChangeKind::Number), "{r:?}");
    }

    #[test]
    fn an_abbreviation_beside_the_name_it_stands_for() {
        for (o, n) in [
            (
                "The Motion Picture Association of America said piracy cost millions",
                "The Motion Picture Association of America (MPAA) said piracy cost millions",
            ),
            ("Voters in Pennsylvania (PA) went to the polls", "Voters in Pennsylvania went to the polls"),
            (
                "The World Health Organization warned of a pandemic",
                "The World Health Organization (WHO) warned of a pandemic",
            ),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
        // An abbreviation of another name is another entity.
        let r = run(
            &claim("The World Health Organization warned of a pandemic"),
            &claim("The World Health Organization and the CDC warned of a pandemic"),
        );
        assert!(r.substantive, "{r:?}");
        // The full name gone with it is a change.
        let r = run(
            &claim("The World Health Organization (WHO) warned of a pandemic"),
            &claim("Doctors warned of a pandemic"),
        );
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_word_run_together_with_the_next_is_a_typo() {
        for (o, n) in [
            ("He told Wikinewsthat the plan failed", "He told Wikinews: the plan failed"),
            (
                "The council will build the stadiumthat critics oppose",
                "The council will build the stadium, which critics oppose",
            ),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
        // A content word run on is no function word.
        let r = run(&claim("He told Wikinewsreporters the plan failed"), &claim("He told Wikinews the plan failed"));
        assert!(r.substantive, "{r:?}");
        assert_eq!(run_together("without", "without", &["with".to_string()].into_iter().collect()), None);
    }

    #[test]
    fn a_noun_of_vague_quantity_is_a_determiner() {
        for (o, n) in [
            ("Some paparazzi recorded a video of the singer", "A group of paparazzi recorded a video of the singer"),
            ("Several tests were run on the patients", "A series of tests were run on the patients"),
            ("Many residents complained", "A number of residents complained"),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
        // A proportion or a part says more; so does the noun used as a noun.
        for (o, n) in [
            ("Residents complained", "A majority of residents complained"),
            ("The road was closed", "A section of the road was closed"),
            ("The number rose", "The group rose"),
        ] {
            assert!(run(&claim(o), &claim(n)).substantive, "{o} → {n}");
        }
    }

    #[test]
    fn a_clause_reduced_to_its_participle_keeps_its_certainty() {
        for (o, n) in [
            (
                "Leading off is the Harley rally, which then will be followed in the next week by BikeFest",
                "Leading off is the Harley rally, followed in the next week by BikeFest",
            ),
            (
                "Millions of homes will have computers and each will require an operating system",
                "Millions of homes will have computers, each requiring an operating system",
            ),
        ] {
            let r = run(&claim(o), &claim(n));
            assert!(!r.substantive, "{o} → {n}: {r:?}");
        }
        // The verb kept finite with another tense or modal is a change.
        for n in [
            "Leading off is the Harley rally, which was followed in the next week by BikeFest",
            "Leading off is the Harley rally, which may be followed in the next week by BikeFest",
        ] {
            let o = "Leading off is the Harley rally, which will be followed in the next week by BikeFest";
            assert!(run(&claim(o), &claim(n)).substantive, "{n}");
        }
        // A modal of the main clause dropped is a change.
        let r = run(&claim("The council will close the bridge"), &claim("The council closed the bridge"));
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_name_written_shorter_or_longer_after_its_full_form() {
        let s0 = "Kenyan officials met President Barack Obama on Monday.";
        let check = |os: &str, ns: &str| {
            let old_s = [sentence(0, 0, s0), sentence(1, s0.len() + 1, os)];
            let new_s = [sentence(0, 0, s0), sentence(1, s0.len() + 1, ns)];
            let (o, n) = (at(os, s0.len() + 1, 1), at(ns, s0.len() + 1, 1));
            let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
            classify(&[&o], &[&n], &ctx, None).substantive
        };
        assert!(!check("Later, Barack Obama visited the school.", "Later, Obama visited the school."));
        assert!(!check("Later, Obama visited the school.", "Later, Barack Obama visited the school."));
        assert!(!check("Later, Obama visited the school.", "Later, President Obama visited the school."));
        // Another first name is another person.
        assert!(check("Later, Obama visited the school.", "Later, Michelle Obama visited the school."));
        // A full name not introduced before is no short form of it.
        let r = run(&claim("Later, Obama visited the school."), &claim("Later, Barack Obama visited the school."));
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_pronoun_for_the_name_it_stands_for() {
        let s0 = "Prime Minister Vojislav Kotunica met the president.";
        let (os, ns) = ("He spoke to reporters on Saturday.", "Kotunica spoke to reporters on Saturday.");
        let old_s = [sentence(0, 0, s0), sentence(1, s0.len() + 1, os)];
        let new_s = [sentence(0, 0, s0), sentence(1, s0.len() + 1, ns)];
        let (o, n) = (at(os, s0.len() + 1, 1), at(ns, s0.len() + 1, 1));
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(!classify(&[&o], &[&n], &ctx, None).substantive);
        // Someone not named before is someone new.
        let ns = "Mladic spoke to reporters on Saturday.";
        let new_s = [sentence(0, 0, s0), sentence(1, s0.len() + 1, ns)];
        let n = at(ns, s0.len() + 1, 1);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        assert!(classify(&[&o], &[&n], &ctx, None).substantive);
    }

    #[test]
    fn split_is_one_group() {
        let o = claim("The storm hit the coast, and it killed four people.");
        let n1 = claim("The storm hit the coast.");
        let n2 = claim("It killed four people.");
        let r = classify(&[&o], &[&n1, &n2], &Context::default(), None);
        assert!(!r.substantive, "{r:?}");
        assert!(r.explanation.contains("split into 2 claims"), "{}", r.explanation);
    }

    #[test]
    fn a_phrasal_verb_for_its_one_word_equivalent_is_cosmetic() {
        let pairs = [
            ("The crew will go back to the base on Friday", "The crew will return to the base on Friday"),
            ("Police are trying to find out who set the fire", "Police are trying to discover who set the fire"),
            ("The crowd was getting bigger all afternoon", "The crowd increased all afternoon"),
            ("The dispute is getting worse", "The dispute is becoming worse"),
            ("The board postponed the vote", "The board put off the vote"),
            ("He left behind his wife and a daughter", "He is survived by his wife and a daughter"),
        ];
        for (a, b) in pairs {
            let r = run(&claim(a), &claim(b));
            assert!(!r.substantive, "{a} → {b}: {r:?}");
        }
        // A complex preposition for its one word.
        let r = run(&claim("The road was closed before the storm"), &claim("The road was closed prior to the storm"));
        assert!(!r.substantive, "{r:?}");
        let r = run(&claim("The road reopened after the storm"), &claim("The road reopened following the storm"));
        assert!(!r.substantive, "{r:?}");
        // `following` that is not in place of an `after` is a word of its own.
        let r = run(&claim("The road reopened after the storm"), &claim("The road reopened after the following storm"));
        assert!(r.substantive, "{r:?}");
        // A light verb and a noun for the verb they stand for.
        let r =
            run(&claim("Engineers inspected the bridge"), &claim("Engineers carried out an inspection of the bridge"));
        assert!(!r.substantive, "{r:?}");
        let r =
            run(&claim("Police investigated the fire"), &claim("Police carried out an investigation into the fire"));
        assert!(!r.substantive, "{r:?}");
        // One light verb for another with the same noun is an edit.
        let r = run(&claim("The team took the lead"), &claim("The team gave the lead"));
        assert!(r.substantive, "{r:?}");
        // A light verb whose noun is new says something new.
        let r = run(&claim("Engineers inspected the bridge"), &claim("Engineers made a mistake on the bridge"));
        assert!(r.substantive, "{r:?}");
        // Another verb, or the phrase kept while a word came, still counts.
        let r = run(&claim("The crew will go back to the base"), &claim("The crew will fly to the base"));
        assert!(r.substantive, "{r:?}");
        let r = run(&claim("The crowd was getting bigger"), &claim("The crowd was getting bigger and angrier"));
        assert!(r.substantive, "{r:?}");
        // The one-word side must stand where the phrase went: `return` elsewhere is new.
        let r = run(&claim("They will go back home"), &claim("They will stay home and return the car"));
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_speaker_whose_name_ran_into_the_next_word_is_not_added() {
        let sentence = |t: &str| Sentence { index: 0, start: 0, end: t.len(), text: t.into() };
        // Another word of the claim changed too, so that the speaker's words are looked at.
        let (os, ns) = (
            "Kremlin spokesman Dmitry Peskovsaid that Russia disagrees",
            "Kremlin spokesman Dmitry Peskov said that Russia firmly disagrees",
        );
        let o = claim("Kremlin spokesman Dmitry Peskovsaid that Russia disagrees");
        let n = said("Russia firmly disagrees", "Dmitry Peskov", "said");
        let (old_s, new_s) = ([sentence(os)], [sentence(ns)]);
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        let r = classify(&[&o], &[&n], &ctx, None);
        assert!(!r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        // A speaker whose name is nowhere in the old sentence is added.
        let n = said("Russia firmly disagrees", "Sergei Lavrov", "said");
        let ns = "Sergei Lavrov said Russia firmly disagrees";
        let new_s = [sentence(ns)];
        let ctx = Context::new(&[], &[]).with_sentences(&old_s, &new_s);
        let r = classify(&[&o], &[&n], &ctx, None);
        assert!(r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
    }

    #[test]
    fn a_speaker_made_anonymous_is_said_so() {
        let o = said("the damage could cost $40 million", "John Rewi", "said");
        let n = said("the damage could cost $40 million", "A council official", "said");
        let r = run(&o, &n);
        assert!(r.substantive && r.explanation.contains("(named → unnamed)"), "{}", r.explanation);
        let r = run(&n, &o);
        assert!(r.explanation.contains("(unnamed → named)"), "{}", r.explanation);
        // One name for another is no change of anonymity.
        let n = said("the damage could cost $40 million", "Maria Tane", "said");
        let r = run(&o, &n);
        assert!(r.substantive && !r.explanation.contains("named →"), "{}", r.explanation);
        assert!(is_unnamed("sources close to the talks") && is_unnamed("two officials"));
        assert!(!is_unnamed("the mayor") && !is_unnamed("Police") && !is_unnamed(""));
    }

    #[test]
    fn the_same_words_in_another_order_are_called_word_order() {
        let o = claim("The museum's director, Claire Dubois, said the painting was stolen");
        let n = claim("Claire Dubois, the museum's director, said the painting was stolen");
        let r = run(&o, &n);
        assert!(!r.substantive && r.explanation.contains("word order"), "{}", r.explanation);
        // Only punctuation changed: no word moved.
        let n = claim("The museum's director Claire Dubois said the painting was stolen");
        let r = run(&o, &n);
        assert!(!r.explanation.contains("word order"), "{}", r.explanation);
        // A word changed as well: not only the order.
        let n = claim("Claire Dubois, the museum's curator, said the painting was stolen");
        let r = run(&o, &n);
        assert!(!r.explanation.contains("word order"), "{}", r.explanation);
    }

    #[test]
    fn a_merge_that_keeps_its_negators_keeps_its_polarity() {
        // The negated clause ends inside the merged claim, whose own flag reads
        // its main clause: the same `not` on both sides is no flip.
        let o1 = claim("The spokesman said Russia shares European values.");
        let mut o2 = claim("Bush stated that Russia is not an enemy.");
        o2.negated = true;
        let n = claim("The spokesman said that Russia shares European values. Bush said that Russia is not an enemy.");
        let r = classify(&[&o1, &o2], &[&n], &Context::default(), None);
        assert!(!r.kinds.contains(&ChangeKind::Negation), "{r:?}");
        assert!(!r.substantive, "{r:?}");
        // A negator dropped in the merge is still a flip.
        let n = claim("The spokesman said Russia shares European values. Bush said that Russia is an enemy.");
        let r = classify(&[&o1, &o2], &[&n], &Context::default(), None);
        assert!(r.kinds.contains(&ChangeKind::Negation), "{r:?}");
    }

    #[test]
    fn a_reporting_word_inside_a_name_is_no_cue() {
        // `States` in `United States` is no `states`: the name written out is cosmetic.
        let r = run(&claim("The US Army confirmed the test"), &claim("The United States Army confirmed the test"));
        assert!(!r.substantive && !r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        // A reporting verb added is still an attribution change.
        let r = run(&claim("The army carried out the test"), &claim("The army states it carried out the test"));
        assert!(r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
    }

    #[test]
    fn initials_with_dots_are_the_abbreviation() {
        for (a, b) in [
            ("The U.N. agency said the camp was full", "The United Nations agency said the camp was full"),
            (
                "The U.S. Missile Defense Agency said the test failed",
                "The United States Missile Defense Agency said the test failed",
            ),
        ] {
            let r = run(&claim(a), &claim(b));
            assert!(!r.substantive, "{a} → {b}: {r:?}");
        }
        assert_eq!(undot_initials("in the U.S. and U.K., A. Smith said"), "in the US and UK, A. Smith said");
        // Other letters are left as they are, on any input.
        assert_eq!(undot_initials("Zoë É.U. café U.S.A"), "Zoë É.U. café USA");
        assert_eq!(undot_initials("ABC.D.E. X.Y.Zed"), "ABC.D.E. X.Y.Zed");
        // Initials of another name are a change.
        let r = run(
            &claim("The U.N. agency said the camp was full"),
            &claim("The European Union agency said the camp was full"),
        );
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_country_for_its_irregular_demonym_is_cosmetic() {
        for (a, b) in [
            ("The American ambassador met the minister", "The United States ambassador met the minister"),
            ("British troops left the town", "UK troops left the town"),
            ("Dutch police arrested two men", "Police in the Netherlands arrested two men"),
        ] {
            let r = run(&claim(a), &claim(b));
            assert!(!r.substantive, "{a} → {b}: {r:?}");
        }
        // Another country is a change.
        let r = run(&claim("The French ambassador met the minister"), &claim("The German ambassador met the minister"));
        assert!(r.substantive, "{r:?}");
        let r =
            run(&claim("The American ambassador met the minister"), &claim("The Canada ambassador met the minister"));
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_passive_of_purpose_says_what_its_verb_says() {
        for (a, b) in [
            ("The savings will be used to offset market forces", "The savings will offset market forces"),
            ("The money was used to buy arms for the militia", "The money bought arms for the militia"),
        ] {
            let r = run(&claim(a), &claim(b));
            assert!(!r.substantive, "{a} → {b}: {r:?}");
            let r = run(&claim(b), &claim(a));
            assert!(!r.substantive, "{b} → {a}: {r:?}");
        }
        // A past habit or being accustomed says something new.
        for (a, b) in [
            ("He lives in the village", "He used to live in the village"),
            ("The crew was working at night", "The crew was used to working at night"),
        ] {
            let r = run(&claim(a), &claim(b));
            assert!(r.substantive, "{a} → {b}: {r:?}");
        }
    }

    #[test]
    fn a_conditional_would_before_possible_is_no_certainty_edit() {
        let r = run(
            &claim("Cullen said that it is possible to build the stadium"),
            &claim("Cullen said that it would be possible to build the stadium"),
        );
        assert!(!r.substantive, "{r:?}");
        // `would` before a verb still counts, and so does `possible` itself.
        let r = run(&claim("Cullen said the stadium is built"), &claim("Cullen said the stadium would be built"));
        assert!(r.kinds.contains(&ChangeKind::Certainty), "{r:?}");
        let r = run(
            &claim("Cullen said the stadium is built"),
            &claim("Cullen said it would be possible to build the stadium"),
        );
        assert!(r.substantive, "{r:?}");
    }

    #[test]
    fn a_speaker_written_with_other_spaces_is_the_same_speaker() {
        let o = said("the bus was not attacked", "Naty Keyzilberman", "said");
        let n = said("the bus was not attacked on Monday", "Naty Key Zilberman", "said");
        let r = run(&o, &n);
        assert!(!r.kinds.contains(&ChangeKind::Attribution), "{r:?}");
        let n = said("the bus was not attacked on Monday", "Naty Kaye", "said");
        assert!(run(&o, &n).kinds.contains(&ChangeKind::Attribution));
    }
}
