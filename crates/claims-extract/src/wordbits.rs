//! Word tables for the semantic stages' cheap filters: which built-in word
//! lists hold a word, ignoring ASCII case and reading `’` as `'`, answered
//! with one hash lookup of a lower-cased copy on the stack (no allocation).
//! A word with other non-ASCII letters is in no list (the lists are ASCII).

/// The longest word a table can hold.
const MAX: usize = 32;

/// Lower-case ASCII words, each with the bits of the lists that hold it: an
/// open-addressing hash table behind a filter on (length, first letter).
/// A word is read as four 8-byte chunks (zero-padded), hashed and compared
/// chunk by chunk rather than byte by byte.
#[derive(Debug)]
pub struct WordBits {
    /// Slots of `(hash, bits, key)`: `key` indexes [`WordBits::keys`]; a zero
    /// hash is an empty slot (no word hashes to zero). The length is a power of two.
    slots: Vec<(u64, u32, u32)>,
    /// The words as zero-padded chunks, with their length.
    keys: Vec<([u64; CHUNKS], usize)>,
    /// How far a hash is shifted right to index a slot (64 − log2 of the slot count).
    shift: u32,
    /// For each word length, a bit per first byte (mod 64) of the words of that length.
    firsts: [u64; MAX + 1],
    /// For each length in bytes as written (`’` is three bytes for one), the
    /// [`WordBits::firsts`] of every word length it may stand for.
    written: [u64; 3 * MAX + 1],
    /// For each length in bytes as written, a bit per last byte (mod 64) a
    /// word of that length may end with as written (lower case; a final `'`
    /// may be written `’`, whose last byte is 0x99).
    written_last: [u64; 3 * MAX + 1],
    /// The longest word (bytes).
    max: usize,
    /// A bit per [`sketch`] of each word: a word whose bit is clear is in no
    /// list (most words looked up are not, and are turned away here without a probe).
    sketches: [u64; SKETCH_BITS / 64],
}

/// The bits of [`WordBits::sketches`].
const SKETCH_BITS: usize = 4096;

/// A number below [`SKETCH_BITS`] read from a lower-case word of `len` bytes
/// held in `key` (zero-padded chunks): its length, first two and last bytes.
#[inline]
fn sketch(key: &[u64; CHUNKS], len: usize) -> usize {
    let last = (key[(len - 1) / 8] >> (8 * ((len - 1) % 8))) & 0xff;
    let h = (key[0] & 0xffff | last << 16 | (len as u64) << 24).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 52) as usize
}

/// 8-byte chunks in a word of up to [`MAX`] bytes.
const CHUNKS: usize = MAX / 8;

/// The chunks of a zero-padded lower-case word buffer.
fn chunks(buf: &[u8; MAX]) -> [u64; CHUNKS] {
    let mut out = [0u64; CHUNKS];
    for (c, bytes) in out.iter_mut().zip(buf.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(bytes);
        *c = u64::from_le_bytes(b);
    }
    out
}

/// A byte 1 in each of 8 lanes.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The 8 bytes of `v` (all ASCII) with `A`–`Z` lowered.
fn lower_ascii(v: u64) -> u64 {
    // Bytes below 0x80 add without carries: the top bit of a lane says `>= b'A'`,
    // resp. `> b'Z'` (other bytes may carry, wrapping: the caller drops those).
    let from_a = v.wrapping_add(ONES * (0x80 - u64::from(b'A')));
    let past_z = v.wrapping_add(ONES * (0x80 - u64::from(b'Z') - 1));
    v | ((from_a & !past_z & (ONES * 0x80)) >> 2)
}

/// The hash of a word of `len` bytes held in `key` (never zero).
fn hash(key: &[u64; CHUNKS], len: usize) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h = (len as u64).wrapping_mul(K);
    for &c in &key[..len.div_ceil(8)] {
        h = (h.rotate_left(5) ^ c).wrapping_mul(K);
    }
    h | 1
}

impl WordBits {
    /// A table of `lists` (lower-case ASCII words, up to 32 bytes), each with its bit(s).
    pub fn new(lists: &[(&[&str], u32)]) -> Self {
        let mut words: Vec<(&[u8], u32)> = Vec::new();
        for &(list, bit) in lists {
            for w in list {
                assert!(
                    !w.is_empty() && w.len() <= MAX && w.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()),
                    "word lists hold lower-case ASCII words"
                );
                match words.iter_mut().find(|x| x.0 == w.as_bytes()) {
                    Some(x) => x.1 |= bit,
                    None => words.push((w.as_bytes(), bit)),
                }
            }
        }
        let size = (words.len() * 2).next_power_of_two().max(8);
        let mut t = WordBits {
            slots: vec![(0, 0, 0); size],
            keys: Vec::with_capacity(words.len()),
            shift: 64 - size.trailing_zeros(),
            firsts: [0; MAX + 1],
            written: [0; 3 * MAX + 1],
            written_last: [0; 3 * MAX + 1],
            max: 0,
            sketches: [0; SKETCH_BITS / 64],
        };
        let mut lasts = [0u64; MAX + 1];
        for (w, bits) in words {
            t.firsts[w.len()] |= 1 << (w[0] % 64);
            let last = w[w.len() - 1];
            lasts[w.len()] |= 1 << (last % 64);
            if last == b'\'' {
                lasts[w.len()] |= 1 << (0x99 % 64);
            }
            t.max = t.max.max(w.len());
            let mut buf = [0u8; MAX];
            buf[..w.len()].copy_from_slice(w);
            let key = chunks(&buf);
            let k = sketch(&key, w.len());
            t.sketches[k / 64] |= 1 << (k % 64);
            let h = hash(&key, w.len());
            let mut i = t.slot_of(h);
            while t.slots[i].0 != 0 {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = (h, bits, t.keys.len() as u32);
            t.keys.push((key, w.len()));
        }
        // A word of `n` letters with `k` of them `’` is `n + 2k` bytes long (`k <= n`).
        for (n, (&first, &last)) in t.firsts.iter().zip(&lasts).enumerate().skip(1) {
            for k in 0..=n {
                t.written[n + 2 * k] |= first;
                t.written_last[n + 2 * k] |= last;
            }
        }
        t
    }

    /// A table of one list (bit 1).
    pub fn of(words: &[&str]) -> Self {
        Self::new(&[(words, 1)])
    }

    /// The bits of the lists holding `w` (0 for none), ignoring ASCII case, `’` read as `'`.
    #[inline]
    pub fn get(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        let Some(&first) = b.first() else { return 0 };
        // Most words are turned away by their length and first letter alone.
        let first = if first.is_ascii() {
            first.to_ascii_lowercase()
        } else if b.starts_with("’".as_bytes()) {
            b'\''
        } else {
            return 0;
        };
        if self.written.get(b.len()).is_none_or(|f| f & (1 << (first % 64)) == 0) {
            return 0;
        }
        // And by their last byte (`b` is no longer than `3 * MAX` here).
        let last = b[b.len() - 1].to_ascii_lowercase();
        if self.written_last[b.len()] & (1 << (last % 64)) == 0 {
            return 0;
        }
        self.get_rest(b, first)
    }

    /// [`WordBits::get`] of a word `b` its filters let through, whose first
    /// byte reads as `first` (lower case, `'` for `’`).
    #[inline(never)]
    fn get_rest(&self, b: &[u8], first: u8) -> u32 {
        // An ASCII word (the common case) is read 8 bytes at a time, lowered
        // and hashed a chunk at a time.
        if b.len() <= self.max {
            let mut key = [0u64; CHUNKS];
            let mut high = 0u64;
            let whole = b.len() / 8;
            for (k, part) in key.iter_mut().zip(b.chunks_exact(8)) {
                let v = u64::from_le_bytes([part[0], part[1], part[2], part[3], part[4], part[5], part[6], part[7]]);
                high |= v;
                *k = lower_ascii(v);
            }
            if whole < CHUNKS {
                let mut v = 0u64;
                for (i, &c) in b[whole * 8..].iter().enumerate() {
                    v |= u64::from(c) << (8 * i);
                }
                high |= v;
                key[whole] = lower_ascii(v);
            }
            if high & (ONES * 0x80) == 0 {
                if !self.may_hold(b.len(), first) {
                    return 0;
                }
                return self.probe(&key, b.len());
            }
        } else if b.is_ascii() {
            return 0;
        }
        let mut buf = [0u8; MAX];
        // `’` is three bytes for one: a word longer than three times the longest cannot match.
        if b.len() > 3 * self.max {
            return 0;
        }
        let mut n = 0;
        let mut i = 0;
        while i < b.len() {
            let c = if b[i].is_ascii() {
                i += 1;
                b[i - 1].to_ascii_lowercase()
            } else if b[i..].starts_with("’".as_bytes()) {
                i += 3;
                b'\''
            } else {
                return 0;
            };
            if n == self.max {
                return 0;
            }
            buf[n] = c;
            n += 1;
        }
        if !self.may_hold(n, buf[0]) {
            return 0;
        }
        self.probe(&chunks(&buf), n)
    }

    /// The slot a hash starts probing at.
    fn slot_of(&self, h: u64) -> usize {
        (h >> self.shift) as usize
    }

    /// The bits of the lower-case word of `len` bytes held in `key` (zero-padded chunks).
    fn probe(&self, key: &[u64; CHUNKS], len: usize) -> u32 {
        let k = sketch(key, len);
        if self.sketches[k / 64] & (1 << (k % 64)) == 0 {
            return 0;
        }
        let h = hash(key, len);
        let mask = self.slots.len() - 1;
        let mut i = self.slot_of(h);
        loop {
            let (sh, bits, k) = self.slots[i];
            if sh == 0 {
                return 0;
            }
            if sh == h && self.keys[k as usize] == (*key, len) {
                return bits;
            }
            i = (i + 1) & mask;
        }
    }

    /// False when no word of `len` bytes starts with the byte `first`.
    fn may_hold(&self, len: usize, first: u8) -> bool {
        self.firsts[len] & (1 << (first % 64)) != 0
    }

    /// True when a list holds some maximal run of ASCII letters of `text`.
    /// A word of `text` made of ASCII letters only is such a run wherever
    /// its neighbours are no letters or digits, as with [`crate::text::words`]:
    /// false here means no such word of `text` is in a list.
    pub fn has_run_in(&self, text: &str) -> bool {
        ascii_runs(text).any(|run| self.has(run))
    }

    /// True when a list holds `w` (see [`WordBits::get`]).
    pub fn has(&self, w: &str) -> bool {
        self.get(w) != 0
    }
}

/// The maximal runs of ASCII letters of `text`, in order (`don't` gives `don`
/// and `t`; other characters separate runs).
pub fn ascii_runs(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        Some(&text[start..i])
    })
}

/// One pass over `text`: `other(bytes, i)` for each byte outside the runs of
/// ASCII letters, `run(word)` for each maximal run, in text order. True as
/// soon as one of them is true (a pre-check that stops at its first hit).
pub fn any_in_scan(text: &str, mut other: impl FnMut(&[u8], usize) -> bool, mut run: impl FnMut(&str) -> bool) -> bool {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphabetic() {
            if other(b, i) {
                return true;
            }
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphabetic() {
            i += 1;
        }
        if run(&text[start..i]) {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_in_scan_sees_runs_and_other_bytes_in_order() {
        let seen = std::cell::RefCell::new(Vec::new());
        let hit = any_in_scan(
            "ab, c1d",
            |b, i| {
                seen.borrow_mut().push((b[i] as char).to_string());
                b[i] == b'1'
            },
            |w| {
                seen.borrow_mut().push(w.to_string());
                false
            },
        );
        assert!(hit);
        assert_eq!(seen.into_inner(), ["ab", ",", " ", "c", "1"]);
        assert!(!any_in_scan("no hits here", |_, _| false, |_| false));
    }

    #[test]
    fn reads_case_and_curly_apostrophes() {
        let t = WordBits::new(&[(&["didn't", "will"], 1), (&["will", "may"], 2)]);
        assert_eq!(t.get("WILL"), 3);
        assert_eq!(t.get("Didn’t"), 1);
        assert_eq!(t.get("May"), 2);
        assert_eq!(t.get("wil"), 0);
        assert_eq!(t.get("wílľ"), 0);
        assert_eq!(t.get(""), 0);
        assert!(!t.has("a-very-long-word-that-no-list-holds-at-all"));
        assert!(t.has_run_in("It may, or not."));
        assert!(!t.has_run_in("mayor willing"));
    }

    #[test]
    fn finds_every_word_and_no_other() {
        // Words of every length up to the longest, sharing prefixes and chunks.
        let words: Vec<&'static str> = (1..=MAX)
            .flat_map(|n| {
                ["a", "b", "z"]
                    .into_iter()
                    .map(move |c| &*Box::leak(format!("{}{}", c.repeat(n - 1), "x").into_boxed_str()))
            })
            .collect();
        let t = WordBits::of(&words);
        for w in &words {
            assert_eq!(t.get(w), 1, "{w}");
            assert_eq!(t.get(&w.to_uppercase()), 1, "{w}");
            assert_eq!(t.get(&format!("{w}\0")), 0, "{w}");
            assert_eq!(t.get(&w[..w.len() - 1]), 0, "{w}");
            assert_eq!(t.get(&format!("{w}x")), 0, "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn answers_as_a_plain_lookup_would(w in "[aAbB'’é\\x00zZ@\\[`{\\x7f\u{c3}]{0,9}") {
            const LIST: &[&str] = &["a", "ab", "b'a", "''", "ba'b", "'", "aab", "bb'", "abba'", "z@[`{", "aaaaaaaab"];
            let t = WordBits::new(&[(LIST, 1), (&LIST[3..], 2)]);
            let folded: Option<String> = w
                .chars()
                .map(|c| match c {
                    '’' => Some('\''),
                    c if c.is_ascii() => Some(c.to_ascii_lowercase()),
                    _ => None,
                })
                .collect();
            let want = folded.map_or(0, |f| {
                let p = LIST.iter().position(|x| *x == f);
                p.map_or(0, |p| if p >= 3 { 3 } else { 1 })
            });
            proptest::prop_assert_eq!(t.get(&w), want);
        }
    }
}
