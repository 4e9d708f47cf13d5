//! Sinks: where records go, behind one delivery contract.
//!
//! **[`Sink::commit`] returns `Ok` only once the sink has durably accepted
//! every record of the batch.** The writer advances the ledger (and moves
//! the inputs) only after that, and on an error retries the same batch
//! whole, so each sink need only make a retried batch harmless:
//!
//! * [`OutputMode::File`]: one JSON Lines file. Each commit writes all of
//!   a batch's lines with one `pwrite` at the known-good length and
//!   `fdatasync`s them. If either fails (disk full, read-only, I/O error)
//!   the file is truncated back to the known-good length — after a failed
//!   fsync the file is reopened first, since the kernel may have dropped
//!   the dirty pages — and the batch is retried whole later. At start the
//!   tail past the ledger's committed offset is read back: complete record
//!   lines there are records whose ledger entry was not written yet (crash
//!   recovery uses them), and a torn or garbled tail is truncated.
//! * [`OutputMode::Dir`]: one `NAME.SHA16.json` per input, written
//!   atomically; the name is a function of the input's path and content,
//!   so writing it again after a crash replaces it (never a duplicate).
//! * [`OutputMode::Stdout`]: written and flushed; a pipe cannot be
//!   fsync'ed or read back, so across a crash this is at-least-once.
//! * [`OutputMode::Nats`]: published to JetStream; "durably accepted" is
//!   the stream's publish ack (stored, and replicated when the stream has
//!   replicas). Each message carries a `Nats-Msg-Id` derived from the
//!   input's content ([`crate::nats::msgid`]), so what a crash or a retry
//!   publishes again is dropped by the stream's duplicate window. While
//!   the server is unreachable the commit fails fast, the writer retries
//!   with backoff, and the bounded queues behind it fill up: the workers
//!   stop, then discovery stops taking files (back-pressure, nothing
//!   dropped, memory bounded by `--queue` + 3 × `--batch` records).

use std::fs::{File, OpenOptions};
use std::io::{self, BufRead, BufReader, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};

use super::config::OutputMode;
use super::fsutil;
use crate::nats::conn::StateFn;
use crate::nats::msgid::msg_id;
use crate::nats::publish::{Msg, Publisher};
use crate::record::{self, LineSource};

/// One record to commit.
#[derive(Debug)]
pub struct Line<'a> {
    /// The JSON line, without newline.
    pub json: &'a str,
    /// The input's inbox-relative path (names `--out-dir` files).
    pub rel: &'a str,
    /// The input's SHA-256 (hex), if read.
    pub sha256: Option<&'a str>,
    /// The input's size (names unread inputs' NATS messages).
    pub size: u64,
    /// The input's mtime as in `source.mtime`.
    pub mtime: Option<&'a str>,
}

/// An open output.
#[derive(Debug)]
pub enum Sink {
    /// JSON Lines file.
    File(FileOut),
    /// Directory of record files.
    Dir(PathBuf),
    /// Standard output.
    Stdout,
    /// NATS JetStream (boxed: the client and context are large).
    Nats(Box<NatsSink>),
}

/// The JetStream sink: a publisher and the runtime its connection runs on
/// (the writer is a plain thread and blocks on each batch's acks).
#[derive(Debug)]
pub struct NatsSink {
    rt: tokio::runtime::Handle,
    publisher: Publisher,
}

/// What opening a NATS sink needs besides its settings.
pub struct NatsEnv {
    /// The daemon's runtime (drives the connection).
    pub rt: tokio::runtime::Handle,
    /// Most records per commit (acks in flight).
    pub batch: usize,
    /// Hears of connection losses and returns (health).
    pub on_state: StateFn,
}

impl std::fmt::Debug for NatsEnv {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NatsEnv")
            .field("batch", &self.batch)
            .finish()
    }
}

/// The JSON Lines file output.
#[derive(Debug)]
pub struct FileOut {
    path: PathBuf,
    file: Option<File>,
    /// Everything before this offset is complete, durable records.
    len: u64,
}

impl Sink {
    /// Opens the sink: creates directories, or connects to NATS and checks
    /// the stream. A [`crate::nats::stream::StreamError::Fatal`] inside the
    /// error means retrying cannot help.
    pub fn open(mode: &OutputMode, nats: &NatsEnv) -> anyhow::Result<Self> {
        if let OutputMode::Nats(t) = mode {
            let publisher = nats.rt.block_on(Publisher::connect(
                t,
                nats.batch,
                Some(nats.on_state.clone()),
            ))?;
            tracing::info!(
                url = %t.conn.url,
                subject = %t.subject,
                stream = publisher.stream(),
                "publishing to NATS JetStream"
            );
            return Ok(Sink::Nats(Box::new(NatsSink {
                rt: nats.rt.clone(),
                publisher,
            })));
        }
        Ok(Self::open_local(mode)?)
    }

    fn open_local(mode: &OutputMode) -> io::Result<Self> {
        Ok(match mode {
            OutputMode::File(p) => {
                if let Some(parent) = p.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(parent)?;
                }
                let file = open_rw(p)?;
                let len = file.metadata()?.len();
                Sink::File(FileOut {
                    path: p.clone(),
                    file: Some(file),
                    len,
                })
            }
            OutputMode::Dir(d) => {
                std::fs::create_dir_all(d)?;
                Sink::Dir(d.clone())
            }
            OutputMode::Stdout => Sink::Stdout,
            OutputMode::Nats(_) => {
                return Err(io::Error::other("a NATS sink needs a runtime (Sink::open)"));
            }
        })
    }

    /// Identity of the output, stored in the ledger with its offsets.
    pub fn id(&self) -> Option<String> {
        match self {
            Sink::File(f) => Some(format!(
                "file:{}",
                f.path
                    .canonicalize()
                    .unwrap_or_else(|_| f.path.clone())
                    .display()
            )),
            Sink::Dir(d) => Some(format!("dir:{}", d.display())),
            Sink::Stdout => None,
            Sink::Nats(n) => Some(format!("nats:{}", n.publisher.stream())),
        }
    }

    /// Appends and makes durable `lines`; returns the new end offset for a
    /// JSON Lines file. On error nothing of the batch counts (the file is
    /// cut back) and the caller retries the same batch.
    pub fn commit(&mut self, lines: &[Line<'_>]) -> io::Result<Option<u64>> {
        match self {
            Sink::File(f) => f.commit(lines).map(Some),
            Sink::Dir(d) => {
                for l in lines {
                    let name = record_file_name(l.rel, l.sha256);
                    let mut bytes = Vec::with_capacity(l.json.len() + 1);
                    bytes.extend_from_slice(l.json.as_bytes());
                    bytes.push(b'\n');
                    write_durable(&d.join(name), &bytes)?;
                }
                fsutil::fsync_dir(d)?;
                Ok(None)
            }
            Sink::Stdout => {
                let mut out = io::stdout().lock();
                let mut buf = Vec::new();
                for l in lines {
                    buf.extend_from_slice(l.json.as_bytes());
                    buf.push(b'\n');
                }
                out.write_all(&buf)?;
                out.flush()?;
                Ok(None)
            }
            Sink::Nats(n) => {
                let msgs = lines
                    .iter()
                    .map(|l| Msg {
                        id: msg_id(l.json, l.sha256, l.rel, l.size, l.mtime),
                        payload: l.json.to_owned(),
                    })
                    .collect();
                let dups =
                    n.rt.block_on(n.publisher.publish(msgs))
                        .map_err(io::Error::other)?;
                if dups > 0 {
                    tracing::info!(
                        duplicates = dups,
                        "re-published records were already in the stream (dropped by msg id)"
                    );
                }
                Ok(None)
            }
        }
    }

    /// Hands over what is still buffered (NATS) before the process exits.
    pub fn close(&mut self) {
        if let Sink::Nats(n) = self {
            n.rt.block_on(n.publisher.flush());
        }
    }
}

fn open_rw(p: &Path) -> io::Result<File> {
    OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(p)
}

/// Writes a record file without the directory fsync (done once per batch).
fn write_durable(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy()
    ));
    let mut f = File::create(&tmp)?;
    f.write_all(bytes)?;
    f.sync_data()?;
    drop(f);
    std::fs::rename(&tmp, path)
}

/// `--out-dir` file name: the inbox-relative path (`/` as `__`) plus the
/// first 16 hex digits of the content hash.
pub fn record_file_name(rel: &str, sha256: Option<&str>) -> String {
    let flat = rel.replace('/', "__");
    let tag = sha256.map_or("unread", |s| s.get(..16).unwrap_or(s));
    format!("{flat}.{tag}.json")
}

impl FileOut {
    fn commit(&mut self, lines: &[Line<'_>]) -> io::Result<u64> {
        let file = match &mut self.file {
            Some(f) => f,
            None => {
                // Reopened after a failed fsync: forget the unknown tail.
                let f = open_rw(&self.path)?;
                let size = f.metadata()?.len();
                if size > self.len {
                    f.set_len(self.len)?;
                } else if size < self.len {
                    // Someone truncated or rotated the file: append to it.
                    self.len = size;
                }
                self.file.insert(f)
            }
        };
        let total: usize = lines.iter().map(|l| l.json.len() + 1).sum();
        let mut buf = Vec::with_capacity(total);
        for l in lines {
            buf.extend_from_slice(l.json.as_bytes());
            buf.push(b'\n');
        }
        if let Err(e) = file.write_all_at(&buf, self.len) {
            if file.set_len(self.len).is_err() {
                self.file = None;
            }
            return Err(e);
        }
        if let Err(e) = file.sync_data() {
            self.file = None;
            return Err(e);
        }
        self.len += buf.len() as u64;
        Ok(self.len)
    }

    /// Reads back the records from `from` to the end, calling `each` for
    /// every complete one, and truncates a torn or garbled tail. Returns the
    /// new end and the number of bytes cut.
    pub fn recover(
        &mut self,
        from: u64,
        mut each: impl FnMut(LineSource),
    ) -> io::Result<(u64, u64)> {
        let mut f = open_rw(&self.path)?;
        let size = f.metadata()?.len();
        let from = if from > size {
            tracing::warn!(
                output = %self.path.display(),
                committed = from,
                size,
                "the output is shorter than the ledger says (rotated or truncated?); reading it from the start"
            );
            0
        } else {
            from
        };
        f.seek(SeekFrom::Start(from))?;
        let mut reader = BufReader::with_capacity(1 << 16, &mut f);
        let mut pos = from;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line)?;
            if n == 0 {
                break;
            }
            if line.last() != Some(&b'\n') {
                break;
            }
            match record::line_source(&line) {
                Some(src) => each(src),
                None => break,
            }
            pos += n as u64;
        }
        drop(reader);
        let cut = size - pos;
        if cut > 0 {
            f.set_len(pos)?;
            f.sync_all()?;
        }
        self.file = Some(f);
        self.len = pos;
        Ok((pos, cut))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commit_then_recover_cuts_torn_tail() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("o.jsonl");
        let mut out = Sink::open_local(&OutputMode::File(p.clone())).unwrap();
        let rec = r#"{"schema":1,"source":{"path":"/in/a","bytes":1,"sha256":null,"mtime":null}}"#;
        let end = out
            .commit(&[Line {
                json: rec,
                rel: "a",
                sha256: None,
                size: 1,
                mtime: None,
            }])
            .unwrap()
            .unwrap();
        assert_eq!(end, rec.len() as u64 + 1);
        // A torn append after it.
        let mut f = OpenOptions::new().append(true).open(&p).unwrap();
        f.write_all(&rec.as_bytes()[..20]).unwrap();
        let Sink::File(mut fo) = Sink::open_local(&OutputMode::File(p.clone())).unwrap() else {
            panic!()
        };
        let mut seen = Vec::new();
        let (end2, cut) = fo.recover(0, |s| seen.push(s.path)).unwrap();
        assert_eq!((end2, cut), (end, 20));
        assert_eq!(seen, ["/in/a"]);
        assert_eq!(std::fs::metadata(&p).unwrap().len(), end);
    }

    #[test]
    fn dir_names_depend_on_path_and_content() {
        assert_eq!(
            record_file_name("sub/a.txt", Some("0123456789abcdef0123")),
            "sub__a.txt.0123456789abcdef.json"
        );
        assert_eq!(record_file_name("x", None), "x.unread.json");
    }
}
