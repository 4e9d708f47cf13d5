//! The five seed pages against their hand-checked records
//! (tests/data/seeds/expected/*.json).
//!
//! Each field of the expected record is compared with the record written by
//! `tidings_core::json::to_slice`, strings after folding every run of white
//! space (NBSP included) to one space. `published` may also equal one of
//! `published_also_ok`. Every line listed under `boilerplate` must not reach
//! the body: no body paragraph may contain it, and it may not contain a body
//! paragraph.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tidings_core::{article, json};

fn seeds_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/seeds")
}

fn fold(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn folded(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(fold(s)),
        Value::Array(a) => Value::Array(a.iter().map(folded).collect()),
        other => other.clone(),
    }
}

fn record(text: &str) -> Value {
    let a = article::parse(text, &article::Config::default()).expect("parse");
    let mut buf = vec![0u8; 1 << 16];
    let n = json::to_slice(&a, &[], &mut buf).expect("json");
    serde_json::from_slice(&buf[..n]).expect("valid JSON")
}

fn check(name: &str) -> Vec<String> {
    let dir = seeds_dir();
    let text = fs::read_to_string(dir.join(format!("{name}.txt"))).expect("seed");
    let want: Value = serde_json::from_str(
        &fs::read_to_string(dir.join("expected").join(format!("{name}.json"))).expect("expected"),
    )
    .expect("expected json");
    let got = record(&text);
    let mut errors = Vec::new();
    for field in [
        "title", "subtitle", "section", "authors", "outlet", "captions", "body",
    ] {
        let (w, g) = (folded(&want[field]), folded(&got[field]));
        if w != g {
            errors.push(format!("{name}: {field}: want {w}\n   got {g}"));
        }
    }
    let pub_ok = std::iter::once(&want["published"])
        .chain(want["published_also_ok"].as_array().into_iter().flatten())
        .any(|p| p == &got["published"]);
    if !pub_ok {
        errors.push(format!(
            "{name}: published: want {} got {}",
            want["published"], got["published"]
        ));
    }
    let body: Vec<String> = got["body"]
        .as_array()
        .map(|a| a.iter().filter_map(|p| p.as_str()).map(fold).collect())
        .unwrap_or_default();
    for b in want["boilerplate"].as_array().into_iter().flatten() {
        let b = fold(b.as_str().unwrap_or(""));
        if let Some(p) = body
            .iter()
            .find(|p| p.contains(&b) || b.contains(p.as_str()))
        {
            errors.push(format!(
                "{name}: boilerplate {b:?} reached body paragraph {p:?}"
            ));
        }
    }
    for k in ["schema", "id", "stats", "warnings", "boilerplate"] {
        if got.get(k).is_none() {
            errors.push(format!("{name}: missing field {k}"));
        }
    }
    errors
}

#[test]
fn seeds_match_expected_records() {
    let mut names: Vec<String> = fs::read_dir(seeds_dir())
        .expect("seeds")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter_map(|n| n.strip_suffix(".txt").map(str::to_owned))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    let errors: Vec<String> = names.iter().flat_map(|n| check(n)).collect();
    assert!(errors.is_empty(), "{}", errors.join("\n"));
}

#[test]
fn record_field_order_and_id() {
    let text = fs::read_to_string(seeds_dir().join("003_b543ae3630bb63b1.txt")).expect("seed");
    let a = article::parse(&text, &article::Config::default()).expect("parse");
    let mut buf = vec![0u8; 1 << 16];
    let n = json::to_slice(&a, &["decoded as windows-1252"], &mut buf).expect("json");
    let s = std::str::from_utf8(&buf[..n]).expect("utf8");
    let order = [
        "\"schema\"",
        "\"id\"",
        "\"title\"",
        "\"subtitle\"",
        "\"section\"",
        "\"published\"",
        "\"authors\"",
        "\"outlet\"",
        "\"captions\"",
        "\"body\"",
        "\"boilerplate\"",
        "\"stats\"",
        "\"warnings\"",
    ];
    let pos: Vec<usize> = order.iter().map(|k| s.find(k).expect(k)).collect();
    assert!(pos.windows(2).all(|w| w[0] < w[1]), "field order {pos:?}");
    let v: Value = serde_json::from_str(s).expect("json");
    let id = v["id"].as_str().expect("id");
    assert_eq!(id.len(), 16);
    assert!(
        id.bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
    );
    assert_eq!(
        v["warnings"].as_array().and_then(|w| w.last()),
        Some(&Value::from("decoded as windows-1252"))
    );
    // Stable: same input, same id.
    let again = record(&text);
    assert_eq!(again["id"], v["id"]);
    assert_eq!(v["stats"]["paragraphs"], Value::from(17));
}

/// `TIDINGS_SHOW_SEED=<prefix>` prints that seed's record (development aid).
#[test]
fn show_seed() {
    let Some(p) = std::env::var_os("TIDINGS_SHOW_SEED") else {
        return;
    };
    let p = p.to_string_lossy().into_owned();
    for e in fs::read_dir(seeds_dir())
        .expect("seeds")
        .filter_map(|e| e.ok())
    {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with(&p) && name.ends_with(".txt") {
            let text = fs::read_to_string(e.path()).expect("seed");
            eprintln!(
                "{}",
                serde_json::to_string_pretty(&record(&text)).expect("json")
            );
        }
    }
}
