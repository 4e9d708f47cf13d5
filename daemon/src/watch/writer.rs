//! The one writer: group commit, ledger, disposition.
//!
//! For each batch (everything the workers have finished, up to `--batch`
//! records — batches form while the previous fsync runs, so the latency
//! bound is one commit, and no record waits for a timer):
//!
//! 1. the new records are committed to the sink (see `sink`: appended to
//!    the output and fsync'ed — the one fsync per batch — or published to
//!    JetStream and acked);
//! 2. their `done` entries are appended to the ledger journal;
//! 3. only then are the inputs moved to `done/` / `failed/` (or deleted).
//!
//! Every [`CHECKPOINT`] (and when idle, before compaction, at exit) the
//! directories touched by the moves are fsync'ed, then the `gone` entries
//! are appended and the journal is fdatasync'ed. The journal may thus lag
//! the output by up to a checkpoint, never lead it: a `done` entry lost in
//! a crash is re-derived at start from the durable record in the output
//! (see `recovery`), and a `gone` entry is written only once its move is
//! durable.
//!
//! A failure in 1 or 2 (disk full, read-only file system, I/O error, NATS
//! server unreachable or not acking) marks
//! the daemon unhealthy and retries the same step with backoff until it
//! works: the inputs stay in the inbox and the ledger does not move, so
//! nothing is lost and nothing is written twice. During shutdown the retries
//! stop after [`SHUTDOWN_GRACE`] and the daemon exits with EX_TEMPFAIL.

use std::io;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError};

use super::dispose::{Disposed, Disposer};
use super::ledger::{Entry, Ledger, Outcome};
use super::sink::{Line, Sink};
use super::{Ctx, Processed, ProcessedKind};
use crate::record::{self, ErrorKind, Failure, Source, pretty::pretty};

/// Longest time between two durable checkpoints of moves and ledger.
pub const CHECKPOINT: Duration = Duration::from_secs(1);

/// How long a failing output is retried once shutdown has begun.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// How the writer ended.
#[derive(Debug, PartialEq, Eq)]
pub enum WriterExit {
    /// Everything queued was committed.
    Drained,
    /// The output kept failing during shutdown; some inputs were left in
    /// the inbox for the next run.
    GaveUp,
}

struct GaveUp;

/// Runs the writer until the workers are gone and everything is committed.
pub fn run(
    ctx: Arc<Ctx>,
    rx: Receiver<Processed>,
    mut output: Sink,
    mut ledger: Ledger,
) -> WriterExit {
    let mut w = Writer {
        disposer: Disposer::new(
            ctx.settings.inbox.clone(),
            ctx.settings.disposition.clone(),
            ctx.settings.failed.clone(),
        ),
        gone: Vec::new(),
        last_checkpoint: Instant::now(),
    };
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(p) => p,
            Err(RecvTimeoutError::Timeout) => {
                w.checkpoint(&mut ledger, true);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut batch = vec![first];
        while batch.len() < ctx.settings.batch {
            match rx.try_recv() {
                Ok(p) => batch.push(p),
                Err(_) => break,
            }
        }
        if commit(&ctx, &mut output, &mut ledger, &mut w, batch).is_err() {
            w.checkpoint(&mut ledger, false);
            output.close();
            return WriterExit::GaveUp;
        }
        if w.last_checkpoint.elapsed() >= CHECKPOINT {
            w.checkpoint(&mut ledger, true);
        }
    }
    w.checkpoint(&mut ledger, false);
    output.close();
    if !w.gone.is_empty() {
        // The moves could not be made durable: keep the journal as it is.
        return WriterExit::Drained;
    }
    if let Err(e) = ledger.compact() {
        tracing::warn!(error = %e, "final ledger compaction failed (the journal is still valid)");
    }
    WriterExit::Drained
}

struct Writer {
    disposer: Disposer,
    /// Inputs moved out of the inbox whose `gone` entry is not written yet.
    gone: Vec<String>,
    last_checkpoint: Instant,
}

impl Writer {
    /// Makes the moves durable, then journals them and syncs the journal.
    fn checkpoint(&mut self, ledger: &mut Ledger, compact: bool) {
        self.last_checkpoint = Instant::now();
        if let Err(e) = self.disposer.sync() {
            tracing::warn!(error = %e, "cannot fsync the inbox/done directories; will retry");
            return;
        }
        let res = ledger
            .record_gone(&self.gone)
            .and_then(|()| ledger.sync())
            .and_then(|()| {
                if compact {
                    ledger.maybe_compact()
                } else {
                    Ok(())
                }
            });
        match res {
            Ok(()) => self.gone.clear(),
            Err(e) => tracing::warn!(error = %e, "ledger checkpoint failed; will retry"),
        }
    }
}

/// Runs `f` until it succeeds, marking the daemon unhealthy meanwhile.
fn persist<T>(ctx: &Ctx, what: &str, mut f: impl FnMut() -> io::Result<T>) -> Result<T, GaveUp> {
    let mut delay = Duration::from_millis(50);
    let mut failures = 0u32;
    loop {
        match f() {
            Ok(v) => {
                if failures > 0 {
                    ctx.health.ok();
                    tracing::info!(what, failures, "writes work again");
                }
                return Ok(v);
            }
            Err(e) => {
                failures += 1;
                ctx.metrics.output_errors.fetch_add(1, Ordering::Relaxed);
                ctx.health.fail(format!("{what}: {e}"));
                if failures == 1 || failures.is_multiple_of(50) {
                    tracing::error!(what, error = %e, failures, "write failed; the ledger does not advance, retrying");
                }
                if ctx.shutdown_elapsed().is_some_and(|t| t >= SHUTDOWN_GRACE) {
                    tracing::error!(
                        what,
                        "giving up at shutdown; unwritten inputs stay in the inbox"
                    );
                    return Err(GaveUp);
                }
                std::thread::sleep(delay);
                delay = (delay * 2).min(Duration::from_secs(2));
            }
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

fn commit(
    ctx: &Ctx,
    output: &mut Sink,
    ledger: &mut Ledger,
    w: &mut Writer,
    batch: Vec<Processed>,
) -> Result<(), GaveUp> {
    let lines: Vec<Line<'_>> = batch
        .iter()
        .filter_map(|p| match &p.kind {
            ProcessedKind::Record { line, entry } => Some(Line {
                json: line,
                rel: &p.job.key,
                sha256: entry.sha256.as_deref(),
                size: entry.size,
                mtime: entry.mtime.as_deref(),
            }),
            ProcessedKind::AlreadyDone(_) => None,
        })
        .collect();
    if !lines.is_empty() {
        let t = Instant::now();
        let out_end = persist(ctx, "output", || output.commit(&lines))?;
        let durable = Instant::now();
        ctx.metrics.commit_seconds.observe(durable - t);
        ctx.metrics.commits.fetch_add(1, Ordering::Relaxed);
        let items: Vec<(String, Entry)> = batch
            .iter()
            .filter_map(|p| match &p.kind {
                ProcessedKind::Record { entry, .. } => {
                    ctx.metrics
                        .end_to_end_seconds
                        .observe(durable.saturating_duration_since(p.job.seen));
                    Some((p.job.key.clone(), entry.clone()))
                }
                ProcessedKind::AlreadyDone(_) => None,
            })
            .collect();
        persist(ctx, "ledger", || ledger.record_done(&items, out_end, false))?;
    }
    drop(lines);

    let mut gone = Vec::new();
    for p in &batch {
        let (entry, fresh_line) = match &p.kind {
            ProcessedKind::Record { line, entry } => (entry, Some(line)),
            ProcessedKind::AlreadyDone(entry) => (entry, None),
        };
        if fresh_line.is_some() {
            let counter = match entry.outcome {
                Outcome::Done => &ctx.metrics.files_processed,
                Outcome::Failed => &ctx.metrics.files_failed,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            ctx.metrics.bytes.fetch_add(entry.size, Ordering::Relaxed);
        }
        let error_json = (entry.outcome == Outcome::Failed).then(|| {
            let line = match fresh_line {
                Some(l) => l.clone(),
                None => rebuild_error(ctx, &p.job.key, entry),
            };
            let mut s = pretty(&line);
            s.push('\n');
            s
        });
        match w
            .disposer
            .dispose(&p.job.rel, p.ident.as_ref(), error_json.as_deref())
        {
            Ok(Disposed::Left) | Ok(Disposed::Gone) => gone.push(p.job.key.clone()),
            Ok(Disposed::Kept) => {}
            Ok(Disposed::Changed) => {
                tracing::info!(file = %p.job.key, "replaced while being processed; the new version will get its own record");
            }
            Err(e) => {
                tracing::warn!(file = %p.job.key, error = %e, "record is durable but the input could not be moved; retrying at the next rescan");
            }
        }
        if entry.outcome == Outcome::Failed && fresh_line.is_some() {
            tracing::warn!(file = %p.job.key, kind = entry.kind.as_deref().unwrap_or(""), message = entry.message.as_deref().unwrap_or(""), "bad input");
        } else {
            tracing::debug!(file = %p.job.key, "recorded");
        }
    }
    ledger.forget(&gone);
    w.gone.extend(gone);
    for p in &batch {
        ctx.forget_retry(&p.job.key);
        ctx.release(&p.job.key);
    }
    Ok(())
}
