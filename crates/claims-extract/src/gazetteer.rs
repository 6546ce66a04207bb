//! A small built-in gazetteer: every country with its nationality adjectives and
//! plural nouns, major capitals and cities, regions, and well-known
//! organisations, read once from `gazetteer_data.txt` (compiled in).
//!
//! Lookups fold case and curly apostrophes, except all-capital aliases (`US`,
//! `UN`, `WHO`), which match only as written so that `us` and `Who` stay words.

use std::collections::HashMap;
use std::sync::LazyLock;

use claims_model::EntityKind;

static DATA: &str = include_str!("gazetteer_data.txt");

/// What a gazetteer name stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// A country (or constituent nation, territory).
    Country,
    /// A city or capital.
    City,
    /// A region, sea, or area.
    Region,
    /// An organisation.
    Organization,
    /// Another named thing (project, treaty).
    Other,
    /// A nationality or regional adjective (`Kazakh`): stands for the place.
    Adjective,
    /// A plural nationality noun (`Iranians`): a group from the place.
    Demonym,
}

/// One gazetteer hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// The canonical name (`Kazakhstan` for `Kazakh`).
    pub name: &'static str,
    /// What the name stands for.
    pub class: Class,
}

impl Hit {
    /// The entity kind of this hit.
    pub fn kind(&self) -> EntityKind {
        match self.class {
            Class::Country | Class::City | Class::Region | Class::Adjective => EntityKind::Place,
            Class::Organization => EntityKind::Organization,
            Class::Other => EntityKind::Other,
            Class::Demonym => EntityKind::Group,
        }
    }
}

type Fnv = std::hash::BuildHasherDefault<crate::clause::Fnv>;

struct Tables {
    folded: HashMap<String, Hit, Fnv>,
    exact: HashMap<&'static str, Hit, Fnv>,
    /// A bit per [`shape`] of the folded keys: most words are turned away by it.
    shapes: Vec<u64>,
}

/// Bits in [`Tables::shapes`].
const SHAPES: usize = 1 << 14;

/// A folded key's length, first and last byte, hashed into [`SHAPES`] bits.
fn shape(key: &[u8]) -> usize {
    let (Some(&a), Some(&z)) = (key.first(), key.last()) else { return 0 };
    let h = (key.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ u64::from(a) << 8 ^ u64::from(z);
    (h.wrapping_mul(0x517C_C1B7_2722_0A95) >> 50) as usize % SHAPES
}

fn fold(s: &str) -> String {
    if s.is_ascii() {
        return s.trim_end_matches('.').to_ascii_lowercase();
    }
    s.chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .trim_end_matches('.')
        .to_string()
}

fn is_caps_alias(a: &str) -> bool {
    a.chars().any(|c| c.is_ascii_uppercase()) && !a.chars().any(|c| c.is_lowercase())
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut t = Tables { folded: HashMap::default(), exact: HashMap::default(), shapes: vec![0; SHAPES / 64] };
    let add = |t: &mut Tables, alias: &'static str, hit: Hit| {
        let alias = alias.trim();
        if alias.is_empty() {
            return;
        }
        if is_caps_alias(alias) && alias.len() <= 6 {
            t.exact.entry(alias).or_insert(hit);
            t.exact.entry(alias.trim_end_matches('.')).or_insert(hit);
        } else {
            t.folded.entry(fold(alias)).or_insert(hit);
        }
    };
    for line in DATA.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&'static str> = line.split('|').collect();
        let list = |i: usize| f.get(i).copied().unwrap_or("").split(',').filter(|s| !s.trim().is_empty());
        match f[0] {
            "C" => {
                let name = f[1];
                let h = Hit { name, class: Class::Country };
                add(&mut t, name, h);
                for a in list(4) {
                    add(&mut t, a, h);
                }
                for a in list(2) {
                    add(&mut t, a, Hit { name, class: Class::Adjective });
                }
                for a in list(3) {
                    add(&mut t, a, Hit { name, class: Class::Demonym });
                }
            }
            "P" => {
                let class = if f.get(2) == Some(&"city") { Class::City } else { Class::Region };
                let h = Hit { name: f[1], class };
                add(&mut t, f[1], h);
                for a in list(3) {
                    add(&mut t, a, h);
                }
            }
            "O" | "X" => {
                let class = if f[0] == "O" { Class::Organization } else { Class::Other };
                let h = Hit { name: f[1], class };
                add(&mut t, f[1], h);
                for a in list(2) {
                    add(&mut t, a, h);
                }
            }
            "A" => {
                if let Some(place) = f.get(2) {
                    add(&mut t, f[1], Hit { name: place, class: Class::Adjective });
                }
            }
            _ => {}
        }
    }
    for k in t.folded.keys() {
        let s = shape(k.as_bytes());
        t.shapes[s / 64] |= 1 << (s % 64);
    }
    t
});

/// Looks `name` up (a word or several separated by single spaces).
pub fn lookup(name: &str) -> Option<Hit> {
    let t = &*TABLES;
    // Exact keys are all-caps aliases of up to six bytes (and their forms without a final `.`).
    let trimmed = name.trim_end_matches('.');
    let ascii = name.is_ascii();
    let has_lower =
        if ascii { name.bytes().any(|b| b.is_ascii_lowercase()) } else { name.chars().any(char::is_lowercase) };
    if trimmed.len() <= 6 && !has_lower {
        let exact = if name.len() <= 6 { t.exact.get(name) } else { None };
        if let Some(h) = exact.or_else(|| t.exact.get(trimmed)) {
            return Some(*h);
        }
    }
    // (`is_caps_alias`, read with the lower-case test above.)
    if !has_lower && name.len() <= 3 && name.bytes().any(|b| b.is_ascii_uppercase()) {
        // Short all-capital words match only exact aliases (`US`, not `us`).
        return None;
    }
    // An ASCII name (the common case) is folded on the stack.
    if ascii && trimmed.len() <= 64 {
        let mut buf = [0u8; 64];
        let key = &mut buf[..trimmed.len()];
        key.copy_from_slice(trimmed.as_bytes());
        key.make_ascii_lowercase();
        let s = shape(key);
        if t.shapes[s / 64] & (1 << (s % 64)) == 0 {
            return None;
        }
        return std::str::from_utf8(key).ok().and_then(|k| t.folded.get(k)).copied();
    }
    t.folded.get(&fold(name)).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_adjectives_demonyms() {
        assert_eq!(lookup("Kazakh"), Some(Hit { name: "Kazakhstan", class: Class::Adjective }));
        assert_eq!(lookup("Iranian").map(|h| h.name), Some("Iran"));
        assert_eq!(lookup("Iranians").map(|h| h.kind()), Some(EntityKind::Group));
        assert_eq!(lookup("U.S.").map(|h| h.name), Some("United States"));
        assert_eq!(lookup("Türkiye").map(|h| h.name), Some("Turkey"));
        assert_eq!(lookup("ASTANA").map(|h| h.class), Some(Class::City));
        assert_eq!(lookup("Central Asian").map(|h| h.name), Some("Central Asia"));
    }

    #[test]
    fn acronyms_match_case() {
        assert_eq!(lookup("UN").map(|h| h.name), Some("United Nations"));
        assert_eq!(lookup("NATO").map(|h| h.kind()), Some(EntityKind::Organization));
        assert_eq!(lookup("us"), None);
        assert_eq!(lookup("Who"), None);
        assert_eq!(lookup("WHO").map(|h| h.name), Some("World Health Organization"));
    }

    #[test]
    fn every_country_has_an_entry() {
        let n = DATA.lines().filter(|l| l.starts_with("C|")).count();
        assert!(n >= 195, "{n} countries");
    }
}
