//! Corroboration: claims of one article that report the same event or fact
//! from different sources, linked both ways.
//!
//! 1. Each claim's source is its speaker's source (or speaker name); claims
//!    without a speaker are the publisher's own. Claims from the same source
//!    never corroborate each other, nor do claims read from overlapping text
//!    (an attribution and the content inside it are one report, not two).
//! 2. Claims are indexed by the matcher's content words ([`crate::features`]:
//!    stemmed, names and entities weighing 2). Words carried by more than
//!    [`MAX_POSTINGS`] claims are not used to find candidates, so the work grows
//!    about linearly with the article. Only pairs whose shared words weigh at
//!    least 2 are compared (the matcher needs that much to call two claims the
//!    same fact).
//! 3. Candidates are compared with the one matcher ([`crate::compare_features`]);
//!    a pair is linked when the matcher gives a relation — `same`, `updates`
//!    (certainty differs: planned → asserted) or `contradicts` (polarity or a
//!    number differs) — with its score.
//! 4. A claim whose statement joins clauses with their own events (`While
//!    Putin visits Kazakhstan, Raisi and Erdogan are set to attend …`, `…;
//!    …`, `…, while …`) is also compared clause by clause (see [`clauses`]),
//!    each clause keeping the claim's certainty only where the claim's hedges
//!    stand in it; the best-scoring comparison gives the link.

use claims_model::{ids, Claim, Corroboration, Relation};

use crate::words::Token;
#[cfg(test)]
use crate::{compare_features, features, Comparison, Features};
use crate::{each_content_word, hedge_ranges, next_is_to, read_word, starts_upper, EntityWords, Folds};

/// Words carried by more claims than this are too common to find candidates.
pub const MAX_POSTINGS: usize = 64;

/// The key of a claim's source: its speaker's source id, else the speaker's
/// normalised name, else the empty key of the publisher's own assertions.
pub fn source_key(c: &Claim) -> String {
    match c.attribution.as_ref().and_then(|a| a.speaker.as_ref()) {
        Some(s) => s.source.clone().unwrap_or_else(|| format!("name:{}", ids::normalize(&s.name))),
        None => String::new(),
    }
}

/// Openings of a leading subordinate clause that ends at the first comma.
const SUBORDINATE: &[&str] = &["while ", "whereas ", "although ", "though ", "as ", "after ", "before ", "when "];
/// Separators between clauses with their own events.
const SEPARATORS: &[&str] = &["; ", ", while ", " while ", ", whereas ", ", but ", ", although "];

/// The clauses of a statement that joins several events, each trimmed; empty
/// when the statement is one clause.
pub fn clauses(statement: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = statement.trim();
    // `While A, B`: A, then B.
    if SUBORDINATE.iter().any(|w| starts_with_lowered(rest, w)) {
        if let Some(comma) = rest.find(", ") {
            let first = rest[..comma].split_once(' ').map_or("", |(_, r)| r);
            out.push(first.trim());
            rest = rest[comma + 2..].trim();
        }
    }
    while let Some((i, n)) = first_separator(rest) {
        out.push(rest[..i].trim());
        rest = rest[i + n..].trim();
    }
    if out.is_empty() {
        return Vec::new();
    }
    out.push(rest);
    out.retain(|c| c.split_whitespace().count() >= 2);
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// The byte offset and length of the first of [`SEPARATORS`] in `text`, matched
/// ignoring ASCII case (separators never start at the same byte).
fn first_separator(text: &str) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| matches!(b[i], b';' | b',' | b' ')).find_map(|i| {
        // (Each separator starts with `;`, `,` or a space: only those starting with this byte can match.)
        SEPARATORS
            .iter()
            .filter(|sep| sep.as_bytes()[0] == b[i])
            .find(|sep| b[i..].get(..sep.len()).is_some_and(|t| t.eq_ignore_ascii_case(sep.as_bytes())))
            .map(|sep| (i, sep.len()))
    })
}

/// True when `text` in lower case (`str::to_lowercase`) starts with the ASCII `prefix`.
fn starts_with_lowered(text: &str, prefix: &str) -> bool {
    // Lower-casing maps each character on its own (a final sigma only differs
    // from `σ`, neither being ASCII), so the first characters decide.
    let mut lowered = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// The distinct stems of one article, numbered from 0 in order of first sight.
#[derive(Debug, Default)]
struct Stems {
    /// The stems longer than 16 bytes, written one after another.
    text: String,
    /// Each stem's length, hash ([`Stems::hash`]) and bytes: a stem of at most
    /// 16 bytes as one number ([`Stems::key`]), a longer one as the start of its bytes in `text`.
    entries: Vec<(usize, u64, u128)>,
    /// Open-addressing table of stem numbers ([`EMPTY`] where free); its length is a power of two.
    slots: Vec<usize>,
}

/// A free slot of [`Stems::slots`].
const EMPTY: usize = usize::MAX;

/// The multiplier of [`Stems::hash`].
const K: u64 = 0x9e37_79b9_7f4a_7c15;

impl Stems {
    /// The bytes of a stem of at most 16 bytes as one number ([`crate::words::pack16`]).
    fn key(stem: &[u8]) -> Option<u128> {
        crate::words::pack16(stem)
    }
    /// A hash of the stem's bytes (given as its [`Stems::key`] when it has one).
    fn hash(stem: &[u8], key: Option<u128>) -> u64 {
        let h = match key {
            Some(key) => ((key as u64) ^ ((key >> 64) as u64).rotate_left(23) ^ stem.len() as u64).wrapping_mul(K),
            None => stem.chunks(8).fold(stem.len() as u64, |h, c| {
                let mut b = [0u8; 8];
                for (d, &x) in b.iter_mut().zip(c) {
                    *d = x;
                }
                (h.rotate_left(26) ^ u64::from_le_bytes(b)).wrapping_mul(K)
            }),
        };
        // The high bits are the best mixed: they pick the slot.
        h.rotate_left(32)
    }
    /// How many stems there are.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.entries.len()
    }
    /// The number of `stem`, numbering it when new.
    fn id(&mut self, stem: &str) -> usize {
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            self.grow();
        }
        let bytes = stem.as_bytes();
        let key = Self::key(bytes);
        let h = Self::hash(bytes, key);
        let mask = self.slots.len() - 1;
        let mut k = h as usize & mask;
        loop {
            let id = self.slots[k];
            if id == EMPTY {
                let id = self.entries.len();
                let held = key.unwrap_or_else(|| {
                    self.text.push_str(stem);
                    (self.text.len() - stem.len()) as u128
                });
                self.entries.push((bytes.len(), h, held));
                self.slots[k] = id;
                return id;
            }
            let (len, hash, held) = self.entries[id];
            if len == bytes.len() && hash == h {
                let same = match key {
                    Some(key) => held == key,
                    None => {
                        let start = held as usize;
                        self.text.as_bytes()[start..start + len] == *bytes
                    }
                };
                if same {
                    return id;
                }
            }
            k = (k + 1) & mask;
        }
    }
    /// Doubles the table (at least 64 slots) and places every stem again.
    fn grow(&mut self) {
        let size = (2 * self.slots.len()).max(64);
        self.slots = vec![EMPTY; size];
        for (id, &(_, h, _)) in self.entries.iter().enumerate() {
            let mut k = h as usize & (size - 1);
            while self.slots[k] != EMPTY {
                k = (k + 1) & (size - 1);
            }
            self.slots[k] = id;
        }
    }
}

/// How [`crate::each_content_word`] reads each distinct word token, kept
/// from article to article (per thread): the same tokens come back.
#[derive(Debug, Default)]
struct WordCache {
    /// The distinct tokens as written, numbered.
    tokens: Stems,
    /// How each token reads, by its number in `tokens`.
    reads: Vec<Read>,
    /// The folds of the tokens, one after another.
    text: String,
    /// The distinct stems of the tokens (and of the clauses read for
    /// candidates), numbered once for all articles.
    stems: Stems,
    /// For each stem of `stems`: the article it was last numbered in and
    /// its number there (an article's stems are numbered from 0 in order of
    /// first sight, see [`WordCache::local_id`]).
    local: Vec<(usize, usize)>,
    /// How many stems the current article has.
    locals: usize,
    /// The number of the current article (see [`WordCache::local`]).
    article: usize,
}

impl WordCache {
    /// Starts the next article: its stems are numbered from 0 again.
    fn begin_article(&mut self) {
        self.article = self.article.wrapping_add(1);
        self.locals = 0;
    }
    /// The number in the current article of the stem numbered `g` in [`WordCache::stems`].
    fn local_id(&mut self, g: usize) -> usize {
        if self.local.len() <= g {
            self.local.resize(g + 1, (usize::MAX, 0));
        }
        let (article, id) = self.local[g];
        if article == self.article {
            return id;
        }
        let id = self.locals;
        self.locals += 1;
        self.local[g] = (self.article, id);
        id
    }
    /// The number of `stem` in the current article.
    fn stem_id(&mut self, stem: &str) -> usize {
        let g = self.stems.id(stem);
        self.local_id(g)
    }
}

/// Tokens [`WordCache`] holds at most: past this, it starts afresh.
const CACHED_TOKENS: usize = 1 << 15;

thread_local! {
    static WORD_CACHE: std::cell::RefCell<WordCache> = std::cell::RefCell::default();
}

/// How a word token reads by itself (see [`crate::read_word`]).
#[derive(Debug, Clone, Copy)]
struct Read {
    /// True for a content word.
    content: bool,
    /// A modal before `to` (`set`, `due`): no content word when `to` follows.
    modal_to: bool,
    /// It starts with a capital.
    upper: bool,
    /// Its fold, in [`WordCache::text`].
    fold: (usize, usize),
    /// Its stem's number in [`WordCache::stems`].
    stem: usize,
}

/// [`crate::each_content_word`] of `toks` with each stem given as its number
/// in the current article ([`WordCache::local_id`]), each distinct token read
/// once through `cache` (`bufs` are reused).
fn content_word_ids(
    toks: &[Token<'_>],
    entity_words: &EntityWords,
    skip: &[(usize, usize)],
    cache: &mut WordCache,
    bufs: &mut Folds,
    mut emit: impl FnMut(usize, f64),
) {
    let Folds { f, next } = bufs;
    for (i, t) in toks.iter().enumerate() {
        if !t.word || skip.iter().any(|&(s, e)| t.start < e && s < t.end) {
            continue;
        }
        let k = cache.tokens.id(t.text);
        if k == cache.reads.len() {
            let mut read = Read { content: false, modal_to: false, upper: false, fold: (0, 0), stem: EMPTY };
            if let Some((irregular, modal_to)) = read_word(t.text, f) {
                let a = cache.text.len();
                cache.text.push_str(f);
                let b = cache.text.len();
                crate::words::stem_known(f, irregular);
                let stem = cache.stems.id(f);
                read = Read { content: true, modal_to, upper: starts_upper(t.text), fold: (a, b), stem };
            }
            cache.reads.push(read);
        }
        let r = cache.reads[k];
        if !r.content || (r.modal_to && next_is_to(toks, i, next)) {
            continue;
        }
        let capital = r.upper && i > 0;
        let weight = if capital || entity_words.contains(&cache.text[r.fold.0..r.fold.1]) { 2.0 } else { 1.0 };
        emit(cache.local_id(r.stem), weight);
    }
}

/// The distinct content words of each claim, as stem numbers ([`Stems`]) and weights.
#[derive(Debug, Default)]
struct ClaimWords {
    /// Every claim's words, one claim after another, each in order of first occurrence.
    words: Vec<(usize, f64)>,
    /// Where each claim's words start in `words` (one more entry: the end).
    starts: Vec<usize>,
    /// For each stem: the last claim (plus one) that had it, and where in `words`.
    seen: Vec<(usize, usize)>,
}

impl ClaimWords {
    /// The words of claim `k`.
    fn of(&self, k: usize) -> &[(usize, f64)] {
        &self.words[self.starts[k]..self.starts[k + 1]]
    }
    /// Starts the next claim's words.
    fn begin(&mut self) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
    }
    /// Adds a word of the current claim: the highest weight of a repeated word is kept.
    fn add(&mut self, stem: usize, weight: f64) {
        let claim = self.starts.len();
        if self.seen.len() <= stem {
            self.seen.resize(stem + 1, (0, 0));
        }
        match self.seen[stem] {
            (c, at) if c == claim => self.words[at].1 = self.words[at].1.max(weight),
            _ => {
                self.seen[stem] = (claim, self.words.len());
                self.words.push((stem, weight));
            }
        }
    }
    /// Ends the current claim's words.
    fn end(&mut self) {
        self.starts.push(self.words.len());
    }
}

/// What [`relation`] reads of a claim or clause, its content words as stem numbers.
#[derive(Debug, Clone)]
struct Numbered {
    /// Distinct content words (stem number, weight), sorted by number.
    words: Vec<(usize, f64)>,
    /// Numbers of the text.
    numbers: Vec<crate::words::Number>,
    /// The claim's polarity.
    negated: bool,
    /// The certainty of the claim or clause.
    certainty: claims_model::Certainty,
}

/// The relation and score [`crate::compare_features`] gives two claims'
/// features, when they report the same fact, read without listing the words
/// and numbers. (The weights are 1 and 2, so their sums do not depend on the order.)
fn relation(a: &Numbered, b: &Numbered) -> Option<(Relation, f64)> {
    let total: f64 = a.words.iter().map(|w| w.1).sum::<f64>() + b.words.iter().map(|w| w.1).sum::<f64>();
    // Both word lists are sorted and distinct: merge them.
    let (mut i, mut j, mut shared_w) = (0, 0, 0.0);
    while i < a.words.len() && j < b.words.len() {
        match a.words[i].0.cmp(&b.words[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared_w += a.words[i].1.max(b.words[j].1);
                i += 1;
                j += 1;
            }
        }
    }
    let score = if total > 0.0 { (2.0 * shared_w / total).min(1.0) } else { 0.0 };
    if !(score >= crate::SAME_FACT && shared_w >= 2.0) {
        return None;
    }
    let unmatched = |a: &[crate::words::Number], b: &[crate::words::Number]| {
        a.iter().any(|n| !b.iter().any(|m| (m.value - n.value).abs() < 1e-9))
    };
    let rel = if a.negated != b.negated || (unmatched(&a.numbers, &b.numbers) && unmatched(&b.numbers, &a.numbers)) {
        Relation::Contradicts
    } else if a.certainty != b.certainty {
        Relation::Updates
    } else {
        Relation::Same
    };
    Some((rel, score))
}

/// The features of claim `c` and of each of its clauses (see [`clauses`]), as
/// far as [`relation`] reads them: `words` are its content words, `toks` its statement's tokens.
fn claim_features(c: &Claim, words: &[(usize, f64)], toks: &[Token<'_>], cache: &mut WordCache) -> Vec<Numbered> {
    let mut whole = words.to_vec();
    whole.sort_unstable_by_key(|w| w.0);
    let mut out = vec![Numbered {
        words: whole,
        numbers: crate::words::numbers_in(&c.statement, toks),
        negated: c.negated,
        certainty: c.certainty,
    }];
    let parts = clauses(&c.statement);
    if parts.is_empty() {
        return out;
    }
    let entity_words = EntityWords::of(c);
    let mut part_toks = Vec::new();
    let mut bufs = Folds::default();
    for part in parts {
        let lower = part.to_lowercase();
        let hedged = c.hedges.is_empty() || c.hedges.iter().any(|h| lower.contains(&h.text.to_lowercase()));
        let certainty = if hedged { c.certainty } else { claims_model::Certainty::Asserted };
        crate::words::tokens_into(part, &mut part_toks);
        let mut words: Vec<(usize, f64)> = Vec::new();
        each_content_word(&part_toks, &entity_words, &hedge_ranges(c, part), &mut bufs, |stem, weight| {
            let id = cache.stem_id(stem);
            match words.iter_mut().find(|w| w.0 == id) {
                Some(w) => w.1 = w.1.max(weight),
                None => words.push((id, weight)),
            }
        });
        words.sort_unstable_by_key(|w| w.0);
        out.push(Numbered {
            words,
            numbers: crate::words::numbers_in(part, &part_toks),
            negated: c.negated,
            certainty,
        });
    }
    out
}

/// Links claims of one article that report the same fact from different sources, both ways.
pub fn corroborate(claims: &mut [Claim]) {
    WORD_CACHE.with(|cell| {
        // (Never borrowed twice: a fresh cache would do as well.)
        let mut fresh = WordCache::default();
        let mut kept = cell.try_borrow_mut();
        let cache = match kept.as_deref_mut() {
            Ok(c) => c,
            Err(_) => &mut fresh,
        };
        if cache.reads.len() > CACHED_TOKENS {
            *cache = WordCache::default();
        }
        corroborate_in(claims, cache);
    });
}

/// [`corroborate`] with the word readings of `cache`.
fn corroborate_in(claims: &mut [Claim], cache: &mut WordCache) {
    // Content words find the candidate pairs; the rest of the features is read for candidates only.
    let bytes: usize = claims.iter().map(|c| c.statement.len()).sum();
    // Room for about a content word in 8 bytes of statements, a token in 4.
    let mut words = ClaimWords { words: Vec::with_capacity(bytes / 8), ..Default::default() };
    // Every statement's tokens, one after another (`tok_starts[k]..tok_starts[k + 1]`: claim `k`'s).
    let mut toks: Vec<Token<'_>> = Vec::with_capacity(bytes / 4 + claims.len());
    let mut tok_starts = Vec::with_capacity(claims.len() + 1);
    tok_starts.push(0);
    let mut mine: Vec<Token<'_>> = Vec::new();
    let mut entity_words = EntityWords(String::new(), Vec::new());
    let mut bufs = Folds::default();
    cache.begin_article();
    words.begin();
    for c in claims.iter() {
        crate::words::tokens_into(&c.statement, &mut mine);
        entity_words.fill(c);
        let skip = hedge_ranges(c, &c.statement);
        content_word_ids(&mine, &entity_words, &skip, cache, &mut bufs, |id, weight| {
            words.add(id, weight);
        });
        words.end();
        toks.extend_from_slice(&mine);
        tok_starts.push(toks.len());
    }
    let lists: Vec<&[(usize, f64)]> = (0..claims.len()).map(|k| words.of(k)).collect();
    let pairs = candidates(claims, &lists, cache.locals);
    let mut feats: Vec<Vec<Numbered>> = vec![Vec::new(); claims.len()];
    for &(i, j) in &pairs {
        for k in [i, j] {
            if feats[k].is_empty() {
                let toks = &toks[tok_starts[k]..tok_starts[k + 1]];
                feats[k] = claim_features(&claims[k], lists[k], toks, cache);
            }
        }
    }
    drop(toks);
    link(claims, pairs, &feats, relation);
}

/// [`corroborate`] with given features (the whole claim first, then its clauses) and matcher.
#[cfg(test)]
pub fn corroborate_with(
    claims: &mut [Claim],
    feats: &[Vec<Features>],
    cmp: impl Fn(&Features, &Features) -> Comparison,
) {
    let mut stems = Stems::default();
    let mut words = ClaimWords::default();
    words.begin();
    for f in feats {
        for w in f.first().map_or(&[][..], |f| &f.words[..]) {
            words.add(stems.id(&w.stem), w.weight);
        }
        words.end();
    }
    let lists: Vec<&[(usize, f64)]> = (0..feats.len()).map(|k| words.of(k)).collect();
    let pairs = candidates(claims, &lists, stems.len());
    link(claims, pairs, feats, |a, b| {
        let c = cmp(a, b);
        c.relation.map(|r| (r, c.score))
    });
}

/// The pairs `(i, j)`, `i < j`, of claims from different sources and places
/// whose distinct content words (`words[i]`: stem number below `stems` and
/// weight) share a weight of 2 or more, in order.
fn candidates(claims: &[Claim], words: &[&[(usize, f64)]], stems: usize) -> Vec<(usize, usize)> {
    // The claims carrying each stem, in claim order: `postings[starts[s]..starts[s + 1]]`.
    let mut starts = vec![0usize; stems + 1];
    for ws in words {
        for &(s, _) in *ws {
            starts[s + 1] += 1;
        }
    }
    for s in 0..stems {
        starts[s + 1] += starts[s];
    }
    let mut fill = starts.clone();
    let mut postings = vec![(0usize, 0.0f64); starts[stems]];
    for (i, ws) in words.iter().enumerate() {
        for &(s, w) in *ws {
            postings[fill[s]] = (i, w);
            fill[s] += 1;
        }
    }
    // For each claim `i`, the weights it shares with each later claim `j`, summed in `shared[j]`.
    // Source keys, read for the claims of pairs that share enough.
    let mut keys: Vec<Option<String>> = vec![None; claims.len()];
    let mut shared = vec![0.0f64; claims.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for (i, ws) in words.iter().enumerate() {
        for &(s, wi) in *ws {
            let posting = &postings[starts[s]..starts[s + 1]];
            if posting.len() < 2 || posting.len() > MAX_POSTINGS {
                continue;
            }
            let later = posting.partition_point(|&(j, _)| j <= i);
            for &(j, wj) in &posting[later..] {
                if shared[j] == 0.0 {
                    touched.push(j);
                }
                shared[j] += wi.max(wj);
            }
        }
        touched.sort_unstable();
        touched.dedup();
        for &j in &touched {
            if shared[j] >= 2.0 && !claims[i].span.overlaps(&claims[j].span) {
                for k in [i, j] {
                    if keys[k].is_none() {
                        keys[k] = Some(source_key(&claims[k]));
                    }
                }
                if keys[i] != keys[j] {
                    pairs.push((i, j));
                }
            }
            shared[j] = 0.0;
        }
        touched.clear();
    }
    pairs
}

/// Links the candidate `pairs` the matcher `cmp` relates (it gives the relation
/// and score of two claims that report the same fact), comparing the claims'
/// features `feats` (the whole claim first, then its clauses).
fn link<F>(
    claims: &mut [Claim],
    pairs: Vec<(usize, usize)>,
    feats: &[Vec<F>],
    cmp: impl Fn(&F, &F) -> Option<(Relation, f64)>,
) {
    let mut links: Vec<(usize, usize, Relation, f64)> = Vec::new();
    for (i, j) in pairs {
        // The best comparison of the claims or their clauses that reports the same fact.
        let mut best: Option<(Relation, f64)> = None;
        for fa in &feats[i] {
            for fb in &feats[j] {
                if let Some((rel, score)) = cmp(fa, fb).filter(|c| c.1.is_finite()) {
                    if best.is_none_or(|(_, s)| score > s) {
                        best = Some((rel, score));
                    }
                }
            }
        }
        if let Some((rel, score)) = best {
            links.push((i, j, rel, score));
        }
    }
    for (i, j, rel, score) in links {
        let (id_i, id_j) = (claims[i].id.clone(), claims[j].id.clone());
        for (from, to) in [(i, id_j), (j, id_i)] {
            let list = &mut claims[from].corroborations;
            if !list.iter().any(|c| c.claim == to) {
                list.push(Corroboration { claim: to, relation: rel, score });
            }
        }
    }
}

#[cfg(test)]
mod tests;
