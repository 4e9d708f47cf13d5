//! Helpers for the daemon's end-to-end tests: spawn the real `tidings`
//! binary (Cargo builds it for integration tests and hands us its path in
//! `CARGO_BIN_EXE_tidings`), drop files into an inbox the way producers do,
//! read the records back, and bound every test in time.
#![allow(dead_code)]

use std::collections::HashMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// PIDs of live daemons, killed if a test times out.
static CHILDREN: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// The built binary.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_tidings"))
}

/// Runs `f` on a thread and fails the test if it takes longer than `secs`
/// (killing the daemons it started), so a hang fails instead of blocking CI.
pub fn with_timeout<F: FnOnce() + Send + 'static>(secs: u64, f: F) {
    let t0 = Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    let h = std::thread::spawn(move || {
        f();
        let _ = tx.send(());
    });
    match rx.recv_timeout(Duration::from_secs(secs)) {
        Ok(()) => {
            h.join().unwrap();
            eprintln!("test body took {:.1}s", t0.elapsed().as_secs_f64());
        }
        Err(_) => {
            if h.is_finished() {
                // The body panicked: re-raise its panic.
                if let Err(p) = h.join() {
                    std::panic::resume_unwind(p);
                }
            }
            for pid in CHILDREN.lock().unwrap().drain(..) {
                unsafe { libc::kill(pid as i32, libc::SIGKILL) };
            }
            panic!("test timed out after {secs}s");
        }
    }
}

/// A test's directory layout: `inbox/`, `stage/` (same file system, for
/// atomic renames in), `out/records.jsonl`, `done/`, `failed/`, `state/`.
pub struct Env {
    pub tmp: tempfile::TempDir,
    pub inbox: PathBuf,
    pub stage: PathBuf,
    pub out: PathBuf,
    pub done: PathBuf,
    pub failed: PathBuf,
    pub state: PathBuf,
    runs: usize,
}

impl Env {
    pub fn new() -> Env {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().to_path_buf();
        for d in ["inbox", "stage"] {
            std::fs::create_dir_all(p.join(d)).unwrap();
        }
        Env {
            inbox: p.join("inbox"),
            stage: p.join("stage"),
            out: p.join("out/records.jsonl"),
            done: p.join("done"),
            failed: p.join("failed"),
            state: p.join("state"),
            tmp,
            runs: 0,
        }
    }

    pub fn path(&self) -> &Path {
        self.tmp.path()
    }

    /// The standard flags for this layout, plus `extra`.
    /// A flag given in `extra` replaces the standard one.
    pub fn args(&self, extra: &[&str]) -> Vec<String> {
        let std_flags = [
            ("--out", self.out.display().to_string()),
            ("--done", self.done.display().to_string()),
            ("--failed", self.failed.display().to_string()),
            ("--state", self.state.display().to_string()),
            ("--settle", "150".to_string()),
            ("--rescan", "1000".to_string()),
        ];
        let mut v: Vec<String> = vec!["watch".into(), self.inbox.display().to_string()];
        for (flag, value) in std_flags {
            let overridden = extra.iter().any(|e| {
                *e == flag
                    || (flag == "--out" && (*e == "--stdout" || *e == "--out-dir"))
                    || (flag == "--done" && (*e == "--keep" || *e == "--delete"))
            });
            if !overridden {
                v.push(flag.into());
                v.push(value);
            }
        }
        v.extend(extra.iter().map(|s| s.to_string()));
        v
    }

    /// Waits until the output has `n` lines; fails early (with the log) if
    /// the daemon died.
    pub fn wait_lines(&self, d: &mut Daemon, n: usize, secs: u64) {
        let t0 = Instant::now();
        while count_lines(&self.out) < n {
            if !d.alive() {
                panic!("daemon exited early; log:\n{}", d.log_text());
            }
            if t0.elapsed() > Duration::from_secs(secs) {
                panic!(
                    "timed out after {secs}s waiting for {n} records (have {}); log:\n{}",
                    count_lines(&self.out),
                    d.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Starts the daemon with the standard flags plus `extra`.
    pub fn start(&mut self, extra: &[&str]) -> Daemon {
        let args = self.args(extra);
        self.spawn(&args, |_| {})
    }

    /// Starts the binary with exactly `args`; `tweak` may adjust the command.
    pub fn spawn(&mut self, args: &[String], tweak: impl FnOnce(&mut Command)) -> Daemon {
        self.runs += 1;
        let log = self.tmp.path().join(format!("daemon-{}.log", self.runs));
        let mut cmd = Command::new(bin());
        cmd.args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(File::create(&log).unwrap())
            .env("TIDINGS_LOG", "info");
        tweak(&mut cmd);
        let child = cmd.spawn().expect("spawn tidings");
        CHILDREN.lock().unwrap().push(child.id());
        Daemon {
            child: Some(child),
            log,
        }
    }

    /// Drops a file into the inbox atomically (written in stage/, renamed).
    pub fn drop_file(&self, name: &str, content: &[u8]) {
        let s = self.stage.join(name);
        std::fs::write(&s, content).unwrap();
        std::fs::rename(&s, self.inbox.join(name)).unwrap();
    }

    /// The records written so far (complete lines only).
    pub fn records(&self) -> Vec<serde_json::Value> {
        read_records(&self.out)
    }
}

/// Complete JSON lines of a JSON Lines file; panics on a line that is not
/// JSON (a torn line must have been repaired).
pub fn read_records(path: &Path) -> Vec<serde_json::Value> {
    let Ok(f) = File::open(path) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for line in BufReader::new(f).split(b'\n') {
        let line = line.unwrap();
        match serde_json::from_slice(&line) {
            Ok(v) => out.push(v),
            Err(e) => panic!(
                "corrupt line in {}: {e}: {:?}",
                path.display(),
                String::from_utf8_lossy(&line)
            ),
        }
    }
    out
}

/// Counts the lines of a file quickly (records written so far, possibly
/// including a torn last line).
pub fn count_lines(path: &Path) -> usize {
    std::fs::read(path)
        .map(|b| b.iter().filter(|&&c| c == b'\n').count())
        .unwrap_or(0)
}

/// Records per input file name.
pub fn by_name(records: &[serde_json::Value]) -> HashMap<String, usize> {
    let mut m = HashMap::new();
    for r in records {
        let p = r["source"]["path"].as_str().unwrap_or_default();
        let name = Path::new(p)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        *m.entry(name).or_insert(0) += 1;
    }
    m
}

/// Polls `cond` every 20 ms until it holds; panics after `secs`.
pub fn wait_until(secs: u64, what: &str, mut cond: impl FnMut() -> bool) {
    let t0 = Instant::now();
    while !cond() {
        if t0.elapsed() > Duration::from_secs(secs) {
            panic!("timed out after {secs}s waiting for: {what}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A running daemon; killed (SIGKILL) when dropped.
pub struct Daemon {
    child: Option<Child>,
    pub log: PathBuf,
}

impl Daemon {
    pub fn pid(&self) -> i32 {
        self.child.as_ref().map_or(0, |c| c.id() as i32)
    }

    pub fn signal(&self, sig: i32) {
        unsafe { libc::kill(self.pid(), sig) };
    }

    /// Sends SIGTERM and waits (at most `secs`) for the exit status.
    pub fn stop(mut self, secs: u64) -> ExitStatus {
        self.signal(libc::SIGTERM);
        self.wait(secs)
    }

    /// [`Daemon::stop`], and its log as it stands after the exit (what it
    /// said while shutting down, for the assertion message).
    pub fn stop_logged(mut self, secs: u64) -> (ExitStatus, String) {
        self.signal(libc::SIGTERM);
        let st = self.wait(secs);
        (st, self.log_text())
    }

    /// Waits for exit (at most `secs`).
    pub fn wait(&mut self, secs: u64) -> ExitStatus {
        let t0 = Instant::now();
        let child = self.child.as_mut().unwrap();
        loop {
            if let Some(st) = child.try_wait().unwrap() {
                let pid = child.id();
                CHILDREN.lock().unwrap().retain(|&p| p != pid);
                self.child = None;
                return st;
            }
            if t0.elapsed() > Duration::from_secs(secs) {
                panic!(
                    "daemon did not exit within {secs}s; log:\n{}",
                    self.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// SIGKILL, and reap.
    pub fn kill9(mut self) {
        self.signal(libc::SIGKILL);
        self.wait(10);
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Whether it is still running.
    pub fn alive(&mut self) -> bool {
        self.child
            .as_mut()
            .is_some_and(|c| c.try_wait().unwrap().is_none())
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Some(c) = &mut self.child {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

/// A small article-like text, unique per `i`.
pub fn article(i: usize) -> Vec<u8> {
    format!(
        "Headline number {i}\n\nBy A. Writer\n\nFirst paragraph of story {i}. It says something.\n\nSecond paragraph, {i} times.\n"
    )
    .into_bytes()
}

/// Minimal HTTP GET on 127.0.0.1 (status code, body).
pub fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    use std::io::Read;
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").ok()?;
    let mut buf = String::new();
    s.read_to_string(&mut buf).ok()?;
    let code = buf.split_whitespace().nth(1)?.parse().ok()?;
    let body = buf.split("\r\n\r\n").nth(1).unwrap_or("").to_owned();
    Some((code, body))
}

/// A free TCP port on 127.0.0.1.
pub fn free_addr() -> String {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().to_string()
}

/// xorshift64*: reproducible randomness from a printed seed.
pub struct Rng {
    state: u64,
    /// The seed it started from, for failure messages.
    pub seed: u64,
}

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        self.state.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Seeded from `TIDINGS_TEST_SEED`, else from the clock; prints the seed
    /// so that a failing run can be replayed.
    pub fn from_env(what: &str) -> Rng {
        let seed = std::env::var("TIDINGS_TEST_SEED")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .unwrap()
                    .as_nanos() as u64
                    | 1
            });
        eprintln!("{what} seed: {seed} (rerun with TIDINGS_TEST_SEED={seed})");
        Rng { state: seed, seed }
    }
}
