//! Readable renderings of an extraction: text for a terminal, Markdown for a review.

use claims_model::{Certainty, Claim, Extraction};

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
    fn bold(&self, s: &str) -> String {
        self.wrap("1", s)
    }
    fn dim(&self, s: &str) -> String {
        self.wrap("2", s)
    }
    fn speaker(&self, s: &str) -> String {
        self.wrap("36", s)
    }
    fn certainty(&self, c: Certainty) -> String {
        match c {
            Certainty::Asserted => self.wrap("32", c.as_str()),
            Certainty::Reported => self.wrap("35", c.as_str()),
            _ => self.wrap("33", c.as_str()),
        }
    }
}

fn kind_name<T: serde::Serialize>(k: T) -> String {
    serde_json::to_value(k).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

fn claim_lines(c: &Claim, p: &Paint, out: &mut String) {
    out.push_str(&format!("  • {}\n", p.bold(&c.statement)));
    let mut meta = vec![kind_name(c.kind), p.certainty(c.certainty)];
    if c.negated {
        meta.push("negated".into());
    }
    if let Some(t) = &c.time {
        meta.push(match t.date {
            Some(d) => format!("time: {} ({d})", t.text),
            None => format!("time: {}", t.text),
        });
    }
    meta.push(format!("checkworthy {:.2}", c.checkworthy));
    if let Some(a) = &c.attribution {
        let who = a.speaker.as_ref().map_or_else(
            || "(unnamed)".to_string(),
            |s| {
                // (The mark that closes an aside in the span is not shown: `…, R-Okla.,`.)
                let text = s.text.trim_end_matches([',', '-', '\u{2014}']).trim_end();
                if s.name == text {
                    s.name.clone()
                } else {
                    format!("{} (\"{text}\")", s.name)
                }
            },
        );
        let none = if c.kind == claims_model::ClaimKind::SocialPost { "(post)" } else { "(continued)" };
        // (A quote continuation shows the cue of the frame it continues; a colon after a verb
        // cue, part of its span, is not shown.)
        let cue = a.cue.as_ref().map_or_else(
            || none.to_string(),
            |cue| {
                let t = if cue.text.len() > 1 { cue.text.trim_end_matches(':') } else { cue.text.as_str() };
                if cue.span.end <= c.span.start {
                    format!("{t} {none}")
                } else {
                    t.to_string()
                }
            },
        );
        out.push_str(&format!(
            "    {} {}  {} {}  {}\n",
            p.dim("speaker:"),
            p.speaker(&who),
            p.dim("cue:"),
            cue,
            p.dim(&format!("[{}]", kind_name(a.kind)))
        ));
    }
    out.push_str(&format!("    {} {}\n", p.dim(&c.id), meta.join(" · ")));
}

/// Plain text, sentence by sentence; `color` adds ANSI colours.
pub fn text(ex: &Extraction, color: bool) -> String {
    let p = Paint(color);
    let mut out = String::new();
    if let Some(d) = &ex.article.dateline {
        out.push_str(&format!("{} {}\n", p.dim("dateline:"), d.text));
    }
    out.push_str(&format!(
        "{} sentences, {} claims, {} sources\n\n",
        ex.sentences.len(),
        ex.claims.len(),
        ex.sources.len()
    ));
    let mut ci = 0;
    for s in &ex.sentences {
        let mine: Vec<&Claim> = ex.claims[ci..].iter().take_while(|c| c.sentence == s.index).collect();
        ci += mine.len();
        out.push_str(&format!("{} {}\n", p.dim(&format!("[{}]", s.index)), s.text));
        if mine.is_empty() {
            out.push_str(&format!("  {}\n", p.dim("(no claim)")));
        }
        for c in mine {
            claim_lines(c, &p, &mut out);
        }
        out.push('\n');
    }
    // Claims whose sentence is out of order (none expected) are still shown.
    for c in &ex.claims[ci.min(ex.claims.len())..] {
        claim_lines(c, &p, &mut out);
    }
    out.push_str(&p.bold("Sources"));
    out.push('\n');
    if ex.sources.is_empty() {
        out.push_str("  (none)\n");
    }
    for s in &ex.sources {
        let backed = ex.claims.iter().filter(|c| c.sources.contains(&s.id)).count();
        out.push_str(&format!(
            "  {:<12} {}{}{}{}  {} claim{}\n",
            kind_name(s.kind),
            s.name,
            s.handle.as_ref().map_or(String::new(), |h| format!(" {h}")),
            s.role.as_ref().map_or(String::new(), |r| format!(" ({r})")),
            s.date.map_or(String::new(), |d| format!(" {d}")),
            backed,
            if backed == 1 { "" } else { "s" }
        ));
    }
    out
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// A Markdown review table.
pub fn markdown(ex: &Extraction) -> String {
    let mut out =
        String::from("| # | claim | speaker | cue | kind | certainty | negated | time | checkworthy | id |\n");
    out.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
    for c in &ex.claims {
        let (speaker, cue) = match &c.attribution {
            Some(a) => (
                a.speaker.as_ref().map_or(String::new(), |s| s.name.clone()),
                a.cue.as_ref().map_or(String::new(), |c| c.text.clone()),
            ),
            None => (String::new(), String::new()),
        };
        let time = c.time.as_ref().map_or(String::new(), |t| match t.date {
            Some(d) => format!("{} ({d})", t.text),
            None => t.text.clone(),
        });
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {:.2} | `{}` |\n",
            c.sentence,
            cell(&c.statement),
            cell(&speaker),
            cell(&cue),
            kind_name(c.kind),
            c.certainty.as_str(),
            if c.negated { "yes" } else { "" },
            cell(&time),
            c.checkworthy,
            c.id
        ));
    }
    if !ex.sources.is_empty() {
        out.push_str("\n| source | kind | handle | date | claims |\n|---|---|---|---|---|\n");
        for s in &ex.sources {
            let backed = ex.claims.iter().filter(|c| c.sources.contains(&s.id)).count();
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} |\n",
                cell(&s.name),
                kind_name(s.kind),
                s.handle.as_deref().unwrap_or(""),
                s.date.map_or(String::new(), |d| d.to_string()),
                backed
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_only_when_asked() {
        let t = "Putin said the talks went well. \"We agreed on everything,\" he said.";
        let ex = crate::extract(t, &crate::Options::default());
        let plain = text(&ex, false);
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("speaker: Putin"));
        assert!(plain.contains("Sources"));
        assert!(text(&ex, true).contains("\x1b[1m"));
        let md = markdown(&ex);
        assert!(md.starts_with("| # | claim |"));
        assert_eq!(md.lines().filter(|l| l.starts_with("| 0 ") || l.starts_with("| 1 ")).count(), ex.claims.len());
    }
}
