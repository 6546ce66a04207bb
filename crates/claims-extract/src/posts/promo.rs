//! Lines that are not claims (calls to action), and post text cleaned for a
//! claim statement.

use super::find_links;

/// Openings of calls to action, lower case, matched at the start of the
/// sentence (after quotation marks, arrows, emoji and bullets).
const PROMO_OPENINGS: &[&str] = &[
    "find out more",
    "read more",
    "read the full",
    "read our",
    "read the latest",
    "learn more",
    "see more",
    "more here",
    "more info",
    "more details",
    "full story",
    "full report",
    "full coverage",
    "full statement at",
    "full statement:",
    "full text at",
    "full text:",
    "full interview",
    "full video",
    "subscribe",
    "sign up",
    "click here",
    "click the link",
    "tap here",
    "follow us",
    "follow @",
    "follow the latest",
    "follow live",
    "watch:",
    "watch here",
    "watch live",
    "watch the full",
    "watch the video",
    "listen:",
    "listen here",
    "listen to the full",
    "download our",
    "download the app",
    "get the latest",
    "get our",
    "join us",
    "join our",
    "like us on",
    "share this",
    "don't miss",
    "don’t miss",
    "also read",
    "related:",
    "see also:",
    "advertisement",
    "story continues below",
    "support our journalism",
    "support independent journalism",
    "become a member",
    "stay up to date",
    "stay informed",
    "visit our website",
    "check out our",
    "for more news",
    "for the latest",
    "for more information, visit",
    "to read more",
    "to learn more",
    "to find out more",
    "catch up on",
    "breaking news alerts",
];

/// [`PROMO_OPENINGS`] ordered by their first byte (none is empty).
static OPENINGS_BY_FIRST: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let mut v: Vec<&'static str> = PROMO_OPENINGS.iter().copied().filter(|p| !p.is_empty()).collect();
    v.sort_by_key(|p| p.as_bytes()[0]);
    v
});

/// Imperatives that, with `here`/`link` and a URL, make a call to action.
const IMPERATIVES: &[&str] =
    &["find", "read", "learn", "see", "watch", "listen", "click", "tap", "visit", "check", "follow", "get", "discover"];

/// Leading characters skipped before matching: quotes, bullets, arrows, emoji.
fn skip_decoration(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        c.is_whitespace()
            || !c.is_alphanumeric()
                && !matches!(c, '@' | '#')
                && (!c.is_ascii() || matches!(c, '"' | '\'' | '*' | '>' | '-' | '•' | '(' | '['))
    })
}

/// True for promotional lines that are not claims: `Find out more … here: <link>`,
/// `Read more`, `Subscribe …`, `Click here`, `Follow us`, `Watch:`, `Advertisement`,
/// an imperative pointing `here`/to a link (`See the map here: https://…`), and a
/// sentence made only of links and hashtags.
pub fn is_promotional(sentence: &str) -> bool {
    let s = skip_decoration(sentence);
    if s.is_empty() {
        return false;
    }
    // ASCII text (the usual sentence): the openings read from its lower-cased head
    // (each opening and the char after it fit in 64 bytes), as below.
    if s.is_ascii() {
        let head = &s.as_bytes()[..s.len().min(64)];
        let mut buf = [0u8; 64];
        for (d, b) in buf.iter_mut().zip(head) {
            *d = b.to_ascii_lowercase();
        }
        let lower = &buf[..head.len()];
        // Only the openings starting with the head's first byte can match.
        let first = lower.first().copied().unwrap_or(0);
        let sorted = &*OPENINGS_BY_FIRST;
        let from = sorted.partition_point(|p| p.as_bytes()[0] < first);
        let to = sorted.partition_point(|p| p.as_bytes()[0] <= first);
        if sorted[from..to].iter().any(|p| {
            lower.starts_with(p.as_bytes())
                && (p.ends_with([':', '@']) || lower.get(p.len()).is_none_or(|c| !c.is_ascii_alphanumeric()))
        }) {
            return true;
        }
        // The other tests need a link, and fail when the first word is a plain word
        // (no link can start in it: no `:` or `.`) that is not an imperative: it is
        // a word besides links and hashtags.
        // (`s` is ASCII and starts with no white space: its first word ends at the first white-space byte.)
        let b = s.as_bytes();
        let w1 = &b[..b.iter().position(|c| matches!(c, b'\t'..=b'\r' | b' ')).unwrap_or(b.len())];
        let plain = !w1.iter().any(|c| matches!(c, b':' | b'.'))
            && !matches!(w1.first(), Some(b'#' | b'@'))
            && w1.iter().any(u8::is_ascii_alphanumeric);
        // The leading letters and digits (a word longer than the head is no imperative).
        let imperative = || {
            let lead = lower.iter().take_while(|c| c.is_ascii_alphanumeric()).count();
            IMPERATIVES.iter().any(|w| w.as_bytes() == &lower[..lead])
        };
        if (plain && !imperative()) || find_links(s).is_empty() {
            return false;
        }
    }
    let lower = s.to_lowercase();
    if PROMO_OPENINGS.iter().any(|p| {
        lower.starts_with(p)
            && (p.ends_with([':', '@']) || !lower[p.len()..].starts_with(|c: char| c.is_alphanumeric()))
    }) {
        return true;
    }
    let links = find_links(s);
    // Both remaining tests need a link.
    if links.is_empty() {
        return false;
    }
    // Only links and hashtags.
    let mut rest = String::new();
    let mut last = 0;
    for l in &links {
        rest.push_str(&s[last..l.start]);
        last = l.end;
    }
    rest.push_str(&s[last..]);
    let has_words = rest
        .split_whitespace()
        .any(|w| !w.starts_with('#') && !w.starts_with('@') && w.chars().any(char::is_alphanumeric));
    if !links.is_empty() && !has_words {
        return true;
    }
    // `See the full map here: https://…`
    let first = lower.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    IMPERATIVES.contains(&first)
        && !links.is_empty()
        && [" here", " link", " at:", " below", " via"].iter().any(|w| lower.contains(w))
}

/// Cleans a post's sentence into a claim statement: URLs dropped,
/// `#Putin` → `Putin`, `@handle` → `handle`, a leading label (`#BREAKING:`,
/// `BREAKING:`) and trailing hashtags dropped, enclosing quotation marks and
/// a final period removed, white space collapsed.
pub fn clean_statement(s: &str) -> String {
    // A post header the sentence starts with: `Name (@handle) on X: "…"`.
    let s = match header_end(s) {
        Some(end) => &s[end..],
        None => s,
    };
    // Drop URLs.
    let mut no_links = String::with_capacity(s.len());
    let mut last = 0;
    for l in find_links(s) {
        no_links.push_str(&s[last..l.start]);
        no_links.push(' ');
        last = l.end;
    }
    no_links.push_str(&s[last..]);
    let joined = no_links.split_whitespace().collect::<Vec<_>>().join(" ");
    // Leading label: `#BREAKING:`, `BREAKING:`, `JUST IN:`, `UPDATE -`.
    let labels = ["breaking news", "breaking", "just in", "update", "developing", "urgent", "exclusive", "live"];
    let mut body = joined.as_str();
    let bare = body.trim_start_matches(['#', '🚨', ' ']);
    let lower = bare.to_lowercase();
    for lab in labels {
        if lower.starts_with(lab) && bare.is_char_boundary(lab.len()) {
            let r = bare[lab.len()..].trim_start();
            if let Some(c) = r.chars().next().filter(|c| matches!(c, ':' | '|' | '-' | '—' | '–')) {
                body = r[c.len_utf8()..].trim_start();
                break;
            }
        }
    }
    let mut words: Vec<&str> = body.split_whitespace().collect();
    // Trailing hashtags (a tag cloud at the end of the post).
    while words.last().is_some_and(|w| w.starts_with('#') && w.len() > 1) && words.len() > 1 {
        let w = *words.last().unwrap();
        let tag_only = w[1..]
            .trim_end_matches(['.', ',', '!', '"', '”', '’', '»'])
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_');
        if !tag_only {
            break;
        }
        // Keep a hashtag that ends a sentence in prose (`… in #Kazakhstan.`)
        let prev_is_tag = words.len() >= 2 && words[words.len() - 2].starts_with('#');
        let ends_prose = w.ends_with(['.', '!', '?']) && !prev_is_tag;
        if ends_prose {
            break;
        }
        words.pop();
    }
    // Inner markers.
    let mut out = String::with_capacity(s.len());
    for w in &words {
        if !out.is_empty() {
            out.push(' ');
        }
        let mut prev: Option<char> = None;
        for c in w.chars() {
            if matches!(c, '#' | '@') && prev.is_none_or(|p| !p.is_alphanumeric()) {
                prev = Some(c);
                continue;
            }
            out.push(c);
            prev = Some(c);
        }
    }
    let t = out.trim();
    let t = t.trim_start_matches(['"', '“', '«']).trim_end_matches(['"', '”', '»']);
    let t = t.trim_end_matches(['.', ' ']);
    t.trim().to_string()
}

/// Where a leading post header (`Name (@handle) on X:`, `Name on X:`) ends in `s`.
fn header_end(s: &str) -> Option<usize> {
    let line_end = s.find('\n').unwrap_or(s.len());
    let sig = super::parse_line(s, claims_model::Span::new(0, line_end))?;
    (sig.header && sig.span.start == s.len() - s.trim_start().len()).then_some(sig.span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calls_to_action() {
        for s in [
            "Find out more about this significant meeting here: https://t.co/JwIV69eopy\" pic.twitter.com/Duhb40q2D8",
            "Read more: https://example.org/story",
            "READ MORE",
            "Subscribe to our newsletter for daily updates.",
            "Click here to watch the interview.",
            "Follow us on Telegram.",
            "Follow @TOPXNews for more.",
            "Watch: Putin arrives in Astana https://t.co/abc",
            "👉 Read the full story on our website",
            "\"Learn more at https://example.org\"",
            "Advertisement",
            "See the full map here: https://example.org/map",
            "https://t.co/abc #Kazakhstan #Putin",
            "Don't miss our live coverage.",
            "Sign up for alerts.",
            "Full statement at www.nationalbank.kz/en/news",
        ] {
            assert!(is_promotional(s), "{s}");
        }
    }

    #[test]
    fn links_and_tags_only_and_imperatives_with_links() {
        assert!(is_promotional("#Putin https://t.co/abc"));
        assert!(is_promotional("@TOPXNews https://t.co/abc"));
        assert!(is_promotional("Visit the archive via https://example.org/a"));
        assert!(is_promotional("Tap the link below. https://example.org/a"));
        assert!(!is_promotional("Leaders met in Tashkent https://t.co/abc"));
        assert!(!is_promotional("Putin.https://t.co/abc arrived on Thursday"));
        assert!(!is_promotional("Visit the archive, officials said."));
    }

    #[test]
    fn claims_are_not_promotional() {
        for s in [
            "Putin visited Kazakhstan on Thursday.",
            "Readers were told the talks had collapsed.",
            "Watchdogs said the vote was fair.",
            "Subscribers to the service rose by 12%.",
            "Followers of the movement gathered in Tashkent.",
            "Find the money, investigators said.",
            "See how it ended: the summit closed with no statement.",
            "The report, published at https://example.org/r, found 40 violations.",
            "Watch out for rising prices, the central bank warned.",
            "",
            "“",
        ] {
            assert!(!is_promotional(s), "{s}");
        }
    }

    #[test]
    fn statements_are_cleaned() {
        assert_eq!(
            clean_statement("Russian President Vladimir #Putin is set to visit Kazakhstan, amid renewed interest in the region.https://t.co/ICta5gnHhw"),
            "Russian President Vladimir Putin is set to visit Kazakhstan, amid renewed interest in the region"
        );
        assert_eq!(clean_statement("#BREAKING: #Putin lands in Astana #Kazakhstan #Russia"), "Putin lands in Astana");
        assert_eq!(clean_statement("BREAKING - Putin lands in Astana."), "Putin lands in Astana");
        assert_eq!(clean_statement("JUST IN: talks with @TokayevKZ ended."), "talks with TokayevKZ ended");
        assert_eq!(
            clean_statement("\"Leaders from Pakistan, Turkey, and Iran are making a diplomatic push in Central Asia."),
            "Leaders from Pakistan, Turkey, and Iran are making a diplomatic push in Central Asia"
        );
        assert_eq!(clean_statement("Prices rose 5% in #Kazakhstan."), "Prices rose 5% in Kazakhstan");
        assert_eq!(clean_statement("Email me at a#b and C# code"), "Email me at a#b and C# code");
        assert_eq!(clean_statement(""), "");
        assert_eq!(clean_statement("#Putin"), "Putin");
        assert_eq!(
            clean_statement("Kazakh Finance Ministry on X: \"The 2024 budget assumes inflation of 7.5%.\""),
            "The 2024 budget assumes inflation of 7.5%"
        );
        assert_eq!(clean_statement("TOP X News (@TOPXNews) on X: Talks ended."), "Talks ended");
        assert_eq!(clean_statement("Officials on Monday: talks ended."), "Officials on Monday: talks ended");
        assert_eq!(
            clean_statement(
                "Together we will build new bridges of cooperation. #ECOSummit” pic.twitter.com/Rk2mXq81Lp"
            ),
            "Together we will build new bridges of cooperation"
        );
    }
}
