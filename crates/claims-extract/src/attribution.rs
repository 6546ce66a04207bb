//! Attribution: who says, believes or intends what.

use claims_model::{AttributionType, Sentence, SourceKind, Span};

use crate::posts::Post;

/// One attribution found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Sentence the attribution's cue (or content) stands in.
    pub sentence: usize,
    /// The speaker mention in this sentence, if expressed.
    pub speaker: Option<Span>,
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
}

/// Finds every attribution of the article.
pub fn find(_text: &str, _sentences: &[Sentence], _posts: &[Post]) -> Vec<Found> {
    Vec::new()
}
