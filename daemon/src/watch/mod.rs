//! `tidings watch INBOX`: the watch-folder daemon.
//!
//! ```text
//! notify events ─┐
//! rescans ───────┼─► discovery ─► bounded queue ─► N parser workers ─► writer
//! settle checks ─┘   (1 thread)    (--queue)        (--workers)       (1 thread)
//!                                                                       │
//!   sink commit (append + fsync, or JetStream publish + acks)
//!                                    ─► ledger `done` + fsync ─► move input ┘
//! ```
//!
//! See the submodules for each stage; the README ("The watch-folder daemon") for operations.
//! Every file that lands in the inbox yields exactly one record (or error
//! record), across crashes and restarts: [`writer`] orders the durable
//! steps, [`recovery`] repairs what a crash left half-done.

pub mod config;
mod discover;
mod dispose;
mod fsutil;
mod inotify;
mod ledger;
mod metrics;
mod mover;
mod names;
mod recovery;
mod sink;
mod worker;
mod writer;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use anyhow::Context;
use clap::ArgMatches;

use config::{Disposition, LogFormat, OutputMode, Settings, WatchArgs};
use ledger::{Entry, SharedEntries};
use metrics::{Health, Metrics};

/// `sysexits.h` EX_TEMPFAIL: records could not be flushed at shutdown.
const EX_TEMPFAIL: u8 = 75;

/// A file to read.
#[derive(Debug)]
pub struct Job {
    /// Inbox-relative path as a `/`-separated (lossy) string: the key in
    /// the ledger and the in-flight set.
    pub key: String,
    /// Inbox-relative path, exact bytes.
    pub rel: PathBuf,
    /// When discovery queued it (end-to-end latency starts here).
    pub seen: Instant,
    /// Discovery's `lstat` just saw a regular file, so the worker need
    /// not `lstat` it again (it still checks the opened descriptor).
    pub listed_regular: bool,
}

/// What a worker hands the writer.
#[derive(Debug)]
pub enum ProcessedKind {
    /// A new record (article or error) and the ledger entry it makes.
    Record {
        /// The JSON line.
        line: String,
        /// The entry to write once the line is durable.
        entry: Entry,
    },
    /// The ledger already has this file's record: only move it.
    AlreadyDone(Entry),
}

/// A processed job.
#[derive(Debug)]
pub struct Processed {
    /// The job.
    pub job: Job,
    /// Its result.
    pub kind: ProcessedKind,
    /// The file as the worker saw it (checked again before moving it).
    pub ident: Option<crate::record::read::FileMeta>,
}

/// A deferred read of an unreadable file.
#[derive(Debug)]
pub struct RetryState {
    /// Attempts so far.
    pub attempts: u32,
    /// When to try again.
    pub due: Instant,
    /// The file.
    pub rel: PathBuf,
    /// Already queued again.
    pub queued: bool,
}

/// State shared by the daemon's threads.
#[derive(Debug)]
pub struct Ctx {
    /// Settings.
    pub settings: Settings,
    /// The ledger's entries (written by the writer only).
    pub entries: SharedEntries,
    /// Keys queued or being processed: never queued twice.
    inflight: Mutex<HashSet<String>>,
    /// Unreadable files waiting for another attempt.
    pub retry: Mutex<HashMap<String, RetryState>>,
    /// Metrics.
    pub metrics: Metrics,
    /// Health.
    pub health: Health,
    shutdown: AtomicBool,
    shutdown_at: OnceLock<Instant>,
}

impl Ctx {
    fn lock_inflight(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.inflight.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Marks `key` in flight; false if it already was.
    pub fn claim(&self, key: &str) -> bool {
        self.lock_inflight().insert(key.to_owned())
    }

    /// Whether `key` is queued or being processed.
    pub fn is_inflight(&self, key: &str) -> bool {
        self.lock_inflight().contains(key)
    }

    /// `key` is no longer in flight.
    pub fn release(&self, key: &str) {
        self.lock_inflight().remove(key);
    }

    /// Whether `key` waits for a retry that is not due yet.
    pub fn retry_waiting(&self, key: &str) -> bool {
        let now = Instant::now();
        self.retry
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(key)
            .is_some_and(|r| r.due > now || r.queued)
    }

    /// Forgets the retry state of `key`.
    pub fn forget_retry(&self, key: &str) {
        let mut r = self.retry.lock().unwrap_or_else(|p| p.into_inner());
        if !r.is_empty() {
            r.remove(key);
        }
    }

    /// Whether shutdown has begun.
    pub fn shutting_down(&self) -> bool {
        self.shutdown.load(Ordering::Relaxed)
    }

    /// Time since shutdown began.
    pub fn shutdown_elapsed(&self) -> Option<Duration> {
        self.shutdown_at.get().map(Instant::elapsed)
    }

    fn begin_shutdown(&self) {
        let _ = self.shutdown_at.set(Instant::now());
        self.shutdown.store(true, Ordering::Relaxed);
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("TIDINGS_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()));
    let _ = match format {
        LogFormat::Text => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
}

/// systemd notifications (no-ops without `NOTIFY_SOCKET`).
struct SystemdNotify;

impl discover::Notify for SystemdNotify {
    fn ready(&mut self, queued: u64) {
        let status = format!("watching; {queued} backlog files queued at start");
        if let Err(e) = sd_notify::notify(&[
            sd_notify::NotifyState::Ready,
            sd_notify::NotifyState::Status(&status),
        ]) {
            tracing::warn!(error = %e, "cannot notify systemd");
        }
    }

    fn progress(&mut self, queued: u64) {
        let status = format!("initial scan: {queued} files queued");
        let _ = sd_notify::notify(&[
            sd_notify::NotifyState::ExtendTimeoutUsec(30_000_000),
            sd_notify::NotifyState::Status(&status),
        ]);
    }
}

/// Paths inside the inbox that are ours, not inputs.
fn own_paths(s: &Settings) -> Vec<PathBuf> {
    let mut v = vec![s.failed.clone(), s.state.clone()];
    if let Disposition::MoveTo(d) = &s.disposition {
        v.push(d.clone());
    }
    match &s.output {
        OutputMode::File(f) => v.push(f.clone()),
        OutputMode::Dir(d) => v.push(d.clone()),
        OutputMode::Stdout | OutputMode::Nats(_) => {}
    }
    v.into_iter()
        .map(|p| p.canonicalize().unwrap_or(p))
        .filter(|p| p.starts_with(&s.inbox))
        .collect()
}

/// Runs `tidings watch`; returns the exit status.
pub fn run(args: &WatchArgs, matches: &ArgMatches) -> anyhow::Result<u8> {
    // The runtime and the SIGTERM/SIGINT handlers come first: a signal that
    // arrives while the ledger is still being opened (a large journal takes
    // a moment) is then held for the stop task below, and the daemon shuts
    // down cleanly with status 0 instead of dying by the default action.
    // The runtime also serves /metrics from the start, so that an output
    // that cannot be opened yet shows up in /healthz.
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("tidings-rt")
        .enable_all()
        .build()?;
    let (mut term, mut int) = rt.block_on(async {
        use tokio::signal::unix::{SignalKind, signal};
        Ok::<_, std::io::Error>((
            signal(SignalKind::terminate())?,
            signal(SignalKind::interrupt())?,
        ))
    })?;
    let settings = config::resolve(args, matches)?;
    init_logging(settings.log_format);
    // A file-size limit (RLIMIT_FSIZE) must be a write error we retry, not
    // a signal that kills the daemon mid-commit.
    // SAFETY: setting a signal to SIG_IGN has no preconditions.
    unsafe { libc::signal(libc::SIGXFSZ, libc::SIG_IGN) };

    if let Disposition::MoveTo(d) = &settings.disposition {
        std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    std::fs::create_dir_all(&settings.failed)
        .with_context(|| format!("cannot create {}", settings.failed.display()))?;
    let mut ledger = ledger::Ledger::open(&settings.state)?;
    let metrics_listener = match settings.metrics {
        Some(addr) => Some(
            std::net::TcpListener::bind(addr)
                .with_context(|| format!("cannot listen on {addr} for --metrics"))?,
        ),
        None => None,
    };
    let skip = own_paths(&settings);
    let workers = settings.workers;
    let (job_tx, job_rx) = crossbeam_channel::bounded::<Job>(settings.queue);
    let (done_tx, done_rx) = crossbeam_channel::bounded::<Processed>(settings.batch * 2);
    let ctx = Arc::new(Ctx {
        entries: ledger.shared(),
        settings,
        inflight: Mutex::new(HashSet::new()),
        retry: Mutex::new(HashMap::new()),
        metrics: Metrics::default(),
        health: Health::default(),
        shutdown: AtomicBool::new(false),
        shutdown_at: OnceLock::new(),
    });

    let stop = Arc::new(tokio::sync::Notify::new());
    {
        let (ctx, stop) = (ctx.clone(), stop.clone());
        rt.block_on(async {
            tokio::spawn(async move {
                let name = tokio::select! {
                    _ = term.recv() => "SIGTERM",
                    _ = int.recv() => "SIGINT",
                };
                tracing::info!(
                    signal = name,
                    "stopping: no new files; finishing the ones in flight"
                );
                let _ = sd_notify::notify(&[sd_notify::NotifyState::Stopping]);
                ctx.begin_shutdown();
                stop.notify_one();
                // A second signal stops at once (what is not committed stays
                // in the inbox and is picked up by the next run).
                tokio::select! {
                    _ = term.recv() => {},
                    _ = int.recv() => {},
                }
                tracing::warn!("second signal: exiting now");
                std::process::exit(130);
            });
            Ok::<_, std::io::Error>(())
        })?;
    }
    if let Some(l) = metrics_listener {
        let ctx = ctx.clone();
        rt.spawn(async move {
            if let Err(e) = metrics::serve(l, ctx).await {
                tracing::error!(error = %e, "metrics server stopped");
            }
        });
    }

    // Open the sink and recover; a sink that fails (read-only, full, NATS
    // server unreachable) is retried, unhealthy, until it works or we are
    // told to stop. A configuration error (no such stream) stops here.
    let nats_env = sink::NatsEnv {
        rt: rt.handle().clone(),
        batch: ctx.settings.batch,
        on_state: {
            let ctx = ctx.clone();
            Arc::new(move |up| {
                if up {
                    tracing::info!("NATS connection up");
                    ctx.health.ok();
                } else {
                    tracing::warn!("NATS connection lost; reconnecting (commits wait)");
                    ctx.health
                        .fail("nats: connection lost, reconnecting".into());
                }
            })
        },
    };
    let mut delay = Duration::from_millis(100);
    let output = loop {
        let attempt = sink::Sink::open(&ctx.settings.output, &nats_env)
            .with_context(|| format!("cannot open the output {:?}", ctx.settings.output))
            .and_then(|mut out| {
                recovery::recover(&ctx.settings, &mut ledger, &mut out)
                    .context("start-up recovery")
                    .map(|r| (out, r))
            });
        match attempt {
            Ok((out, report)) => {
                ctx.health.ok();
                if report.adopted > 0 || report.truncated > 0 || report.dropped > 0 {
                    tracing::warn!(
                        adopted = report.adopted,
                        truncated_bytes = report.truncated,
                        stale_entries = report.dropped,
                        "recovered from an unclean stop"
                    );
                }
                break out;
            }
            Err(e) => {
                if let Some(crate::nats::stream::StreamError::Fatal(why)) =
                    e.downcast_ref::<crate::nats::stream::StreamError>()
                {
                    anyhow::bail!("NATS: {why}");
                }
                if delay == Duration::from_millis(100) {
                    tracing::error!(
                        error = format!("{e:#}"),
                        "cannot start on this output; retrying"
                    );
                }
                ctx.health.fail(format!("output: {e:#}"));
                if ctx.shutting_down() {
                    return Ok(0);
                }
                std::thread::sleep(delay);
                delay = (delay * 2).min(Duration::from_secs(2));
            }
        }
    };
    if ctx.settings.parser == crate::record::Parser::Null {
        tracing::warn!(
            "{}=1: benchmark mode, records carry no article (null parser)",
            config::NULL_PARSER_ENV
        );
    }
    tracing::info!(
        inbox = %ctx.settings.inbox.display(),
        output = ?ctx.settings.output,
        disposition = ?ctx.settings.disposition,
        workers = ctx.settings.workers,
        poll = ?ctx.settings.poll,
        "tidings watch starting"
    );

    let writer = {
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("writer".into())
            .spawn(move || writer::run(ctx, done_rx, output, ledger))?
    };
    let mut worker_handles = Vec::new();
    for i in 0..workers {
        let (ctx, rx, tx) = (ctx.clone(), job_rx.clone(), done_tx.clone());
        worker_handles.push(
            std::thread::Builder::new()
                .name(format!("parser-{i}"))
                .spawn(move || worker::run(ctx, rx, tx))?,
        );
    }
    drop((job_rx, done_tx));
    let discovery = {
        let ctx = ctx.clone();
        std::thread::Builder::new()
            .name("discovery".into())
            .spawn(move || discover::run(ctx, job_tx, skip, Box::new(SystemdNotify)))?
    };

    if !ctx.shutting_down() {
        rt.block_on(stop.notified());
    }
    let _ = discovery.join();
    for h in worker_handles {
        let _ = h.join();
    }
    let exit = match writer.join() {
        Ok(writer::WriterExit::Drained) => 0,
        Ok(writer::WriterExit::GaveUp) => EX_TEMPFAIL,
        Err(_) => 1,
    };
    tracing::info!(
        processed = ctx.metrics.files_processed.load(Ordering::Relaxed),
        failed = ctx.metrics.files_failed.load(Ordering::Relaxed),
        exit,
        "tidings watch stopped"
    );
    rt.shutdown_background();
    Ok(exit)
}
