//! The durable ledger: which inbox files already have their record.
//!
//! Layout of `--state DIR`:
//! * `lock` — `flock`ed while a daemon runs, so two daemons never share a
//!   ledger;
//! * `ledger.json` — the snapshot: `{"format":"tidings-ledger","version":1,
//!   "generation":G,"output":…,"out_committed":N,"entries":{path:entry}}`,
//!   replaced atomically (temp + fsync + rename + fsync dir);
//! * `journal.G.log` — one JSON operation per line appended since snapshot
//!   G: `{"op":"done",path,…entry,"out":N}` when a record is durable,
//!   `{"op":"gone",path}` once the input has left the inbox. `done`
//!   lines are fdatasync'ed before the input is touched.
//!
//! Compaction writes snapshot G+1 (with an empty `journal.G+1.log` created
//! first), then deletes `journal.G.log`; a crash anywhere in between leaves
//! a snapshot and its own journal, so replay is always exact. A torn last
//! journal line (crash mid-append) is dropped and truncated at load.
//!
//! An entry exists only while its input is in the inbox (with `--keep`,
//! while the file exists at all), so the ledger stays small.

use std::collections::{BTreeMap, HashMap};
use std::fs::{File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::{Context, bail};
use serde::{Deserialize, Serialize};

use super::fsutil;

const FORMAT: &str = "tidings-ledger";
/// Ledger format version written by this build.
pub const VERSION: u32 = 1;

/// Whether an input's record was an article or an error record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// An article record: the input goes to done/ (or is deleted/kept).
    Done,
    /// An error record: the input goes to failed/.
    Failed,
}

/// What the ledger knows about one inbox file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// SHA-256 (hex) of the content, when it was read.
    pub sha256: Option<String>,
    /// Size in bytes.
    pub size: u64,
    /// Modification time as written in `source.mtime`.
    pub mtime: Option<String>,
    /// Article or error record.
    pub outcome: Outcome,
    /// For error records: `error.kind`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// For error records: `error.message`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

impl Entry {
    /// Whether a file with this size, mtime and (if read) hash is the file
    /// this entry describes. The hash decides when both sides have one;
    /// otherwise size and mtime must both match.
    pub fn matches(&self, size: u64, mtime: Option<&str>, sha256: Option<&str>) -> bool {
        if self.size != size {
            return false;
        }
        match (self.sha256.as_deref(), sha256) {
            (Some(a), Some(b)) => a == b,
            _ => self.mtime.as_deref() == mtime,
        }
    }
}

/// The entries, shared with discovery and the workers (read), the mover
/// (which retires an entry when its input leaves the inbox) and the writer
/// (which alone adds entries, after the journal has them).
#[derive(Clone, Debug, Default)]
pub struct SharedEntries(Arc<Mutex<Maps>>);

/// The ledger's entries in memory.
#[derive(Debug, Default)]
pub struct Maps {
    /// Inputs in the inbox whose record is durable: what workers and
    /// discovery consult.
    live: HashMap<String, Entry>,
    /// Inputs moved out of the inbox whose move is not durable yet (its
    /// directories not fsync'ed, its `gone` not journaled). No longer
    /// consulted — a new file under the same name is a new input — but
    /// still written into snapshots, so that a compaction never drops an
    /// entry whose move a power loss could undo.
    moving: HashMap<String, Entry>,
}

impl SharedEntries {
    fn lock(&self) -> MutexGuard<'_, Maps> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// A copy of the entry for `rel`.
    pub fn get(&self, rel: &str) -> Option<Entry> {
        self.lock().live.get(rel).cloned()
    }

    /// The inputs with an entry.
    pub fn keys(&self) -> Vec<String> {
        self.lock().live.keys().cloned().collect()
    }

    /// `rel`, recorded as `entry`, has just been moved out of the inbox.
    pub fn moved(&self, rel: &str, entry: &Entry) {
        let mut m = self.lock();
        if m.live.get(rel) == Some(entry)
            && let Some((k, e)) = m.live.remove_entry(rel)
        {
            m.moving.insert(k, e);
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Snapshot {
    format: String,
    version: u32,
    generation: u64,
    output: Option<String>,
    out_committed: u64,
    entries: BTreeMap<String, Entry>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
enum Op {
    Done {
        path: String,
        #[serde(flatten)]
        entry: Entry,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        out: Option<u64>,
    },
    Gone {
        path: String,
    },
    Output {
        output: Option<String>,
        out: u64,
    },
}

/// The open ledger.
#[derive(Debug)]
pub struct Ledger {
    dir: PathBuf,
    generation: u64,
    journal: File,
    journal_len: u64,
    journal_ops: u64,
    /// Length of the output file up to which every record is in the ledger.
    pub out_committed: u64,
    /// Identity of the output the offsets refer to (`file:/path`, …).
    pub output: Option<String>,
    entries: SharedEntries,
    unsynced: bool,
    _lock: File,
}

fn journal_path(dir: &Path, generation: u64) -> PathBuf {
    dir.join(format!("journal.{generation}.log"))
}

impl Ledger {
    /// Opens (or creates) the ledger in `dir`, locking it.
    pub fn open(dir: &Path) -> anyhow::Result<Self> {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create state dir {}", dir.display()))?;
        let lock = fsutil::lock_file(&dir.join("lock")).map_err(|e| {
            anyhow::anyhow!(
                "state dir {} is in use by another tidings watch ({e})",
                dir.display()
            )
        })?;
        let snap_path = dir.join("ledger.json");
        let snap = match std::fs::read(&snap_path) {
            Ok(bytes) => {
                let snap: Snapshot = serde_json::from_slice(&bytes)
                    .with_context(|| format!("corrupt ledger {}", snap_path.display()))?;
                if snap.format != FORMAT {
                    bail!("{} is not a tidings ledger", snap_path.display());
                }
                if snap.version > VERSION {
                    bail!(
                        "ledger {} has version {}, newer than this tidings (version {VERSION}); upgrade tidings",
                        snap_path.display(),
                        snap.version
                    );
                }
                snap
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => Snapshot {
                format: FORMAT.into(),
                version: VERSION,
                generation: 0,
                output: None,
                out_committed: 0,
                entries: BTreeMap::new(),
            },
            Err(e) => return Err(e).context(format!("cannot read {}", snap_path.display())),
        };
        let generation = snap.generation;
        let mut map: HashMap<String, Entry> = snap.entries.into_iter().collect();
        let mut out_committed = snap.out_committed;
        let mut output = snap.output;

        let jpath = journal_path(dir, generation);
        let mut journal = OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&jpath)
            .with_context(|| format!("cannot open {}", jpath.display()))?;
        let mut buf = Vec::new();
        journal.read_to_end(&mut buf)?;
        let mut good = 0usize;
        let mut ops = 0u64;
        for line in buf.split_inclusive(|&b| b == b'\n') {
            if line.last() != Some(&b'\n') {
                break;
            }
            let Ok(op) = serde_json::from_slice::<Op>(line) else {
                break;
            };
            match op {
                Op::Done { path, entry, out } => {
                    map.insert(path, entry);
                    if let Some(o) = out {
                        out_committed = out_committed.max(o);
                    }
                }
                Op::Gone { path } => {
                    map.remove(&path);
                }
                Op::Output { output: o, out } => {
                    output = o;
                    out_committed = out;
                }
            }
            good += line.len();
            ops += 1;
        }
        if good < buf.len() {
            tracing::warn!(
                journal = %jpath.display(),
                dropped_bytes = buf.len() - good,
                "ledger journal ended with a torn or corrupt entry; dropped it"
            );
            journal.set_len(good as u64)?;
            journal.sync_all()?;
        }
        // Journals of other generations are leftovers of a compaction.
        if let Ok(rd) = std::fs::read_dir(dir) {
            for e in rd.flatten() {
                let n = e.file_name();
                let n = n.to_string_lossy();
                if n.starts_with("journal.") && n.ends_with(".log") && e.path() != jpath {
                    let _ = std::fs::remove_file(e.path());
                }
            }
        }
        Ok(Ledger {
            dir: dir.to_path_buf(),
            generation,
            journal,
            journal_len: good as u64,
            journal_ops: ops,
            out_committed,
            output,
            entries: SharedEntries(Arc::new(Mutex::new(Maps {
                live: map,
                moving: HashMap::new(),
            }))),
            unsynced: false,
            _lock: lock,
        })
    }

    /// The shared view of the entries.
    pub fn shared(&self) -> SharedEntries {
        self.entries.clone()
    }

    fn append(&mut self, ops: &[Op], sync: bool) -> io::Result<()> {
        if ops.is_empty() && !(sync && self.unsynced) {
            return Ok(());
        }
        let mut buf = Vec::with_capacity(ops.len() * 160);
        for op in ops {
            serde_json::to_writer(&mut buf, op)?;
            buf.push(b'\n');
        }
        let res = (|| {
            use std::os::unix::fs::FileExt;
            self.journal.write_all_at(&buf, self.journal_len)?;
            if sync {
                self.journal.sync_data()?;
            }
            Ok(())
        })();
        match res {
            Ok(()) => {
                self.journal_len += buf.len() as u64;
                self.journal_ops += ops.len() as u64;
                self.unsynced = !sync;
                Ok(())
            }
            Err(e) => {
                // Drop whatever part was written; the caller retries.
                let _ = self.journal.set_len(self.journal_len);
                Err(e)
            }
        }
    }

    /// Records that these files have their record in the output (which now
    /// ends at `out_end`, for a JSON Lines file), then shows them in the
    /// shared entries. With `sync`, fdatasyncs the journal first; without,
    /// the entries become durable at the next [`Ledger::sync`] — safe
    /// because the records themselves are already durable and start-up
    /// recovery re-derives lost `done` entries from them.
    pub fn record_done(
        &mut self,
        items: &[(String, Entry)],
        out_end: Option<u64>,
        sync: bool,
    ) -> io::Result<()> {
        let ops: Vec<Op> = items
            .iter()
            .enumerate()
            .map(|(i, (path, entry))| Op::Done {
                path: path.clone(),
                entry: entry.clone(),
                out: if i + 1 == items.len() { out_end } else { None },
            })
            .collect();
        self.append(&ops, sync)?;
        if let Some(o) = out_end {
            self.out_committed = self.out_committed.max(o);
        }
        let mut m = self.entries.lock();
        for (path, entry) in items {
            m.live.insert(path.clone(), entry.clone());
        }
        Ok(())
    }

    /// Records that these inputs have left the inbox. Not synced here: a
    /// lost `gone` is re-derived at start (the file is not in the inbox).
    /// Callers append `gone` only once the move itself is durable (its
    /// directories fsync'ed), so the journal never runs ahead of the disk.
    pub fn record_gone(&mut self, paths: &[String]) -> io::Result<()> {
        {
            let mut m = self.entries.lock();
            for p in paths {
                m.live.remove(p);
                m.moving.remove(p);
            }
        }
        let ops: Vec<Op> = paths.iter().map(|p| Op::Gone { path: p.clone() }).collect();
        self.append(&ops, false)
    }

    /// [`Ledger::record_gone`] for inputs the mover took out of the inbox
    /// (see [`SharedEntries::moved`]) and made durable since. An input
    /// whose name already has a newer entry (a new file dropped under the
    /// same name and recorded meanwhile) gets no `gone`: the journal's
    /// later `done` already supersedes the old one, and a `gone` after it
    /// would erase the new entry.
    pub fn record_moved(&mut self, moved: &[(String, Entry)]) -> io::Result<()> {
        let ops: Vec<Op> = {
            let mut m = self.entries.lock();
            moved
                .iter()
                .filter(|(p, _)| {
                    m.moving.remove(p);
                    !m.live.contains_key(p)
                })
                .map(|(p, _)| Op::Gone { path: p.clone() })
                .collect()
        };
        self.append(&ops, false)
    }

    /// Records which output the offsets refer to, and how far it is known.
    pub fn record_output(&mut self, output: Option<String>, out: u64) -> io::Result<()> {
        self.append(
            &[Op::Output {
                output: output.clone(),
                out,
            }],
            true,
        )?;
        self.output = output;
        self.out_committed = out;
        Ok(())
    }

    /// fdatasyncs appended lines, if any are not yet synced.
    pub fn sync(&mut self) -> io::Result<()> {
        if self.unsynced {
            self.journal.sync_data()?;
            self.unsynced = false;
        }
        Ok(())
    }

    /// Compacts when the journal has grown well past the live entries.
    pub fn maybe_compact(&mut self) -> io::Result<()> {
        let live = {
            let m = self.entries.lock();
            (m.live.len() + m.moving.len()) as u64
        };
        if self.journal_ops > 4096 && self.journal_ops > 2 * live {
            self.compact()?;
        }
        Ok(())
    }

    /// Writes a new snapshot and starts a new, empty journal.
    pub fn compact(&mut self) -> io::Result<()> {
        let next = self.generation + 1;
        let jpath = journal_path(&self.dir, next);
        let journal = OpenOptions::new()
            .create(true)
            .truncate(true)
            .read(true)
            .write(true)
            .open(&jpath)?;
        journal.sync_all()?;
        fsutil::fsync_dir(&self.dir)?;
        let snap = Snapshot {
            format: FORMAT.into(),
            version: VERSION,
            generation: next,
            output: self.output.clone(),
            out_committed: self.out_committed,
            entries: {
                // `live` wins over an older version still `moving`.
                let m = self.entries.lock();
                m.moving
                    .iter()
                    .chain(m.live.iter())
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect()
            },
        };
        let bytes = serde_json::to_vec(&snap)?;
        fsutil::atomic_write(&self.dir.join("ledger.json"), &bytes)?;
        let old = journal_path(&self.dir, self.generation);
        self.generation = next;
        self.journal = journal;
        self.journal_len = 0;
        self.journal_ops = 0;
        self.unsynced = false;
        let _ = std::fs::remove_file(old);
        Ok(())
    }
}

/// Writes `f` and flushes; used by tests.
#[cfg(test)]
fn write_raw(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    let mut f = OpenOptions::new().append(true).open(path).unwrap();
    f.write_all(bytes).unwrap();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(sha: &str) -> Entry {
        Entry {
            sha256: Some(sha.into()),
            size: 3,
            mtime: Some("2025-01-01T00:00:00.000000000Z".into()),
            outcome: Outcome::Done,
            kind: None,
            message: None,
        }
    }

    #[test]
    fn survives_reopen_torn_journal_and_compaction() {
        let d = tempfile::tempdir().unwrap();
        {
            let mut l = Ledger::open(d.path()).unwrap();
            l.record_done(
                &[("a".into(), entry("aa")), ("b".into(), entry("bb"))],
                Some(100),
                true,
            )
            .unwrap();
            l.record_gone(&["a".into()]).unwrap();
            l.sync().unwrap();
            // A second daemon cannot open it meanwhile.
            assert!(Ledger::open(d.path()).is_err());
        }
        write_raw(&journal_path(d.path(), 0), b"{\"op\":\"done\",\"pa");
        let mut l = Ledger::open(d.path()).unwrap();
        assert_eq!(l.out_committed, 100);
        assert_eq!(l.shared().get("b"), Some(entry("bb")));
        assert_eq!(l.shared().get("a"), None);
        l.compact().unwrap();
        l.record_done(&[("c".into(), entry("cc"))], Some(200), false)
            .unwrap();
        l.sync().unwrap();
        drop(l);
        let l = Ledger::open(d.path()).unwrap();
        assert_eq!(l.out_committed, 200);
        assert_eq!(l.generation, 1);
        assert!(l.shared().get("b").is_some() && l.shared().get("c").is_some());
        assert!(!journal_path(d.path(), 0).exists());
    }

    #[test]
    fn moving_entries_stay_in_snapshots_until_gone() {
        let d = tempfile::tempdir().unwrap();
        let mut l = Ledger::open(d.path()).unwrap();
        l.record_done(&[("a".into(), entry("aa"))], Some(10), true)
            .unwrap();
        let shared = l.shared();
        shared.moved("a", &entry("zz")); // not the recorded version: no-op
        assert_eq!(shared.get("a"), Some(entry("aa")));
        shared.moved("a", &entry("aa"));
        // A new file under the same name is a new input...
        assert_eq!(shared.get("a"), None);
        // ...but a compaction now still keeps the old entry.
        l.compact().unwrap();
        drop(l);
        let mut l = Ledger::open(d.path()).unwrap();
        assert_eq!(l.shared().get("a"), Some(entry("aa")));
        let shared = l.shared();
        shared.moved("a", &entry("aa"));
        // The new file is recorded before the old move is made durable:
        // the old move's `gone` must not erase the new entry.
        l.record_done(&[("a".into(), entry("bb"))], Some(20), false)
            .unwrap();
        l.record_moved(&[("a".into(), entry("aa"))]).unwrap();
        l.sync().unwrap();
        drop(l);
        let mut l = Ledger::open(d.path()).unwrap();
        assert_eq!(l.shared().get("a"), Some(entry("bb")));
        let shared = l.shared();
        shared.moved("a", &entry("bb"));
        l.record_moved(&[("a".into(), entry("bb"))]).unwrap();
        l.sync().unwrap();
        drop(l);
        let l = Ledger::open(d.path()).unwrap();
        assert_eq!(l.shared().get("a"), None);
    }

    #[test]
    fn newer_version_is_refused() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(
            d.path().join("ledger.json"),
            br#"{"format":"tidings-ledger","version":99,"generation":0,"output":null,"out_committed":0,"entries":{}}"#,
        )
        .unwrap();
        let e = Ledger::open(d.path()).unwrap_err().to_string();
        assert!(e.contains("version 99"), "{e}");
    }

    #[test]
    fn matching_rules() {
        let e = entry("aa");
        assert!(e.matches(3, None, Some("aa")));
        assert!(!e.matches(3, None, Some("ab")));
        assert!(e.matches(3, Some("2025-01-01T00:00:00.000000000Z"), None));
        assert!(!e.matches(4, Some("2025-01-01T00:00:00.000000000Z"), None));
    }
}
