//! Negation of a claim's main predicate.
//!
//! Negators read in the main clause only (asides such as relative clauses,
//! parentheses, appositives and subordinate clauses are skipped, see
//! [`crate::clause`]): `not`, `n't`, `cannot`, `never`, `no` / `no longer` /
//! `no one` / `nobody` / `nothing` / `none`, `neither … nor` (one negation),
//! `nor`, `failed to`, `refused to`, `declined to`, `unlikely to`, and denials
//! (`denied that …`).
//!
//! Double negation cancels: a negator followed within three words by a negative
//! predicate or adjective (`did not deny`, `not unlikely`, `never failed to`,
//! `not impossible`, `not without`). Fixed phrases that negate nothing are
//! ignored: `not only`, `not just`, `not least`, `if not`, `whether or not`,
//! `no doubt`, `no wonder`, `no matter`, `no more than`, `No. 1`.

use claims_model::Span;

use std::sync::LazyLock;

use crate::clause::{clamp, toks, Tok, While, BE};
use crate::wordbits::WordBits;
use crate::words::ClauseWords;

const DENY: &[&str] = &["deny", "denies", "denied", "denying", "refuted", "refutes", "refute"];
const NEG_PRED: &[&str] = &[
    "fail",
    "fails",
    "failed",
    "failing",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "decline",
    "declines",
    "declined",
    "declining",
];
const NEG_ADJ: &[&str] = &[
    "unlikely",
    "impossible",
    "uncommon",
    "unusual",
    "unreasonable",
    "unaware",
    "unknown",
    "insignificant",
    "unimportant",
    "without",
    "unhappy",
    "unwilling",
    "unable",
    "unfounded",
    "untrue",
    "false",
    "wrong",
    "unexpected",
    "unprecedented",
    "unfamiliar",
    "unsurprising",
    "unwelcome",
    "unheard",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// An operator (`not`, `never`, `no`).
    Op,
    /// A negative predicate (`failed to`, `denied`, `unlikely to`).
    Pred,
}

/// Words without an apostrophe read as `n't` forms.
const NT_WORDS: &[&str] =
    &["cannot", "dont", "doesnt", "didnt", "isnt", "wasnt", "werent", "wont", "cant", "hasnt", "havent"];

fn is_nt(t: &Tok<'_>) -> bool {
    // (The words are ASCII letters: the set's lookup is `is_any`'s answer.)
    static NT_W: crate::clause::WordList = crate::clause::WordList::new(NT_WORDS);
    ends_nt(t.text) || NT_W.contains_ignoring_case(t.text)
}

/// True for a word ending in `n't` (`didn’t`, `WON'T`).
fn ends_nt(w: &str) -> bool {
    // (All four forms end with `t` or `T`: most words are turned away by their last byte.)
    w.len() > 3
        && matches!(w.as_bytes()[w.len() - 1], b't' | b'T')
        && (w.ends_with("n't") || w.ends_with("n’t") || w.ends_with("N'T") || w.ends_with("N’T"))
}

/// Every word the negation rules look at first: a cheap filter.
static TRIGGERS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(&trigger_words()));

/// The words of [`TRIGGERS`].
pub(crate) fn trigger_words() -> Vec<&'static str> {
    let mut w: Vec<&'static str> =
        vec!["not", "never", "nobody", "nothing", "none", "nowhere", "no", "neither", "nor", "yet", "unlikely"];
    w.extend_from_slice(NT_WORDS);
    w.extend_from_slice(DENY);
    w.extend_from_slice(NEG_PRED);
    w.extend_from_slice(NEG_ADJ);
    w
}

/// True when the rules of [`negators`] look at the word `w` at all.
#[inline]
fn is_trigger(w: &str) -> bool {
    // (`TRIGGERS` holds the `n't` forms without an apostrophe.)
    TRIGGERS.has(w) || ends_nt(w)
}

/// True when `not` at `i` opens a contrast tacked on after a comma (`cuts
/// come in the spring, not the summer`; `it cost 84 million, not 48 million`):
/// it corrects a detail and leaves the main predicate affirmative. Told by a
/// two-byte gap (`, ` or `; `) before it and no verb of its own: the next word
/// is a determiner, a number or a preposition.
fn contrast(m: &[Tok<'_>], i: usize) -> bool {
    const OPENS_PHRASE: &[&str] = &[
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "in", "on", "at",
        "to", "for", "by", "from", "with",
    ];
    i > 0
        && m[i].span.start == m[i - 1].span.end + 2
        && m.get(i + 1).is_some_and(|x| x.is_any(OPENS_PHRASE) || x.text.starts_with(|c: char| c.is_ascii_digit()))
}

/// The negators of the main clause, with double negations cancelled.
fn negators(m: &[Tok<'_>]) -> Vec<(usize, Kind)> {
    negators_by(m, |i| is_trigger(m[i].text))
}

/// [`negators`] of `m`, told whether the word `i` is a trigger ([`is_trigger`]).
fn negators_by(m: &[Tok<'_>], trigger: impl Fn(usize) -> bool) -> Vec<(usize, Kind)> {
    let n = m.len();
    let next = |i: usize, ws: &[&str]| m.get(i + 1).is_some_and(|t| t.is_any(ws));
    let prev = |i: usize, ws: &[&str]| i > 0 && m[i - 1].is_any(ws);
    let mut out: Vec<(usize, Kind)> = Vec::new();
    let mut neither = false;
    for i in 0..n {
        let t = &m[i];
        if !trigger(i) {
            continue;
        }
        let k = if t.is("not") {
            let fixed = next(i, &["only", "just", "merely", "least"])
                || next(i, &["to"]) && m.get(i + 2).is_some_and(|x| x.is("mention"))
                || prev(i, &["if", "or"])
                || (1..=2).any(|d| {
                    m.get(i + d).is_some_and(|x| x.is_any(&["clear", "known", "certain"]))
                        && m.get(i + d + 1).is_some_and(|x| x.is_any(&["whether", "if"]))
                })
                || next(i, &["more", "less", "fewer"]) && m.get(i + 2).is_some_and(|x| x.is("than"))
                // `pleaded not guilty`, `was found not guilty`: a plea or a verdict, stated.
                // `Experts not involved in the research`: a noun's participle, no negated claim.
                || i > 0
                    && m[i - 1].text.len() > 3
                    && m[i - 1].text.ends_with('s')
                    && !m[i - 1].text.ends_with("ss")
                    && !finite(&m[i - 1])
                    && m.get(i + 1).is_some_and(|x| x.text.len() > 4 && x.text.ends_with("ed"))
                    && m.get(i + 2).is_some_and(|x| x.is_any(&["in", "with", "by", "to", "on", "at", "for"]))
                || next(i, &["guilty"])
                    && (prev(i, &["plead", "pleads", "pleaded", "pled", "found", "declared", "judged"])
                        || i > 1 && m[i - 2].is_any(&["found", "declared", "judged"]))
                || contrast(m, i);
            (!fixed).then_some(Kind::Op)
        } else if t.is("nothing") && next(i, &["but"]) {
            None
        } else if t.is_any(&["nothing", "none"]) && prev(i, &["than"]) {
            // `better than none`: a comparison.
            None
        } else if is_nt(t) || t.is_any(&["never", "nobody", "nothing", "none", "nowhere"]) {
            Some(Kind::Op)
        } else if t.is("yet") && prev(i, &["has", "have", "had", "is", "are", "was", "were"]) && next(i, &["to"]) {
            // `has yet to comment`
            Some(Kind::Op)
        } else if t.is("no") {
            let fixed = next(i, &["doubt", "wonder", "matter", "sooner"])
                || next(i, &["more", "less", "fewer", "later", "earlier", "sooner"])
                    && m.get(i + 2).is_some_and(|x| x.is("than"))
                // `No. 1`, `the world No. 3`: the number sign.
                || t.text == "No" && m.get(i + 1).is_some_and(|x| x.text.starts_with(|c: char| c.is_ascii_digit()));
            (!fixed).then_some(Kind::Op)
        } else if t.is("neither") {
            neither = true;
            Some(Kind::Op)
        } else if t.is("nor") {
            (!neither && out.is_empty()).then_some(Kind::Op)
        } else if ((t.is_any(NEG_PRED) && next(i, &["to"])) || t.is_any(DENY))
            // (A gerund after a preposition is an adjunct of the main predicate, not it:
            // `fined the firm for failing to stop spills`, `was charged after refusing to leave`.)
            && !(t.text.ends_with("ing")
                && prev(i, &["for", "after", "by", "of", "over", "since", "before", "despite", "on", "about"]))
            || (t.is("unlikely") && (prev(i, BE) || next(i, &["to", "that"])))
        {
            Some(Kind::Pred)
        } else if t.is_any(NEG_ADJ) {
            // Not a negator by itself; only cancels a preceding operator.
            if let Some(&(j, Kind::Op)) = out.last() {
                if i - j <= 3 {
                    out.pop();
                }
            }
            None
        } else {
            None
        };
        let Some(k) = k else { continue };
        if k == Kind::Pred {
            if neither {
                // `neither confirmed nor denied`: one negation, already counted.
                continue;
            }
            if let Some(&(j, Kind::Op)) = out.last() {
                if i - j <= 3 {
                    out.pop();
                    continue;
                }
            }
        }
        out.push((i, k));
    }
    out
}

/// Determiners, quantifiers, possessives and prepositions: a word directly
/// after one of them is a noun phrase's word, not a verb.
const NOUN_OPENERS: &[&str] = &[
    "the", "a", "an", "any", "no", "every", "each", "its", "his", "her", "their", "our", "my", "your", "this", "these",
    "those", "some", "all", "many", "several", "another", "other", "such", "few", "both", "of", "for", "with", "about",
    "against", "over", "on", "in", "from", "into", "under", "among", "without",
];
/// Verbs whose object may be followed by a content clause (`told reporters
/// that …`, `warned investors it …`): the clause is no relative clause.
const TELL: &[&str] = &[
    "tell",
    "tells",
    "told",
    "telling",
    "warn",
    "warns",
    "warned",
    "warning",
    "assure",
    "assures",
    "assured",
    "assuring",
    "inform",
    "informs",
    "informed",
    "informing",
    "remind",
    "reminds",
    "reminded",
    "convince",
    "convinced",
    "persuade",
    "persuaded",
    "notify",
    "notified",
    "advise",
    "advised",
    "promise",
    "promises",
    "promised",
    "show",
    "shows",
    "showed",
    "shown",
    "teach",
    "taught",
    "ask",
    "asks",
    "asked",
    "reassured",
];
/// Verbs that take a content clause (`said …`, `concluded … that …`): the
/// clause after them is a new one.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "added",
    "adds",
    "warned",
    "warns",
    "claimed",
    "claims",
    "argued",
    "argues",
    "insisted",
    "insists",
    "stated",
    "states",
    "reported",
    "reports",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "acknowledged",
    "admitted",
    "noted",
    "notes",
    "concluded",
    "concludes",
    "revealed",
    "found",
    "finds",
    "ruled",
    "rules",
    "decided",
    "agreed",
    "believes",
    "believe",
    "believed",
    "thinks",
    "think",
    "thought",
    "knew",
    "know",
    "knows",
    "suggested",
    "suggests",
    "showed",
    "shows",
    "explained",
    "estimated",
    "predicted",
    "indicated",
    "indicates",
    "maintained",
    "denied",
    "denies",
    "testified",
    "alleged",
    "alleges",
    "declared",
    "pledged",
    "vowed",
    "signaled",
    "signalled",
    "realised",
    "realized",
    "learned",
    "heard",
    "feel",
    "feels",
    "felt",
    "hoped",
    "hopes",
    "feared",
    "fears",
    "expects",
    "means",
    "meant",
    "mean",
];
/// Auxiliaries and modals: the finite verb of a clause.
const AUX: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "shall",
    "should", "must", "did", "does", "do", "cannot",
];
/// Common verbs of a clause read by their form alone (besides `-ed` forms).
const VERB_FORMS: &[&str] = &[
    "said", "says", "say", "told", "tells", "thinks", "think", "thought", "knew", "know", "knows", "believes",
    "believe", "felt", "feels", "found", "finds", "wrote", "writes", "shows", "means", "meant", "made", "took", "went",
    "won", "lost", "held", "kept", "gave", "saw", "came", "left", "became", "began", "argues", "insists", "warns",
    "adds", "notes", "hopes", "fears", "expects", "suggests",
];
/// Nouns of time and manner: `said on Tuesday that …`, `the day he arrived`,
/// `the way it works` open no relative clause this stage reads as one.
const TIME_NOUNS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "morning",
    "afternoon",
    "evening",
    "night",
    "today",
    "yesterday",
    "time",
    "times",
    "weekend",
    "statement",
    "interview",
    "winter",
    "summer",
    "spring",
    "autumn",
    "fall",
    "season",
    "period",
    "moment",
    "decade",
    "century",
    "hour",
    "hours",
    "minute",
    "minutes",
    "era",
    "occasion",
    "way",
];
/// Conjunctions, prepositions and adverbs: never the noun before a relative clause.
const FUNCTION_WORDS: &[&str] = &[
    "as", "because", "if", "when", "while", "since", "although", "though", "until", "before", "after", "where", "than",
    "like", "whether", "once", "unless", "so", "such", "also", "then", "there", "here", "very", "too", "to", "and",
    "but", "or", "nor", "not", "never", "that", "which", "who", "now", "given", "except", "even", "just",
];
/// Subordinators: a clause opens after them.
const SUBORDINATORS: &[&str] = &[
    "as", "because", "since", "when", "if", "although", "though", "while", "whilst", "after", "before", "until",
    "unless", "whether", "once",
];
const SUBJECT_PRONOUNS: &[&str] = &["it", "he", "she", "they", "we", "i", "you"];

/// The word lists above, for fast lookups.
static AUX_W: crate::clause::WordList = crate::clause::WordList::new(AUX);
static VERB_FORMS_W: crate::clause::WordList = crate::clause::WordList::new(VERB_FORMS);
static REPORTING_W: crate::clause::WordList = crate::clause::WordList::new(REPORTING);
static TIME_NOUNS_W: crate::clause::WordList = crate::clause::WordList::new(TIME_NOUNS);
static NOUN_OPENERS_W: crate::clause::WordList = crate::clause::WordList::new(NOUN_OPENERS);
static TELL_W: crate::clause::WordList = crate::clause::WordList::new(TELL);
static FUNCTION_WORDS_W: crate::clause::WordList = crate::clause::WordList::new(FUNCTION_WORDS);
static SUBORDINATORS_W: crate::clause::WordList = crate::clause::WordList::new(SUBORDINATORS);
static SUBJECT_PRONOUNS_W: crate::clause::WordList = crate::clause::WordList::new(SUBJECT_PRONOUNS);

/// True for a word that reads as a finite verb (an auxiliary, a modal, an
/// `n't` form, a common verb or a lower-case `-ed` form).
fn finite(t: &Tok<'_>) -> bool {
    AUX_W.contains_ignoring_case(t.text)
        || is_nt(t)
        || VERB_FORMS_W.contains_ignoring_case(t.text)
        || t.text.len() > 4 && t.text.ends_with("ed") && t.text.starts_with(char::is_lowercase)
}

/// True when the lower-case word `m[w]` is plainly a noun: right after a
/// determiner, a quantifier, a preposition, a number or a gerund (`any
/// agreement`, `of disputes`, `making promises`), or two or three words after
/// a determiner with only plain words between and no verb among them (`a
/// tax rise`); a word ending in `s` that far (`the ministry says`) only when
/// `verb_next` (the clause after it opens with its verb). Never the object of
/// a verb of telling (`told reporters`, `warned the bank`), a phrase after a
/// verb of saying and a preposition (`said in a letter`), a name, a time word
/// (`said on Tuesday that`) or a function word.
fn nounish(m: &[Tok<'_>], w: usize, verb_next: bool) -> bool {
    let t = &m[w];
    // The noun phrase starting at `np` is a verb's object or an aside of its
    // (`told reporters that …`, `concluded after an inspection that …`): what
    // follows is the verb's content, not a relative clause.
    let content_follows = |np: usize| {
        let told = np > 0 && TELL_W.contains_ignoring_case(m[np - 1].text);
        let prep = |k: usize| {
            m[k].is_any(&[
                "in",
                "on",
                "at",
                "during",
                "via",
                "through",
                "over",
                "from",
                "with",
                "after",
                "before",
                "following",
                "upon",
                "amid",
            ]) && m[k.saturating_sub(3)..k].iter().any(|x| REPORTING_W.contains_ignoring_case(x.text))
        };
        told || prep(np) || np > 0 && prep(np - 1)
    };
    // `the 0.3% that analysts had forecast`, `the $5bn it promised`: an amount.
    if w > 0
        && t.text.starts_with(|c: char| c.is_ascii_digit() || c == '$' || c == '£' || c == '€')
        && NOUN_OPENERS_W.contains_ignoring_case(m[w - 1].text)
    {
        return !content_follows(w - 1);
    }
    if w == 0
        || !t.text.starts_with(char::is_lowercase)
        || !t.text.chars().all(|c| c.is_alphabetic() || c == '-')
        || TIME_NOUNS_W.contains_ignoring_case(t.text)
        || FUNCTION_WORDS_W.contains_ignoring_case(t.text)
        || finite(t)
        || t.text.ends_with("ly")
        || NOUN_OPENERS_W.contains_ignoring_case(t.text)
        || SUBJECT_PRONOUNS_W.contains_ignoring_case(t.text)
    {
        return false;
    }
    let opener = |x: &Tok<'_>| {
        NOUN_OPENERS_W.contains_ignoring_case(x.text) || x.text.starts_with(|c: char| c.is_ascii_digit()) || {
            x.text.len() > 4 && x.text.ends_with("ing") && x.text.starts_with(char::is_lowercase)
        }
    };
    if opener(&m[w - 1]) && !TELL_W.contains_ignoring_case(m[w - 1].text) {
        return !content_follows(w - 1);
    }
    // (`adding that …`, `affirming that …`: a participle's content.)
    if t.text.ends_with("ing") {
        return false;
    }
    for d in 2..=3 {
        if w < d {
            return false;
        }
        let between = &m[w - d + 1..w];
        if between.iter().any(|x| {
            finite(x)
                || TELL_W.contains_ignoring_case(x.text)
                || FUNCTION_WORDS_W.contains_ignoring_case(x.text)
                || !x.text.starts_with(char::is_lowercase)
        }) {
            return false;
        }
        if NOUN_OPENERS_W.contains_ignoring_case(m[w - d].text) && !TELL_W.contains_ignoring_case(m[w - d].text) {
            return (!t.text.ends_with('s') || verb_next) && !content_follows(w - d);
        }
    }
    false
}

/// True when `that` at `i` is the subject of its own clause (its next word a
/// finite verb) after a plain lower-case word that is no verb (`air defense
/// systems that had been promised`): a relative pronoun, since `that` as a
/// demonstrative subject follows a verb (`said that was wrong`).
fn subject_relative(m: &[Tok<'_>], i: usize) -> bool {
    let w = &m[i - 1];
    m.get(i + 1).is_some_and(|x| AUX_W.contains_ignoring_case(x.text) || is_nt(x))
        && w.text.starts_with(char::is_lowercase)
        && w.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && !finite(w)
        && !TELL_W.contains_ignoring_case(w.text)
        && !REPORTING_W.contains_ignoring_case(w.text)
        && !NOUN_OPENERS_W.contains_ignoring_case(w.text)
        && !TIME_NOUNS_W.contains_ignoring_case(w.text)
        && !FUNCTION_WORDS_W.contains_ignoring_case(w.text)
        && !SUBJECT_PRONOUNS_W.contains_ignoring_case(w.text)
        && !w.is_any(&["say", "insist", "argue", "ensure", "clear", "obvious", "likely", "possible", "true"])
        && !w.text.ends_with("ly")
        && !w.text.ends_with("ing")
}

/// True when the subject pronoun at `i` opens a relative clause without
/// `that` (`promises it could not keep`, `money it had promised to the
/// university`, `a rise she knew was coming`): after a noun, its verb group
/// leaves a gap where its object would stand — the words end, or a
/// preposition, an adverb or a verb follows — where a main clause goes on
/// with its object (`the winter they do not use the highway`).
fn zero_relative(m: &[Tok<'_>], i: usize) -> bool {
    if !SUBJECT_PRONOUNS_W.contains_ignoring_case(m[i].text)
        || m[i].is("i")
        || !m.get(i + 1).is_some_and(|x| x.text.starts_with(char::is_lowercase) && finite(x))
        || !nounish(m, i - 1, true)
    {
        return false;
    }
    let mut k = i + 1;
    while k < m.len()
        && (finite(&m[k])
            || m[k].is_any(&["not", "never", "been", "be", "being", "already", "also", "still", "just", "once"])
            || m[k].text.ends_with("ly"))
    {
        k += 1;
    }
    // A bare verb after the auxiliaries and negators (`could not keep`).
    let ends_bare =
        AUX_W.contains_ignoring_case(m[k - 1].text) || m[k - 1].is_any(&["not", "never"]) || is_nt(&m[k - 1]);
    let verb_end = if k < m.len()
        && ends_bare
        && m[k].text.starts_with(char::is_lowercase)
        && !NOUN_OPENERS_W.contains_ignoring_case(m[k].text)
        && !FUNCTION_WORDS_W.contains_ignoring_case(m[k].text)
    {
        k + 1
    } else {
        k
    };
    match m.get(verb_end) {
        None => true,
        Some(x) => {
            x.is_any(&[
                "to", "in", "on", "at", "for", "with", "from", "by", "about", "into", "under", "over", "after",
                "before", "again", "yet", "now", "then", "there", "here", "later", "earlier", "last", "first", "was",
                "is", "were", "are", "would", "will", "could", "had", "has", "and", "but", "or",
            ]) || x.text.ends_with("ly") && x.text.starts_with(char::is_lowercase)
        }
    }
}

/// Adjectives of attitude (`confident`, `worried`) whose clause is their content ([`attitude_content`]).
const ATTITUDE: &[&str] = &[
    "confident",
    "sure",
    "convinced",
    "hopeful",
    "optimistic",
    "pessimistic",
    "worried",
    "concerned",
    "afraid",
    "aware",
    "glad",
    "pleased",
    "disappointed",
    "proud",
    "adamant",
    "satisfied",
    "delighted",
    "fearful",
    "unaware",
];

/// True when the word at `i` opens the clause after an adjective of attitude
/// that follows a form of `be` (`was confident (that) he would win`, `is
/// worried that prices could rise`): the main predicate is the attitude, the
/// clause its content. A preposition or an infinitive after the adjective
/// (`confident of`, `happy to help`) opens no clause.
fn attitude_content(m: &[Tok<'_>], i: usize) -> bool {
    // (The words are ASCII letters: the set's lookup is `is_any`'s answer.)
    static ATTITUDE_W: crate::clause::WordList = crate::clause::WordList::new(ATTITUDE);
    if i < 2 || !ATTITUDE_W.contains_ignoring_case(m[i - 1].text) {
        return false;
    }
    let be = (2..=3).filter(|&d| i >= d).any(|d| {
        m[i - d].is_any(&["is", "are", "was", "were", "am", "be", "been", "'s", "remain", "remains", "remained"])
    }) && m[i - 2].is_any(&[
        "is",
        "are",
        "was",
        "were",
        "am",
        "be",
        "been",
        "'s",
        "remain",
        "remains",
        "remained",
        "not",
        "very",
        "so",
        "increasingly",
        "quite",
        "fully",
        "less",
        "more",
        "also",
        "still",
    ]);
    let t = &m[i];
    let opens_clause = t.is("that")
        || SUBJECT_PRONOUNS_W.contains_ignoring_case(t.text)
        || t.is_any(&[
            "the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "no", "all", "most", "many",
        ])
        || t.text.starts_with(char::is_uppercase);
    be && opens_clause
}

/// `f` of [`embedded_read`]`(m)`. The stages of one claim (certainty, negation,
/// tense) ask about the same words one after another: the last answer is kept
/// and given again.
fn with_embedded<R>(m: &[Tok<'_>], f: impl FnOnce(&[bool]) -> R) -> R {
    let mut f = Some(f);
    let answer = LAST_EMBEDDED.with(|cell| {
        let Ok(mut memo) = cell.try_borrow_mut() else { return None };
        if !memo.holds(m) {
            let out = embedded_read(m);
            memo.keep(m, &out);
        }
        f.take().map(|f| f(&memo.out))
    });
    match (answer, f) {
        (Some(r), _) => r,
        (None, Some(f)) => f(&embedded_read(m)),
        (None, None) => unreachable!("the answer is given once"),
    }
}

/// Bit of a word that may open a relative or complement clause in
/// [`embedded_read`]: a wh-word, `that` or a subject pronoun.
pub(crate) const EMBED_OPENER: u32 = 1 << 8;
/// Bit of an adjective of attitude ([`ATTITUDE`]).
pub(crate) const EMBED_ATTITUDE: u32 = 1 << 9;

/// The words of [`EMBED_OPENER`] and [`EMBED_ATTITUDE`], with their bits.
pub(crate) fn embed_lists() -> Vec<(Vec<&'static str>, u32)> {
    let mut openers = vec!["who", "whom", "whose", "which", "where", "when", "that"];
    openers.extend_from_slice(SUBJECT_PRONOUNS);
    vec![(openers, EMBED_OPENER), (ATTITUDE.to_vec(), EMBED_ATTITUDE)]
}

/// [`main_words`] of `all` given the [`EMBED_OPENER`] and [`EMBED_ATTITUDE`] bits of each of its
/// words, read afresh (the caller keeps the answer, see `crate::words::ClauseWords`).
pub(crate) fn main_words_bits<'a>(all: &[Tok<'a>], bits: &[u32]) -> Vec<Tok<'a>> {
    let owned: (Vec<Tok<'a>>, Vec<u32>);
    let (m, b): (&[Tok<'a>], &[u32]) = if all.iter().any(|t| t.aside) {
        owned = all.iter().zip(bits).filter(|(t, _)| !t.aside).map(|(t, b)| (*t, *b)).unzip();
        (&owned.0, &owned.1)
    } else {
        (all, bits)
    };
    // (The caller keeps the answer: no memo.)
    let inner = embedded_read_bits(m, b);
    let mut out = Vec::with_capacity(m.len());
    out.extend(m.iter().zip(&inner).filter(|(_, e)| !**e).map(|(t, _)| *t));
    out
}

/// The main words of `all` (a span's `clause::toks`): those of no aside
/// (`!aside`) and, of those, the words no relative or complement clause
/// holds ([`embedded_read`]), in order.
pub(crate) fn main_words<'a>(all: &[Tok<'a>]) -> Vec<Tok<'a>> {
    // (Words without asides are their own non-aside words: no copy.)
    let owned: Vec<Tok<'a>>;
    let m: &[Tok<'a>] = if all.iter().any(|t| t.aside) {
        owned = all.iter().copied().filter(|t| !t.aside).collect();
        &owned
    } else {
        all
    };
    let mut out = Vec::with_capacity(m.len());
    with_embedded(m, |inner| out.extend(m.iter().zip(inner).filter(|(_, e)| !**e).map(|(t, _)| *t)));
    out
}

/// The words last given to [`with_embedded`] (their spans and texts) and their [`embedded_read`].
#[derive(Default)]
struct EmbeddedMemo {
    /// Each word's span and the end of its text in `text`.
    words: Vec<(Span, usize)>,
    /// The words' texts, one after another.
    text: String,
    /// What [`embedded_read`] gave for them.
    out: Vec<bool>,
}

impl EmbeddedMemo {
    /// True when `m` are the words kept (same spans, same texts).
    fn holds(&self, m: &[Tok<'_>]) -> bool {
        if self.words.len() != m.len() {
            return false;
        }
        let mut from = 0;
        for (&(span, end), t) in self.words.iter().zip(m) {
            if span != t.span || self.text.as_bytes().get(from..end) != Some(t.text.as_bytes()) {
                return false;
            }
            from = end;
        }
        true
    }
    /// Keeps `m` and its answer `out`.
    fn keep(&mut self, m: &[Tok<'_>], out: &[bool]) {
        self.words.clear();
        self.text.clear();
        for t in m {
            self.text.push_str(t.text);
            self.words.push((t.span, self.text.len()));
        }
        self.out.clear();
        self.out.extend_from_slice(out);
    }
}

thread_local! {
    static LAST_EMBEDDED: std::cell::RefCell<EmbeddedMemo> = std::cell::RefCell::default();
}

/// Marks the words of `m` (a clause's main words) that stand in a
/// restrictive relative clause or a noun's complement clause (`any agreement
/// that is not "perfect"`, `promises it could not keep`, `its warning that it
/// might …`, `disputes that have not been resolved`): their negators and
/// hedges belong to the noun, not to the claim's main predicate.
///
/// Such a clause opens at `who` / `whom` / `whose` / `which` / `where` after
/// another word, at `that` after a word read as a noun ([`nounish`]), or at a
/// subject pronoun opening a relative clause without `that`
/// ([`zero_relative`]). When no finite verb stands between it and the start of
/// its own clause (the words' start, a subordinator, a verb of saying or a
/// `that`), the clause is the subject's (`The projects that were halted did
/// not resume`, `… said areas where we have built will not fall …`): it closes
/// after its own verb group, where the next finite verb (with the negators
/// and adverbs just before it) opens the main predicate. Otherwise it runs to
/// the end of the words. `that` after a verb (`said that the report was not
/// accurate`) opens no such clause: there the content is the claim.
fn embedded_read(m: &[Tok<'_>]) -> Vec<bool> {
    static TABLE: LazyLock<WordBits> = LazyLock::new(|| {
        let lists = embed_lists();
        let refs: Vec<(&[&str], u32)> = lists.iter().map(|(l, b)| (l.as_slice(), *b)).collect();
        WordBits::new(&refs)
    });
    let bits: Vec<u32> = m.iter().map(|t| TABLE.get(t.text)).collect();
    embedded_read_bits(m, &bits)
}

/// [`embedded_read`] of `m` given the [`EMBED_OPENER`] and [`EMBED_ATTITUDE`] bits of each word: a word
/// opens nothing unless it is an opener or follows an adjective of attitude.
fn embedded_read_bits(m: &[Tok<'_>], bits: &[u32]) -> Vec<bool> {
    let n = m.len();
    let mut out = vec![false; n];
    let mut i = 1;
    while i < n {
        // (`attitude_content` needs an adjective of attitude before `i`, and
        // every clause opener below is one of `EMBED_OPENER`.)
        if bits[i] & EMBED_OPENER == 0 && bits[i - 1] & EMBED_ATTITUDE == 0 {
            i += 1;
            continue;
        }
        let t = &m[i];
        let lower = t.text.starts_with(char::is_lowercase);
        // (Read only for a `that`: the rules are pure.)
        let verb_next = || {
            m.get(i + 1).is_some_and(|x| {
                finite(x) || x.is_any(&["not", "never", "also", "already", "still", "now"]) || x.text.ends_with("ly")
            })
        };
        // `was confident (that) he would win`: the clause is the attitude's content.
        if attitude_content(m, i) {
            for x in &mut out[i..] {
                *x = true;
            }
            break;
        }
        // `since March, when it warned …`, `in 2019, when`, `the day when`: a
        // relative `when` after a time.
        let when_relative = t.is("when") && {
            let p = &m[i - 1];
            TIME_NOUNS_W.contains_ignoring_case(p.text)
                || crate::temporal::month_number(p.text).is_some() && p.text.starts_with(char::is_uppercase)
                || crate::temporal::is_weekday(p.text)
                || p.text.len() == 4 && p.text.bytes().all(|b| b.is_ascii_digit())
        };
        let opens = lower
            && (t.is_any(&["who", "whom", "whose", "which", "where"])
                || when_relative
                || t.is("that") && (nounish(m, i - 1, verb_next()) || subject_relative(m, i))
                || zero_relative(m, i));
        if !opens {
            i += 1;
            continue;
        }
        // Back to the start of the clause the noun stands in.
        // (A relative `when` stands after the time it tells of, at the end.)
        let mut subject_position = !when_relative;
        for k in (0..i - 1).rev().take_while(|_| !when_relative) {
            let x = &m[k];
            if REPORTING_W.contains_ignoring_case(x.text)
                || x.is("that")
                || SUBORDINATORS_W.contains_ignoring_case(x.text)
            {
                break;
            }
            if finite(x) {
                subject_position = false;
                break;
            }
        }
        let mut end = n;
        if subject_position {
            // The clause's own verb group: from its first finite word over
            // auxiliaries, negators, adverbs and participles.
            // (A subject relative's verb comes first: `that operates the dam`;
            // an object relative's after its subject: `that economists had said`.)
            let verb_first = !SUBJECT_PRONOUNS_W.contains_ignoring_case(t.text)
                && m.get(i + 1).is_some_and(|x| {
                    x.text.starts_with(char::is_lowercase)
                        && !NOUN_OPENERS_W.contains_ignoring_case(x.text)
                        && !SUBJECT_PRONOUNS_W.contains_ignoring_case(x.text)
                });
            let first_verb = if verb_first { Some(i + 1) } else { (i + 1..n).find(|&k| finite(&m[k])) };
            if let Some(v) = first_verb {
                let mut k = v + 1;
                while k < n
                    && (finite(&m[k])
                        || m[k].is_any(&["not", "never", "been", "be", "being"])
                        || m[k].text.ends_with("ly")
                        || m[k].text.ends_with("en"))
                {
                    k += 1;
                }
                if let Some(mut main) = (k..n).find(|&j| finite(&m[j])) {
                    // `… this year no longer have to`: the main predicate's negators and adverbs.
                    while main > k
                        && m[main - 1].is_any(&[
                            "not", "never", "no", "longer", "also", "still", "now", "already", "just", "only",
                        ])
                    {
                        main -= 1;
                    }
                    end = main;
                }
            }
        }
        for x in &mut out[i..end] {
            *x = true;
        }
        i = end.max(i + 1);
    }
    out
}

/// True when the main predicate of `text[span]` is negated.
pub fn negated(text: &str, span: Span) -> bool {
    let span = clamp(text, span);
    negated_in(&toks(text, span, While::Aside))
}

/// [`negated`] read from the span's words `all` (`clause::toks` read with
/// [`While::Aside`]), already made by the caller.
pub fn negated_in(all: &[Tok<'_>]) -> bool {
    // Most claims hold no trigger in their main clause: no negator, nothing to copy.
    if !all.iter().any(|t| !t.aside && is_trigger(t.text)) {
        return false;
    }
    // Negators of a noun's relative or complement clause are the noun's.
    !negators(&main_words(all)).is_empty()
}

/// [`negated_in`] of a claim core read once ([`ClauseWords`]): the triggers
/// told by the words' list bits, the main words shared with the other stages.
pub(crate) fn negated_words(cw: &ClauseWords<'_>) -> bool {
    let trigger = |(t, b): (&Tok<'_>, &u32)| b & crate::words::bit::NEGATION != 0 || ends_nt(t.text);
    if !cw.toks().iter().zip(cw.bits()).any(|(t, b)| !t.aside && trigger((t, b))) {
        return false;
    }
    let (m, bits) = cw.main();
    !negators_by(m, |i| bits[i] & crate::words::bit::NEGATION != 0 || ends_nt(m[i].text)).is_empty()
}

/// True when `text[span]` (a speaker, cue and content, or just the cue) is a
/// denial: `X denied that Y`, `X denies the report`, `X refuted claims` — and
/// not a double negation (`X did not deny that Y`).
///
/// The pipeline uses it to mark the speaker's stance: for `X denied that Y` the
/// claim's content stays `Y` and `negated` is true.
pub fn denial(text: &str, span: Span) -> bool {
    static DENIALS: LazyLock<WordBits> = LazyLock::new(|| WordBits::of(DENY));
    let span = clamp(text, span);
    // A denial needs one of `DENY` (ASCII letters only) among the words.
    if !DENIALS.has_run_in(&text[span.start..span.end]) {
        return false;
    }
    denial_read(text, span)
}

/// [`denial`] of a clamped span, read word by word (no pre-check).
fn denial_read(text: &str, span: Span) -> bool {
    let all = toks(text, span, While::Aside);
    let m: Vec<Tok<'_>> = all.into_iter().filter(|t| !t.aside).collect();
    negators(&m).iter().any(|&(i, k)| k == Kind::Pred && m[i].is_any(DENY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nouns_participle_and_a_comparison_with_none_negate_nothing() {
        let n = |t: &str| negated(t, Span::new(0, t.len()));
        assert!(!n("Experts not involved in the research welcomed the findings."));
        assert!(!n("Any movement is better than none."));
        assert!(n("Experts were not involved in the research."));
        assert!(n("None of the experts welcomed the findings."));
    }

    #[test]
    fn a_plea_or_verdict_of_not_guilty_is_stated_not_negated() {
        let n = |t: &str| negated(t, Span::new(0, t.len()));
        assert!(!n("Marsh has pleaded not guilty."));
        assert!(!n("The jury found him not guilty on all counts."));
        assert!(n("He is not guilty of anything, his lawyer said."));
    }

    #[test]
    fn the_opener_filter_changes_no_embedded_reading() {
        for t in [
            "The projects that were halted did not resume, officials who asked not to be named said.",
            "He was confident he would win the promises it could not keep in the city where we live.",
            "Since March, when it warned that profits would drop, the firm she knew has not grown.",
            "Analysts are worried that prices could rise and were not sure the bank would act.",
        ] {
            let m = toks(t, Span::new(0, t.len()), While::Aside);
            assert_eq!(embedded_read(&m), embedded_read_bits(&m, &vec![u32::MAX; m.len()]), "{t}");
        }
    }

    const VOCAB: &[&str] = &[
        "The", "ministry", "denied", "DENIES", "refuted", "not", "did", "deny", "that", "(", ")", ",", "denial",
        "x-denied",
    ];

    proptest::proptest! {
        #[test]
        fn the_pre_check_never_changes_a_denial(
            words in proptest::collection::vec(proptest::sample::select(VOCAB), 0..10),
            a in 0usize..70,
            b in 0usize..70,
        ) {
            let text = words.join(" ");
            let span = clamp(&text, Span::new(a.min(b), a.max(b)));
            proptest::prop_assert_eq!(denial(&text, span), denial_read(&text, span));
        }
    }

    fn neg(t: &str) -> bool {
        negated(t, Span::new(0, t.len()))
    }

    #[test]
    fn plain_negators() {
        assert!(neg("The war between Israel and Hamas was not on the agenda of the summit."));
        assert!(neg("He never visited Moscow."));
        assert!(neg("The firm no longer sells cars."));
        assert!(neg("The bill failed to pass."));
        // A gerund after a preposition is an adjunct: the claim is not negated.
        assert!(!neg("The regulator fined the firm for failing to stop spills."));
        assert!(!neg("He was arrested after refusing to leave the building."));
        assert!(neg("Neither Iran nor Turkey signed the deal."));
        assert!(neg("The ministry didn’t comment."));
        assert!(neg("Officials cannot confirm the figure."));
        assert!(neg("No one was injured."));
        assert!(neg("There was no agreement."));
        assert!(neg("Nobody has claimed responsibility."));
        assert!(neg("The minister refused to resign."));
        assert!(neg("The talks are unlikely to resume."));
        assert!(neg("The mayor has yet to comment."));
        assert!(neg("The hospital neither confirmed nor denied the report."));
    }

    #[test]
    fn affirmative() {
        assert!(!neg("Putin visited Kazakhstan on Thursday."));
        assert!(!neg("Not only Iran but also Turkey attended."));
        assert!(!neg("There is no doubt the economy grew."));
        assert!(!neg("No fewer than 20 people died."));
        assert!(!neg("The shop sells nothing but bread."));
        assert!(!neg("It was not immediately clear whether anyone was hurt."));
        assert!(!neg("The company sold non-essential assets."));
        // A contrast after a comma corrects a detail, not the predicate.
        assert!(!neg("The first cut comes in the spring, not the summer."));
        assert!(!neg("The barrier cost 84 million euros, not 48 million."));
        assert!(!neg("The vote was moved to Friday, not to Monday."));
        assert!(neg("The vote went ahead, not everyone agreed."));
        // The number sign.
        assert!(!neg("She beat the world No. 1 in three sets."));
    }

    #[test]
    fn asides_are_skipped() {
        assert!(!neg("Iran, which does not recognise Israel, expressed its willingness to talk."));
        assert!(!neg("The deal (not yet ratified) was signed on Monday."));
        assert!(!neg("The talks went ahead, although Iran did not attend."));
        assert!(!neg("Although Iran did not attend, the talks went ahead."));
        assert!(neg("The talks, which began on Monday, did not produce a deal."));
    }

    #[test]
    fn relative_and_noun_complement_clauses_are_the_nouns() {
        assert!(!neg("Trump has urged Republicans to reject any agreement that is not \"perfect\"."));
        assert!(!neg("Jeremy Hunt accused Labour of making promises it could not keep."));
        assert!(!neg("The case is the latest in a series of disputes that have not been resolved."));
        assert!(!neg("He urged allies to deliver air defense systems that had been promised but not delivered."));
        assert!(!neg("The school would fight any measure that was not lawful."));
        // The main predicate's own negator still counts.
        assert!(neg("Ukraine would not accept any deal that did not guarantee its security."));
        assert!(neg("The projects that were halted in April did not resume."));
        assert!(neg("Officials who had been paid did not return."));
        assert!(neg("The company that operates the dam denied the report."));
        assert!(neg("The account that posted it did not respond."));
        // A content clause after a verb is the claim.
        assert!(neg("The minister said that the report was not accurate."));
        assert!(neg("The ministry says that it has not received the letter."));
        assert!(neg("Reeves said on Tuesday she would not raise income tax."));
        assert!(neg("She told reporters it could not be done."));
        assert!(neg("He said that was not true."));
        assert!(neg("The ministry said in a letter that it would not attend."));
        assert!(neg("The firm said in a filing it had not paid the fine."));
        assert!(!neg("The strike was the largest in a series of disputes that have not been resolved."));
        // A relative `when` after a time.
        assert!(!neg("Shares have fallen since March, when the firm said it would not pay a dividend."));
        assert!(neg("The firm did not pay a dividend when profits fell."));
        // An attitude's content clause is the attitude's.
        assert!(!neg("She was confident the bill would not fail."));
        assert!(neg("Scientists are not sure the effect is real."));
        // Conjunctions are no nouns; a main clause goes on with its object.
        assert!(neg("Australia was unable to host the event as they could not prepare in time."));
        assert!(neg("When the toads come back in the winter they do not use the highway."));
        assert!(neg("The police said the crime he was accused of does not lead to jail."));
        assert!(neg("This law means that areas where we have built will not fall into private hands."));
        assert!(neg("Children who were due to sit the test no longer have to do so."));
        assert!(neg("Merseyside Police concluded after an inspection that the blog does not break the law."));
    }

    #[test]
    fn double_negation() {
        assert!(!neg("A deal is not unlikely."));
        assert!(!neg("The ministry did not deny the report."));
        assert!(!neg("He never failed to attend."));
        assert!(!neg("It is not impossible."));
        assert!(!neg("Lady Hale said the ruling was not unexpected."));
        assert!(!neg("Such a delay is not unprecedented."));
    }

    #[test]
    fn denials() {
        let t = "The Kremlin denied that troops had crossed the border.";
        assert!(denial(t, Span::new(0, t.len())));
        assert!(neg(t));
        let t = "The Kremlin did not deny that troops had crossed the border.";
        assert!(!denial(t, Span::new(0, t.len())));
        let t = "The Kremlin said troops had crossed the border.";
        assert!(!denial(t, Span::new(0, t.len())));
    }

    #[test]
    fn unicode_and_bounds() {
        let t = "Ça n’était «pas» 🍵 never";
        let _ = negated(t, Span::new(1, 500));
        assert!(!negated("", Span::new(0, 0)));
    }
}
