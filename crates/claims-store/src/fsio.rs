//! Files on disk: JSON reading, the store lock, and atomic multi-file commits.
//!
//! A commit stages every new file in `<store>/.tmp/` (same file system, so
//! `rename` is atomic), fsyncs each, then writes the journal
//! `<store>/.tmp/journal.json` (atomically) naming every staged file and its
//! final place. The journal is the commit point: once it exists the files are
//! renamed into place in journal order (story manifests last) and every
//! touched folder is fsynced; then the journal is removed. A crash before the
//! journal leaves only staged files, which the next writer deletes; a crash
//! after it is finished by the next command that opens the store
//! ([`recover`]). Either way no half-written file is ever visible.

use std::collections::BTreeSet;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{Result, StoreError};

/// The staging folder inside the store.
pub const STAGING: &str = ".tmp";
/// The journal file inside the staging folder.
pub const JOURNAL: &str = "journal.json";
/// The lock file inside the store.
pub const LOCK: &str = ".lock";
/// How long a command waits for another one to release the lock.
pub const LOCK_WAIT: Duration = Duration::from_secs(60);

/// Pretty, stable JSON with a trailing newline.
pub fn to_json<T: Serialize>(value: &T) -> Vec<u8> {
    // Serialising our own plain types to memory cannot fail.
    let mut v = serde_json::to_vec_pretty(value).unwrap_or_default();
    v.push(b'\n');
    v
}

/// Reads and parses a JSON file; `Ok(None)` when it does not exist.
pub fn read_json_opt<T: DeserializeOwned>(path: &Path) -> Result<Option<T>> {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::Read { path: path.to_path_buf(), source: e }),
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| StoreError::Corrupt { path: path.to_path_buf(), detail: e.to_string() })
}

/// Reads and parses a JSON file that must exist (a missing one is corrupt: something names it).
pub fn read_json<T: DeserializeOwned>(path: &Path) -> Result<T> {
    read_json_opt(path)?
        .ok_or_else(|| StoreError::Corrupt { path: path.to_path_buf(), detail: "the file is missing".into() })
}

fn write_err(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Write { path: path.to_path_buf(), source }
}

fn sync_path(dir: &Path) -> Result<()> {
    File::open(dir).and_then(|f| f.sync_all()).map_err(write_err(dir))
}

/// Most fsyncs run at once. Concurrent fsyncs share the file system's journal
/// commits, so a commit of a hundred files costs a few flushes, not a hundred.
const SYNC_THREADS: usize = 32;

/// fsyncs every file or folder of `paths`, several at a time.
fn sync_many(paths: &[PathBuf]) -> Result<()> {
    if paths.len() <= 1 {
        return paths.iter().try_for_each(|p| sync_path(p));
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = paths.len().min(SYNC_THREADS);
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| -> Result<()> {
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        match paths.get(i) {
                            Some(p) => sync_path(p)?,
                            None => return Ok(()),
                        }
                    }
                })
            })
            .collect();
        workers.into_iter().try_for_each(|w| w.join().unwrap_or(Ok(())))
    })
}

/// A held lock on the store (released on drop).
#[derive(Debug)]
pub struct Lock {
    _file: Option<File>,
}

impl Lock {
    /// No lock (a folder that is not a ledger yet: there is nothing to protect).
    pub fn none() -> Lock {
        Lock { _file: None }
    }
}

/// Takes the store lock, waiting up to [`LOCK_WAIT`]. `exclusive` for writers.
///
/// A read-only store (the lock file cannot be created) is read without a lock.
pub fn lock(root: &Path, exclusive: bool) -> Result<Lock> {
    let path = root.join(LOCK);
    let file = match OpenOptions::new().read(true).write(true).create(true).truncate(false).open(&path) {
        Ok(f) => f,
        Err(e) if !exclusive && e.kind() == std::io::ErrorKind::PermissionDenied => return Ok(Lock { _file: None }),
        Err(e) => return Err(StoreError::Write { path, source: e }),
    };
    let start = Instant::now();
    loop {
        let r = if exclusive { file.try_lock() } else { file.try_lock_shared() };
        match r {
            Ok(()) => return Ok(Lock { _file: Some(file) }),
            Err(fs::TryLockError::WouldBlock) => {
                if start.elapsed() >= LOCK_WAIT {
                    return Err(StoreError::Locked { path: root.to_path_buf(), seconds: LOCK_WAIT.as_secs() });
                }
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(fs::TryLockError::Error(e)) => return Err(StoreError::Write { path, source: e }),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    /// `[staged name, final path relative to the store]`, in rename order.
    files: Vec<(String, String)>,
}

/// True when a journal is waiting to be finished.
pub fn journal_pending(root: &Path) -> bool {
    root.join(STAGING).join(JOURNAL).exists()
}

/// Finishes a committed journal and clears the staging folder. Call with the exclusive lock held.
pub fn recover(root: &Path) -> Result<()> {
    let staging = root.join(STAGING);
    if !staging.is_dir() {
        return Ok(());
    }
    let jpath = staging.join(JOURNAL);
    if let Some(journal) = read_json_opt::<Journal>(&jpath)? {
        apply(root, &journal)?;
        fs::remove_file(&jpath).map_err(write_err(&jpath))?;
    }
    // Everything else in staging belongs to a commit that never reached its journal.
    let entries = fs::read_dir(&staging).map_err(|e| StoreError::Read { path: staging.clone(), source: e })?;
    for entry in entries.flatten() {
        let p = entry.path();
        if p.is_file() {
            fs::remove_file(&p).map_err(write_err(&p))?;
        }
    }
    sync_path(&staging)
}

fn check_rel(root: &Path, rel: &str) -> Result<PathBuf> {
    let p = Path::new(rel);
    let ok = !rel.is_empty()
        && p.components().all(|c| matches!(c, std::path::Component::Normal(_)))
        && !rel.starts_with(STAGING);
    if ok {
        Ok(root.join(p))
    } else {
        let jpath = root.join(STAGING).join(JOURNAL);
        Err(StoreError::Corrupt { path: jpath, detail: format!("it names the path {rel:?} outside the store") })
    }
}

fn apply(root: &Path, journal: &Journal) -> Result<()> {
    let staging = root.join(STAGING);
    let mut dirs: BTreeSet<PathBuf> = BTreeSet::new();
    for (staged, rel) in &journal.files {
        let dest = check_rel(root, rel)?;
        if staged.contains(['/', '\\']) || staged.starts_with('.') {
            return Err(StoreError::Corrupt {
                path: staging.join(JOURNAL),
                detail: format!("bad staged name {staged:?}"),
            });
        }
        let src = staging.join(staged);
        if !src.exists() {
            // Already renamed by an earlier, interrupted run.
            continue;
        }
        let parent = dest.parent().unwrap_or(root).to_path_buf();
        if !parent.is_dir() {
            create_dirs(root, &parent, &mut dirs)?;
        }
        fs::rename(&src, &dest).map_err(write_err(&dest))?;
        dirs.insert(parent);
    }
    sync_many(&dirs.into_iter().collect::<Vec<_>>())
}

/// Creates `dir` and its missing parents, remembering each parent to fsync.
fn create_dirs(root: &Path, dir: &Path, dirs: &mut BTreeSet<PathBuf>) -> Result<()> {
    let mut missing = Vec::new();
    let mut d = dir;
    while !d.is_dir() && d != root {
        missing.push(d.to_path_buf());
        match d.parent() {
            Some(p) => d = p,
            None => break,
        }
    }
    for m in missing.iter().rev() {
        match fs::create_dir(m) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(StoreError::Write { path: m.clone(), source: e }),
        }
        if let Some(p) = m.parent() {
            dirs.insert(p.to_path_buf());
        }
    }
    Ok(())
}

/// Files staged for one atomic commit.
#[derive(Debug)]
pub struct Commit {
    root: PathBuf,
    files: Vec<(String, String, u8)>,
    next: usize,
}

impl Commit {
    /// Starts a commit into the store at `root` (the lock must be held).
    pub fn new(root: &Path) -> Result<Commit> {
        let staging = root.join(STAGING);
        fs::create_dir_all(&staging).map_err(write_err(&staging))?;
        Ok(Commit { root: root.to_path_buf(), files: Vec::new(), next: 0 })
    }

    /// Stages `bytes` for `rel` (a path relative to the store; it is fsynced
    /// before the commit point). Files with a
    /// lower `phase` are renamed first; manifests use the highest phase.
    pub fn stage(&mut self, rel: &str, bytes: &[u8], phase: u8) -> Result<()> {
        let name = format!("{:08}.new", self.next);
        self.next += 1;
        let path = self.root.join(STAGING).join(&name);
        let mut f = File::create(&path).map_err(write_err(&path))?;
        f.write_all(bytes).map_err(write_err(&path))?;
        self.files.push((name, rel.to_string(), phase));
        Ok(())
    }

    /// Where the latest content staged for `rel` is, if any (read it to see
    /// the store as this commit will leave it).
    pub fn staged(&self, rel: &str) -> Option<PathBuf> {
        self.files.iter().rev().find(|f| f.1 == rel).map(|f| self.root.join(STAGING).join(&f.0))
    }

    /// Number of files staged.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// True when nothing is staged.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// Writes the journal (the commit point), renames every file into place and clears the journal.
    pub fn finish(self) -> Result<()> {
        let root = self.root.clone();
        if let Some(journal) = self.write_journal()? {
            apply(&root, &journal)?;
            // No fsync needed: a journal that comes back after a crash finds
            // nothing left to rename and is removed again.
            let jpath = root.join(STAGING).join(JOURNAL);
            fs::remove_file(&jpath).map_err(write_err(&jpath))?;
        }
        Ok(())
    }

    /// Writes the journal and stops: the state a crash right after the commit
    /// point leaves behind. The next command that opens the store finishes the
    /// commit. For crash tests.
    pub fn finish_journal_only(self) -> Result<()> {
        self.write_journal().map(|_| ())
    }

    fn write_journal(mut self) -> Result<Option<Journal>> {
        if self.files.is_empty() {
            return Ok(None);
        }
        self.files.sort_by_key(|f| f.2);
        let journal = Journal { files: self.files.iter().map(|(s, r, _)| (s.clone(), r.clone())).collect() };
        let staging = self.root.join(STAGING);
        let part = staging.join("journal.part");
        let jpath = staging.join(JOURNAL);
        std::fs::write(&part, to_json(&journal)).map_err(write_err(&part))?;
        // Every staged file, and the journal, is on disk before the journal takes effect.
        let mut staged: Vec<PathBuf> = self.files.iter().map(|f| staging.join(&f.0)).collect();
        staged.push(part.clone());
        sync_many(&staged)?;
        fs::rename(&part, &jpath).map_err(write_err(&jpath))?;
        sync_path(&staging)?;
        Ok(Some(journal))
    }
}
