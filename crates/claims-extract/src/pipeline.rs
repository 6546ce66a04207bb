//! The whole pipeline: text in, [`Extraction`] out.

use chrono::NaiveDate;
use claims_model::{
    ids, Article, Attribution, Certainty, Claim, ClaimKind, Extraction, Mention, SourceKind, Span, SpannedText, Speaker,
};

use crate::{
    attribution, checkworthy, coref, entities, lexicon, modality, negation, posts, segment, sources, statement,
    temporal, words,
};

/// What the caller knows about the article besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// Publication date, to resolve relative dates.
    pub published: Option<NaiveDate>,
    /// The publisher of the article.
    pub outlet: Option<String>,
    /// Where the article was read from.
    pub url: Option<String>,
}

/// Extracts sentences, sources and claims from one article.
pub fn extract(text: &str, opts: &Options) -> Extraction {
    let _text_in_hand = coref::TextInHand::new(text);
    let sentences = segment::segment(text);
    let dateline = segment::dateline(text);
    let body_start = dateline.as_ref().map_or(0, |d| d.span.end);
    let posts = posts::find_posts(text, &sentences);
    let found = attribution::find(text, &sentences, &posts);
    let units = statement::units(text, &sentences, &found, &posts);
    let links = posts::find_links(text);

    let mut registry = sources::Registry::new();
    let publisher = opts.outlet.as_ref().map(|outlet| registry.add(SourceKind::Outlet, outlet, None, None));
    let outlets = posts::find_outlets(text, &sentences);
    let outlet_ids: Vec<String> = outlets
        .iter()
        .map(|o| registry.add(SourceKind::Outlet, &o.name, None, Some(Mention::from_span(text, o.span))))
        .collect();
    let post_ids: Vec<String> = posts
        .iter()
        .map(|p| {
            let name = p.name.clone().or_else(|| p.handle.clone()).unwrap_or_else(|| "unknown account".into());
            let mention = p.name_span.map(|s| Mention::from_span(text, s));
            let id = registry.add(SourceKind::SocialPost, &name, p.handle.as_deref(), mention);
            if let Some(s) = registry.get_mut(&id) {
                // A signature the post detector read no date from may still carry one.
                s.date = p
                    .date
                    .or_else(|| p.signature.and_then(|sig| temporal::signature_date(text, sig)).and_then(|t| t.date));
                s.url = p.url.clone();
                s.urls = p.links.iter().map(|l| l.text.clone()).collect();
            }
            id
        })
        .collect();
    let link_ids: Vec<(claims_model::Span, String)> =
        links.iter().map(|l| (l.span(), registry.add(SourceKind::Link, &l.text, None, Some(l.clone())))).collect();
    for (_, id) in &link_ids {
        if let Some(s) = registry.get_mut(id) {
            s.url = Some(s.name.clone());
        }
    }

    let mut claims = Vec::with_capacity(units.len());
    // Buffers for the words of each unit's core and span, reused from unit to unit.
    let mut core_bufs = (Vec::new(), Vec::new());
    let mut span_words = Vec::new();
    // Each unit is read once: its statement moves into its claim.
    for mut u in units {
        let mut claim_sources = Vec::new();
        let mut kind = ClaimKind::Assertion;
        let attr = u.attribution.map(|i| &found[i]).map(|f| {
            // A quote continuation (no mention of its own) keeps the speaker of the
            // attribution it continues: the latest earlier mention of that speaker.
            let continued = || {
                let name = f.speaker_name.as_ref()?;
                let start = f.content.first()?.start;
                found
                    .iter()
                    .filter(|g| g.speaker_name.as_ref() == Some(name))
                    // (Of one mention's frames, the quotation's: `"…," said Caddell, speaking of X. "…"`
                    // goes on with `said`.)
                    .filter_map(|g| {
                        g.speaker.filter(|s| s.end <= start).map(|s| (s, g.speaker_phrase, g.cue, g.direct))
                    })
                    .max_by_key(|&(s, _, _, direct)| (s.end, direct))
                    .map(|(s, p, c, _)| (s, p, c))
            };
            let (mention, cue) = match f.speaker {
                Some(s) => (Some((s, f.speaker_phrase)), f.cue),
                // (… and the cue of that frame: `"…," Moore said. "…"` was said too.)
                None => continued().map_or((None, f.cue), |(s, p, c)| (Some((s, p)), f.cue.or(c))),
            };
            let speaker = mention.map(|(sp, phrase)| {
                let raw = &text[sp.start..sp.end];
                // A pronoun the attribution stage left unnamed: resolve it from the text.
                // (… or a body named by its noun alone: `according to the agency`.)
                // (Not one a restrictive clause describes anew: `The company that operates the dam`.)
                let restrictive = ["that", "which", "who"].iter().any(|w| {
                    let after = text[sp.end..].trim_start();
                    after.len() > w.len() && after.starts_with(w) && after.as_bytes()[w.len()] == b' '
                });
                let described = !restrictive
                    && f.speaker_name.as_deref().is_some_and(|n| {
                        n.split(' ').count() == 2 && crate::text::starts_with_ci(n, "the ") && n == raw
                    });
                let name = f
                    .speaker_name
                    .clone()
                    .filter(|_| !described)
                    .or_else(|| coref::resolve_subject(text, &sentences, u.sentence, sp))
                    .or_else(|| f.speaker_name.clone())
                    .unwrap_or_else(|| raw.to_string());
                // An outlet as speaker (`according to Reuters`, `the AP reported`) is the outlet source.
                // (The outlet is the whole speaker, an article aside: `Economists polled by
                // Reuters` are economists, `CNN's Jake Tapper` a person.)
                let outlet = outlets
                    .iter()
                    .find(|o| {
                        o.span.start >= sp.start && o.span.end <= sp.end && {
                            let before = text[sp.start..o.span.start].trim();
                            let after = text[o.span.end..sp.end].trim();
                            // (`a Reuters report`, `a CNN poll`: the outlet's own work.)
                            let work = [
                                "report",
                                "story",
                                "article",
                                "analysis",
                                "investigation",
                                "poll",
                                "survey",
                                "tally",
                                "count",
                                "interview",
                                "review",
                                "calculation",
                                "calculations",
                                "estimate",
                                "estimates",
                            ];
                            // (`Interfax-Kazakhstan`: a branch of the outlet.)
                            let branch = after.starts_with('-') && !after.contains(char::is_whitespace);
                            (after.is_empty() || branch || work.iter().any(|w| after.eq_ignore_ascii_case(w)))
                                && (before.is_empty()
                                    || ["the", "a", "an"].iter().any(|d| before.eq_ignore_ascii_case(d)))
                        }
                    })
                    .map(|o| o.name.clone())
                    .or_else(|| posts::canonical_outlet(&name).map(str::to_string));
                let (kind, name) = match outlet {
                    Some(o) => (SourceKind::Outlet, o),
                    None => (f.speaker_kind, name),
                };
                let id = registry.add(kind, &name, None, Some(Mention::from_span(text, sp)));
                if let (Some(role), Some(s)) = (&f.role, registry.get_mut(&id)) {
                    s.role.get_or_insert_with(|| role.clone());
                }
                claim_sources.push(id.clone());
                // `In a post on X, he wrote …`: the post, named by its author and platform.
                let sentence = sentences.get(f.sentence).map(|s| s.span());
                if let Some((platform, at)) =
                    f.cue.zip(sentence).and_then(|(c, s)| posts::platform_of_report(text, s, c))
                {
                    let unnamed = is_bare_pronoun(&name);
                    let post = if unnamed { format!("a post on {platform}") } else { format!("{name} on {platform}") };
                    claim_sources.push(registry.add(
                        SourceKind::SocialPost,
                        &post,
                        None,
                        Some(Mention::from_span(text, at)),
                    ));
                }
                // The mention as written, with the titles and role before the name.
                let phrase = phrase.filter(|p| p.contains(&sp)).unwrap_or(sp);
                let phrase = with_closing_mark(text, phrase, cue);
                Speaker { name, text: text[phrase.start..phrase.end].to_string(), span: phrase, source: Some(id) }
            });
            kind = if f.direct { ClaimKind::DirectQuote } else { ClaimKind::IndirectQuote };
            let first = f.content.first().copied().unwrap_or(u.core);
            let last = f.content.last().copied().unwrap_or(u.core);
            // (The cue's verb group never reaches into the speaker before it: `Officials have also warned`.)
            let floor = speaker.as_ref().map(|s| s.span.end).filter(|&e| cue.is_some_and(|c| e <= c.start));
            let floor = floor.unwrap_or(0);
            Attribution {
                speaker,
                cue: cue.map(|c| {
                    SpannedText::from_span(
                        text,
                        with_day_and_colon(text, with_verb_group(text, with_raising_verb(text, c), floor), first.start),
                    )
                }),
                content: SpannedText::from_span(
                    text,
                    with_question_word(
                        text,
                        with_infinitive(text, quoted_as_printed(text, first.cover(&last), f.direct), cue, f.direct),
                        cue,
                        f.direct,
                    ),
                ),
                content_parts: if f.content.len() > 1 {
                    f.content
                        .iter()
                        .map(|c| SpannedText::from_span(text, quoted_as_printed(text, *c, f.direct)))
                        .collect()
                } else {
                    Vec::new()
                },
                direct: f.direct,
                kind: f.kind,
            }
        });
        let mut attr = attr;
        if let Some(p) = u.post {
            kind = ClaimKind::SocialPost;
            let post = &posts[p];
            let id = post_ids[p].clone();
            let name = post.name.clone().or_else(|| post.handle.clone()).unwrap_or_default();
            let sp = post.name_span.unwrap_or(post.body);
            attr = Some(Attribution {
                speaker: Some(Speaker {
                    name,
                    text: text[sp.start..sp.end].to_string(),
                    span: sp,
                    source: Some(id.clone()),
                }),
                cue: None,
                content: SpannedText::from_span(text, u.core),
                content_parts: Vec::new(),
                direct: true,
                kind: claims_model::AttributionType::Document,
            });
            claim_sources.push(id);
        }
        for (span, id) in &link_ids {
            let in_post = u.post.is_some_and(|p| posts[p].span.contains(span));
            if u.span.contains(span) || in_post {
                claim_sources.push(id.clone());
            }
        }
        let has_speaker = attr.as_ref().is_some_and(|a| a.speaker.is_some());
        let reach = sentences.get(u.sentence).map_or(u.span, |s| s.span().cover(&u.span));
        for o in posts::outlets_backing(&outlets, reach, has_speaker) {
            claim_sources.push(outlet_ids[o].clone());
        }
        // The publisher's own claims.
        if let (false, Some(id)) = (has_speaker, &publisher) {
            claim_sources.push(id.clone());
        }
        dedup_in_order(&mut claim_sources);
        // The core's words read with asides, shared by time (when the span is the core) and negation.
        // (Read once: their list bits and main words too, see `words`.)
        let core_words = words::ClauseWords::new_in(text, u.core, std::mem::take(&mut core_bufs));
        let (mut certainty, hedges, time) = certainty_and_time(text, &u, opts.published, &core_words, body_start);
        // What someone expects (`aides expect the sale to take months`) is expected.
        if matches!(certainty, Certainty::Asserted | Certainty::Planned)
            && u.attribution.map(|i| &found[i]).and_then(|f| f.cue).is_some_and(|c| {
                let w = &text[c.start..c.end];
                crate::text::starts_with_ci(w, "expect") && !crate::text::starts_with_ci(w, "expectation")
            })
        {
            certainty = Certainty::Expected;
        }
        // An intention or a commitment to do something (`plans to scrap fees`, `has vowed to
        // resume the offensive`): what it names is still to come.
        if certainty == Certainty::Asserted
            && u.attribution.map(|i| &found[i]).is_some_and(|f| {
                f.cue.zip(f.content.first()).is_some_and(|(c, ct)| {
                    let gap = text.get(c.end..ct.start).unwrap_or("").trim();
                    let cue = crate::text::Lower::new(&text[c.start..c.end]);
                    let commits = ["vow", "pledg", "promis", "threaten", "undert", "commit", "agree", "resolv"]
                        .iter()
                        .any(|p| cue.as_str().starts_with(p));
                    // (A verb: `expressed its willingness to` reports an attitude held now.)
                    gap.eq_ignore_ascii_case("to")
                        && !cue.as_str().contains(' ')
                        && (f.kind == claims_model::AttributionType::Intention || commits)
                })
            })
        {
            certainty = Certainty::Planned;
        }
        // `X denied that Y`: the content stays Y, the speaker's stance is negative
        // (and `X denied that Y did not …` is a double negation).
        let denied = u.attribution.map(|i| &found[i]).and_then(|f| {
            let cue = f.cue?;
            Some(negation::denial(text, f.speaker.map_or(cue, |sp| sp.cover(&cue))))
        });
        let negated = negation::negated_words(&core_words) != denied.unwrap_or(false);
        core_bufs = core_words.into_buffers();
        let speaker_name = attr.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.as_str());
        // In a quote, `he` or `she` is someone the speaker talks about, never the
        // speaker (who says `I`), and the nearest name is often the speaker's:
        // left as written.
        let quoted = attr.as_ref().is_some_and(|a| a.direct);
        // In reported speech the pronoun opening the content is the speaker: `he` or `she`
        // after one person whose gender the text does not contradict (`The building's owner
        // told the paper he had "no idea"`), `it` or `its` after a body or a country (`The
        // charity said it had hired an auditor`), `they` after a group (`Police said they had
        // arrested two men`), unless it stands for nothing (`said it was
        // too early to say`). Not when the speaker is itself a pronoun: its name is a guess.
        let reporter = u.attribution.map(|i| &found[i]).filter(|_| !quoted);
        // (The core's leading subject, read once for both uses below.)
        let core = u.core;
        let subject = std::cell::OnceCell::new();
        let subject_of = || *subject.get_or_init(|| subject_then_verb(text, core));
        let own = reporter.and_then(|f| {
            let person = f.speaker_kind == SourceKind::Person && f.kind == claims_model::AttributionType::Speech;
            let body = matches!(f.speaker_kind, SourceKind::Organization | SourceKind::Place);
            let group = f.speaker_kind == SourceKind::Group && f.kind == claims_model::AttributionType::Speech;
            if !(person || body || group) {
                return None;
            }
            let subj = subject_of()?;
            let w = &text[subj.start..subj.end];
            let name = speaker_name?;
            let mention = f.speaker.map_or("", |sp| &text[sp.start..sp.end]);
            // (`His lawyer said he would appeal`: the pronoun is the possessor's, not the
            // speaker's.)
            let phrase = f.speaker_phrase.map_or(mention, |p| &text[p.start..p.end]);
            let owner = |pronoun: &str| {
                let is = |x: &str| pronoun.eq_ignore_ascii_case(x);
                let possessive = if is("he") || is("his") {
                    "his"
                } else if is("she") || is("her") {
                    "her"
                } else if is("they") {
                    "their"
                } else {
                    return false;
                };
                // (The designation's own determiner: `Her spokesman`, not `Lisa Tran, who … her
                // sister's wedding,`.)
                phrase
                    .split(|c: char| !c.is_alphabetic())
                    .find(|x| !x.is_empty())
                    .is_some_and(|x| x.eq_ignore_ascii_case(possessive))
            };
            let fits = if person {
                // (… or `his`/`her` before the subject's noun, after a named speaker: `Sheriff Tom
                // Ellery said his deputies had issued …`; a description leaves it to the text's names.)
                let described = name.split(' ').next().is_some_and(|w| {
                    !w.starts_with(char::is_uppercase) || crate::attribution::np::is_determiner(&w.to_ascii_lowercase())
                });
                let possessive = (w.eq_ignore_ascii_case("his") || w.eq_ignore_ascii_case("her")) && !described;
                let he_or_she = w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") || possessive;
                let want = coref::pronoun_gender(w).filter(|_| he_or_she)?;
                coref::gender(text, name).is_none_or(|g| g == want)
                    && !owner(w)
                    && !is_bare_pronoun(mention)
                    && name.chars().any(char::is_alphabetic)
            } else if group {
                // (`Police said they had arrested two men`; not when the speaker is `they`.)
                w.eq_ignore_ascii_case("they")
                    && !owner(w)
                    && !is_bare_pronoun(mention)
                    && !mention.eq_ignore_ascii_case("who")
            } else {
                let it = w.eq_ignore_ascii_case("it") && !coref::is_dummy_it(text, subj.start);
                (it || w.eq_ignore_ascii_case("its")) && !mention.eq_ignore_ascii_case("it")
            };
            fits.then(|| coref::rewrite_subject(&u.statement, w, name)).flatten()
        });
        let statement = own.unwrap_or_else(|| {
            subject_of()
                .filter(|subj| {
                    let w = &text[subj.start..subj.end];
                    !quoted || !(w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she"))
                })
                .and_then(|subj| coref::resolve_statement_subject(text, &sentences, u.sentence, subj, &u.statement))
                .unwrap_or_else(|| std::mem::take(&mut u.statement))
        });
        let id = ids::claim_id(&statement, speaker_name);
        let mut claim = Claim {
            id,
            statement,
            text: text[u.span.start..u.span.end].to_string(),
            span: u.span,
            sentence: u.sentence,
            kind,
            attribution: attr,
            certainty,
            hedges: hedges.into_iter().map(|h| SpannedText::from_span(text, h)).collect(),
            negated,
            time,
            entities: entities::entities_in(text, u.span, &mut span_words),
            sources: claim_sources,
            checkworthy: 0.0,
            corroborations: Vec::new(),
        };
        claim.checkworthy = checkworthy::score(&claim);
        claims.push(claim);
    }
    // The ids move out and back in: no copies.
    let mut claim_ids: Vec<String> = claims.iter_mut().map(|c| std::mem::take(&mut c.id)).collect();
    ids::disambiguate(&mut claim_ids);
    for (c, id) in claims.iter_mut().zip(claim_ids) {
        c.id = id;
    }
    claims_match::corroborate(&mut claims);

    Extraction {
        article: Article {
            id: ids::article_id(text),
            published: opts.published,
            outlet: opts.outlet.clone(),
            url: opts.url.clone(),
            dateline,
            headline: None,
            author: None,
            modified: None,
        },
        sentences,
        sources: registry.finish(),
        claims,
        text: None,
    }
}

/// True when `w` is `he`, `she`, `they`, `it`, `i` or `we`, ignoring ASCII case (a
/// speaker named by a pronoun alone).
fn is_bare_pronoun(w: &str) -> bool {
    ["he", "she", "they", "it", "i", "we"].iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// A verb cue with the auxiliaries, negation and adverbs of its verb group
/// before it: `have also warned`, `has said`, `was told`, `repeatedly noted`,
/// `did not say` (the convention of news attribution corpora). Nominal and
/// prepositional cues (`according to`, `X's claim`) are left as they are, and
/// the group never reaches back past `floor` or over punctuation.
fn with_verb_group(text: &str, cue: Span, floor: usize) -> Span {
    let first = text[cue.start..cue.end].split(' ').next().unwrap_or("");
    // (A verb of the lexicon, or a lower-case word of a phrase cue: `went on to say`.)
    let verb = match lexicon::lookup(first) {
        Some((class, _, _)) => {
            !matches!(class, lexicon::CueClass::According | lexicon::CueClass::Noun(_) | lexicon::CueClass::Evidential)
        }
        None => first.bytes().all(|b| b.is_ascii_lowercase()),
    };
    if !verb {
        return cue;
    }
    let mut start = cue.start;
    for _ in 0..4 {
        let before = &text[floor.min(start)..start];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() || before.len() - trimmed.len() > 1 {
            break;
        }
        let at = trimmed
            .char_indices()
            .rev()
            .find(|&(_, ch)| !(ch.is_ascii_alphabetic() || ch == '\'' || ch == '\u{2019}'))
            .map_or(0, |(i, ch)| i + ch.len_utf8());
        if !in_verb_group(&trimmed[at..]) {
            break;
        }
        start = floor.min(start) + at;
    }
    Span::new(start, cue.end)
}

/// The cue with a raising verb before it (`appeared to suggest`, `seemed to say`).
fn with_raising_verb(text: &str, cue: Span) -> Span {
    let Some(before) = text[..cue.start].strip_suffix(" to ") else { return cue };
    let at = before.char_indices().rev().find(|&(_, c)| !c.is_alphanumeric()).map_or(0, |(i, c)| i + c.len_utf8());
    let verb = &before[at..];
    if lexicon::is_raising_verb(verb) {
        Span::new(cue.start - verb.len() - " to ".len(), cue.end)
    } else {
        cue
    }
}

/// A verb cue with the bare day word right after it (`said Friday`; not a possessive,
/// `said Friday's vote`) and the colon that opens its content (`said:`), the convention of
/// political-news attribution corpora; a colon only before content that follows it.
fn with_day_and_colon(text: &str, cue: Span, content_start: usize) -> Span {
    let word = &text[cue.start..cue.end];
    if word.is_empty() || !word.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '\'' || c == '\u{2019}') {
        return cue;
    }
    let mut end = cue.end;
    // The occasion of the speaking, before the content or closing the sentence after it:
    // `said in an interview that …`, `"…," he said in a recent interview.`, `said at a
    // briefing Monday`.
    let occasion = occasion_after(&text[end..]);
    if occasion > 0 && (content_start >= end + occasion || content_start < cue.start) {
        end += occasion;
    }
    if let Some(rest) = text[end..].strip_prefix(' ') {
        let day = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
        let possessive = rest[day.len()..].starts_with(['\'', '\u{2019}']);
        if !possessive
            && (crate::temporal::is_weekday(day)
                || matches!(day, "yesterday" | "today" | "tonight" | "later" | "earlier"))
        {
            end += 1 + day.len();
            // (… with its part: `said Thursday morning`.)
            if crate::temporal::is_weekday(day) {
                let rest = &text[end..];
                if let Some(part) = ["morning", "afternoon", "evening", "night"].iter().find(|p| {
                    rest.strip_prefix(' ')
                        .is_some_and(|r| r.starts_with(*p) && !r[p.len()..].starts_with(char::is_alphanumeric))
                }) {
                    end += 1 + part.len();
                }
            }
        }
    }
    if text[end..].starts_with(':') && content_start > end {
        end += 1;
    }
    Span::new(cue.start, end)
}

/// The length in bytes of an occasion of speaking that opens `rest` (with its leading space):
/// ` in an interview`, ` at a briefing`, ` during a news conference`; 0 when there is none.
/// (A document is a channel, no occasion: `said in the letter`.)
fn occasion_after(rest: &str) -> usize {
    let mut words = rest.split(' ').peekable();
    if words.next() != Some("") {
        return 0;
    }
    let mut len = 0;
    // (`explained earlier in the committee hearing`.)
    if let Some(&w) = words.peek() {
        if matches!(w, "earlier" | "later") {
            len += 1 + w.len();
            words.next();
        }
    }
    let (Some(prep), Some(det)) = (words.next(), words.next()) else { return 0 };
    if !matches!(prep, "in" | "at" | "during") || !matches!(det, "a" | "an" | "the" | "his" | "her" | "their" | "its") {
        return 0;
    }
    len += 1 + prep.len() + 1 + det.len();
    // The event, after up to two words that qualify it (`a recent televised interview`, `the
    // committee hearing`, `a news conference`).
    let mut extra = 0;
    for (n, w) in words.take(3).enumerate() {
        // (The word up to its first mark: `interview.` then a line break and the next paragraph.)
        let noun = &w[..w.find(|c: char| !c.is_alphabetic()).unwrap_or(w.len())];
        if matches!(noun, "interview" | "briefing" | "speech" | "rally" | "hearing" | "debate" | "conference") {
            return len + extra + 1 + noun.len();
        }
        if n == 2 || noun.len() != w.len() || noun.is_empty() || !noun.chars().all(|c| c.is_alphabetic()) {
            break;
        }
        extra += 1 + w.len();
    }
    0
}

/// Auxiliaries, negation and adverbs that stand in a verb group before its verb: the words
/// that may stand between a speaker and the cue ([`attribution::np::is_between`]) but the
/// day's time words (`yesterday said` keeps no `yesterday`), and negation (`did not say`).
fn in_verb_group(word: &str) -> bool {
    let w = word.replace('\u{2019}', "'");
    let w = w.as_str();
    if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
        return false;
    }
    let between = |w: &str| {
        attribution::np::is_between(w) && !matches!(w, "yesterday" | "today" | "tonight" | "earlier" | "last")
    };
    between(w)
        || matches!(w, "not" | "never" | "ever")
        || w.strip_suffix("n't").is_some_and(|aux| between(aux) || matches!(aux, "ca" | "wo"))
}

/// An infinitive content with its `to`, and the addressee it is asked of (`plans to close the
/// bridge`, `urged his supporters to check out …`), the convention of political-news
/// attribution corpora; `decided not to …` already starts at `not`.
fn with_infinitive(text: &str, content: Span, cue: Option<Span>, direct: bool) -> Span {
    let Some(cue) = cue.filter(|c| !direct && c.end <= content.start) else { return content };
    let between = &text[cue.end..content.start];
    let Some(before_to) = between.strip_suffix("to ").filter(|b| b.ends_with(' ')) else { return content };
    let to = content.start - "to ".len();
    let addressee = before_to.trim();
    if addressee.is_empty() {
        return Span::new(to, content.end);
    }
    // (The addressee: a few plain words after a verb that takes one, `told her`, `asked the
    // governments of the region`.)
    let cue_word = text[cue.start..cue.end].rsplit(' ').next().unwrap_or("");
    let lemma = lexicon::lookup(&crate::text::Lower::new(cue_word)).map(|l| l.2);
    let plain = addressee.split(' ').count() <= 8
        && addressee.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '\'' | '\u{2019}' | '-' | '.'));
    // (`called on police to release the videos`: the phrasal verb asks it of its object.)
    let cue_text = crate::text::Lower::new(&text[cue.start..cue.end]);
    let called_on = (cue_text.ends_with(" on") || cue_text.ends_with(" upon")) && lexicon::lookup(&cue_text).is_some();
    if plain && (lemma.is_some_and(crate::attribution::takes_addressee) || called_on) {
        Span::new(cue.end + (before_to.len() - before_to.trim_start().len()), content.end)
    } else {
        content
    }
}

/// An indirect question's content with the word that asks it (`wondered whether the
/// moderators will be fair`, `asked if the plan would work`): without it the content would
/// read as asserted.
fn with_question_word(text: &str, content: Span, cue: Option<Span>, direct: bool) -> Span {
    let Some(cue) = cue.filter(|c| !direct && c.end <= content.start) else { return content };
    let between = &text[cue.end..content.start];
    let Some(before) = between.strip_suffix(' ') else { return content };
    for word in ["whether", "if"] {
        let at = before.len().saturating_sub(word.len());
        // (Never inside a character: `MSNBC’s`.)
        if before.get(at..).is_some_and(|w| w.eq_ignore_ascii_case(word)) && (at == 0 || before[..at].ends_with(' ')) {
            return Span::new(cue.end + at, content.end);
        }
    }
    content
}

/// A direct quotation's content as printed: with the quotation marks around it and the
/// punctuation inside the closing mark (`"We will win,"`), the convention of news
/// attribution corpora. Indirect content is left as it is.
fn quoted_as_printed(text: &str, content: Span, direct: bool) -> Span {
    if !direct {
        return content;
    }
    // (Some outlets print a right mark to open too: `”Fear. I am truly afraid …”`.)
    const OPEN: &[&str] = &["\"", "\u{201c}", "\u{2018}", "''", "'", "\u{201d}"];
    const CLOSE: &[&str] = &["\"", "\u{201d}", "\u{2019}", "''", "'"];
    let before = &text[..content.start];
    let start = OPEN.iter().find(|m| before.ends_with(*m)).map_or(content.start, |m| content.start - m.len());
    let after = &text[content.end..];
    // (Up to two marks of punctuation inside the closing mark: `,"`, `?"`, `."`, `—"`.)
    let inner: usize = after
        .chars()
        .take(2)
        .take_while(|c| matches!(c, ',' | '.' | '?' | '!' | ';' | ':' | '\u{2014}'))
        .map(char::len_utf8)
        .sum();
    // (… and a space typed inside a straight closing mark: `… outreach,' " he told`.)
    let spaced = usize::from(after[inner..].starts_with(" \" "));
    let end = CLOSE
        .iter()
        .find(|m| after[inner + spaced..].starts_with(*m))
        .map_or(content.end, |m| content.end + inner + spaced + m.len());
    // (Both marks, or none: a lone mark belongs to a quotation that runs on.)
    match (start < content.start, end > content.end) {
        (true, true) => Span::new(start, end),
        _ => content,
    }
}

/// The speaker as written, with the mark that closes an aside inside it when the
/// cue follows: `Scott Pruitt, the attorney general of Oklahoma, said` gives
/// `Scott Pruitt, the attorney general of Oklahoma,` and `Kall -- co-editor of a
/// book -- said` keeps its closing dash. The aside's marks come in pairs, and
/// annotators of news attribution keep the pair with the speaker.
fn with_closing_mark(text: &str, phrase: Span, cue: Option<Span>) -> Span {
    let inside = &text[phrase.start..phrase.end];
    let rest = &text[phrase.end..];
    // (The cue after the speaker, or before it with a phrase of the frame after the aside:
    // `…," said Rep. Elijah Cummings, the top Democrat on the committee, in a statement.`)
    let room = cue.map_or(0, |c| if c.end <= phrase.start { usize::MAX } else { c.start.saturating_sub(phrase.end) });
    let mark = [(", ", ","), (" -- ", " --"), (" \u{2014} ", " \u{2014}"), ("\u{2014}", "\u{2014}")]
        .into_iter()
        .find(|(open, close)| inside.contains(open) && rest.starts_with(close));
    match mark {
        Some((_, close)) if close.len() <= room => Span::new(phrase.start, phrase.end + close.len()),
        _ => phrase,
    }
}

/// Removes repeated ids, keeping the first of each in place.
fn dedup_in_order(ids: &mut Vec<String>) {
    // The first `kept` ids are the distinct ones so far, in order: no copies.
    let mut kept = 0;
    for r in 0..ids.len() {
        if !ids[..kept].contains(&ids[r]) {
            ids.swap(kept, r);
            kept += 1;
        }
    }
    ids.truncate(kept);
}

/// Words that may follow a claim's subject as its verb (besides `-ed` and `-s` forms).
const VERBISH: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must",
    "should", "shall", "did", "does", "do", "said", "says", "also", "later", "then", "now", "still", "never",
    "already", "became", "began", "met", "made", "took", "went", "saw", "won", "lost", "led", "held", "told",
];

/// The leading subject [`coref::leading_subject`] finds in `core`, when it is
/// the whole subject: a pronoun or name, or a description directly followed by
/// its verb (`The city hosted …`), not the head of a longer phrase (`The company
/// that operates the dam …`, `The state civil defence agency …`), which is left
/// as written rather than guessed.
fn subject_then_verb(text: &str, core: Span) -> Option<Span> {
    let subj = coref::leading_subject(text, core)?;
    let subject = &text[subj.start..subj.end];
    if !subject.contains(' ') {
        return Some(subj);
    }
    let rest = text.get(subj.end..core.end.max(subj.end)).unwrap_or("");
    let next = rest.split_whitespace().next()?;
    let next = next.trim_end_matches([',', '.', ';', ':']);
    let verb = next.starts_with(char::is_lowercase)
        && (VERBISH.contains(&next)
            || next.len() > 4 && next.ends_with("ed")
            || next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"));
    verb.then_some(subj)
}

/// The certainty (with hedges) of a unit's core and the time of its span.
///
/// A clause read as asserted whose own time lies after `published` is read
/// again with [`modality::certainty_at`] (a future event cannot be asserted:
/// `planned`); the claim's time must agree, so a future date elsewhere in a
/// clause does not make a present fact planned. Certainty and time run once
/// per unit otherwise (the time of a unit whose span is its core takes the
/// certainty already read).
fn certainty_and_time(
    text: &str,
    u: &statement::Unit,
    published: Option<NaiveDate>,
    core_words: &words::ClauseWords<'_>,
    body_start: usize,
) -> (Certainty, Vec<Span>, Option<claims_model::TimeRef>) {
    let (c, hedges) = modality::certainty_words(text, core_words);
    // The claim's own time (in its core: `… will visit Budapest next month`) comes
    // before the time of its report (`…, his office said on Saturday`).
    let own = temporal::time_words(text, core_words, published, c);
    // (What `certainty_at` reads of the core's own time, read already.)
    let own_time = own.as_ref().map(|t| (t.date, t.span));
    // (The frame's time, never the dateline's: `KARSA, March 4 (Reuters) - …, X said on Monday`.)
    let frame = Span::new(u.span.start.max(body_start).min(u.span.end), u.span.end);
    let time = if u.span == u.core { own } else { own.or_else(|| temporal::time(text, frame, published)) };
    let future = time.as_ref().and_then(|t| t.date).zip(published).is_some_and(|(d, p)| d > p);
    if c == Certainty::Asserted && future {
        // (`modality::certainty_at` of the core, from its words read once.)
        let (c, hedges) = modality::certainty_at_words(text, u.core, core_words, published, (c, hedges), own_time);
        return (c, hedges, time);
    }
    (c, hedges, time)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(t: &str) -> Extraction {
        extract(t, &Options { published: NaiveDate::from_ymd_opt(2023, 11, 9), ..Default::default() })
    }

    /// One field of each claim's speaker, in order.
    fn speakers_by(t: &str, field: impl Fn(&Speaker) -> String) -> Vec<String> {
        run(t).claims.iter().filter_map(|c| c.attribution.as_ref()?.speaker.as_ref().map(&field)).collect()
    }

    /// The claims' statements, in order.
    fn statements(t: &str) -> Vec<String> {
        run(t).claims.into_iter().map(|c| c.statement).collect()
    }

    #[test]
    fn an_infinitive_content_keeps_its_to_and_its_addressee() {
        let contents = |t: &str| -> Vec<String> {
            run(t).claims.iter().filter_map(|c| Some(c.attribution.as_ref()?.content.text.clone())).collect()
        };
        assert_eq!(contents("The mayor plans to close the bridge in May."), ["to close the bridge in May"]);
        assert_eq!(
            contents("Police urged anyone with information to come forward."),
            ["anyone with information to come forward"]
        );
        assert_eq!(contents("The council decided not to recommend charges."), ["not to recommend charges"]);
        // (A clause is left as it is, and the statement reads whole.)
        assert_eq!(contents("The mayor said the bridge would close."), ["the bridge would close"]);
        assert_eq!(
            statements("The mayor plans to close the bridge in May."),
            ["The mayor plans to close the bridge in May"]
        );
    }

    #[test]
    fn a_new_text_at_the_same_address_is_read_afresh() {
        // Two texts of one length in one buffer, each read as an extraction reads it: the
        // clues of the first must not answer for the second (the memo knows a text by its
        // address only within one extraction).
        let a = "Alex Reid spoke. Alex Reid said he would run again. ";
        let b = "Alex Reid spoke. Alex Reid said she would run again.";
        assert_eq!(a.len(), b.len());
        let mut buf = String::with_capacity(a.len());
        let mut read = |t: &str| {
            buf.clear();
            buf.push_str(t);
            let _in_hand = crate::coref::TextInHand::new(&buf);
            (buf.as_ptr(), crate::coref::gender(&buf, "Alex Reid"))
        };
        let (at_a, ga) = read(a);
        let (at_b, gb) = read(b);
        assert_eq!(at_a, at_b);
        assert_eq!(ga, crate::coref::gender(a, "Alex Reid"));
        assert_eq!(gb, crate::coref::gender(b, "Alex Reid"));
        assert_ne!(ga, gb);
    }

    #[test]
    fn it_after_a_body_that_speaks_is_the_body() {
        let e = run("The charity, Bright Futures, said that it had hired an auditor. The company said its profits fell. The ministry said it was too early to say whether prices would fall.");
        let st: Vec<&str> = e.claims.iter().map(|c| c.statement.as_str()).collect();
        assert!(st.contains(&"Bright Futures had hired an auditor"), "{st:?}");
        assert!(st.contains(&"The company's profits fell"), "{st:?}");
        assert!(st.contains(&"It was too early to say whether prices would fall"), "{st:?}");
    }

    #[test]
    fn a_hedged_subordinate_clause_is_not_asserted() {
        let e = run("While the talks were expected to focus on trade, the ministers signed a deal on gas prices.");
        let c = e.claims.iter().find(|c| c.statement.contains("talks")).expect("talks claim");
        assert_eq!(c.certainty, Certainty::Expected);
    }

    #[test]
    fn an_intention_or_a_commitment_is_planned() {
        for t in ["Labour plans to scrap tuition fees.", "The general has vowed to resume the offensive."] {
            let e = run(t);
            assert_eq!(e.claims.len(), 1, "{t}");
            assert_eq!(e.claims[0].certainty, Certainty::Planned, "{t}");
        }
        // A request is no plan of the speaker's.
        let e = run("Labour urged voters to back the plan.");
        assert_eq!(e.claims[0].certainty, Certainty::Asserted);
    }

    #[test]
    fn a_quoted_phrase_noted_reads_with_its_speaker() {
        let e = run("Observers said voting was peaceful but noted \"serious logistical problems\" in rural areas.");
        assert!(
            e.claims.iter().any(|c| c.statement == "Observers noted \"serious logistical problems\" in rural areas"),
            "{:?}",
            e.claims.iter().map(|c| &c.statement).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_report_posted_on_a_platform_names_the_post() {
        let e = run("The minister said on Telegram that the bridge was hit. He was on X all day, his aide said.");
        let posts: Vec<&str> =
            e.sources.iter().filter(|s| s.kind == SourceKind::SocialPost).map(|s| s.name.as_str()).collect();
        assert_eq!(posts, ["The minister on Telegram"]);
    }

    #[test]
    fn a_pronoun_in_a_quote_is_not_the_speaker() {
        let e = run("\"My client acted in good faith,\" said the lawyer, Priya Raman. \"He looks forward to clearing his name.\"");
        let c = e.claims.iter().find(|c| c.statement.contains("looks forward")).expect("continued quote");
        assert!(c.statement.starts_with("He "), "{}", c.statement);
    }

    #[test]
    fn the_accused_stands_in_a_passive_accusation() {
        let e = run("Daniel Hargreaves, 58, is accused of steering the contract to a friend's company.");
        assert_eq!(e.claims.len(), 1, "{:?}", e.claims);
        assert!(e.claims[0].statement.starts_with("Daniel Hargreaves"), "{}", e.claims[0].statement);
    }

    #[test]
    fn a_denial_negates_the_speakers_stance() {
        let e = run("The ministry denied that troops had crossed the border on Tuesday.");
        let c = e.claims.iter().find(|c| c.attribution.is_some()).expect("attributed claim");
        assert!(c.negated, "{c:?}");
    }

    #[test]
    fn an_outlet_speaker_is_one_outlet_source() {
        let e = run("Prices of bread rose by 12 percent in October, according to Reuters.");
        let reuters: Vec<_> = e.sources.iter().filter(|s| s.name == "Reuters").collect();
        assert_eq!(reuters.len(), 1, "{:?}", e.sources);
        assert_eq!(reuters[0].kind, SourceKind::Outlet);
    }

    #[test]
    fn the_publisher_backs_its_own_claims() {
        let opts = Options { outlet: Some("Daily Example".into()), ..Default::default() };
        let e = extract("The city council approved a budget of $4 million on Monday.", &opts);
        let id = &e.sources.iter().find(|s| s.name == "Daily Example").expect("publisher").id;
        assert!(e.claims.iter().all(|c| c.sources.contains(id)));
    }

    #[test]
    fn a_pronoun_after_a_possessive_speaker_is_the_possessors() {
        // `His lawyer said he would appeal`: he is the client, not the lawyer.
        assert_eq!(statements("His lawyer said he would appeal the ruling."), ["He would appeal the ruling"]);
        assert_eq!(statements("The mayor said he would run again."), ["The mayor would run again"]);
        // (A bracket the frame leaves open is no part of the writer's claim.)
        let s = statements("Clinton was diagnosed on Friday (her doctor said she has pneumonia).");
        assert_eq!(s, ["Clinton was diagnosed on Friday", "She has pneumonia"]);
    }

    #[test]
    fn pronoun_subjects_are_resolved_in_statements() {
        let e = run("Russia remains a key partner. It has renewed investments in the energy sector.");
        assert!(e.claims.iter().any(|c| c.statement.starts_with("Russia has renewed")), "{:?}", e.claims);
    }

    #[test]
    fn dedup_keeps_first_of_each_in_order() {
        let mut v: Vec<String> = ["a", "b", "a", "c", "b"].iter().map(|s| s.to_string()).collect();
        dedup_in_order(&mut v);
        assert_eq!(v, ["a", "b", "c"]);
    }

    #[test]
    fn the_output_speaker_is_the_designation_as_written() {
        let speakers = |t: &str| speakers_by(t, |s| s.text.clone());
        // A quote continuation names its speaker as the frame it continues did.
        let t = "\"We will win this seat,\" Ms. Moore said. \"Nobody expected us to get this far in a year.\"";
        assert_eq!(speakers(t), ["Ms. Moore", "Ms. Moore"]);
        // A participle frame shares the designation of the clause's speaker, party label included.
        let t =
            "Sen. David Perdue (R-Ga.) said the attacks did not hurt Romney, arguing that divisions were the problem.";
        assert_eq!(speakers(t), ["Sen. David Perdue (R-Ga.)", "Sen. David Perdue (R-Ga.)"]);
        // The words that make a role specific, when they open the phrase.
        let t = "Trump campaign spokesman Jason Miller said the debate was rigged.";
        assert_eq!(speakers(t), ["Trump campaign spokesman Jason Miller"]);
        let e = run(t);
        assert_eq!(
            e.claims[0].attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.as_str()),
            Some("Jason Miller")
        );
        let cues = |t: &str| -> Vec<String> {
            run(t).claims.iter().filter_map(|c| c.attribution.as_ref()?.cue.as_ref().map(|s| s.text.clone())).collect()
        };
        // A verb cue carries its auxiliaries, negation and adverbs…
        assert_eq!(cues("Officials have also warned that prices will rise."), ["have also warned"]);
        assert_eq!(cues("Smith repeatedly noted that the deal was signed."), ["repeatedly noted"]);
        assert_eq!(cues("\"It is over,\" she has said."), ["has said"]);
        assert_eq!(cues("He is calling for a recount in three counties."), ["is calling for"]);
        // … and a bare day word and the colon that opens its content.
        assert_eq!(cues("Moore said Friday: \"It is a dog whistle.\""), ["said Friday:"]);
        assert_eq!(cues("\"It is over,\" she said Monday."), ["said Monday"]);
        assert_eq!(cues("He said today's vote was rigged."), ["said"]);
        let t = "He said Friday's vote was rigged.";
        assert_eq!(with_day_and_colon(t, Span::new(3, 7), 8), Span::new(3, 7));
        // … and a raising verb before it.
        assert_eq!(cues("She seemed to say that the plan had failed."), ["seemed to say"]);
        // … and the occasion of the speaking (not a document, its channel).
        assert_eq!(cues("Smith said in an interview that the plan would fail."), ["said in an interview"]);
        assert_eq!(cues("\"The plan will fail,\" Smith said in a recent interview."), ["said in a recent interview"]);
        // (Before a line break and the next paragraph too.)
        assert_eq!(
            cues("\"The plan will fail,\" Smith said in an interview.\n\nMore followed."),
            ["said in an interview"]
        );
        assert_eq!(cues("Flynn said Thursday morning that the plan would fail."), ["said Thursday morning"]);
        assert_eq!(cues("The aide said at a briefing Monday that talks had stalled."), ["said at a briefing Monday"]);
        assert_eq!(cues("Smith said in the letter that the plan would fail."), ["said"]);
        assert_eq!(cues("Smith said in a news conference: \"We will win.\""), ["said in a news conference:"]);
        assert_eq!(
            cues("Those workers, Smith explained earlier in the committee hearing, were well paid."),
            ["explained earlier in the committee hearing"]
        );
        // … and a time adverb (`said later that …`; `adding later, "…"`).
        assert_eq!(cues("The aide said later that talks had stalled."), ["said later"]);
        assert_eq!(cues("\"We tried,\" she said, adding later, \"It is over.\""), ["said", "adding later"]);
        // … but never the speaker's words, a nominal cue's article, or words over punctuation.
        assert_eq!(cues("The family said the fire was an accident."), ["said"]);
        assert_eq!(cues("According to the police, two people died."), ["According to"]);
        assert_eq!(cues("\"We will win,\" said Ms. Moore, the candidate."), ["said"]);
        // A role in apposition before the name, without a conjunction before it.
        let t = "But the bank's chief economist, Ana M. Ruiz, said rates would rise.";
        assert_eq!(speakers(t), ["the bank's chief economist, Ana M. Ruiz,"]);
        // The body a person is of, when the cue follows it.
        assert_eq!(speakers("Mr. Morgan of the Sierra Club said the rule failed."), ["Mr. Morgan of the Sierra Club"]);
        assert_eq!(speakers("Mr. Morgan said the rule of the agency failed."), ["Mr. Morgan"]);
        // An aside inside the speaker keeps its closing mark when the cue follows…
        let t = "Scott Pruitt, the attorney general of Oklahoma, said the rule was illegal.";
        assert_eq!(speakers(t), ["Scott Pruitt, the attorney general of Oklahoma,"]);
        let t = "Ann Kall -- co-editor of a book on the debates -- said the format favoured him.";
        assert_eq!(speakers(t), ["Ann Kall -- co-editor of a book on the debates --"]);
        // … or closed by a comma after the cue, before a phrase of the frame.
        let t = "\"It was a mistake,\" said Rep. Elijah Cummings, the top Democrat on the panel, in a statement.";
        assert_eq!(speakers(t), ["Rep. Elijah Cummings, the top Democrat on the panel,"]);
        // A party and state, and a group's members, are asides too.
        let t = "Senator Dianne Feinstein, Democrat of California, said the program had failed.";
        assert_eq!(speakers(t), ["Senator Dianne Feinstein, Democrat of California,"]);
        let t = "Proponents, including the Conference of Mayors, say the program creates jobs.";
        assert_eq!(speakers(t), ["Proponents, including the Conference of Mayors,"]);
        // A name in apposition to a role with its phrase is the speaker's name.
        let e = run("A lawyer for the news outlets, David Schulz, said the records were public.");
        let name = e.claims[0].attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.clone());
        assert_eq!(name.as_deref(), Some("David Schulz"));
        // … but a comma after a plain name, or an aside after the cue, is no part of it.
        let t = "Pruitt, in a statement, said the rule was illegal.";
        assert_eq!(speakers(t), ["Pruitt"]);
        let t = "The rule is illegal, said Scott Pruitt, the attorney general of Oklahoma.";
        assert_eq!(speakers(t), ["Scott Pruitt, the attorney general of Oklahoma"]);
    }

    #[test]
    fn a_question_keeps_the_word_that_asks_it() {
        let v = extract("Trump has repeatedly wondered whether the moderators will be fair.", &Options::default());
        assert_eq!(v.claims[0].attribution.as_ref().unwrap().content.text, "whether the moderators will be fair");
        // (Never inside a character before it.)
        let t = "MSNBC’s host said the vote was rigged.";
        assert_eq!(with_question_word(t, Span::new(25, 37), Some(Span::new(16, 20)), false), Span::new(25, 37));
    }

    #[test]
    fn a_closing_mark_after_a_space_is_printed() {
        let t = "\"I've always been insulted with the term 'outreach,' \" he told the group.";
        let v = extract(t, &Options::default());
        let a = v.claims[0].attribution.as_ref().unwrap();
        assert_eq!(a.content.text, "\"I've always been insulted with the term 'outreach,' \"");
    }

    #[test]
    fn a_right_mark_that_opens_a_quote_is_printed() {
        let v = extract("”Fear. I am truly afraid that he will win.”\n― Edwin G. Monroy\n", &Options::default());
        let a = v.claims[0].attribution.as_ref().unwrap();
        assert_eq!(a.content.text, "”Fear. I am truly afraid that he will win.”");
    }

    #[test]
    fn called_on_keeps_whom_it_asks() {
        let v = extract("Palmieri called on Trump to stop attacking Machado.", &Options::default());
        let a = v.claims[0].attribution.as_ref().unwrap();
        assert_eq!(a.content.text, "Trump to stop attacking Machado");
    }

    #[test]
    fn his_or_her_opening_reported_speech_is_the_named_speakers() {
        let t = "A spokeswoman, Renee Pak, said fences had been repaired. Sheriff Tom Ellery said his deputies had issued 40 citations.";
        assert_eq!(statements(t)[1], "Tom Ellery's deputies had issued 40 citations");
        // A participle frame after the writer's clause reads in the past.
        let t = "Governor Ruiz vetoed the bill, calling it \"unworkable.\"";
        assert_eq!(statements(t), ["Governor Ruiz vetoed the bill", "Ruiz called it \"unworkable.\""]);
    }

    #[test]
    fn a_body_named_by_its_noun_alone_is_the_body_named_before() {
        let names = |t: &str| speakers_by(t, |s| s.name.clone());
        let t =
            "The National Weather Service had forecast 6 inches. The storm dropped 14 inches, according to the agency.";
        assert_eq!(names(t), ["National Weather Service"]);
        let t = "The quarry's owner, Granite Holdings, declined to comment. The company has said it bears no responsibility.";
        assert_eq!(names(t), ["Granite Holdings"]);
        // (Not one a restrictive clause describes anew.)
        let t = "Granite Holdings declined to comment. The company that operates the dam denied the report.";
        assert_eq!(names(t), ["The company"]);
    }

    #[test]
    fn they_opening_reported_speech_after_a_group_is_the_group() {
        assert_eq!(statements("Police said they had arrested two men."), ["Police had arrested two men"]);
        assert_eq!(
            statements("The family said in a statement that they did not blame the friends."),
            ["The family did not blame the friends"]
        );
        // (Not after one person: `they` is someone else.)
        assert_eq!(statements("Smith said they had arrested two men."), ["They had arrested two men"]);
    }

    #[test]
    fn he_or_she_opening_reported_speech_is_the_speaker() {
        let e = run("Commissioner Andy Roe praised the crews. The building's owner told the Evening Standard he had no idea the warehouse was being used.");
        assert!(
            e.claims.iter().any(|c| c.statement.starts_with("The building's owner had no idea")),
            "{:?}",
            e.claims.iter().map(|c| &c.statement).collect::<Vec<_>>()
        );
        // A pronoun whose gender the speaker's name contradicts is left alone.
        let e = run("Mayor Anna Keller said he would resign.");
        assert_eq!(e.claims[0].statement, "He would resign");
    }
}
