//! What happens to an input once its record (or error record) is durable:
//! moved to `done/` (or deleted, or kept), or moved to `failed/` with
//! `NAME.error.json` beside it.
//!
//! Before touching a file the disposer checks that it is still the file
//! that was read (same inode, size and mtime): a new version renamed over
//! it in the meantime stays in the inbox and gets its own record. Names
//! already taken in `done/` or `failed/` get a counter (`a.1.txt`), so an
//! earlier input is never overwritten. The directories touched are
//! fsync'ed once per batch ([`Disposer::sync`]).

use std::collections::BTreeSet;
use std::io;
use std::path::{Path, PathBuf};

use super::config::Disposition;
use super::fsutil;
use crate::record::read::FileMeta;

/// Result of disposing of one input.
#[derive(Debug, PartialEq, Eq)]
pub enum Disposed {
    /// Moved (to done/ or failed/) or deleted: it left the inbox.
    Left,
    /// Left in the inbox on purpose (`--keep`).
    Kept,
    /// Already gone from the inbox.
    Gone,
    /// Replaced by another file since it was read: left alone.
    Changed,
}

/// Moves inputs out of the inbox.
#[derive(Debug)]
pub struct Disposer {
    inbox: PathBuf,
    disposition: Disposition,
    failed: PathBuf,
    touched: BTreeSet<PathBuf>,
}

impl Disposer {
    /// A disposer for `inbox`.
    pub fn new(inbox: PathBuf, disposition: Disposition, failed: PathBuf) -> Self {
        Disposer {
            inbox,
            disposition,
            failed,
            touched: BTreeSet::new(),
        }
    }

    /// Disposes of `rel`; `error_json` is set for a failed input (its
    /// error record). `ident` is what the worker saw.
    pub fn dispose(
        &mut self,
        rel: &Path,
        ident: Option<&FileMeta>,
        error_json: Option<&str>,
    ) -> io::Result<Disposed> {
        let src = self.inbox.join(rel);
        let now = match std::fs::symlink_metadata(&src) {
            Ok(m) => FileMeta::from_metadata(&m),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Disposed::Gone),
            Err(e) => return Err(e),
        };
        if let Some(id) = ident
            && (id.dev, id.ino, id.len, id.mtime) != (now.dev, now.ino, now.len, now.mtime)
        {
            return Ok(Disposed::Changed);
        }
        if let Some(json) = error_json {
            let target = self.failed.join(rel);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent)?;
            }
            if self.disposition == Disposition::Keep {
                fsutil::atomic_write(&error_path(&target), json.as_bytes())?;
                return Ok(Disposed::Kept);
            }
            let target = free_name(&target);
            fsutil::atomic_write(&error_path(&target), json.as_bytes())?;
            self.move_to(&src, &target, false)?;
            return Ok(Disposed::Left);
        }
        match &self.disposition {
            Disposition::Keep => Ok(Disposed::Kept),
            Disposition::Delete => {
                std::fs::remove_file(&src)?;
                self.touch(&src);
                Ok(Disposed::Left)
            }
            Disposition::MoveTo(dir) => {
                // No `create_dir_all` up front (two syscalls per file): the
                // rename says ENOENT when the directory is missing.
                let target = dir.join(rel);
                self.move_to(&src, &target, true)?;
                Ok(Disposed::Left)
            }
        }
    }

    fn touch(&mut self, p: &Path) {
        if let Some(parent) = p.parent() {
            self.touched.insert(parent.to_path_buf());
        }
    }

    /// Moves `src` to `target`, or (`find_free`) to the first free
    /// `stem.N.ext` if `target` is taken — one `renameat2(RENAME_NOREPLACE)`
    /// in the common case.
    fn move_to(&mut self, src: &Path, target: &Path, find_free: bool) -> io::Result<()> {
        let mut dest = target.to_path_buf();
        let mut made_parent = false;
        loop {
            match rename_noreplace(src, &dest) {
                Ok(()) => break,
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists && find_free => {
                    dest = free_name(target);
                }
                // The target's directory is missing (a sub-directory of
                // the inbox, or done/ removed by hand): make it, once.
                Err(e) if e.kind() == io::ErrorKind::NotFound && !made_parent => {
                    made_parent = true;
                    match dest.parent() {
                        Some(parent) => {
                            std::fs::create_dir_all(parent)?;
                            self.touch(parent);
                        }
                        None => return Err(e),
                    }
                }
                Err(e) if e.raw_os_error() == Some(libc::EXDEV) => {
                    copy_across(src, &dest)?;
                    break;
                }
                Err(e) => return Err(e),
            }
        }
        self.touch(src);
        self.touch(&dest);
        Ok(())
    }

    /// fsyncs every directory touched since the last call.
    pub fn sync(&mut self) -> io::Result<()> {
        let dirs = std::mem::take(&mut self.touched);
        for d in dirs {
            fsutil::fsync_dir(&d)?;
        }
        Ok(())
    }
}

/// `rename` that fails with `AlreadyExists` instead of replacing `to`
/// (falls back to check-then-rename where `renameat2` is unsupported).
fn rename_noreplace(from: &Path, to: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let cstr = |p: &Path| {
        std::ffi::CString::new(p.as_os_str().as_bytes())
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "NUL in path"))
    };
    let (f, t) = (cstr(from)?, cstr(to)?);
    // SAFETY: two valid NUL-terminated paths; no memory is retained.
    let rc = unsafe {
        libc::renameat2(
            libc::AT_FDCWD,
            f.as_ptr(),
            libc::AT_FDCWD,
            t.as_ptr(),
            libc::RENAME_NOREPLACE,
        )
    };
    if rc == 0 {
        return Ok(());
    }
    let e = io::Error::last_os_error();
    match e.raw_os_error() {
        Some(libc::EINVAL) | Some(libc::ENOSYS) => {
            if std::fs::symlink_metadata(to).is_ok() {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            std::fs::rename(from, to)
        }
        _ => Err(e),
    }
}

/// `failed/NAME` → `failed/NAME.error.json`.
fn error_path(target: &Path) -> PathBuf {
    let mut s = target.as_os_str().to_owned();
    s.push(".error.json");
    PathBuf::from(s)
}

/// `target`, or `stem.N.ext` for the first N that is free.
fn free_name(target: &Path) -> PathBuf {
    if std::fs::symlink_metadata(target).is_err() {
        return target.to_path_buf();
    }
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = target
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    for n in 1u64.. {
        let cand = target.with_file_name(format!("{stem}.{n}{ext}"));
        if std::fs::symlink_metadata(&cand).is_err() {
            return cand;
        }
    }
    target.to_path_buf()
}

/// Moves a regular file to another file system: copy to a temporary name,
/// fsync, rename into place, then remove the source.
fn copy_across(src: &Path, target: &Path) -> io::Result<()> {
    let tmp = {
        let mut s = target.as_os_str().to_owned();
        s.push(".tidings-copy");
        PathBuf::from(s)
    };
    std::fs::copy(src, &tmp)?;
    std::fs::File::open(&tmp)?.sync_all()?;
    std::fs::rename(&tmp, target)?;
    std::fs::remove_file(src)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_with_free_names_and_error_json() {
        let d = tempfile::tempdir().unwrap();
        let inbox = d.path().join("in");
        let done = d.path().join("done");
        let failed = d.path().join("failed");
        std::fs::create_dir_all(&inbox).unwrap();
        std::fs::create_dir_all(&done).unwrap();
        let mut disp = Disposer::new(
            inbox.clone(),
            Disposition::MoveTo(done.clone()),
            failed.clone(),
        );
        std::fs::write(inbox.join("a.txt"), "1").unwrap();
        assert_eq!(
            disp.dispose(Path::new("a.txt"), None, None).unwrap(),
            Disposed::Left
        );
        std::fs::write(inbox.join("a.txt"), "2").unwrap();
        assert_eq!(
            disp.dispose(Path::new("a.txt"), None, None).unwrap(),
            Disposed::Left
        );
        assert_eq!(std::fs::read_to_string(done.join("a.txt")).unwrap(), "1");
        assert_eq!(std::fs::read_to_string(done.join("a.1.txt")).unwrap(), "2");
        std::fs::write(inbox.join("b.bin"), "x").unwrap();
        assert_eq!(
            disp.dispose(Path::new("b.bin"), None, Some("{}\n"))
                .unwrap(),
            Disposed::Left
        );
        assert!(failed.join("b.bin").exists());
        assert_eq!(
            std::fs::read_to_string(failed.join("b.bin.error.json")).unwrap(),
            "{}\n"
        );
        assert_eq!(
            disp.dispose(Path::new("b.bin"), None, None).unwrap(),
            Disposed::Gone
        );
        disp.sync().unwrap();
    }

    #[test]
    fn missing_done_directories_are_made_on_demand() {
        let d = tempfile::tempdir().unwrap();
        let inbox = d.path().join("in");
        let done = d.path().join("done");
        std::fs::create_dir_all(inbox.join("sub")).unwrap();
        let mut disp = Disposer::new(
            inbox.clone(),
            Disposition::MoveTo(done.clone()),
            d.path().join("failed"),
        );
        std::fs::write(inbox.join("sub/a.txt"), "1").unwrap();
        assert_eq!(
            disp.dispose(Path::new("sub/a.txt"), None, None).unwrap(),
            Disposed::Left
        );
        assert_eq!(
            std::fs::read_to_string(done.join("sub/a.txt")).unwrap(),
            "1"
        );
        disp.sync().unwrap();
        // Removed by hand while running: made again.
        std::fs::remove_dir_all(&done).unwrap();
        std::fs::write(inbox.join("b.txt"), "2").unwrap();
        assert_eq!(
            disp.dispose(Path::new("b.txt"), None, None).unwrap(),
            Disposed::Left
        );
        assert_eq!(std::fs::read_to_string(done.join("b.txt")).unwrap(), "2");
        // A source that vanished is still an error, not a loop.
        assert!(
            disp.move_to(&inbox.join("nope"), &done.join("nope"), true)
                .is_err()
        );
        disp.sync().unwrap();
    }

    #[test]
    fn replaced_file_is_left_alone() {
        let d = tempfile::tempdir().unwrap();
        let inbox = d.path().to_path_buf();
        std::fs::write(inbox.join("a"), "old").unwrap();
        let id = FileMeta::from_metadata(&std::fs::metadata(inbox.join("a")).unwrap());
        std::fs::write(inbox.join("a.new"), "newer").unwrap();
        std::fs::rename(inbox.join("a.new"), inbox.join("a")).unwrap();
        let mut disp = Disposer::new(inbox.clone(), Disposition::Delete, inbox.join("f"));
        assert_eq!(
            disp.dispose(Path::new("a"), Some(&id), None).unwrap(),
            Disposed::Changed
        );
        assert!(inbox.join("a").exists());
    }
}
