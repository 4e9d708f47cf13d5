#!/usr/bin/env bash
# The project's one test command (README, .ci/run). Installs what it needs,
# idempotently and quickly when already present, then runs every check.
#
# Steps: format, lint, unit + integration tests (core, daemon end-to-end and
# fault tests, NATS JetStream tests against a real nats-server, seeds,
# dev-corpus quality floor, fuzz-corpus replay), Unicode
# tables up to date, the CLI against the Golden Rules, the Cortex-M build and
# QEMU run (scripts/embedded.sh), Miri on the core, and every fuzz target for
# a bounded time (scripts/fuzz.sh).
#
# Environment:
#   TIDINGS_SKIP_INSTALL=1     do not install anything (offline dev machines)
#   TIDINGS_FUZZ_SECONDS=60    seconds per fuzz target (0 skips fuzzing)
#   TIDINGS_SKIP_MIRI=1        skip the Miri step
#   TIDINGS_EMBEDDED_BUDGETS   enforce|warn (default warn: see README, Embedded use)
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

ensure_target() {
    local target=$1
    if ! rustup target list --installed 2>/dev/null | grep -qx "$target"; then
        [ "${TIDINGS_SKIP_INSTALL:-0}" = 1 ] && { echo "missing rust target $target" >&2; exit 1; }
        step "installing rust target $target"
        rustup target add "$target"
    fi
}

ensure_component() {
    local component=$1
    if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
        step "installing rustup component $component"
        rustup component add "$component"
    fi
}

# The NATS tests (daemon/tests/nats_*.rs) start a real JetStream server.
ensure_nats_server() {
    if command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ]; then
        return 0
    fi
    [ "${TIDINGS_SKIP_INSTALL:-0}" = 1 ] && { echo "missing nats-server (apt-get install -y nats-server)" >&2; exit 1; }
    step "installing nats-server (for the JetStream tests)"
    local sudo=
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq nats-server
}

ensure_component rustfmt
ensure_component clippy
ensure_target thumbv7em-none-eabihf
ensure_nats_server

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (workspace, all targets, -D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (workspace)"
cargo test --workspace --locked

step "tidings-core for thumbv7em-none-eabihf, no features"
cargo build -p tidings-core --target thumbv7em-none-eabihf --no-default-features --locked

step "Unicode tables match their generator"
python3 core/gen/gen_tables.py --check

step "tidings sentences vs the 52 Golden Rules (CLI contract)"
cargo build -p tidings --locked --quiet
python3 tests/data/score_sbd.py tests/data/sbd/golden_rules_en.json -- target/debug/tidings sentences

step "Cortex-M firmware under QEMU, budgets, no-alloc proof"
TIDINGS_EMBEDDED_BUDGETS=${TIDINGS_EMBEDDED_BUDGETS:-warn} bash scripts/embedded.sh

if [ "${TIDINGS_SKIP_MIRI:-0}" != 1 ]; then
    # The subset: every unit test of the core except the ones that run
    # thousands of proptest cases or whole corpora (those run natively above,
    # and the fuzz targets exercise the same code under AddressSanitizer), and
    # exhaustive sweeps of safe arithmetic (SWAR lanes, every code point).
    # Miri only finds undefined behaviour, which needs `unsafe`: sweeps of
    # safe code (lexicon windows, feature counts, Unicode table pages, name
    # lists, the stream's feeding-mode sweep, the `number` equivalence
    # sweep, the folded-prefix ASCII/character sweep, the content-word hash
    # sweep) run natively in `cargo test` above and are skipped here; the
    # tests of the modules with `unsafe`
    # (token/block, sentence/news/scan, json, article/{id,stats,swar},
    # article/features/sse2 through every features test,
    # stream/buffer) stay, sampled under `cfg(miri)`. (Session 4: 21 → ~9
    # minutes.)
    step "Miri: tidings-core unit tests (minus proptest/corpus-sized ones)"
    if rustup toolchain list | grep '^nightly' >/dev/null; then
        for c in miri rust-src; do
            rustup component list --toolchain nightly --installed 2>/dev/null | grep "^$c" >/dev/null \
                || rustup component add "$c" --toolchain nightly
        done
        MIRIFLAGS=${MIRIFLAGS:--Zmiri-disable-isolation} cargo +nightly miri test -p tidings-core --lib --locked -- \
            --skip fast_equals_reference --skip on_the_bench_corpus --skip at_every_block_alignment \
            --skip paged_search_equals_full_search --skip fast_paths_agree \
            --skip bench_corpus_matches_the_definition --skip masks_are_exact_per_lane \
            --skip swar_escape_lanes_are_exact --skip word_char_fast_paths_agree_with_unicode \
            --skip lower_fast_paths_agree_with_unicode --skip walk_matches_the_definition \
            --skip line_break_fast_agrees \
            --skip first_byte_windows_match_a_full_scan --skip head_counts_match_a_plain_count \
            --skip paged_runs_are_consistent --skip multibyte_letters_are_all_aletter \
            --skip char_class_shortcuts --skip byte_fast_path_matches_char_lowering \
            --skip grammar::name::tests::names --skip direct_tables_agree_with_runs \
            --skip yields_every_segment_once_in_order \
            --skip byte_and_line_feeding_force_the_same_decisions \
            --skip number_is_the_nom_combinator \
            --skip folded_prefix_ascii_path_agrees_with_chars \
            --skip head_filter_never_hides_a_match --skip plain_word_path_matches_the_general_one \
            --skip folded_search_matches --skip ascii_content_hash_is_the_general_one
    else
        echo "no nightly toolchain: Miri skipped"
    fi
fi

step "fuzzing every target (${TIDINGS_FUZZ_SECONDS:-60}s each)"
bash scripts/fuzz.sh

step "all checks passed"
