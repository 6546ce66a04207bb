//! From a DOM to plain article text: paragraphs joined by a blank line.
//!
//! Block elements (paragraphs, headings, block quotes, list items, table rows, …)
//! each give a paragraph; inline text is joined with white space collapsed; `<br>`
//! gives a line break inside a paragraph; links give their text. Scripts, styles,
//! forms, buttons, navigation, asides, media and figure captions give nothing. The
//! walk uses an explicit stack, so no nesting depth can overflow the call stack.

use dom_query::NodeRef;

const BLOCK: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Elements whose content is never article text.
pub(crate) const SKIP: &[&str] = &[
    "aside",
    "audio",
    "button",
    "canvas",
    "embed",
    "figcaption",
    "form",
    "head",
    "iframe",
    "img",
    "input",
    "map",
    "math",
    "nav",
    "noscript",
    "object",
    "picture",
    "script",
    "select",
    "source",
    "style",
    "svg",
    "template",
    "textarea",
    "title",
    "video",
];

/// Collapses runs of white space (including no-break spaces) to one space, trimmed.
pub fn collapse_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The paragraphs under `root`, in document order; `extra_skip` names more elements to leave out.
pub(crate) fn paragraphs(root: &NodeRef, extra_skip: &[&str]) -> Vec<String> {
    enum Step<'a> {
        Enter(NodeRef<'a>),
        Leave(bool, bool),
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut pre = 0usize;
    let mut stack = vec![Step::Enter(*root)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Leave(block, is_pre) => {
                if is_pre {
                    pre -= 1;
                }
                if block {
                    flush(&mut cur, &mut out);
                }
            }
            Step::Enter(node) => {
                if node.is_text() {
                    push_text(&mut cur, &node.text(), pre > 0);
                    continue;
                }
                if !(node.is_element() || node.is_document() || node.is_fragment()) {
                    continue;
                }
                let name = node.node_name().map(|n| n.to_ascii_lowercase()).unwrap_or_default();
                if SKIP.contains(&name.as_str()) || extra_skip.contains(&name.as_str()) || hidden(&node) {
                    continue;
                }
                if name == "br" {
                    trim_end_spaces(&mut cur);
                    cur.push('\n');
                    continue;
                }
                let block = BLOCK.contains(&name.as_str());
                let is_pre = name == "pre";
                if block {
                    flush(&mut cur, &mut out);
                }
                if is_pre {
                    pre += 1;
                }
                stack.push(Step::Leave(block, is_pre));
                let children: Vec<NodeRef> = node.children_it(true).collect();
                stack.extend(children.into_iter().map(Step::Enter));
            }
        }
    }
    flush(&mut cur, &mut out);
    out
}

fn hidden(node: &NodeRef) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| &*v == "true")
        || node.attr("style").is_some_and(|s| {
            let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

fn push_text(cur: &mut String, text: &str, pre: bool) {
    if pre {
        cur.push_str(text);
        return;
    }
    let mut space = text.starts_with(|c: char| c.is_whitespace());
    for w in text.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        if space && !cur.is_empty() && !cur.ends_with([' ', '\n']) {
            cur.push(' ');
        }
        cur.push_str(w);
        space = true;
    }
    if text.ends_with(|c: char| c.is_whitespace()) && !cur.is_empty() && !cur.ends_with([' ', '\n']) {
        cur.push(' ');
    }
}

fn trim_end_spaces(cur: &mut String) {
    while cur.ends_with(' ') {
        cur.pop();
    }
}

fn flush(cur: &mut String, out: &mut Vec<String>) {
    let lines: Vec<&str> = cur.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    if !lines.is_empty() {
        out.push(lines.join("\n"));
    }
    cur.clear();
}
