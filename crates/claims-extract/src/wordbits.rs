//! Word tables for the semantic stages' cheap filters: which built-in word
//! lists hold a word, ignoring ASCII case and reading `’` as `'`, answered
//! with one hash lookup of a lower-cased copy on the stack (no allocation).
//! A word with other non-ASCII letters is in no list (the lists are ASCII).

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::clause::Fnv;

/// The longest word a table can hold.
const MAX: usize = 32;

/// Lower-case ASCII words, each with the bits of the lists that hold it.
#[derive(Debug)]
pub struct WordBits {
    map: HashMap<&'static [u8], u32, BuildHasherDefault<Fnv>>,
    /// The shortest and longest word (bytes).
    min: usize,
    max: usize,
}

impl WordBits {
    /// A table of `lists` (lower-case ASCII words, up to 32 bytes), each with its bit(s).
    pub fn new(lists: &[(&[&'static str], u32)]) -> Self {
        let mut map: HashMap<&'static [u8], u32, BuildHasherDefault<Fnv>> = HashMap::default();
        let (mut min, mut max) = (usize::MAX, 0);
        for &(list, bit) in lists {
            for w in list {
                debug_assert!(w.len() <= MAX && w.bytes().all(|b| !b.is_ascii_uppercase() && b.is_ascii()));
                *map.entry(w.as_bytes()).or_default() |= bit;
                min = min.min(w.len());
                max = max.max(w.len());
            }
        }
        WordBits { map, min, max: max.min(MAX) }
    }

    /// A table of one list (bit 1).
    pub fn of(words: &[&'static str]) -> Self {
        Self::new(&[(words, 1)])
    }

    /// The bits of the lists holding `w` (0 for none), ignoring ASCII case, `’` read as `'`.
    pub fn get(&self, w: &str) -> u32 {
        // `’` is three bytes for one: a word shorter than the shortest key, or
        // longer than three times the longest, cannot match.
        if w.len() < self.min || w.len() > 3 * self.max {
            return 0;
        }
        let mut buf = [0u8; MAX];
        let mut n = 0;
        let b = w.as_bytes();
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
        self.map.get(&buf[..n]).copied().unwrap_or(0)
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
    }
}
