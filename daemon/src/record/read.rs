//! Reading one input file under the daemon's safety rules.
//!
//! * [`read_inbox_file`] (watch): never follows a symlink (`lstat` first —
//!   discovery's, when it just made one — then `open(O_NOFOLLOW |
//!   O_NONBLOCK)` so that a file swapped for a link or a FIFO between the
//!   two calls is still refused and never blocks),
//!   accepts only regular files, and refuses a file larger than `max_bytes`
//!   from its size alone, without reading it.
//! * [`read_any`] (parse): the operator named the file, so links are
//!   followed and pipes (`<(cmd)`) are read; the size limit still holds.
//!
//! Both read at most `max_bytes + 1` bytes, so a file that grows while it is
//! read cannot make the daemon read more than the limit.

use std::fs::{File, Metadata};
use std::io::{self, Read};
use std::os::unix::fs::{FileTypeExt, MetadataExt, OpenOptionsExt};
use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use super::{ErrorKind, Failure};

/// What the file system said about a file: enough to tell whether the file
/// on disk is still the one that was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileMeta {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, if the file system has one.
    pub mtime: Option<SystemTime>,
    /// Device number.
    pub dev: u64,
    /// Inode number.
    pub ino: u64,
}

impl FileMeta {
    /// From `stat`/`lstat` data.
    pub fn from_metadata(m: &Metadata) -> Self {
        FileMeta {
            len: m.len(),
            mtime: m.modified().ok(),
            dev: m.dev(),
            ino: m.ino(),
        }
    }
}

/// A file read whole.
#[derive(Debug)]
pub struct FileData {
    /// Its bytes (at most the limit).
    pub bytes: Vec<u8>,
    /// Its metadata, from the open descriptor.
    pub meta: FileMeta,
    /// SHA-256 of `bytes`.
    pub sha256: [u8; 32],
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// It no longer exists (moved or deleted since it was listed).
    Gone,
    /// It cannot be used; `retryable` errors (permissions, I/O) may clear up.
    Failed {
        /// The record-level failure.
        failure: Failure,
        /// What is known about the file.
        meta: Option<FileMeta>,
        /// Whether trying again later may succeed.
        retryable: bool,
    },
}

impl ReadError {
    fn failed(kind: ErrorKind, message: String, meta: Option<FileMeta>) -> Self {
        ReadError::Failed {
            failure: Failure::new(kind, message),
            meta,
            retryable: false,
        }
    }

    fn from_io(e: &io::Error, meta: Option<FileMeta>) -> Self {
        match e.raw_os_error() {
            Some(libc::ENOENT) | Some(libc::ENOTDIR) => return ReadError::Gone,
            Some(libc::ELOOP) => {
                return Self::failed(
                    ErrorKind::Symlink,
                    "is a symbolic link (never followed)".into(),
                    meta,
                );
            }
            Some(libc::ENXIO) | Some(libc::EISDIR) => {
                return Self::failed(
                    ErrorKind::NotAFile,
                    format!("not a regular file: {e}"),
                    meta,
                );
            }
            _ => {}
        }
        let retryable = matches!(
            e.raw_os_error(),
            Some(
                libc::EACCES
                    | libc::EPERM
                    | libc::EIO
                    | libc::EAGAIN
                    | libc::EBUSY
                    | libc::ETXTBSY
                    | libc::EINTR
                    | libc::ENFILE
                    | libc::EMFILE
                    | libc::ENOMEM
                    | libc::ESTALE
            )
        );
        ReadError::Failed {
            failure: Failure::new(ErrorKind::Unreadable, e.to_string()),
            meta,
            retryable,
        }
    }
}

/// Names the kind of a non-regular file for an error message.
pub fn describe_type(m: &Metadata) -> &'static str {
    let t = m.file_type();
    if t.is_dir() {
        "a directory"
    } else if t.is_symlink() {
        "a symbolic link"
    } else if t.is_fifo() {
        "a FIFO"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_block_device() {
        "a block device"
    } else if t.is_char_device() {
        "a character device"
    } else {
        "not a regular file"
    }
}

fn too_large(len: u64, max: u64, meta: FileMeta) -> ReadError {
    ReadError::failed(
        ErrorKind::TooLarge,
        format!("{len} bytes is over the limit of {max} bytes (--max-bytes)"),
        Some(meta),
    )
}

/// Reads a file of the inbox: regular files only, no symlinks, `max_bytes`.
///
/// `listed_regular`: discovery's own `lstat` (a moment ago) saw a regular
/// file, so the one here is skipped and the checks run on the descriptor's
/// `fstat` alone — `O_NOFOLLOW` still refuses a link swapped in since, and
/// `O_NONBLOCK | O_NOCTTY` keep a FIFO or terminal swapped in from
/// blocking or becoming ours; neither is ever read. Without it (a retry)
/// the path is `lstat`ed first, so that such files are not even opened.
pub fn read_inbox_file(
    path: &Path,
    max_bytes: u64,
    listed_regular: bool,
) -> Result<FileData, ReadError> {
    let lfm = if listed_regular {
        None
    } else {
        let lmeta = std::fs::symlink_metadata(path).map_err(|e| ReadError::from_io(&e, None))?;
        let lfm = FileMeta::from_metadata(&lmeta);
        if lmeta.file_type().is_symlink() {
            return Err(ReadError::failed(
                ErrorKind::Symlink,
                "is a symbolic link (never followed)".into(),
                Some(lfm),
            ));
        }
        if !lmeta.file_type().is_file() {
            return Err(ReadError::failed(
                ErrorKind::NotAFile,
                format!("is {}, not a regular file", describe_type(&lmeta)),
                Some(lfm),
            ));
        }
        if lmeta.len() > max_bytes {
            return Err(too_large(lmeta.len(), max_bytes, lfm));
        }
        Some(lfm)
    };
    let file = match std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
    {
        Ok(f) => f,
        Err(e) => {
            // Only on this (rare) path: what the error record needs to
            // say about the file.
            let meta = lfm.or_else(|| {
                std::fs::symlink_metadata(path)
                    .ok()
                    .map(|m| FileMeta::from_metadata(&m))
            });
            return Err(ReadError::from_io(&e, meta));
        }
    };
    let fmeta = file.metadata().map_err(|e| ReadError::from_io(&e, lfm))?;
    let fm = FileMeta::from_metadata(&fmeta);
    if !fmeta.file_type().is_file() {
        return Err(ReadError::failed(
            ErrorKind::NotAFile,
            format!("is {}, not a regular file", describe_type(&fmeta)),
            Some(fm),
        ));
    }
    if fmeta.len() > max_bytes {
        return Err(too_large(fmeta.len(), max_bytes, fm));
    }
    read_regular(file, fm, max_bytes)
}

/// Reads a regular file whose size `meta.len` was just taken from its
/// descriptor: one `read` of `len + 1` bytes in the common case. A read
/// that returns exactly the size it was told is the end of the file (the
/// generic `read_to_end` would spend a second call to see the 0); one that
/// fills the extra byte means the file grew, and reading goes on to the
/// limit as for any reader.
fn read_regular(mut file: File, meta: FileMeta, max_bytes: u64) -> Result<FileData, ReadError> {
    let len = usize::try_from(meta.len.min(max_bytes)).unwrap_or(0);
    let want = len.saturating_add(1);
    let mut bytes = vec![0u8; want];
    let mut filled = 0usize;
    while let Some(spare) = bytes.get_mut(filled..) {
        if spare.is_empty() {
            break;
        }
        match file.read(spare) {
            Ok(0) => break,
            Ok(n) => {
                filled += n;
                if filled == len {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadError::from_io(&e, Some(meta))),
        }
    }
    bytes.truncate(filled);
    if filled == want {
        // Grew since the fstat: the rest, up to the limit, the generic way.
        let rest = max_bytes.saturating_add(1).saturating_sub(filled as u64);
        (&mut file)
            .take(rest)
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::from_io(&e, Some(meta)))?;
    }
    finish(bytes, meta, max_bytes)
}

/// Reads a file named by the operator: follows links, reads pipes.
pub fn read_any(path: &Path, max_bytes: u64) -> Result<FileData, ReadError> {
    let file = File::open(path).map_err(|e| match ReadError::from_io(&e, None) {
        ReadError::Gone => ReadError::failed(ErrorKind::Unreadable, e.to_string(), None),
        other => other,
    })?;
    let meta = file.metadata().map_err(|e| ReadError::from_io(&e, None))?;
    let fm = FileMeta::from_metadata(&meta);
    if meta.is_dir() {
        return Err(ReadError::failed(
            ErrorKind::NotAFile,
            "is a directory".into(),
            Some(fm),
        ));
    }
    if meta.is_file() && meta.len() > max_bytes {
        return Err(too_large(meta.len(), max_bytes, fm));
    }
    read_limited(file, fm, max_bytes)
}

/// Reads standard input, at most `max_bytes`.
pub fn read_stdin(max_bytes: u64) -> Result<FileData, ReadError> {
    let meta = FileMeta {
        len: 0,
        mtime: None,
        dev: 0,
        ino: 0,
    };
    let mut data = read_limited(io::stdin().lock(), meta, max_bytes)?;
    data.meta.len = data.bytes.len() as u64;
    Ok(data)
}

fn read_limited(reader: impl Read, meta: FileMeta, max_bytes: u64) -> Result<FileData, ReadError> {
    let cap = usize::try_from(meta.len.min(max_bytes)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(cap.saturating_add(1));
    let mut limited = reader.take(max_bytes.saturating_add(1));
    limited
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(&e, Some(meta)))?;
    finish(bytes, meta, max_bytes)
}

/// The limit check and the hash, for every way of reading.
fn finish(bytes: Vec<u8>, meta: FileMeta, max_bytes: u64) -> Result<FileData, ReadError> {
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64, max_bytes, meta));
    }
    let sha256: [u8; 32] = Sha256::digest(&bytes).into();
    let mut meta = meta;
    if meta.len != bytes.len() as u64 && meta.ino != 0 {
        // The file changed size while it was read; report what was read.
        meta.len = bytes.len() as u64;
    }
    Ok(FileData {
        bytes,
        meta,
        sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_symlink_and_dir_and_large() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.txt");
        std::fs::write(&f, b"hello").unwrap();
        let l = dir.path().join("l.txt");
        std::os::unix::fs::symlink(&f, &l).unwrap();
        match read_inbox_file(&l, 100, false) {
            Err(ReadError::Failed { failure, .. }) => assert_eq!(failure.kind, ErrorKind::Symlink),
            other => panic!("{other:?}"),
        }
        match read_inbox_file(dir.path(), 100, false) {
            Err(ReadError::Failed { failure, .. }) => assert_eq!(failure.kind, ErrorKind::NotAFile),
            other => panic!("{other:?}"),
        }
        match read_inbox_file(&f, 4, false) {
            Err(ReadError::Failed { failure, .. }) => assert_eq!(failure.kind, ErrorKind::TooLarge),
            other => panic!("{other:?}"),
        }
        let ok = read_inbox_file(&f, 5, false).unwrap();
        assert_eq!(ok.bytes, b"hello");
        assert!(matches!(
            read_inbox_file(&dir.path().join("nope"), 5, false),
            Err(ReadError::Gone)
        ));
    }

    #[test]
    fn listed_regular_still_refuses_what_was_swapped_in() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.txt");
        std::fs::write(&f, b"hello").unwrap();
        let l = dir.path().join("l.txt");
        std::os::unix::fs::symlink(&f, &l).unwrap();
        let kind = |r: Result<FileData, ReadError>| match r {
            Err(ReadError::Failed { failure, meta, .. }) => (failure.kind, meta.is_some()),
            other => panic!("{other:?}"),
        };
        // Discovery saw regular files; by now they are something else.
        assert_eq!(
            kind(read_inbox_file(&l, 100, true)),
            (ErrorKind::Symlink, true)
        );
        assert_eq!(
            kind(read_inbox_file(dir.path(), 100, true)),
            (ErrorKind::NotAFile, true)
        );
        let fifo = dir.path().join("p.txt");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        assert_eq!(
            kind(read_inbox_file(&fifo, 100, true)),
            (ErrorKind::NotAFile, true)
        );
        assert_eq!(
            kind(read_inbox_file(&f, 4, true)),
            (ErrorKind::TooLarge, true)
        );
        let ok = read_inbox_file(&f, 5, true).unwrap();
        assert_eq!(ok.bytes, b"hello");
        assert_eq!(ok.meta.len, 5);
        let empty = dir.path().join("e.txt");
        std::fs::write(&empty, b"").unwrap();
        assert_eq!(read_inbox_file(&empty, 5, true).unwrap().bytes, b"");
        assert!(matches!(
            read_inbox_file(&dir.path().join("nope"), 5, true),
            Err(ReadError::Gone)
        ));
    }

    #[test]
    fn a_file_that_grew_after_its_fstat_is_read_to_the_end_or_refused() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.txt");
        std::fs::write(&f, b"0123456789").unwrap();
        let meta = FileMeta::from_metadata(&std::fs::metadata(&f).unwrap());
        // As if the fstat had seen 3 bytes, then 7 more were appended.
        let seen = FileMeta { len: 3, ..meta };
        let data = read_regular(File::open(&f).unwrap(), seen, 100).unwrap();
        assert_eq!(data.bytes, b"0123456789");
        assert_eq!(data.meta.len, 10);
        assert_eq!(data.sha256, <[u8; 32]>::from(Sha256::digest(b"0123456789")));
        match read_regular(File::open(&f).unwrap(), seen, 8) {
            Err(ReadError::Failed { failure, .. }) => assert_eq!(failure.kind, ErrorKind::TooLarge),
            other => panic!("{other:?}"),
        }
        // And one that shrank: what is there.
        let data =
            read_regular(File::open(&f).unwrap(), FileMeta { len: 50, ..meta }, 100).unwrap();
        assert_eq!(data.bytes, b"0123456789");
    }
}
