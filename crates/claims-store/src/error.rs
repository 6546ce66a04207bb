//! The errors of the ledger.

use std::path::PathBuf;

/// Everything that can go wrong reading or writing a ledger.
///
/// Every message is one line that names the file, story or claim concerned.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store folder does not exist (read commands never create it).
    #[error("no ledger at {path}: the folder does not exist (track a story first, or pass --store DIR)")]
    Missing {
        /// The store folder.
        path: PathBuf,
    },
    /// The store path is not a folder.
    #[error("the ledger path {path} is not a folder")]
    NotAFolder {
        /// The store path.
        path: PathBuf,
    },
    /// A story name that cannot be used as a folder name.
    #[error("bad story name {slug:?}: {reason}")]
    BadSlug {
        /// The name given.
        slug: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// The story has never been tracked.
    #[error("no story {slug:?} in the ledger at {store}")]
    UnknownStory {
        /// The story name.
        slug: String,
        /// The store folder.
        store: PathBuf,
    },
    /// A string that is not of the form of a claim id.
    #[error("{id:?} is not a claim id (expected c- and 12 hex digits, e.g. c-0123456789ab)")]
    BadClaimId {
        /// The string given.
        id: String,
    },
    /// A well-formed claim id that the ledger does not know.
    #[error("no claim {id} in the ledger at {store}")]
    UnknownClaim {
        /// The claim id.
        id: String,
        /// The store folder.
        store: PathBuf,
    },
    /// A verdict rating that is not one of the fixed ratings.
    #[error("unknown rating {given:?}; use one of: {valid}")]
    BadRating {
        /// The rating given.
        given: String,
        /// The valid ratings, comma separated.
        valid: String,
    },
    /// An id in an extraction that the ledger cannot index.
    #[error("the extraction has {what} id {id:?}, which the ledger cannot index (expected {expected})")]
    BadId {
        /// `claim` or `source`.
        what: &'static str,
        /// The id.
        id: String,
        /// The expected form.
        expected: &'static str,
    },
    /// A ledger file that does not parse or does not fit the ledger (hand-edited, truncated).
    #[error(
        "the ledger file {path} is corrupt ({detail}); nothing was changed: fix it or restore it (e.g. git checkout)"
    )]
    Corrupt {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A ledger written by a newer release.
    #[error("the ledger at {path} has format version {found}; this build reads version {supported}")]
    Version {
        /// The store folder.
        path: PathBuf,
        /// The version found.
        found: u32,
        /// The version this build reads and writes.
        supported: u32,
    },
    /// Another process holds the store lock for too long.
    #[error("the ledger at {path} is locked by another claims process; gave up after {seconds} s")]
    Locked {
        /// The store folder.
        path: PathBuf,
        /// How long we waited.
        seconds: u64,
    },
    /// A file could not be read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// A file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// Shorthand for results of this crate.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
