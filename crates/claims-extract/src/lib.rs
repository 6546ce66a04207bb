//! Pure text in, attributable claims out. No I/O.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`segment`]: sentences as exact byte spans, and the opening dateline.
//! 2. [`posts`]: pasted social posts (text + signature line) and links.
//! 3. [`attribution`]: who says, believes or intends what ([`lexicon`] holds the cues).
//! 4. [`statement`]: claim units (clauses) and their short core statements.
//! 5. [`modality`], [`negation`], [`temporal`], [`entities`]: certainty,
//!    polarity, resolved time and named entities of each claim ([`clause`] finds
//!    the asides they skip, [`gazetteer`] holds places, nationalities and
//!    organisations, [`coref`] resolves pronoun and short-name subjects).
//! 6. [`sources`]: the source registry (speakers, outlets, posts, links).
//! 7. [`checkworthy`]: how much each claim deserves a fact-check.
//! 8. Corroboration between claims with the shared matcher (`claims-match`).

pub mod attribution;
pub mod checkworthy;
pub mod clause;
pub mod coref;
pub mod entities;
pub mod gazetteer;
pub mod lexicon;
pub mod modality;
pub mod negation;
pub mod pipeline;
pub mod posts;
pub mod render;
pub mod segment;
pub mod sources;
pub mod statement;
pub mod temporal;
pub mod text;
pub mod wordbits;
mod words;

pub use pipeline::{extract, Options};
pub use segment::segment;
