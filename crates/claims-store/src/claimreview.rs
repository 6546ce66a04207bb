//! schema.org ClaimReview JSON-LD for claims with verdicts.
//!
//! One `ClaimReview` per verdict. The rating scale is 1 (`false`) to 5
//! (`true`): `true` 5, `mostly-true` 4, `half-true` 3, `mostly-false` 2,
//! `misleading` 2, `false` 1; `unverifiable` has no place on the scale, so its
//! `ratingValue` is `null` and only `alternateName` carries it (JSON-LD treats
//! `null` as absent). The claim's `author` is its speaker (a `Person` for a
//! person source, an `Organization` otherwise), or for the publisher's own
//! assertion the outlet of the article it first appeared in. Each version
//! the claim appeared in is an `appearance` (a `CreativeWork` with the URL,
//! date and outlet given when it was tracked); the first is `firstAppearance`.
//! The review's `author` is the reviewer, published as an `Organization`
//! (the fact-checking desk), as ClaimReview consumers expect.

use chrono::NaiveDate;
use claims_model::SourceKind;
use serde::{Deserialize, Serialize};

use crate::store::{Appearance, Reviewed};
use crate::types::{Rating, Verdict};

/// The schema.org context.
pub const CONTEXT: &str = "https://schema.org";

/// A schema.org `ClaimReview`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimReview {
    /// Always `https://schema.org`.
    #[serde(rename = "@context")]
    pub context: String,
    /// Always `ClaimReview`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The claim id in the ledger.
    pub identifier: String,
    /// Where the fact-check is published.
    pub url: Option<String>,
    /// The verdict's date.
    #[serde(rename = "datePublished")]
    pub date_published: NaiveDate,
    /// The reviewer.
    pub author: Option<Agent>,
    /// The claim as a short statement.
    #[serde(rename = "claimReviewed")]
    pub claim_reviewed: String,
    /// The verdict.
    #[serde(rename = "reviewRating")]
    pub review_rating: ReviewRating,
    /// The claim reviewed: who made it, when and where it appeared.
    #[serde(rename = "itemReviewed")]
    pub item_reviewed: ItemClaim,
    /// The verdict's note.
    #[serde(rename = "reviewBody")]
    pub review_body: Option<String>,
}

/// A schema.org `Rating`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewRating {
    /// Always `Rating`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// 1 (false) to 5 (true); `null` for `unverifiable`.
    #[serde(rename = "ratingValue")]
    pub rating_value: Option<u8>,
    /// 5.
    #[serde(rename = "bestRating")]
    pub best_rating: u8,
    /// 1.
    #[serde(rename = "worstRating")]
    pub worst_rating: u8,
    /// The rating in words (`Mostly false`).
    #[serde(rename = "alternateName")]
    pub alternate_name: String,
}

/// A schema.org `Claim`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemClaim {
    /// Always `Claim`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// Who made the claim.
    pub author: Option<Agent>,
    /// When the claim first appeared.
    #[serde(rename = "datePublished")]
    pub date_published: Option<NaiveDate>,
    /// The sentence the claim was read from.
    pub text: String,
    /// Every article version it appeared in.
    pub appearance: Vec<CreativeWork>,
    /// The first of them.
    #[serde(rename = "firstAppearance")]
    pub first_appearance: Option<CreativeWork>,
}

/// A schema.org `Person` or `Organization`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agent {
    /// `Person` or `Organization`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// The name.
    pub name: String,
    /// A social-media handle (left out when there is none).
    #[serde(rename = "alternateName", default, skip_serializing_if = "Option::is_none")]
    pub alternate_name: Option<String>,
    /// A URL of the agent or its post (left out when there is none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A schema.org `CreativeWork`: one article version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CreativeWork {
    /// Always `CreativeWork`.
    #[serde(rename = "@type")]
    pub kind: String,
    /// `story, version N`.
    pub name: String,
    /// The article id.
    pub identifier: String,
    /// Where the article was read.
    pub url: Option<String>,
    /// The version's date (published, else recorded).
    #[serde(rename = "datePublished")]
    pub date_published: NaiveDate,
    /// The outlet (left out when unknown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<Agent>,
}

/// The 1–5 value of a rating (`None` for `unverifiable`).
pub fn rating_value(r: Rating) -> Option<u8> {
    match r {
        Rating::True => Some(5),
        Rating::MostlyTrue => Some(4),
        Rating::HalfTrue => Some(3),
        Rating::MostlyFalse | Rating::Misleading => Some(2),
        Rating::False => Some(1),
        Rating::Unverifiable => None,
    }
}

fn organization(name: &str) -> Agent {
    Agent { kind: "Organization".into(), name: name.to_string(), alternate_name: None, url: None }
}

fn work(a: &Appearance) -> CreativeWork {
    CreativeWork {
        kind: "CreativeWork".into(),
        name: format!("{}, version {}", a.story, a.version.version),
        identifier: a.version.article.clone(),
        url: a.version.url.clone(),
        date_published: a.version.date(),
        publisher: a.version.outlet.as_deref().map(organization),
    }
}

fn review(r: &Reviewed, v: &Verdict) -> ClaimReview {
    let speaker = r.claim.attribution.as_ref().and_then(|a| a.speaker.as_ref());
    let author = match (speaker, &r.speaker) {
        (Some(sp), src) => Some(Agent {
            kind: if src.as_ref().is_none_or(|s| s.kind == SourceKind::Person) { "Person" } else { "Organization" }
                .into(),
            name: sp.name.clone(),
            alternate_name: src.as_ref().and_then(|s| s.handle.clone()),
            url: src.as_ref().and_then(|s| s.url.clone()),
        }),
        (None, _) => r.appearances.first().and_then(|a| a.version.outlet.as_deref()).map(organization),
    };
    let appearance: Vec<CreativeWork> = r.appearances.iter().map(work).collect();
    ClaimReview {
        context: CONTEXT.into(),
        kind: "ClaimReview".into(),
        identifier: r.id.clone(),
        url: v.url.clone(),
        date_published: v.date,
        author: v.reviewer.as_deref().map(organization),
        claim_reviewed: r.claim.statement.clone(),
        review_rating: ReviewRating {
            kind: "Rating".into(),
            rating_value: rating_value(v.rating),
            best_rating: 5,
            worst_rating: 1,
            alternate_name: v.rating.label(),
        },
        item_reviewed: ItemClaim {
            kind: "Claim".into(),
            author,
            date_published: appearance.first().map(|w| w.date_published),
            text: r.claim.text.clone(),
            first_appearance: appearance.first().cloned(),
            appearance,
        },
        review_body: v.note.clone(),
    }
}

/// One ClaimReview per verdict, in claim id order, oldest verdict first.
pub fn claim_reviews(reviewed: &[Reviewed]) -> Vec<ClaimReview> {
    reviewed.iter().flat_map(|r| r.verdicts.iter().map(move |v| review(r, v))).collect()
}
