//! Property tests: for any input, in both modes, the spans are non-empty,
//! ordered, contiguous, on `char` boundaries and cover the whole input.

use proptest::prelude::*;
use tidings_core::sentence::{Mode, sentences};

fn check(text: &str, mode: Mode) -> Result<(), TestCaseError> {
    let mut at = 0;
    for s in sentences(text, mode) {
        prop_assert_eq!(s.start, at, "gap or overlap in {:?}", text);
        prop_assert!(s.end > s.start, "empty span in {:?}", text);
        prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        at = s.end;
    }
    prop_assert_eq!(at, text.len(), "input not covered: {:?}", text);
    Ok(())
}

/// Text made of the pieces the segmenters care about, so that rare paths
/// (abbreviations, lists, quotes, ellipses, line breaks) are exercised.
fn newsy() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        ".",
        ". ",
        "? ",
        "!",
        "...",
        ". . . ",
        "\u{2026}",
        "\n",
        "\n\n",
        "\r\n",
        "\r",
        " ",
        "\u{a0}",
        "\u{201c}",
        "\u{201d}",
        "\"",
        "'",
        "\u{2019}s",
        "(",
        ")",
        "[",
        "]",
        "Mr",
        "U.S",
        "a.m",
        "p",
        "No",
        "1",
        "2",
        "10",
        "a",
        "b",
        "The",
        "he",
        "said",
        "iPhone",
        "\u{2022}",
        "\u{2043}",
        "\u{2014}",
        "Photo:",
        "/",
        "@",
        "www",
        "St",
        "\u{3002}",
        "\u{ff1f}",
        "\u{301}",
        "\u{2029}",
        "\u{2028}",
        "\u{41e}",
        "$",
        "5",
        ",",
        "-",
        ":",
        "by",
        "(AP)",
        "Inc",
        "Jr",
    ];
    let piece = prop_oneof![
        4 => proptest::sample::select(PIECES).prop_map(String::from),
        1 => "[a-zA-Z]{1,6}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn news_tiles_newsy_text(s in newsy()) {
        check(&s, Mode::News)?;
    }

    #[test]
    fn uax29_tiles_newsy_text(s in newsy()) {
        check(&s, Mode::Uax29)?;
    }

    #[test]
    fn news_tiles_any_text(s in any::<String>()) {
        check(&s, Mode::News)?;
    }

    #[test]
    fn uax29_tiles_any_text(s in any::<String>()) {
        check(&s, Mode::Uax29)?;
    }
}

#[test]
fn empty_and_blank() {
    for mode in [Mode::News, Mode::Uax29] {
        assert_eq!(sentences("", mode).count(), 0);
    }
    // news: white space never forms a segment of its own
    assert_eq!(sentences(" \n\n ", Mode::News).count(), 1);
    // UAX #29: SB4 breaks after every paragraph separator
    assert_eq!(sentences(" \n\n ", Mode::Uax29).count(), 3);
}

/// Inputs built to defeat bounded look-arounds: every mode must stay
/// (near) linear. Quadratic behaviour would take minutes here.
#[test]
fn pathological_inputs_stay_linear() {
    let big = 300_000;
    let inputs = [
        "a. (".repeat(big / 4),
        format!("Mr{}. Smith", " ".repeat(big)),
        format!("{}. The", "1".repeat(big)),
        "x.\ny ".repeat(big / 5),
        "Tag\nvalue ".repeat(big / 10),
        "\"a.\"b".repeat(big / 5),
        " . . . .".repeat(big / 8),
        "a".repeat(big),
        "(".repeat(big) + ")",
        "\u{2026}".repeat(big / 3),
        "by Jane\nby Jane ".repeat(big / 16),
        ".\u{201d}A".repeat(big / 5),
        "\n".repeat(big),
        "A. ".repeat(big / 3),
        "1. a 2. b ".repeat(big / 10),
        format!("At {} 5 a.m. Mr. Smith", "at ".repeat(big / 3)),
    ];
    let start = std::time::Instant::now();
    for text in &inputs {
        for mode in [Mode::News, Mode::Uax29] {
            let mut at = 0;
            for s in sentences(text, mode) {
                assert_eq!(s.start, at);
                at = s.end;
            }
            assert_eq!(at, text.len());
        }
    }
    let secs = start.elapsed().as_secs();
    assert!(secs < 60, "pathological inputs took {secs} s");
}
