//! The store: opening, locking, and every command's library side.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use claims_model::{Article, ChangeType, Claim, DiffReport, Extraction, Source};

use crate::error::{Result, StoreError};
use crate::fsio::{self, Commit, Lock};
use crate::layout::{self, check_claim_id, check_slug};
use crate::reconcile::{reconcile, Step};
use crate::types::*;

/// A ledger folder. Creating the value does no I/O; each method locks the
/// store for as long as it runs (shared for reads, exclusive for writes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Store {
    root: PathBuf,
}

/// Versions being recorded in one commit (see [`Store::batch`]).
pub struct Batch<'s> {
    txn: Txn<'s>,
}

impl Batch<'_> {
    /// Records one version (visible once the batch commits).
    pub fn track(&mut self, v: NewVersion<'_>) -> Result<TrackOutcome> {
        self.txn.apply(v)
    }
}

impl std::fmt::Debug for Batch<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Batch").field("store", &self.txn.store.root).field("staged", &self.txn.commit.len()).finish()
    }
}

/// One version to record (see [`Store::track`]).
#[derive(Debug, Clone, Copy)]
pub struct NewVersion<'a> {
    /// The story name.
    pub story: &'a str,
    /// The version's text as read.
    pub text: &'a str,
    /// Its extraction (made by the caller with `claims_extract`).
    pub extraction: &'a Extraction,
    /// When it is recorded.
    pub recorded: DateTime<Utc>,
}

impl Store {
    /// The store at `root` (nothing is read or created yet).
    pub fn new(root: impl Into<PathBuf>) -> Store {
        Store { root: root.into() }
    }

    /// The store folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    fn check_folder(&self) -> Result<()> {
        match std::fs::metadata(&self.root) {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(_) => Err(StoreError::NotAFolder { path: self.root.clone() }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(StoreError::Missing { path: self.root.clone() }),
            Err(e) => Err(StoreError::Read { path: self.root.clone(), source: e }),
        }
    }

    /// Checks `store.json`; `Ok(false)` when the folder is not (yet) a ledger.
    fn check_info(&self) -> Result<bool> {
        let path = self.path(layout::STORE_FILE);
        match fsio::read_json_opt::<StoreInfo>(&path)? {
            None => Ok(false),
            Some(info) if info.format != FORMAT_NAME => Err(StoreError::Corrupt {
                path,
                detail: format!("format is {:?}, expected {FORMAT_NAME:?}", info.format),
            }),
            Some(info) if info.version != FORMAT_VERSION => {
                Err(StoreError::Version { path: self.root.clone(), found: info.version, supported: FORMAT_VERSION })
            }
            Some(_) => Ok(true),
        }
    }

    /// Shared lock for readers; finishes an interrupted commit first.
    fn read_lock(&self) -> Result<Lock> {
        self.check_folder()?;
        if !self.path(layout::STORE_FILE).exists() && !fsio::journal_pending(&self.root) {
            // Not a ledger (yet): read as empty, and leave no lock file behind.
            return Ok(Lock::none());
        }
        let lock = fsio::lock(&self.root, false)?;
        let lock = if fsio::journal_pending(&self.root) {
            drop(lock);
            let l = fsio::lock(&self.root, true)?;
            fsio::recover(&self.root)?;
            l
        } else {
            lock
        };
        self.check_info()?;
        Ok(lock)
    }

    /// Exclusive lock for writers; finishes or discards an interrupted commit.
    /// Returns whether `store.json` exists.
    fn write_lock(&self, create: bool) -> Result<(Lock, bool)> {
        if create && !self.root.exists() {
            if let Err(e) = std::fs::create_dir_all(&self.root) {
                return Err(StoreError::Write { path: self.root.clone(), source: e });
            }
        }
        self.check_folder()?;
        let lock = fsio::lock(&self.root, true)?;
        fsio::recover(&self.root)?;
        let exists = self.check_info()?;
        Ok((lock, exists))
    }

    /// Records a new version of a story: diffs it against the story's latest
    /// version and updates the claim index and the source registry, all in
    /// one atomic commit. Tracking the same text as the latest version again
    /// records nothing ([`TrackOutcome::Same`]).
    pub fn track(
        &self,
        story: &str,
        text: &str,
        extraction: &Extraction,
        recorded: DateTime<Utc>,
    ) -> Result<TrackOutcome> {
        let mut out = self.track_many([NewVersion { story, text, extraction, recorded }])?;
        Ok(out.remove(0))
    }

    /// Records many versions in one lock and one atomic commit (an import):
    /// each index shard is read and written once. Versions of one story are
    /// recorded in the order given.
    pub fn track_many<'a, I: IntoIterator<Item = NewVersion<'a>>>(&self, versions: I) -> Result<Vec<TrackOutcome>> {
        self.track_many_with(versions, |old, new| claims_diff::diff(old, new, &claims_diff::DiffOptions { all: true }))
    }

    /// [`Store::track_many`] with another claim diff (`differ(previous, new)`),
    /// e.g. a stricter matcher, or a fixed report in tests.
    pub fn track_many_with<'a, I, D>(&self, versions: I, differ: D) -> Result<Vec<TrackOutcome>>
    where
        I: IntoIterator<Item = NewVersion<'a>>,
        D: FnMut(&Extraction, &Extraction) -> DiffReport,
    {
        self.batch_with(differ, |batch| versions.into_iter().map(|v| batch.track(v)).collect())
    }

    /// Runs `f` with a [`Batch`] that records versions one by one, then
    /// commits them all at once (one lock, one atomic commit, each index shard
    /// written once). When `f` fails nothing is recorded.
    pub fn batch<T, F>(&self, f: F) -> Result<T>
    where
        F: FnOnce(&mut Batch<'_>) -> Result<T>,
    {
        self.batch_with(|old, new| claims_diff::diff(old, new, &claims_diff::DiffOptions { all: true }), f)
    }

    /// [`Store::batch`] with another claim diff.
    pub fn batch_with<T, D, F>(&self, differ: D, f: F) -> Result<T>
    where
        D: FnMut(&Extraction, &Extraction) -> DiffReport,
        F: FnOnce(&mut Batch<'_>) -> Result<T>,
    {
        let (_lock, exists) = self.write_lock(true)?;
        let mut batch = Batch { txn: Txn::new(self, exists, Box::new(differ))? };
        let out = f(&mut batch)?;
        batch.txn.finish()?;
        Ok(out)
    }

    /// The manifest of a story (what `claims log` prints).
    pub fn log(&self, story: &str) -> Result<Manifest> {
        check_slug(story)?;
        let _lock = self.read_lock()?;
        self.manifest(story)
    }

    fn manifest(&self, story: &str) -> Result<Manifest> {
        let path = self.path(&layout::manifest(story));
        let m: Manifest = fsio::read_json_opt(&path)?
            .ok_or_else(|| StoreError::UnknownStory { slug: story.to_string(), store: self.root.clone() })?;
        check_manifest(&m, story, &path)?;
        Ok(m)
    }

    /// The claim changes recorded with one version (`changes.json`).
    pub fn changes(&self, story: &str, version: u32) -> Result<Vec<ChangeRecord>> {
        check_slug(story)?;
        let _lock = self.read_lock()?;
        fsio::read_json(&self.path(&layout::version_changes(story, version)))
    }

    /// The stored extraction of one version.
    pub fn extraction(&self, story: &str, version: u32) -> Result<Extraction> {
        check_slug(story)?;
        let _lock = self.read_lock()?;
        fsio::read_json(&self.path(&layout::version_extraction(story, version)))
    }

    /// Every story name in the store, sorted.
    pub fn stories(&self) -> Result<Vec<String>> {
        let _lock = self.read_lock()?;
        self.story_names()
    }

    fn story_names(&self) -> Result<Vec<String>> {
        let dir = self.path(layout::STORIES);
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::Read { path: dir, source: e }),
        };
        let mut names: Vec<String> = entries
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| check_slug(n).is_ok() && self.path(&layout::manifest(n)).is_file())
            .collect();
        names.sort();
        Ok(names)
    }

    fn entry(&self, id: &str) -> Result<ClaimEntry> {
        let rel = layout::claim_shard(id)?;
        let mut shard: ClaimShard = fsio::read_json_opt(&self.path(&rel))?.unwrap_or_default();
        shard.remove(id).ok_or_else(|| StoreError::UnknownClaim { id: id.to_string(), store: self.root.clone() })
    }

    /// One claim across versions: history, sources, verdicts (`claims show`).
    pub fn show(&self, id: &str) -> Result<ShowReport> {
        check_claim_id(id)?;
        let _lock = self.read_lock()?;
        let entry = self.entry(id)?;
        let mut extractions = ExtractionCache::default();
        let (claim, ext) = self.claim_as_last_seen(id, &entry, &mut extractions)?;
        let sources: Vec<Source> =
            claim.sources.iter().filter_map(|s| ext.sources.iter().find(|x| &x.id == s)).cloned().collect();
        Ok(ShowReport {
            claim,
            stories: entry.stories.iter().cloned().collect(),
            history: entry.history,
            sources,
            verdicts: entry.verdicts,
            first_seen: entry.first_seen,
            last_seen: entry.last_seen,
        })
    }

    fn claim_as_last_seen<'c>(
        &self,
        id: &str,
        entry: &ClaimEntry,
        cache: &'c mut ExtractionCache,
    ) -> Result<(Claim, &'c Extraction)> {
        let rel = layout::version_extraction(&entry.last_seen.story, entry.last_seen.version);
        let path = self.path(&rel);
        let ext = cache.get(&path)?;
        let claim = ext.claims.iter().find(|c| c.id == id).cloned().ok_or_else(|| StoreError::Corrupt {
            path: path.clone(),
            detail: format!("it has no claim {id}, which the claim index says was last seen there"),
        })?;
        Ok((claim, ext))
    }

    /// The source registry across stories (`claims sources`), most claims first.
    /// A store folder that holds no story yet gives an empty list.
    pub fn sources(&self) -> Result<Vec<SourceRow>> {
        let _lock = self.read_lock()?;
        let dir = self.path(layout::SOURCE_INDEX);
        let mut rows = Vec::new();
        let entries = match std::fs::read_dir(&dir) {
            Ok(e) => e.flatten().map(|e| e.path()).collect::<Vec<_>>(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(StoreError::Read { path: dir, source: e }),
        };
        for path in entries {
            if path.extension().is_none_or(|x| x != "json") {
                continue;
            }
            let shard: SourceShard = fsio::read_json(&path)?;
            rows.extend(shard.iter().map(|(id, e)| SourceRow::new(id, e)));
        }
        sort_rows(&mut rows);
        Ok(rows)
    }

    /// The sources of one story, counted within that story only.
    pub fn story_sources(&self, story: &str) -> Result<Vec<SourceRow>> {
        check_slug(story)?;
        let _lock = self.read_lock()?;
        let manifest = self.manifest(story)?;
        let mut rows: BTreeMap<String, SourceRow> = BTreeMap::new();
        let mut backed: HashMap<String, BTreeSet<String>> = HashMap::new();
        for v in &manifest.versions {
            let ext: Extraction = fsio::read_json(&self.path(&layout::version_extraction(story, v.version)))?;
            let date = v.date();
            for s in &ext.sources {
                let row = rows.entry(s.id.clone()).or_insert_with(|| SourceRow {
                    id: s.id.clone(),
                    kind: s.kind,
                    name: s.name.clone(),
                    claims: 0,
                    stories: vec![story.to_string()],
                    first_seen: date,
                    last_seen: date,
                    handle: None,
                    url: None,
                    role: None,
                });
                row.first_seen = row.first_seen.min(date);
                row.last_seen = row.last_seen.max(date);
                fill(&mut row.handle, &s.handle);
                fill(&mut row.url, &s.url);
                fill(&mut row.role, &s.role);
            }
            for c in &ext.claims {
                for s in &c.sources {
                    backed.entry(s.clone()).or_default().insert(c.id.clone());
                }
            }
        }
        let mut rows: Vec<SourceRow> = rows
            .into_values()
            .map(|mut r| {
                r.claims = backed.get(&r.id).map_or(0, |s| s.len());
                r
            })
            .collect();
        sort_rows(&mut rows);
        Ok(rows)
    }

    /// Records a verdict on a claim the ledger knows.
    pub fn verdict(&self, id: &str, verdict: Verdict) -> Result<()> {
        check_claim_id(id)?;
        let (_lock, exists) = self.write_lock(false)?;
        let rel = layout::claim_shard(id)?;
        let mut shard: ClaimShard = fsio::read_json_opt(&self.path(&rel))?.unwrap_or_default();
        let entry = shard
            .get_mut(id)
            .filter(|_| exists)
            .ok_or_else(|| StoreError::UnknownClaim { id: id.to_string(), store: self.root.clone() })?;
        entry.verdicts.push(verdict);
        let mut list: BTreeSet<String> = fsio::read_json_opt(&self.path(layout::VERDICTS))?.unwrap_or_default();
        list.insert(id.to_string());
        let mut commit = Commit::new(&self.root)?;
        commit.stage(&rel, &fsio::to_json(&shard), 1)?;
        commit.stage(layout::VERDICTS, &fsio::to_json(&list), 1)?;
        commit.finish()
    }

    /// Every claim with a verdict (of one story, when given), with the
    /// versions it appeared in: what `claims export` turns into ClaimReview.
    pub fn reviewed(&self, story: Option<&str>) -> Result<Vec<Reviewed>> {
        if let Some(s) = story {
            check_slug(s)?;
        }
        let _lock = self.read_lock()?;
        if let Some(s) = story {
            self.manifest(s)?;
        }
        let list: BTreeSet<String> = fsio::read_json_opt(&self.path(layout::VERDICTS))?.unwrap_or_default();
        let mut extractions = ExtractionCache::default();
        let mut manifests: HashMap<String, Manifest> = HashMap::new();
        let mut out = Vec::new();
        for id in list {
            let entry = match self.entry(&id) {
                Ok(e) => e,
                Err(StoreError::UnknownClaim { .. }) => {
                    return Err(StoreError::Corrupt {
                        path: self.path(layout::VERDICTS),
                        detail: format!("it lists {id}, which is not in the claim index"),
                    })
                }
                Err(e) => return Err(e),
            };
            if entry.verdicts.is_empty() || story.is_some_and(|s| !entry.stories.contains(s)) {
                continue;
            }
            let (claim, ext) = self.claim_as_last_seen(&id, &entry, &mut extractions)?;
            let speaker_source = claim
                .attribution
                .as_ref()
                .and_then(|a| a.speaker.as_ref())
                .and_then(|s| s.source.as_ref())
                .and_then(|sid| ext.sources.iter().find(|x| &x.id == sid))
                .cloned();
            let mut appearances = Vec::new();
            let mut seen = BTreeSet::new();
            for row in &entry.history {
                if row.change == ChangeType::Removed
                    || row.claim != id
                    || !seen.insert((row.story.clone(), row.version))
                {
                    continue;
                }
                if !manifests.contains_key(&row.story) {
                    let m = self.manifest(&row.story)?;
                    manifests.insert(row.story.clone(), m);
                }
                if let Some(v) = manifests[&row.story].versions.iter().find(|v| v.version == row.version) {
                    appearances.push(Appearance { story: row.story.clone(), version: v.clone() });
                }
            }
            out.push(Reviewed { id, claim, speaker: speaker_source, appearances, verdicts: entry.verdicts });
        }
        Ok(out)
    }

    /// Re-extracts every stored version with `extract` and reports claims whose
    /// output differs from what was recorded. Reads only; changes nothing.
    pub fn check<F: FnMut(&str, &Article) -> Extraction>(&self, mut extract: F) -> Result<CheckReport> {
        let _lock = self.read_lock()?;
        let mut report = CheckReport::default();
        for story in self.story_names()? {
            let manifest = self.manifest(&story)?;
            report.stories += 1;
            for v in &manifest.versions {
                let tpath = self.path(&layout::version_text(&story, v.version));
                let text = std::fs::read_to_string(&tpath).map_err(|e| StoreError::Read { path: tpath, source: e })?;
                let stored: Extraction = fsio::read_json(&self.path(&layout::version_extraction(&story, v.version)))?;
                let fresh = extract(&text, &stored.article);
                report.versions += 1;
                report.claims += stored.claims.len();
                report.changes.extend(check_version(&story, v.version, &stored, &fresh));
            }
        }
        Ok(report)
    }
}

fn fill(slot: &mut Option<String>, value: &Option<String>) {
    if slot.is_none() {
        slot.clone_from(value);
    }
}

fn sort_rows(rows: &mut [SourceRow]) {
    rows.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.name.cmp(&b.name)).then_with(|| a.id.cmp(&b.id)));
}

fn check_manifest(m: &Manifest, story: &str, path: &Path) -> Result<()> {
    let corrupt = |detail: String| Err(StoreError::Corrupt { path: path.to_path_buf(), detail });
    if m.story != story {
        return corrupt(format!("it names the story {:?}, but lives in the folder of {story:?}", m.story));
    }
    for (i, v) in m.versions.iter().enumerate() {
        if v.version as usize != i + 1 {
            return corrupt(format!("version {} stands at position {}", v.version, i + 1));
        }
    }
    Ok(())
}

fn check_version(story: &str, version: u32, stored: &Extraction, fresh: &Extraction) -> Vec<CheckChange> {
    let as_values = |e: &Extraction| -> Vec<(String, serde_json::Value)> {
        e.claims.iter().map(|c| (c.id.clone(), serde_json::to_value(c).unwrap_or_default())).collect()
    };
    let old = as_values(stored);
    let new = as_values(fresh);
    let new_map: HashMap<&str, &serde_json::Value> = new.iter().map(|(id, v)| (id.as_str(), v)).collect();
    let old_ids: BTreeSet<&str> = old.iter().map(|(id, _)| id.as_str()).collect();
    let statement = |v: &serde_json::Value| v["statement"].as_str().unwrap_or_default().to_string();
    let change = |change, claim: &str, v: &serde_json::Value| CheckChange {
        story: story.to_string(),
        version,
        change,
        claim: claim.to_string(),
        statement: statement(v),
        new_statement: None,
        fields: Vec::new(),
    };
    let mut out = Vec::new();
    for (id, o) in &old {
        match new_map.get(id.as_str()) {
            None => out.push(change(ChangeType::Removed, id, o)),
            Some(n) if *n == o => {}
            Some(n) => {
                let mut ch = change(ChangeType::Modified, id, o);
                if let (Some(om), Some(nm)) = (o.as_object(), n.as_object()) {
                    let keys: BTreeSet<&String> = om.keys().chain(nm.keys()).collect();
                    ch.fields = keys.into_iter().filter(|k| om.get(*k) != nm.get(*k)).cloned().collect();
                }
                let ns = statement(n);
                if ns != ch.statement {
                    ch.new_statement = Some(ns);
                }
                out.push(ch);
            }
        }
    }
    for (id, n) in &new {
        if !old_ids.contains(id.as_str()) {
            out.push(change(ChangeType::Added, id, n));
        }
    }
    out
}

/// A claim with verdicts, ready for export.
#[derive(Debug, Clone, PartialEq)]
pub struct Reviewed {
    /// The claim id.
    pub id: String,
    /// The claim as last recorded.
    pub claim: Claim,
    /// The speaker's source, when the claim is attributed.
    pub speaker: Option<Source>,
    /// Every version the claim (with this id) appeared in, in the order recorded.
    pub appearances: Vec<Appearance>,
    /// Its verdicts, oldest first.
    pub verdicts: Vec<Verdict>,
}

/// One version a claim appeared in.
#[derive(Debug, Clone, PartialEq)]
pub struct Appearance {
    /// The story.
    pub story: String,
    /// The version.
    pub version: VersionInfo,
}

#[derive(Default)]
struct ExtractionCache {
    map: HashMap<PathBuf, Extraction>,
}

impl ExtractionCache {
    fn get(&mut self, path: &Path) -> Result<&Extraction> {
        if !self.map.contains_key(path) {
            let e: Extraction = fsio::read_json(path)?;
            self.map.insert(path.to_path_buf(), e);
        }
        Ok(&self.map[path])
    }
}

type Differ<'d> = Box<dyn FnMut(&Extraction, &Extraction) -> DiffReport + 'd>;

/// The in-memory state of one write: loaded shards and manifests, and the files staged so far.
struct Txn<'s> {
    store: &'s Store,
    differ: Differ<'s>,
    commit: Commit,
    new_store: bool,
    manifests: BTreeMap<String, Manifest>,
    dirty_manifests: BTreeSet<String>,
    claims: BTreeMap<String, ClaimShard>,
    dirty_claims: BTreeSet<String>,
    sources: BTreeMap<String, SourceShard>,
    dirty_sources: BTreeSet<String>,
}

impl<'s> Txn<'s> {
    fn new(store: &'s Store, exists: bool, differ: Differ<'s>) -> Result<Self> {
        Ok(Txn {
            store,
            differ,
            commit: Commit::new(&store.root)?,
            new_store: !exists,
            manifests: BTreeMap::new(),
            dirty_manifests: BTreeSet::new(),
            claims: BTreeMap::new(),
            dirty_claims: BTreeSet::new(),
            sources: BTreeMap::new(),
            dirty_sources: BTreeSet::new(),
        })
    }

    fn claim_shard(&mut self, id: &str) -> Result<(String, &mut ClaimShard)> {
        let rel = layout::claim_shard(id)?;
        if !self.claims.contains_key(&rel) {
            let shard: ClaimShard = fsio::read_json_opt(&self.store.path(&rel))?.unwrap_or_default();
            self.claims.insert(rel.clone(), shard);
        }
        let shard = self.claims.get_mut(&rel).expect("just inserted");
        Ok((rel, shard))
    }

    fn source_shard(&mut self, id: &str) -> Result<&mut SourceShard> {
        let rel = layout::source_shard(id)?;
        if !self.sources.contains_key(&rel) {
            let shard: SourceShard = fsio::read_json_opt(&self.store.path(&rel))?.unwrap_or_default();
            self.sources.insert(rel.clone(), shard);
        }
        self.dirty_sources.insert(rel.clone());
        Ok(self.sources.get_mut(&rel).expect("just inserted"))
    }

    fn apply(&mut self, v: NewVersion<'_>) -> Result<TrackOutcome> {
        check_slug(v.story)?;
        let ext = v.extraction;
        for c in &ext.claims {
            layout::claim_shard(&c.id)?;
        }
        for s in &ext.sources {
            layout::source_shard(&s.id)?;
        }
        let slug = v.story.to_string();
        if !self.manifests.contains_key(&slug) {
            let m = match self.store.manifest(&slug) {
                Ok(m) => m,
                Err(StoreError::UnknownStory { .. }) => Manifest { story: slug.clone(), versions: Vec::new() },
                Err(e) => return Err(e),
            };
            self.manifests.insert(slug.clone(), m);
        }
        let last = self.manifests[&slug].versions.last().cloned();
        if let Some(l) = &last {
            if l.article == ext.article.id {
                return Ok(TrackOutcome::Same { version: l.version });
            }
        }
        let previous: Option<Extraction> = match &last {
            Some(l) => {
                let rel = layout::version_extraction(&slug, l.version);
                let path = self.commit.staged(&rel).unwrap_or_else(|| self.store.path(&rel));
                Some(fsio::read_json(&path)?)
            }
            None => None,
        };
        let version = last.as_ref().map_or(1, |l| l.version + 1);
        let recorded = trunc_seconds(v.recorded);
        let date = ext.article.published.unwrap_or_else(|| recorded.date_naive());
        let report = previous.as_ref().map(|p| (self.differ)(p, ext));
        let steps = reconcile(previous.as_ref(), ext, report.as_ref());

        // Sources first, so that claims can count what they back.
        for s in &ext.sources {
            let shard = self.source_shard(&s.id)?;
            let e = shard.entry(s.id.clone()).or_insert_with(|| SourceEntry {
                kind: s.kind,
                name: s.name.clone(),
                handle: None,
                url: None,
                role: None,
                claims: 0,
                stories: BTreeSet::new(),
                first_seen: date,
                last_seen: date,
            });
            fill(&mut e.handle, &s.handle);
            fill(&mut e.url, &s.url);
            fill(&mut e.role, &s.role);
            e.stories.insert(slug.clone());
            e.first_seen = e.first_seen.min(date);
            e.last_seen = e.last_seen.max(date);
        }

        let seen = Seen { story: slug.clone(), version, date };
        let mut changes = Vec::new();
        let mut counts = [0usize; 4];
        for step in &steps {
            self.apply_step(step, &seen, &mut changes, &mut counts)?;
        }

        let info = VersionInfo {
            version,
            published: ext.article.published,
            recorded,
            claims: counts[0] + counts[2] + counts[3],
            added: counts[0],
            removed: counts[1],
            modified: counts[2],
            unchanged: counts[3],
            article: ext.article.id.clone(),
            outlet: ext.article.outlet.clone(),
            url: ext.article.url.clone(),
        };
        self.commit.stage(&layout::version_text(&slug, version), v.text.as_bytes(), 0)?;
        self.commit.stage(&layout::version_extraction(&slug, version), &fsio::to_json(ext), 0)?;
        self.commit.stage(&layout::version_changes(&slug, version), &fsio::to_json(&changes), 0)?;
        self.manifests.get_mut(&slug).expect("loaded above").versions.push(info.clone());
        self.dirty_manifests.insert(slug);
        Ok(TrackOutcome::Recorded { version: info, changes })
    }

    fn apply_step(
        &mut self,
        step: &Step<'_>,
        seen: &Seen,
        changes: &mut Vec<ChangeRecord>,
        counts: &mut [usize; 4],
    ) -> Result<()> {
        let row = |c: &Claim, change, kinds: Vec<_>, from: Option<String>, explanation: Option<String>| HistoryRow {
            version: seen.version,
            change,
            kinds,
            statement: c.statement.clone(),
            story: seen.story.clone(),
            date: seen.date,
            claim: c.id.clone(),
            from,
            speaker: c.attribution.as_ref().and_then(|a| a.speaker.as_ref()).map(|s| s.name.clone()),
            certainty: c.certainty,
            negated: c.negated,
            explanation,
        };
        match step {
            Step::Added(c) => {
                counts[0] += 1;
                changes.push(record(c, ChangeType::Added, Vec::new(), true, None, None));
                self.present(c, seen, row(c, ChangeType::Added, Vec::new(), None, None), None)?;
            }
            Step::Unchanged(c) => {
                counts[3] += 1;
                self.present(c, seen, row(c, ChangeType::Unchanged, Vec::new(), None, None), None)?;
            }
            Step::Removed(c) => {
                counts[1] += 1;
                changes.push(record(c, ChangeType::Removed, Vec::new(), true, None, None));
                let r = row(c, ChangeType::Removed, Vec::new(), None, None);
                let (rel, shard) = self.claim_shard(&c.id)?;
                if let Some(e) = shard.get_mut(&c.id) {
                    e.history.push(r);
                    self.dirty_claims.insert(rel);
                }
            }
            Step::Modified { old, new, kinds, substantive, explanation } => {
                counts[2] += 1;
                let from = (old.id != new.id).then(|| old.id.clone());
                changes.push(record(
                    new,
                    ChangeType::Modified,
                    kinds.clone(),
                    *substantive,
                    from.clone(),
                    explanation.clone(),
                ));
                let r = row(new, ChangeType::Modified, kinds.clone(), from.clone(), explanation.clone());
                let mut inherit = None;
                if from.is_some() {
                    let (rel, shard) = self.claim_shard(&old.id)?;
                    if let Some(e) = shard.get_mut(&old.id) {
                        inherit = Some(e.history.iter().filter(|h| h.story == seen.story).cloned().collect::<Vec<_>>());
                        e.history.push(r.clone());
                        self.dirty_claims.insert(rel);
                    }
                }
                self.present(new, seen, r, inherit)?;
            }
        }
        Ok(())
    }

    /// Records that `c` is present in the version `seen`.
    fn present(&mut self, c: &Claim, seen: &Seen, row: HistoryRow, inherit: Option<Vec<HistoryRow>>) -> Result<()> {
        let (rel, shard) = self.claim_shard(&c.id)?;
        let e = shard.entry(c.id.clone()).or_insert_with(|| ClaimEntry {
            statement: c.statement.clone(),
            first_seen: seen.clone(),
            last_seen: seen.clone(),
            stories: BTreeSet::new(),
            sources: BTreeSet::new(),
            history: Vec::new(),
            verdicts: Vec::new(),
        });
        if let Some(rows) = inherit {
            if !e.history.iter().any(|h| h.story == seen.story) {
                let mut rows = rows;
                rows.append(&mut e.history);
                e.history = rows;
            }
        }
        e.history.push(row);
        e.statement.clone_from(&c.statement);
        e.last_seen = seen.clone();
        e.stories.insert(seen.story.clone());
        let newly: Vec<String> = c.sources.iter().filter(|s| e.sources.insert((*s).clone())).cloned().collect();
        self.dirty_claims.insert(rel);
        for s in newly {
            if layout::source_shard(&s).is_err() {
                continue;
            }
            let shard = self.source_shard(&s)?;
            if let Some(se) = shard.get_mut(&s) {
                se.claims += 1;
            }
        }
        Ok(())
    }

    fn finish(mut self) -> Result<()> {
        if self.new_store {
            let info = StoreInfo { format: FORMAT_NAME.to_string(), version: FORMAT_VERSION };
            self.commit.stage(layout::STORE_FILE, &fsio::to_json(&info), 0)?;
            if !self.store.path(layout::GITIGNORE).exists() {
                self.commit.stage(layout::GITIGNORE, b"/.lock\n/.tmp/\n", 0)?;
            }
        }
        for rel in &self.dirty_claims {
            self.commit.stage(rel, &fsio::to_json(&self.claims[rel]), 1)?;
        }
        for rel in &self.dirty_sources {
            self.commit.stage(rel, &fsio::to_json(&self.sources[rel]), 1)?;
        }
        for slug in &self.dirty_manifests {
            self.commit.stage(&layout::manifest(slug), &fsio::to_json(&self.manifests[slug]), 2)?;
        }
        self.commit.finish()
    }
}

fn record(
    c: &Claim,
    change: ChangeType,
    kinds: Vec<claims_model::ChangeKind>,
    substantive: bool,
    from: Option<String>,
    explanation: Option<String>,
) -> ChangeRecord {
    ChangeRecord { change, kinds, substantive, claim: c.id.clone(), from, statement: c.statement.clone(), explanation }
}

fn trunc_seconds(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).unwrap_or(t)
}
