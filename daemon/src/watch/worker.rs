//! Parser workers: a fixed pool of threads that read, hash, decode and parse
//! queued files and hand complete records to the writer.
//!
//! A worker never touches the output or the inbox: it only reads. It checks
//! the ledger first, so a file whose record is already durable (a crash hit
//! between the commit and the move) goes to the writer as `AlreadyDone`, to
//! be moved without a second record.

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Instant, SystemTime};

use crossbeam_channel::{Receiver, Sender};

use super::ledger::{Entry, Outcome};
use super::{Ctx, Job, Processed, ProcessedKind, RetryState};
use crate::record::read::{self, FileMeta, ReadError};
use crate::record::{self, Built, Source};

/// Runs one worker until the job queue is closed and empty.
pub fn run(ctx: Arc<Ctx>, jobs: Receiver<Job>, done: Sender<Processed>) {
    for job in jobs {
        ctx.metrics.queue_depth.fetch_sub(1, Ordering::Relaxed);
        let t0 = Instant::now();
        // The parser must never panic; if it does anyway, the file gets an
        // error record and the worker lives on.
        let step = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| process(&ctx, &job)))
            .unwrap_or_else(|_| panicked(&ctx, &job));
        match step {
            Step::Emit(kind, ident) => {
                let parse_time = t0.elapsed();
                ctx.metrics.parse_seconds.observe(parse_time);
                let p = Processed { job, kind, ident };
                if done.send(p).is_err() {
                    // The writer gave up (shutdown with a broken output):
                    // the file stays in the inbox for the next run.
                    break;
                }
            }
            Step::Skip => ctx.release(&job.key),
        }
    }
}

enum Step {
    Emit(ProcessedKind, Option<FileMeta>),
    /// Gone from the inbox, or deferred for a retry.
    Skip,
}

fn entry_for(built: &Built, source: &Source) -> Entry {
    Entry {
        sha256: source.sha256.clone(),
        size: source.bytes,
        mtime: source.mtime.clone(),
        outcome: if built.failure.is_some() {
            Outcome::Failed
        } else {
            Outcome::Done
        },
        kind: built.failure.as_ref().map(|f| f.kind.as_str().to_owned()),
        message: built.failure.as_ref().map(|f| f.message.clone()),
    }
}

fn panicked(ctx: &Ctx, job: &Job) -> Step {
    let path = ctx.settings.inbox.join(&job.rel);
    let meta = std::fs::symlink_metadata(&path)
        .ok()
        .map(|m| FileMeta::from_metadata(&m));
    let source = Source::from_meta(path.to_string_lossy().into_owned(), meta.as_ref());
    let failure = crate::record::Failure::new(
        crate::record::ErrorKind::Parse,
        "internal error: the parser panicked on this input",
    );
    tracing::error!(file = %job.key, "the parser panicked; writing an error record");
    let built = record::build_error(failure, &source, SystemTime::now());
    let entry = entry_for(&built, &source);
    Step::Emit(
        ProcessedKind::Record {
            line: built.line,
            entry,
        },
        meta,
    )
}

fn process(ctx: &Ctx, job: &Job) -> Step {
    let path = ctx.settings.inbox.join(&job.rel);
    let spath = path.to_string_lossy().into_owned();
    let known = ctx.entries.get(&job.key);
    match read::read_inbox_file(&path, ctx.settings.max_bytes, job.listed_regular) {
        Ok(data) => {
            let source = Source::from_data(spath, &data);
            let sha = source.sha256.as_deref();
            if let Some(e) = known.filter(|e| e.matches(source.bytes, source.mtime.as_deref(), sha))
            {
                return Step::Emit(ProcessedKind::AlreadyDone(e), Some(data.meta));
            }
            let built =
                record::build_with(ctx.settings.parser, &data.bytes, &source, SystemTime::now());
            let entry = entry_for(&built, &source);
            Step::Emit(
                ProcessedKind::Record {
                    line: built.line,
                    entry,
                },
                Some(data.meta),
            )
        }
        Err(ReadError::Gone) => Step::Skip,
        Err(ReadError::Failed {
            failure,
            meta,
            retryable,
        }) => {
            let source = Source::from_meta(spath, meta.as_ref());
            if let Some(e) =
                known.filter(|e| e.matches(source.bytes, source.mtime.as_deref(), None))
            {
                return Step::Emit(ProcessedKind::AlreadyDone(e), meta);
            }
            let mut failure = failure;
            if retryable {
                let mut retry = ctx.retry.lock().unwrap_or_else(|p| p.into_inner());
                let attempts = retry.get(&job.key).map_or(0, |r| r.attempts) + 1;
                if attempts < ctx.settings.retries {
                    let delay = ctx.settings.retry_base * 2u32.saturating_pow(attempts - 1).min(64);
                    retry.insert(
                        job.key.clone(),
                        RetryState {
                            attempts,
                            due: Instant::now() + delay,
                            rel: job.rel.clone(),
                            queued: false,
                        },
                    );
                    ctx.metrics.read_retries.fetch_add(1, Ordering::Relaxed);
                    tracing::info!(file = %job.key, attempt = attempts, retry_in_ms = delay.as_millis() as u64, error = %failure.message, "cannot read; will retry");
                    return Step::Skip;
                }
                failure.message =
                    format!("{} (gave up after {attempts} attempts)", failure.message);
            }
            let built = record::build_error(failure, &source, SystemTime::now());
            let entry = entry_for(&built, &source);
            Step::Emit(
                ProcessedKind::Record {
                    line: built.line,
                    entry,
                },
                meta,
            )
        }
    }
}
