//! Readable renderings of a diff report.
//!
//! Both list changes in the report's order (most serious first: negation,
//! number, attribution, certainty, date, source; then removed and added claims;
//! then wording), each with its one-line explanation and an inline word diff.

use claims_model::{Change, ChangeType, DiffReport, Source, WordOp, WordOpKind};

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const BOLD: &str = "\x1b[1m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

fn heading(c: &Change) -> String {
    let what = match c.change {
        ChangeType::Added => "added",
        ChangeType::Removed => "removed",
        ChangeType::Modified => "modified",
        ChangeType::Unchanged => "unchanged",
    };
    let kinds: Vec<String> = c
        .kinds
        .iter()
        .map(|k| serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default())
        .collect();
    let mut s = what.to_string();
    if !kinds.is_empty() {
        s.push_str(&format!(" [{}]", kinds.join(", ")));
    }
    if c.change != ChangeType::Unchanged && !c.substantive {
        s.push_str(" (cosmetic)");
    }
    s
}

/// True for the second entry of a split or merge (same explanation, one side shared): shown once.
fn same_group(a: &Change, b: &Change) -> bool {
    let id = |c: &Option<claims_model::Claim>| c.as_ref().map(|c| c.id.clone());
    a.change == b.change
        && a.explanation == b.explanation
        && a.word_diff == b.word_diff
        && (id(&a.old) == id(&b.old) || id(&a.new) == id(&b.new))
}

fn speaker(c: &Change) -> Option<String> {
    let claim = c.new.as_ref().or(c.old.as_ref())?;
    let s = claim.attribution.as_ref()?.speaker.as_ref()?;
    Some(s.name.clone())
}

/// Whether a space must separate what is written so far from `next` (the
/// word diff keeps white space with the word before it, so a word that follows
/// a deletion may lack it).
fn needs_space(s: &str, next: &str) -> bool {
    let before = s.chars().last();
    let after = next.chars().next();
    matches!((before, after), (Some(b), Some(a)) if !b.is_whitespace() && a.is_alphanumeric() && (b.is_alphanumeric() || b == ']' || b == '}' || b == '~' || b == '*'))
}

fn inline(ops: &[WordOp], color: bool) -> String {
    let mut s = String::new();
    for op in ops {
        let t = op.text.trim_end();
        let ws = &op.text[t.len()..];
        if needs_space(&s, t) {
            s.push(' ');
        }
        match (op.op, color) {
            (WordOpKind::Equal, _) => s.push_str(&op.text),
            (WordOpKind::Delete, true) => s.push_str(&format!("{RED}[-{t}-]{RESET}{ws}")),
            (WordOpKind::Insert, true) => s.push_str(&format!("{GREEN}{{+{t}+}}{RESET}{ws}")),
            (WordOpKind::Delete, false) => s.push_str(&format!("[-{t}-]{ws}")),
            (WordOpKind::Insert, false) => s.push_str(&format!("{{+{t}+}}{ws}")),
        }
    }
    s.trim_end().replace('\n', " ")
}

fn source_line(s: &Source) -> String {
    let kind = serde_json::to_value(s.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
    let mut out = format!("{kind} {}", s.name);
    if let Some(h) = &s.handle {
        out.push_str(&format!(" ({h})"));
    }
    out
}

/// Plain text for a terminal; `color` adds ANSI colours.
pub fn text(report: &DiffReport, color: bool) -> String {
    let (b, d, r) = if color { (BOLD, DIM, RESET) } else { ("", "", "") };
    let s = &report.summary;
    let mut out = format!(
        "{b}claims diff{r} {} → {}: {} modified, {} added, {} removed, {} unchanged\n",
        report.old.id, report.new.id, s.modified, s.added, s.removed, s.unchanged
    );
    if report.changes.is_empty() && report.sources.added.is_empty() && report.sources.removed.is_empty() {
        out.push_str("No claim changed.\n");
        return out;
    }
    for (k, c) in report.changes.iter().enumerate() {
        if k > 0 && same_group(&report.changes[k - 1], c) {
            continue;
        }
        out.push('\n');
        let mark = if c.substantive { "!" } else { "·" };
        out.push_str(&format!("{b}{mark} {}{r}", heading(c)));
        if let Some(sp) = speaker(c) {
            out.push_str(&format!("  {d}speaker: {sp}{r}"));
        }
        out.push('\n');
        out.push_str(&format!("  {}\n", c.explanation));
        out.push_str(&format!("  {}\n", inline(&c.word_diff, color)));
    }
    if !report.sources.added.is_empty() || !report.sources.removed.is_empty() {
        out.push_str(&format!("\n{b}Sources{r}\n"));
        for src in &report.sources.added {
            out.push_str(&format!("  + {}\n", source_line(src)));
        }
        for src in &report.sources.removed {
            out.push_str(&format!("  - {}\n", source_line(src)));
        }
    }
    out
}

fn md_inline(ops: &[WordOp]) -> String {
    let mut s = String::new();
    for op in ops {
        let t = op.text.trim_end();
        let ws = &op.text[t.len()..];
        if needs_space(&s, t) {
            s.push(' ');
        }
        let t = t.replace('~', "\\~").replace('*', "\\*");
        match op.op {
            WordOpKind::Equal => s.push_str(&t),
            WordOpKind::Delete => s.push_str(&format!("~~{t}~~")),
            WordOpKind::Insert => s.push_str(&format!("**{t}**")),
        }
        if !ws.is_empty() {
            s.push(' ');
        }
    }
    s.trim_end().replace('\n', " ")
}

type Pick = fn(&Change) -> bool;

/// Markdown for a review comment.
pub fn markdown(report: &DiffReport) -> String {
    let s = &report.summary;
    let mut out = format!(
        "### Claim changes\n\n`{}` → `{}`: **{}** modified, **{}** added, **{}** removed, {} unchanged\n",
        report.old.id, report.new.id, s.modified, s.added, s.removed, s.unchanged
    );
    if report.changes.is_empty() && report.sources.added.is_empty() && report.sources.removed.is_empty() {
        out.push_str("\nNo claim changed.\n");
        return out;
    }
    let sections: [(&str, Pick); 4] = [
        ("Serious changes", |c| c.change == ChangeType::Modified && crate::severity(c) <= 5),
        ("Removed and added claims", |c| matches!(c.change, ChangeType::Removed | ChangeType::Added)),
        ("Wording", |c| c.change == ChangeType::Modified && crate::severity(c) > 5),
        ("Unchanged", |c| c.change == ChangeType::Unchanged),
    ];
    for (title, pick) in sections {
        let items: Vec<&Change> = report.changes.iter().filter(|c| pick(c)).collect();
        if items.is_empty() {
            continue;
        }
        out.push_str(&format!("\n#### {title}\n\n"));
        for (k, c) in items.iter().enumerate() {
            if k > 0 && same_group(items[k - 1], c) {
                continue;
            }
            let sp = speaker(c).map(|s| format!(" ({s})")).unwrap_or_default();
            out.push_str(&format!("- **{}**{sp}: {}\n", heading(c), c.explanation.replace('*', "\\*")));
            out.push_str(&format!("  > {}\n", md_inline(&c.word_diff)));
        }
    }
    if !report.sources.added.is_empty() || !report.sources.removed.is_empty() {
        out.push_str("\n#### Sources\n\n");
        for src in &report.sources.added {
            out.push_str(&format!("- added: {}\n", source_line(src)));
        }
        for src in &report.sources.removed {
            out.push_str(&format!("- removed: {}\n", source_line(src)));
        }
    }
    out
}
