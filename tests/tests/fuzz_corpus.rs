//! Replays every committed fuzz input (`fuzz/corpus/<target>/*` and
//! `fuzz/artifacts/<target>/*`) through the same harness functions the
//! cargo-fuzz targets run, on the stable toolchain, on every `cargo test`.

use std::path::Path;

use tidings_tests::{harness, workspace_root};

fn replay_dir(dir: &Path, check: fn(&[u8])) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    paths.sort();
    let mut n = 0;
    for path in paths.iter().filter(|p| p.is_file()) {
        let data = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let result = std::panic::catch_unwind(|| check(&data));
        assert!(
            result.is_ok(),
            "fuzz input {} fails its harness",
            path.display()
        );
        n += 1;
    }
    n
}

#[test]
fn every_committed_fuzz_input_passes_its_harness() {
    let fuzz = workspace_root().join("fuzz");
    let mut total = 0;
    for (target, check) in harness::TARGETS {
        let corpus = replay_dir(&fuzz.join("corpus").join(target), *check);
        let artifacts = replay_dir(&fuzz.join("artifacts").join(target), *check);
        eprintln!("{target}: {corpus} corpus inputs, {artifacts} artifacts");
        assert!(
            corpus > 0,
            "fuzz/corpus/{target} is empty: seed it (see README, Fuzzing)"
        );
        total += corpus + artifacts;
    }
    assert!(total > 0);
}

#[test]
fn every_fuzz_target_has_a_harness() {
    let dir = workspace_root().join("fuzz").join("fuzz_targets");
    for entry in std::fs::read_dir(&dir).expect("fuzz/fuzz_targets exists") {
        let path = entry.expect("dir entry").path();
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        assert!(
            harness::TARGETS.iter().any(|(t, _)| *t == name),
            "fuzz target {name} has no entry in harness::TARGETS"
        );
    }
}
