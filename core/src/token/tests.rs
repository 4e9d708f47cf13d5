//! Unit tests that need the crate internals: the ASCII fast paths against
//! the general paths, and the one-byte kind table against `classify`.

extern crate std;

use super::*;
use proptest::prelude::*;
use std::string::String;
use std::vec;
use std::vec::Vec;

fn collect(it: Tokens<'_>) -> Vec<Token> {
    it.collect()
}

#[test]
fn ascii_kind_table_matches_classify() {
    for b in 0u8..0x80 {
        let c = char::from(b);
        let mut buf = [0u8; 4];
        let s = c.encode_utf8(&mut buf);
        assert_eq!(ascii::kind_of(b), uax29::classify(s), "byte {b:#x}");
    }
}

#[test]
fn fast_paths_agree_on_the_bench_corpus() {
    let text = include_str!("../../benches/data/news.txt");
    for mode in [Mode::News, Mode::Uax29] {
        let slow = collect(Tokens::reference(text, mode));
        let fasts = vec![
            collect(tokenize(text, mode)),
            collect(Tokens::scalar(text, mode)),
        ];
        for fast in fasts {
            assert_eq!(fast.len(), slow.len(), "{mode:?}");
            for (a, b) in fast.iter().zip(&slow) {
                assert_eq!(a, b, "{mode:?}: {:?} vs {:?}", a.text(text), b.text(text));
            }
        }
    }
}

/// Characters that exercise every rule and tailoring, for generated text.
const ALPHABET: &[char] = &[
    'a',
    'b',
    'Z',
    'U',
    'S',
    'h',
    't',
    'p',
    'w',
    'c',
    'o',
    'm',
    '0',
    '1',
    '9',
    ' ',
    ' ',
    '\n',
    '\r',
    '\t',
    '.',
    '.',
    ',',
    ';',
    ':',
    '\'',
    '"',
    '-',
    '_',
    '@',
    '#',
    '/',
    '&',
    '+',
    '%',
    '$',
    '(',
    ')',
    '?',
    '!',
    '\u{2019}',
    '\u{2010}',
    '\u{2014}',
    '\u{201C}',
    'é',
    'ж',
    'Д',
    '한',
    '中',
    'ア',
    'א',
    '\u{5F4}',
    '\u{0301}',
    '\u{200D}',
    '\u{FE0F}',
    '\u{00AD}',
    '\u{00A0}',
    '\u{3000}',
    '\u{1F600}',
    '\u{1F1E6}',
    '\u{1F1FA}',
    '\u{1F3FB}',
    '\u{2764}',
    '\u{20E3}',
    '\u{0}',
    '\u{85}',
    '\u{2028}',
];

fn alphabet_string() -> impl Strategy<Value = String> {
    proptest::collection::vec(proptest::sample::select(ALPHABET), 0..40)
        .prop_map(|v| v.into_iter().collect())
}

fn news_like() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(
        &[
            "U.S.",
            "U.S.-Russia",
            "Sept.",
            "Gen.",
            "Inc.",
            "No.",
            "No. 5",
            "5 in.",
            "in.",
            "J.",
            "W. Bush",
            "e.g.",
            "Ph.D.",
            "https://ex.com/a?b=1",
            "www.x.org",
            "example.com",
            "a@b.co",
            "@user",
            "#tag",
            "C#",
            "AT&T",
            "5:30",
            "10/19",
            "1990’s",
            "don’t",
            "area.The",
            "Note:This",
            "Zapad-2025",
            "2025-10-19",
            "$6.25",
            "4,512.37",
            "10%",
            "...",
            "--",
            "—",
            "“",
            "”",
            "(",
            ")",
            "Lukashenko’s",
            "Ростов-на-Дону",
            "café",
            "\u{1F468}\u{200D}\u{1F469}",
            "\u{1F1FA}\u{1F1F8}",
            "1\u{FE0F}\u{20E3}",
            " ",
            " ",
            "\n",
            "\u{A0}",
            ",",
            ".",
            "'",
            "-",
            ":",
        ][..],
    );
    proptest::collection::vec(pieces, 0..16).prop_map(|v| v.concat())
}

/// Long news-like text: many block boundaries in every alignment.
fn long_news_like() -> impl Strategy<Value = String> {
    proptest::collection::vec(news_like(), 4..12).prop_map(|v| v.join(" "))
}

#[test]
fn fast_paths_agree_at_every_block_alignment() {
    let text = include_str!("../../benches/data/news.txt");
    // A stretch with Cyrillic, quotes, abbreviations and URLs, cut at every
    // offset so that block boundaries fall everywhere.
    let mut start = text.len() / 3;
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let piece = text.get(start..).unwrap_or("");
    let piece = piece
        .get(
            ..piece
                .char_indices()
                .nth(6000)
                .map_or(piece.len(), |(i, _)| i),
        )
        .unwrap_or("");
    for (k, _) in piece.char_indices().take(64) {
        let s = piece.get(k..).unwrap_or("");
        for mode in [Mode::News, Mode::Uax29] {
            assert_eq!(
                collect(tokenize(s, mode)),
                collect(Tokens::reference(s, mode)),
                "{mode:?} offset {k}"
            );
        }
    }
}

fn check_agree(s: &str) -> Result<(), TestCaseError> {
    for mode in [Mode::News, Mode::Uax29] {
        let fast = collect(tokenize(s, mode));
        let slow = collect(Tokens::reference(s, mode));
        prop_assert_eq!(&fast, &slow, "{:?} {:?}", mode, s);
    }
    for mode in [Mode::News, Mode::Uax29] {
        let scalar = collect(Tokens::scalar(s, mode));
        prop_assert_eq!(
            scalar,
            collect(Tokens::reference(s, mode)),
            "scalar {:?} {:?}",
            mode,
            s
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn fast_equals_reference_alphabet(s in alphabet_string()) {
        check_agree(&s)?;
    }

    #[test]
    fn fast_equals_reference_news_like(s in news_like()) {
        check_agree(&s)?;
    }

    #[test]
    fn fast_equals_reference_long(s in long_news_like()) {
        check_agree(&s)?;
    }

    #[test]
    fn fast_equals_reference_any(s in any::<String>()) {
        check_agree(&s)?;
    }
}
