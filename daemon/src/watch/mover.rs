//! The mover: takes the inputs of committed batches out of the inbox.
//!
//! The writer hands each batch over once its records are durable and its
//! `done` entries are journaled, and goes on to the next commit; moving a
//! batch's inputs (an `lstat` and a `rename` each, the larger part of the
//! per-file system time) thus overlaps the next batch's fdatasync instead
//! of following it. The order of the durable steps is unchanged: record
//! fsync'ed → `done` journaled → input moved → directories fsync'ed →
//! `gone` journaled.
//!
//! Every [`CHECKPOINT`] (and when idle, and at exit) the mover fsyncs the
//! directories its moves touched, and only then hands the moved inputs
//! back to the writer as [`Gone`], which journals them. Until then the
//! ledger keeps their entries, so a compaction never drops an entry whose
//! move could still be lost with the page cache.

use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use super::dispose::{Disposed, Disposer};
use super::ledger::{Entry, Outcome};
use super::writer::CHECKPOINT;
use super::{Ctx, Processed, ProcessedKind};
use crate::record::{self, ErrorKind, Failure, Source, pretty::pretty};

/// Inputs that left the inbox durably, with the entry each was moved
/// under (so that the writer never drops the entry of a newer version).
pub type Gone = Vec<(String, Entry)>;

/// How the mover ended.
#[derive(Debug, PartialEq, Eq)]
pub enum MoverExit {
    /// Every move was made durable and handed back.
    Synced,
    /// The last directory fsync failed: some moves were not handed back.
    Unsynced,
}

/// Runs the mover until the writer closes `batches`.
pub fn run(ctx: Arc<Ctx>, batches: Receiver<Vec<Processed>>, gone_tx: Sender<Gone>) -> MoverExit {
    let mut m = Mover {
        disposer: Disposer::new(
            ctx.settings.inbox.clone(),
            ctx.settings.disposition.clone(),
            ctx.settings.failed.clone(),
        ),
        moved: Vec::new(),
        last_sync: Instant::now(),
        gone_tx,
    };
    loop {
        match batches.recv_timeout(Duration::from_millis(200)) {
            Ok(batch) => {
                m.dispose_batch(&ctx, batch);
                if m.last_sync.elapsed() >= CHECKPOINT {
                    m.sync();
                }
            }
            Err(RecvTimeoutError::Timeout) => m.sync(),
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    m.sync();
    if m.moved.is_empty() {
        MoverExit::Synced
    } else {
        MoverExit::Unsynced
    }
}

struct Mover {
    disposer: Disposer,
    /// Moved out of the inbox, directories not yet fsync'ed.
    moved: Gone,
    last_sync: Instant,
    gone_tx: Sender<Gone>,
}

impl Mover {
    /// Makes the moves durable, then hands them to the writer.
    fn sync(&mut self) {
        self.last_sync = Instant::now();
        if let Err(e) = self.disposer.sync() {
            tracing::warn!(error = %e, "cannot fsync the inbox/done directories; will retry");
            return;
        }
        if !self.moved.is_empty() {
            // The writer outlives the mover (it joins it), so this cannot
            // fail while anyone is listening.
            let _ = self.gone_tx.send(std::mem::take(&mut self.moved));
        }
    }

    fn dispose_batch(&mut self, ctx: &Ctx, batch: Vec<Processed>) {
        for p in batch {
            let (entry, fresh_line) = match p.kind {
                ProcessedKind::Record { line, entry } => (entry, Some(line)),
                ProcessedKind::AlreadyDone(entry) => (entry, None),
            };
            let error_json = (entry.outcome == Outcome::Failed).then(|| {
                let line = match &fresh_line {
                    Some(l) => l.clone(),
                    None => rebuild_error(ctx, &p.job.key, &entry),
                };
                let mut s = pretty(&line);
                s.push('\n');
                s
            });
            let fresh = fresh_line.is_some();
            match self
                .disposer
                .dispose(&p.job.rel, p.ident.as_ref(), error_json.as_deref())
            {
                Ok(Disposed::Left) | Ok(Disposed::Gone) => {
                    // Before the release: a new file under this name must
                    // not be taken for this one.
                    ctx.entries.moved(&p.job.key, &entry);
                    self.moved.push((p.job.key.clone(), entry.clone()));
                }
                Ok(Disposed::Kept) => {}
                Ok(Disposed::Changed) => {
                    tracing::info!(file = %p.job.key, "replaced while being processed; the new version will get its own record");
                }
                Err(e) => {
                    tracing::warn!(file = %p.job.key, error = %e, "record is durable but the input could not be moved; retrying at the next rescan");
                }
            }
            if entry.outcome == Outcome::Failed && fresh {
                tracing::warn!(file = %p.job.key, kind = entry.kind.as_deref().unwrap_or(""), message = entry.message.as_deref().unwrap_or(""), "bad input");
            } else {
                tracing::debug!(file = %p.job.key, "recorded");
            }
            ctx.forget_retry(&p.job.key);
            ctx.release(&p.job.key);
        }
    }
}

/// The error record to put beside a failed input that was recorded before
/// a restart (only the ledger entry is left of it).
fn rebuild_error(ctx: &Ctx, key: &str, e: &Entry) -> String {
    let source = Source {
        path: ctx.settings.inbox.join(key).to_string_lossy().into_owned(),
        bytes: e.size,
        sha256: e.sha256.clone(),
        mtime: e.mtime.clone(),
    };
    let kind = e
        .kind
        .as_deref()
        .and_then(ErrorKind::from_name)
        .unwrap_or(ErrorKind::Parse);
    let failure = Failure::new(kind, e.message.clone().unwrap_or_default());
    record::build_error(failure, &source, SystemTime::now()).line
}
