//! `tidings parse`: records for files, directories and stdin.

mod common;
use common::*;

use std::io::Write;
use std::process::{Command, Stdio};

fn parse(args: &[&str], cwd: &std::path::Path) -> (Option<i32>, String, String) {
    let out = Command::new(bin())
        .arg("parse")
        .args(args)
        .current_dir(cwd)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn files_and_directories_in_input_order() {
    with_timeout(60, || {
        let env = Env::new();
        let dir = env.path().join("pages");
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for i in 0..40 {
            let p = if i % 3 == 0 {
                dir.join(format!("sub/p{i:02}.txt"))
            } else {
                dir.join(format!("p{i:02}.txt"))
            };
            std::fs::write(p, article(i)).unwrap();
        }
        std::fs::write(dir.join(".hidden"), "skip me").unwrap();
        std::fs::write(env.path().join("single.txt"), article(99)).unwrap();
        let (c1, serial, _) = parse(&["single.txt", "pages", "--jobs", "1"], env.path());
        let (c4, parallel, _) = parse(&["single.txt", "pages", "-j", "4"], env.path());
        assert_eq!((c1, c4), (Some(0), Some(0)));
        let paths = |s: &str| -> Vec<String> {
            s.lines()
                .map(|l| {
                    let v: serde_json::Value = serde_json::from_str(l).unwrap();
                    v["source"]["path"].as_str().unwrap().to_owned()
                })
                .collect()
        };
        let p1 = paths(&serial);
        assert_eq!(p1.len(), 41);
        assert_eq!(p1[0], "single.txt");
        assert_eq!(p1[1], "pages/p01.txt");
        assert!(p1.contains(&"pages/sub/p00.txt".to_string()));
        let mut sorted = p1[1..].to_vec();
        sorted.sort();
        assert_eq!(p1[1..], sorted[..], "directory walk is sorted");
        assert_eq!(p1, paths(&parallel), "--jobs keeps input order");
        let v: serde_json::Value = serde_json::from_str(serial.lines().next().unwrap()).unwrap();
        assert_eq!(v["schema"], 1);
        assert_eq!(v["source"]["bytes"], article(99).len());
        assert_eq!(v["source"]["sha256"].as_str().unwrap().len(), 64);
        assert!(v["source"]["mtime"].as_str().unwrap().ends_with('Z'));
        assert!(v["ingested_at"].as_str().unwrap().ends_with('Z'));
    });
}

#[test]
fn bad_inputs_are_error_records_and_a_nonzero_exit() {
    with_timeout(30, || {
        let env = Env::new();
        let p = env.path();
        std::fs::write(p.join("good.txt"), "Good\n\nbody\n").unwrap();
        std::fs::write(p.join("bin.dat"), b"a\0b").unwrap();
        std::fs::write(p.join("latin.txt"), b"Caf\xe9\n\nbody\n").unwrap();
        std::fs::write(p.join("empty.txt"), b"").unwrap();
        std::fs::write(p.join("big.txt"), "x".repeat(3000)).unwrap();
        let (code, out, _) = parse(
            &[
                "good.txt",
                "bin.dat",
                "missing.txt",
                "latin.txt",
                "empty.txt",
                "big.txt",
                "--max-bytes",
                "2KiB",
            ],
            p,
        );
        let recs: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(recs.len(), 6, "one record per input, never a crash");
        let kinds: Vec<Option<&str>> = recs.iter().map(|r| r["error"]["kind"].as_str()).collect();
        assert_eq!(
            kinds,
            [
                None,
                Some("not_text"),
                Some("unreadable"),
                None,
                Some("empty"),
                Some("too_large")
            ]
        );
        let warnings = recs[3]["warnings"].as_array().expect("warnings");
        assert_eq!(
            warnings.last().and_then(|w| w.as_str()),
            Some("decoded as windows-1252"),
            "the daemon's warning follows the core's: {warnings:?}"
        );
        assert_eq!(code, Some(66), "worst status: an unreadable input");
        let (code, _, _) = parse(&["good.txt", "bin.dat"], p);
        assert_eq!(code, Some(65), "bad data");
    });
}

#[test]
fn stdin_pretty_and_out_file() {
    with_timeout(30, || {
        let env = Env::new();
        let mut child = Command::new(bin())
            .args(["parse", "-", "--pretty"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(b"Piped headline\n\nPiped body.\n")
            .unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.starts_with("{\n  \"schema\": 1,"), "{text}");
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["source"]["path"], "-");
        assert!(
            text.contains("Piped headline"),
            "the page text reaches the record: {text}"
        );
        // Field order: the core's fields, then source, then ingested_at.
        let src = text.find("\"source\"").unwrap();
        assert!(text.find("\"warnings\"").unwrap() < src);
        assert!(src < text.find("\"ingested_at\"").unwrap());

        std::fs::write(env.path().join("a.txt"), "A\n\nbody\n").unwrap();
        let (code, stdout, _) = parse(&["a.txt", "--out", "recs.jsonl"], env.path());
        assert_eq!(code, Some(0));
        assert!(stdout.is_empty());
        assert_eq!(read_records(&env.path().join("recs.jsonl")).len(), 1);
    });
}
