//! Speed of reading pages: a fixture news page, a ~6 MB page, a page nested 100,000 deep.
#![allow(missing_docs)] // criterion_group! generates an undocumented public function

use criterion::{criterion_group, criterion_main, Criterion};

fn big_page() -> String {
    let mut page = String::from("<!DOCTYPE html><html><head><title>Big</title><script>var d=[");
    for i in 0..100_000 {
        page.push_str(&format!("{{\"id\":{i},\"html\":\"<div class='x'>item {i}</div>\"}},"));
    }
    page.push_str("];</script></head><body><nav><ul>");
    for i in 0..20_000 {
        page.push_str(&format!("<li><a href=\"/s/{i}\">Section {i}</a></li>"));
    }
    page.push_str("</ul></nav><article><h1>Big</h1>");
    for i in 0..2_000 {
        page.push_str(&format!(
            "<p>Paragraph {i}: the council said on Tuesday that spending on roads would rise, officials said.</p>"
        ));
    }
    page.push_str("</article></body></html>");
    page
}

fn bench(c: &mut Criterion) {
    let fixture = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/html/embedded-posts.html"))
        .expect("fixture page");
    let big = big_page();
    let deep = format!("<html><body>{}<p>Deep.</p>{}</body></html>", "<div>".repeat(100_000), "</div>".repeat(100_000));
    let mut g = c.benchmark_group("html");
    g.sample_size(10);
    g.bench_function("fixture page (6 KB)", |b| b.iter(|| claims_html::read_html(&fixture)));
    g.bench_function(format!("big page ({} MB)", big.len() / 1_000_000), |b| {
        b.iter(|| claims_html::read_html(big.as_bytes()))
    });
    g.bench_function("nested 100,000 deep", |b| b.iter(|| claims_html::read_html(deep.as_bytes())));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
