//! The whole pipeline: text in, [`Extraction`] out.

use chrono::NaiveDate;
use claims_model::{
    ids, Article, Attribution, Claim, ClaimKind, Extraction, Mention, SourceKind, SpannedText, Speaker,
};

use crate::{attribution, checkworthy, entities, modality, negation, posts, segment, sources, statement, temporal};

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
    let sentences = segment::segment(text);
    let dateline = segment::dateline(text);
    let posts = posts::find_posts(text, &sentences);
    let found = attribution::find(text, &sentences, &posts);
    let units = statement::units(text, &sentences, &found, &posts);
    let links = posts::find_links(text);

    let mut registry = sources::Registry::new();
    if let Some(outlet) = &opts.outlet {
        registry.add(SourceKind::Outlet, outlet, None, None);
    }
    for o in posts::find_outlets(text, &sentences) {
        registry.add(SourceKind::Outlet, &o.name, None, Some(Mention::from_span(text, o.span)));
    }
    let post_ids: Vec<String> = posts
        .iter()
        .map(|p| {
            let name = p.name.clone().or_else(|| p.handle.clone()).unwrap_or_else(|| "unknown account".into());
            let mention = p.name_span.map(|s| Mention::from_span(text, s));
            let id = registry.add(SourceKind::SocialPost, &name, p.handle.as_deref(), mention);
            if let Some(s) = registry.get_mut(&id) {
                s.date = p.date;
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
    for u in &units {
        let mut claim_sources = Vec::new();
        let mut kind = ClaimKind::Assertion;
        let attr = u.attribution.map(|i| &found[i]).map(|f| {
            let speaker = f.speaker.map(|sp| {
                let name = f.speaker_name.clone().unwrap_or_else(|| text[sp.start..sp.end].to_string());
                let id = registry.add(f.speaker_kind, &name, None, Some(Mention::from_span(text, sp)));
                if let (Some(role), Some(s)) = (&f.role, registry.get_mut(&id)) {
                    s.role.get_or_insert_with(|| role.clone());
                }
                claim_sources.push(id.clone());
                Speaker { name, text: text[sp.start..sp.end].to_string(), span: sp, source: Some(id) }
            });
            kind = if f.direct { ClaimKind::DirectQuote } else { ClaimKind::IndirectQuote };
            let first = f.content.first().copied().unwrap_or(u.core);
            let last = f.content.last().copied().unwrap_or(u.core);
            Attribution {
                speaker,
                cue: f.cue.map(|c| SpannedText::from_span(text, c)),
                content: SpannedText::from_span(text, first.cover(&last)),
                content_parts: if f.content.len() > 1 {
                    f.content.iter().map(|c| SpannedText::from_span(text, *c)).collect()
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
        claim_sources.dedup();
        let (certainty, hedges) = modality::certainty(text, u.core);
        let speaker_name = attr.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.clone());
        let mut claim = Claim {
            id: ids::claim_id(&u.statement, speaker_name.as_deref()),
            statement: u.statement.clone(),
            text: text[u.span.start..u.span.end].to_string(),
            span: u.span,
            sentence: u.sentence,
            kind,
            attribution: attr,
            certainty,
            hedges: hedges.into_iter().map(|h| SpannedText::from_span(text, h)).collect(),
            negated: negation::negated(text, u.core),
            time: temporal::time(text, u.span, opts.published),
            entities: entities::entities(text, u.span),
            sources: claim_sources,
            checkworthy: 0.0,
            corroborations: Vec::new(),
        };
        claim.checkworthy = checkworthy::score(&claim);
        claims.push(claim);
    }
    let mut claim_ids: Vec<String> = claims.iter().map(|c| c.id.clone()).collect();
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
