//! Scale benchmark of the ledger: generates a store of many stories and
//! claims (synthetic extractions, recorded through the library's own batch
//! path), then times `track`, `show`, `sources` and `log` on it.
//!
//! Size: `CLAIMS_BENCH_STORIES` (default 1,000) stories of
//! `CLAIMS_BENCH_CLAIMS` (default 100) claims each; every fourth story gets a
//! second version. The target figures are for 10,000 stories and 1,000,000 claims:
//!
//! ```sh
//! CLAIMS_BENCH_STORIES=10000 cargo bench -p claims-store --bench scale
//! ```
//!
//! Measured on a shared 2-core VM (ext4), 10,000 stories / 1.03 million claims
//! (65,536 claim shards, 14,789 sources, 3 GB, generated in about 19 min under load):
//! `show` 1.0 ms, `log` 14 µs, `sources --story` 1.2 ms, `sources` (whole
//! registry) 67–111 ms, `track` of a 100-claim version 240–500 ms, of a new
//! story 390–460 ms (dominated by fsyncs: one file per touched claim shard).
//!
//! The store is generated in a temporary folder and deleted afterwards, unless
//! `CLAIMS_BENCH_DIR` names a folder to generate it in (and keep, e.g. to time
//! the `claims` binary on it; an existing store there is reused).

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Instant;

use chrono::{DateTime, NaiveDate, Utc};
use claims_model::{
    ids, Article, Attribution, AttributionType, Certainty, Claim, ClaimKind, Entity, EntityKind, Extraction, Source,
    SourceKind, Span, SpannedText, Speaker,
};
use claims_store::{NewVersion, Store};
use criterion::Criterion;

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A small deterministic generator (SplitMix64).
fn mix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

const WORDS: [&str; 16] = [
    "exports",
    "prices",
    "inflation",
    "unemployment",
    "output",
    "investment",
    "wages",
    "rents",
    "tariffs",
    "subsidies",
    "emissions",
    "imports",
    "debt",
    "revenue",
    "spending",
    "growth",
];
const PLACES: [&str; 8] = ["Ostvik", "Varna", "Lorne", "Brask", "Tellin", "Morva", "Kessel", "Orlo"];

/// The source pool: a skewed draw so that a few sources appear in many stories.
fn source(n: usize) -> Source {
    let (kind, name) = match n % 4 {
        0 => (SourceKind::Outlet, format!("Wire Service {n}")),
        1 => (SourceKind::Organization, format!("Ministry of Affairs {n}")),
        _ => (SourceKind::Person, format!("Official Number {n}")),
    };
    let k = serde_json::to_value(kind).unwrap();
    Source {
        id: ids::source_id(k.as_str().unwrap(), &name, None),
        kind,
        name: name.clone(),
        handle: None,
        url: None,
        date: None,
        role: None,
        mentions: vec![],
        urls: vec![],
    }
}

/// Version `version` of story `s`: its text and extraction.
fn generate(s: usize, version: u32, claims: usize, pool: usize, salt: u64) -> (String, Extraction) {
    let r = |i: u64| mix(((s as u64) << 32) ^ i);
    let sources: Vec<Source> = (0..8)
        .map(|i| {
            let x = r(1000 + i) as usize % pool;
            source(x * x / pool)
        })
        .collect();
    let mut text = String::new();
    let mut out = Vec::with_capacity(claims);
    for k in 0..claims {
        // Version 2 rewords one claim in ten and drops one in twenty.
        let mut j = k as u64;
        if version > 1 && k % 20 == 0 {
            continue;
        }
        if version > 1 && k % 10 == 5 {
            j += 1_000_000 * (salt + 1);
        }
        let x = r(j);
        let word = WORDS[(x % 16) as usize];
        let place = PLACES[(x >> 8) as usize % 8];
        let statement = format!("{word} in {place} rose by {} percent in story {s} item {j}", x % 97);
        let speaker = (x % 10 < 7).then(|| &sources[(x >> 16) as usize % sources.len()]);
        let start = text.len();
        let sentence = match speaker {
            Some(sp) => format!("{} said {statement}. ", sp.name),
            None => format!("{statement}. "),
        };
        text.push_str(&sentence);
        let span = Span::new(start, start + sentence.trim_end().len());
        let attribution = speaker.map(|sp| Attribution {
            speaker: Some(Speaker {
                name: sp.name.clone(),
                text: sp.name.clone(),
                span: Span::new(start, start + sp.name.len()),
                source: Some(sp.id.clone()),
            }),
            cue: Some(SpannedText {
                text: "said".into(),
                span: Span::new(start + sp.name.len() + 1, start + sp.name.len() + 5),
            }),
            content: SpannedText { text: statement.clone(), span: Span::new(start + sp.name.len() + 6, span.end - 1) },
            content_parts: vec![],
            direct: false,
            kind: AttributionType::Speech,
        });
        out.push(Claim {
            id: ids::claim_id(&statement, speaker.map(|sp| sp.name.as_str())),
            statement: statement.clone(),
            text: text[span.start..span.end].to_string(),
            span,
            sentence: k,
            kind: if speaker.is_some() { ClaimKind::IndirectQuote } else { ClaimKind::Assertion },
            attribution,
            certainty: if x % 7 == 0 { Certainty::Expected } else { Certainty::Asserted },
            hedges: vec![],
            negated: false,
            time: None,
            entities: vec![Entity { name: place.into(), text: place.into(), kind: EntityKind::Place, span }],
            sources: speaker.map(|sp| vec![sp.id.clone()]).unwrap_or_default(),
            checkworthy: (x % 100) as f64 / 100.0,
            corroborations: vec![],
        });
    }
    let mut claim_ids: Vec<String> = out.iter().map(|c| c.id.clone()).collect();
    ids::disambiguate(&mut claim_ids);
    for (c, id) in out.iter_mut().zip(claim_ids) {
        c.id = id;
    }
    let published = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new((s % 300) as u64 + version as u64);
    let ext = Extraction {
        article: Article {
            id: ids::article_id(&text),
            published: Some(published),
            outlet: Some("Ostvik Post".into()),
            url: Some(format!("https://example.org/story/{s}/v{version}")),
            dateline: None,
            headline: None,
            author: None,
            modified: None,
        },
        sentences: vec![],
        sources,
        claims: out,
        text: None,
    };
    (text, ext)
}

fn recorded() -> DateTime<Utc> {
    DateTime::from_timestamp(1_710_000_000, 0).unwrap()
}

struct Setup {
    store: Store,
    _tmp: Option<tempfile::TempDir>,
    ids: Vec<String>,
    stories: usize,
    claims: usize,
    pool: usize,
}

fn setup() -> Setup {
    let stories = env_usize("CLAIMS_BENCH_STORIES", 1_000);
    let claims = env_usize("CLAIMS_BENCH_CLAIMS", 100);
    let pool = (stories * 2).max(100);
    let (root, tmp) = match std::env::var_os("CLAIMS_BENCH_DIR") {
        Some(d) => (PathBuf::from(d), None),
        None => {
            let t = tempfile::tempdir().unwrap();
            (t.path().join("claims"), Some(t))
        }
    };
    let store = Store::new(&root);
    let ids: Vec<String> = (0..stories)
        .step_by((stories / 500).max(1))
        .flat_map(|s| generate(s, 1, claims, pool, 0).1.claims.into_iter().step_by(claims / 2 + 1).map(|c| c.id))
        .collect();
    if root.join("store.json").exists() {
        eprintln!("reusing the store at {}", root.display());
        return Setup { store, _tmp: tmp, ids, stories, claims, pool };
    }
    eprintln!("generating {stories} stories × {claims} claims in {} …", root.display());
    let t = Instant::now();
    let chunk = env_usize("CLAIMS_BENCH_CHUNK", 2_500);
    let mut start = 0;
    while start < stories {
        let end = (start + chunk).min(stories);
        store
            .batch(|b| {
                for s in start..end {
                    let slug = format!("story-{s:05}");
                    let (text, ext) = generate(s, 1, claims, pool, 0);
                    b.track(NewVersion { story: &slug, text: &text, extraction: &ext, recorded: recorded() })?;
                    if s % 4 == 0 {
                        let (text, ext) = generate(s, 2, claims, pool, 0);
                        b.track(NewVersion { story: &slug, text: &text, extraction: &ext, recorded: recorded() })?;
                    }
                }
                Ok(())
            })
            .unwrap();
        eprintln!("  {end} stories after {:.1} s", t.elapsed().as_secs_f64());
        start = end;
    }
    let v = store.sources().unwrap().len();
    eprintln!("generated in {:.1} s; {v} sources in the registry", t.elapsed().as_secs_f64());
    Setup { store, _tmp: tmp, ids, stories, claims, pool }
}

fn bench(c: &mut Criterion) {
    let s = setup();
    let label = format!("{}x{}", s.stories, s.claims);
    let mut g = c.benchmark_group(format!("ledger-{label}"));
    g.sample_size(20);

    let mut i = 0;
    g.bench_function("show", |b| {
        b.iter(|| {
            i = (i + 1) % s.ids.len();
            black_box(s.store.show(&s.ids[i]).unwrap())
        })
    });
    g.bench_function("log", |b| b.iter(|| black_box(s.store.log("story-00004").unwrap())));
    g.bench_function("sources --story", |b| b.iter(|| black_box(s.store.story_sources("story-00008").unwrap())));
    g.bench_function("sources (whole registry)", |b| b.iter(|| black_box(s.store.sources().unwrap())));

    g.sample_size(10);
    let mut salt = 1u64;
    g.bench_function("track (new version of a story)", |b| {
        b.iter(|| {
            salt += 1;
            let story = (salt as usize * 7919) % s.stories;
            let (text, ext) = generate(story, 2, s.claims, s.pool, salt);
            let slug = format!("story-{story:05}");
            black_box(s.store.track(&slug, &text, &ext, recorded()).unwrap())
        })
    });
    g.bench_function("track (new story)", |b| {
        b.iter(|| {
            salt += 1;
            let (text, ext) = generate(s.stories + salt as usize, 1, s.claims, s.pool, salt);
            let slug = format!("new-{salt}");
            black_box(s.store.track(&slug, &text, &ext, recorded()).unwrap())
        })
    });
    g.finish();
}

fn main() {
    let mut c = Criterion::default().configure_from_args();
    bench(&mut c);
    c.final_summary();
}
