//! A real `nats-server` for the NATS tests: JetStream on, a store dir in
//! the test's temp dir, a free loopback port. Stopped (SIGKILL + reap)
//! when dropped, and also when the test times out (see [`with_nats_timeout`]).
//!
//! The server binary is Debian's `nats-server` (scripts/test.sh installs
//! it); `TIDINGS_NATS_SERVER` names another one.
#![allow(dead_code)]

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// PIDs of live servers, killed if a test times out or panics.
static SERVERS: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// `super::with_timeout` that also kills the NATS servers a timed-out or
/// failed body left running (a panicking thread does not run its drops
/// when the test harness exits first).
pub fn with_nats_timeout<F: FnOnce() + Send + 'static>(secs: u64, f: F) {
    let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        super::with_timeout(secs, f)
    }));
    if let Err(p) = r {
        for pid in SERVERS.lock().unwrap().drain(..) {
            unsafe { libc::kill(pid as i32, libc::SIGKILL) };
        }
        std::panic::resume_unwind(p);
    }
}

/// A running (or stopped, between [`NatsServer::kill`] and
/// [`NatsServer::restart`]) JetStream server.
pub struct NatsServer {
    child: Option<Child>,
    pub port: u16,
    pub store: PathBuf,
    pub log: PathBuf,
}

fn server_bin() -> String {
    if let Ok(b) = std::env::var("TIDINGS_NATS_SERVER") {
        return b;
    }
    // Debian installs it in /usr/sbin, which a non-root PATH may lack.
    let sbin = "/usr/sbin/nats-server";
    if Path::new(sbin).exists() {
        sbin.into()
    } else {
        "nats-server".into()
    }
}

impl NatsServer {
    /// Starts a server keeping its JetStream store under `dir`.
    pub fn start(dir: &Path) -> NatsServer {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let mut s = NatsServer {
            child: None,
            port,
            store: dir.join("jetstream"),
            log: dir.join("nats-server.log"),
        };
        s.spawn();
        s
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        let log = File::options()
            .create(true)
            .append(true)
            .open(&self.log)
            .unwrap();
        let child = Command::new(server_bin())
            .args(["-js", "-sd"])
            .arg(&self.store)
            .args(["-a", "127.0.0.1", "-p", &self.port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot run `{}` ({e}); install it: apt-get install -y nats-server",
                    server_bin()
                )
            });
        SERVERS.lock().unwrap().push(child.id());
        self.child = Some(child);
        self.wait_ready();
    }

    /// Waits until the server accepts connections and JetStream is up.
    fn wait_ready(&mut self) {
        let t0 = Instant::now();
        loop {
            let log = std::fs::read_to_string(&self.log).unwrap_or_default();
            let ready = log.matches("Server is ready").count();
            let starts = log.matches("Starting nats-server").count();
            if ready >= starts && starts > 0 {
                return;
            }
            if let Some(st) = self.child.as_mut().unwrap().try_wait().unwrap() {
                panic!("nats-server exited ({st}); log:\n{log}");
            }
            if t0.elapsed() > Duration::from_secs(20) {
                panic!("nats-server not ready after 20 s; log:\n{log}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// SIGKILL and reap (the store stays).
    pub fn kill(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
            SERVERS.lock().unwrap().retain(|&p| p != c.id());
        }
    }

    /// Starts again on the same port and store.
    pub fn restart(&mut self) {
        assert!(self.child.is_none(), "restart a killed server only");
        self.spawn();
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        self.kill();
    }
}

/// What `tidings tail` reads back from the stream.
pub struct Stored {
    /// Stored messages, as the stream's state counts them.
    pub messages: u64,
    /// The records `tail` printed.
    pub records: Vec<serde_json::Value>,
}

impl Stored {
    /// Distinct message ids (record id + source sha256, as the daemon sets
    /// `Nats-Msg-Id`).
    pub fn distinct_ids(&self) -> usize {
        let ids: std::collections::HashSet<String> = self
            .records
            .iter()
            .map(|r| {
                format!(
                    "{}-{}",
                    r["id"].as_str().unwrap_or("error"),
                    r["source"]["sha256"].as_str().unwrap_or("")
                )
            })
            .collect();
        ids.len()
    }
}

/// The stream's message count (from the server) and every record in it
/// (through `tidings tail` with a fresh durable consumer).
pub fn read_stream(url: &str, subject: &str, stream: &str) -> Stored {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let messages = rt.block_on(async {
        let client = async_nats::connect(url).await.unwrap();
        let js = async_nats::jetstream::new(client);
        let mut s = js.get_stream(stream).await.unwrap();
        s.info().await.unwrap().state.messages
    });
    let out = Command::new(super::bin())
        .args(["tail", "--nats", url, "--subject", subject, "--durable"])
        .arg(format!("check{}", std::process::id()))
        .args(["--count", &messages.to_string(), "--idle-exit", "3000"])
        .stderr(Stdio::inherit())
        .output()
        .unwrap();
    assert!(out.status.success(), "tidings tail failed");
    let records = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("tail printed a non-JSON line"))
        .collect();
    Stored { messages, records }
}

/// Waits until the stream holds `n` messages (or `secs` pass).
pub fn wait_messages(url: &str, stream: &str, n: u64, secs: u64) -> u64 {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let t0 = Instant::now();
        let mut have = 0;
        let mut js = None;
        while t0.elapsed() < Duration::from_secs(secs) {
            if js.is_none()
                && let Ok(c) = async_nats::connect(url).await
            {
                js = Some(async_nats::jetstream::new(c));
            }
            if let Some(js) = &js
                && let Ok(mut s) = js.get_stream(stream).await
                && let Ok(i) = s.info().await
            {
                have = i.state.messages;
                if have >= n {
                    return have;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        have
    })
}

/// `tidings watch` arguments for `env` publishing to `url` (no `--out`).
pub fn watch_args(env: &super::Env, url: &str, extra: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = vec![
        "watch".into(),
        env.inbox.display().to_string(),
        "--nats".into(),
        url.into(),
        "--done".into(),
        env.done.display().to_string(),
        "--failed".into(),
        env.failed.display().to_string(),
        "--state".into(),
        env.state.display().to_string(),
        "--settle".into(),
        "150".into(),
        "--rescan".into(),
        "1000".into(),
    ];
    v.extend(extra.iter().map(|s| s.to_string()));
    v
}

/// Number of entries in a directory (0 if missing).
pub fn count_dir(d: &Path) -> usize {
    std::fs::read_dir(d).map(|r| r.count()).unwrap_or(0)
}

/// Stages `n` unique articles named `{prefix}{i}.txt` (i from `first`).
pub fn stage_articles(env: &super::Env, prefix: &str, first: usize, n: usize) -> Vec<String> {
    (first..first + n)
        .map(|i| {
            let name = format!("{prefix}{i:05}.txt");
            std::fs::write(env.stage.join(&name), super::article(i)).unwrap();
            name
        })
        .collect()
}

/// Renames staged files into the inbox from another thread, in bursts.
pub fn burst(env: &super::Env, names: Vec<String>) -> std::thread::JoinHandle<()> {
    let (stage, inbox) = (env.stage.clone(), env.inbox.clone());
    std::thread::spawn(move || {
        for (i, name) in names.iter().enumerate() {
            std::fs::rename(stage.join(name), inbox.join(name)).unwrap();
            if i % 500 == 499 {
                std::thread::sleep(Duration::from_millis(20));
            }
        }
    })
}

/// Asserts the stream holds exactly one message per input name in `names`.
pub fn assert_exactly(stored: &Stored, n: usize) {
    let by_name = super::by_name(&stored.records);
    let dup: Vec<_> = by_name.iter().filter(|&(_, &c)| c > 1).take(5).collect();
    assert!(dup.is_empty(), "duplicates in the stream: {dup:?}");
    assert_eq!(stored.messages, n as u64, "messages in the stream");
    assert_eq!(stored.records.len(), n, "records read back by tidings tail");
    assert_eq!(by_name.len(), n, "distinct inputs");
    assert_eq!(stored.distinct_ids(), n, "distinct Nats-Msg-Ids");
}
