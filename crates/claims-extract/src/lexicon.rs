//! The reporting-verb and cue lexicon: the one place that lists the words that
//! introduce attributions.
