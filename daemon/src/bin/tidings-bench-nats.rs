//! Benchmark of the daemon's JetStream publishing path against a raw
//! async-nats publish ceiling, measured in the same run on the same
//! payloads and the same local single-node server.
//!
//! ```text
//! cargo build --release -p tidings
//! target/release/tidings-bench-nats [--records 20000] [--bytes 5000] [--batch 256]
//!                                    [--repeat 3] [--files 5000] [--url nats://…]
//! ```
//!
//! * **Server**: `nats-server -js` on a free loopback port with a temp
//!   store (file storage), started and stopped by the bench (or `--url`).
//! * **Payloads**: `--records` record-shaped JSON lines of about `--bytes`
//!   bytes (unique body, `id` and `source.sha256` per record).
//! * **Raw ceiling** (`nats bench js pub` style): async-nats JetStream
//!   publishes with no headers, pipelined — a window of N acks in flight,
//!   refilled as acks return — at N = batch and N = 4 × batch; the better
//!   one is the ceiling.
//! * **Daemon path**: the sink's code, `nats::publish::Publisher::publish`,
//!   driven the way the daemon's writer thread drives it: a plain thread
//!   blocking on a one-worker runtime, `--batch` records per call, each
//!   with its `Nats-Msg-Id` derived from the line and
//!   `Nats-Expected-Stream`, all acks awaited before the next batch (the
//!   ledger would advance there).
//! * **End to end** (`--files N`, 0 to skip): `tidings watch` draining N
//!   article files already in an inbox, to JetStream vs to a JSON Lines
//!   file, for context (parsing and file moves dominate there).
//!
//! Each measure runs on a fresh stream; rounds interleave the measures so
//! that load from other processes hits them alike. Medians are printed.

#[allow(dead_code)]
#[path = "../nats/mod.rs"]
mod nats;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use async_nats::jetstream::{self, stream::Config};
use sha2::{Digest, Sha256};

use nats::conn::Conn;
use nats::msgid::msg_id;
use nats::publish::{Msg, Publisher, Target};
use nats::stream::Create;

struct Opts {
    records: usize,
    bytes: usize,
    batch: usize,
    repeat: usize,
    files: usize,
    url: Option<String>,
}

fn opts() -> Opts {
    let mut o = Opts {
        records: 20_000,
        bytes: 5_000,
        batch: 256,
        repeat: 3,
        files: 5_000,
        url: None,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut num = || -> usize {
            it.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{a} needs a number"))
        };
        match a.as_str() {
            "--records" => o.records = num(),
            "--bytes" => o.bytes = num(),
            "--batch" => o.batch = num().max(1),
            "--repeat" => o.repeat = num().max(1),
            "--files" => o.files = num(),
            "--url" => o.url = it.next().cloned(),
            _ => panic!("unknown option {a}"),
        }
    }
    o
}

/// A nats-server child, killed on drop.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn start_server(dir: &Path) -> (Server, String) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port");
    let bin = if Path::new("/usr/sbin/nats-server").exists() {
        "/usr/sbin/nats-server"
    } else {
        "nats-server"
    };
    let log = std::fs::File::create(dir.join("nats.log")).expect("log");
    let child = Command::new(bin)
        .args(["-js", "-sd"])
        .arg(dir.join("js"))
        .args(["-a", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("cannot run nats-server (apt-get install -y nats-server)");
    let server = Server(child);
    let t0 = Instant::now();
    while !std::fs::read_to_string(dir.join("nats.log"))
        .unwrap_or_default()
        .contains("Server is ready")
    {
        assert!(
            t0.elapsed() < Duration::from_secs(20),
            "nats-server not ready"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    (server, format!("nats://127.0.0.1:{port}"))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

/// Record-shaped JSON lines of about `bytes` bytes, unique per index.
fn payloads(n: usize, bytes: usize) -> Vec<String> {
    let words = [
        "the", "council", "said", "on", "Tuesday", "that", "prices", "rose", "in", "March,",
        "while", "analysts", "expected", "a", "slower", "pace.",
    ];
    (0..n)
        .map(|i| {
            let mut body = format!("Story {i}: ");
            let mut k = i;
            while body.len() < bytes.saturating_sub(300) {
                k = k.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                body.push_str(words[(k >> 33) % words.len()]);
                body.push(' ');
            }
            let sha = hex(&Sha256::digest(body.as_bytes()));
            let id = sha.get(..16).unwrap_or("0").to_owned();
            format!(
                "{{\"schema\":1,\"id\":\"{id}\",\"title\":\"Story {i}\",\"subtitle\":null,\"section\":null,\"published\":null,\"authors\":[\"A. Writer\"],\"outlet\":null,\"captions\":[],\"body\":[\"{body}\"],\"boilerplate\":[],\"stats\":{{\"bytes\":{},\"paragraphs\":1,\"sentences\":1,\"words\":1}},\"warnings\":[],\"source\":{{\"path\":\"/inbox/s{i}.txt\",\"bytes\":{},\"sha256\":\"{sha}\",\"mtime\":null}},\"ingested_at\":\"2026-01-01T00:00:00.000000Z\"}}",
                body.len(),
                body.len()
            )
        })
        .collect()
}

async fn fresh_stream(js: &jetstream::Context, name: &str, subject: &str) {
    let _ = js.delete_stream(name).await;
    js.create_stream(Config {
        name: name.into(),
        subjects: vec![subject.into()],
        duplicate_window: Duration::from_secs(600),
        ..Default::default()
    })
    .await
    .expect("create stream");
}

/// Raw ceiling: no headers, `window` acks in flight.
fn raw(
    rt: &tokio::runtime::Runtime,
    url: &str,
    lines: &[String],
    window: usize,
    round: usize,
) -> f64 {
    rt.block_on(async {
        let client = async_nats::connect(url).await.expect("connect");
        let js = jetstream::ContextBuilder::new()
            .max_ack_inflight(window * 2)
            .backpressure_on_inflight(true)
            .build(client);
        let (name, subject) = (
            format!("RAW{window}_{round}"),
            format!("raw.{window}.{round}"),
        );
        fresh_stream(&js, &name, &subject).await;
        let t0 = Instant::now();
        let mut inflight = std::collections::VecDeque::with_capacity(window);
        for l in lines {
            if inflight.len() == window {
                let a: jetstream::context::PublishAckFuture =
                    inflight.pop_front().expect("nonempty");
                a.await.expect("ack");
            }
            let ack = js
                .publish(subject.clone(), l.clone().into())
                .await
                .expect("publish");
            inflight.push_back(ack);
        }
        for a in inflight {
            a.await.expect("ack");
        }
        let dt = t0.elapsed().as_secs_f64();
        let _ = js.delete_stream(&name).await;
        lines.len() as f64 / dt
    })
}

/// The daemon's path: `Publisher::publish` per batch from a plain thread.
fn daemon_path(
    rt: &tokio::runtime::Runtime,
    url: &str,
    lines: &[String],
    batch: usize,
    round: usize,
) -> f64 {
    let (name, subject) = (format!("DAEMON_{round}"), format!("daemon.{round}"));
    let target = Target {
        conn: Conn {
            url: url.into(),
            ..Default::default()
        },
        subject,
        stream: Some(name.clone()),
        create: Some(Create::default()),
        ack_timeout: Duration::from_secs(5),
    };
    let p = rt
        .block_on(Publisher::connect(&target, batch, None))
        .expect("publisher");
    let t0 = Instant::now();
    for (i, chunk) in lines.chunks(batch).enumerate() {
        let msgs = chunk
            .iter()
            .enumerate()
            .map(|(j, l)| {
                let rel = format!("s{}.txt", i * batch + j);
                let sha = l
                    .find("\"sha256\":\"")
                    .and_then(|at| l.get(at + 10..at + 74));
                Msg {
                    id: msg_id(l, sha, &rel, l.len() as u64, None),
                    payload: l.clone(),
                }
            })
            .collect();
        rt.block_on(p.publish(msgs)).expect("publish batch");
    }
    let dt = t0.elapsed().as_secs_f64();
    rt.block_on(async {
        let js = jetstream::new(async_nats::connect(url).await.expect("connect"));
        let _ = js.delete_stream(&name).await;
    });
    lines.len() as f64 / dt
}

fn tidings_bin() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(|d| d.join("tidings")))
        .filter(|p| p.exists())
        .expect("build tidings too: cargo build --release -p tidings")
}

/// `tidings watch` draining `n` files to `--nats` (or to `--out`).
fn drain(dir: &Path, url: &str, lines: &[String], n: usize, to_nats: bool, round: usize) -> f64 {
    let base = dir.join(format!("drain{round}{}", if to_nats { "n" } else { "f" }));
    let inbox = base.join("inbox");
    std::fs::create_dir_all(&inbox).expect("inbox");
    for (i, l) in lines.iter().take(n).enumerate() {
        // The body text of the payload as the article.
        let text = l
            .split("\"body\":[\"")
            .nth(1)
            .and_then(|r| r.split('"').next())
            .unwrap_or("x");
        std::fs::write(
            inbox.join(format!("a{i:06}.txt")),
            format!("Headline {i}\n\n{text}\n"),
        )
        .expect("write");
    }
    let mut cmd = Command::new(tidings_bin());
    cmd.arg("watch")
        .arg(&inbox)
        .args(["--done"])
        .arg(base.join("done"));
    cmd.args(["--state"])
        .arg(base.join("state"))
        .args(["--failed"])
        .arg(base.join("failed"));
    let out = base.join("records.jsonl");
    if to_nats {
        cmd.args([
            "--nats",
            url,
            "--subject",
            &format!("drain.{round}"),
            "--stream",
        ])
        .arg(format!("DRAIN{round}"))
        .arg("--create-stream");
    } else {
        cmd.arg("--out").arg(&out);
    }
    cmd.stdout(Stdio::null()).stderr(Stdio::null());
    let t0 = Instant::now();
    let mut child = cmd.spawn().expect("spawn tidings");
    let done = base.join("done");
    while std::fs::read_dir(&done).map(|d| d.count()).unwrap_or(0) < n {
        assert!(t0.elapsed() < Duration::from_secs(300), "drain stuck");
        assert!(child.try_wait().ok().flatten().is_none(), "tidings exited");
        std::thread::sleep(Duration::from_millis(5));
    }
    let dt = t0.elapsed().as_secs_f64();
    unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&base);
    n as f64 / dt
}

fn median(v: &mut [f64]) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v.get(v.len() / 2).copied().unwrap_or(0.0)
}

fn main() {
    let o = opts();
    let tmp = tempfile_dir();
    let (server, url) = match &o.url {
        Some(u) => (None, u.clone()),
        None => {
            let (s, u) = start_server(&tmp);
            (Some(s), u)
        }
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    let lines = payloads(o.records, o.bytes);
    let avg = lines.iter().map(String::len).sum::<usize>() / lines.len().max(1);
    println!(
        "{} records of {avg} bytes, batch {}, server {url}, {} rounds",
        lines.len(),
        o.batch,
        o.repeat
    );
    let (mut r1, mut r4, mut dp, mut dn, mut df) = (vec![], vec![], vec![], vec![], vec![]);
    for round in 0..o.repeat {
        r1.push(raw(&rt, &url, &lines, o.batch, round));
        dp.push(daemon_path(&rt, &url, &lines, o.batch, round));
        r4.push(raw(&rt, &url, &lines, o.batch * 4, round));
        if o.files > 0 {
            dn.push(drain(&tmp, &url, &lines, o.files, true, round));
            df.push(drain(&tmp, &url, &lines, o.files, false, round));
        }
        println!(
            "round {round}: raw(w={}) {:.0}/s  raw(w={}) {:.0}/s  daemon path {:.0}/s{}",
            o.batch,
            r1[round],
            o.batch * 4,
            r4[round],
            dp[round],
            if o.files > 0 {
                format!(
                    "  drain→nats {:.0}/s  drain→file {:.0}/s",
                    dn[round], df[round]
                )
            } else {
                String::new()
            }
        );
    }
    let (m1, m4, md) = (median(&mut r1), median(&mut r4), median(&mut dp));
    let ceiling = m1.max(m4);
    println!("\nmedians:");
    println!(
        "  raw ceiling      {ceiling:.0} records/s ({:.1} MB/s)",
        ceiling * avg as f64 / 1e6
    );
    println!(
        "  daemon path      {md:.0} records/s = {:.0} % of the ceiling",
        100.0 * md / ceiling
    );
    if o.files > 0 {
        println!(
            "  drain {} files   to NATS {:.0} files/s, to a file {:.0} files/s",
            o.files,
            median(&mut dn),
            median(&mut df)
        );
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&tmp);
}

fn tempfile_dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("tidings-bench-nats-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}
