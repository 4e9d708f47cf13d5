//! Counters, histograms and health, served as Prometheus text on
//! `/metrics` and as `/healthz` (200 `ok` / 503 `unhealthy: …`).
//!
//! Hand-rolled: a few atomics and fixed-bucket histograms are all the
//! daemon needs, and the text format is simple and stable.

use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::time::Duration;

const LATENCY_BUCKETS: [f64; 14] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// A histogram with fixed latency buckets (seconds).
#[derive(Debug, Default)]
pub struct Histogram {
    counts: [AtomicU64; 15],
    sum_us: AtomicU64,
}

impl Histogram {
    /// Records one observation.
    pub fn observe(&self, d: Duration) {
        let s = d.as_secs_f64();
        let i = LATENCY_BUCKETS
            .iter()
            .position(|&b| s <= b)
            .unwrap_or(LATENCY_BUCKETS.len());
        if let Some(c) = self.counts.get(i) {
            c.fetch_add(1, Ordering::Relaxed);
        }
        self.sum_us.fetch_add(
            u64::try_from(d.as_micros()).unwrap_or(u64::MAX),
            Ordering::Relaxed,
        );
    }

    fn render(&self, out: &mut String, name: &str, help: &str) {
        let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} histogram");
        let mut cum = 0u64;
        for (i, b) in LATENCY_BUCKETS.iter().enumerate() {
            cum += self.counts.get(i).map_or(0, |c| c.load(Ordering::Relaxed));
            let _ = writeln!(out, "{name}_bucket{{le=\"{b}\"}} {cum}");
        }
        cum += self
            .counts
            .get(LATENCY_BUCKETS.len())
            .map_or(0, |c| c.load(Ordering::Relaxed));
        let sum = self.sum_us.load(Ordering::Relaxed) as f64 / 1e6;
        let _ = writeln!(
            out,
            "{name}_bucket{{le=\"+Inf\"}} {cum}\n{name}_sum {sum}\n{name}_count {cum}"
        );
    }
}

/// The daemon's metrics.
#[derive(Debug, Default)]
pub struct Metrics {
    /// Files queued for reading.
    pub files_seen: AtomicU64,
    /// Files with an article record.
    pub files_processed: AtomicU64,
    /// Files with an error record.
    pub files_failed: AtomicU64,
    /// Input bytes in committed records.
    pub bytes: AtomicU64,
    /// Files waiting in the queue.
    pub queue_depth: AtomicI64,
    /// Files waiting to settle.
    pub settling: AtomicI64,
    /// Failed output or ledger writes.
    pub output_errors: AtomicU64,
    /// Commits (fsync groups).
    pub commits: AtomicU64,
    /// Read attempts deferred for retry.
    pub read_retries: AtomicU64,
    /// Full rescans of the inbox.
    pub rescans: AtomicU64,
    /// Read + decode + parse + record building.
    pub parse_seconds: Histogram,
    /// Discovery to durable record.
    pub end_to_end_seconds: Histogram,
    /// One output commit (write + fsync).
    pub commit_seconds: Histogram,
}

/// Healthy, or why not.
#[derive(Debug, Default)]
pub struct Health(Mutex<Option<String>>);

impl Health {
    /// Marks unhealthy with a reason.
    pub fn fail(&self, why: String) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(why);
    }

    /// Marks healthy again.
    pub fn ok(&self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// `None` when healthy.
    pub fn problem(&self) -> Option<String> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

fn counter(out: &mut String, name: &str, help: &str, v: u64) {
    let _ = writeln!(
        out,
        "# HELP {name} {help}\n# TYPE {name} counter\n{name} {v}"
    );
}

fn gauge(out: &mut String, name: &str, help: &str, v: i64) {
    let _ = writeln!(out, "# HELP {name} {help}\n# TYPE {name} gauge\n{name} {v}");
}

impl Metrics {
    /// Prometheus text exposition.
    pub fn render(&self, health: &Health) -> String {
        let r = |a: &AtomicU64| a.load(Ordering::Relaxed);
        let mut o = String::with_capacity(4096);
        counter(
            &mut o,
            "tidings_files_seen_total",
            "Files queued for reading.",
            r(&self.files_seen),
        );
        counter(
            &mut o,
            "tidings_files_processed_total",
            "Files with an article record.",
            r(&self.files_processed),
        );
        counter(
            &mut o,
            "tidings_files_failed_total",
            "Files with an error record.",
            r(&self.files_failed),
        );
        counter(
            &mut o,
            "tidings_bytes_total",
            "Input bytes of committed records.",
            r(&self.bytes),
        );
        counter(
            &mut o,
            "tidings_output_errors_total",
            "Failed output or ledger writes (retried).",
            r(&self.output_errors),
        );
        counter(
            &mut o,
            "tidings_commits_total",
            "Durable commits (one fsync group each).",
            r(&self.commits),
        );
        counter(
            &mut o,
            "tidings_read_retries_total",
            "Reads deferred for a retry.",
            r(&self.read_retries),
        );
        counter(
            &mut o,
            "tidings_rescans_total",
            "Full rescans of the inbox.",
            r(&self.rescans),
        );
        gauge(
            &mut o,
            "tidings_queue_depth",
            "Files waiting for a parser.",
            self.queue_depth.load(Ordering::Relaxed),
        );
        gauge(
            &mut o,
            "tidings_settling_files",
            "Files waiting to be complete.",
            self.settling.load(Ordering::Relaxed),
        );
        gauge(
            &mut o,
            "tidings_healthy",
            "1 when output and ledger writes succeed.",
            i64::from(health.problem().is_none()),
        );
        self.parse_seconds.render(
            &mut o,
            "tidings_parse_seconds",
            "Read, decode, parse and build one record.",
        );
        self.end_to_end_seconds.render(
            &mut o,
            "tidings_end_to_end_seconds",
            "From discovery to the record fsync'ed.",
        );
        self.commit_seconds.render(
            &mut o,
            "tidings_commit_seconds",
            "One output commit (write and fsync).",
        );
        o
    }
}

/// Serves `/metrics` and `/healthz` until the runtime stops.
pub async fn serve(
    listener: std::net::TcpListener,
    ctx: std::sync::Arc<super::Ctx>,
) -> std::io::Result<()> {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    listener.set_nonblocking(true)?;
    let listener = tokio::net::TcpListener::from_std(listener)?;
    loop {
        let (mut sock, _) = listener.accept().await?;
        let ctx = ctx.clone();
        tokio::spawn(async move {
            let mut buf = vec![0u8; 4096];
            let mut n = 0;
            let read = async {
                while n < buf.len() {
                    let Some(rest) = buf.get_mut(n..) else { break };
                    let k = sock.read(rest).await?;
                    if k == 0 {
                        break;
                    }
                    n += k;
                    if buf
                        .get(..n)
                        .is_some_and(|b| b.windows(4).any(|w| w == b"\r\n\r\n"))
                    {
                        break;
                    }
                }
                Ok::<_, std::io::Error>(())
            };
            if tokio::time::timeout(Duration::from_secs(5), read)
                .await
                .is_err()
            {
                return;
            }
            let head = String::from_utf8_lossy(buf.get(..n).unwrap_or_default());
            let path = head.split_whitespace().nth(1).unwrap_or("/");
            let (status, ctype, body) = match path {
                "/metrics" => (
                    "200 OK",
                    "text/plain; version=0.0.4",
                    ctx.metrics.render(&ctx.health),
                ),
                "/healthz" => match ctx.health.problem() {
                    None => ("200 OK", "text/plain", "ok\n".to_owned()),
                    Some(p) => (
                        "503 Service Unavailable",
                        "text/plain",
                        format!("unhealthy: {p}\n"),
                    ),
                },
                _ => ("404 Not Found", "text/plain", "not found\n".to_owned()),
            };
            let resp = format!(
                "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = sock.write_all(resp.as_bytes()).await;
            let _ = sock.shutdown().await;
        });
    }
}
