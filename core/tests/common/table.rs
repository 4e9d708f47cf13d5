//! Table-driven test scaffolding shared by the grammar tests: run every row,
//! then fail once with the whole list, so one run shows every regression
//! instead of stopping at the first.

/// Checks every row; `check` returns `Err(message)` for a row that fails.
/// Panics with all the messages if any row failed.
pub fn check_rows<R>(rows: &[R], check: impl FnMut(&R) -> Result<(), String>) {
    let failures: Vec<String> = rows.iter().map(check).filter_map(Result::err).collect();
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

/// Asserts that `find` finds nothing in any of `lines` (the false-positive
/// traps); panics listing every line it accepted and what it made of it
/// (`find` describes its result, which usually borrows the line).
pub fn assert_rejects(what: &str, lines: &[&str], find: impl Fn(&str) -> Option<String>) {
    let bad: Vec<String> = lines
        .iter()
        .filter_map(|line| find(line).map(|got| format!("{line:?} -> {got}")))
        .collect();
    assert!(bad.is_empty(), "false {what}:\n{}", bad.join("\n"));
}
