//! The one writer: group commit and ledger.
//!
//! For each batch (everything the workers have finished, up to `--batch`
//! records — batches form while the previous fsync runs, so the latency
//! bound is one commit, and no record waits for a timer):
//!
//! 1. the new records are committed to the sink (see `sink`: appended to
//!    the output and fsync'ed — the one fsync per batch — or published to
//!    JetStream and acked);
//! 2. their `done` entries are appended to the ledger journal;
//! 3. only then is the batch handed to the [`mover`](super::mover), which
//!    moves the inputs to `done/` / `failed/` (or deletes them) while the
//!    writer commits the next batch.
//!
//! Every [`CHECKPOINT`] (and when idle, before compaction, at exit) the
//! writer journals the `gone` entries of the moves the mover has made
//! durable (fsync'ed their directories) since, and fdatasyncs the journal.
//! The journal may thus lag the output by up to a checkpoint, never lead
//! it: a `done` entry lost in a crash is re-derived at start from the
//! durable record in the output (see `recovery`), and a `gone` entry is
//! written only once its move is durable.
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
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};

use super::ledger::{Entry, Ledger, Outcome};
use super::mover::{self, Gone, MoverExit};
use super::sink::{Line, Sink};
use super::{Ctx, Processed, ProcessedKind};

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

/// Batches handed to the mover and not yet taken: enough to keep it busy
/// during a commit, few enough to bound memory.
const MOVER_QUEUE: usize = 2;

/// Runs the writer until the workers are gone and everything is committed.
pub fn run(
    ctx: Arc<Ctx>,
    rx: Receiver<Processed>,
    mut output: Sink,
    mut ledger: Ledger,
) -> WriterExit {
    let (move_tx, move_rx) = crossbeam_channel::bounded::<Vec<Processed>>(MOVER_QUEUE);
    let (gone_tx, gone_rx) = crossbeam_channel::unbounded::<Gone>();
    let mover = {
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("mover".into())
            .spawn(move || mover::run(ctx, move_rx, gone_tx))
    };
    let mover = match mover {
        Ok(h) => h,
        Err(e) => {
            tracing::error!(error = %e, "cannot start the mover thread");
            return WriterExit::GaveUp;
        }
    };
    let mut w = Writer {
        gone_rx,
        last_checkpoint: Instant::now(),
    };
    let mut exit = WriterExit::Drained;
    loop {
        let first = match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(p) => p,
            Err(RecvTimeoutError::Timeout) => {
                w.checkpoint(&mut ledger, true);
                continue;
            }
            Err(RecvTimeoutError::Disconnected) => break,
        };
        let mut batch = Vec::with_capacity(ctx.settings.batch.min(1024));
        batch.push(first);
        while batch.len() < ctx.settings.batch {
            match rx.try_recv() {
                Ok(p) => batch.push(p),
                Err(_) => break,
            }
        }
        if commit(&ctx, &mut output, &mut ledger, &move_tx, batch).is_err() {
            exit = WriterExit::GaveUp;
            break;
        }
        if w.last_checkpoint.elapsed() >= CHECKPOINT {
            w.checkpoint(&mut ledger, true);
        }
    }
    // Let the mover finish what is committed and make it durable.
    drop(move_tx);
    let synced = matches!(mover.join(), Ok(MoverExit::Synced));
    w.checkpoint(&mut ledger, false);
    output.close();
    if exit == WriterExit::Drained
        && synced
        && let Err(e) = ledger.compact()
    {
        tracing::warn!(error = %e, "final ledger compaction failed (the journal is still valid)");
    }
    // Otherwise some moves could not be made durable: keep the journal as
    // it is.
    exit
}

struct Writer {
    /// Moves the mover has made durable.
    gone_rx: Receiver<Gone>,
    last_checkpoint: Instant,
}

impl Writer {
    /// Journals the durable moves and syncs the journal.
    fn checkpoint(&mut self, ledger: &mut Ledger, compact: bool) {
        self.last_checkpoint = Instant::now();
        for gone in self.gone_rx.try_iter() {
            // On error the whole list is lost for this run; the entries
            // stay, and the next start drops them (their inputs are gone).
            if let Err(e) = ledger.record_moved(&gone) {
                tracing::warn!(error = %e, "cannot journal moved inputs; the next start will");
            }
        }
        let res = ledger.sync().and_then(|()| {
            if compact {
                ledger.maybe_compact()
            } else {
                Ok(())
            }
        });
        if let Err(e) = res {
            tracing::warn!(error = %e, "ledger checkpoint failed; will retry");
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

fn commit(
    ctx: &Ctx,
    output: &mut Sink,
    ledger: &mut Ledger,
    mover: &Sender<Vec<Processed>>,
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
                    let counter = match entry.outcome {
                        Outcome::Done => &ctx.metrics.files_processed,
                        Outcome::Failed => &ctx.metrics.files_failed,
                    };
                    counter.fetch_add(1, Ordering::Relaxed);
                    ctx.metrics.bytes.fetch_add(entry.size, Ordering::Relaxed);
                    Some((p.job.key.clone(), entry.clone()))
                }
                ProcessedKind::AlreadyDone(_) => None,
            })
            .collect();
        persist(ctx, "ledger", || ledger.record_done(&items, out_end, false))?;
    }
    drop(lines);
    // The mover only stops when we drop the sender.
    let _ = mover.send(batch);
    Ok(())
}
