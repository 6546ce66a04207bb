//! The plain data types of the `claims` interface contract (`SPEC.md`) and the
//! stable id scheme.
//!
//! Every type here serialises to the JSON the command-line tool prints. Field
//! names are snake_case; a field with no value is `null` or an empty list, never
//! missing. All offsets are UTF-8 byte offsets into the article text as read.

pub mod diff;
pub mod ids;
pub mod schema;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use diff::{Change, ChangeKind, ChangeType, DiffReport, DocRef, SourceChanges, Summary, WordOp, WordOpKind};

/// A half-open byte range `[start, end)` into the article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }
    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// True when `other` lies wholly inside `self`.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// The text this span covers in `text`.
    ///
    /// # Panics
    /// When the span is out of bounds or not on char boundaries.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
}

/// A piece of text with its own span (`{"start", "end", "text"}`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct Mention {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `text[start..end]`.
    pub text: String,
}

impl Mention {
    /// The mention of `span` in `text`.
    pub fn from_span(text: &str, span: Span) -> Self {
        Mention { start: span.start, end: span.end, text: text[span.start..span.end].to_string() }
    }
    /// The span of this mention.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A piece of text with its span nested (`{"text", "span": {…}}`): cues, content, hedges.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct SpannedText {
    /// `input[span.start..span.end]`.
    pub text: String,
    /// Where the text stands in the input.
    pub span: Span,
}

impl SpannedText {
    /// The spanned text of `span` in `input`.
    pub fn from_span(input: &str, span: Span) -> Self {
        SpannedText { text: input[span.start..span.end].to_string(), span }
    }
}

/// One sentence of an article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Sentence {
    /// Position in the article, from 0.
    pub index: usize,
    /// First byte of the sentence (no leading white space).
    pub start: usize,
    /// One past the last byte (no trailing white space).
    pub end: usize,
    /// The sentence text, `input[start..end]`.
    pub text: String,
}

impl Sentence {
    /// The span of this sentence.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A dateline that opens an article (`ASTANA (Kazakhstan):`, `WASHINGTON (AP) —`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Dateline {
    /// The place named, as written (`ASTANA`).
    pub place: String,
    /// The whole dateline text including its punctuation.
    pub text: String,
    /// Where the dateline stands.
    pub span: Span,
}

/// Metadata of one article version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Article {
    /// Content address of the article text (see [`ids::article_id`]).
    pub id: String,
    /// Publication date, from `--published` or the page.
    pub published: Option<NaiveDate>,
    /// The publisher of the article itself.
    pub outlet: Option<String>,
    /// Where the article was read from.
    pub url: Option<String>,
    /// The opening dateline, if any.
    pub dateline: Option<Dateline>,
    /// Headline, when the input gives one (HTML title, Markdown heading).
    #[serde(default)]
    pub headline: Option<String>,
    /// Byline author, when the input gives one.
    #[serde(default)]
    pub author: Option<String>,
    /// Last modification date, when the input gives one.
    #[serde(default)]
    pub modified: Option<NaiveDate>,
}

/// What kind of thing a source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A named or unnamed person.
    Person,
    /// A company, agency, government body, party, institution.
    Organization,
    /// A country, city or region speaking as an actor (`Iran said`).
    Place,
    /// A group of people (`diplomats`, `officials`, `critics`).
    Group,
    /// A news outlet or wire service.
    Outlet,
    /// A social-media post pasted or embedded in the article.
    SocialPost,
    /// A URL.
    Link,
    /// A document, report, study or data set.
    Document,
}

/// Where claims come from: a speaker, an outlet, a pasted post, a link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// Stable id (see [`ids::source_id`]).
    pub id: String,
    /// What kind of source this is.
    pub kind: SourceKind,
    /// Canonical name (`Vladimir Putin`, `Al Arabiya English`, or the URL for links).
    pub name: String,
    /// Social-media handle with its `@`.
    pub handle: Option<String>,
    /// The source's URL (a post's status link, a link's address).
    pub url: Option<String>,
    /// Date of a post or dated document.
    pub date: Option<NaiveDate>,
    /// Role or title split off the name (`Russian President`).
    pub role: Option<String>,
    /// Every place the source is named or stands in the text.
    pub mentions: Vec<Mention>,
    /// Other URLs the source carries (a post's links and picture links).
    #[serde(default)]
    pub urls: Vec<String>,
}

/// The kind of a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// The publisher's own statement.
    Assertion,
    /// Quoted words of a speaker.
    DirectQuote,
    /// Reported speech, belief or intention of a speaker.
    IndirectQuote,
    /// A sentence of a pasted or embedded social-media post.
    SocialPost,
}

/// What an attribution reports: speech, a document, a belief or an intention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AttributionType {
    /// Said, told, announced, wrote.
    Speech,
    /// A report, study, letter, post or data set documents it.
    Document,
    /// Believes, thinks, considers, fears.
    Belief,
    /// Plans, intends, wants, is willing.
    Intention,
}

/// Who made a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Speaker {
    /// Canonical name (pronouns and short names resolved where the text allows).
    pub name: String,
    /// The mention as written: in this claim's sentence, or for a quote
    /// continuation the earlier mention that introduced the quote.
    pub text: String,
    /// Where the mention stands.
    pub span: Span,
    /// The id of the speaker's source.
    pub source: Option<String>,
}

/// Who said what, how.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Attribution {
    /// The speaker, `null` when unexpressed (`it was reported`, `allegedly`).
    pub speaker: Option<Speaker>,
    /// The reporting cue (`said`, `according to`, `:`), `null` for quote continuations.
    pub cue: Option<SpannedText>,
    /// The reported content as one span (first to last part).
    pub content: SpannedText,
    /// When the content is interrupted (`"…," he said, "…"`): each part's span.
    pub content_parts: Vec<SpannedText>,
    /// True when the whole content is quoted material.
    pub direct: bool,
    /// Speech, document, belief or intention.
    #[serde(rename = "type")]
    pub kind: AttributionType,
}

/// How sure the claim is that it happened or holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    /// Stated as fact.
    Asserted,
    /// Expected to happen (`were expected in`, `is expected to`).
    Expected,
    /// Planned or scheduled (`is set to`, `will`, `plans to`).
    Planned,
    /// Possible (`may`, `could`, `might`).
    Possible,
    /// Reported second hand (`reportedly`, `allegedly`, `is said to`).
    Reported,
    /// Open (`it is unclear whether`, questions).
    Uncertain,
}

impl Certainty {
    /// The snake_case name used in JSON.
    pub fn as_str(&self) -> &'static str {
        match self {
            Certainty::Asserted => "asserted",
            Certainty::Expected => "expected",
            Certainty::Planned => "planned",
            Certainty::Possible => "possible",
            Certainty::Reported => "reported",
            Certainty::Uncertain => "uncertain",
        }
    }
}

/// A time expression resolved to a date where possible.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TimeRef {
    /// The expression as written (`Thursday`, `last week`).
    pub text: String,
    /// The resolved date, `null` when it cannot be resolved (no published date, vague).
    pub date: Option<NaiveDate>,
    /// Where the expression stands.
    pub span: Span,
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation.
    Organization,
    /// A country, city, region.
    Place,
    /// A group of people, nationality used as a group.
    Group,
    /// An event, law, project or other named thing.
    Other,
}

/// A named entity mentioned in a claim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Entity {
    /// Canonical name (`Kazakhstan` for `Kazakh`).
    pub name: String,
    /// As written.
    pub text: String,
    /// What kind of entity.
    pub kind: EntityKind,
    /// Where it stands.
    pub span: Span,
}

/// How two claims of one article relate (see the matcher).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same fact.
    Same,
    /// One updates the other (planned → happened).
    Updates,
    /// Polarity or a number differs.
    Contradicts,
}

/// A link from one claim to another claim of the same article that reports the same fact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Corroboration {
    /// The other claim's id.
    pub claim: String,
    /// How the two relate.
    pub relation: Relation,
    /// Matcher score in 0..1.
    pub score: f64,
}

/// One checkable claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Claim {
    /// Stable id (see [`ids::claim_id`]).
    pub id: String,
    /// The core claim, short and self-contained.
    pub statement: String,
    /// The text the claim was read from, `input[span]`.
    pub text: String,
    /// Where `text` stands.
    pub span: Span,
    /// Index of the sentence the claim starts in.
    pub sentence: usize,
    /// Assertion, direct or indirect quote, social post.
    pub kind: ClaimKind,
    /// Who made the claim; `null` for the publisher's own assertion.
    pub attribution: Option<Attribution>,
    /// How sure the claim is.
    pub certainty: Certainty,
    /// The words that set the certainty.
    pub hedges: Vec<SpannedText>,
    /// True when the main predicate is negated.
    pub negated: bool,
    /// The claim's time, resolved against the published date.
    pub time: Option<TimeRef>,
    /// Named entities in the claim.
    pub entities: Vec<Entity>,
    /// Ids of every source backing the claim.
    pub sources: Vec<String>,
    /// 0..1, how much the claim deserves a fact-check.
    pub checkworthy: f64,
    /// Other claims of the article that report the same fact.
    #[serde(default)]
    pub corroborations: Vec<Corroboration>,
}

impl Claim {
    /// A publisher's own plain assertion of `statement` standing at `span`
    /// (its text is the statement): asserted, unattributed, with its stable id
    /// and every other field empty. Set further fields with struct update syntax.
    pub fn assertion(statement: &str, span: Span) -> Claim {
        Claim {
            id: ids::claim_id(statement, None),
            statement: statement.into(),
            text: statement.into(),
            span,
            sentence: 0,
            kind: ClaimKind::Assertion,
            attribution: None,
            certainty: Certainty::Asserted,
            hedges: vec![],
            negated: false,
            time: None,
            entities: vec![],
            sources: vec![],
            checkworthy: 0.0,
            corroborations: vec![],
        }
    }
}

/// The output of `claims extract`: one article, its sentences, sources and claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Extraction {
    /// Article metadata.
    pub article: Article,
    /// Sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Every source of the article.
    pub sources: Vec<Source>,
    /// Every claim, in text order.
    pub claims: Vec<Claim>,
    /// The text the offsets refer to, when it differs from the input bytes
    /// (an HTML or Markdown page reduced to its article text); `null` for plain text.
    #[serde(default)]
    pub text: Option<String>,
}
