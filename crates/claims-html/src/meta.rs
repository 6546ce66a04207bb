//! Article metadata read from a page's markup.
//!
//! Each field takes the first of these that the page gives:
//! - headline: JSON-LD `headline`, `og:title`, `twitter:title`, the first `<h1>`, `<title>`;
//! - published: `article:published_time`, JSON-LD `datePublished`, `itemprop=datePublished`,
//!   `<meta name=pubdate|publishdate|date|dc.date.issued|parsely-pub-date|sailthru.date>`,
//!   then the first `<time datetime>` (preferring one marked `pubdate` or `itemprop`);
//! - modified: `article:modified_time`, `og:updated_time`, JSON-LD `dateModified`,
//!   `itemprop=dateModified`;
//! - outlet: `og:site_name`, JSON-LD `publisher.name`, `application-name`;
//! - URL: `<link rel=canonical>`, `og:url`, JSON-LD `url`/`mainEntityOfPage`;
//! - author: JSON-LD `author` names (joined with `and`), `<meta name=author>`,
//!   `article:author` when it is a name (not a URL), `rel=author` links, a `.byline`.
//!
//! JSON-LD is read from every `script[type="application/ld+json"]`, through top-level
//! arrays and `@graph`, preferring article types (`NewsArticle`, `LiveBlogPosting`, …)
//! and resolving `@id` references (a publisher given as `{"@id": "#org"}`).
//! Dates keep the calendar day as written (`2023-11-09T23:30:00-05:00` → 2023-11-09).

use chrono::NaiveDate;
use dom_query::Document;
use serde_json::Value;

use crate::text::collapse_ws;

/// What a page says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The headline.
    pub headline: Option<String>,
    /// Byline author(s).
    pub author: Option<String>,
    /// Publication date.
    pub published: Option<NaiveDate>,
    /// Last modification date.
    pub modified: Option<NaiveDate>,
    /// The publisher (site name).
    pub outlet: Option<String>,
    /// The canonical URL.
    pub url: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "LiveBlogPosting",
    "BlogPosting",
    "ReviewNewsArticle",
    "Report",
];

/// Reads the metadata of `doc` (see the module docs for the order of preference).
pub fn read(doc: &Document) -> Meta {
    let ld = JsonLd::read(doc);
    // One pass over the `<meta>` tags: lower-cased property/name/itemprop → first non-empty content.
    let mut tags: Vec<(String, String)> = Vec::new();
    for n in doc.select("meta[content]").nodes() {
        let Some(content) = n.attr("content").map(|c| collapse_ws(&c)).filter(|c| !c.is_empty()) else { continue };
        for attr in ["property", "name", "itemprop"] {
            if let Some(k) = n.attr(attr) {
                tags.push((k.trim().to_ascii_lowercase(), content.clone()));
            }
        }
    }
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            let k = k.to_ascii_lowercase();
            tags.iter().find(|(key, _)| *key == k).map(|(_, v)| v.clone())
        })
    };
    let headline = ld
        .str("headline")
        .or_else(|| meta(&["og:title", "twitter:title"]))
        .or_else(|| first_text(doc, "h1"))
        .or_else(|| first_text(doc, "title").map(|t| strip_site_suffix(&t)));
    let published = meta(&["article:published_time"])
        .and_then(|d| date(&d))
        .or_else(|| ld.str("datePublished").and_then(|d| date(&d)))
        .or_else(|| {
            meta(&[
                "datePublished",
                "pubdate",
                "publishdate",
                "publish-date",
                "date",
                "dc.date.issued",
                "dc.date",
                "parsely-pub-date",
                "sailthru.date",
            ])
            .and_then(|d| date(&d))
        })
        .or_else(|| time_attr(doc, "time[itemprop=datePublished], time[pubdate], time.published, time.dt-published"))
        .or_else(|| time_attr(doc, "article time[datetime], main time[datetime]"))
        .or_else(|| time_attr(doc, "time[datetime]"));
    let modified = meta(&["article:modified_time", "og:updated_time"])
        .and_then(|d| date(&d))
        .or_else(|| ld.str("dateModified").and_then(|d| date(&d)))
        .or_else(|| meta(&["dateModified", "last-modified"]).and_then(|d| date(&d)))
        .or_else(|| time_attr(doc, "time[itemprop=dateModified], time.updated, time.dt-updated"));
    let outlet = meta(&["og:site_name"]).or_else(|| ld.publisher()).or_else(|| meta(&["application-name"]));
    let url = doc
        .select("link[rel~=canonical][href]")
        .nodes()
        .iter()
        .find_map(|n| n.attr("href").map(|h| h.trim().to_string()).filter(|h| h.starts_with("http")))
        .or_else(|| meta(&["og:url"]).filter(|u| u.starts_with("http")))
        .or_else(|| ld.url());
    let author = ld
        .authors()
        .or_else(|| {
            meta(&["author", "article:author", "parsely-author", "sailthru.author"]).filter(|a| !a.contains("://"))
        })
        .or_else(|| {
            first_text(doc, "[rel~=author], [itemprop=author] [itemprop=name], .byline, .author-name, .article-author")
        })
        .map(|a| strip_by(&a))
        .filter(|a| !a.is_empty() && a.chars().count() <= 200);
    Meta { headline, author, published, modified, outlet, url }
}

/// The article text a page gives in JSON-LD `articleBody` (pages that render their
/// story with scripts often carry it there), as paragraphs.
pub fn article_body(doc: &Document) -> Vec<String> {
    let ld = JsonLd::read(doc);
    let body =
        ld.nodes.iter().find_map(|n| n.get("articleBody").and_then(Value::as_str).filter(|b| !b.trim().is_empty()));
    body.map(|b| b.split('\n').map(collapse_ws).filter(|p| !p.is_empty()).collect()).unwrap_or_default()
}

fn first_text(doc: &Document, sel: &str) -> Option<String> {
    doc.select(sel).nodes().iter().map(|n| collapse_ws(&n.text())).find(|t| !t.is_empty())
}

fn time_attr(doc: &Document, sel: &str) -> Option<NaiveDate> {
    doc.select(sel).nodes().iter().find_map(|n| n.attr("datetime").and_then(|d| date(&d)))
}

/// `Council approves budget | Rivertown Courier` → `Council approves budget`: a last
/// part after ` | `, ` - `, ` – `, ` — ` or ` » ` of at most four words is the site name.
fn strip_site_suffix(title: &str) -> String {
    for sep in [" | ", " - ", " – ", " — ", " » ", " :: "] {
        if let Some(p) = title.rfind(sep) {
            let (head, tail) = (&title[..p], &title[p + sep.len()..]);
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3 {
                return head.trim().to_string();
            }
        }
    }
    title.to_string()
}

/// `By Jane Roe and John Doe` → `Jane Roe and John Doe`.
pub fn strip_by(a: &str) -> String {
    let a = a.trim();
    let lower = a.to_lowercase();
    if lower.starts_with("by ") {
        a[3..].trim().to_string()
    } else {
        a.to_string()
    }
}

/// The calendar date at the start of an ISO 8601 stamp (`2023-11-09`, `2023-11-09T10:00:00Z`),
/// or a written-out date (`November 9, 2023`).
pub fn date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if let Some(head) = s.get(..10) {
        if let Ok(d) = NaiveDate::parse_from_str(head, "%Y-%m-%d") {
            return Some(d);
        }
    }
    if let Some(head) = s.get(..8) {
        if head.bytes().all(|b| b.is_ascii_digit()) && s.len() == 8 {
            return NaiveDate::parse_from_str(head, "%Y%m%d").ok();
        }
    }
    crate::embeds::parse_date_words(s)
}

/// The JSON-LD objects of a page, article objects first.
struct JsonLd {
    nodes: Vec<Value>,
}

impl JsonLd {
    fn read(doc: &Document) -> Self {
        let mut all = Vec::new();
        for script in doc.select("script[type=\"application/ld+json\" i]").nodes() {
            // serde_json bounds nesting (128 levels), so hostile JSON cannot overflow the stack.
            let Ok(v) = serde_json::from_str::<Value>(script.text().trim()) else { continue };
            let mut stack = vec![v];
            while let Some(v) = stack.pop() {
                match v {
                    Value::Array(items) => stack.extend(items.into_iter().rev()),
                    Value::Object(mut o) => {
                        if let Some(g) = o.remove("@graph") {
                            stack.push(g);
                        }
                        all.push(Value::Object(o));
                    }
                    _ => {}
                }
                if all.len() > 1000 {
                    break;
                }
            }
        }
        let is_article = |v: &Value| match v.get("@type") {
            Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
            Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
            _ => false,
        };
        let (mut nodes, rest): (Vec<Value>, Vec<Value>) = all.into_iter().partition(is_article);
        nodes.extend(rest);
        JsonLd { nodes }
    }

    /// The first article object that has `key` as a non-empty string.
    fn str(&self, key: &str) -> Option<String> {
        self.nodes.iter().find_map(|n| n.get(key).and_then(Value::as_str).map(collapse_ws).filter(|s| !s.is_empty()))
    }

    /// Resolves `{"@id": …}` references to the full object, when the page has it.
    fn resolve<'a>(&'a self, v: &'a Value) -> &'a Value {
        if let Some(id) = v.get("@id").and_then(Value::as_str) {
            if v.get("name").is_none() {
                if let Some(full) = self
                    .nodes
                    .iter()
                    .find(|n| n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some())
                {
                    return full;
                }
            }
        }
        v
    }

    fn name_of(&self, v: &Value) -> Option<String> {
        match v {
            Value::String(s) => Some(collapse_ws(s)),
            Value::Object(_) => self.resolve(v).get("name").and_then(Value::as_str).map(collapse_ws),
            _ => None,
        }
        .filter(|s| !s.is_empty())
    }

    fn publisher(&self) -> Option<String> {
        self.nodes.iter().find_map(|n| {
            n.get("publisher").and_then(|p| match p {
                Value::Array(ps) => ps.iter().find_map(|p| self.name_of(p)),
                p => self.name_of(p),
            })
        })
    }

    fn authors(&self) -> Option<String> {
        self.nodes.iter().find_map(|n| {
            let names: Vec<String> = match n.get("author")? {
                Value::Array(a) => a.iter().filter_map(|x| self.name_of(x)).collect(),
                a => self.name_of(a).into_iter().collect(),
            };
            let names: Vec<String> = names.into_iter().filter(|n| !n.contains("://")).collect();
            match names.len() {
                0 => None,
                1 => Some(names[0].clone()),
                k => Some(format!("{} and {}", names[..k - 1].join(", "), names[k - 1])),
            }
        })
    }

    fn url(&self) -> Option<String> {
        self.nodes.iter().find_map(|n| {
            let u = n.get("url").and_then(Value::as_str).or_else(|| match n.get("mainEntityOfPage") {
                Some(Value::String(s)) => Some(s.as_str()),
                Some(o) => o.get("@id").and_then(Value::as_str),
                None => None,
            })?;
            u.starts_with("http").then(|| u.trim().to_string())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_graph_with_references() {
        let page = r##"<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"Organization","@id":"#org","name":"The Daily Ledger"},
            {"@type":"WebPage","@id":"https://x.example/a","url":"https://x.example/a"},
            {"@type":"NewsArticle","headline":"Putin visits Kazakhstan","datePublished":"2023-11-09T08:15:00+06:00",
             "dateModified":"2023-11-10","publisher":{"@id":"#org"},
             "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}]}]}
            </script><title>Putin visits Kazakhstan | The Daily Ledger</title></head><body></body></html>"##;
        let m = read(&Document::from(page));
        assert_eq!(m.headline.as_deref(), Some("Putin visits Kazakhstan"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(m.modified, NaiveDate::from_ymd_opt(2023, 11, 10));
        assert_eq!(m.outlet.as_deref(), Some("The Daily Ledger"));
        assert_eq!(m.author.as_deref(), Some("Jane Roe and John Doe"));
        assert_eq!(m.url.as_deref(), Some("https://x.example/a"));
    }

    #[test]
    fn meta_tags_and_time() {
        let page = r#"<html><head><meta property="og:site_name" content="Wire"><link rel="canonical" href="https://w.example/s">
            <meta name="author" content="By Ann Lee"></head><body><h1> Title </h1><time datetime="2024-02-29T10:00Z">Feb 29</time></body></html>"#;
        let m = read(&Document::from(page));
        assert_eq!(m.headline.as_deref(), Some("Title"));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2024, 2, 29));
        assert_eq!(m.outlet.as_deref(), Some("Wire"));
        assert_eq!(m.url.as_deref(), Some("https://w.example/s"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee"));
        assert_eq!(m.modified, None);
    }

    #[test]
    fn title_suffix() {
        assert_eq!(strip_site_suffix("Council approves budget | Rivertown Courier"), "Council approves budget");
        assert_eq!(
            strip_site_suffix("Storm Ciarán: Ferries cancelled - Coastline News"),
            "Storm Ciarán: Ferries cancelled"
        );
        assert_eq!(strip_site_suffix("Yes - no"), "Yes - no");
        assert_eq!(
            strip_site_suffix("Prices up - and why it matters for the average family"),
            "Prices up - and why it matters for the average family"
        );
    }

    #[test]
    fn dates() {
        assert_eq!(date("2023-11-09T23:30:00-05:00"), NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(date("20231109"), NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(date("Thursday, November 9, 2023"), NaiveDate::from_ymd_opt(2023, 11, 9));
        assert_eq!(date("2023-13-45"), None);
        assert_eq!(date("é"), None);
    }
}
