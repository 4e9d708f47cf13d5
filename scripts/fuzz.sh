#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time; a crash or invariant
# failure fails the script. Used by scripts/test.sh (CI) and by hand.
#
#   TIDINGS_FUZZ_SECONDS=60   seconds per target (default 60; 0 skips fuzzing)
#   scripts/fuzz.sh [TARGET...]
#
# Nightly + AddressSanitizer when a nightly toolchain is installed, else
# stable with `--sanitizer none` (cargo-fuzz needs -Z flags: stable runs it
# with RUSTC_BOOTSTRAP=1).
set -euo pipefail
cd "$(dirname "$0")/.."

secs=${TIDINGS_FUZZ_SECONDS:-60}
CARGO_FUZZ_VERSION=0.13.1
[ "$secs" = 0 ] && { echo "fuzzing skipped (TIDINGS_FUZZ_SECONDS=0)"; exit 0; }

if ! cargo fuzz --version 2>/dev/null | grep -q "$CARGO_FUZZ_VERSION"; then
    echo "==> installing cargo-fuzz $CARGO_FUZZ_VERSION"
    cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

if rustup toolchain list | grep -q '^nightly'; then
    toolchain=(+nightly); sanitizer=(--sanitizer address); export_bootstrap=0
else
    toolchain=(); sanitizer=(--sanitizer none); export_bootstrap=1
fi
[ "$export_bootstrap" = 1 ] && export RUSTC_BOOTSTRAP=1

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for f in fuzz/fuzz_targets/*.rs; do targets+=("$(basename "$f" .rs)"); done
fi

cd fuzz
cargo "${toolchain[@]}" fuzz build -O "${sanitizer[@]}"
for t in "${targets[@]}"; do
    echo "==> fuzzing $t for ${secs}s (${toolchain[*]:-stable} ${sanitizer[*]})"
    mkdir -p "corpus/$t"
    # Work on a scratch copy of the corpus so CI runs do not grow the repo;
    # the committed corpus is read-only input.
    scratch=$(mktemp -d)
    log=$(mktemp)
    status=0
    cargo "${toolchain[@]}" fuzz run -O "${sanitizer[@]}" "$t" "$scratch" "corpus/$t" -- \
        -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|^#[0-9]+ *DONE|ERROR|panicked|SUMMARY' "$log" | tail -n 12 || true
    [ "$status" = 0 ] || tail -n 40 "$log"
    rm -rf "$scratch" "$log"
    if [ "$status" != 0 ]; then
        echo "fuzz target $t failed (status $status); crash input in fuzz/artifacts/$t" >&2
        exit 1
    fi
done
echo "==> fuzzing done: ${targets[*]}"
