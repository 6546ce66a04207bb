//! Claim units (clauses) and their short, self-contained core statements.

use claims_model::{Sentence, Span};

use crate::attribution::Found;
use crate::posts::Post;

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

/// Turns sentences, attributions and posts into claim units.
pub fn units(text: &str, sentences: &[Sentence], found: &[Found], posts: &[Post]) -> Vec<Unit> {
    let mut out = Vec::new();
    for s in sentences {
        let span = s.span();
        let attribution = found.iter().position(|f| f.sentence == s.index);
        let post = posts.iter().position(|p| p.body.contains(&span));
        let core = attribution.and_then(|a| found[a].content.first().copied()).unwrap_or(span);
        out.push(Unit {
            sentence: s.index,
            span,
            core,
            statement: text[core.start..core.end].trim_end_matches('.').to_string(),
            attribution,
            post,
        });
    }
    out
}
