//! The source registry of one article: speakers, outlets, posts and links,
//! each with a stable id and all its mentions.
//!
//! A person's later mentions join the first full mention: a surname
//! (`Putin` → `Vladimir Putin`), or `the` + the last word of a known role
//! (`the president` → the source whose role is `Russian President`).
//! [`split_role`] splits a title off a name (`Russian President Vladimir Putin`
//! → role `Russian President`, name `Vladimir Putin`).

use claims_model::{ids, Mention, Source, SourceKind};

/// Collects sources and joins mentions of the same one.
#[derive(Debug, Default)]
pub struct Registry {
    sources: Vec<Source>,
    /// The [`ids::source_id`] of each (kind, name, handle) added so far: a
    /// source is often mentioned again, and its id is a hash of normalised text.
    ids: Vec<(SourceKind, String, Option<String>, String)>,
    /// The [`refine_kind`] of each (kind, name) added so far (read from the
    /// name's entities: the same speaker comes back claim after claim).
    kinds: Vec<(SourceKind, String, SourceKind)>,
    /// The [`ids::normalize`] of each source's name as it was read (the name, then its
    /// normal form), by the source's place in `sources`: filled when first needed.
    normal_names: Vec<Option<(String, String)>>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or finds) a source by kind, name and handle, records a mention,
    /// and returns its id.
    ///
    /// The kind is first checked against the name ([`refine_kind`]): a speaker
    /// read as a person whose name is an organisation's (`National Grid`), a
    /// plural of documents (`the emails`), generic media (`local media`).
    pub fn add(&mut self, kind: SourceKind, name: &str, handle: Option<&str>, mention: Option<Mention>) -> String {
        let kind = if handle.is_none() { self.refined(kind, name) } else { kind };
        let id = self.source_id(kind, name, handle);
        let known = self.sources.iter().any(|s| s.id == id);
        let id = if kind == SourceKind::Person && handle.is_none() && !known {
            self.same_person(name).unwrap_or(id)
        } else if kind == SourceKind::Organization && handle.is_none() && !known {
            self.same_organization(name).unwrap_or(id)
        } else {
            id
        };
        let source = match self.sources.iter_mut().find(|s| s.id == id) {
            Some(s) => s,
            None => {
                self.sources.push(Source {
                    id: id.clone(),
                    kind,
                    name: name.to_string(),
                    handle: handle.map(str::to_string),
                    url: None,
                    date: None,
                    role: None,
                    mentions: Vec::new(),
                    urls: Vec::new(),
                });
                self.sources.last_mut().unwrap()
            }
        };
        if let Some(m) = mention {
            if !source.mentions.contains(&m) {
                source.mentions.push(m);
                source.mentions.sort_by_key(|m| (m.start, m.end));
            }
        }
        id
    }

    /// [`refine_kind`] of a kind and name, read once per registry.
    fn refined(&mut self, kind: SourceKind, name: &str) -> SourceKind {
        if let Some((_, _, k)) = self.kinds.iter().find(|(k, n, _)| *k == kind && n == name) {
            return *k;
        }
        let refined = refine_kind(kind, name);
        self.kinds.push((kind, name.to_string(), refined));
        refined
    }

    /// [`ids::source_id`] of a kind, name and handle, read once per registry.
    fn source_id(&mut self, kind: SourceKind, name: &str, handle: Option<&str>) -> String {
        let known = self.ids.iter().find(|(k, n, h, _)| *k == kind && n == name && h.as_deref() == handle);
        if let Some((_, _, _, id)) = known {
            return id.clone();
        }
        let id = ids::source_id(kind_name(kind), name, handle);
        self.ids.push((kind, name.to_string(), handle.map(str::to_string), id.clone()));
        id
    }

    /// An earlier person this short mention stands for: same surname, or `the` + role word.
    fn same_person(&mut self, name: &str) -> Option<String> {
        let n = ids::normalize(name);
        let bare = n.strip_prefix("the ").unwrap_or(&n);
        let spaced = format!(" {n}");
        // (Each person's normal name is read once, and again only if the name changed.)
        self.normal_names.resize(self.sources.len(), None);
        for (s, kept) in self.sources.iter().zip(self.normal_names.iter_mut()) {
            if s.kind == SourceKind::Person && kept.as_ref().is_none_or(|(read, _)| *read != s.name) {
                *kept = Some((s.name.clone(), ids::normalize(&s.name)));
            }
        }
        let normal_names = &self.normal_names;
        let mut hits =
            self.sources.iter().enumerate().filter(|(_, s)| s.kind == SourceKind::Person).filter(|(k, s)| {
                let full = normal_names[*k].as_ref().map_or("", |(_, f)| f.as_str());
                let surname = !n.contains(' ') && full.len() > n.len() && full.ends_with(&spaced);
                let role = n.starts_with("the ")
                    && s.role.as_deref().is_some_and(|r| ids::normalize(r).rsplit(' ').next() == Some(bare));
                surname || role
            });
        let (_, first) = hits.next()?;
        // Ambiguous short mentions stay apart.
        if hits.next().is_some() {
            return None;
        }
        Some(first.id.clone())
    }

    /// An earlier organisation this name stands for: the same name with or without its
    /// article, or the initials of its name's capitalised words for an acronym (`NHTSA` →
    /// `the National Highway Traffic Safety Administration`; `of`, `for`, `and`, `the` skipped).
    fn same_organization(&self, name: &str) -> Option<String> {
        // The same name with or without its article: `White House` in a headline, `The White
        // House` in the body.
        fn bare(n: &str) -> &str {
            let n = n.trim();
            n.get(..4).filter(|a| a.eq_ignore_ascii_case("the ")).map_or(n, |_| &n[4..])
        }
        let named = bare(name);
        if let Some(s) = self
            .sources
            .iter()
            .find(|s| s.kind == SourceKind::Organization && bare(&s.name).eq_ignore_ascii_case(named))
        {
            return Some(s.id.clone());
        }
        let acronym = name.trim();
        if !(2..=8).contains(&acronym.len()) || !acronym.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        let initials = |full: &str| -> String {
            full.split([' ', '-'])
                .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .filter_map(|w| w.chars().next())
                .collect()
        };
        let mut hits = self
            .sources
            .iter()
            .filter(|s| s.kind == SourceKind::Organization && s.name.contains(' ') && initials(&s.name) == acronym);
        let first = hits.next()?;
        if hits.next().is_some() {
            return None;
        }
        Some(first.id.clone())
    }

    /// The source with this id, to fill in more fields.
    pub fn get_mut(&mut self, id: &str) -> Option<&mut Source> {
        self.sources.iter_mut().find(|s| s.id == id)
    }

    /// All sources, in order of first mention.
    pub fn finish(mut self) -> Vec<Source> {
        self.sources.sort_by_key(|s| s.mentions.first().map_or(usize::MAX, |m| m.start));
        self.sources
    }
}

/// Plural nouns of written records: a speaker made of them is a document (`the emails show`).
const DOCUMENT_PLURALS: &[&str] = &[
    "emails",
    "e-mails",
    "documents",
    "records",
    "files",
    "papers",
    "minutes",
    "memos",
    "letters",
    "messages",
    "texts",
    "transcripts",
    "filings",
    "figures",
    "data",
    "statistics",
    "accounts",
    "cables",
    "notes",
    "recordings",
];

/// Nouns for the press in general: a speaker headed by one is an outlet (`local media`, `state television`).
const MEDIA_HEADS: &[&str] = &["media", "press", "television", "tv", "newspapers", "broadcasters", "outlets"];

/// The kind a source of `kind` named `name` should have, judged from the name
/// alone: a "person" whose name the entity rules read as an organisation
/// (`Great Western Railway`, `Verdant Energy`, `Downing Street` in the
/// gazetteer) is an organisation; a group or organisation headed by a plural of
/// written records (`the leaked emails`) is a document; one headed by a word for
/// the press (`local media`, `state television`) is an outlet. Others keep `kind`.
pub fn refine_kind(kind: SourceKind, name: &str) -> SourceKind {
    // (The last word in lower case is read for groups and organisations only.)
    let lowered = || name.split_whitespace().last().unwrap_or("").to_lowercase();
    match kind {
        SourceKind::Person => {
            let capitalised = name.split_whitespace().next().is_some_and(|w| w.starts_with(char::is_uppercase));
            if !capitalised || !name.contains(' ') && crate::gazetteer::lookup(name).is_none() {
                // A lone word (`Putin`, `Unite`) is read without its context: left alone.
                return kind;
            }
            let span = claims_model::Span::new(0, name.len());
            let es = crate::entities::entities(name, span);
            let whole = es.len() == 1 && es[0].span == span;
            if whole && es[0].kind == claims_model::EntityKind::Organization {
                SourceKind::Organization
            } else {
                kind
            }
        }
        SourceKind::Group | SourceKind::Organization => {
            let last = lowered();
            let last = last.trim_end_matches(|c: char| !c.is_alphanumeric());
            if DOCUMENT_PLURALS.contains(&last) {
                SourceKind::Document
            } else if MEDIA_HEADS.contains(&last) {
                SourceKind::Outlet
            } else {
                kind
            }
        }
        _ => kind,
    }
}

/// The snake_case name of a source kind, as serialised (and hashed into ids).
pub fn kind_name(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Person => "person",
        SourceKind::Organization => "organization",
        SourceKind::Place => "place",
        SourceKind::Group => "group",
        SourceKind::Outlet => "outlet",
        SourceKind::SocialPost => "social_post",
        SourceKind::Link => "link",
        SourceKind::Document => "document",
    }
}

/// Splits a leading title or role off a person's name: returns (role, name).
/// `Russian President Vladimir Putin` → (`Russian President`, `Vladimir Putin`).
pub fn split_role(phrase: &str) -> (Option<String>, String) {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let mut i = 0;
    while i + 1 < words.len() && is_role_word(words[i]) {
        i += 1;
    }
    if i == 0 {
        return (None, phrase.trim().to_string());
    }
    (Some(words[..i].join(" ")), words[i..].join(" "))
}

fn is_role_word(w: &str) -> bool {
    const ROLES: &[&str] = &[
        "president",
        "prime",
        "minister",
        "foreign",
        "leader",
        "secretary",
        "senator",
        "sen.",
        "rep.",
        "governor",
        "mayor",
        "ambassador",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "chief",
        "general",
        "director",
        "chairman",
        "chancellor",
        "king",
        "queen",
        "dr.",
        "mr.",
        "mrs.",
        "ms.",
        "professor",
        "counterpart",
        "deputy",
        "vice",
        "former",
        "speaker",
        "house",
        "senate",
        "state",
        "coach",
        "ceo",
    ];
    let l = w.to_lowercase();
    ROLES.contains(&l.as_str())
        || w.starts_with(char::is_uppercase)
            && (l.ends_with("ian") || l.ends_with("ish") || l.ends_with("ese") || l.ends_with("kh"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use claims_model::Span;

    fn m(t: &str, a: usize, b: usize) -> Option<Mention> {
        Some(Mention::from_span(t, Span::new(a, b)))
    }

    #[test]
    fn kind_names_match_serde() {
        for k in [
            SourceKind::Person,
            SourceKind::Organization,
            SourceKind::Place,
            SourceKind::Group,
            SourceKind::Outlet,
            SourceKind::SocialPost,
            SourceKind::Link,
            SourceKind::Document,
        ] {
            assert_eq!(serde_json::to_value(k).unwrap(), kind_name(k));
        }
    }

    #[test]
    fn an_organisation_with_or_without_its_article_is_one_source() {
        let t = "White House defends plan. The White House said so.";
        let mut r = Registry::new();
        let a = r.add(SourceKind::Organization, "White House", None, m(t, 0, 11));
        assert_eq!(r.add(SourceKind::Organization, "The White House", None, m(t, 26, 41)), a);
        assert_ne!(r.add(SourceKind::Organization, "Green House", None, None), a);
    }

    #[test]
    fn roles_split_off_names() {
        assert_eq!(
            split_role("Russian President Vladimir Putin"),
            (Some("Russian President".into()), "Vladimir Putin".into())
        );
        assert_eq!(split_role("Turkish leader Recep Tayyip Erdogan").1, "Recep Tayyip Erdogan");
        assert_eq!(split_role("Putin"), (None, "Putin".into()));
    }

    #[test]
    fn later_mentions_join_the_same_source() {
        let t = "Vladimir Putin spoke. Putin left. The president slept. Ivan Putin? No.";
        let mut r = Registry::new();
        let a = r.add(SourceKind::Person, "Vladimir Putin", None, m(t, 0, 14));
        r.get_mut(&a).unwrap().role = Some("Russian President".into());
        assert_eq!(r.add(SourceKind::Person, "Putin", None, m(t, 22, 27)), a);
        assert_eq!(r.add(SourceKind::Person, "the president", None, m(t, 34, 47)), a);
        let all = r.finish();
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].mentions.len(), 3);
    }

    #[test]
    fn kinds_are_checked_against_the_name() {
        // Organisation names read as people.
        assert_eq!(refine_kind(SourceKind::Person, "Great Western Railway"), SourceKind::Organization);
        assert_eq!(refine_kind(SourceKind::Person, "Verdant Energy"), SourceKind::Organization);
        assert_eq!(refine_kind(SourceKind::Person, "Downing Street"), SourceKind::Organization);
        // People stay people; a lone unknown word is left as read.
        assert_eq!(refine_kind(SourceKind::Person, "Sarah Mitchell"), SourceKind::Person);
        assert_eq!(refine_kind(SourceKind::Person, "Hughes"), SourceKind::Person);
        assert_eq!(refine_kind(SourceKind::Person, "a senior official"), SourceKind::Person);
        // Written records and the press.
        assert_eq!(refine_kind(SourceKind::Group, "The leaked emails"), SourceKind::Document);
        assert_eq!(refine_kind(SourceKind::Organization, "Local media"), SourceKind::Outlet);
        assert_eq!(refine_kind(SourceKind::Group, "officials"), SourceKind::Group);
        let mut r = Registry::new();
        let id = r.add(SourceKind::Person, "Great Western Railway", None, None);
        assert_eq!(r.finish().iter().find(|s| s.id == id).unwrap().kind, SourceKind::Organization);
    }

    #[test]
    fn an_acronym_joins_the_organisation_it_abbreviates() {
        let mut r = Registry::new();
        let a = r.add(SourceKind::Organization, "the National Highway Traffic Safety Administration", None, None);
        let b = r.add(SourceKind::Organization, "NHTSA", None, None);
        assert_eq!(a, b);
        let c = r.add(SourceKind::Organization, "NATO", None, None);
        assert_ne!(a, c);
        let d = r.add(SourceKind::Organization, "Bank of England", None, None);
        assert_eq!(r.add(SourceKind::Organization, "BE", None, None), d);
    }

    #[test]
    fn ambiguous_surnames_stay_apart() {
        let mut r = Registry::new();
        r.add(SourceKind::Person, "Anna Berg", None, None);
        r.add(SourceKind::Person, "Ole Berg", None, None);
        let b = r.add(SourceKind::Person, "Berg", None, None);
        assert_eq!(r.finish().iter().filter(|s| s.id == b).count(), 1);
    }
}
