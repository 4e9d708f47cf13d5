//! Benchmark of `tidings watch`: throughput and latency against an I/O
//! floor measured in the same run, and peak memory over a large backlog.
//!
//! ```text
//! cargo build --release -p tidings
//! target/release/tidings-bench-watch [--files 5000] [--rate 200] [--rate-secs 10]
//!                                     [--backlog 100000] [--repeat 3] [--workdir DIR]
//!                                     [--parser core|null] [--input heads|articles]
//! ```
//!
//! `--parser null` runs the daemon with `TIDINGS_BENCH_NULL_PARSER=1`: a
//! fixed minimal record instead of the core's parse, everything else
//! unchanged, so that the daemon's own pipeline is measured against the floor.
//!
//! * **Articles**: ~5 KB each, cut from the dev corpus dumps and seed pages
//!   in `tests/data/` (made unique per file), written to a staging directory
//!   on the same file system as the inbox. `--input heads` (the default):
//!   the first 5 KB of each page, i.e. mostly navigation and page chrome,
//!   padded with filler lines; `--input articles`: a 5 KB window of each dev
//!   page starting about 1 KB before its article body (located with the
//!   gold body in `tests/data/extraction-dev/body/`), plus the five seeds —
//!   what a scraped 5 KB article file looks like.
//! * **I/O floor**: one thread reads each staged file, appends it to one
//!   output file, renames it into a `done/` directory, and fdatasyncs the
//!   output every 256 files (the daemon's default batch) — the minimum work
//!   any watch-folder ingester must do, with no parsing, hashing or ledger.
//! * **Throughput**: a running daemon; all files renamed into the inbox at
//!   once; time until the last record is in the output.
//! * **Drain**: the same number of files already in the inbox when the
//!   daemon starts; time from start to the last record (no producer
//!   competing for the 2 cores).
//! * **Latency**: files renamed into the inbox at `--rate` per second; the
//!   time from each rename to the input appearing in `done/`, which the
//!   daemon does only after the record and the ledger entry are fsync'ed (so
//!   this slightly overstates rename → fsync'ed record).
//! * **Memory**: `--backlog` files dropped while the daemon is stopped,
//!   then one run over them; peak RSS is `VmHWM` from /proc/PID/status.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::Watcher;

const ARTICLE_BYTES: usize = 5 * 1024;

/// `--parser null`: every daemon started runs the null parser.
static NULL_PARSER: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

struct Opts {
    files: usize,
    rate: u64,
    rate_secs: u64,
    backlog: usize,
    workdir: Option<PathBuf>,
    repeat: usize,
    null_parser: bool,
    input: Input,
}

/// What the ~5 KB files hold (`--input`).
#[derive(Clone, Copy, PartialEq)]
enum Input {
    /// The first 5 KB of each dev dump (mostly navigation and page chrome
    /// before the article) plus filler lines: the default, and what every
    /// earlier session measured.
    Heads,
    /// A 5 KB window of each dev dump around its article (from about 1 KB
    /// before the first line of its gold body), plus the five seeds (real
    /// scraped article files of 2.4–4.6 KB, padded like the heads).
    Articles,
}

fn opts() -> Opts {
    let mut o = Opts {
        files: 5000,
        rate: 200,
        rate_secs: 10,
        backlog: 100_000,
        workdir: None,
        repeat: 3,
        null_parser: false,
        input: Input::Heads,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut val = || it.next().cloned().unwrap_or_default();
        match a.as_str() {
            "--files" => o.files = val().parse().unwrap_or(o.files),
            "--rate" => o.rate = val().parse().unwrap_or(o.rate),
            "--rate-secs" => o.rate_secs = val().parse().unwrap_or(o.rate_secs),
            "--backlog" => o.backlog = val().parse().unwrap_or(o.backlog),
            "--workdir" => o.workdir = Some(PathBuf::from(val())),
            "--repeat" => o.repeat = val().parse::<usize>().unwrap_or(o.repeat).max(1),
            "--parser" => match val().as_str() {
                "core" => o.null_parser = false,
                "null" => o.null_parser = true,
                other => {
                    eprintln!("--parser takes core or null, not {other:?}");
                    std::process::exit(2);
                }
            },
            "--input" => match val().as_str() {
                "heads" => o.input = Input::Heads,
                "articles" => o.input = Input::Articles,
                other => {
                    eprintln!("--input takes heads or articles, not {other:?}");
                    std::process::exit(2);
                }
            },
            other => {
                eprintln!("unknown argument {other}; see the source's doc comment");
                std::process::exit(2);
            }
        }
    }
    o
}

/// Source texts: the dev dumps and seeds (`--input heads`: whole pages,
/// cut to their first 5 KB by [`article`]; `--input articles`: 5 KB windows
/// around each page's article), or a synthetic page.
fn corpus(input: Input) -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data");
    let mut texts = Vec::new();
    for dir in [
        "extraction-dev/dump_w3m",
        "extraction-dev/dump_html_text",
        "seeds",
    ] {
        if let Ok(rd) = std::fs::read_dir(data.join(dir)) {
            let mut paths: Vec<PathBuf> = rd.flatten().map(|e| e.path()).collect();
            paths.sort();
            for p in paths {
                let Ok(t) = std::fs::read_to_string(&p) else {
                    continue;
                };
                if t.len() <= 1000 {
                    continue;
                }
                if input == Input::Articles && dir != "seeds" {
                    let gold = p
                        .file_name()
                        .map(|n| data.join("extraction-dev/body").join(n))
                        .and_then(|g| std::fs::read_to_string(g).ok());
                    if let Some(w) = gold.and_then(|g| article_window(&t, &g)) {
                        texts.push(w);
                    }
                } else {
                    texts.push(t);
                }
            }
        }
    }
    if texts.is_empty() {
        texts.push(
            "Synthetic headline\n\n".to_owned()
                + &"A sentence of a synthetic news article body. ".repeat(200),
        );
    }
    texts
}

/// The ~5 KB of `page` around its article: whole lines from about 1 KB
/// before the line holding the start of the gold body's first line.
fn article_window(page: &str, gold: &str) -> Option<String> {
    let first = gold.lines().map(str::trim).find(|l| l.len() >= 20)?;
    let probe: String = first.chars().take(40).collect();
    let at = page.find(&probe)?;
    let mut start = at.saturating_sub(1024);
    while !page.is_char_boundary(start) {
        start -= 1;
    }
    let start = page[..start].rfind('\n').map_or(0, |i| i + 1);
    let mut w = String::new();
    for line in page[start..].lines() {
        // Room for the "Story N" line `article` puts in front.
        if w.len() + line.len() + 1 > ARTICLE_BYTES - 20 {
            break;
        }
        w.push_str(line);
        w.push('\n');
    }
    (w.len() > 1000).then_some(w)
}

/// Article `i`: ~5 KB cut at a line boundary, unique.
fn article(texts: &[String], i: usize) -> Vec<u8> {
    let t = &texts[i % texts.len()];
    let mut s = format!("Story {i}\n\n");
    for line in t.lines() {
        if s.len() + line.len() + 1 > ARTICLE_BYTES {
            break;
        }
        s.push_str(line);
        s.push('\n');
    }
    while s.len() < ARTICLE_BYTES - 60 {
        s.push_str("Filler sentence to reach the size of a news article.\n");
    }
    s.into_bytes()
}

fn stage(dir: &Path, texts: &[String], n: usize, offset: usize) -> u64 {
    std::fs::create_dir_all(dir).unwrap();
    let mut bytes = 0;
    for i in 0..n {
        let a = article(texts, offset + i);
        bytes += a.len() as u64;
        std::fs::write(dir.join(format!("f{:07}.txt", offset + i)), a).unwrap();
    }
    bytes
}

fn io_floor(root: &Path, texts: &[String], n: usize) -> (f64, f64) {
    let st = root.join("floor-stage");
    let done = root.join("floor-done");
    std::fs::create_dir_all(&done).unwrap();
    let bytes = stage(&st, texts, n, 0);
    drop_caches_hint();
    let mut out = File::create(root.join("floor.jsonl")).unwrap();
    let t0 = Instant::now();
    let mut buf = Vec::new();
    for i in 0..n {
        let name = format!("f{i:07}.txt");
        buf.clear();
        File::open(st.join(&name))
            .unwrap()
            .read_to_end(&mut buf)
            .unwrap();
        out.write_all(&buf).unwrap();
        out.write_all(b"\n").unwrap();
        std::fs::rename(st.join(&name), done.join(&name)).unwrap();
        if i % 256 == 255 {
            out.sync_data().unwrap();
        }
    }
    out.sync_data().unwrap();
    let secs = t0.elapsed().as_secs_f64();
    (n as f64 / secs, bytes as f64 / secs / 1e6)
}

fn drop_caches_hint() {
    // Not dropping the page cache: both the floor and the daemon read files
    // that were just written, as a watch folder does.
}

struct Daemon {
    child: Child,
}

impl Daemon {
    fn start(bin: &Path, root: &Path, inbox: &Path, extra: &[&str]) -> Daemon {
        let log = File::create(root.join("daemon.log")).unwrap();
        let mut cmd = Command::new(bin);
        if NULL_PARSER.load(std::sync::atomic::Ordering::Relaxed) {
            cmd.env("TIDINGS_BENCH_NULL_PARSER", "1");
        }
        let child = cmd
            .arg("watch")
            .arg(inbox)
            .arg("--out")
            .arg(root.join("out/records.jsonl"))
            .arg("--done")
            .arg(root.join("done"))
            .arg("--failed")
            .arg(root.join("failed"))
            .arg("--state")
            .arg(root.join("state"))
            .args(extra)
            .stdout(Stdio::null())
            .stderr(log)
            .env("TIDINGS_LOG", "warn")
            .spawn()
            .unwrap();
        Daemon { child }
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    fn stop(mut self) {
        unsafe { libc::kill(self.child.id() as i32, libc::SIGTERM) };
        let _ = self.child.wait();
    }
}

/// Lines in `path` (counted incrementally).
struct LineCounter {
    path: PathBuf,
    off: u64,
    lines: usize,
}

impl LineCounter {
    fn poll(&mut self) -> usize {
        use std::io::{Seek, SeekFrom};
        if let Ok(mut f) = File::open(&self.path) {
            let _ = f.seek(SeekFrom::Start(self.off));
            let mut buf = Vec::new();
            let _ = f.read_to_end(&mut buf);
            self.off += buf.len() as u64;
            self.lines += buf.iter().filter(|&&b| b == b'\n').count();
        }
        self.lines
    }
}

fn vm_kb(pid: u32, key: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn wait_lines(c: &mut LineCounter, n: usize, limit: Duration) -> bool {
    let t0 = Instant::now();
    while c.poll() < n {
        if t0.elapsed() > limit {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    true
}

/// Waits until the daemon has written `files` records (at most 5 minutes),
/// stops it, and prints and returns files/s and MB/s since `t0`.
fn drained(
    label: &str,
    root: &Path,
    d: Daemon,
    t0: Instant,
    files: usize,
    bytes: u64,
) -> (f64, f64) {
    let mut counter = LineCounter {
        path: root.join("out/records.jsonl"),
        off: 0,
        lines: 0,
    };
    let ok = wait_lines(&mut counter, files, Duration::from_secs(300));
    let secs = t0.elapsed().as_secs_f64();
    d.stop();
    let (fps, mbs) = (files as f64 / secs, bytes as f64 / secs / 1e6);
    println!(
        "{label}: {fps:.0} files/s, {mbs:.1} MB/s ({files} files{})",
        if ok { "" } else { ", TIMED OUT" }
    );
    (fps, mbs)
}

fn fresh(root: &Path) {
    let _ = std::fs::remove_dir_all(root);
    std::fs::create_dir_all(root.join("inbox")).unwrap();
}

/// Median by files/s.
fn median(v: &[(f64, f64)]) -> (f64, f64) {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.0.total_cmp(&b.0));
    s.get(s.len() / 2).copied().unwrap_or((f64::NAN, f64::NAN))
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn main() {
    let o = opts();
    NULL_PARSER.store(o.null_parser, std::sync::atomic::Ordering::Relaxed);
    let bin = std::env::current_exe().unwrap().with_file_name("tidings");
    assert!(bin.exists(), "build it: cargo build --release -p tidings");
    let base = o.workdir.clone().unwrap_or_else(|| {
        std::env::temp_dir().join(format!("tidings-bench-{}", std::process::id()))
    });
    let texts = corpus(o.input);
    let sample = article(&texts, 0).len();
    println!(
        "# tidings watch benchmark ({} source texts, {} input, articles ~{sample} B, {} parser)",
        texts.len(),
        if o.input == Input::Articles {
            "articles"
        } else {
            "heads"
        },
        if o.null_parser { "null" } else { "core" }
    );

    // 1–2. Floor, burst and drain, interleaved `--repeat` times (the
    // machine is shared: medians, with the range, are what to compare).
    let (mut floors, mut bursts, mut drains) = (Vec::new(), Vec::new(), Vec::new());
    for rep in 0..o.repeat {
        println!("run {}/{}", rep + 1, o.repeat);
        // 1. I/O floor.
        let root = base.join("floor");
        fresh(&root);
        let (floor_fps, floor_mbs) = io_floor(&root, &texts, o.files);
        println!(
            "I/O floor: {floor_fps:.0} files/s, {floor_mbs:.1} MB/s ({} files)",
            o.files
        );

        // 2. Throughput: a burst of renames into a running daemon.
        let root = base.join("burst");
        fresh(&root);
        let bytes = stage(&root.join("stage"), &texts, o.files, 0);
        let inbox = root.join("inbox");
        let d = Daemon::start(&bin, &root, &inbox, &[]);
        std::thread::sleep(Duration::from_millis(500));
        let t0 = Instant::now();
        for i in 0..o.files {
            let name = format!("f{i:07}.txt");
            std::fs::rename(root.join("stage").join(&name), inbox.join(&name)).unwrap();
        }
        let (fps, mbs) = drained("daemon burst", &root, d, t0, o.files, bytes);

        // 2b. Drain: the files are in the inbox when the daemon starts.
        let root = base.join("drain");
        fresh(&root);
        let inbox = root.join("inbox");
        let bytes = stage(&inbox, &texts, o.files, 0);
        // Older than --settle (1 s): complete by the daemon's rules at once.
        std::thread::sleep(Duration::from_millis(1100));
        let t0 = Instant::now();
        let d = Daemon::start(&bin, &root, &inbox, &[]);
        let (drain_fps, drain_mbs) = drained("daemon drain", &root, d, t0, o.files, bytes);

        floors.push((floor_fps, floor_mbs));
        bursts.push((fps, mbs));
        drains.push((drain_fps, drain_mbs));
    }
    let (floor_fps, floor_mbs) = median(&floors);
    let (fps, mbs) = median(&bursts);
    let (drain_fps, drain_mbs) = median(&drains);
    let range = |v: &[(f64, f64)]| {
        let lo = v.iter().map(|x| x.0).fold(f64::INFINITY, f64::min);
        let hi = v.iter().map(|x| x.0).fold(0.0, f64::max);
        format!("{lo:.0}–{hi:.0}")
    };
    let ratios = |v: &[(f64, f64)]| {
        let mut r: Vec<f64> = v
            .iter()
            .zip(&floors)
            .map(|(d, f)| 100.0 * d.0 / f.0)
            .collect();
        r.sort_by(f64::total_cmp);
        r.iter()
            .map(|x| format!("{x:.0}%"))
            .collect::<Vec<_>>()
            .join(", ")
    };

    // 3. Latency at a steady rate.
    let root = base.join("rate");
    fresh(&root);
    let n = (o.rate * o.rate_secs) as usize;
    stage(&root.join("stage"), &texts, n, 0);
    let inbox = root.join("inbox");
    let d = Daemon::start(&bin, &root, &inbox, &[]);
    std::thread::sleep(Duration::from_millis(500));
    let (tx, rx) = mpsc::channel::<(String, Instant)>();
    let mut w = notify::RecommendedWatcher::new(
        move |res: notify::Result<notify::Event>| {
            let now = Instant::now();
            if let Ok(ev) = res
                && matches!(
                    ev.kind,
                    notify::EventKind::Modify(notify::event::ModifyKind::Name(_))
                        | notify::EventKind::Create(_)
                )
            {
                for p in ev.paths {
                    if let Some(n) = p.file_name() {
                        let _ = tx.send((n.to_string_lossy().into_owned(), now));
                    }
                }
            }
        },
        notify::Config::default(),
    )
    .unwrap();
    w.watch(&root.join("done"), notify::RecursiveMode::NonRecursive)
        .unwrap();
    let mut sent: HashMap<String, Instant> = HashMap::with_capacity(n);
    let period = Duration::from_secs_f64(1.0 / o.rate as f64);
    let start = Instant::now();
    for i in 0..n {
        let due = start + period * i as u32;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            std::thread::sleep(wait);
        }
        let name = format!("f{i:07}.txt");
        let t = Instant::now();
        std::fs::rename(root.join("stage").join(&name), inbox.join(&name)).unwrap();
        sent.insert(name, t);
    }
    let mut lat = Vec::with_capacity(n);
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut seen = std::collections::HashSet::new();
    while seen.len() < n && Instant::now() < deadline {
        if let Ok((name, t)) = rx.recv_timeout(Duration::from_millis(100))
            && let Some(s) = sent.get(&name)
            && seen.insert(name)
        {
            lat.push(t.duration_since(*s).as_secs_f64() * 1e3);
        }
    }
    drop(w);
    d.stop();
    lat.sort_by(f64::total_cmp);
    let (p50, p99, max) = (
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat.last().copied().unwrap_or(f64::NAN),
    );
    println!(
        "latency at {} files/s: p50 {p50:.1} ms, p99 {p99:.1} ms, max {max:.1} ms ({} of {n} files)",
        o.rate,
        lat.len()
    );

    // 4. Memory over a backlog.
    let (mut hwm_mb, mut backlog_fps) = (f64::NAN, f64::NAN);
    if o.backlog > 0 {
        let root = base.join("backlog");
        fresh(&root);
        let inbox = root.join("inbox");
        eprintln!("writing {} backlog files…", o.backlog);
        stage(&inbox, &texts, o.backlog, 0);
        let t0 = Instant::now();
        let d = Daemon::start(&bin, &root, &inbox, &[]);
        let pid = d.pid();
        let mut counter = LineCounter {
            path: root.join("out/records.jsonl"),
            off: 0,
            lines: 0,
        };
        let mut peak_rss = 0;
        let deadline = Instant::now() + Duration::from_secs(900);
        while counter.poll() < o.backlog && Instant::now() < deadline {
            peak_rss = peak_rss.max(vm_kb(pid, "VmRSS:"));
            std::thread::sleep(Duration::from_millis(100));
        }
        let hwm = vm_kb(pid, "VmHWM:").max(peak_rss);
        backlog_fps = counter.poll() as f64 / t0.elapsed().as_secs_f64();
        d.stop();
        hwm_mb = hwm as f64 / 1024.0;
        println!(
            "backlog of {}: peak RSS (VmHWM) {hwm_mb:.1} MB, {backlog_fps:.0} files/s",
            o.backlog
        );
    }
    let _ = std::fs::remove_dir_all(&base);

    println!();
    println!("| measure | result | bar |");
    println!("|---|---|---|");
    println!(
        "| I/O floor (read + append + rename, fdatasync/256), median of {} | {floor_fps:.0} files/s, {floor_mbs:.1} MB/s (range {}) | |",
        o.repeat,
        range(&floors)
    );
    println!(
        "| daemon throughput ({} × ~5 KB burst) | {fps:.0} files/s, {mbs:.1} MB/s = {:.0}% of floor (range {}; per run {}) | ≥ 50% of floor, ≥ 2,000 files/s |",
        o.files,
        100.0 * fps / floor_fps,
        range(&bursts),
        ratios(&bursts)
    );
    println!(
        "| daemon throughput ({} × ~5 KB already in the inbox at start) | {drain_fps:.0} files/s, {drain_mbs:.1} MB/s = {:.0}% of floor (range {}; per run {}) | ≥ 50% of floor, ≥ 2,000 files/s |",
        o.files,
        100.0 * drain_fps / floor_fps,
        range(&drains),
        ratios(&drains)
    );
    println!(
        "| latency rename → record durable, at {} files/s | p50 {p50:.1} ms, p99 {p99:.1} ms | p99 ≤ 100 ms |",
        o.rate
    );
    if o.backlog > 0 {
        println!(
            "| peak RSS over a {}-file backlog | {hwm_mb:.1} MB ({backlog_fps:.0} files/s) | ≤ 64 MB |",
            o.backlog
        );
    }
}
