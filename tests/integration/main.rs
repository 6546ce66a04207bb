//! Integration tests of the `claims` command line: one test binary, a tiny harness,
//! a module per command.

mod diff;
mod extract;
mod harness;
mod html;
mod ledger;
mod segment;
mod sources;
