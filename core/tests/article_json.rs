//! JSON writer: escaping round-trips through `serde_json` for any string,
//! counting pass reports the exact size, record shape.

use proptest::prelude::*;
use tidings_core::article::{self, Config};
use tidings_core::json::{self, Writer};

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn any_string_round_trips(s in any::<String>()) {
        let mut buf = vec![0u8; s.len() * 6 + 2];
        let mut w = Writer::new(&mut buf);
        w.string(&s);
        let n = w.finish().expect("room");
        let out = std::str::from_utf8(&buf[..n]).expect("utf8");
        let raw_separators = out.contains('\u{2028}') || out.contains('\u{2029}');
        prop_assert!(!raw_separators, "raw line separator in output");
        prop_assert!(!out.bytes().any(|b| b < 0x20 || b == 0x7f));
        let back: String = serde_json::from_str(out).expect("valid JSON string");
        prop_assert_eq!(back, s);
    }

    #[test]
    fn joined_parts_are_one_string(parts in prop::collection::vec(any::<String>(), 0..5)) {
        let mut buf = vec![0u8; 1 << 16];
        let mut w = Writer::new(&mut buf);
        w.joined(parts.iter().map(String::as_str));
        let n = w.finish().expect("room");
        let back: String = serde_json::from_slice(&buf[..n]).expect("valid");
        prop_assert_eq!(back, parts.join(" "));
    }

    #[test]
    fn needed_size_is_exact(s in any::<String>(), cut in 0usize..64) {
        let mut big = vec![0u8; s.len() * 6 + 2];
        let mut w = Writer::new(&mut big);
        w.string(&s);
        let n = w.finish().expect("room");
        let mut small = vec![0u8; n.saturating_sub(cut + 1)];
        let mut w = Writer::new(&mut small);
        w.string(&s);
        prop_assert_eq!(w.finish(), Err(json::Error::BufferTooSmall { needed: n }));
    }
}

#[test]
fn escapes_table() {
    let cases: &[(&str, &str)] = &[
        ("plain", r#""plain""#),
        ("quote \" backslash \\", r#""quote \" backslash \\""#),
        ("nl\ncr\rtab\t", r#""nl\ncr\rtab\t""#),
        ("\u{0}\u{1}\u{1f}\u{7f}", r#""\u0000\u0001\u001f\u007f""#),
        ("bs\u{8}ff\u{c}", r#""bs\bff\f""#),
        ("ls\u{2028}ps\u{2029}", r#""ls\u2028ps\u2029""#),
        ("é “curly” 한국 …", "\"é “curly” 한국 …\""),
    ];
    for (input, want) in cases {
        let mut buf = [0u8; 128];
        let mut w = Writer::new(&mut buf);
        w.string(input);
        let n = w.finish().expect("room");
        assert_eq!(std::str::from_utf8(&buf[..n]).expect("utf8"), *want);
    }
}

#[test]
fn record_shape() {
    let text = "Headline Of The Story Here\n\nBy Jane Doe\n\nThe first paragraph of the story says what happened, and why it matters to readers.\n\nThe second paragraph adds the details that a careful reader would want to know.\n";
    let a = article::parse(text, &Config::default()).expect("parse");
    let mut buf = vec![0u8; 1 << 14];
    let n = json::to_slice(&a, &[], &mut buf).expect("json");
    let v: serde_json::Value = serde_json::from_slice(&buf[..n]).expect("valid");
    for k in [
        "schema",
        "id",
        "title",
        "subtitle",
        "section",
        "published",
        "authors",
        "outlet",
        "captions",
        "body",
        "boilerplate",
        "stats",
        "warnings",
    ] {
        assert!(v.get(k).is_some(), "missing {k}");
    }
    assert_eq!(v["title"], "Headline Of The Story Here");
    assert_eq!(v["authors"][0], "Jane Doe");
    assert_eq!(v["body"].as_array().map(Vec::len), Some(2));
    assert_eq!(v["stats"]["paragraphs"], 2);
    assert!(v["stats"]["words"].as_u64().unwrap_or(0) >= 25);
    assert!(v["stats"]["sentences"].as_u64().unwrap_or(0) >= 2);
}
