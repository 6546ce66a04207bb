//! Claim units (clauses) and their short, self-contained core statements.
//!
//! Per sentence, in text order:
//!
//! * each attribution found in it gives a unit whose `core` is the content and
//!   whose statement is the content with its asides dropped (an attribution
//!   nested in another one's content is reported through the outer one);
//!   a belief in a relative clause (`the region, which it considers part of its
//!   sphere of influence`) gets its antecedent back (`Russia considers the
//!   region part of its sphere of influence`);
//! * what is left of the sentence outside the attribution frames is the
//!   writer's own assertion: a dateline, a leading discourse adverbial
//!   (`Despite this,`), non-restrictive relative clauses (`, which …,`) and
//!   appositives after names (`, a massive infrastructure project`) are
//!   dropped, and clauses coordinated with their own subject (`…, while X
//!   were expected …`, `…, and Israel responded …`) become separate units;
//! * sentences of pasted posts give `social_post` units with the statement
//!   cleaned of links and hashtags; promotional lines and signatures give none;
//! * nothing checkable (a question, a call to action, a verbless fragment, fewer
//!   than three words) gives no unit, but for a quoted question of five words or more
//!   from a known speaker, which is on record.

use claims_model::{Sentence, Span};

use crate::attribution::Found;
use crate::posts::{self, Post};
use crate::text;

/// One claim to be: a clause or an attributed content.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Sentence the unit starts in.
    pub sentence: usize,
    /// What the claim was read from (for an attribution: speaker, cue and content).
    pub span: Span,
    /// The part that carries the proposition (content of an attribution, or the clause).
    pub core: Span,
    /// The core statement, short and self-contained.
    pub statement: String,
    /// Index into the attributions this unit reports.
    pub attribution: Option<usize>,
    /// Index into the posts this unit was read from.
    pub post: Option<usize>,
}

/// Leading discourse adverbials dropped from a statement (`Despite this,`).
const DISCOURSE: &[&str] = &[
    "despite this",
    "despite that",
    "however",
    "meanwhile",
    "in addition",
    "still",
    "nonetheless",
    "nevertheless",
    "moreover",
    "furthermore",
    "also",
    "additionally",
    "instead",
    "indeed",
    "in fact",
    "at the same time",
    "on the other hand",
    "by contrast",
    "in contrast",
    "as a result",
    "therefore",
    "thus",
    "separately",
    "elsewhere",
    "earlier",
    "later",
    "in turn",
    "for its part",
    "for his part",
    "for her part",
    "for their part",
    "but",
    "and",
    "yet",
    "so",
];

/// Imperatives that open a call to action.
const CALLS_LIST: &[&str] = &[
    "find",
    "read",
    "click",
    "subscribe",
    "follow",
    "watch",
    "sign",
    "learn",
    "join",
    "download",
    "share",
    "visit",
    "see",
    "check",
    "get",
    "listen",
    "register",
    "donate",
    "contact",
    "email",
    "call",
    "tap",
];
/// [`CALLS_LIST`], for fast lookups.
static CALLS: crate::clause::WordList = crate::clause::WordList::new(CALLS_LIST);

const AUX_LIST: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might",
    "must", "shall", "should", "do", "does", "did", "remains", "remain", "seems", "comes", "come", "seek", "seeks",
    "hosted",
];
/// [`AUX_LIST`], for fast lookups.
static AUX: crate::clause::WordList = crate::clause::WordList::new(AUX_LIST);

/// Turns sentences, attributions and posts into claim units.
pub fn units(text: &str, sentences: &[Sentence], found: &[Found], posts: &[Post]) -> Vec<Unit> {
    // (About one unit a sentence, a few more with attributions.)
    let mut out = Vec::with_capacity(sentences.len() + found.len());
    let mut fi = 0;
    for s in sentences {
        let span = s.span();
        // Posts: each body sentence is a claim of the post.
        if let Some(p) = posts.iter().position(|p| p.span.contains(&span) || p.body.overlaps(&span)) {
            let post = &posts[p];
            // The signature or header line is not a claim; the body's sentences are
            // (whether the signature follows the body or a header precedes it).
            if !span.overlaps(&post.body) {
                continue;
            }
            let span = Span::new(span.start.max(post.body.start), span.end.min(post.body.end));
            if posts::is_promotional(&s.text) {
                continue;
            }
            for clause in split_coordination(text, span) {
                let statement = posts::clean_statement(&text[clause.start..clause.end]);
                let statement = tidy(strip_subordinator(&statement));
                if checkable(&statement) {
                    out.push(Unit {
                        sentence: s.index,
                        span: clause,
                        core: clause_core(text, clause),
                        statement,
                        attribution: None,
                        post: Some(p),
                    });
                }
            }
            continue;
        }
        while fi < found.len() && found[fi].sentence < s.index {
            fi += 1;
        }
        // (The sentence's attributions are a run of `found`: a range, no copy.)
        let mine = fi..fi + found[fi..].iter().take_while(|f| f.sentence == s.index).count();
        // Attributions nested inside another's content are reported through it.
        let outer: Vec<usize> = mine
            .clone()
            .filter(|&i| {
                !mine.clone().any(|j| {
                    j != i
                        && found[j]
                            .content
                            .iter()
                            .any(|c| c.contains(&found[i].span) && (c.len() > found[i].span.len() || j < i))
                })
            })
            .collect();
        let mut taken: Vec<Span> = Vec::new();
        // The frames that are participles after the writer's clause (`…, saying …`).
        let mut participles: Vec<Span> = Vec::new();
        let mut asides: Vec<Span> = Vec::new();
        for &i in &outer {
            let f = &found[i];
            let first = f.content[0];
            let last = *f.content.last().unwrap_or(&first);
            let core = first.cover(&last);
            let mut statement = match f.content.as_slice() {
                [c] => clean(text, *c),
                parts => parts.iter().map(|c| clean(text, *c)).collect::<Vec<_>>().join(" "),
            };
            match (relative_speaker(text, s, f), relative_aside(text, s, f)) {
                // `The bill was backed by Senator Jane Doe, who said it would save money.`: the
                // report is an aside of the writer's sentence, which reads without it.
                (Some(aside), _) => {
                    asides.push(aside);
                    // (An intention reads whole with its antecedent: `Hartwell, which agreed
                    // to buy Greenway …,` → `Hartwell agreed to buy Greenway …`.)
                    let whole = f.kind == claims_model::AttributionType::Intention
                        || reads_whole(text, f)
                        || f.cue.is_some_and(|c| text[c.end..core.start.max(c.end)].trim() == "to");
                    // (Only with a name for the antecedent: an unresolved `who` reads as it is.)
                    let named = f.speaker_name.as_deref().filter(|n| {
                        !matches!(text::Lower::new(n).as_str(), "who" | "which" | "that" | "whom" | "whose")
                    });
                    if let (Some(who), Some(cue), true) = (named, f.cue, whole) {
                        if cue.end <= core.start {
                            statement = format!("{who} {}", clean(text, Span::new(cue.start, core.end)));
                        }
                    }
                }
                (None, Some((aside, ante))) => {
                    let who = f.speaker_name.clone().unwrap_or_default();
                    let cue = f.cue.map(|c| &text[c.start..c.end]).unwrap_or_default();
                    statement = format!("{who} {cue} {ante} {statement}");
                    asides.push(aside);
                }
                (None, None) => {
                    // A frame inside a trailing subordinate clause (`X comes as Y seek to …`)
                    // leaves the main clause whole: the writer's claim is the sentence.
                    let participle = participle_frame(text, f, &found[mine.clone()]);
                    let main_reported = outer
                        .iter()
                        .any(|&j| j != i && found[j].span.start < f.span.start && found[j].span.overlaps(&span));
                    // (A second verb of the subject takes its words from the cue on: `He proposes
                    // doing away with the mandate, and plans to …` leaves the first verb's clause
                    // to the writer.)
                    let second_verb = f.speaker.zip(f.cue).filter(|(sp, c)| {
                        let gap = text[sp.end.min(c.start)..c.start].trim_end();
                        c.start > sp.end && (gap.ends_with(" but") || gap.ends_with(" and")) && gap.len() > 20
                    });
                    let frame = match second_verb {
                        Some((_, c)) => Span::new(c.start, f.span.end.max(c.end)),
                        None => f.span,
                    };
                    if main_reported || !in_trailing_subordinate(text, span, f) {
                        taken.push(participle.unwrap_or(frame));
                        participles.extend(participle);
                    }
                    // An intention reads as a whole: `Iran expressed its willingness to discuss …`;
                    // so does a belief whose content has no finite verb (`aides expect the
                    // sale to take months`).
                    if f.kind == claims_model::AttributionType::Intention || reads_whole(text, f) {
                        if let Some(sp) = f.speaker.filter(|sp| sp.start < core.start) {
                            let who = f.speaker_name.clone().unwrap_or_else(|| text[sp.start..sp.end].to_string());
                            // A second verb of the subject (`said A but noted B`, `called it X and
                            // urged Y to …`) reads from its cue.
                            // (So does a participle after the writer's clause, which is a claim
                            // of its own: `Ruiz vetoed the bill, calling it "unworkable"`.)
                            let from = f
                                .cue
                                .filter(|c| {
                                    let gap = &text[sp.end.min(c.start)..c.start];
                                    c.start > sp.end
                                        && ((gap.contains(" but ") || gap.contains(" and ")) && gap.len() > 20
                                            || participle.is_some())
                                })
                                .map_or(sp.end, |c| c.start);
                            // (The speaker's party label or aside is no part of what was said:
                            // `Senate Majority Leader Ron Ashby, R-Ky., accused …`.)
                            let phrase_end = f
                                .speaker_phrase
                                .filter(|p| p.contains(&sp) && p.end > from && f.cue.is_none_or(|c| p.end <= c.start))
                                .map(|p| p.end);
                            let from = phrase_end.unwrap_or(from);
                            // (The name in apposition leaves its closing comma: `X's predecessor,
                            // Jeremy Hunt, accused …`.)
                            let rest = clean(text, Span::new(from, core.end));
                            let closing = f.cue.is_some_and(|c| c.start >= from && text[from..c.start].trim() == ",");
                            let rest = if closing || phrase_end.is_some() {
                                rest.trim_start_matches([',', ' '])
                            } else {
                                &rest
                            };
                            // (A participle reads in the past: `Ellery called it "a death trap"`, `Caddell
                            // spoke of Clinton's health`.)
                            let (w, tail) = rest.split_once(' ').unwrap_or((rest, ""));
                            let past = f
                                .cue
                                .filter(|c| text[c.start..c.end].split(' ').next() == Some(w))
                                .and_then(|_| crate::lexicon::past_of_ing(w));
                            statement = match past {
                                Some(p) => format!("{who} {p} {tail}"),
                                None => format!("{who} {rest}"),
                            };
                        } else if f.speaker.is_none() && f.span.start < core.start {
                            // No speaker (`X is accused of …`): the frame from its subject.
                            statement = clean(text, Span::new(f.span.start, core.end));
                        }
                    }
                }
            }
            let statement = strip_report_noun(&statement);
            let mut statement = tidy(statement);
            let mut ok = checkable(&statement);
            // Words quoted from a known speaker are on record, checkable or not
            // (`"We need change," she said`), a question too when it says something (`"What
            // kind of genius loses a billion dollars in a year?" she asked`: the rhetorical
            // question is the speaker's claim), not a bare one (`"You winning?" she said`).
            // (So are the words a label gives its speaker, a headline's `Poll: Wealthy Voters
            // Abandon Republican Party`, whose verb title case hides.)
            let labelled = f.cue.is_some_and(|c| &text[c.start..c.end] == ":");
            let on_record = (f.direct || labelled)
                && (f.speaker.is_some() || f.speaker_name.is_some())
                && statement.split_whitespace().count() >= 2
                && (!is_question(&statement) || statement.split_whitespace().count() >= 5)
                && !posts::is_promotional(&statement);
            // (The quote as read, kept only when it may be needed.)
            let quoted = (on_record && !ok).then(|| statement.clone());
            if !ok {
                // Content that is not a claim on its own (a directive's verb phrase, `urged
                // residents to avoid travel`) reads as a whole: speaker, cue and content.
                if let Some(sp) = f.speaker.filter(|sp| sp.start < core.start) {
                    let who = f.speaker_name.clone().unwrap_or_else(|| text[sp.start..sp.end].to_string());
                    statement = tidy(&format!("{who} {}", clean(text, Span::new(sp.end, core.end))));
                    ok = checkable(&statement);
                }
            }
            if let Some(q) = quoted.filter(|_| !ok) {
                statement = q;
                ok = true;
            }
            // Two reported clauses (`said prices would rise and that wages would fall`) are two
            // claims of the speaker's.
            let parts = if ok && !f.direct && f.content.len() == 1 && statement == tidy(&clean(text, core)) {
                that_clauses(text, core)
            } else {
                Vec::new()
            };
            let frame_first = f.cue.is_some_and(|c| c.end <= core.start);
            if parts.len() > 1 && frame_first {
                for (k, p) in parts.into_iter().enumerate() {
                    let statement = tidy(&clean(text, p));
                    if checkable(&statement) {
                        out.push(Unit {
                            sentence: s.index,
                            // (The frame is read with the first clause; a later one is its own text.)
                            span: if k == 0 { Span::new(f.span.start.min(p.start), p.end) } else { p },
                            core: p,
                            statement,
                            attribution: Some(i),
                            post: None,
                        });
                    }
                }
            } else if ok {
                out.push(Unit {
                    sentence: s.index,
                    span: f.span.cover(&core),
                    core,
                    statement,
                    attribution: Some(i),
                    post: None,
                });
            }
        }
        // Attributions of other sentences that run over this one (multi-sentence quotes).
        // Found is in content order; a frame reaches at most a few sentences back.
        let lo = found.partition_point(|f| f.sentence + 8 < s.index);
        let hi = found.partition_point(|f| f.sentence <= s.index + 1);
        for f in found[lo..hi.max(lo)].iter().filter(|f| f.sentence != s.index && f.span.overlaps(&span)) {
            taken.push(f.span);
            for c in &f.content {
                taken.push(*c);
            }
        }
        // The writer's own clauses: the sentence outside the frames, asides cut out.
        for clause in own_clauses(text, span, &taken) {
            // A clause left open before a frame that is its object (`Clinton is seizing upon a
            // New York Times report that …`, `The mayor rejected the union's claim that …`)
            // reads with it: its last word wants the noun phrase the frame opens.
            let object_frame = taken
                .iter()
                .filter(|t| t.start >= clause.end && text[clause.end..t.start].trim().is_empty())
                .min_by_key(|t| t.start)
                .filter(|_| wants_object(&text[clause.start..clause.end]));
            // (A subject cut before its last noun, `A letter seen by` Sky News `says …`, `An
            // analysis of` its statistics `concluded …`, is no claim: the frame reads it.)
            if object_frame.is_some() && ends_with_any(&text[clause.start..clause.end], &[" of", " by"]) {
                continue;
            }
            let clause = object_frame.map_or(clause, |t| Span::new(clause.start, t.end.min(span.end)));
            // A participial opener of a frame is no claim of the writer's (`Speaking to
            // reporters in Brussels, the minister said …`, `Asked whether he would resign, …`).
            // (The writer's clause before a participle of speech opens no frame: `In April, it
            // blocked a tie-up, saying …`.)
            let opens_frame = taken.iter().filter(|t| !participles.contains(t)).any(|t| {
                t.start >= clause.end && text[clause.end..t.start].bytes().all(|b| b == b',' || b.is_ascii_whitespace())
            });
            if opens_frame {
                let first = text::Lower::new(text[clause.start..clause.end].split_whitespace().next().unwrap_or(""));
                let first = first.as_str();
                // (… nor is a verbless opener: `In a letter to shareholders, the chief executive
                // acknowledged …`.)
                let verbless = !text[clause.start..clause.end]
                    .split_whitespace()
                    .any(|w| is_verb_word(&text::Lower::new(trim_non_alnum(w))));
                // (… nor a prepositional opener whose verb is a participle: `In an op-ed
                // published Thursday in the Sacramento Bee, two economists argued …`.)
                let prepositional =
                    matches!(first, "in" | "on" | "at" | "during" | "after" | "before" | "through" | "amid")
                        && !text[clause.start..clause.end].split_whitespace().any(|w| {
                            let l = text::Lower::new(trim_non_alnum(w));
                            AUX.contains(&l.as_str())
                        });
                if first.len() > 4 && first.ends_with("ing")
                    || matches!(first, "asked" | "pressed" | "questioned" | "interviewed" | "quoted" | "challenged")
                    || verbless
                    || prepositional
                {
                    continue;
                }
            }
            // (Most clauses hold no aside: read in place, no copy.)
            // (An aside may run past the clause, its opening comma trimmed off: only the part
            // inside is cut.)
            let raw: std::borrow::Cow<'_, str> = if asides.iter().any(|a| clause.overlaps(a)) {
                let mut raw = String::new();
                let mut last = clause.start;
                for a in asides.iter().filter(|a| clause.overlaps(a)) {
                    raw.push_str(&text[last..a.start.max(last)]);
                    last = a.end.min(clause.end).max(last);
                }
                raw.push_str(&text[last..clause.end]);
                raw.into()
            } else {
                text[clause.start..clause.end].into()
            };
            // A section heading quoted in title case is no claim (`'All Bets Are Off.'`).
            let whole = &text[clause.start..clause.end];
            if whole.starts_with(['\'', '"', '‘', '“']) {
                let inner = whole.trim_start_matches(|c: char| !c.is_alphanumeric());
                let at = clause.start + whole.len() - inner.len();
                let body = inner.trim_end_matches(|c: char| !c.is_alphanumeric());
                if crate::attribution::quoted_heading(text, Span::new(at, at + body.len())) {
                    continue;
                }
            }
            // A relative clause after a comma that a frame's content ended before is an aside of
            // the writer's about that content (`acknowledged the reality of climate change, which
            // makes him an outlier`), no claim on its own.
            let first = text::Lower::new(raw.trim_start_matches([',', ' ']).split(' ').next().unwrap_or(""));
            let after_comma = text[..clause.start].trim_end().ends_with(',') || raw.trim_start().starts_with(',');
            if after_comma && matches!(first.as_str(), "which" | "who" | "whom" | "whose" | "where") {
                continue;
            }
            let mut statement = tidy(strip_subordinator(&assertion(&raw)));
            // The verb of a sentence whose subject is a noun frame (`Nervo's conclusion that … is
            // not universally shared`) reads with the frame's owner and noun.
            let lead_word = raw.trim_start().split(' ').next().unwrap_or("");
            if AUX.contains(&lead_word) {
                let frame = found.iter().filter(|f| f.sentence == s.index).find(|f| {
                    f.content.last().is_some_and(|c| text.get(c.end..clause.start).is_some_and(|g| g.trim().is_empty()))
                        && f.cue.is_some_and(|cu| f.content.first().is_some_and(|c| cu.end <= c.start))
                        && f.speaker.is_some_and(|sp| {
                            f.cue.is_some_and(|cu| {
                                sp.end <= cu.start && matches!(text[sp.end..cu.start].trim(), "" | "'s" | "’s")
                            })
                        })
                });
                if let Some((owner, cue)) = frame.and_then(|f| f.speaker_phrase.or(f.speaker).zip(f.cue)) {
                    let noun = text.get(owner.start..cue.end).unwrap_or("").trim();
                    statement = tidy(&format!("{noun} {}", raw.trim_start()));
                }
            }
            // A verb phrase coordinated after a report has the speaker as subject (`He told
            // reporters that … and did not answer questions`): it reads with the speaker's name.
            let lead = raw.trim_start_matches(|c: char| c == ',' || c.is_whitespace());
            let rest = lead.strip_prefix("and ").or_else(|| lead.strip_prefix("but "));
            if let Some(rest) = rest.filter(|r| r.split(' ').next().is_some_and(is_verbish_lower)) {
                let speaker = found
                    .iter()
                    .filter(|f| f.sentence == s.index)
                    .filter_map(|f| f.speaker.filter(|sp| sp.end <= clause.start).map(|sp| (sp, f)))
                    .next_back()
                    .map(|(sp, f)| f.speaker_name.clone().unwrap_or_else(|| text[sp.start..sp.end].to_string()));
                if let Some(who) = speaker {
                    statement = tidy(&format!("{who} {}", assertion(rest)));
                }
            }
            if checkable(&statement) {
                out.push(Unit {
                    sentence: s.index,
                    span: clause,
                    core: clause_core(text, clause),
                    statement,
                    attribution: None,
                    post: None,
                });
            }
        }
    }
    out.sort_by_key(|u| (u.span.start, u.span.end));
    out
}

/// True when `s` is one question: it ends with `?` and holds no other sentence (a quote of
/// several sentences ending with a question says the others).
fn is_question(s: &str) -> bool {
    let Some(body) = s.trim_end().strip_suffix('?') else { return false };
    ![". ", "? ", "! "].iter().any(|stop| body.contains(stop))
}

/// For a frame whose cue is a participle after the writer's clause (`Governor Ruiz
/// vetoed a bill, calling it "unworkable"`): the frame from that comma on, so that the
/// writer's clause before it stays a claim of its own.
///
/// So for a second verb of the subject after the writer's clause (`The club thanked Mendes
/// for his work but said …`, `The minister visited the site and said …`): the frame from
/// the conjunction on.
fn participle_frame(text: &str, f: &Found, sentence: &[Found]) -> Option<Span> {
    let (sp, cue) = (f.speaker?, f.cue?);
    let word = &text[cue.start..cue.end];
    if sp.end > cue.start || f.content.iter().any(|c| c.start < cue.start) {
        return None;
    }
    let before = text[sp.end..cue.start].trim_end();
    if !(word.len() > 4 && word.ends_with("ing")) {
        let b = before.strip_suffix(" also").unwrap_or(before);
        let conj = [" but", " and"].into_iter().find(|c| b.ends_with(c))?;
        let clause = b[..b.len() - conj.len()].trim_end_matches([',', ' ']);
        // (A clause with a verb of its own, not a report: `said A and warned B` is two reports.)
        let words: Vec<text::Lower> = clause.split_whitespace().map(|w| text::Lower::new(trim_non_alnum(w))).collect();
        let verb = words.iter().any(|w| is_verb_word(w));
        // (A report is one whose cue the sentence reads; `apologised to tenants` reports nothing.)
        let span = Span::new(sp.end, sp.end + clause.len());
        let report = sentence.iter().any(|g| g.cue.is_some_and(|c| span.contains(&c)));
        return (words.len() >= 3 && verb && !report).then(|| Span::new(sp.end + clause.len(), f.span.end));
    }
    let comma = before.strip_suffix(',')?;
    // (A clause of the writer's between: more than a short aside about the speaker.)
    (comma.split_whitespace().count() >= 3).then(|| Span::new(sp.end + comma.len(), f.span.end))
}

/// What was said, without the noun for a report that holds it: `denied reports that the
/// club was for sale` claims (and denies) that the club was for sale.
fn strip_report_noun(content: &str) -> &str {
    const NOUNS: &[&str] = &[
        "reports",
        "report",
        "claims",
        "claim",
        "allegations",
        "allegation",
        "suggestions",
        "suggestion",
        "rumours",
        "rumors",
        "rumour",
        "rumor",
        "speculation",
        "accusations",
        "accusation",
        "assertions",
        "suspicions",
    ];
    let Some((noun, rest)) = content.split_once(' ') else { return content };
    match rest.strip_prefix("that ") {
        Some(clause) if NOUNS.iter().any(|n| noun.eq_ignore_ascii_case(n)) && clause.contains(' ') => clause,
        _ => content,
    }
}

/// Conjunctions that open an adverbial subordinate clause.
const ADVERBIAL: &[&str] = &[
    "as", "because", "while", "since", "after", "when", "whenever", "before", "until", "although", "though", "whereas",
    "once", "unless",
];

/// True when the lower-case word `w` is one of the [`ADVERBIAL`] conjunctions.
pub(crate) fn is_subordinator(w: &str) -> bool {
    ADVERBIAL.contains(&w)
}

/// True when the frame of `f` opens a subordinate clause that follows the main
/// clause of `sentence` (`… comes as these republics seek to diversify …`,
/// `… stalled after Iran said it would not attend`), with its content inside
/// that clause: cutting the frame out would leave the main clause dangling.
fn in_trailing_subordinate(text: &str, sentence: Span, f: &Found) -> bool {
    if f.span.start <= sentence.start || f.span.start > sentence.end {
        return false;
    }
    let before = text[sentence.start..f.span.start].trim_end();
    let Some(word) = before.split_whitespace().next_back() else { return false };
    if !ADVERBIAL.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return false;
    }
    let main = before[..before.len() - word.len()].trim_end().trim_end_matches([',', ' ']);
    // (At least two words: no need to count them all.)
    main.split_whitespace().nth(1).is_some()
        && f.content.iter().all(|c| c.start >= f.span.start && c.end <= sentence.end)
}

/// For an attribution inside a non-restrictive relative clause (`the region,
/// which it considers …,`): the aside to cut out of the sentence (from its
/// opening comma to its closing one) and the antecedent (`the region`).
fn relative_aside(text: &str, s: &Sentence, f: &Found) -> Option<(Span, String)> {
    let before = &text[s.start..f.span.start.max(s.start)];
    let t = before.trim_end();
    let t = t.strip_suffix("which").or_else(|| t.strip_suffix("who"))?.trim_end();
    let t = t.strip_suffix(',')?;
    let open = s.start + t.len();
    // (A frame running past its sentence, a quotation over several, is no aside of it.)
    let after = text.get(f.span.end..s.end)?;
    let close = if after.trim_start().starts_with(',') { f.span.end + after.find(',')? + 1 } else { f.span.end };
    // The last noun phrase before the comma.
    let words: Vec<&str> = t.split_whitespace().collect();
    let k = words
        .iter()
        .rposition(|w| matches!(text::Lower::new(w).as_str(), "the" | "a" | "an" | "this" | "its" | "their"))?;
    if words.len() - k > 5 {
        return None;
    }
    Some((Span::new(open, close), words[k..].join(" ")))
}

/// For an attribution whose speaker is the relative pronoun of a non-restrictive
/// clause (`Senator Jane Doe, who said it would save money,`): the aside to cut out of
/// the sentence, from the comma before the pronoun to the clause's closing comma.
fn relative_speaker(text: &str, s: &Sentence, f: &Found) -> Option<Span> {
    let sp = f.speaker?;
    if !matches!(&text[sp.start..sp.end], "who" | "which") || sp.start != f.span.start {
        return None;
    }
    let before = text.get(s.start..sp.start)?.trim_end();
    before.strip_suffix(',')?;
    let open = s.start + before.len() - 1;
    // (A frame running past its sentence is no aside of it.)
    let after = text.get(f.span.end..s.end)?;
    let close = if after.trim_start().starts_with(',') { f.span.end + after.find(',')? + 1 } else { f.span.end };
    Some(Span::new(open, close))
}

/// The parts of `sentence` not covered by `taken`, split into clauses, with asides dropped.
fn own_clauses(text: &str, sentence: Span, taken: &[Span]) -> Vec<Span> {
    let mut pieces = vec![sentence];
    for t in taken {
        let mut next = Vec::new();
        for p in pieces {
            if !p.overlaps(t) {
                next.push(p);
                continue;
            }
            if p.start < t.start {
                next.push(Span::new(p.start, t.start));
            }
            if t.end < p.end {
                next.push(Span::new(t.end, p.end));
            }
        }
        pieces = next;
    }
    let mut out = Vec::new();
    for p in pieces {
        let p = text::trim_matches(text, p, &[',', ';', ':', '—', '–', '-', '.', '"', '“', '”']);
        if p.is_empty() {
            continue;
        }
        let p = close_quote(text, p);
        let p = trim_dangling(text, p);
        if !p.is_empty() {
            out.extend(split_coordination(text, p));
        }
    }
    out
}

/// Takes back the closing quotation mark of a quote the piece opens (`called it
/// "a stunt."` keeps `"a stunt."`): trimming marks at a piece's end must not leave
/// a quote open.
fn close_quote(text: &str, p: Span) -> Span {
    let s = &text[p.start..p.end];
    let straight = s.bytes().filter(|&b| b == b'"').count() % 2 == 1;
    let curly = s.matches('“').count() > s.matches('”').count();
    let rest = &text[p.end..];
    let rest = rest.strip_prefix(['.', ',', '!', '?']).filter(|r| r.starts_with(['"', '”'])).unwrap_or(rest);
    let gap = text.len() - p.end - rest.len();
    // (The sentence's period may stand inside the quote: `"a stunt."`.)
    match rest.chars().next() {
        Some('"') if straight => Span::new(p.start, p.end + gap + 1),
        Some('”') if curly => Span::new(p.start, p.end + gap + '”'.len_utf8()),
        _ => p,
    }
}

/// Drops function words left dangling where a frame was cut out (`…, with`).
fn trim_dangling(text: &str, p: Span) -> Span {
    let mut p = p;
    loop {
        let s = &text[p.start..p.end];
        let Some(last) = s.split_whitespace().next_back() else { return p };
        let l = text::Lower::new(last);
        if s.split_whitespace().nth(1).is_some()
            && matches!(
                l.as_str(),
                "with"
                    | "as"
                    | "and"
                    | "while"
                    | "because"
                    | "that"
                    | "which"
                    | "who"
                    | "when"
                    | "but"
                    | "after"
                    | "since"
            )
        {
            p = text::trim_matches(text, Span::new(p.start, p.end - last.len()), &[',', ';', '—']);
        } else {
            return p;
        }
    }
}

fn is_verbish(w: &str) -> bool {
    is_verbish_lower(&text::Lower::new(w))
}

/// True for a lower-case word that is a verb form: [`is_verbish_lower`] or an
/// irregular past (`spoke`, `shot`, `broke`).
/// True when a clause ends on a word that wants an object after it: an article, a
/// preposition or a verb (`… seizing upon a`, `The mayor rejected`).
fn wants_object(clause: &str) -> bool {
    let mut words = clause.split_whitespace();
    let Some(last) = words.next_back() else { return false };
    if words.next_back().is_none() || last.ends_with(|c: char| !c.is_alphanumeric()) {
        return false;
    }
    let l = text::Lower::new(last);
    let l = l.as_str();
    matches!(
        l,
        "a" | "an" | "the" | "upon" | "on" | "of" | "about" | "with" | "to" | "for" | "from" | "by" | "at" | "into"
    ) || last.starts_with(|c: char| c.is_lowercase()) && l.len() > 4 && l.ends_with("ed") && !AUX.contains(&l)
}

/// True when `s` ends with one of the (lower-case) `endings`, whatever the case of `s`.
fn ends_with_any(s: &str, endings: &[&str]) -> bool {
    let l = text::Lower::new(s);
    endings.iter().any(|e| l.as_str().ends_with(e))
}

fn is_verb_word(l: &str) -> bool {
    is_verbish_lower(l) || crate::attribution::np::is_irregular_past(l)
}

/// [`is_verbish`] of a word already in lower case.
fn is_verbish_lower(l: &str) -> bool {
    AUX.contains(&l)
        || l.len() > 4 && l.ends_with("ed")
        || matches!(
            l,
            "died"
                | "lied"
                | "tied"
                | "fled"
                | "bled"
                | "owed"
                | "axed"
                | "sped"
                | "met"
                | "went"
                | "came"
                | "made"
                | "took"
                | "gave"
                | "held"
                | "led"
                | "began"
                | "became"
                | "saw"
                | "sent"
                | "won"
                | "lost"
                | "left"
                | "rose"
                | "fell"
                | "grew"
                | "ran"
                | "paid"
                | "built"
                | "sold"
                | "brought"
                | "fought"
                | "struck"
                | "kept"
                | "spent"
                | "hit"
                | "cut"
                | "put"
                | "set"
                // Present forms that are no nouns (`Critics see the program as …`).
                | "see"
                | "know"
                | "seem"
                | "remain"
                | "become"
                | "include"
                | "require"
                | "allow"
                | "continue"
                | "provide"
                | "mean"
                | "take"
                | "make"
                | "give"
                | "get"
                | "keep"
                | "buy"
                | "sell"
                | "send"
                | "spend"
                | "grow"
                | "bring"
                | "seek"
                | "fail"
        )
}

/// Splits `…, while X were …` / `…, and X responded …` / `…; X …` into clauses
/// when the second part has its own subject and verb.
fn split_coordination(text: &str, p: Span) -> Vec<Span> {
    let s = &text[p.start..p.end];
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    // Each pattern's matches, found in one pass over the commas and semicolons
    // (no pattern overlaps itself, and `cuts` is sorted below).
    let bytes = s.as_bytes();
    for at in memchr::memchr2_iter(b',', b';', bytes) {
        let pat = [", while ", ", whereas ", ", and ", ", but ", "; "].into_iter().find(|p| s[at..].starts_with(p));
        if let Some(pat) = pat {
            let rest = &s[at + pat.len()..];
            let words: Vec<&str> = rest.split_whitespace().take(12).collect();
            let subj = words.first().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(
                        text::Lower::new(w).as_str(),
                        "the"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "its"
                            | "his"
                            | "her"
                            | "their"
                            | "this"
                            | "these"
                    )
            });
            let verb = || words.iter().skip(1).any(|w| is_verbish(trim_non_alnum(w)));
            if subj && verb() {
                cuts.push((at, at + pat.len()));
            }
        } else if s[at..].starts_with(", with ") && with_absolute(&s[at + 7..]) {
            cuts.push((at, at + 7));
        }
    }
    // A leading subordinate clause with its own claim (`While X visits A, Y …`).
    let first = text::Lower::new(s.split_whitespace().next().unwrap_or(""));
    if SUBORDINATORS.contains(&first.as_str()) {
        let mut from = 0;
        while let Some(i) = comma_space(&s[from..]) {
            let at = from + i;
            let rest = &s[at + 2..];
            let words: Vec<&str> = rest.split_whitespace().take(10).collect();
            let subj = words.first().is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(
                        text::Lower::new(w).as_str(),
                        "the" | "he" | "she" | "they" | "it" | "we" | "its" | "his" | "her" | "their"
                    )
            });
            let verb_after = || words.iter().skip(1).any(|w| is_verbish(trim_non_alnum(w)));
            let verb_before = || s[..at].split_whitespace().any(|w| is_verbish(trim_non_alnum(w)) || w.ends_with('s'));
            if subj && verb_after() && verb_before() {
                cuts.push((at, at + 2));
                break;
            }
            from = at + 2;
        }
    }
    cuts.sort();
    let mut out = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a < start {
            continue;
        }
        // The left part must be a clause too, not the head of a list (`Pakistan, Turkey, and Iran are`).
        let left_verb = s[start..a].split_whitespace().any(|w| {
            let w = trim_non_alnum(w);
            is_verbish(w) || w.len() > 3 && w.ends_with('s') && !w.starts_with(char::is_uppercase)
        });
        if !left_verb {
            continue;
        }
        out.push(text::trim_matches(text, Span::new(p.start + start, p.start + a), &[',', ';']));
        start = b;
    }
    out.push(text::trim_matches(text, Span::new(p.start + start, p.end), &[',', ';', '.']));
    out.retain(|x| !x.is_empty());
    out
}

/// The clauses of reported content coordinated by `and that` or `but that` (`Southmere had
/// breached its licence, and that its monitoring had failed`), outside quotation marks,
/// each with a verb; one span (the whole) when there is no such coordination.
fn that_clauses(text: &str, content: Span) -> Vec<Span> {
    let s = &text[content.start..content.end];
    let mut out = Vec::new();
    let mut start = 0;
    let mut quoted = false;
    for (at, ch) in s.char_indices() {
        if matches!(ch, '"' | '\u{201c}' | '\u{201d}') {
            quoted = !quoted;
        }
        if quoted || ch != ' ' || at < start {
            continue;
        }
        let rest = &s[at..];
        let Some(pat) = [" and that ", " but that "].into_iter().find(|p| rest.starts_with(p)) else { continue };
        let left = s[start..at].trim_end_matches([',', ' ']);
        let right = &rest[pat.len()..];
        let verb = |c: &str| c.split_whitespace().take(12).any(|w| is_verbish(trim_non_alnum(w)));
        // (Each side a clause with a verb: `that` after `and` may be a pronoun, `and that was it`.)
        if verb(left) && verb(right) && right.split_whitespace().next().is_some_and(|w| !is_verbish(trim_non_alnum(w)))
        {
            out.push(Span::new(content.start + start, content.start + start + left.len()));
            start = at + pat.len();
        }
    }
    out.push(Span::new(content.start + start, content.end));
    out
}

/// An absolute clause after `, with` that has its own subject and event
/// (`…, with China playing a significant role …`, `…, with revenue rising 5%`):
/// a subject of one to four words (no punctuation, no finite verb), then a
/// verb in `-ing` that is not a reporting, belief or intention cue (those are
/// attributions, read by the attribution stage: `with Putin stating that …`).
fn with_absolute(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().take(6).collect();
    let Some(first) = words.first() else {
        return false;
    };
    // A subject, not a fixed phrase (`with regard to`) or an object pronoun.
    let first_lower = text::Lower::new(first.trim_end_matches(|c: char| !c.is_alphanumeric()));
    if first_lower.len() != first.len()
        || first_lower.ends_with("ing")
        || matches!(
            first_lower.as_str(),
            "regard"
                | "respect"
                | "reference"
                | "him"
                | "her"
                | "them"
                | "me"
                | "us"
                | "it"
                | "that"
                | "this"
                | "a"
                | "an"
        )
    {
        return false;
    }
    for (k, w) in words.iter().enumerate().skip(1).take(4) {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        let l = text::Lower::new(bare);
        if bare.len() > 4 && l.ends_with("ing") && bare.starts_with(char::is_lowercase) {
            return k > 0 && crate::lexicon::lookup(&l).is_none() && bare.len() == w.len();
        }
        // The subject ends at punctuation or at a finite verb: not an absolute clause.
        if bare.len() != w.len() || is_verbish_lower(&l) {
            return false;
        }
    }
    false
}

/// Subordinators that open a leading clause split off as its own claim.
const SUBORDINATORS: &[&str] = &["while", "although", "though", "whereas", "as", "after", "since"];

/// Drops a leading subordinator (`While Putin visits …` → `Putin visits …`).
fn strip_subordinator(s: &str) -> &str {
    let s = s.trim_start();
    let first = s.split_whitespace().next().unwrap_or("");
    // (`After the vote,`, `As a result,`, `Since 2010,` open with a preposition: a short
    // phrase without a verb before its comma.)
    let prepositional = ["after", "as", "since"].iter().any(|w| first.eq_ignore_ascii_case(w))
        && s.split_once(", ").is_some_and(|(head, _)| {
            let words = head.split_whitespace().skip(1);
            words.clone().count() <= 6 && !words.map(|w| text::Lower::new(trim_non_alnum(w))).any(|l| is_verb_word(&l))
        });
    if SUBORDINATORS.iter().any(|w| first.eq_ignore_ascii_case(w)) && s.contains(' ') && !prepositional {
        s[first.len()..].trim_start()
    } else {
        s
    }
}

/// The clause's core: `clause` without a leading subordinator, so that a
/// subordinate clause standing as its own claim (`While talks were expected to
/// focus on trade, …` → `talks were expected to focus on trade`) is read as a
/// main clause and its hedges count.
fn clause_core(text: &str, clause: Span) -> Span {
    let s = &text[clause.start..clause.end];
    let rest = strip_subordinator(s);
    if rest.len() == s.trim_start().len() || rest.is_empty() {
        return clause;
    }
    Span::new(clause.end - rest.len(), clause.end)
}

/// The statement of a writer's clause: dateline, leading adverbial and asides dropped.
fn assertion(clause: &str) -> String {
    let mut s = clause;
    // Dateline: `ASTANA (Kazakhstan):`, `WASHINGTON (AP) —`.
    // (Wire copy also uses a spaced hyphen or en dash: `TOKYO (Reuters) - `.)
    let b = s.as_bytes();
    let sep = memchr::memchr2_iter(b':', 0xE2, b)
        .find(|&i| b[i] == b':' || b.get(i + 1..i + 3).is_some_and(|t| t == [0x80, 0x94] || t == [0x80, 0x93]))
        .into_iter()
        // (` - `: the first hyphen with a space on each side; hyphens are few.)
        .chain(memchr::memchr_iter(b'-', b).find(|&i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' ')))
        .min();
    if let Some(i) = sep {
        let head = &s[..i];
        let upper_lead =
            head.split_whitespace().next().is_some_and(|w| w.len() > 1 && w.chars().all(|c| !c.is_lowercase()));
        if upper_lead && head.len() < 40 && head.chars().any(char::is_alphabetic) {
            s = s[i..].trim_start_matches([':', '—', '–', ' ', '-']);
        }
    }
    // Leading discourse adverbial (each adverbial and the char after it fit in
    // 32 bytes: of ASCII text only that head is lower-cased).
    let mut head = [0u8; 32];
    let lower: std::borrow::Cow<'_, str> = if s.is_ascii() {
        let h = &s.as_bytes()[..s.len().min(head.len())];
        for (d, b) in head.iter_mut().zip(h) {
            *d = b.to_ascii_lowercase();
        }
        std::borrow::Cow::Borrowed(std::str::from_utf8(&head[..h.len()]).unwrap_or_default())
    } else {
        std::borrow::Cow::Owned(s.to_lowercase())
    };
    // (Only the adverbials starting with the head's first byte can match.)
    let first = lower.as_bytes().first().copied();
    for d in DISCOURSE.iter().filter(|d| d.as_bytes().first().copied() == first) {
        if lower.starts_with(d) && lower[d.len()..].starts_with([',', ' ']) {
            let rest = s[d.len()..].trim_start_matches([',', ' ']);
            if lower[d.len()..].starts_with(',') || matches!(*d, "but" | "and" | "yet" | "so" | "also") {
                s = rest;
            }
            break;
        }
    }
    drop_asides(s)
}

/// Drops `, which …,` / `, who …,` relatives and `, a/an/the …,` appositives.
fn drop_asides(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    loop {
        let Some(i) = comma_space(rest) else {
            out.push_str(rest);
            break;
        };
        let after = &rest[i + 2..];
        let first = text::Lower::new(after.split_whitespace().next().unwrap_or(""));
        // (The word tests run only when their answer counts.)
        let relative = matches!(first.as_str(), "which" | "who" | "whose" | "whom");
        let appositive = matches!(first.as_str(), "a" | "an")
            || first == "the" && {
                let before = &rest[..i];
                before.split_whitespace().next_back().unwrap_or("").starts_with(char::is_uppercase)
                    && before.split_whitespace().nth(1).is_some()
            };
        let adverbial = matches!(first.as_str(), "despite" | "however");
        if !(relative || appositive || adverbial) {
            out.push_str(&rest[..i + 2]);
            rest = after;
            continue;
        }
        let mut aside_end = comma_space(after);
        if relative {
            aside_end = aside_end.map(|j| list_end(after, j));
        }
        let verbless = || {
            let aside = &after[..aside_end.unwrap_or(after.len())];
            // A relative clause inside the apposition has its own verb (`, a
            // hepatologist who was not involved in the research,`).
            !aside
                .split_whitespace()
                .take_while(|w| !matches!(*w, "who" | "which" | "whose" | "whom"))
                .any(|w| is_verbish(trim_non_alnum(w)))
        };
        // (`pay for vacations, a lake house and her daughter's wedding`: the last items of a
        // list, running to the end with their `and`, are no apposition.)
        let list_tail = appositive && aside_end.is_none() && (after.contains(" and ") || after.contains(" or "));
        if relative || (appositive && !list_tail || adverbial) && verbless() {
            out.push_str(&rest[..i]);
            match aside_end {
                Some(j) => rest = &after[j + 1..],
                None => break,
            }
        } else {
            out.push_str(&rest[..i + 2]);
            rest = after;
        }
    }
    out
}

/// A relative clause that ends in a list runs over the list's commas
/// (`, which excludes energy, food, alcohol and tobacco, eased …`): from the
/// comma at `j`, each following verbless piece of up to four words that is
/// closed by another comma belongs to the list. Returns the aside's last comma.
fn list_end(after: &str, mut j: usize) -> usize {
    while let Some(k) = comma_space(&after[j + 2..]) {
        let piece = &after[j + 2..j + 2 + k];
        // (Up to five words counted: enough to tell `0` and `more than 4`.)
        let words = piece.split_whitespace().take(5).count();
        let verbless = !piece.split_whitespace().any(|w| is_verbish(trim_non_alnum(w)));
        if words == 0 || words > 4 || !verbless {
            break;
        }
        j = j + 2 + k;
    }
    j
}

/// `s.find(", ")` without a searcher.
fn comma_space(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    // (The commas found by a vector search.)
    memchr::memchr_iter(b',', b).find(|&at| b.get(at + 1) == Some(&b' '))
}

/// The content of an attribution as a statement: quotes and final period trimmed, asides dropped.
fn clean(text: &str, c: Span) -> String {
    let raw = text[c.start..c.end].trim();
    // Enclosing quotation marks go; a quoted phrase at the end keeps its marks.
    let quoted = raw.starts_with(['"', '“']) && raw.ends_with(['"', '”']) && raw.len() > 2;
    let s = if quoted { raw.trim_matches(|ch: char| matches!(ch, '"' | '“' | '”')) } else { raw };
    drop_asides(s)
}

/// Collapses white space, drops a final period and straightens nothing else.
fn tidy(s: &str) -> String {
    let mut j = String::with_capacity(s.len());
    // Pieces joined around a dropped phrase leave a space before a comma (`Rourke , R-Neb.,`):
    // in the collapsed text, ` , ` is a word `,` between two others (the same for `;`).
    let (mut comma, mut semicolon) = (false, false);
    if single_spaced(s) {
        // Already collapsed: its words joined again are `s`, and an inner `,` word is a ` , `.
        j.push_str(s);
        comma = spaced_mark(s.as_bytes(), b',');
        semicolon = spaced_mark(s.as_bytes(), b';');
    } else {
        let mut ws = text::ws_words(s).peekable();
        while let Some(w) = ws.next() {
            if !j.is_empty() {
                j.push(' ');
                let inner = ws.peek().is_some();
                comma |= inner && w == ",";
                semicolon |= inner && w == ";";
            }
            j.push_str(w);
        }
    }
    if comma {
        j = j.replace(" , ", ", ");
    }
    if semicolon {
        j = j.replace(" ; ", "; ");
    }
    let mut t = j.trim_end_matches(['.', ',', ';', ':', ' ']).trim_start_matches([',', ';', ':', ' ']);
    // (A bracket left open by a frame cut out after it: `diagnosed on Friday (`.)
    if let Some(r) = t.strip_suffix('(') {
        t = r.trim_end_matches(['.', ',', ';', ':', ' ']);
    }
    let mut out = if t.len() == j.len() { j } else { t.to_string() };
    if let Some(c) = out.chars().next() {
        if c.is_lowercase() && out.split_whitespace().next().is_some_and(|w| !w.contains(['-', '.'])) {
            let upper: String = c.to_uppercase().collect();
            out.replace_range(..c.len_utf8(), &upper);
        }
    }
    out
}

/// True when `b` holds the byte `mark` with a space on each side (` , `): the
/// marks found by a vector search (they are few), then their neighbours read.
fn spaced_mark(b: &[u8], mark: u8) -> bool {
    memchr::memchr_iter(mark, b).any(|i| i > 0 && b[i - 1] == b' ' && b.get(i + 1) == Some(&b' '))
}

/// True for non-empty ASCII text without control bytes whose only white space
/// is single spaces between words: its white-space separated words joined by
/// one space are itself.
fn single_spaced(s: &str) -> bool {
    let b = s.as_bytes();
    b.first().is_some_and(|&c| c != b' ')
        && b.last().is_some_and(|&c| c != b' ')
        && s.is_ascii()
        && !has_control(b)
        && !s.contains("  ")
}

/// True when a byte of `b` is below 0x20, read 8 bytes at a time.
fn has_control(b: &[u8]) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut chunks = b.chunks_exact(8);
    // A lane below 0x20 borrows when 0x20 is taken from it, setting its top bit
    // where the byte's own is clear (lanes above it may be set too: any one counts).
    let mut acc = 0u64;
    for c in &mut chunks {
        let v = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        acc |= v.wrapping_sub(ONES * 0x20) & !v;
    }
    acc & (ONES * 0x80) != 0 || chunks.remainder().iter().any(|&c| c < 0x20)
}

/// `w.trim_matches(|c: char| !c.is_alphanumeric())`, at once for a word that
/// starts and ends with an ASCII letter or digit (the usual word).
#[inline]
fn trim_non_alnum(w: &str) -> &str {
    let b = w.as_bytes();
    match (b.first(), b.last()) {
        (Some(f), Some(l)) if f.is_ascii_alphanumeric() && l.is_ascii_alphanumeric() => w,
        _ => w.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// True when a statement says something checkable.
pub fn checkable(statement: &str) -> bool {
    let all = text::ws_words(statement);
    let mut words = all.clone();
    let (Some(w0), Some(w1), Some(_)) = (words.next(), words.next(), words.next()) else { return false };
    if statement.trim_end().ends_with('?') {
        return false;
    }
    let first = text::Lower::new(w0);
    let first = trim_non_alnum(&first);
    if CALLS.contains(&first) && !w1.starts_with(char::is_uppercase) {
        return false;
    }
    // A verbless fragment (a headline, a caption label) has no claim.
    // (The cheap `-s` test first: the tests are pure, their order changes nothing.)
    // A cue word after an article or possessive is a noun (`in a post on X`).
    let mut after_determiner = false;
    let verb = all.into_iter().any(|w| {
        let w = trim_non_alnum(w);
        // (The lower-cased word is read as text once.)
        let lower = text::Lower::new(w);
        let l = lower.as_str();
        let noun_position = after_determiner;
        after_determiner = matches!(l, "a" | "an" | "the" | "his" | "her" | "its" | "their" | "our" | "this");
        l.ends_with('s') && l.len() > 3 && !w.starts_with(char::is_uppercase)
            || is_verb_word(l)
            || !noun_position
                && crate::lexicon::lookup(l).is_some_and(|c| !matches!(c.0, crate::lexicon::CueClass::Noun(_)))
    }) || with_absolute(statement); // an absolute clause split off after `, with`: its verb is the `-ing` word
    verb && !posts::is_promotional(statement)
}

/// An attribution whose content says nothing without its speaker and cue,
/// read whole: an accusation (`accused the mayor of hiding the cost`), a
/// request or advice (`advises adults to drink no more than …`), a naming
/// (`called the findings "not conclusive"`), a quoted phrase as the object
/// (`noted "serious logistical problems" in rural areas`), a verb of stance and its
/// object (`cited problems in the Middle East`), and a belief whose
/// content is a subject and an infinitive with no finite verb (`expect the
/// sale to take months`, `consider the plan to be risky`).
fn reads_whole(text: &str, f: &crate::attribution::Found) -> bool {
    let Some(cue) = f.cue else { return false };
    let cue_text = &text[cue.start..cue.end];
    if text::starts_with_ci(cue_text, "accus") {
        return true;
    }
    // A denied, admitted or proposed deed (`denied targeting civilian infrastructure`,
    // `suggested raising the tax`) needs its subject.
    let verb = cue_text.rsplit(' ').next().unwrap_or(cue_text);
    let stance =
        crate::lexicon::lookup(&text::Lower::new(verb)).is_some_and(|c| crate::lexicon::takes_stance_object(c.2));
    // (`deny`, `admit` and `acknowledge` are verbs of stance.)
    if (stance || ["propos", "suggest", "recommend"].iter().any(|p| text::starts_with_ci(verb, p)))
        && f.content
            .first()
            .is_some_and(|c| text[c.start..c.end].split(' ').next().is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
    {
        return true;
    }
    let Some(content) = f.content.first().copied() else { return false };
    // The content follows the cue with no `that` between.
    let right_after = content.start >= cue.end
        && !text[cue.end..content.start].split_whitespace().any(|w| w.eq_ignore_ascii_case("that"));
    if !right_after {
        return false;
    }
    // An infinitive is no claim without its subject (`has vowed to resume the war`).
    let gap = text[cue.end..content.start].trim();
    // A question is none at all (`questioned whether the plan would work`, `wondered what it
    // would cost`): its content is asked, not asserted.
    let asked = crate::lexicon::lookup(&text::Lower::new(cue_text.rsplit(' ').next().unwrap_or(cue_text)))
        .is_some_and(|c| matches!(c.2, "question" | "wonder"));
    let last_gap_word = gap.rsplit(' ').next().unwrap_or(gap);
    if !f.direct && (asked || ["whether", "if"].iter().any(|w| last_gap_word.eq_ignore_ascii_case(w))) {
        return true;
    }
    if !f.direct && (gap.eq_ignore_ascii_case("to") || gap.as_bytes().ends_with(b" to")) {
        return true;
    }
    let body = &text[content.start..content.end];
    if !f.direct {
        let directive = crate::lexicon::lookup(cue_text).is_some_and(|c| c.0 == crate::lexicon::CueClass::Directive);
        // (A verb of stance with a clause reports the clause: `acknowledged he had erred`.)
        // (A subordinate clause after the object is none of it: `weaker sales as orders slowed`;
        // nor is a participle in a phrase after its head: `her role in the raid during a forum
        // sponsored by NBC`.)
        let object = || {
            !body
                .split_whitespace()
                .take(8)
                .enumerate()
                .take_while(|&(k, w)| {
                    let w = text::Lower::new(w);
                    !(is_subordinator(&w) || k > 0 && crate::attribution::is_preposition(&w))
                })
                .any(|(_, w)| is_verbish(trim_non_alnum(w)))
        };
        // (A cue ending in its preposition takes a noun phrase: `warned of`, `spoke about`.)
        let prepositional = [" of", " about", " against"].iter().any(|p| cue_text.ends_with(p));
        let naming = ["call", "dub", "term"].iter().any(|p| text::starts_with_ci(cue_text, p))
            || crate::lexicon::lookup(cue_text).is_some_and(|c| {
                crate::attribution::is_judging(c.2)
                    || (crate::lexicon::takes_stance_object(c.2) || matches!(c.2, "find" | "show" | "indicate"))
                        && object()
            });
        // A quoted object has no clause of its own before its first comma.
        let head = body.split(", ").next().unwrap_or(body);
        let quoted_object =
            body.starts_with(['"', '“']) && !head.split_whitespace().any(|w| is_verbish(trim_non_alnum(w)));
        if directive || naming || quoted_object || prepositional {
            return true;
        }
    }
    if f.kind != claims_model::AttributionType::Belief {
        return false;
    }
    const FINITE: &[&str] = &[
        "is", "are", "was", "were", "will", "would", "can", "could", "has", "have", "had", "may", "might", "should",
        "must", "does", "did", "do",
    ];
    let words = || body.split_whitespace().take(12);
    words().any(|w| w == "to") && !words().any(|w| FINITE.iter().any(|f| w.eq_ignore_ascii_case(f)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_bytes_found_in_any_lane() {
        for n in 0..20 {
            let plain = vec![b'a'; n];
            assert!(!has_control(&plain));
            for k in 0..n {
                for c in [0u8, 0x09, 0x1f] {
                    let mut v = plain.clone();
                    v[k] = c;
                    assert!(has_control(&v), "{n} {k} {c}");
                }
                let mut v = plain.clone();
                v[k] = b' ';
                assert!(!has_control(&v));
            }
        }
    }

    #[test]
    fn tidy_reads_collapsed_and_uncollapsed_text_alike() {
        for (a, b) in [
            ("the deal , signed ; done.", "the  deal ,\tsigned\n; done. "),
            ("Rourke , R-Neb., said so", " Rourke ,  R-Neb.,\r\nsaid so"),
            ("prices rose ,", "prices\u{0b}rose ,"),
        ] {
            assert_eq!(tidy(a), tidy(b), "{a:?} / {b:?}");
        }
        assert_eq!(tidy("the deal , signed ; done."), "The deal, signed; done");
        assert_eq!(tidy("prices rose ,"), "Prices rose");
        assert_eq!(tidy("a ,"), "A");
        assert_eq!(tidy(""), "");
    }

    fn statements(t: &str) -> Vec<String> {
        let sentences = crate::segment::segment(t);
        let found = crate::attribution::find(t, &sentences, &[]);
        units(t, &sentences, &found, &[]).into_iter().map(|u| u.statement).collect()
    }

    #[test]
    fn a_noun_frame_in_the_subject_leaves_the_sentence_its_verb() {
        let s = statements("Iran's claim that the drone was civilian was rejected by the US.");
        assert_eq!(s, ["The drone was civilian", "Iran's claim was rejected by the US"]);
        // (A relative clause inside the reported clause stays in it.)
        let s = statements("The mayor's claim that the man who was arrested is innocent was rejected.");
        assert!(s.contains(&"The man who was arrested is innocent".to_string()), "{s:?}");
    }

    #[test]
    fn a_stance_with_a_gerund_reads_whole() {
        let s = statements("They resented being held to standards that never applied to them.");
        assert_eq!(s, ["They resented being held to standards that never applied to them"]);
    }

    #[test]
    fn a_quoted_heading_is_no_claim() {
        let s =
            statements("\"The plan will fail,\" Mr. Obama said.\n\n'All Bets Are Off.'\n\nThe men agreed on a plan.");
        assert!(s.iter().all(|x| !x.contains("Bets")), "{s:?}");
    }

    #[test]
    fn a_relative_clause_the_content_ended_before_is_no_claim() {
        let s = statements("Graham has acknowledged the reality of climate change, which makes him an outlier.");
        assert!(s.iter().all(|x| !x.starts_with("Which")), "{s:?}");
    }

    #[test]
    fn a_stance_object_with_a_participle_after_its_head_reads_whole() {
        let s = statements("Judge Frank Nervo rejected that argument in a ruling released Thursday.");
        assert_eq!(s, ["Frank Nervo rejected that argument in a ruling released Thursday"]);
        // (A clause is still read alone: `acknowledged he had erred`.)
        let s = statements("The minister acknowledged he had erred.");
        assert_eq!(s, ["He had erred"]);
    }

    #[test]
    fn a_clause_left_open_before_a_nominal_frame_reads_with_it() {
        let s = statements("The mayor rejected the union's claim that the plant had closed.");
        assert!(s.contains(&"The mayor rejected the union's claim that the plant had closed".to_string()), "{s:?}");
        assert!(!s.contains(&"The mayor rejected".to_string()), "{s:?}");
        let s = statements("The senator is seizing upon a Herald report that the plant had closed.");
        assert!(s.iter().all(|x| !x.ends_with("upon a")), "{s:?}");
        // (A name that ends in `-ed` wants no object: `tweeted to Mohamed and said …`.)
        let s = statements("Lena Park tweeted to Mohamed and said the boy was welcome.");
        assert!(s.iter().all(|x| !x.contains("and said")), "{s:?}");
    }

    #[test]
    fn a_second_verb_of_the_subject_leaves_the_first_clause_to_the_writer() {
        let s = statements(
            "He proposes doing away with the federal mandate on health insurance, and plans to reduce the cost of insurance.",
        );
        assert!(s.iter().any(|x| x.starts_with("He proposes doing away with the federal mandate")), "{s:?}");
        assert!(s.iter().any(|x| x == "He plans to reduce the cost of insurance"), "{s:?}");
    }

    #[test]
    fn coordinated_clauses_split() {
        let s = statements(
            "Putin visited Kazakhstan on Thursday, while Turkish leader Recep Tayyip Erdogan and Ebrahim Raisi were expected in Uzbekistan.",
        );
        assert_eq!(
            s,
            [
                "Putin visited Kazakhstan on Thursday",
                "Turkish leader Recep Tayyip Erdogan and Ebrahim Raisi were expected in Uzbekistan"
            ]
        );
    }

    #[test]
    fn relative_clause_ending_in_a_list_dropped_whole() {
        assert_eq!(
            statements("Core inflation, which excludes energy, food, alcohol and tobacco, eased to 5.7%."),
            ["Core inflation eased to 5.7%"]
        );
        assert_eq!(statements("The minister, who was in Paris, France, said taxes would rise.").len(), 1);
        assert_eq!(
            statements("Putin, who visited Astana, met Tokayev, and the two signed a deal."),
            ["Putin met Tokayev", "The two signed a deal"]
        );
    }

    #[test]
    fn absolute_with_clause_split() {
        let s = statements(
            "Other world powers are investing in Central Asia, with China playing a significant role through its Belt and Road Initiative.",
        );
        assert_eq!(
            s,
            [
                "Other world powers are investing in Central Asia",
                "China playing a significant role through its Belt and Road Initiative"
            ]
        );
        let s = statements("The company reported a profit, with revenue rising 5% in the third quarter.");
        assert_eq!(s, ["The company reported a profit", "Revenue rising 5% in the third quarter"]);
        // Not absolute clauses: a plain `with` phrase, and a reporting cue (an attribution).
        assert_eq!(statements("He arrived in Paris, with his wife.").len(), 1);
        assert_eq!(statements("She met the minister, with the talks lasting.").len(), 2);
        let s = statements("Putin praised the relationship, with Putin stating that the partnership is strong.");
        assert!(!s.iter().any(|x| x.starts_with("Putin stating")), "{s:?}");
    }

    #[test]
    fn relative_clause_dropped_and_belief_kept() {
        let s = statements(
            "Russia’s influence in the region, which it considers part of its sphere of influence, has waned since its invasion of Ukraine.",
        );
        assert!(
            s.contains(&"Russia’s influence in the region has waned since its invasion of Ukraine".to_string()),
            "{s:?}"
        );
        assert!(s.iter().any(|x| x.ends_with("considers the region part of its sphere of influence")), "{s:?}");
    }

    #[test]
    fn discourse_adverbial_appositive_and_dateline_dropped() {
        assert_eq!(statements("Despite this, the talks resumed on Monday."), ["The talks resumed on Monday"]);
        assert_eq!(
            statements("China is investing through its Belt and Road Initiative, a massive infrastructure project."),
            ["China is investing through its Belt and Road Initiative"]
        );
        assert_eq!(statements("ASTANA (Kazakhstan): Putin visited Kazakhstan."), ["Putin visited Kazakhstan"]);
        assert_eq!(
            statements("TOKYO (Reuters) - Japan's economy contracted 2.1%."),
            ["Japan's economy contracted 2.1%"]
        );
    }

    #[test]
    fn attributed_content_is_the_claim() {
        assert_eq!(statements("The minister said that prices would fall next year."), ["Prices would fall next year"]);
    }

    #[test]
    fn a_directive_reads_as_a_whole() {
        let st = statements("Cornwall Council has urged residents to avoid all but essential travel.");
        assert_eq!(st.len(), 1, "{st:?}");
        assert!(st[0].starts_with("Cornwall Council"), "{st:?}");
        assert!(st[0].contains("avoid all but essential travel"), "{st:?}");
    }

    #[test]
    fn an_infinitive_reads_with_its_subject() {
        let st = statements("Prime Minister Benjamin Netanyahu has vowed to resume the war once the truce ends.");
        assert_eq!(st.len(), 1, "{st:?}");
        assert!(st[0].contains("vowed to resume the war"), "{st:?}");
        let st = statements("Hamas had agreed with Qatar and Egypt to extend the truce.");
        assert!(st[0].starts_with("Hamas"), "{st:?}");
    }

    #[test]
    fn a_second_verb_of_the_subject_reads_from_its_cue() {
        let st = statements(
            "The group called the ruling \"judicial activism\" and urged lawmakers to amend the constitution.",
        );
        assert!(st.iter().any(|s| s == "The group urged lawmakers to amend the constitution"), "{st:?}");
    }

    #[test]
    fn a_verb_phrase_after_a_report_reads_with_the_speaker() {
        let st = statements("The minister said the talks had failed but did not provide evidence.");
        assert_eq!(st, ["The talks had failed", "The minister did not provide evidence"]);
    }

    #[test]
    fn a_short_quote_of_a_known_speaker_is_on_record() {
        let st = statements("\"We need change,\" she said.");
        assert_eq!(st, ["We need change"]);
        assert!(statements("\"Is it fair?\" she asked.").is_empty());
    }

    #[test]
    fn a_short_past_tense_is_a_verb() {
        assert_eq!(statements("40 people died."), ["40 people died"]);
    }

    #[test]
    fn nothing_checkable_gives_no_claim() {
        assert!(statements("Find out more about this meeting here.").is_empty());
        assert!(statements("Will the talks succeed?").is_empty());
        assert!(statements("Group G — Tunisia 1 – 2 England").is_empty());
    }

    #[test]
    fn a_participial_opener_of_a_frame_is_no_claim() {
        let text = "Speaking to reporters in Brussels, the foreign minister said sanctions would continue.";
        let s = statements(text);
        assert_eq!(s, ["Sanctions would continue"], "{s:?}");
    }

    #[test]
    fn a_quote_the_claim_opens_keeps_its_closing_mark() {
        assert_eq!(statements("The bill was \"a stunt\"."), ["The bill was \"a stunt\""]);
        assert_eq!(statements("The bill was “a stunt.”"), ["The bill was “a stunt.”"]);
    }

    #[test]
    fn an_irregular_past_is_a_verb() {
        assert_eq!(
            statements("Police shot the suspect near the station."),
            ["Police shot the suspect near the station"]
        );
        assert_eq!(statements("Roberts spoke of the legacy of racism."), ["Roberts spoke of the legacy of racism"]);
    }

    #[test]
    fn a_report_in_a_relative_clause_is_an_aside_of_the_writers_sentence() {
        assert_eq!(
            statements("The bill was backed by Senator Jane Doe, who said it would save money."),
            vec!["The bill was backed by Senator Jane Doe", "It would save money"]
        );
        assert_eq!(
            statements("Devocht, who had told Montalvo the plan was dead, resigned from the board in May."),
            vec!["Devocht resigned from the board in May", "The plan was dead"]
        );
    }

    #[test]
    fn a_quote_of_several_sentences_ending_with_a_question_is_on_record() {
        let t = "He defended the remark, saying, \u{201c}I don\u{2019}t think this is a silly idea. Something odd was going on. Why is he unstable?\u{201d}";
        // (The writer's `He defended the remark` is a claim of its own before the participle.)
        let s = statements(t);
        assert!(s.iter().any(|x| x.starts_with("I don\u{2019}t think")), "{s:?}");
        // A bare question asks nothing of the record; one that says something is on record.
        assert!(statements("He asked, \u{201c}Why is he unstable?\u{201d}").is_empty());
        assert_eq!(
            statements("She adds, \u{201c}What kind of genius loses a billion dollars in a year?\u{201d}"),
            vec!["What kind of genius loses a billion dollars in a year?"]
        );
    }

    #[test]
    fn a_headline_label_gives_its_speaker_words_on_record() {
        let t = "Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nA Bloomberg poll shows that voters have left the party.";
        let s = statements(t);
        assert!(s.iter().any(|x| x.starts_with("Wealthy Voters Abandon")), "{s:?}");
    }

    #[test]
    fn the_last_items_of_a_list_are_no_apposition() {
        let s = statements("Marsh used the money to pay for vacations, a lake house and her daughter's wedding.");
        assert_eq!(s, vec!["Marsh used the money to pay for vacations, a lake house and her daughter's wedding"]);
    }

    #[test]
    fn the_writers_clause_before_a_participle_of_speech_is_a_claim() {
        let s = statements("Governor Elena Ruiz on Friday vetoed a bill that capped rents, calling it \"unworkable.\"");
        assert!(s.iter().any(|x| x == "Governor Elena Ruiz on Friday vetoed a bill that capped rents"), "{s:?}");
        // (… and the judgement reads from its participle, in the past.)
        assert!(s.iter().any(|x| x == "Elena Ruiz called it \"unworkable.\""), "{s:?}");
        // (… after an opener of time too: it opens no frame.)
        let s = statements(
            "In April, the regulator blocked a tie-up between two grocers, saying it would have hurt shoppers.",
        );
        assert!(s.iter().any(|x| x == "In April, the regulator blocked a tie-up between two grocers"), "{s:?}");
    }

    #[test]
    fn the_writers_clause_before_a_second_verb_of_speech_is_a_claim() {
        let s = statements("The club thanked Mendes for his work but said results had fallen short.");
        assert_eq!(s, ["The club thanked Mendes for his work", "Results had fallen short"]);
        // (What a text found, a noun phrase, reads with the text.)
        let s = statements("The trial found no reduction in heart attacks among those taking aspirin.");
        assert_eq!(s, ["The trial found no reduction in heart attacks among those taking aspirin"]);
        // (A worry about something reads whole; in a sentence's opening adjunct it ends there.)
        let s = statements(
            "With leaders worried about a lack of passion among voters, Obama is rolling out a new message.",
        );
        assert_eq!(s, ["Leaders worried about a lack of passion among voters", "Obama is rolling out a new message"]);
        // (A warning of something reads whole, its subordinate clause too.)
        let s = statements("Valdor warned of weaker sales as China orders slowed.");
        assert_eq!(s, ["Valdor warned of weaker sales as China orders slowed"]);
        // (The speaker's party label is no part of what the stance says.)
        let s = statements("Senate Majority Leader Ron Ashby, R-Ky., accused Democrats of \"playing chicken\".");
        assert_eq!(s, ["Ron Ashby accused Democrats of \"playing chicken\""]);
        // (A verb of speech with no report of its own leaves the writer's clause too.)
        let s = statements("The council has apologised to tenants and said all jobs would be done by September.");
        assert_eq!(s, ["The council has apologised to tenants", "All jobs would be done by September"]);
        // Two reported clauses coordinated by `and that` are two claims.
        let s = statements("The minister said that prices would rise and that wages would fall.");
        assert_eq!(s, ["Prices would rise", "Wages would fall"]);
        let s =
            statements("Ofwat said Southmere had breached its licence 214 times, and that its monitoring had failed.");
        assert_eq!(s, ["Southmere had breached its licence 214 times", "Its monitoring had failed"]);
        // (Not `and that` as a pronoun, nor inside a quotation.)
        let s = statements("He said he loved the town and that was why he stayed.");
        assert_eq!(s, ["He loved the town and that was why he stayed"]);
        let s = statements("The club thanked Mendes for his work but said results had fallen short.");
        assert_eq!(s, ["The club thanked Mendes for his work", "Results had fallen short"]);
        let s = statements("The minister visited the site on Monday and said the repairs would take a year.");
        assert!(s.contains(&"The minister visited the site on Monday".to_string()), "{s:?}");
        // (Two reports are no clause of the writer's.)
        let s = statements("The union said pay was too low and warned that strikes were likely.");
        assert!(!s.iter().any(|x| x.starts_with("The union said")), "{s:?}");
    }

    #[test]
    fn a_report_noun_holding_what_was_denied_is_left_out() {
        let s = statements("Chairman Victor Hale denied reports that the club was for sale.");
        assert_eq!(s, ["The club was for sale"]);
    }

    #[test]
    fn an_intention_in_a_relative_clause_reads_with_its_antecedent() {
        let s = statements(
            "Hartwell, which agreed to buy Greenway for 2.1 billion pounds in March, said it was confident.",
        );
        assert!(s.contains(&"Hartwell agreed to buy Greenway for 2.1 billion pounds in March".to_string()), "{s:?}");
    }

    #[test]
    fn a_prepositional_opener_keeps_its_preposition() {
        for (t, want) in [
            ("After the vote, the senators left the chamber.", "After the vote, the senators left the chamber"),
            ("As a result, the company cut 200 jobs.", "The company cut 200 jobs"),
            ("Since 2010, prices have doubled.", "Since 2010, prices have doubled"),
        ] {
            assert_eq!(statements(t), [want]);
        }
        // A subordinate clause standing alone reads as a main clause.
        assert!(statements("After Putin left, Erdogan arrived in Tashkent.")
            .contains(&"Erdogan arrived in Tashkent".to_string()));
    }

    #[test]
    fn attribution_in_a_subordinate_clause_leaves_the_main_clause_whole() {
        let s = statements(
            "This renewed diplomatic interest in Central Asia comes as these former Soviet republics seek to diversify their partnerships.",
        );
        assert_eq!(
            s,
            [
                "This renewed diplomatic interest in Central Asia comes as these former Soviet republics seek to diversify their partnerships",
                "These former Soviet republics seek to diversify their partnerships",
            ]
        );
        let s = statements("The talks stalled after Iran said it would not attend.");
        assert_eq!(s[0], "The talks stalled after Iran said it would not attend", "{s:?}");
        assert!(!s.contains(&"The talks stalled".to_string()), "{s:?}");
        let s = statements("Prices rose sharply because the central bank said it would keep rates high.");
        assert_eq!(s[0], "Prices rose sharply because the central bank said it would keep rates high", "{s:?}");
        // A main clause that is itself a report leaves nothing of the writer's.
        let s =
            statements("Kohn said the river could peak on Wednesday, though he cautioned that forecasts may change.");
        assert!(!s.iter().any(|x| x.contains("cautioned")), "{s:?}");
        // A report in the main clause still gives only its content.
        let s = statements("The minister said prices would fall as demand cooled.");
        assert_eq!(s, ["Prices would fall as demand cooled"]);
    }
}
