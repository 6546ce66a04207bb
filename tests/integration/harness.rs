//! A tiny harness: run the built `claims` binary and look at what it did.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The fixture folder of this repository.
pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

#[allow(dead_code)]
/// `../shared` beside the checkout, when present (CI has it; a user's clone may not).
pub fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    p.is_dir().then_some(p)
}

/// What one run of `claims` did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

/// A `claims` command with a clean environment (no colour, no store override).
pub fn cmd(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_claims"));
    c.args(args).env_remove("CLAIMS_STORE").env("NO_COLOR", "1");
    c
}

/// Runs `claims ARGS`.
pub fn run(args: &[&str]) -> Run {
    cmd(args).stdin(Stdio::null()).output().expect("the claims binary runs").into()
}

/// Runs `claims ARGS` with `stdin` as standard input.
pub fn run_stdin(args: &[&str], stdin: &[u8]) -> Run {
    let mut child = cmd(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the claims binary runs");
    child.stdin.take().unwrap().write_all(stdin).ok();
    child.wait_with_output().unwrap().into()
}

/// Asserts a run failed cleanly: exit 2, one line on stderr naming `needle`, no panic.
pub fn assert_clean_error(r: &Run, needle: &str) {
    assert_eq!(r.code, 2, "exit code; stderr: {}", r.stderr);
    assert!(r.stderr.starts_with("claims: "), "stderr: {}", r.stderr);
    assert_eq!(r.stderr.trim_end().lines().count(), 1, "one line: {}", r.stderr);
    assert!(r.stderr.contains(needle), "{:?} should name {needle:?}", r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
}
