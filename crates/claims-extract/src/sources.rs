//! The source registry of one article: speakers, outlets, posts and links,
//! each with a stable id and all its mentions.

use claims_model::{ids, Mention, Source, SourceKind};

/// Collects sources and joins mentions of the same one.
#[derive(Debug, Default)]
pub struct Registry {
    sources: Vec<Source>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds (or finds) a source by kind, name and handle, records a mention,
    /// and returns its id.
    pub fn add(&mut self, kind: SourceKind, name: &str, handle: Option<&str>, mention: Option<Mention>) -> String {
        let kind_name =
            serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default();
        let id = ids::source_id(&kind_name, name, handle);
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
