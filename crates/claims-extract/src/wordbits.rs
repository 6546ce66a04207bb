//! Word tables for the semantic stages' cheap filters: which built-in word
//! lists hold a word, ignoring ASCII case and reading `’` as `'`, answered
//! with one hash lookup of a lower-cased copy on the stack (no allocation).
//! A word with other non-ASCII letters is in no list (the lists are ASCII).

/// The longest word a table can hold.
const MAX: usize = 32;

/// Lower-case ASCII words, each with the bits of the lists that hold it: an
/// open-addressing hash table behind a filter on (length, first letter).
#[derive(Debug)]
pub struct WordBits {
    /// Slots of `(hash, word, bits)`; `None` is empty. The length is a power of two.
    slots: Vec<Option<(u64, &'static [u8], u32)>>,
    /// For each word length, a bit per first byte (mod 64) of the words of that length.
    firsts: [u64; MAX + 1],
    /// The longest word (bytes).
    max: usize,
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x100_0000_01b3;

/// FNV-1a of `bytes`.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |h, &b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

impl WordBits {
    /// A table of `lists` (lower-case ASCII words, up to 32 bytes), each with its bit(s).
    pub fn new(lists: &[(&[&'static str], u32)]) -> Self {
        let mut words: Vec<(&'static [u8], u32)> = Vec::new();
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
        let mut t = WordBits { slots: vec![None; size], firsts: [0; MAX + 1], max: 0 };
        for (w, bits) in words {
            t.firsts[w.len()] |= 1 << (w[0] % 64);
            t.max = t.max.max(w.len());
            let h = fnv(w);
            let mut i = (h as usize) & (size - 1);
            while t.slots[i].is_some() {
                i = (i + 1) & (size - 1);
            }
            t.slots[i] = Some((h, w, bits));
        }
        t
    }

    /// A table of one list (bit 1).
    pub fn of(words: &[&'static str]) -> Self {
        Self::new(&[(words, 1)])
    }

    /// The bits of the lists holding `w` (0 for none), ignoring ASCII case, `’` read as `'`.
    pub fn get(&self, w: &str) -> u32 {
        let b = w.as_bytes();
        let Some(&first) = b.first() else { return 0 };
        let mut buf = [0u8; MAX];
        // An ASCII word (the common case) is filtered before it is read, then
        // lowered and hashed in one pass.
        if b.is_ascii() {
            if b.len() > self.max || !self.may_hold(b.len(), first.to_ascii_lowercase()) {
                return 0;
            }
            let mut h = FNV_OFFSET;
            for (d, &c) in buf.iter_mut().zip(b) {
                *d = c.to_ascii_lowercase();
                h = (h ^ u64::from(*d)).wrapping_mul(FNV_PRIME);
            }
            return self.probe(h, &buf[..b.len()]);
        }
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
        self.probe(fnv(&buf[..n]), &buf[..n])
    }

    /// The bits of `key` (lower case), whose hash is `h`.
    fn probe(&self, h: u64, key: &[u8]) -> u32 {
        let mask = self.slots.len() - 1;
        let mut i = (h as usize) & mask;
        while let Some((sh, sw, bits)) = self.slots[i] {
            if sh == h && sw == key {
                return bits;
            }
            i = (i + 1) & mask;
        }
        0
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
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphabetic() {
                i += 1;
            }
            if self.has(&text[start..i]) {
                return true;
            }
        }
        false
    }

    /// True when a list holds `w` (see [`WordBits::get`]).
    pub fn has(&self, w: &str) -> bool {
        self.get(w) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
