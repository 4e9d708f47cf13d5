//! `tidings parse [FILE|DIR|-]... [--out PATH] [--pretty] [--jobs N]`
//!
//! One record per input file, as JSON Lines (or pretty-printed with
//! `--pretty`), built by the same [`crate::record`] code as the daemon's.
//! Output order is input order, also with `--jobs N > 1`: workers may run
//! ahead of the writer by a bounded window only, so memory stays bounded
//! however many files there are. A file that cannot be used yields an error
//! record and makes the exit status non-zero (65 for bad data, 66 for an
//! unreadable input) once every file has been tried.

mod walk;

use std::collections::BTreeMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, mpsc};
use std::time::SystemTime;

use crate::cmd::input::{EX_DATAERR, EX_NOINPUT};
use crate::record::read::{self, ReadError};
use crate::record::{self, Built, ErrorKind, Failure, Source, pretty::pretty};
use walk::Input;

/// Progress is shown from this many inputs on (and only on a terminal).
const PROGRESS_FROM: usize = 64;

/// Arguments of `tidings parse`.
#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// Files or directories (walked recursively in sorted order); `-` or
    /// none for standard input.
    pub inputs: Vec<PathBuf>,
    /// Write the records to PATH (created or truncated) instead of standard
    /// output.
    #[arg(long, short = 'o', value_name = "PATH")]
    pub out: Option<PathBuf>,
    /// Pretty-print each record (two-space indents) instead of one line each.
    #[arg(long)]
    pub pretty: bool,
    /// Parse N files at a time (default: one per CPU); output order is
    /// still input order.
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Refuse (error record `too_large`) files larger than this, e.g. 10MiB.
    #[arg(long, value_name = "SIZE", default_value = "64MiB", value_parser = crate::size::parse_size)]
    pub max_bytes: u64,
}

/// Runs the command; returns the exit status.
pub fn run(args: &ParseArgs) -> anyhow::Result<u8> {
    let inputs = walk::expand(&args.inputs);
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, 256)
        .min(inputs.len().max(1));
    let sink: Box<dyn Write> = match &args.out {
        Some(p) => Box::new(
            std::fs::File::create(p)
                .map_err(|e| anyhow::anyhow!("cannot create {}: {e}", p.display()))?,
        ),
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = BufWriter::with_capacity(1 << 16, sink);
    let progress = (inputs.len() >= PROGRESS_FROM && std::io::stderr().is_terminal()).then(|| {
        let pb = indicatif::ProgressBar::new(inputs.len() as u64);
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{bar:40} {pos}/{len} files {per_sec} eta {eta}",
        ) {
            pb.set_style(style);
        }
        pb
    });

    let mut status = 0u8;
    let mut write_err: Option<std::io::Error> = None;
    let mut emit = |built: Built| {
        if let Some(f) = &built.failure {
            status = status.max(exit_code(f.kind));
        }
        if write_err.is_some() {
            return;
        }
        let res = if args.pretty {
            out.write_all(pretty(&built.line).as_bytes())
        } else {
            out.write_all(built.line.as_bytes())
        }
        .and_then(|()| out.write_all(b"\n"));
        if let Err(e) = res {
            write_err = Some(e);
        }
        if let Some(pb) = &progress {
            pb.inc(1);
        }
    };

    if jobs <= 1 {
        for input in &inputs {
            emit(process(input, args.max_bytes));
        }
    } else {
        run_ordered(&inputs, jobs, args.max_bytes, &mut emit);
    }
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    let flushed = out.flush();
    match write_err.map_or(flushed, Err) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Err(e) => return Err(anyhow::anyhow!("writing records: {e}")),
        Ok(()) => {}
    }
    Ok(status)
}

fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Unreadable => EX_NOINPUT,
        _ => EX_DATAERR,
    }
}

/// Parses with `jobs` threads; `emit` sees results in input order. A worker
/// starts input `i` only once fewer than `window` results are waiting.
fn run_ordered(inputs: &[Input], jobs: usize, max_bytes: u64, emit: &mut impl FnMut(Built)) {
    let window = jobs * 4;
    let next = AtomicUsize::new(0);
    let written = Mutex::new(0usize);
    let cv = Condvar::new();
    let (tx, rx) = mpsc::channel::<(usize, Built)>();
    std::thread::scope(|s| {
        for _ in 0..jobs {
            let tx = tx.clone();
            let (next, written, cv) = (&next, &written, &cv);
            s.spawn(move || {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(input) = inputs.get(i) else { break };
                    {
                        let mut w = written.lock().unwrap_or_else(|p| p.into_inner());
                        while i >= *w + window {
                            w = cv.wait(w).unwrap_or_else(|p| p.into_inner());
                        }
                    }
                    if tx.send((i, process(input, max_bytes))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let mut pending = BTreeMap::new();
        let mut want = 0usize;
        for (i, built) in rx {
            pending.insert(i, built);
            while let Some(b) = pending.remove(&want) {
                emit(b);
                want += 1;
                *written.lock().unwrap_or_else(|p| p.into_inner()) = want;
                cv.notify_all();
            }
        }
    });
}

/// The record (or error record) of one input.
fn process(input: &Input, max_bytes: u64) -> Built {
    let now = SystemTime::now();
    let (path, result) = match input {
        Input::Stdin => ("-".to_owned(), read::read_stdin(max_bytes)),
        Input::File(p) => (p.display().to_string(), read::read_any(p, max_bytes)),
        Input::Unlistable(p, e) => {
            let src = Source::from_meta(p.display().to_string(), None);
            let f = Failure::new(ErrorKind::Unreadable, format!("cannot list directory: {e}"));
            return record::build_error(f, &src, now);
        }
    };
    match result {
        Ok(data) => {
            let mut src = Source::from_data(path, &data);
            if matches!(input, Input::Stdin) {
                src.mtime = None;
            }
            record::build(&data.bytes, &src, now)
        }
        Err(ReadError::Gone) => record::build_error(
            Failure::new(ErrorKind::Unreadable, "no such file"),
            &Source::from_meta(path, None),
            now,
        ),
        Err(ReadError::Failed { failure, meta, .. }) => {
            record::build_error(failure, &Source::from_meta(path, meta.as_ref()), now)
        }
    }
}
