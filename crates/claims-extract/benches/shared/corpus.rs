//! The in-memory news corpus shared by the `extract` bench and the `speed`
//! example: the fixture articles and the seed article, paragraphs shuffled
//! deterministically and numbers varied so the text does not repeat verbatim.

const ARTICLES: &[&str] = &[
    include_str!("../../../../tests/fixtures/seed/article.txt"),
    include_str!("../../../../tests/fixtures/articles/wire_rates.txt"),
    include_str!("../../../../tests/fixtures/articles/political_quotes.txt"),
    include_str!("../../../../tests/fixtures/articles/social_posts.txt"),
    include_str!("../../../../tests/fixtures/articles/liveblog_storm.txt"),
    include_str!("../../../../tests/fixtures/articles/abbreviations_science.txt"),
    include_str!("../../../../tests/fixtures/articles/according_to_health.txt"),
];

/// About `target` bytes of articles: each round takes the paragraphs of every
/// fixture in a rotated order and shifts the digits, so rounds differ.
pub fn corpus(target: usize) -> String {
    let paragraphs: Vec<&str> = ARTICLES.iter().flat_map(|a| a.split('\n')).filter(|p| !p.trim().is_empty()).collect();
    let mut out = String::with_capacity(target + 4096);
    let mut round = 0usize;
    while out.len() < target {
        let n = paragraphs.len();
        for k in 0..n {
            let p = paragraphs[(k * 7 + round * 13) % n];
            out.extend(p.chars().map(|c| match c {
                '0'..='9' => char::from(b'0' + ((c as u8 - b'0' + round as u8) % 10)),
                c => c,
            }));
            out.push('\n');
            if k % 9 == 8 {
                out.push('\n');
            }
        }
        round += 1;
    }
    out
}

/// About `target` bytes of [`corpus`] split into articles of ~3 KB (at a blank
/// line after 3000 bytes), as a user runs the extractor article by article.
pub fn articles(target: usize) -> Vec<String> {
    let text = corpus(target);
    let mut v = Vec::new();
    let mut cur = String::new();
    for line in text.split_inclusive('\n') {
        cur.push_str(line);
        if cur.len() > 3000 && line.trim().is_empty() {
            v.push(std::mem::take(&mut cur));
        }
    }
    v.push(cur);
    v
}
