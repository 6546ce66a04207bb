//! The claims ledger: one folder per story, atomic locked writes, claim index,
//! sources and verdicts.
