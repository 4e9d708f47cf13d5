//! `Mode::Uax29` against every line of the Unicode 17.0 `WordBreakTest.txt`.
//!
//! Each test line lists code points with `÷` (boundary) or `×` (no boundary)
//! between them; the tokens must end exactly at the `÷` positions. All
//! failing lines are reported together, not just the first.

use std::fmt::Write as _;
use tidings_core::token::{Mode, tokenize};

const DATA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/data/unicode/WordBreakTest.txt"
));

#[path = "common/break_test.rs"]
mod break_test;
use break_test::parse;

#[test]
fn word_break_test_17() {
    let mut cases = 0;
    let mut failures = String::new();
    let mut failed = 0;
    for (n, line) in DATA.lines().enumerate() {
        let Some((text, expected)) = parse(line) else {
            continue;
        };
        cases += 1;
        let tokens: Vec<_> = tokenize(&text, Mode::Uax29).collect();
        let got: Vec<usize> = tokens.iter().map(|t| t.end).collect();
        let contiguous = tokens.windows(2).all(|w| w[0].end == w[1].start)
            && tokens.first().is_none_or(|t| t.start == 0);
        if got != expected || !contiguous {
            failed += 1;
            let _ = writeln!(
                failures,
                "line {}: expected {:?}, got {:?}\n    {}",
                n + 1,
                expected,
                got,
                line
            );
        }
    }
    assert_eq!(cases, 1944, "WordBreakTest.txt has 1944 cases");
    assert!(
        failures.is_empty(),
        "{failed}/{cases} lines fail:\n{failures}"
    );
    println!("{cases}/{cases} WordBreakTest.txt lines pass");
}
