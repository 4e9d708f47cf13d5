//! Quality floor on the development corpus (tests/data/extraction-dev).
//!
//! Extracts the body of every page of both text dumps with
//! `tidings_core::article::parse` and scores it with the benchmark's metric,
//! reimplemented from `tests/data/score_extraction.py`:
//!
//! * tokens = maximal runs of Unicode word characters (Python `\w+`:
//!   alphanumeric characters and `_`), case kept;
//! * units = word 4-gram shingles, as a multiset; 1–3 tokens give one
//!   shorter shingle, no token gives none;
//! * per page: tp = |gold ∩ predicted| (multiset), precision = tp/|pred|,
//!   recall = tp/|gold|;
//! * precision is averaged over pages with a non-empty prediction, recall
//!   over pages with a non-empty gold; F1 = 2PR/(P+R) of the two means.
//!
//! Metadata accuracy is measured on the pages whose dump contains the value
//! (`meta.in_dump.<dump>.<field>`):
//!
//! * title: equal, after folding white space, to one of
//!   `meta.title_candidates`;
//! * published: the record's day (`YYYY-MM-DD`) equals `meta.date`;
//! * authors: every gold author "matches" one of ours — names compared
//!   lower-cased with punctuation dropped and white space folded, a gold
//!   entry reduced to the part before its first comma (`GREG BEACHAM, AP
//!   Sports Writer` → `greg beacham`), and a match being equality or one
//!   name containing the other as whole words.
//!
//! Set `TIDINGS_PRED_DIR=/some/dir` to also write the predicted bodies
//! (`<dir>/<dump>/<id>.txt`) for the Python scorer, and
//! `TIDINGS_DEV_VERBOSE=1` for the worst pages and every metadata miss.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use tidings_core::article::{self, Config};

const DUMPS: [&str; 2] = ["dump_html_text", "dump_w3m"];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("data/extraction-dev")
}

fn is_w(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn tokens(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_w(c), start) {
            (true, None) => start = Some(i),
            (false, Some(a)) => {
                out.push(&s[a..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(a) = start {
        out.push(&s[a..]);
    }
    out
}

fn shingles<'a>(t: &[&'a str]) -> HashMap<Vec<&'a str>, usize> {
    let mut m = HashMap::new();
    if t.is_empty() {
        return m;
    }
    if t.len() < 4 {
        *m.entry(t.to_vec()).or_insert(0) += 1;
        return m;
    }
    for w in t.windows(4) {
        *m.entry(w.to_vec()).or_insert(0) += 1;
    }
    m
}

/// (tp, fp, fn) for one page.
fn counts(gold: &str, pred: &str) -> (usize, usize, usize) {
    let (gt, pt) = (tokens(gold), tokens(pred));
    let (g, p) = (shingles(&gt), shingles(&pt));
    let tp: usize = p.iter().map(|(k, &n)| n.min(*g.get(k).unwrap_or(&0))).sum();
    let ps: usize = p.values().sum();
    let gs: usize = g.values().sum();
    (tp, ps - tp, gs - tp)
}

/// (f1, precision, recall) of the page rows, as the benchmark aggregates.
fn aggregate(rows: &[(usize, usize, usize)]) -> (f64, f64, f64) {
    let precs: Vec<f64> = rows
        .iter()
        .filter(|r| r.0 + r.1 > 0)
        .map(|r| r.0 as f64 / (r.0 + r.1) as f64)
        .collect();
    let recs: Vec<f64> = rows
        .iter()
        .filter(|r| r.0 + r.2 > 0)
        .map(|r| r.0 as f64 / (r.0 + r.2) as f64)
        .collect();
    let p = if precs.is_empty() {
        0.0
    } else {
        precs.iter().sum::<f64>() / precs.len() as f64
    };
    let r = if recs.is_empty() {
        0.0
    } else {
        recs.iter().sum::<f64>() / recs.len() as f64
    };
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (f1, p, r)
}

fn fold_ws(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c == '\u{a0}')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn norm_name(s: &str) -> String {
    let s = s.split(',').next().unwrap_or("");
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect();
    fold_ws(&cleaned)
}

fn name_match(gold: &str, ours: &str) -> bool {
    let (g, o) = (norm_name(gold), norm_name(ours));
    if g.is_empty() || o.is_empty() {
        return false;
    }
    let contains = |a: &str, b: &str| format!(" {a} ").contains(&format!(" {b} "));
    g == o || contains(&g, &o) || contains(&o, &g)
}

struct Page {
    id: String,
    meta: serde_json::Value,
    gold: String,
}

fn pages() -> Vec<Page> {
    let dir = data_dir();
    let ids = fs::read_to_string(dir.join("ids.txt")).expect("ids.txt");
    ids.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|id| {
            let id = id.trim().to_string();
            let meta: serde_json::Value = serde_json::from_str(
                &fs::read_to_string(dir.join("meta").join(format!("{id}.json"))).expect("meta"),
            )
            .expect("meta json");
            let gold =
                fs::read_to_string(dir.join("body").join(format!("{id}.txt"))).expect("gold");
            Page { id, meta, gold }
        })
        .collect()
}

#[derive(Default, Debug)]
struct Acc {
    n: usize,
    ok: usize,
}

impl Acc {
    fn add(&mut self, ok: bool) {
        self.n += 1;
        self.ok += usize::from(ok);
    }
    fn rate(&self) -> f64 {
        if self.n == 0 {
            1.0
        } else {
            self.ok as f64 / self.n as f64
        }
    }
}

struct DumpScore {
    f1: f64,
    p: f64,
    r: f64,
    title: Acc,
    date: Acc,
    authors: Acc,
}

fn score_dump(dump: &str, pages: &[Page], verbose: bool) -> DumpScore {
    let dir = data_dir().join(dump);
    let pred_dir = std::env::var_os("TIDINGS_PRED_DIR").map(|d| PathBuf::from(d).join(dump));
    if let Some(d) = &pred_dir {
        fs::create_dir_all(d).expect("pred dir");
    }
    let cfg = Config::default();
    let mut rows = Vec::new();
    let mut per = Vec::new();
    let (mut title, mut date, mut authors) = (Acc::default(), Acc::default(), Acc::default());
    for page in pages {
        let raw = fs::read(dir.join(format!("{}.txt", page.id))).expect("dump");
        let text = String::from_utf8_lossy(&raw);
        let a = article::parse(&text, &cfg).expect("parse");
        let body: Vec<String> = a.body().map(|p| p.to_string()).collect();
        let pred = body.join("\n\n");
        if let Some(d) = &pred_dir {
            fs::write(d.join(format!("{}.txt", page.id)), &pred).expect("write pred");
        }
        let row = counts(&page.gold, &pred);
        rows.push(row);
        per.push((page.id.clone(), row));
        let in_dump = &page.meta["in_dump"][dump];
        if in_dump["title"].as_bool() == Some(true) {
            let ours = a.title().map(fold_ws);
            let ok = page.meta["title_candidates"]
                .as_object()
                .map(|m| {
                    m.values()
                        .filter_map(|v| v.as_str())
                        .any(|c| Some(fold_ws(c)) == ours)
                })
                .unwrap_or(false);
            if verbose && !ok {
                eprintln!(
                    "  {dump} title miss {} ours={:?} gold={}",
                    &page.id[..8],
                    ours,
                    page.meta["title_candidates"]
                );
            }
            title.add(ok);
        }
        if in_dump["date"].as_bool() == Some(true) {
            let ours = a
                .published()
                .and_then(|d| d.iso())
                .map(|i| i.as_str().chars().take(10).collect::<String>());
            let ok = ours.as_deref() == page.meta["date"].as_str();
            if verbose && !ok {
                eprintln!(
                    "  {dump} date miss {} ours={:?} gold={}",
                    &page.id[..8],
                    ours,
                    page.meta["date"]
                );
            }
            date.add(ok);
        }
        if in_dump["authors"].as_bool() == Some(true) {
            let ours: Vec<&str> = a.authors().collect();
            let gold: Vec<&str> = page.meta["authors"]
                .as_array()
                .map(|v| v.iter().filter_map(|x| x.as_str()).collect())
                .unwrap_or_default();
            let ok = !gold.is_empty() && gold.iter().all(|g| ours.iter().any(|o| name_match(g, o)));
            if verbose && !ok {
                eprintln!(
                    "  {dump} authors miss {} ours={:?} gold={:?}",
                    &page.id[..8],
                    ours,
                    gold
                );
            }
            authors.add(ok);
        }
    }
    let (f1, p, r) = aggregate(&rows);
    if verbose {
        per.sort_by(|a, b| {
            let f = |r: &(usize, usize, usize)| {
                let d = 2 * r.0 + r.1 + r.2;
                if d == 0 {
                    1.0
                } else {
                    2.0 * r.0 as f64 / d as f64
                }
            };
            f(&a.1)
                .partial_cmp(&f(&b.1))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        for (id, r) in per.iter().take(8) {
            let d = 2 * r.0 + r.1 + r.2;
            eprintln!(
                "  {} F1 {:.3}",
                &id[..8],
                if d == 0 {
                    1.0
                } else {
                    2.0 * r.0 as f64 / d as f64
                }
            );
        }
    }
    DumpScore {
        f1,
        p,
        r,
        title,
        date,
        authors,
    }
}

/// `TIDINGS_DEV_DEBUG=<dump>/<id prefix>` prints every segment of one page
/// with its quality, score and flags (a development aid; prints nothing
/// otherwise).
#[test]
fn debug_page() {
    let Some(spec) = std::env::var_os("TIDINGS_DEV_DEBUG") else {
        return;
    };
    let spec = spec.to_string_lossy().into_owned();
    let (dump, prefix) = spec.split_once('/').expect("dump/id");
    let dir = data_dir().join(dump);
    for e in fs::read_dir(&dir).expect("dir") {
        let path = e.expect("entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if !name.starts_with(prefix) {
            continue;
        }
        let text = String::from_utf8_lossy(&fs::read(&path).expect("read")).into_owned();
        let cfg = Config::default();
        let a = article::parse(&text, &cfg).expect("parse");
        let body: std::collections::HashSet<String> = a.body().map(|p| p.to_string()).collect();
        for info in article::context::Pipeline::new(&text, &cfg, &mut article::context::ring()) {
            let s = info.seg.text(&text);
            let sc = article::score::body_score(&info.f, &info.c, info.q, &cfg);
            let mut flags = String::new();
            for (on, ch) in [
                (info.c.dup, 'D'),
                (info.c.captioned, 'C'),
                (info.c.row, 'R'),
                (info.c.card, 'K'),
                (info.c.bio, 'B'),
                (info.c.standfirst, 'S'),
                (info.c.repeat, 'P'),
                (info.f.caption, 'c'),
                (info.f.date_like, 'd'),
                (info.f.byline_like, 'b'),
                (info.f.lex.is_some(), 'x'),
                (info.seg.blank_before, '|'),
            ] {
                flags.push(if on { ch } else { ' ' });
            }
            let mark = if body.contains(&s.split_whitespace().collect::<Vec<_>>().join(" "))
                || body.contains(s)
            {
                '#'
            } else {
                ' '
            };
            let short: String = s.chars().take(110).collect();
            eprintln!(
                "{:4} {mark} {:6.1} {:5.2} {:?} {flags} {}",
                info.idx,
                sc,
                info.q,
                info.anchor as u8,
                short.replace('\n', " ")
            );
        }
        if let Some((first, _)) = article::body_window(&text, &cfg) {
            let infos: Vec<_> =
                article::context::Pipeline::new(&text, &cfg, &mut article::context::ring())
                    .collect();
            let items: Vec<_> = infos
                .iter()
                .filter(|i| i.idx < first && !article::header::filler(i))
                .cloned()
                .collect();
            let items = &items[items.len().saturating_sub(24)..];
            let mut lede = heapless::Vec::<u32, 96>::new();
            for i in infos
                .iter()
                .filter(|i| i.idx >= first && i.body_like())
                .take(3)
            {
                article::header::content_words(i.seg.text(&text), &mut lede);
            }
            let hashes: Vec<u64> = items
                .iter()
                .map(|i| article::header::fold_hash(i.seg.text(&text)))
                .collect();
            for (k, it) in items.iter().enumerate() {
                if let Some(sc) =
                    article::header::title_score(it, Some(k), items, &hashes, &text, &lede)
                {
                    eprintln!(
                        "  title cand {:5.1} {}",
                        sc,
                        it.seg.text(&text).chars().take(90).collect::<String>()
                    );
                }
            }
        }
        eprintln!(
            "title={:?} section={:?} subtitle={:?} authors={:?} published={:?} outlet={:?}",
            a.title(),
            a.section(),
            a.subtitle(),
            a.authors().collect::<Vec<_>>(),
            a.published()
                .and_then(|d| d.iso())
                .map(|i| i.as_str().to_string()),
            a.outlet()
        );
    }
}

#[test]
fn scorer_matches_reference_semantics() {
    assert_eq!(
        tokens("Hello, wörld_1 — 한국어 x2"),
        vec!["Hello", "wörld_1", "한국어", "x2"]
    );
    assert_eq!(counts("a b c d e", "a b c d"), (1, 0, 1));
    assert_eq!(counts("a b", "a b"), (1, 0, 0));
    assert_eq!(counts("a b c d", ""), (0, 0, 1));
    // Empty prediction: left out of the precision mean.
    let (f1, p, r) = aggregate(&[(1, 0, 0), (0, 0, 5)]);
    assert!((p - 1.0).abs() < 1e-12 && (r - 0.5).abs() < 1e-12 && (f1 - 2.0 / 3.0).abs() < 1e-12);
    assert!(name_match("GREG BEACHAM, AP Sports Writer", "Greg Beacham"));
    assert!(name_match("Troy L. Smith, Cleveland.com", "Troy L. Smith"));
    assert!(!name_match("Tess Bonn", "Bonnie Tess"));
}

#[test]
fn dev_corpus_quality_floor() {
    let verbose = std::env::var_os("TIDINGS_DEV_VERBOSE").is_some();
    let pages = pages();
    assert_eq!(pages.len(), 61);
    let mut failures = Vec::new();
    for dump in DUMPS {
        let s = score_dump(dump, &pages, verbose);
        eprintln!(
            "{dump}: F1 {:.4} (P {:.4} R {:.4}); title {}/{} = {:.3}; date {}/{} = {:.3}; authors {}/{} = {:.3}",
            s.f1,
            s.p,
            s.r,
            s.title.ok,
            s.title.n,
            s.title.rate(),
            s.date.ok,
            s.date.n,
            s.date.rate(),
            s.authors.ok,
            s.authors.n,
            s.authors.rate()
        );
        if s.f1 < 0.93 {
            failures.push(format!("{dump}: body F1 {:.4} < 0.93", s.f1));
        }
        if s.title.rate() < 0.85 {
            failures.push(format!(
                "{dump}: title accuracy {:.3} < 0.85",
                s.title.rate()
            ));
        }
        if s.date.rate() < 0.90 {
            failures.push(format!("{dump}: date accuracy {:.3} < 0.90", s.date.rate()));
        }
        if s.authors.rate() < 0.80 {
            failures.push(format!(
                "{dump}: author accuracy {:.3} < 0.80",
                s.authors.rate()
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}
