//! Property tests of the tokenizer's public contract on arbitrary Unicode
//! strings: tokens in order, non-overlapping, on `char` boundaries; UAX #29
//! segments concatenate to the input and agree with `unicode-segmentation`
//! (which implements Unicode 17.0); news-mode gaps are white space only.

use proptest::prelude::*;
use tidings_core::token::{Kind, Mode, Token, tokenize};
use unicode_segmentation::UnicodeSegmentation;

/// Characters that exercise the rules: ASCII of every class, the UAX #29
/// property values (Extend, ZWJ, Format, Katakana, Hebrew, regional
/// indicators, pictographs, MidNum...), white space of every kind.
const INTERESTING: &[char] = &[
    'a',
    'Z',
    'x',
    '0',
    '7',
    ' ',
    '\t',
    '\n',
    '\r',
    '\u{0B}',
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
    '\u{A0}',
    '\u{2009}',
    '\u{3000}',
    '\u{2028}',
    '\u{85}',
    '\u{AD}',
    '\u{200B}',
    '\u{200D}',
    '\u{FE0F}',
    '\u{301}',
    '\u{2019}',
    '\u{2018}',
    '\u{201C}',
    '\u{2014}',
    '\u{2010}',
    '\u{2011}',
    '\u{2024}',
    '\u{FF0E}',
    '\u{66C}',
    '\u{B7}',
    'é',
    'ж',
    'Ж',
    'ё',
    'ґ',
    'ę',
    'ß',
    'ア',
    'ー',
    '中',
    'の',
    '한',
    'א',
    'ב',
    '\u{5F3}',
    '\u{5F4}',
    '\u{1F1E6}',
    '\u{1F1FA}',
    '\u{1F600}',
    '\u{1F3FB}',
    '\u{2764}',
    '\u{20E3}',
    '\u{2701}',
    '\u{24C2}',
    '٣',
    '\u{E0061}',
    '\u{0}',
    '\u{7F}',
];

fn interesting() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(INTERESTING), 0..48)
        .prop_map(|v| v.into_iter().collect())
}

fn mixed() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        interesting(),
        "[a-zA-Z0-9 .,'’:/@#-]{0,80}"
    ]
}

fn check_common(text: &str, tokens: &[Token]) -> Result<(), TestCaseError> {
    let mut prev_end = 0;
    for t in tokens {
        prop_assert!(t.start < t.end, "empty token {:?}", t);
        prop_assert!(t.start >= prev_end, "overlap or disorder at {:?}", t);
        prop_assert!(t.end <= text.len());
        prop_assert!(
            text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
            "{:?}",
            t
        );
        prop_assert_eq!(t.text(text).len(), t.end - t.start);
        prev_end = t.end;
    }
    Ok(())
}

fn check_uax29(text: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<Token> = tokenize(text, Mode::Uax29).collect();
    check_common(text, &tokens)?;
    let joined: String = tokens.iter().map(|t| t.text(text)).collect();
    prop_assert_eq!(&joined, text, "segments must concatenate to the input");
    let ours: Vec<usize> = tokens.iter().map(|t| t.end).collect();
    let theirs: Vec<usize> = text
        .split_word_bounds()
        .map(|w| w.as_ptr() as usize - text.as_ptr() as usize + w.len())
        .collect();
    // Always: the rules, read position by position (`naive` below).
    prop_assert_eq!(
        &ours,
        &naive::breaks(text),
        "differs from the rules on {:?}",
        text
    );
    // unicode-segmentation 1.13 slips on some WB4 interactions (a ZWJ
    // before a pictograph inside WB6/7 look-ahead, a ZWJ + pictograph
    // after a letter); only there may it differ.
    if ours != theirs {
        prop_assert!(
            text.contains('\u{200D}'),
            "differs from unicode-segmentation ({:?}) on {:?}",
            theirs,
            text
        );
    }
    for t in &tokens {
        let seg = t.text(text);
        if seg.chars().next().is_some_and(char::is_whitespace) {
            prop_assert_eq!(t.kind, Kind::Space, "{:?}", seg);
        }
    }
    Ok(())
}

fn check_news(text: &str) -> Result<(), TestCaseError> {
    let tokens: Vec<Token> = tokenize(text, Mode::News).collect();
    check_common(text, &tokens)?;
    let mut prev_end = 0;
    for t in tokens.iter().chain(std::iter::once(&Token {
        kind: Kind::Other,
        start: text.len(),
        end: text.len(),
    })) {
        let gap = text.get(prev_end..t.start).unwrap_or("");
        prop_assert!(
            gap.chars().all(char::is_whitespace),
            "gap {:?} in {:?}",
            gap,
            text
        );
        prop_assert!(
            t.kind != Kind::Space || t.start == text.len(),
            "news mode yields no space"
        );
        prev_end = t.end;
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn uax29_contract_and_agrees_with_unicode_segmentation(text in mixed()) {
        check_uax29(&text)?;
    }

    #[test]
    fn news_contract(text in mixed()) {
        check_news(&text)?;
    }
}

#[test]
fn corpus_contract() {
    let text = include_str!("../benches/data/news.txt");
    let tokens: Vec<Token> = tokenize(text, Mode::News).collect();
    let mut prev = 0;
    for t in &tokens {
        assert!(t.start >= prev && t.start < t.end);
        assert!(
            text.get(prev..t.start)
                .is_some_and(|g| g.chars().all(char::is_whitespace))
        );
        prev = t.end;
    }
    let ours: Vec<&str> = tokenize(text, Mode::Uax29).map(|t| t.text(text)).collect();
    let theirs: Vec<&str> = text.split_word_bounds().collect();
    assert_eq!(ours.len(), theirs.len());
    assert!(
        ours == theirs,
        "UAX #29 mode differs from unicode-segmentation on the corpus"
    );
}

/// The known unicode-segmentation slips, checked against the rules.
#[test]
fn known_unicode_segmentation_slips() {
    // WB6 needs a letter after the apostrophe once WB4 skipped the ZWJ; a
    // pictograph is none, so `a` and `’` are separate segments (WB999).
    let text = "a\u{2019}\u{200D}\u{1F600}";
    let ours: Vec<usize> = tokenize(text, Mode::Uax29).map(|t| t.end).collect();
    assert_eq!(ours, [1, text.len()]);
    assert_eq!(naive::breaks(text), ours);
    assert_eq!(text.split_word_bounds().count(), 1);
    // A leading ZWJ joins the pictographic letter Ⓜ (WB3c), which is still
    // an ALetter for WB5: `\u{200D}Ⓜé` is one segment.
    let text = "\u{200D}\u{24C2}\u{E9}\u{4E2D}\u{200D}";
    let ours: Vec<usize> = tokenize(text, Mode::Uax29).map(|t| t.end).collect();
    assert_eq!(ours, [8, 14]);
    assert_eq!(naive::breaks(text), ours);
    assert_eq!(text.split_word_bounds().count(), 3);
}

/// The naive reading of the rules must itself pass the conformance file.
#[test]
fn naive_reference_passes_conformance() {
    let data = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/unicode/WordBreakTest.txt"
    ));
    let mut n = 0;
    for line in data.lines() {
        let body = line.split('#').next().unwrap_or("").trim();
        if body.is_empty() {
            continue;
        }
        let mut text = String::new();
        let mut expected = Vec::new();
        for f in body.split_whitespace() {
            match f {
                "÷" if !text.is_empty() => expected.push(text.len()),
                "÷" | "×" => {}
                hex => text.push(char::from_u32(u32::from_str_radix(hex, 16).unwrap()).unwrap()),
            }
        }
        assert_eq!(naive::breaks(&text), expected, "{line}");
        n += 1;
    }
    assert_eq!(n, 1944);
}

/// UAX #29 word boundaries, read position by position straight from the
/// rules (WB4 as a rewrite of the character sequence), independent of the
/// tokenizer's incremental engine. Slow and simple on purpose.
mod naive {
    use tidings_core::ucd::{WordBreak as W, word_props};

    /// One element of the WB4-rewritten sequence: a character with the
    /// Extend/Format/ZWJ that follow it.
    struct Elem {
        start: usize,
        wb: W,
    }

    fn ign(w: W) -> bool {
        matches!(w, W::Extend | W::Format | W::ZWJ)
    }

    fn ah(w: W) -> bool {
        matches!(w, W::ALetter | W::HebrewLetter)
    }

    /// Byte offsets of every boundary after the start (the end included).
    pub fn breaks(text: &str) -> Vec<usize> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        // WB4: X (Extend | Format | ZWJ)* -> X, X not sot, CR, LF, Newline.
        let mut elems: Vec<Elem> = Vec::new();
        for &(i, c) in &chars {
            let wb = word_props(c).word_break();
            let absorb = ign(wb)
                && elems
                    .last()
                    .is_some_and(|e| !matches!(e.wb, W::CR | W::LF | W::Newline));
            if !absorb {
                elems.push(Elem { start: i, wb });
            }
        }
        let mut out = Vec::new();
        for k in 1..chars.len() {
            let (i, c) = chars[k];
            let (_, p) = chars[k - 1];
            let (pw, cw) = (word_props(p).word_break(), word_props(c).word_break());
            let brk = if pw == W::CR && cw == W::LF {
                false // WB3
            } else if matches!(pw, W::CR | W::LF | W::Newline)
                || matches!(cw, W::CR | W::LF | W::Newline)
            {
                true // WB3a, WB3b
            } else if (pw == W::ZWJ && word_props(c).ext_pict())
                || (pw == W::WSegSpace && cw == W::WSegSpace)
            {
                false // WB3c, WB3d
            } else if let Some(e) = elems.iter().position(|e| e.start == i) {
                rules(&elems, e)
            } else {
                false // inside a WB4 element
            };
            if brk {
                out.push(i);
            }
        }
        if !text.is_empty() {
            out.push(text.len());
        }
        out
    }

    /// WB5..WB999 between elements `e - 1` and `e`.
    fn rules(el: &[Elem], e: usize) -> bool {
        let at = |j: Option<usize>| j.and_then(|j| el.get(j)).map_or(W::Other, |x| x.wb);
        let (p2, p, c, n) = (
            at(e.checked_sub(2)),
            at(e.checked_sub(1)),
            at(Some(e)),
            at(Some(e + 1)),
        );
        let midl = |w| matches!(w, W::MidLetter | W::MidNumLet | W::SingleQuote);
        let midn = |w| matches!(w, W::MidNum | W::MidNumLet | W::SingleQuote);
        let joined = (ah(p) && ah(c))
            || (ah(p) && midl(c) && ah(n))
            || (ah(p2) && midl(p) && ah(c))
            || (p == W::HebrewLetter && c == W::SingleQuote)
            || (p == W::HebrewLetter && c == W::DoubleQuote && n == W::HebrewLetter)
            || (p2 == W::HebrewLetter && p == W::DoubleQuote && c == W::HebrewLetter)
            || (p == W::Numeric && c == W::Numeric)
            || (ah(p) && c == W::Numeric)
            || (p == W::Numeric && ah(c))
            || (p2 == W::Numeric && midn(p) && c == W::Numeric)
            || (p == W::Numeric && midn(c) && n == W::Numeric)
            || (p == W::Katakana && c == W::Katakana)
            || (matches!(
                p,
                W::ALetter | W::HebrewLetter | W::Numeric | W::Katakana | W::ExtendNumLet
            ) && c == W::ExtendNumLet)
            || (p == W::ExtendNumLet
                && matches!(c, W::ALetter | W::HebrewLetter | W::Numeric | W::Katakana))
            || (p == W::RegionalIndicator && c == W::RegionalIndicator && {
                // WB15/16: an odd number of RIs before this one.
                let run = el[..e]
                    .iter()
                    .rev()
                    .take_while(|x| x.wb == W::RegionalIndicator)
                    .count();
                run % 2 == 1
            });
        !joined
    }
}
