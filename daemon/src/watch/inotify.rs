//! A direct inotify watch of the inbox, for the default mode (Linux, not
//! recursive, not polling), on the `inotify` crate (the one notify's own
//! backend is built on).
//!
//! notify's inotify backend watches with a fixed mask that includes
//! `IN_OPEN` and `IN_MOVED_FROM`, so every input cost the daemon two
//! events of its own making — the worker opening it, the mover moving it
//! out — each a wake-up of notify's thread, an `epoll_wait` and two
//! `read`s, and an event built and thrown away. This watch asks only for
//! what discovery uses: `IN_CLOSE_WRITE` and `IN_MOVED_TO` (complete),
//! `IN_CREATE`, `IN_MODIFY` and `IN_ATTRIB` (settle), and the queue
//! overflow (rescan, always delivered). Recursive and `--poll` modes keep
//! notify, which manages a watch per sub-directory and the poller.

use std::ffi::OsStr;
use std::io;
use std::path::{Path, PathBuf};

use inotify::{EventMask, Inotify, WatchMask};

/// What the kernel told, in discovery's terms.
#[derive(Debug, PartialEq, Eq)]
pub enum Event {
    /// Closed after writing, or renamed into the inbox.
    Complete(PathBuf),
    /// Created, written or touched.
    Changed(PathBuf),
    /// Events were lost, or the watch itself ended: list the inbox.
    Rescan,
}

/// The events discovery uses, plus the watch's own end.
fn mask() -> WatchMask {
    WatchMask::CLOSE_WRITE
        | WatchMask::MOVED_TO
        | WatchMask::CREATE
        | WatchMask::MODIFY
        | WatchMask::ATTRIB
        | WatchMask::DELETE_SELF
        | WatchMask::MOVE_SELF
}

/// Watches `dir` (not its sub-directories) and calls `sink` for each
/// event on a thread of its own; the thread ends when `sink` returns false.
pub fn watch(dir: &Path, mut sink: impl FnMut(Event) -> bool + Send + 'static) -> io::Result<()> {
    let inotify = Inotify::init()?;
    inotify.watches().add(dir, mask())?;
    let dir = dir.to_path_buf();
    std::thread::Builder::new()
        .name("inotify".into())
        .spawn(move || read_loop(inotify, &dir, &mut sink))?;
    Ok(())
}

fn read_loop(mut inotify: Inotify, dir: &Path, sink: &mut dyn FnMut(Event) -> bool) {
    // Room for many events per read: a burst of renames costs one
    // wake-up per buffer, not per file.
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let events = match inotify.read_events_blocking(&mut buf) {
            Ok(events) => events,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                tracing::error!(error = %e, "cannot read inotify events; relying on rescans");
                let _ = sink(Event::Rescan);
                return;
            }
        };
        for ev in events.filter_map(|e| classify(e.mask, e.name, dir)) {
            if !sink(ev) {
                return;
            }
        }
    }
}

/// One kernel event in discovery's terms; `None` for events discovery has
/// no use for.
fn classify(mask: EventMask, name: Option<&OsStr>, dir: &Path) -> Option<Event> {
    if mask.intersects(
        EventMask::Q_OVERFLOW | EventMask::IGNORED | EventMask::DELETE_SELF | EventMask::MOVE_SELF,
    ) {
        return Some(Event::Rescan);
    }
    let name = name.filter(|n| !n.is_empty())?;
    let path = dir.join(name);
    if mask.intersects(EventMask::CLOSE_WRITE | EventMask::MOVED_TO) {
        Some(Event::Complete(path))
    } else if mask.intersects(EventMask::CREATE | EventMask::MODIFY | EventMask::ATTRIB) {
        Some(Event::Changed(path))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn classifies_kernel_events() {
        let d = Path::new("/in");
        let name = |n: &'static str| Some(OsStr::new(n));
        let cases = [
            (
                EventMask::MOVED_TO,
                name("a.txt"),
                Some(Event::Complete(d.join("a.txt"))),
            ),
            (
                EventMask::CLOSE_WRITE,
                name("b"),
                Some(Event::Complete(d.join("b"))),
            ),
            (
                EventMask::CREATE | EventMask::ISDIR,
                name("sub"),
                Some(Event::Changed(d.join("sub"))),
            ),
            (
                EventMask::MODIFY,
                name("c"),
                Some(Event::Changed(d.join("c"))),
            ),
            (
                EventMask::ATTRIB,
                name("c"),
                Some(Event::Changed(d.join("c"))),
            ),
            (EventMask::Q_OVERFLOW, None, Some(Event::Rescan)),
            (EventMask::IGNORED, None, Some(Event::Rescan)),
            (EventMask::DELETE_SELF, None, Some(Event::Rescan)),
            (EventMask::MOVE_SELF, None, Some(Event::Rescan)),
            (EventMask::OPEN, name("c"), None),
            (EventMask::MOVED_FROM, name("c"), None),
            (EventMask::CLOSE_WRITE, None, None),
            (EventMask::CLOSE_WRITE, name(""), None),
        ];
        for (mask, name, want) in cases {
            assert_eq!(classify(mask, name, d), want, "{mask:?} {name:?}");
        }
    }

    #[test]
    fn sees_renames_and_writes_but_not_its_own_reads_and_moves() {
        let d = tempfile::tempdir().unwrap();
        let inbox = d.path().join("in");
        let other = d.path().join("done");
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::create_dir_all(&other).unwrap();
        let (tx, rx) = crossbeam_channel::unbounded();
        watch(&inbox, move |ev| tx.send(ev).is_ok()).unwrap();
        std::fs::write(d.path().join("x"), b"1").unwrap();
        std::fs::rename(d.path().join("x"), inbox.join("x")).unwrap();
        // Read and moved out: no events for the daemon's own steps.
        std::fs::read(inbox.join("x")).unwrap();
        std::fs::rename(inbox.join("x"), other.join("x")).unwrap();
        std::fs::write(inbox.join("y"), b"2").unwrap();
        let mut got = Vec::new();
        while let Ok(ev) = rx.recv_timeout(Duration::from_secs(2)) {
            let last = ev == Event::Complete(inbox.join("y"));
            got.push(ev);
            if last {
                break;
            }
        }
        assert_eq!(
            got,
            vec![
                Event::Complete(inbox.join("x")),
                Event::Changed(inbox.join("y")),
                Event::Changed(inbox.join("y")),
                Event::Complete(inbox.join("y")),
            ]
        );
    }
}
