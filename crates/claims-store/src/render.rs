//! Plain-text renderings of the ledger reports for people.

use std::fmt::Write;

use claims_model::ChangeType;

use crate::types::*;

/// At most this many change lines are listed after `track`.
pub const MAX_TRACK_LINES: usize = 20;

fn kinds_text(kinds: &[claims_model::ChangeKind]) -> String {
    let names: Vec<String> = kinds
        .iter()
        .map(|k| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default())
        .collect();
    names.join(", ")
}

fn change_line(out: &mut String, c: &ChangeRecord) {
    let mark = match c.change {
        ChangeType::Added => '+',
        ChangeType::Removed => '-',
        ChangeType::Modified => '~',
        ChangeType::Unchanged => '=',
    };
    let _ = write!(out, "  {mark} {} \u{201c}{}\u{201d}", c.claim, c.statement);
    if !c.kinds.is_empty() {
        let _ = write!(out, " [{}]", kinds_text(&c.kinds));
    }
    if let Some(from) = &c.from {
        let _ = write!(out, " (was {from})");
    }
    out.push('\n');
    if let Some(e) = &c.explanation {
        let _ = writeln!(out, "      {e}");
    }
}

/// The summary printed by `claims track`.
pub fn track(story: &str, store: &str, outcome: &TrackOutcome) -> String {
    let mut out = String::new();
    match outcome {
        TrackOutcome::Same { version } => {
            let _ = writeln!(out, "{story}: the text is the same as version {version}; nothing recorded.");
        }
        TrackOutcome::Recorded { version: v, changes } => {
            let _ = writeln!(
                out,
                "Recorded {story} version {} in {store}: {} claims ({} added, {} removed, {} modified, {} unchanged).",
                v.version, v.claims, v.added, v.removed, v.modified, v.unchanged
            );
            if v.version > 1 {
                for c in changes.iter().take(MAX_TRACK_LINES) {
                    change_line(&mut out, c);
                }
                if changes.len() > MAX_TRACK_LINES {
                    let _ = writeln!(out, "  … and {} more (claims log {story})", changes.len() - MAX_TRACK_LINES);
                }
            }
        }
    }
    out
}

/// `claims log --format text`: each version with its counts and changes.
pub fn log(m: &Manifest, changes: &[Vec<ChangeRecord>]) -> String {
    let mut out = String::new();
    let n = m.versions.len();
    let _ = writeln!(out, "{}: {n} version{}", m.story, if n == 1 { "" } else { "s" });
    for (i, v) in m.versions.iter().enumerate() {
        let published = v.published.map_or_else(|| "no date".to_string(), |d| d.to_string());
        let _ = write!(
            out,
            "v{}  {published}  {} claims  +{} -{} ~{} ={}  recorded {}",
            v.version,
            v.claims,
            v.added,
            v.removed,
            v.modified,
            v.unchanged,
            v.recorded.format("%Y-%m-%d %H:%M UTC")
        );
        if let Some(u) = &v.url {
            let _ = write!(out, "  {u}");
        }
        out.push('\n');
        if i > 0 {
            for c in changes.get(i).map(|c| c.as_slice()).unwrap_or(&[]) {
                change_line(&mut out, c);
            }
        }
    }
    out
}

/// `claims show --format text`.
pub fn show(r: &ShowReport) -> String {
    let mut out = String::new();
    let c = &r.claim;
    let _ = writeln!(out, "{}  \u{201c}{}\u{201d}", c.id, c.statement);
    let speaker =
        c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map_or("(the publisher)", |s| s.name.as_str());
    let _ = writeln!(
        out,
        "  speaker: {speaker}   certainty: {}{}",
        c.certainty.as_str(),
        if c.negated { "   negated" } else { "" }
    );
    let _ = writeln!(out, "  text: {}", c.text);
    let _ = writeln!(out, "  stories: {}", r.stories.join(", "));
    let _ = writeln!(out, "History:");
    for h in &r.history {
        let change = serde_json::to_value(h.change).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let _ = write!(out, "  {} v{}  {}  {change}", h.story, h.version, h.date);
        if !h.kinds.is_empty() {
            let _ = write!(out, " [{}]", kinds_text(&h.kinds));
        }
        let _ = write!(out, "  {}  \u{201c}{}\u{201d}", h.certainty.as_str(), h.statement);
        if let Some(s) = &h.speaker {
            let _ = write!(out, " — {s}");
        }
        if h.claim != c.id {
            let _ = write!(out, "  ({})", h.claim);
        }
        out.push('\n');
        if let Some(e) = &h.explanation {
            let _ = writeln!(out, "      {e}");
        }
    }
    if !r.sources.is_empty() {
        let _ = writeln!(out, "Sources:");
        for s in &r.sources {
            let kind = serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            let _ = writeln!(out, "  {}  {kind}  {}", s.id, s.name);
        }
    }
    if r.verdicts.is_empty() {
        let _ = writeln!(out, "Verdicts: none");
    } else {
        let _ = writeln!(out, "Verdicts:");
        for v in &r.verdicts {
            let _ = write!(out, "  {}  {}", v.date, v.rating);
            for x in [&v.reviewer, &v.url, &v.note].into_iter().flatten() {
                let _ = write!(out, "  {x}");
            }
            out.push('\n');
        }
    }
    out
}

/// At most this many story names are listed per source in text output.
pub const MAX_STORIES_LISTED: usize = 3;

fn story_list(stories: &[String]) -> String {
    let mut s = stories.iter().take(MAX_STORIES_LISTED).cloned().collect::<Vec<_>>().join(", ");
    if stories.len() > MAX_STORIES_LISTED {
        let _ = write!(s, " and {} more", stories.len() - MAX_STORIES_LISTED);
    }
    s
}

/// `claims sources --format text`: one source per line.
pub fn sources(rows: &[SourceRow]) -> String {
    let mut out = String::new();
    if rows.is_empty() {
        out.push_str("no sources\n");
    }
    for r in rows {
        let kind = serde_json::to_value(r.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let _ = writeln!(
            out,
            "{}  {kind:<12}  {}  {} claim{}  {}..{}  {}",
            r.id,
            r.name,
            r.claims,
            if r.claims == 1 { "" } else { "s" },
            r.first_seen,
            r.last_seen,
            story_list(&r.stories)
        );
    }
    out
}

/// `claims check --format text`.
pub fn check(r: &CheckReport) -> String {
    let mut out = String::new();
    for c in &r.changes {
        let change = serde_json::to_value(c.change).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
        let _ = write!(out, "{} v{}  {change}  {}  \u{201c}{}\u{201d}", c.story, c.version, c.claim, c.statement);
        if let Some(n) = &c.new_statement {
            let _ = write!(out, " → \u{201c}{n}\u{201d}");
        }
        if !c.fields.is_empty() {
            let _ = write!(out, "  [{}]", c.fields.join(", "));
        }
        out.push('\n');
    }
    let _ = writeln!(
        out,
        "checked {} stor{}, {} version{}, {} claims: {} changed",
        r.stories,
        if r.stories == 1 { "y" } else { "ies" },
        r.versions,
        if r.versions == 1 { "" } else { "s" },
        r.claims,
        r.changes.len()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_story_lists_are_cut() {
        let names: Vec<String> = (0..5).map(|i| format!("s{i}")).collect();
        assert_eq!(story_list(&names), "s0, s1, s2 and 2 more");
        assert_eq!(story_list(&names[..2]), "s0, s1");
    }
}
