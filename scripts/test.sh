#!/usr/bin/env bash
# The project's one test command (README, .ci/run). Installs what it needs,
# idempotently and quickly when already present, then runs every check.
#
# Environment:
#   TIDINGS_SKIP_INSTALL=1   do not install anything (offline dev machines)
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

ensure_component rustfmt
ensure_component clippy
ensure_target thumbv7em-none-eabihf

step "cargo fmt --check"
cargo fmt --all --check

step "cargo clippy (workspace, all targets, -D warnings)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (workspace)"
cargo test --workspace --locked

step "tidings-core for thumbv7em-none-eabihf, no features"
cargo build -p tidings-core --target thumbv7em-none-eabihf --no-default-features --locked

step "all checks passed"
