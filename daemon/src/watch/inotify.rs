//! A direct inotify watch of the inbox, for the default mode (Linux, not
//! recursive, not polling).
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

use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{FromRawFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

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

const MASK: u32 = libc::IN_CLOSE_WRITE
    | libc::IN_MOVED_TO
    | libc::IN_CREATE
    | libc::IN_MODIFY
    | libc::IN_ATTRIB
    | libc::IN_DELETE_SELF
    | libc::IN_MOVE_SELF;

/// Size of the fixed part of `struct inotify_event` (wd, mask, cookie, len).
const HEADER: usize = 16;

/// Watches `dir` (not its sub-directories) and calls `sink` for each
/// event on a thread of its own; the thread ends when `sink` returns false.
pub fn watch(dir: &Path, mut sink: impl FnMut(Event) -> bool + Send + 'static) -> io::Result<()> {
    let file = init()?;
    let cpath = std::ffi::CString::new(dir.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in path"))?;
    // SAFETY: a valid inotify descriptor we own and a NUL-terminated path;
    // the kernel keeps no pointer to either.
    let wd = unsafe {
        libc::inotify_add_watch(std::os::fd::AsRawFd::as_raw_fd(&file), cpath.as_ptr(), MASK)
    };
    if wd < 0 {
        return Err(io::Error::last_os_error());
    }
    let dir = dir.to_path_buf();
    std::thread::Builder::new()
        .name("inotify".into())
        .spawn(move || read_loop(file, &dir, &mut sink))?;
    Ok(())
}

/// A blocking inotify descriptor, as a `File` so that it reads safely.
fn init() -> io::Result<File> {
    // SAFETY: no arguments but flags.
    let fd = unsafe { libc::inotify_init1(libc::IN_CLOEXEC) };
    if fd < 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: `fd` is a fresh descriptor that nothing else owns.
    Ok(File::from(unsafe { OwnedFd::from_raw_fd(fd) }))
}

fn read_loop(mut file: File, dir: &Path, sink: &mut dyn FnMut(Event) -> bool) {
    // Room for many events per read: a burst of renames costs one
    // wake-up per buffer, not per file.
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = match file.read(&mut buf) {
            Ok(0) => return,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => {
                tracing::error!(error = %e, "cannot read inotify events; relying on rescans");
                let _ = sink(Event::Rescan);
                return;
            }
        };
        for ev in parse(buf.get(..n).unwrap_or_default(), dir) {
            if !sink(ev) {
                return;
            }
        }
    }
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let bytes: [u8; 4] = b.get(at..at + 4)?.try_into().ok()?;
    Some(u32::from_ne_bytes(bytes))
}

/// Decodes a buffer of `struct inotify_event`s.
fn parse(mut b: &[u8], dir: &Path) -> Vec<Event> {
    let mut out = Vec::new();
    while b.len() >= HEADER {
        let (Some(mask), Some(len)) = (u32_at(b, 4), u32_at(b, 12)) else {
            break;
        };
        let end = HEADER + len as usize;
        let Some(name) = b.get(HEADER..end) else {
            break;
        };
        b = b.get(end..).unwrap_or_default();
        if mask
            & (libc::IN_Q_OVERFLOW | libc::IN_IGNORED | libc::IN_DELETE_SELF | libc::IN_MOVE_SELF)
            != 0
        {
            out.push(Event::Rescan);
            continue;
        }
        // The name is NUL-padded to an alignment boundary.
        let name = name.split(|&c| c == 0).next().unwrap_or_default();
        if name.is_empty() {
            continue;
        }
        let path = dir.join(std::ffi::OsStr::from_bytes(name));
        if mask & (libc::IN_CLOSE_WRITE | libc::IN_MOVED_TO) != 0 {
            out.push(Event::Complete(path));
        } else if mask & (libc::IN_CREATE | libc::IN_MODIFY | libc::IN_ATTRIB) != 0 {
            out.push(Event::Changed(path));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn event(wd: i32, mask: u32, name: &[u8], pad: usize) -> Vec<u8> {
        let mut v = Vec::new();
        v.extend_from_slice(&wd.to_ne_bytes());
        v.extend_from_slice(&mask.to_ne_bytes());
        v.extend_from_slice(&0u32.to_ne_bytes());
        v.extend_from_slice(&((name.len() + pad) as u32).to_ne_bytes());
        v.extend_from_slice(name);
        v.extend(std::iter::repeat_n(0u8, pad));
        v
    }

    #[test]
    fn parses_packed_events_and_ignores_a_torn_tail() {
        let d = Path::new("/in");
        let mut b = event(1, libc::IN_MOVED_TO, b"a.txt", 11);
        b.extend(event(1, libc::IN_CREATE | libc::IN_ISDIR, b"sub", 1));
        b.extend(event(-1, libc::IN_Q_OVERFLOW, b"", 0));
        b.extend(event(1, libc::IN_CLOSE_WRITE, b"b", 15));
        b.extend(event(1, libc::IN_OPEN, b"c", 3));
        let torn = event(1, libc::IN_CLOSE_WRITE, b"zzzz", 12);
        b.extend_from_slice(&torn[..20]);
        assert_eq!(
            parse(&b, d),
            vec![
                Event::Complete(d.join("a.txt")),
                Event::Changed(d.join("sub")),
                Event::Rescan,
                Event::Complete(d.join("b")),
            ]
        );
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
