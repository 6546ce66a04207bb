//! Where things are in a store, and which names are allowed.
//!
//! ```text
//! <store>/
//!   store.json                          format marker {"format": "claims-ledger", "version": 1}
//!   .gitignore                          ignores .lock and .tmp/
//!   .lock                               the lock file (flock; never committed)
//!   .tmp/                               staging for atomic commits (empty between commands)
//!   stories/<slug>/story.json           the manifest: every version, oldest first (what `log` prints)
//!   stories/<slug>/v0001/article.txt    the text the extraction's offsets refer to (for HTML or Markdown input: the article text read from the page)
//!   stories/<slug>/v0001/extraction.json  its `claims extract` output
//!   stories/<slug>/v0001/changes.json   claim changes against the previous version
//!   index/claims/<ab>/<cd>.json         claim index sharded by the id's first four hex digits
//!   index/sources/<ab>.json             source registry sharded by the id's first two hex digits
//!   index/verdicts.json                 ids of the claims that have a verdict
//! ```

use crate::error::{Result, StoreError};

/// The format marker file.
pub const STORE_FILE: &str = "store.json";
/// The store's own `.gitignore`.
pub const GITIGNORE: &str = ".gitignore";
/// The folder of stories.
pub const STORIES: &str = "stories";
/// The list of claims with verdicts.
pub const VERDICTS: &str = "index/verdicts.json";
/// The folder of claim index shards.
pub const CLAIM_INDEX: &str = "index/claims";
/// The folder of source registry shards.
pub const SOURCE_INDEX: &str = "index/sources";

/// Longest story name accepted.
pub const MAX_SLUG: usize = 120;

/// Checks a story name: 1–120 ASCII letters, digits, `-`, `_`, `.`; not starting with `.`; no `..`.
pub fn check_slug(slug: &str) -> Result<()> {
    let bad = |reason| Err(StoreError::BadSlug { slug: slug.to_string(), reason });
    if slug.is_empty() {
        return bad("it is empty");
    }
    if slug.len() > MAX_SLUG {
        return bad("it is longer than 120 characters");
    }
    if slug.contains(['/', '\\']) {
        return bad("it contains a path separator; use letters, digits, '-', '_' and '.'");
    }
    if slug.starts_with('.') {
        return bad("it starts with '.'");
    }
    if slug.contains("..") {
        return bad("it contains '..'");
    }
    if !slug.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')) {
        return bad("use only letters, digits, '-', '_' and '.'");
    }
    Ok(())
}

/// The hex digits that follow `prefix` in `id`, if the id has the form `prefix` + at least `min` hex digits
/// + an optional suffix of `-` and digits (as made by `claims_model::ids`).
fn hex_part<'a>(id: &'a str, prefix: &str, min: usize) -> Option<&'a str> {
    let rest = id.strip_prefix(prefix)?;
    let hex_len = rest.bytes().take_while(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b)).count();
    let (hex, suffix) = rest.split_at(hex_len);
    let suffix_ok = suffix.is_empty()
        || suffix.strip_prefix('-').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    (hex_len >= min && hex_len <= 64 && suffix_ok).then_some(hex)
}

/// True when `id` has the form of a claim id (`c-0123456789ab`, `c-0123456789ab-2`).
pub fn is_claim_id(id: &str) -> bool {
    hex_part(id, "c-", 4).is_some()
}

/// Checks a claim id given by a user.
pub fn check_claim_id(id: &str) -> Result<()> {
    if is_claim_id(id) {
        Ok(())
    } else {
        Err(StoreError::BadClaimId { id: id.to_string() })
    }
}

/// The index shard (relative path) of a claim id.
pub fn claim_shard(id: &str) -> Result<String> {
    let hex = hex_part(id, "c-", 4).ok_or_else(|| StoreError::BadId {
        what: "claim",
        id: id.to_string(),
        expected: "c- and at least 4 hex digits",
    })?;
    Ok(format!("{CLAIM_INDEX}/{}/{}.json", &hex[..2], &hex[2..4]))
}

/// The registry shard (relative path) of a source id.
pub fn source_shard(id: &str) -> Result<String> {
    let hex = hex_part(id, "src-", 2).ok_or_else(|| StoreError::BadId {
        what: "source",
        id: id.to_string(),
        expected: "src- and at least 2 hex digits",
    })?;
    Ok(format!("{SOURCE_INDEX}/{}.json", &hex[..2]))
}

/// The manifest of a story.
pub fn manifest(slug: &str) -> String {
    format!("{STORIES}/{slug}/story.json")
}

/// The folder of one version of a story.
pub fn version_dir(slug: &str, version: u32) -> String {
    format!("{STORIES}/{slug}/v{version:04}")
}

/// The text of one version.
pub fn version_text(slug: &str, version: u32) -> String {
    format!("{}/article.txt", version_dir(slug, version))
}

/// The extraction of one version.
pub fn version_extraction(slug: &str, version: u32) -> String {
    format!("{}/extraction.json", version_dir(slug, version))
}

/// The claim changes of one version.
pub fn version_changes(slug: &str, version: u32) -> String {
    format!("{}/changes.json", version_dir(slug, version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["central-asia", "a", "story_2023.11", "A-b.c_d"] {
            assert!(check_slug(ok).is_ok(), "{ok}");
        }
        for bad in ["", "../x", "a/b", "a\\b", ".hidden", "a..b", "..", "x y", "é", &"x".repeat(121)] {
            assert!(check_slug(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn ids_and_shards() {
        assert!(is_claim_id("c-0123456789ab"));
        assert!(is_claim_id("c-0123456789ab-2"));
        for bad in ["c-", "c-01", "c-0123456789AB", "c-0123/../x", "x-0123456789ab", "c-0123456789ab-", "c-0123-x"] {
            assert!(!is_claim_id(bad), "{bad}");
        }
        assert_eq!(claim_shard("c-0123456789ab-3").unwrap(), "index/claims/01/23.json");
        assert_eq!(source_shard("src-ff0123456789").unwrap(), "index/sources/ff.json");
        assert!(source_shard("src-").is_err());
        assert_eq!(version_extraction("s", 7), "stories/s/v0007/extraction.json");
    }
}
