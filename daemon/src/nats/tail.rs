//! `tidings tail`: read records back from JetStream as JSON Lines.
//!
//! A pull consumer on the stream that stores the subject, filtered to it.
//! With `--durable NAME` the server remembers the position: each run goes
//! on where the last one stopped. Messages are acked only after they were
//! written to stdout and flushed, so a `tail` killed mid-batch prints the
//! unacked ones again next time (at-least-once, like any consumer).

use std::io::Write;
use std::time::{Duration, Instant};

use async_nats::jetstream::{self, consumer::AckPolicy, consumer::pull};
use futures_util::StreamExt;

use super::conn::Conn;
use super::stream;

/// What to read and when to stop.
#[derive(Debug)]
pub struct Opts {
    /// The server.
    pub conn: Conn,
    /// Subject to read.
    pub subject: String,
    /// Stream name, if it cannot be found from the subject.
    pub stream: Option<String>,
    /// Durable consumer name (server-side position).
    pub durable: Option<String>,
    /// Stop after this many records.
    pub count: Option<u64>,
    /// Stop once no record came for this long.
    pub idle_exit: Option<Duration>,
    /// Records per pull request.
    pub batch: usize,
}

/// Runs the consumer; returns the number of records printed.
pub async fn run(o: &Opts, out: &mut dyn Write) -> anyhow::Result<u64> {
    use anyhow::Context as _;
    let client = o.conn.connect(None).await?;
    let js = jetstream::new(client.clone());
    let name = stream::ensure(&js, &o.subject, o.stream.as_deref(), None)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    let stream = js
        .get_stream(&name)
        .await
        .with_context(|| format!("stream {name}"))?;
    let config = pull::Config {
        durable_name: o.durable.clone(),
        filter_subject: o.subject.clone(),
        ack_policy: AckPolicy::Explicit,
        ..Default::default()
    };
    let consumer: jetstream::consumer::PullConsumer = match &o.durable {
        Some(d) => stream
            .get_or_create_consumer(d, config)
            .await
            .with_context(|| format!("durable consumer {d} on stream {name}"))?,
        None => stream
            .create_consumer(config)
            .await
            .with_context(|| format!("consumer on stream {name}"))?,
    };
    let mut printed = 0u64;
    let mut last = Instant::now();
    loop {
        let want = match o.count {
            Some(c) if printed >= c => break,
            Some(c) => (c - printed).min(o.batch as u64) as usize,
            None => o.batch,
        };
        let mut batch = consumer
            .fetch()
            .max_messages(want.max(1))
            .expires(Duration::from_millis(500))
            .messages()
            .await
            .context("pull request")?;
        let mut got = Vec::new();
        while let Some(m) = batch.next().await {
            got.push(m.map_err(|e| anyhow::anyhow!("receiving: {e}"))?);
        }
        if got.is_empty() {
            if o.idle_exit.is_some_and(|d| last.elapsed() >= d) {
                break;
            }
            continue;
        }
        last = Instant::now();
        let mut buf = Vec::new();
        for m in &got {
            buf.extend_from_slice(&m.payload);
            buf.push(b'\n');
        }
        // A closed pipe (`| head`) ends the run without acking what the
        // reader did not take.
        if out.write_all(&buf).and_then(|()| out.flush()).is_err() {
            return Ok(printed);
        }
        for m in &got {
            m.ack().await.map_err(|e| anyhow::anyhow!("ack: {e}"))?;
        }
        printed += got.len() as u64;
    }
    let _ = tokio::time::timeout(Duration::from_secs(2), client.flush()).await;
    Ok(printed)
}
