//! Invariant checks over the core's public entry points.
//!
//! Each `check_*` takes arbitrary bytes, runs one entry point and panics with
//! a precise message if an invariant does not hold. "Does not crash" is not
//! enough: spans must be ordered, in bounds and on char boundaries, UAX #29
//! segments must concatenate back to the input, and the same input must give
//! the same output twice.

use tidings_core::{Mode, Span, sentence, token};

/// Which harness a fuzz target (and its corpus directory) runs.
pub const TARGETS: &[(&str, fn(&[u8]))] = &[("tokens", check_tokens), ("sentences", check_sentences)];

fn as_text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Tokenizer invariants, both modes.
pub fn check_tokens(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    for mode in [Mode::News, Mode::Uax29] {
        let first: Vec<token::Token> = token::tokenize(text, mode).collect();
        let again: Vec<token::Token> = token::tokenize(text, mode).collect();
        assert_eq!(first, again, "{mode:?}: not deterministic");
        let mut prev_end = 0usize;
        for t in &first {
            assert!(t.start < t.end, "{mode:?}: empty token {t:?}");
            assert!(t.end <= text.len(), "{mode:?}: token past the end {t:?}");
            assert!(t.start >= prev_end, "{mode:?}: overlapping/unordered {t:?}");
            assert!(
                text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
                "{mode:?}: token off char boundary {t:?}"
            );
            let gap = text.get(prev_end..t.start).unwrap_or("<bad>");
            match mode {
                Mode::Uax29 => assert!(gap.is_empty(), "uax29: gap {gap:?} before {t:?}"),
                Mode::News => {
                    assert!(
                        gap.chars().all(char::is_whitespace),
                        "news: non-space gap {gap:?} before {t:?}"
                    );
                    assert_ne!(t.kind, token::Kind::Space, "news: space token {t:?}");
                }
            }
            prev_end = t.end;
        }
        let tail = text.get(prev_end..).unwrap_or("<bad>");
        match mode {
            Mode::Uax29 => assert!(tail.is_empty(), "uax29: segments do not cover the input"),
            Mode::News => assert!(tail.chars().all(char::is_whitespace), "news: dropped {tail:?}"),
        }
    }
}

/// Sentence invariants, both modes: contiguous spans covering the input.
pub fn check_sentences(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    for mode in [Mode::News, Mode::Uax29] {
        let first: Vec<Span> = sentence::sentences(text, mode).collect();
        let again: Vec<Span> = sentence::sentences(text, mode).collect();
        assert_eq!(first, again, "{mode:?}: not deterministic");
        let mut pos = 0usize;
        for s in &first {
            assert_eq!(s.start, pos, "{mode:?}: gap or overlap at {s:?}");
            assert!(s.start < s.end, "{mode:?}: empty sentence {s:?}");
            assert!(s.end <= text.len(), "{mode:?}: past the end {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{mode:?}: off char boundary {s:?}"
            );
            pos = s.end;
        }
        assert_eq!(pos, text.len(), "{mode:?}: sentences do not cover the input");
    }
}
