//! The 52 English Golden Rules (pragmatic_segmenter) in `Mode::News`,
//! compared exactly as `shared/tools/score_sbd.py` does: each sentence
//! trimmed with white-space runs collapsed to one space, empty ones dropped.

use tidings_core::sentence::{Mode, sentences};

const DATA: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/data/sbd/golden_rules_en.json"
));

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn norm_list<'a>(v: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    v.into_iter().map(norm).filter(|s| !s.is_empty()).collect()
}

#[test]
fn golden_rules_en() {
    let cases: serde_json::Value = serde_json::from_str(DATA).expect("valid JSON");
    let cases = cases.as_array().expect("a list of cases");
    let mut failures = Vec::new();
    for c in cases {
        let id = c["id"].as_str().unwrap_or("?");
        let text = c["text"].as_str().expect("text");
        let expected = norm_list(
            c["sentences"]
                .as_array()
                .expect("sentences")
                .iter()
                .map(|s| s.as_str().expect("string")),
        );
        let got = norm_list(sentences(text, Mode::News).map(|s| s.text(text)));
        if got != expected {
            failures.push(format!(
                "{id} [{}]\n  text:     {text:?}\n  expected: {expected:?}\n  got:      {got:?}",
                c["name"].as_str().unwrap_or("")
            ));
        }
    }
    assert_eq!(cases.len(), 52);
    assert!(
        failures.is_empty(),
        "{} of {} golden rules fail:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
