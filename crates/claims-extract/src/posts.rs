//! Pasted social posts (post text followed by a signature line) and links.

use chrono::NaiveDate;
use claims_model::{Mention, Sentence, Span};

/// A social-media post pasted into the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    /// The whole post: body and signature.
    pub span: Span,
    /// The post's own text (without the signature).
    pub body: Span,
    /// The signature line (`— Name (@handle) November 9, 2023`).
    pub signature: Option<Span>,
    /// The account's display name.
    pub name: Option<String>,
    /// Where the display name stands.
    pub name_span: Option<Span>,
    /// The account's handle with its `@`.
    pub handle: Option<String>,
    /// The post's date.
    pub date: Option<NaiveDate>,
    /// The post's status URL, when given.
    pub url: Option<String>,
    /// Links in the post (t.co, pic.twitter.com).
    pub links: Vec<Mention>,
}

/// A news outlet named in the text (`according to Reuters`, `(AP)`).
#[derive(Debug, Clone, PartialEq)]
pub struct OutletMention {
    /// Canonical outlet name.
    pub name: String,
    /// Where it stands.
    pub span: Span,
}

/// Finds pasted social posts.
pub fn find_posts(_text: &str, _sentences: &[Sentence]) -> Vec<Post> {
    Vec::new()
}

/// Finds URLs (`https://…`, `www.…`, `pic.twitter.com/…`).
pub fn find_links(_text: &str) -> Vec<Mention> {
    Vec::new()
}

/// Finds outlets named as sources.
pub fn find_outlets(_text: &str, _sentences: &[Sentence]) -> Vec<OutletMention> {
    Vec::new()
}

/// True for promotional lines that are not claims (`Find out more … here: <link>`).
pub fn is_promotional(_sentence: &str) -> bool {
    false
}
