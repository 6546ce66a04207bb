//! Markdown reduced to plain article text.
//!
//! Block structure: ATX (`## Title`) and setext headings, paragraphs (soft-wrapped
//! lines joined by a space), block quotes (`>` stripped, at any depth), list items
//! (bullet or number stripped, one paragraph each), tables (cells joined by spaces)
//! each become a paragraph; paragraphs are joined by a blank line. A line starting
//! with a dash `—` (a pasted post's signature) stays on its own line under its post.
//! Fenced and indented code, horizontal rules, HTML comments and images are dropped.
//! Inline: `[text](url)` gives `text`; autolinks `<https://…>` and bare URLs stay as
//! they are (they are link sources); emphasis markers, code ticks and backslash
//! escapes are removed. A YAML front matter block gives `title`, `date`, `author`,
//! `url`/`canonical_url` and `site`/`publisher`; otherwise a level-1 heading opening
//! the document is the headline (and is left out of the text, as a page title is).

use crate::meta::{self, Meta};

/// Converts Markdown to plain text and the metadata it gives.
pub fn to_text(md: &str) -> (String, Meta) {
    let mut meta = Meta::default();
    let mut lines: Vec<&str> = md.lines().collect();
    if lines.first().is_some_and(|l| l.trim_end() == "---") {
        if let Some(end) = lines.iter().skip(1).position(|l| matches!(l.trim_end(), "---" | "...")) {
            for l in &lines[1..=end] {
                let Some((k, v)) = l.split_once(':') else { continue };
                let v = v.trim().trim_matches(['"', '\'']).trim().to_string();
                if v.is_empty() {
                    continue;
                }
                match k.trim().to_ascii_lowercase().as_str() {
                    "title" | "headline" => meta.headline = Some(v),
                    "date" | "published" => meta.published = meta::date(&v),
                    "modified" | "updated" | "lastmod" => meta.modified = meta::date(&v),
                    "author" | "byline" => meta.author = Some(v),
                    "url" | "canonical_url" | "canonical" => meta.url = Some(v),
                    "site" | "publisher" | "outlet" => meta.outlet = Some(v),
                    _ => {}
                }
            }
            lines.drain(..=end + 1);
        }
    }
    let mut paras: Vec<String> = Vec::new();
    let mut cur: Vec<String> = Vec::new();
    let mut fence: Option<&str> = None;
    let mut in_comment = false;
    let mut first_block = true;
    let flush = |cur: &mut Vec<String>, paras: &mut Vec<String>| {
        if !cur.is_empty() {
            paras.push(cur.join(" "));
            cur.clear();
        }
    };
    let mut i = 0;
    while i < lines.len() {
        let raw = lines[i];
        i += 1;
        if let Some(f) = fence {
            if raw.trim_start().starts_with(f) {
                fence = None;
            }
            continue;
        }
        if in_comment {
            if raw.contains("-->") {
                in_comment = false;
            }
            continue;
        }
        let t = raw.trim();
        if t.starts_with("<!--") {
            in_comment = !t.contains("-->");
            continue;
        }
        if t.starts_with("```") || t.starts_with("~~~") {
            flush(&mut cur, &mut paras);
            fence = Some(if t.starts_with("```") { "```" } else { "~~~" });
            continue;
        }
        if t.is_empty() {
            flush(&mut cur, &mut paras);
            continue;
        }
        if cur.is_empty() && raw.starts_with("    ") {
            continue; // indented code
        }
        // Block quotes: strip every `>` level.
        let mut line = t;
        while let Some(rest) = line.strip_prefix('>') {
            line = rest.trim_start();
        }
        if line.is_empty() {
            flush(&mut cur, &mut paras);
            continue;
        }
        // Setext heading underline: the paragraph so far is a heading.
        if !cur.is_empty() && (line.chars().all(|c| c == '=') || line.chars().all(|c| c == '-')) {
            let level1 = line.starts_with('=');
            let heading = cur.join(" ");
            cur.clear();
            if level1 && first_block && meta.headline.as_ref().is_none_or(|h| *h == heading) {
                meta.headline = Some(heading);
            } else {
                paras.push(heading);
            }
            first_block = false;
            continue;
        }
        if is_rule(line) {
            flush(&mut cur, &mut paras);
            continue;
        }
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && (line.len() == hashes || line[hashes..].starts_with(' ')) {
            flush(&mut cur, &mut paras);
            let heading = inline(line[hashes..].trim().trim_end_matches('#').trim());
            if hashes == 1 && paras.is_empty() && first_block && meta.headline.as_ref().is_none_or(|h| *h == heading) {
                meta.headline = Some(heading);
            } else if !heading.is_empty() {
                paras.push(heading);
            }
            first_block = false;
            continue;
        }
        first_block = false;
        if let Some(item) = list_item(line) {
            flush(&mut cur, &mut paras);
            cur.push(inline(item));
            continue;
        }
        if line.starts_with('|') {
            flush(&mut cur, &mut paras);
            let cells: Vec<String> =
                line.trim_matches('|').split('|').map(|c| inline(c.trim())).filter(|c| !c.is_empty()).collect();
            if !cells.iter().all(|c| c.chars().all(|ch| matches!(ch, '-' | ':' | ' '))) {
                paras.push(cells.join(" "));
            }
            continue;
        }
        if line.starts_with('—') && !cur.is_empty() {
            // A post signature stays on its own line under the post.
            let body = cur.join(" ");
            cur.clear();
            cur.push(format!("{body}\n{}", inline(line)));
            flush(&mut cur, &mut paras);
            continue;
        }
        let text = inline(line);
        if !text.is_empty() {
            cur.push(text);
        }
    }
    flush(&mut cur, &mut paras);
    (paras.join("\n\n"), meta)
}

fn is_rule(line: &str) -> bool {
    let c: String = line.chars().filter(|c| !c.is_whitespace()).collect();
    c.len() >= 3 && (c.chars().all(|x| x == '*') || c.chars().all(|x| x == '_') || c.chars().all(|x| x == '-'))
}

/// The text of a list item line (`- x`, `* x`, `+ x`, `1. x`, `2) x`), if it is one.
fn list_item(line: &str) -> Option<&str> {
    for b in ["- ", "* ", "+ ", "• "] {
        if let Some(rest) = line.strip_prefix(b) {
            return Some(rest.trim_start());
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=9).contains(&digits) {
        let rest = &line[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some(r.trim_start());
        }
    }
    None
}

/// Inline Markdown to text: links to their text, images dropped, emphasis and escapes removed.
pub(crate) fn inline(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if i + 1 < chars.len() && chars[i + 1].is_ascii_punctuation() => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '!' if chars.get(i + 1) == Some(&'[') => match link_at(&chars, i + 1) {
                Some((_, _, end)) => i = end,
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '[' => match link_at(&chars, i) {
                Some((text, _, end)) => {
                    out.push_str(&inline(&text));
                    i = end;
                }
                None => {
                    out.push(c);
                    i += 1;
                }
            },
            '<' => {
                let close = chars[i..].iter().position(|&x| x == '>').map(|p| p + i);
                let inner: Option<String> = close.map(|e| chars[i + 1..e].iter().collect());
                match (close, inner) {
                    (Some(e), Some(u))
                        if u.starts_with("http://") || u.starts_with("https://") || u.starts_with("mailto:") =>
                    {
                        out.push_str(&u);
                        i = e + 1;
                    }
                    _ => {
                        out.push(c);
                        i += 1;
                    }
                }
            }
            '`' => i += 1,
            '*' | '_' => {
                let prev = if i == 0 { None } else { Some(chars[i - 1]) };
                let mut j = i;
                while j < chars.len() && chars[j] == c {
                    j += 1;
                }
                let next = chars.get(j).copied();
                let word = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                // Inside a word, `_` is a letter (snake_case); `*` is always emphasis there.
                let keep = c == '_' && word(prev) && word(next)
                    || (!word(prev)
                        && !word(next)
                        && prev.is_some_and(char::is_whitespace)
                        && next.is_some_and(char::is_whitespace));
                if keep {
                    out.extend(&chars[i..j]);
                }
                i = j;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    crate::text::collapse_ws(&out)
}

/// `[text](url)` starting at `open` (the `[`): its text, URL and the index after it.
fn link_at(chars: &[char], open: usize) -> Option<(String, String, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (k, &c) in chars.iter().enumerate().skip(open) {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(k);
                    break;
                }
            }
            _ => {}
        }
    }
    let close = close?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = chars[close + 2..].iter().position(|&c| c == ')')? + close + 2;
    let text: String = chars[open + 1..close].iter().collect();
    let url: String = chars[close + 2..end].iter().collect();
    Some((text, url.split_whitespace().next().unwrap_or("").to_string(), end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_inline() {
        let md = "# Putin visits Kazakhstan\n\nBy **Jane Roe**\n\nPutin [visited](https://x.example/a) Kazakhstan\non Thursday, *officials* said.\n\n\
                  ## Background\n\n> Leaders are making a push.\n> More soon.\n\n- First point\n- Second_point here\n\n\
                  ```\ncode\n```\n\nSee <https://example.org/report> and ![chart](c.png).\n";
        let (text, meta) = to_text(md);
        assert_eq!(meta.headline.as_deref(), Some("Putin visits Kazakhstan"));
        assert_eq!(
            text,
            "By Jane Roe\n\nPutin visited Kazakhstan on Thursday, officials said.\n\nBackground\n\n\
             Leaders are making a push. More soon.\n\nFirst point\n\nSecond_point here\n\nSee https://example.org/report and ."
        );
    }

    #[test]
    fn front_matter_and_post_signature() {
        let md = "---\ntitle: \"A story\"\ndate: 2023-11-09\nauthor: Ann Lee\n---\nPost text here.\n— Jane Roe (@janeroe) November 9, 2023\n";
        let (text, meta) = to_text(md);
        assert_eq!(meta.headline.as_deref(), Some("A story"));
        assert_eq!(meta.published, chrono::NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(meta.author.as_deref(), Some("Ann Lee"));
        assert_eq!(text, "Post text here.\n— Jane Roe (@janeroe) November 9, 2023");
    }
}
