use std::time::Instant;
use tidings_core::article::{self, context::Pipeline, lines, segment::Segments};
#[test]
fn perf() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/extraction-dev/dump_w3m");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(root).unwrap() {
        pages
            .push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned());
    }
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    let cfg = article::Config::default();
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += lines::wrap_width(p).unwrap_or(0);
    }
    eprintln!(
        "wrap {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += Segments::new(p, None, false).count();
    }
    eprintln!(
        "segments noglue {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += Segments::new(p, lines::wrap_width(p), true).count();
    }
    eprintln!(
        "segments glue {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        for s in Segments::new(p, None, true) {
            n += article::features::features(s.text(p)).words as usize;
        }
    }
    eprintln!(
        "features {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += Pipeline::new(p, &cfg).count();
    }
    eprintln!(
        "pipeline {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += article::body_window(p, &cfg).map_or(0, |w| w.0 as usize);
    }
    eprintln!(
        "pass1 {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += article::parse(p, &cfg).unwrap().paragraph_count();
    }
    eprintln!(
        "parse {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
}
#[test]
fn perf_features() {
    let para = "The head of Belarus' State Security Committee Ivan Tertel claimed on Oct. 19 that his agency is prepared to engage in dialogue with Kyiv to \"find a consensus\" to end Ukraine's war with Russia, Belarusian state media reported.";
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        n += article::features::features(std::hint::black_box(para)).words as usize;
    }
    let el = t.elapsed().as_secs_f64();
    eprintln!(
        "features para {:.1} MB/s ({:.0} ns/call) {n}",
        (para.len() * 100000) as f64 / el / 1e6,
        el / 100000.0 * 1e9
    );
    let nav = "Energy & Environment";
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        n += article::features::features(std::hint::black_box(nav)).words as usize;
    }
    let el = t.elapsed().as_secs_f64();
    eprintln!("features nav {:.0} ns/call {n}", el / 100000.0 * 1e9);
}
#[test]
fn perf_parts() {
    use tidings_core::lexicon::{boilerplate, stopwords};
    let words: Vec<&str> = "The head of Belarus State Security Committee Ivan Tertel claimed on Oct that his agency is prepared".split(' ').collect();
    let t = Instant::now();
    let mut n = 0u64;
    for _ in 0..100000 {
        for w in &words {
            n += article::features::WORDS.get(stopwords::word_hash(std::hint::black_box(w))) as u64;
        }
    }
    eprintln!(
        "word lookups {:.1} ns/word {n}",
        t.elapsed().as_secs_f64() / (100000.0 * words.len() as f64) * 1e9
    );
    let s = "The head of Belarus' State Security Committee Ivan Tertel claimed on Oct. 19 that his agency";
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        let k = boilerplate::Key::new(std::hint::black_box(s));
        n += boilerplate::exact(&k).is_some() as usize + boilerplate::prefix(&k).is_some() as usize;
    }
    eprintln!(
        "key+lex {:.1} ns {n}",
        t.elapsed().as_secs_f64() / 100000.0 * 1e9
    );
}
#[test]
fn perf_calib() {
    let para = "The head of Belarus' State Security Committee Ivan Tertel claimed on Oct. 19 that his agency is prepared to engage in dialogue with Kyiv to \"find a consensus\" to end Ukraine's war with Russia, Belarusian state media reported.";
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        n += std::hint::black_box(para)
            .chars()
            .filter(|c| c.is_alphabetic())
            .count();
    }
    eprintln!(
        "calib chars {:.0} ns/call {n}",
        t.elapsed().as_secs_f64() / 100000.0 * 1e9
    );
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        let k = tidings_core::lexicon::boilerplate::Key::new(std::hint::black_box(para));
        n += k.as_bytes().len();
    }
    eprintln!(
        "key only {:.0} ns/call {n}",
        t.elapsed().as_secs_f64() / 100000.0 * 1e9
    );
    let t = Instant::now();
    let mut n = 0usize;
    let k = tidings_core::lexicon::boilerplate::Key::new(para);
    for _ in 0..100000 {
        n +=
            tidings_core::lexicon::boilerplate::prefix(std::hint::black_box(&k)).is_some() as usize;
    }
    eprintln!(
        "prefix only {:.0} ns/call {n}",
        t.elapsed().as_secs_f64() / 100000.0 * 1e9
    );
    let t = Instant::now();
    let mut n = 0usize;
    for _ in 0..100000 {
        n += tidings_core::lexicon::boilerplate::exact(std::hint::black_box(&k)).is_some() as usize;
    }
    eprintln!(
        "exact only {:.0} ns/call {n}",
        t.elapsed().as_secs_f64() / 100000.0 * 1e9
    );
}
#[test]
fn perf_stats() {
    let root =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/extraction-dev/body");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(root).unwrap() {
        pages
            .push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned());
    }
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += tidings_core::token::tokenize(p, tidings_core::Mode::News).count();
    }
    eprintln!(
        "tokenize {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += tidings_core::sentence::sentences(p, tidings_core::Mode::News).count();
    }
    eprintln!(
        "sentences {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let cfg = article::Config::default();
    let t = Instant::now();
    let mut n = 0;
    for p in &pages {
        n += article::features::features(p).words as usize;
    }
    eprintln!(
        "features-whole {:.1} MB/s {n}",
        bytes as f64 / t.elapsed().as_secs_f64() / 1e6
    );
    let _ = cfg;
}
