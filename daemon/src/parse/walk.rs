//! The operands of `tidings parse`, expanded into a list of inputs.
//!
//! Directories are walked recursively in sorted (byte-wise) name order, so
//! the output order is deterministic; hidden entries (dotfiles) are skipped
//! inside walked directories, and symlinked directories are not descended
//! (no cycles). A file named explicitly is always read.

use std::path::{Path, PathBuf};

/// One input of `tidings parse`.
#[derive(Debug)]
pub enum Input {
    /// Standard input (`-`).
    Stdin,
    /// A file (or anything that is not a directory).
    File(PathBuf),
    /// A directory that could not be listed.
    Unlistable(PathBuf, std::io::Error),
}

/// Expands the operands; no operand means standard input.
pub fn expand(operands: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    if operands.is_empty() {
        out.push(Input::Stdin);
    }
    for op in operands {
        if op.as_os_str() == "-" {
            out.push(Input::Stdin);
        } else if std::fs::metadata(op).is_ok_and(|m| m.is_dir()) {
            walk(op, &mut out);
        } else {
            out.push(Input::File(op.clone()));
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Input>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Input::Unlistable(dir.to_path_buf(), e));
            return;
        }
    };
    let mut list: Vec<(std::ffi::OsString, bool)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                out.push(Input::Unlistable(dir.to_path_buf(), e));
                continue;
            }
        };
        let name = entry.file_name();
        if name.as_encoded_bytes().first() == Some(&b'.') {
            continue;
        }
        // `file_type` does not follow links: a symlinked directory is read
        // as a file (and reported as a directory), never walked.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        list.push((name, is_dir));
    }
    list.sort_by(|a, b| a.0.as_encoded_bytes().cmp(b.0.as_encoded_bytes()));
    for (name, is_dir) in list {
        let p = dir.join(&name);
        if is_dir {
            walk(&p, out);
        } else {
            out.push(Input::File(p));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walk_is_sorted_and_skips_hidden() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("b")).unwrap();
        std::fs::write(d.path().join("b/z.txt"), "z").unwrap();
        std::fs::write(d.path().join("a.txt"), "a").unwrap();
        std::fs::write(d.path().join("c.txt"), "c").unwrap();
        std::fs::write(d.path().join(".hidden"), "h").unwrap();
        let got: Vec<String> = expand(&[d.path().to_path_buf()])
            .into_iter()
            .map(|i| match i {
                Input::File(p) => p.strip_prefix(d.path()).unwrap().display().to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(got, ["a.txt", "b/z.txt", "c.txt"]);
    }
}
