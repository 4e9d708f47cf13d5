//! Publishing batches of records to JetStream, returning only once the
//! stream has acknowledged every one.
//!
//! A batch is pipelined: every message is sent first (each with its
//! `Nats-Msg-Id` and `Nats-Expected-Stream`), then the acks are awaited.
//! One round trip per batch instead of one per record is what keeps the
//! daemon near the raw publish rate while it still never advances its
//! ledger past an unacknowledged record.
//!
//! Any failure fails the whole batch; the caller retries it whole. Records
//! of the batch that were stored before the failure are sent again with
//! the same ids and dropped by the stream's duplicate window (their acks
//! say `duplicate`), so a retry never stores a record twice.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use async_nats::connection::State;
use async_nats::jetstream::{self, message::PublishMessage};
use async_nats::{Client, Subject};

use super::conn::{Conn, StateFn};
use super::stream::{self, Create, StreamError};

/// Where and how the daemon publishes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    /// The server.
    pub conn: Conn,
    /// Subject of every record.
    pub subject: String,
    /// Stream that must store the subject (found from the subject if
    /// `None`).
    pub stream: Option<String>,
    /// Create the stream with these settings if it does not exist.
    pub create: Option<Create>,
    /// Longest wait for one publish or ack before the batch fails.
    pub ack_timeout: Duration,
}

/// One record to publish.
#[derive(Debug)]
pub struct Msg {
    /// Its `Nats-Msg-Id`.
    pub id: String,
    /// The JSON line (no newline).
    pub payload: String,
}

/// A connected publisher, bound to its stream.
#[derive(Debug)]
pub struct Publisher {
    client: Client,
    js: jetstream::Context,
    subject: Subject,
    stream: String,
    ack_timeout: Duration,
    /// Publishes the stream dropped as duplicates (re-publishes).
    pub duplicates: Arc<AtomicU64>,
}

impl Publisher {
    /// Connects and checks (or creates) the stream. `max_batch` bounds the
    /// acks in flight; `on_state` hears of connection losses.
    pub async fn connect(
        target: &Target,
        max_batch: usize,
        on_state: Option<StateFn>,
    ) -> Result<Publisher, StreamError> {
        let client = target
            .conn
            .connect(on_state)
            .await
            .map_err(|e| StreamError::Transient(format!("{e:#}")))?;
        // Acks of a failed batch are dropped unawaited; the client keeps
        // their in-flight permits until its background `ack_timeout`. Make
        // that as short as the awaited timeout, and leave room for a few
        // such batches, or a retry would wait for permits, not the server.
        let js = jetstream::ContextBuilder::new()
            .timeout(target.ack_timeout)
            .ack_timeout(target.ack_timeout)
            .max_ack_inflight(max_batch.max(1) * 4)
            .backpressure_on_inflight(true)
            .build(client.clone());
        let stream = stream::ensure(
            &js,
            &target.subject,
            target.stream.as_deref(),
            target.create.as_ref(),
        )
        .await?;
        Ok(Publisher {
            client,
            js,
            subject: Subject::from(target.subject.as_str()),
            stream,
            ack_timeout: target.ack_timeout,
            duplicates: Arc::new(AtomicU64::new(0)),
        })
    }

    /// The stream's name.
    pub fn stream(&self) -> &str {
        &self.stream
    }

    /// Whether the client is connected right now.
    pub fn connected(&self) -> bool {
        self.client.connection_state() == State::Connected
    }

    /// Publishes `msgs` and waits for every ack. `Ok` means the stream has
    /// stored (or already had) each of them.
    /// Returns how many the stream dropped as duplicates.
    pub async fn publish(&self, msgs: Vec<Msg>) -> Result<u64, String> {
        if !self.connected() {
            // Do not fill the client's buffer while it reconnects: fail
            // fast and let the caller back off.
            return Err("NATS server unreachable (reconnecting)".into());
        }
        let n = msgs.len();
        let all = async {
            let mut acks = Vec::with_capacity(n);
            for m in msgs {
                let p = PublishMessage::build()
                    .message_id(&m.id)
                    .expected_stream(&self.stream)
                    .payload(m.payload.into());
                let ack = self
                    .js
                    .send_publish(self.subject.clone(), p)
                    .await
                    .map_err(|e| format!("publish: {e}"))?;
                acks.push(ack);
            }
            let mut dups = 0;
            for a in acks {
                let ack = a.await.map_err(|e| format!("publish ack: {e}"))?;
                if ack.duplicate {
                    dups += 1;
                }
            }
            Ok::<u64, String>(dups)
        };
        // Each send and each ack is bounded by the context's timeout; this
        // bounds the batch as a whole as well.
        let limit = self.ack_timeout * 2 + Duration::from_secs(1);
        match tokio::time::timeout(limit, all).await {
            Ok(Ok(dups)) => {
                self.duplicates.fetch_add(dups, Ordering::Relaxed);
                Ok(dups)
            }
            Ok(Err(e)) => Err(e),
            Err(_) => Err(format!("no ack for a batch of {n} within {limit:?}")),
        }
    }

    /// Sends what the client still buffers (at shutdown).
    pub async fn flush(&self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.client.flush()).await;
    }
}
