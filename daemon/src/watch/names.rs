//! Which names in the inbox are inputs.
//!
//! Files still being written under a temporary name are ignored until they
//! are renamed: `.tmp`, `.temp`, `.part`, `.partial`, `.crdownload`,
//! `.download`, names ending in `~`, dotfiles (which covers `.name.swp`,
//! `.#lock` and `.goutputstream-*`), editor swap files (`.swp`, `.swo`,
//! `.swx`), Emacs auto-saves (`#name#`) and Vim's `4913` probe file.
//! Then `--include` globs (if any) must match and `--exclude` globs must
//! not; a glob matches a file's name or its path relative to the inbox.

use anyhow::Context;
use globset::{Glob, GlobSet, GlobSetBuilder};

const TEMP_SUFFIXES: &[&str] = &[
    ".tmp",
    ".temp",
    ".part",
    ".partial",
    ".crdownload",
    ".download",
    ".swp",
    ".swo",
    ".swx",
];

/// Whether a file name marks a file that is not finished (or not an input).
pub fn is_temporary(name: &str) -> bool {
    if name.starts_with('.') || name.ends_with('~') || name == "4913" {
        return true;
    }
    if name.len() > 1 && name.starts_with('#') && name.ends_with('#') {
        return true;
    }
    let lower = name.to_ascii_lowercase();
    TEMP_SUFFIXES.iter().any(|s| lower.ends_with(s))
}

/// `--include` / `--exclude` plus the temporary-name rules.
#[derive(Debug)]
pub struct NameFilter {
    include: Option<GlobSet>,
    exclude: GlobSet,
}

fn build(globs: &[String]) -> anyhow::Result<GlobSet> {
    let mut b = GlobSetBuilder::new();
    for g in globs {
        b.add(Glob::new(g).with_context(|| format!("bad glob `{g}`"))?);
    }
    b.build().context("globs")
}

impl NameFilter {
    /// From the `--include` and `--exclude` globs.
    pub fn new(include: &[String], exclude: &[String]) -> anyhow::Result<Self> {
        Ok(NameFilter {
            include: if include.is_empty() {
                None
            } else {
                Some(build(include)?)
            },
            exclude: build(exclude)?,
        })
    }

    /// Whether a directory at `rel` (outside `--recursive`) stands where an
    /// input was expected, and so deserves an error record: its name matches
    /// an `--include` glob, or (without globs) looks like a file name — it
    /// has an extension (`story.txt/`). Other directories (`archive/`) are
    /// left alone.
    pub fn dir_looks_like_input(&self, rel: &str) -> bool {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        if !self.wants(rel) {
            return false;
        }
        if self.include.is_some() {
            return true;
        }
        name.get(1..).is_some_and(|rest| rest.contains('.'))
    }

    /// Whether the entry at inbox-relative path `rel` (with `/`
    /// separators) is an input.
    pub fn wants(&self, rel: &str) -> bool {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        if is_temporary(name) {
            return false;
        }
        let hit = |set: &GlobSet| set.is_match(name) || set.is_match(rel);
        self.include.as_ref().is_none_or(hit) && !hit(&self.exclude)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names() {
        for n in [
            "a.tmp",
            "a.TMP",
            "a.part",
            "a.partial",
            "x.crdownload",
            "a~",
            ".hidden",
            ".a.swp",
            "a.swp",
            "#a#",
            "4913",
        ] {
            assert!(is_temporary(n), "{n}");
        }
        for n in ["a.txt", "tmp", "story", "a.tmpl", "#a"] {
            assert!(!is_temporary(n), "{n}");
        }
    }

    #[test]
    fn globs_match_name_or_path() {
        let f = NameFilter::new(&["*.txt".into()], &["skip*".into()]).unwrap();
        assert!(f.wants("a.txt"));
        assert!(f.wants("sub/a.txt"));
        assert!(!f.wants("a.html"));
        assert!(!f.wants("skip.txt"));
        assert!(!f.wants("a.txt.tmp"));
        let all = NameFilter::new(&[], &[]).unwrap();
        assert!(all.wants("anything"));
        assert!(all.dir_looks_like_input("story.txt"));
        assert!(!all.dir_looks_like_input("archive"));
        assert!(f.dir_looks_like_input("x.txt"));
        assert!(!f.dir_looks_like_input("x.html"));
    }
}
