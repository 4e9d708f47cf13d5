//! Discovery: which inbox files are complete and need a record.
//!
//! Events only mean "look sooner"; the directory listing plus the ledger is
//! the truth. Sources, in order of latency:
//! * notify events (inotify, or notify's `PollWatcher` with `--poll`):
//!   close-after-write and rename-into-inbox mean the file is complete now;
//!   create/modify put it on the settling list;
//! * the settling list, checked a few times per `--settle` period: a file is
//!   complete once its size and mtime have not changed for `--settle`, or
//!   its mtime is already older than that;
//! * a full listing at start (the backlog, including files dropped while the
//!   daemon was down), then every `--rescan` ms, and at once when notify
//!   reports an overflow (or our own event channel fills up).
//!
//! Memory stays bounded whatever the backlog: the listing is streamed
//! (`readdir`) into the bounded job queue, blocking when it is full; only
//! files in flight (queue + workers + writer) and files still settling are
//! remembered, the latter capped at [`PENDING_MAX`].

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant, SystemTime};

use crossbeam_channel::{Receiver, RecvTimeoutError, SendTimeoutError, Sender};
use notify::Watcher;

use super::config::Disposition;
use super::{Ctx, Job};
use crate::record::format_mtime;

/// Most files remembered as settling; more are left to the next rescan.
pub const PENDING_MAX: usize = 65_536;
const EVENT_CAP: usize = 8192;

/// What the notify callback tells discovery.
#[derive(Debug)]
enum Ev {
    /// Closed after writing, or renamed into the inbox: complete.
    Ready(PathBuf),
    /// Created or modified: complete once it settles.
    Changed(PathBuf),
    /// Events were lost: list the inbox.
    Rescan,
}

fn translate(res: notify::Result<notify::Event>) -> Vec<Ev> {
    use notify::EventKind as K;
    use notify::event::{AccessKind, AccessMode, ModifyKind, RenameMode};
    let ev = match res {
        Ok(ev) => ev,
        Err(e) => {
            tracing::warn!(error = %e, "watcher error; rescanning");
            return vec![Ev::Rescan];
        }
    };
    if ev.need_rescan() {
        return vec![Ev::Rescan];
    }
    match ev.kind {
        K::Access(AccessKind::Close(AccessMode::Write))
        | K::Modify(ModifyKind::Name(RenameMode::To)) => {
            ev.paths.into_iter().map(Ev::Ready).collect()
        }
        K::Modify(ModifyKind::Name(RenameMode::Both)) => ev
            .paths
            .into_iter()
            .last()
            .map(Ev::Ready)
            .into_iter()
            .collect(),
        K::Modify(ModifyKind::Name(RenameMode::From)) | K::Remove(_) | K::Access(_) => Vec::new(),
        K::Create(_) | K::Modify(_) | K::Any | K::Other => {
            ev.paths.into_iter().map(Ev::Changed).collect()
        }
    }
}

/// A settling file's last observed state.
#[derive(Debug)]
struct Obs {
    rel: PathBuf,
    size: u64,
    mtime: Option<SystemTime>,
    since: Instant,
}

/// How a file came to our attention.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Hint {
    /// Close-write / rename-in: complete now.
    Complete,
    /// Listing or create/modify: complete once settled.
    Maybe,
}

/// Lifecycle callbacks for the service manager.
pub trait Notify: Send {
    /// The initial listing is done (`queued` files were queued).
    fn ready(&mut self, queued: u64);
    /// Still listing the backlog.
    fn progress(&mut self, queued: u64);
}

struct Discovery {
    ctx: Arc<Ctx>,
    jobs: Sender<Job>,
    skip: Vec<PathBuf>,
    pending: HashMap<String, Obs>,
    rescan_needed: bool,
    last_rescan: Instant,
    last_settle_check: Instant,
    queued: u64,
}

/// Runs discovery until shutdown; dropping `jobs` at the end lets the
/// workers drain and stop. The event source is [`super::inotify`] in the
/// default mode, notify (inotify with a watch per sub-directory, or its
/// poller) with `--recursive` or `--poll`.
pub fn run(ctx: Arc<Ctx>, jobs: Sender<Job>, skip: Vec<PathBuf>, mut notify: Box<dyn Notify>) {
    let (ev_tx, ev_rx) = crossbeam_channel::bounded::<Ev>(EVENT_CAP);
    let overflow = Arc::new(AtomicBool::new(false));
    let watcher = start_watcher(&ctx, ev_tx, overflow.clone());
    let mut d = Discovery {
        ctx,
        jobs,
        skip,
        pending: HashMap::new(),
        rescan_needed: false,
        last_rescan: Instant::now(),
        last_settle_check: Instant::now(),
        queued: 0,
    };
    d.rescan(Some(notify.as_mut()));
    notify.ready(d.queued);
    tracing::info!(queued = d.queued, "initial scan done; watching");
    d.main_loop(&ev_rx, &overflow);
    drop(watcher);
}

fn start_watcher(
    ctx: &Ctx,
    ev_tx: Sender<Ev>,
    overflow: Arc<AtomicBool>,
) -> Option<Box<dyn Watcher + Send>> {
    if ctx.settings.poll.is_none() && !ctx.settings.recursive {
        let (tx, overflow) = (ev_tx.clone(), overflow.clone());
        let sink = move |ev: super::inotify::Event| {
            let ev = match ev {
                super::inotify::Event::Complete(p) => Ev::Ready(p),
                super::inotify::Event::Changed(p) => Ev::Changed(p),
                super::inotify::Event::Rescan => Ev::Rescan,
            };
            match tx.try_send(ev) {
                Ok(()) => true,
                Err(crossbeam_channel::TrySendError::Full(_)) => {
                    overflow.store(true, Ordering::Relaxed);
                    true
                }
                // Discovery has stopped.
                Err(crossbeam_channel::TrySendError::Disconnected(_)) => false,
            }
        };
        match super::inotify::watch(&ctx.settings.inbox, sink) {
            Ok(()) => return None,
            Err(e) => {
                tracing::warn!(error = %e, "cannot watch the inbox with inotify directly; trying notify");
            }
        }
    }
    let handler = move |res: notify::Result<notify::Event>| {
        for ev in translate(res) {
            if ev_tx.try_send(ev).is_err() {
                overflow.store(true, Ordering::Relaxed);
            }
        }
    };
    let mode = if ctx.settings.recursive {
        notify::RecursiveMode::Recursive
    } else {
        notify::RecursiveMode::NonRecursive
    };
    let inbox = &ctx.settings.inbox;
    let mut watcher: Box<dyn Watcher + Send> = match ctx.settings.poll {
        Some(period) => {
            let cfg = notify::Config::default().with_poll_interval(period);
            match notify::PollWatcher::new(handler, cfg) {
                Ok(w) => Box::new(w),
                Err(e) => {
                    tracing::error!(error = %e, "cannot start the poll watcher; relying on rescans");
                    return None;
                }
            }
        }
        None => match notify::RecommendedWatcher::new(handler, notify::Config::default()) {
            Ok(w) => Box::new(w),
            Err(e) => {
                tracing::error!(error = %e, "cannot start inotify (limit reached?); relying on rescans, consider --poll");
                return None;
            }
        },
    };
    if let Err(e) = watcher.watch(inbox, mode) {
        tracing::error!(error = %e, inbox = %inbox.display(), "cannot watch the inbox; relying on rescans");
        return None;
    }
    Some(watcher)
}

/// Inbox-relative key of a path: `/`-separated, lossy UTF-8 (the ledger's
/// key; the exact bytes travel separately in [`Job::rel`]).
pub fn key_of(rel: &Path) -> String {
    let mut s = String::new();
    for (i, c) in rel.components().enumerate() {
        if i > 0 {
            s.push('/');
        }
        s.push_str(&c.as_os_str().to_string_lossy());
    }
    s
}

impl Discovery {
    fn main_loop(&mut self, ev_rx: &Receiver<Ev>, overflow: &AtomicBool) {
        while !self.ctx.shutting_down() {
            let timeout = self.next_timeout();
            match ev_rx.recv_timeout(timeout) {
                Ok(ev) => {
                    self.handle(ev);
                    for ev in ev_rx.try_iter().take(EVENT_CAP) {
                        if self.ctx.shutting_down() {
                            break;
                        }
                        self.handle(ev);
                    }
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => std::thread::sleep(timeout),
            }
            if overflow.swap(false, Ordering::Relaxed) {
                tracing::debug!("event overflow; rescanning");
                self.rescan_needed = true;
            }
            if self.rescan_needed || self.last_rescan.elapsed() >= self.ctx.settings.rescan {
                self.rescan(None);
            }
            if !self.pending.is_empty() && self.last_settle_check.elapsed() >= self.settle_tick() {
                self.check_pending();
            }
            self.check_retries();
        }
    }

    fn settle_tick(&self) -> Duration {
        (self.ctx.settings.settle / 4).clamp(Duration::from_millis(5), Duration::from_millis(250))
    }

    fn next_timeout(&self) -> Duration {
        let mut t = Duration::from_millis(100);
        if !self.pending.is_empty() {
            t = t.min(
                self.settle_tick()
                    .saturating_sub(self.last_settle_check.elapsed()),
            );
        }
        t = t.min(
            self.ctx
                .settings
                .rescan
                .saturating_sub(self.last_rescan.elapsed()),
        );
        t.max(Duration::from_millis(1))
    }

    /// The inbox-relative path of an event's path, if it is an input's.
    fn rel_of(&self, p: &Path) -> Option<PathBuf> {
        let rel = p.strip_prefix(&self.ctx.settings.inbox).ok()?;
        if rel.as_os_str().is_empty() || self.skip.iter().any(|s| p.starts_with(s)) {
            return None;
        }
        let mut comps = rel.components().peekable();
        let mut depth = 0;
        while let Some(c) = comps.next() {
            let Component::Normal(name) = c else {
                return None;
            };
            depth += 1;
            if comps.peek().is_some() && name.as_encoded_bytes().first() == Some(&b'.') {
                return None; // inside a hidden directory
            }
        }
        if depth > 1 && !self.ctx.settings.recursive {
            return None;
        }
        Some(rel.to_path_buf())
    }

    fn handle(&mut self, ev: Ev) {
        let (p, hint) = match ev {
            Ev::Rescan => {
                self.rescan_needed = true;
                return;
            }
            Ev::Ready(p) => (p, Hint::Complete),
            Ev::Changed(p) => (p, Hint::Maybe),
        };
        let Some(rel) = self.rel_of(&p) else { return };
        let key = key_of(&rel);
        if !self.ctx.settings.filter.wants(&key) && !self.is_dir(&rel) {
            return;
        }
        if self.ctx.is_inflight(&key) {
            // Rewritten while being read: look again once it is released.
            self.pend(key, rel);
            return;
        }
        self.consider(key, rel, hint);
    }

    fn is_dir(&self, rel: &Path) -> bool {
        std::fs::symlink_metadata(self.ctx.settings.inbox.join(rel)).is_ok_and(|m| m.is_dir())
    }

    fn pend(&mut self, key: String, rel: PathBuf) {
        if self.pending.len() >= PENDING_MAX && !self.pending.contains_key(&key) {
            return; // the next rescan finds it
        }
        self.pending.entry(key).or_insert(Obs {
            rel,
            size: u64::MAX,
            mtime: None,
            since: Instant::now(),
        });
        self.ctx
            .metrics
            .settling
            .store(self.pending.len() as i64, Ordering::Relaxed);
    }

    /// Looks at one inbox entry and queues it, puts it on the settling list,
    /// or drops it.
    fn consider(&mut self, key: String, rel: PathBuf, hint: Hint) {
        let path = self.ctx.settings.inbox.join(&rel);
        let meta = match std::fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(_) => {
                self.pending.remove(&key);
                return;
            }
        };
        if meta.is_dir() {
            if self.ctx.settings.recursive {
                // A new sub-directory: its files need a listing.
                self.rescan_needed = true;
                return;
            }
            if !self.ctx.settings.filter.dir_looks_like_input(&key) {
                return;
            }
        } else if meta.is_file() {
            let mtime = meta.modified().ok();
            if self.ctx.settings.disposition == Disposition::Keep {
                let mt = mtime.map(format_mtime);
                if self
                    .ctx
                    .entries
                    .get(&key)
                    .is_some_and(|e| e.matches(meta.len(), mt.as_deref(), None))
                {
                    self.pending.remove(&key);
                    return; // kept input, already recorded
                }
            }
            let old_enough = mtime
                .and_then(|m| SystemTime::now().duration_since(m).ok())
                .is_some_and(|age| age >= self.ctx.settings.settle);
            if hint == Hint::Maybe && !old_enough {
                self.pend(key, rel);
                return;
            }
        }
        // Symlinks, FIFOs, sockets, devices (and directories outside
        // recursive mode) are queued too: the worker turns them into error
        // records without opening them.
        self.enqueue(key, rel, meta.is_file());
    }

    fn enqueue(&mut self, key: String, rel: PathBuf, listed_regular: bool) {
        // Shutdown stops intake: what is not queued yet stays in the inbox.
        if self.ctx.shutting_down() || !self.ctx.claim(&key) {
            return;
        }
        self.pending.remove(&key);
        self.ctx.metrics.files_seen.fetch_add(1, Ordering::Relaxed);
        self.ctx.metrics.queue_depth.fetch_add(1, Ordering::Relaxed);
        let mut job = Job {
            key,
            rel,
            seen: Instant::now(),
            listed_regular,
        };
        loop {
            match self.jobs.send_timeout(job, Duration::from_millis(100)) {
                Ok(()) => {
                    self.queued += 1;
                    return;
                }
                Err(SendTimeoutError::Timeout(j)) if !self.ctx.shutting_down() => job = j,
                Err(SendTimeoutError::Timeout(j)) | Err(SendTimeoutError::Disconnected(j)) => {
                    self.ctx.metrics.queue_depth.fetch_sub(1, Ordering::Relaxed);
                    self.ctx.release(&j.key);
                    return;
                }
            }
        }
    }

    fn check_pending(&mut self) {
        self.last_settle_check = Instant::now();
        let now = Instant::now();
        let wall = SystemTime::now();
        let settle = self.ctx.settings.settle;
        let mut ready = Vec::new();
        let inbox = self.ctx.settings.inbox.clone();
        let ctx = self.ctx.clone();
        let mut subdir = false;
        self.pending.retain(|key, obs| {
            if ctx.is_inflight(key) {
                return true;
            }
            let Ok(m) = std::fs::symlink_metadata(inbox.join(&obs.rel)) else {
                return false;
            };
            if !m.is_file() {
                if m.is_dir() && ctx.settings.recursive {
                    subdir = true;
                } else if m.is_dir() && !ctx.settings.filter.dir_looks_like_input(key) {
                    // An ordinary sub-directory: not an input.
                } else {
                    ready.push((key.clone(), obs.rel.clone()));
                }
                return false;
            }
            let mtime = m.modified().ok();
            if (m.len(), mtime) != (obs.size, obs.mtime) {
                let first = obs.size == u64::MAX;
                obs.size = m.len();
                obs.mtime = mtime;
                if !first {
                    obs.since = now;
                }
            }
            let quiet = now.duration_since(obs.since) >= settle
                || mtime
                    .and_then(|t| wall.duration_since(t).ok())
                    .is_some_and(|age| age >= settle);
            if quiet {
                ready.push((key.clone(), obs.rel.clone()));
                return false;
            }
            true
        });
        if subdir {
            self.rescan_needed = true;
        }
        for (key, rel) in ready {
            self.consider(key, rel, Hint::Complete);
        }
        self.ctx
            .metrics
            .settling
            .store(self.pending.len() as i64, Ordering::Relaxed);
    }

    fn check_retries(&mut self) {
        let now = Instant::now();
        let due: Vec<(String, PathBuf)> = {
            let r = self.ctx.retry.lock().unwrap_or_else(|p| p.into_inner());
            if r.is_empty() {
                return;
            }
            r.iter()
                .filter(|(_, s)| s.due <= now && !s.queued)
                .map(|(k, s)| (k.clone(), s.rel.clone()))
                .collect()
        };
        for (key, rel) in due {
            if self.ctx.is_inflight(&key) {
                continue;
            }
            if !self.ctx.settings.inbox.join(&rel).exists()
                && std::fs::symlink_metadata(self.ctx.settings.inbox.join(&rel)).is_err()
            {
                self.ctx.forget_retry(&key);
                continue;
            }
            if let Some(s) = self
                .ctx
                .retry
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .get_mut(&key)
            {
                s.queued = true;
            }
            self.enqueue(key, rel, false);
        }
    }

    /// Lists the inbox (streaming) and considers every input in it.
    fn rescan(&mut self, mut notify: Option<&mut dyn Notify>) {
        self.rescan_needed = false;
        self.last_rescan = Instant::now();
        self.ctx.metrics.rescans.fetch_add(1, Ordering::Relaxed);
        let mut last_progress = Instant::now();
        let mut dirs: Vec<(PathBuf, PathBuf)> =
            vec![(self.ctx.settings.inbox.clone(), PathBuf::new())];
        while let Some((dir, prefix)) = dirs.pop() {
            let rd = match std::fs::read_dir(&dir) {
                Ok(rd) => rd,
                Err(e) => {
                    tracing::warn!(dir = %dir.display(), error = %e, "cannot list");
                    continue;
                }
            };
            for entry in rd.flatten() {
                if self.ctx.shutting_down() {
                    return;
                }
                let path = entry.path();
                if self.skip.contains(&path) {
                    continue;
                }
                let rel = prefix.join(entry.file_name());
                let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                if is_dir && self.ctx.settings.recursive {
                    if entry.file_name().as_encoded_bytes().first() != Some(&b'.') {
                        dirs.push((path, rel));
                    }
                    continue;
                }
                let key = key_of(&rel);
                if !self.ctx.settings.filter.wants(&key) || self.ctx.is_inflight(&key) {
                    continue;
                }
                if self.ctx.retry_waiting(&key) {
                    continue;
                }
                self.consider(key, rel, Hint::Maybe);
                if let Some(n) = notify.as_deref_mut()
                    && last_progress.elapsed() >= Duration::from_secs(5)
                {
                    n.progress(self.queued);
                    last_progress = Instant::now();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_slash_separated() {
        assert_eq!(key_of(Path::new("a/b.txt")), "a/b.txt");
        assert_eq!(key_of(Path::new("b.txt")), "b.txt");
    }
}
