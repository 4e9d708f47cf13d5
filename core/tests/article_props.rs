//! Property tests for the article parser and the JSON writer: never panic,
//! every span in bounds and on character boundaries, capacities reported as
//! errors, JSON always valid (checked with `serde_json`), `BufferTooSmall`
//! reporting exactly the size needed.

use proptest::prelude::*;
use tidings_core::article::{self, Article, Config};
use tidings_core::json;

/// Text that looks like scraped pages: lines of words, punctuation, odd
/// spaces, quotes, control characters, glued sentences, CJK, bullets.
fn page() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Za-z]{1,10}",
        "[a-z]{2,8}[A-Z][a-z]{2,8}",
        "[0-9]{1,4}",
        "(the|of|and|to|in|is|that|for|с|и|de|que)",
        "[а-яА-Я]{2,8}",
        "[가-힣]{1,4}",
        "[一-龥]{1,6}",
        "(READ MORE:|Advertisement|Leave a Reply|By|Photo:|©|Subscribe|Share this)",
        "(\u{a0}|\u{2028}|\u{2029}|\u{200b}|\u{feff}|\t|\r|\"|\\\\|“|”|…|\\.|,|;|:|!|\\?|\\(|\\)|•|\\||@|/|—)",
        "[\u{0}-\u{1f}]",
    ];
    let line = prop::collection::vec(word, 0..30).prop_map(|w| {
        let mut s = String::new();
        for (i, x) in w.iter().enumerate() {
            if i > 0 && i % 3 != 0 {
                s.push(' ');
            }
            s.push_str(x);
        }
        s
    });
    prop::collection::vec(line, 0..60).prop_map(|lines| lines.join("\n"))
}

fn check_article<const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>(
    text: &str,
    a: &Article<'_, P, L, B, C, A>,
) {
    let inside = |s: &str| {
        if s.is_empty() {
            return;
        }
        let base = text.as_ptr() as usize;
        let p = s.as_ptr() as usize;
        assert!(
            p >= base && p + s.len() <= base + text.len(),
            "slice outside the text"
        );
    };
    for s in a
        .title()
        .into_iter()
        .chain(a.subtitle())
        .chain(a.section())
        .chain(a.outlet())
    {
        inside(s);
    }
    a.authors().for_each(inside);
    a.captions().for_each(inside);
    for p in a.body() {
        assert!(p.line_count() >= 1);
        p.lines().for_each(inside);
        if let Some(sp) = p.span() {
            assert!(sp.start <= sp.end && sp.end <= text.len());
            assert!(text.is_char_boundary(sp.start) && text.is_char_boundary(sp.end));
        }
    }
    for (_, t) in a.boilerplate() {
        inside(t);
    }
    assert_eq!(a.stats().paragraphs, a.paragraph_count());
    assert_eq!(a.stats().bytes, text.len());
}

fn check_json<const P: usize, const L: usize, const B: usize, const C: usize, const A: usize>(
    a: &Article<'_, P, L, B, C, A>,
) {
    let mut buf = vec![0u8; 1 << 18];
    let n = json::to_slice(a, &["extra \"warning\"\n"], &mut buf).expect("fits");
    let v: serde_json::Value = serde_json::from_slice(&buf[..n]).expect("valid JSON");
    assert_eq!(v["schema"], 1);
    assert_eq!(
        v["body"].as_array().map(Vec::len),
        Some(a.paragraph_count())
    );
    // A buffer one byte too small reports exactly the size needed.
    if n > 0 {
        let mut small = vec![0u8; n - 1];
        assert_eq!(
            json::to_slice(a, &["extra \"warning\"\n"], &mut small),
            Err(json::Error::BufferTooSmall { needed: n })
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_spans_in_bounds_json_valid(text in page()) {
        let a = article::parse(&text, &Config::default()).expect("default capacities");
        check_article(&text, &a);
        check_json(&a);
        // Same input, same record.
        let b = article::parse(&text, &Config::default()).expect("again");
        prop_assert_eq!(a.id(), b.id());
    }

    #[test]
    fn small_capacities_error_or_succeed(text in page()) {
        let mut a: Article<'_, 4, 6, 8, 2, 2> = Article::empty("");
        match article::parse_into(&text, &Config::default(), &mut a) {
            Ok(()) => {
                check_article(&text, &a);
                check_json(&a);
            }
            Err(article::Error::Capacity { limit, offset, .. }) => {
                prop_assert!(limit <= 8);
                prop_assert!(offset <= text.len());
            }
            Err(e) => prop_assert!(false, "unexpected error {e}"),
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let a = article::parse(&text, &Config::default()).expect("parse");
        check_article(&text, &a);
        check_json(&a);
    }

    #[test]
    fn every_config_knob_is_safe(text in page(), glue in any::<bool>(), unwrap in any::<bool>(), stats in any::<bool>()) {
        let cfg = Config { glue_repair: glue, unwrap_lines: unwrap, stats, ..Config::default() };
        let a = article::parse(&text, &cfg).expect("parse");
        check_article(&text, &a);
        check_json(&a);
    }
}

#[test]
fn empty_and_blank_inputs() {
    for t in ["", "\n", "   \n\u{a0}\n", "\u{feff}"] {
        let a = article::parse(t, &Config::default()).expect("parse");
        assert_eq!(a.paragraph_count(), 0);
        assert_eq!(
            a.warnings().collect::<Vec<_>>(),
            vec![article::WARN_NO_BODY]
        );
        check_json(&a);
    }
}

#[test]
fn capacity_error_says_which_and_where() {
    let text: String = (0..20)
        .map(|i| format!("Paragraph number {i} of the article is long enough to count as prose, and it says so.\n\n"))
        .collect();
    let mut a: Article<'_, 4, 64, 64, 4, 4> = Article::empty("");
    let err =
        article::parse_into(&text, &Config::default(), &mut a).expect_err("too many paragraphs");
    match err {
        article::Error::Capacity {
            which,
            limit,
            offset,
        } => {
            assert_eq!(which, article::Capacity::Paragraphs);
            assert_eq!(limit, 4);
            assert!(offset > 0 && offset < text.len());
        }
        other => panic!("unexpected {other}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("paragraphs") && msg.contains("byte"), "{msg}");
}
