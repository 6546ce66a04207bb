//! One module per command.

pub mod diff;
pub mod extract;
pub mod ledger;
pub mod segment;
