//! `tidings watch` settings: command line, `TIDINGS_*` environment, TOML
//! config file, defaults — in that order of precedence.
//!
//! Every flag has an environment variable (`--max-bytes` ↔
//! `TIDINGS_MAX_BYTES`) and a config-file key of the same name
//! (`max-bytes = "10MiB"`); unknown keys in the file are an error, so a typo
//! is never silently ignored. Relative paths in the file are relative to
//! the file's directory.
//!
//! The choices that exclude each other (`--out`/`--out-dir`/`--stdout`;
//! `--done`/`--delete`/`--keep`) are resolved per layer: the highest layer
//! that sets any of them decides, and setting two in one layer is an error.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, bail};
use clap::ArgMatches;
use clap::builder::BoolishValueParser;
use clap::parser::ValueSource;
use serde::Deserialize;

use super::names::NameFilter;
use crate::nats::conn::{Conn, ConnArgs, DEFAULT_SUBJECT};
use crate::nats::publish::Target;
use crate::nats::stream::{Create, Retention};
use crate::size::parse_size;

/// Log line format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line.
    Json,
}

/// Arguments of `tidings watch`. Every option can also come from the
/// environment (`TIDINGS_<FLAG>`) or the config file (`<flag> = …`).
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Defaults, for `tidings watch inbox/` (P = the inbox's parent directory):
  records      P/tidings-out/records.jsonl   (--out)
  done inputs  P/tidings-out/done/           (--done)
  bad inputs   P/tidings-out/failed/         (--failed; NAME.error.json beside each)
  ledger       P/tidings-out/state/          (--state)
Precedence: flags > TIDINGS_* environment > --config file > defaults.")]
pub struct WatchArgs {
    /// The inbox directory to watch.
    #[arg(env = "TIDINGS_INBOX", value_name = "INBOX")]
    pub inbox: Option<PathBuf>,
    /// Append records to this JSON Lines file (default: ../tidings-out/records.jsonl beside the inbox).
    #[arg(long, env = "TIDINGS_OUT", value_name = "FILE.jsonl")]
    pub out: Option<PathBuf>,
    /// Write one NAME.SHA.json record file per input into DIR instead.
    #[arg(long, env = "TIDINGS_OUT_DIR", value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Write records to standard output (at-least-once across crashes).
    #[arg(long, env = "TIDINGS_STDOUT", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new(), value_name = "BOOL")]
    pub stdout: Option<bool>,
    /// Move processed inputs into DIR (default: ../tidings-out/done beside the inbox).
    #[arg(long, env = "TIDINGS_DONE", value_name = "DIR")]
    pub done: Option<PathBuf>,
    /// Delete processed inputs instead of moving them.
    #[arg(long, env = "TIDINGS_DELETE", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new(), value_name = "BOOL")]
    pub delete: Option<bool>,
    /// Leave processed inputs in the inbox (the ledger remembers them).
    #[arg(long, env = "TIDINGS_KEEP", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new(), value_name = "BOOL")]
    pub keep: Option<bool>,
    /// Move bad inputs (with NAME.error.json) into DIR.
    #[arg(long, env = "TIDINGS_FAILED", value_name = "DIR")]
    pub failed: Option<PathBuf>,
    /// Keep the ledger (crash-safe progress) in DIR.
    #[arg(long, env = "TIDINGS_STATE", value_name = "DIR")]
    pub state: Option<PathBuf>,
    /// Parser threads (default: one per CPU).
    #[arg(long, env = "TIDINGS_WORKERS", value_name = "N")]
    pub workers: Option<usize>,
    /// Refuse files larger than this without reading them (default 10MiB).
    #[arg(long, env = "TIDINGS_MAX_BYTES", value_name = "SIZE", value_parser = parse_size)]
    pub max_bytes: Option<u64>,
    /// A file with no close/rename event is complete once its size and
    /// mtime have not changed for MS milliseconds (default 1000).
    #[arg(long, env = "TIDINGS_SETTLE", value_name = "MS")]
    pub settle: Option<u64>,
    /// Only files whose name (or inbox-relative path) matches a GLOB.
    #[arg(
        long,
        env = "TIDINGS_INCLUDE",
        value_name = "GLOB",
        value_delimiter = ','
    )]
    pub include: Vec<String>,
    /// Skip files whose name (or inbox-relative path) matches a GLOB.
    #[arg(
        long,
        env = "TIDINGS_EXCLUDE",
        value_name = "GLOB",
        value_delimiter = ','
    )]
    pub exclude: Vec<String>,
    /// Watch sub-directories too.
    #[arg(long, env = "TIDINGS_RECURSIVE", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new(), value_name = "BOOL")]
    pub recursive: Option<bool>,
    /// Poll every MS milliseconds (default 1000) instead of inotify, for
    /// network file systems.
    #[arg(long, env = "TIDINGS_POLL", num_args = 0..=1, default_missing_value = "1000", value_name = "MS")]
    pub poll: Option<u64>,
    /// Full rescan of the inbox every MS milliseconds, the backstop for
    /// missed events (default 30000).
    #[arg(long, env = "TIDINGS_RESCAN", value_name = "MS")]
    pub rescan: Option<u64>,
    /// Serve Prometheus /metrics and /healthz on ADDR (e.g. 127.0.0.1:9464).
    #[arg(long, env = "TIDINGS_METRICS", value_name = "ADDR")]
    pub metrics: Option<String>,
    /// Read settings from this TOML file.
    #[arg(long, env = "TIDINGS_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Log format on stderr (filter with TIDINGS_LOG, e.g. `debug`).
    #[arg(long, env = "TIDINGS_LOG_FORMAT", value_enum, value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
    /// Capacity of the queue of files waiting for a parser (default 256).
    #[arg(long, env = "TIDINGS_QUEUE", value_name = "N")]
    pub queue: Option<usize>,
    /// Most records per fsync'ed commit (default 256).
    #[arg(long, env = "TIDINGS_BATCH", value_name = "N")]
    pub batch: Option<usize>,
    /// Attempts to read an unreadable file before it fails (default 5).
    #[arg(long, env = "TIDINGS_RETRIES", value_name = "N")]
    pub retries: Option<u32>,
    /// First retry delay in ms, doubled each attempt (default 1000).
    #[arg(long, env = "TIDINGS_RETRY_MS", value_name = "MS")]
    pub retry_ms: Option<u64>,
    /// NATS connection (`--nats URL` selects the JetStream sink).
    #[command(flatten)]
    pub nats: ConnArgs,
    /// Create the JetStream stream if it does not exist (otherwise a
    /// missing stream stops the daemon at start).
    #[arg(long, env = "TIDINGS_CREATE_STREAM", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = BoolishValueParser::new(), value_name = "BOOL")]
    pub create_stream: Option<bool>,
    /// Retention of a created stream (default limits).
    #[arg(
        long,
        env = "TIDINGS_STREAM_RETENTION",
        value_enum,
        value_name = "POLICY"
    )]
    pub stream_retention: Option<Retention>,
    /// Replicas of a created stream (default 1; 3 on a cluster).
    #[arg(long, env = "TIDINGS_STREAM_REPLICAS", value_name = "N")]
    pub stream_replicas: Option<usize>,
    /// Age limit in seconds of a created stream (default 0: none).
    #[arg(long, env = "TIDINGS_STREAM_MAX_AGE", value_name = "SECS")]
    pub stream_max_age: Option<u64>,
    /// Duplicate window in seconds of a created stream: a record
    /// re-published within it is dropped (default 600).
    #[arg(long, env = "TIDINGS_DEDUP_WINDOW", value_name = "SECS")]
    pub dedup_window: Option<u64>,
    /// Longest wait in ms for a JetStream publish ack (default 5000).
    #[arg(long, env = "TIDINGS_ACK_TIMEOUT", value_name = "MS")]
    pub ack_timeout: Option<u64>,
}

/// `poll` in the config file: `true` or a period in ms.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum PollSetting {
    On(bool),
    Ms(u64),
}

/// `max-bytes` in the config file: a number or a string like "10MiB".
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum SizeSetting {
    Bytes(u64),
    Text(String),
}

/// The config file's keys: the flags' names.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct FileConfig {
    inbox: Option<PathBuf>,
    out: Option<PathBuf>,
    out_dir: Option<PathBuf>,
    stdout: Option<bool>,
    done: Option<PathBuf>,
    delete: Option<bool>,
    keep: Option<bool>,
    failed: Option<PathBuf>,
    state: Option<PathBuf>,
    workers: Option<usize>,
    max_bytes: Option<SizeSetting>,
    settle: Option<u64>,
    include: Option<Vec<String>>,
    exclude: Option<Vec<String>>,
    recursive: Option<bool>,
    poll: Option<PollSetting>,
    rescan: Option<u64>,
    metrics: Option<String>,
    log_format: Option<LogFormat>,
    queue: Option<usize>,
    batch: Option<usize>,
    retries: Option<u32>,
    retry_ms: Option<u64>,
    nats: Option<String>,
    subject: Option<String>,
    stream: Option<String>,
    creds: Option<PathBuf>,
    tls: Option<bool>,
    tls_ca: Option<PathBuf>,
    tls_cert: Option<PathBuf>,
    tls_key: Option<PathBuf>,
    create_stream: Option<bool>,
    stream_retention: Option<Retention>,
    stream_replicas: Option<usize>,
    stream_max_age: Option<u64>,
    dedup_window: Option<u64>,
    ack_timeout: Option<u64>,
}

/// Where records go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputMode {
    /// Appended to one JSON Lines file.
    File(PathBuf),
    /// One file per record in a directory.
    Dir(PathBuf),
    /// Standard output.
    Stdout,
    /// Published to NATS JetStream.
    Nats(Box<Target>),
}

/// What happens to an input once its record is durable.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Disposition {
    /// Moved into this directory.
    MoveTo(PathBuf),
    /// Deleted.
    Delete,
    /// Left where it is.
    Keep,
}

/// Resolved settings of one `tidings watch` run.
#[derive(Debug)]
pub struct Settings {
    /// The inbox, canonical (absolute, no links).
    pub inbox: PathBuf,
    /// Record destination.
    pub output: OutputMode,
    /// Fate of good inputs.
    pub disposition: Disposition,
    /// Where bad inputs go.
    pub failed: PathBuf,
    /// Ledger directory.
    pub state: PathBuf,
    /// Parser threads.
    pub workers: usize,
    /// Size limit.
    pub max_bytes: u64,
    /// Quiet period for files without events.
    pub settle: Duration,
    /// Name filter.
    pub filter: NameFilter,
    /// Walk sub-directories.
    pub recursive: bool,
    /// Poll period, when polling.
    pub poll: Option<Duration>,
    /// Full rescan period.
    pub rescan: Duration,
    /// Metrics listen address.
    pub metrics: Option<SocketAddr>,
    /// Log format.
    pub log_format: LogFormat,
    /// Job queue capacity.
    pub queue: usize,
    /// Records per commit, at most.
    pub batch: usize,
    /// Read attempts for unreadable files.
    pub retries: u32,
    /// First retry delay.
    pub retry_base: Duration,
    /// The article parser: always the core's, except in the benchmark
    /// (`TIDINGS_BENCH_NULL_PARSER=1`, deliberately not a flag or a config
    /// key: it writes records without articles).
    pub parser: crate::record::Parser,
}

/// `TIDINGS_BENCH_NULL_PARSER=1`: the benchmark's switch to
/// [`crate::record::Parser::Null`].
pub const NULL_PARSER_ENV: &str = "TIDINGS_BENCH_NULL_PARSER";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Layer {
    Flags,
    Env,
    File,
}

fn layer(m: &ArgMatches, id: &str) -> Option<Layer> {
    match m.value_source(id) {
        Some(ValueSource::CommandLine) => Some(Layer::Flags),
        Some(ValueSource::EnvVariable) => Some(Layer::Env),
        _ => None,
    }
}

/// Picks one of mutually exclusive choices: `(name, layer, value)` for each
/// choice that is set; the highest layer wins; two in a layer is an error.
fn exclusive<T>(choices: Vec<(&'static str, Layer, T)>) -> anyhow::Result<Option<T>> {
    for l in [Layer::Flags, Layer::Env, Layer::File] {
        let names: Vec<&str> = choices.iter().filter(|c| c.1 == l).map(|c| c.0).collect();
        if names.len() > 1 {
            let from = match l {
                Layer::Flags => "on the command line",
                Layer::Env => "in the environment",
                Layer::File => "in the config file",
            };
            bail!(
                "{} exclude each other (both set {from})",
                names.join(" and ")
            );
        }
        if names.len() == 1 {
            return Ok(choices.into_iter().find(|c| c.1 == l).map(|c| c.2));
        }
    }
    Ok(None)
}

fn load_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("cannot read config file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("config file {}", path.display()))
}

/// Resolves the settings; `m` are the `watch` subcommand's matches (they
/// tell flags from environment).
pub fn resolve(args: &WatchArgs, m: &ArgMatches) -> anyhow::Result<Settings> {
    let file = match &args.config {
        Some(p) => load_file(p)?,
        None => FileConfig::default(),
    };
    // Relative paths in the file are relative to the file.
    let file_dir = args
        .config
        .as_ref()
        .and_then(|p| p.parent())
        .map(Path::to_path_buf)
        .unwrap_or_default();
    let from_file = |p: &Option<PathBuf>| p.as_ref().map(|p| file_dir.join(p));

    let inbox = args
        .inbox
        .clone()
        .or_else(|| from_file(&file.inbox))
        .context("no inbox: give INBOX, TIDINGS_INBOX or `inbox = \"…\"` in the config file")?;
    let meta = std::fs::metadata(&inbox).with_context(|| format!("inbox {}", inbox.display()))?;
    if !meta.is_dir() {
        bail!("inbox {} is not a directory", inbox.display());
    }
    let inbox = inbox
        .canonicalize()
        .with_context(|| format!("inbox {}", inbox.display()))?;
    let base = inbox
        .parent()
        .context("the inbox cannot be the root directory")?
        .join("tidings-out");

    let mut outs = Vec::new();
    if let (Some(p), Some(l)) = (&args.out, layer(m, "out")) {
        outs.push(("--out", l, OutputMode::File(p.clone())));
    }
    if let (Some(p), Some(l)) = (&args.out_dir, layer(m, "out_dir")) {
        outs.push(("--out-dir", l, OutputMode::Dir(p.clone())));
    }
    if let (Some(true), Some(l)) = (args.stdout, layer(m, "stdout")) {
        outs.push(("--stdout", l, OutputMode::Stdout));
    }
    if let Some(p) = from_file(&file.out) {
        outs.push(("out", Layer::File, OutputMode::File(p)));
    }
    if let Some(p) = from_file(&file.out_dir) {
        outs.push(("out-dir", Layer::File, OutputMode::Dir(p)));
    }
    if file.stdout == Some(true) {
        outs.push(("stdout", Layer::File, OutputMode::Stdout));
    }
    let target = |url: &str| nats_target(url, args, &file, &from_file);
    if let (Some(u), Some(l)) = (&args.nats.nats, layer(m, "nats")) {
        outs.push(("--nats", l, OutputMode::Nats(Box::new(target(u)))));
    }
    if let Some(u) = &file.nats {
        outs.push(("nats", Layer::File, OutputMode::Nats(Box::new(target(u)))));
    }
    let output = exclusive(outs)?.unwrap_or_else(|| OutputMode::File(base.join("records.jsonl")));

    let mut disp = Vec::new();
    if let (Some(p), Some(l)) = (&args.done, layer(m, "done")) {
        disp.push(("--done", l, Disposition::MoveTo(p.clone())));
    }
    if let (Some(true), Some(l)) = (args.delete, layer(m, "delete")) {
        disp.push(("--delete", l, Disposition::Delete));
    }
    if let (Some(true), Some(l)) = (args.keep, layer(m, "keep")) {
        disp.push(("--keep", l, Disposition::Keep));
    }
    if let Some(p) = from_file(&file.done) {
        disp.push(("done", Layer::File, Disposition::MoveTo(p)));
    }
    if file.delete == Some(true) {
        disp.push(("delete", Layer::File, Disposition::Delete));
    }
    if file.keep == Some(true) {
        disp.push(("keep", Layer::File, Disposition::Keep));
    }
    let disposition = exclusive(disp)?.unwrap_or_else(|| Disposition::MoveTo(base.join("done")));

    let failed = args
        .failed
        .clone()
        .or_else(|| from_file(&file.failed))
        .unwrap_or_else(|| base.join("failed"));
    let state = args
        .state
        .clone()
        .or_else(|| from_file(&file.state))
        .unwrap_or_else(|| base.join("state"));

    let max_bytes = match (args.max_bytes, &file.max_bytes) {
        (Some(n), _) => n,
        (None, Some(SizeSetting::Bytes(n))) => *n,
        (None, Some(SizeSetting::Text(t))) => {
            parse_size(t).map_err(|e| anyhow::anyhow!("config max-bytes: {e}"))?
        }
        (None, None) => 10 << 20,
    };
    let poll = match (args.poll, &file.poll) {
        (Some(ms), _) => Some(ms),
        (None, Some(PollSetting::On(true))) => Some(1000),
        (None, Some(PollSetting::Ms(ms))) => Some(*ms),
        _ => None,
    };
    let include = if args.include.is_empty() {
        file.include.clone().unwrap_or_default()
    } else {
        args.include.clone()
    };
    let exclude = if args.exclude.is_empty() {
        file.exclude.clone().unwrap_or_default()
    } else {
        args.exclude.clone()
    };
    let metrics =
        match args.metrics.clone().or_else(|| file.metrics.clone()) {
            Some(a) => Some(a.parse::<SocketAddr>().with_context(|| {
                format!("--metrics `{a}` is not an address like 127.0.0.1:9464")
            })?),
            None => None,
        };
    let cpus = std::thread::available_parallelism().map_or(2, |n| n.get());
    Ok(Settings {
        inbox,
        output,
        disposition,
        failed,
        state,
        workers: args.workers.or(file.workers).unwrap_or(cpus).clamp(1, 256),
        max_bytes,
        settle: Duration::from_millis(args.settle.or(file.settle).unwrap_or(1000)),
        filter: NameFilter::new(&include, &exclude)?,
        recursive: args.recursive.or(file.recursive).unwrap_or(false),
        poll: poll.map(|ms| Duration::from_millis(ms.max(10))),
        rescan: Duration::from_millis(args.rescan.or(file.rescan).unwrap_or(30_000).max(100)),
        metrics,
        log_format: args.log_format.or(file.log_format).unwrap_or_default(),
        queue: args.queue.or(file.queue).unwrap_or(256).clamp(1, 1 << 20),
        batch: args.batch.or(file.batch).unwrap_or(256).clamp(1, 1 << 16),
        retries: args.retries.or(file.retries).unwrap_or(5).max(1),
        retry_base: Duration::from_millis(args.retry_ms.or(file.retry_ms).unwrap_or(1000)),
        parser: if std::env::var_os(NULL_PARSER_ENV).is_some_and(|v| v == "1") {
            crate::record::Parser::Null
        } else {
            crate::record::Parser::Core
        },
    })
}

/// The JetStream target for `--nats URL`, from flags over the file.
fn nats_target(
    url: &str,
    args: &WatchArgs,
    file: &FileConfig,
    from_file: &dyn Fn(&Option<PathBuf>) -> Option<PathBuf>,
) -> Target {
    let a = &args.nats;
    let create = args
        .create_stream
        .or(file.create_stream)
        .unwrap_or(false)
        .then(|| {
            let d = Create::default();
            Create {
                retention: args
                    .stream_retention
                    .or(file.stream_retention)
                    .unwrap_or(d.retention),
                replicas: args
                    .stream_replicas
                    .or(file.stream_replicas)
                    .unwrap_or(d.replicas)
                    .clamp(1, 5),
                max_age: args
                    .stream_max_age
                    .or(file.stream_max_age)
                    .filter(|&s| s > 0)
                    .map(Duration::from_secs),
                duplicate_window: args
                    .dedup_window
                    .or(file.dedup_window)
                    .map_or(d.duplicate_window, |s| Duration::from_secs(s.max(1))),
            }
        });
    Target {
        conn: Conn {
            url: url.to_owned(),
            creds: a.creds.clone().or_else(|| from_file(&file.creds)),
            tls: a.tls.or(file.tls).unwrap_or(false),
            tls_ca: a.tls_ca.clone().or_else(|| from_file(&file.tls_ca)),
            tls_cert: a.tls_cert.clone().or_else(|| from_file(&file.tls_cert)),
            tls_key: a.tls_key.clone().or_else(|| from_file(&file.tls_key)),
        },
        subject: a
            .subject
            .clone()
            .or_else(|| file.subject.clone())
            .unwrap_or_else(|| DEFAULT_SUBJECT.to_owned()),
        stream: a.stream.clone().or_else(|| file.stream.clone()),
        create,
        ack_timeout: Duration::from_millis(
            args.ack_timeout
                .or(file.ack_timeout)
                .unwrap_or(5000)
                .max(100),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_keys_are_flag_names_and_unknown_keys_fail() {
        let ok: FileConfig = toml::from_str(
            "inbox = \"in\"\nmax-bytes = \"1MiB\"\nout-dir = \"o\"\ninclude = [\"*.txt\"]\npoll = true\nlog-format = \"json\"",
        )
        .unwrap();
        assert!(matches!(ok.max_bytes, Some(SizeSetting::Text(_))));
        assert!(matches!(ok.poll, Some(PollSetting::On(true))));
        assert_eq!(ok.log_format, Some(LogFormat::Json));
        let err = toml::from_str::<FileConfig>("inbx = \"in\"").unwrap_err();
        assert!(err.to_string().contains("unknown field"), "{err}");
    }

    #[test]
    fn nats_keys_in_the_config_file() {
        let c: FileConfig = toml::from_str(
            "nats = \"nats://127.0.0.1:4222\"\nsubject = \"news.in\"\nstream = \"NEWS\"\ncreate-stream = true\nstream-retention = \"workqueue\"\nstream-replicas = 3\ndedup-window = 900\nack-timeout = 2000\ncreds = \"a.creds\"\ntls = true\ntls-ca = \"ca.pem\"",
        )
        .unwrap();
        assert_eq!(c.stream_retention, Some(Retention::Workqueue));
        assert_eq!(c.stream_replicas, Some(3));
        let args = <WatchArgs as clap::FromArgMatches>::from_arg_matches(
            &<WatchArgs as clap::Args>::augment_args(clap::Command::new("watch"))
                .no_binary_name(true)
                .get_matches_from(["in"]),
        )
        .unwrap();
        let dir = PathBuf::from("/etc/tidings");
        let t = nats_target("nats://x:4222", &args, &c, &|p| {
            p.as_ref().map(|p| dir.join(p))
        });
        assert_eq!(t.subject, "news.in");
        assert_eq!(t.stream.as_deref(), Some("NEWS"));
        assert_eq!(t.ack_timeout, Duration::from_secs(2));
        assert_eq!(t.conn.creds, Some(PathBuf::from("/etc/tidings/a.creds")));
        assert!(t.conn.tls);
        let cr = t.create.unwrap();
        assert_eq!((cr.retention, cr.replicas), (Retention::Workqueue, 3));
        assert_eq!(cr.duplicate_window, Duration::from_secs(900));
    }

    #[test]
    fn exclusive_choices() {
        let one = exclusive(vec![("a", Layer::Env, 1), ("b", Layer::File, 2)]).unwrap();
        assert_eq!(one, Some(1));
        assert!(exclusive(vec![("a", Layer::Flags, 1), ("b", Layer::Flags, 2)]).is_err());
        assert_eq!(exclusive::<u8>(vec![]).unwrap(), None);
    }
}
