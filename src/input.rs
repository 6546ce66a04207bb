//! Reading articles: a file or standard input, checked to be text.

use std::io::Read;

use anyhow::{bail, Context, Result};

/// Inputs larger than this are refused (the whole article is held in memory).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// The display name of an input path (`-` is standard input).
pub fn display_name(path: &str) -> String {
    if path == "-" {
        "standard input".to_string()
    } else {
        path.to_string()
    }
}

/// Reads `path` (or standard input for `-`) as UTF-8 text.
///
/// Errors name the input: unreadable, too large, binary (NUL bytes), not UTF-8.
pub fn read_text(path: &str) -> Result<String> {
    let name = display_name(path);
    let mut bytes = Vec::new();
    if path == "-" {
        std::io::stdin()
            .take(MAX_INPUT_BYTES + 1)
            .read_to_end(&mut bytes)
            .with_context(|| format!("cannot read {name}"))?;
    } else {
        let file = std::fs::File::open(path).with_context(|| format!("cannot read {name}"))?;
        let meta = file.metadata().with_context(|| format!("cannot read {name}"))?;
        if meta.is_dir() {
            bail!("cannot read {name}: it is a directory");
        }
        file.take(MAX_INPUT_BYTES + 1).read_to_end(&mut bytes).with_context(|| format!("cannot read {name}"))?;
    }
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        bail!("{name} is larger than {} MiB; split it into articles", MAX_INPUT_BYTES / (1024 * 1024));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        bail!("{name} looks binary (NUL byte at offset {pos}); expected a text article");
    }
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            bail!("{name} is not valid UTF-8 (first bad byte at offset {at}); convert it to UTF-8 first")
        }
    }
}

/// Parses a `YYYY-MM-DD` date given to `flag`.
pub fn parse_date(flag: &str, value: &str) -> Result<chrono::NaiveDate> {
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .with_context(|| format!("{flag} {value:?} is not a date of the form YYYY-MM-DD"))
}
