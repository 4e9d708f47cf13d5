//! Shared helpers for the workspace integration tests and the fuzz targets.
//!
//! [`harness`] holds the invariant checks run by every cargo-fuzz target in
//! `fuzz/` *and* by the stable-toolchain test that replays the committed fuzz
//! corpora (`tests/fuzz_corpus.rs`), so `cargo test` exercises the same checks
//! on every run.

pub mod harness;

use std::path::PathBuf;

/// The workspace root (parent of this crate's directory).
pub fn workspace_root() -> PathBuf {
    let here = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    here.parent().map(PathBuf::from).unwrap_or(here)
}

/// `tests/data/<rel>`.
pub fn data_path(rel: &str) -> PathBuf {
    workspace_root().join("tests").join("data").join(rel)
}
