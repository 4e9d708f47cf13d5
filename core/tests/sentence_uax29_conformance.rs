//! UAX #29 conformance: every line of the Unicode 17.0
//! `SentenceBreakTest.txt` in `Mode::Uax29`.

use tidings_core::sentence::{Mode, sentences};

const DATA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/data/unicode/SentenceBreakTest.txt"
));

#[path = "common/break_test.rs"]
mod break_test;
use break_test::parse;

#[test]
fn sentence_break_test_txt() {
    let mut total = 0;
    let mut failures = Vec::new();
    for (n, line) in DATA.lines().enumerate() {
        let Some((text, expected)) = parse(line) else {
            continue;
        };
        total += 1;
        let got: Vec<usize> = sentences(&text, Mode::Uax29).map(|s| s.end).collect();
        if got != expected {
            failures.push(format!(
                "line {}: {}\n  expected ends {:?}\n  got      {:?}",
                n + 1,
                line,
                expected,
                got
            ));
        }
    }
    assert!(total >= 500, "only {total} test cases parsed");
    assert!(
        failures.is_empty(),
        "{} of {} cases fail:\n{}",
        failures.len(),
        total,
        failures.join("\n")
    );
    println!("{total} of {total} SentenceBreakTest.txt cases pass");
}
