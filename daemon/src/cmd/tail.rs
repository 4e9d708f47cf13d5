//! `tidings tail --nats URL --subject SUBJ [--durable NAME]`: print the
//! records stored in JetStream as JSON Lines (see `nats::tail`).

use std::time::Duration;

use anyhow::Context;

use crate::nats::conn::{ConnArgs, DEFAULT_SUBJECT};
use crate::nats::tail::{self, Opts};

/// Arguments of `tidings tail`.
#[derive(Debug, clap::Args)]
pub struct TailArgs {
    #[command(flatten)]
    conn: ConnArgs,
    /// Durable consumer name: the server remembers what was acked, so the
    /// next run with the same name goes on from there.
    #[arg(long, value_name = "NAME")]
    durable: Option<String>,
    /// Exit after N records.
    #[arg(long, value_name = "N")]
    count: Option<u64>,
    /// Exit once no record came for MS milliseconds (default: run until
    /// killed).
    #[arg(long, value_name = "MS")]
    idle_exit: Option<u64>,
    /// Records per pull request.
    #[arg(long, value_name = "N", default_value_t = 256)]
    batch: usize,
}

/// Runs `tidings tail`.
pub fn run(args: &TailArgs) -> anyhow::Result<u8> {
    let conn = args
        .conn
        .conn()
        .context("tail needs --nats URL (or TIDINGS_NATS)")?;
    let opts = Opts {
        conn,
        subject: args
            .conn
            .subject
            .clone()
            .unwrap_or_else(|| DEFAULT_SUBJECT.to_owned()),
        stream: args.conn.stream.clone(),
        durable: args.durable.clone(),
        count: args.count,
        idle_exit: args.idle_exit.map(Duration::from_millis),
        batch: args.batch.clamp(1, 10_000),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let mut out = std::io::stdout().lock();
    rt.block_on(tail::run(&opts, &mut out))?;
    Ok(0)
}
