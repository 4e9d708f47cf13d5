//! End-to-end article throughput: page text in, JSON record out.
//!
//! Every page of both development dumps (`tests/data/extraction-dev/
//! dump_html_text` and `dump_w3m`, 122 pages, ~1.4 MB) is parsed with
//! `article::parse` and written with `json::to_slice` into a reused buffer,
//! single-threaded. Criterion reports bytes/s (`Throughput::Bytes`); the
//! articles/s figure is printed once from the same measurement (pages per
//! iteration ÷ time per iteration).
//!
//!     cargo bench -p tidings-core --bench article -- --measurement-time 3 --warm-up-time 1
//!
//! Profiling: `TIDINGS_PROFILE_REPS=N` makes the binary run N passes and
//! exit (no criterion), e.g.
//!
//!     TIDINGS_PROFILE_REPS=1 valgrind --tool=callgrind target/release/deps/article-<hash>

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;
use std::time::Instant;
use tidings_core::{article, json};

#[path = "../tests/common/dev_pages.rs"]
mod dev_pages;
use dev_pages::pages;

/// `<dump>__<page>`: the name a page's record gets in the dump directory.
fn dump_name(path: &str) -> String {
    let path = Path::new(path);
    let part = |p: Option<&std::ffi::OsStr>| {
        p.map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    format!(
        "{}__{}",
        part(path.parent().and_then(Path::file_name)),
        part(path.file_name())
    )
}

fn run(pages: &[(String, String)], cfg: &article::Config, buf: &mut [u8]) -> usize {
    let mut total = 0;
    for (_, p) in pages {
        let a = article::parse(black_box(p), cfg).expect("parse");
        total += json::to_slice(&a, &[], buf).expect("json");
    }
    total
}

fn end_to_end(c: &mut Criterion) {
    let pages = pages();
    let bytes: usize = pages.iter().map(|(_, p)| p.len()).sum();
    let cfg = article::Config::default();
    let mut buf = vec![0u8; 1 << 20];

    // Dump mode: `TIDINGS_DUMP_DIR=dir` writes every page's record to
    // `dir/<dump>__<page>.json` and exits, so a change can be checked for
    // byte-identical output (`diff -r before after`).
    if let Some(dir) = std::env::var_os("TIDINGS_DUMP_DIR") {
        let dir = Path::new(&dir);
        std::fs::create_dir_all(dir).expect("dump dir");
        for (path, p) in &pages {
            let name = dump_name(path);
            let a = article::parse(p, &cfg).expect("parse");
            let n = json::to_slice(&a, &[], &mut buf).expect("json");
            let mut rec = buf[..n].to_vec();
            rec.push(b'\n');
            std::fs::write(dir.join(format!("{name}.json")), rec).expect("write");
        }
        std::process::exit(0);
    }

    // Profiling mode: `TIDINGS_PROFILE_REPS=N` runs N passes over the pages
    // and exits, so `perf stat`/`perf record` see only parse + JSON work
    // (a fixed amount, unlike criterion's adaptive iteration counts).
    if let Some(reps) = std::env::var("TIDINGS_PROFILE_REPS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
    {
        let mut out = 0;
        for _ in 0..reps {
            out += run(&pages, &cfg, &mut buf);
        }
        eprintln!("{reps} x {bytes} bytes, {out} JSON bytes");
        std::process::exit(0);
    }

    // One timed pass for the articles/s line (criterion reports bytes/s).
    let t = Instant::now();
    let reps = 5;
    for _ in 0..reps {
        black_box(run(&pages, &cfg, &mut buf));
    }
    let secs = t.elapsed().as_secs_f64() / reps as f64;
    eprintln!(
        "article/parse+json: {} pages, {} bytes: {:.0} articles/s, {:.1} MB/s",
        pages.len(),
        bytes,
        pages.len() as f64 / secs,
        bytes as f64 / secs / 1e6
    );

    let mut g = c.benchmark_group("article");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("parse_json_dev_pages", |b| {
        b.iter(|| black_box(run(&pages, &cfg, &mut buf)))
    });
    let no_stats = article::Config {
        stats: false,
        ..article::Config::default()
    };
    g.bench_function("parse_json_dev_pages_no_stats", |b| {
        b.iter(|| black_box(run(&pages, &no_stats, &mut buf)))
    });
    g.finish();
}

criterion_group!(benches, end_to_end);
criterion_main!(benches);
