//! The claims ledger: one folder per story, atomic locked writes, claim index,
//! sources and verdicts.
//!
//! A store is a folder of pretty, sorted JSON (see [`layout`] for the files),
//! meant to be kept under git: adding a version rewrites only the files of the
//! claims and sources it touches. Claim index and source registry are sharded
//! by id prefix, so `show` reads one small shard and one extraction whatever
//! the size of the store.
//!
//! Every write takes an exclusive lock on `<store>/.lock` (readers take a
//! shared one) and is one atomic commit (see [`fsio`]): a command that fails
//! or is killed leaves the store as it was, or as it would be after the
//! commit; the next command finishes or discards what was left. A file that
//! does not parse is reported by name ([`StoreError::Corrupt`]) and never
//! overwritten.
//!
//! The library does not extract: the caller hands it the text and its
//! `claims_model::Extraction` ([`Store::track`]), or an extractor closure
//! ([`Store::check`]).

pub mod claimreview;
mod error;
pub mod fsio;
pub mod layout;
pub mod reconcile;
pub mod render;
mod store;
pub mod types;

pub use error::{Result, StoreError};
pub use store::{Appearance, Batch, NewVersion, Reviewed, Store};
pub use types::*;
