//! The stream that stores the daemon's subject: checked at start, or
//! created with `--create-stream`.
//!
//! Publishing to a subject no stream stores would fail every publish with
//! "no responders" forever; a stream that exists but does not store the
//! subject is a configuration error too. Both are refused at start with a
//! message that says what to do — unlike an unreachable server, which is
//! retried.

use std::time::Duration;

use async_nats::jetstream::{
    self,
    context::{CreateStreamErrorKind, GetStreamByNameErrorKind, GetStreamErrorKind},
    stream::{Config, RetentionPolicy, StorageType},
};

/// Stream name used by `--create-stream` without `--stream`.
pub const DEFAULT_STREAM: &str = "TIDINGS";

/// JetStream retention policy of a created stream.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Retention {
    /// Keep messages until a limit (age, count, bytes) removes them.
    #[default]
    Limits,
    /// Keep a message while some consumer has not acked it.
    Interest,
    /// Each message is consumed once, then removed.
    Workqueue,
}

/// What `--create-stream` creates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Create {
    /// Retention policy.
    pub retention: Retention,
    /// Replicas (1 on a single server, 3 on the usual cluster).
    pub replicas: usize,
    /// Oldest message kept (`None`: no age limit).
    pub max_age: Option<Duration>,
    /// JetStream's duplicate window: how long a `Nats-Msg-Id` is
    /// remembered. It must cover the longest outage after which a daemon
    /// re-publishes (a crash and restart), so the default is generous.
    pub duplicate_window: Duration,
}

impl Default for Create {
    fn default() -> Self {
        Create {
            retention: Retention::Limits,
            replicas: 1,
            max_age: None,
            duplicate_window: Duration::from_secs(600),
        }
    }
}

/// Why the stream cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum StreamError {
    /// The server cannot be asked right now: retry.
    #[error("{0}")]
    Transient(String),
    /// Wrong configuration: retrying will not help.
    #[error("{0}")]
    Fatal(String),
}

/// Makes sure a stream stores `subject` (creating it if `create` is given)
/// and returns its name.
pub async fn ensure(
    js: &jetstream::Context,
    subject: &str,
    name: Option<&str>,
    create: Option<&Create>,
) -> Result<String, StreamError> {
    if let Some(c) = create {
        let name = name.unwrap_or(DEFAULT_STREAM);
        let config = Config {
            name: name.to_owned(),
            subjects: vec![subject.to_owned()],
            retention: match c.retention {
                Retention::Limits => RetentionPolicy::Limits,
                Retention::Interest => RetentionPolicy::Interest,
                Retention::Workqueue => RetentionPolicy::WorkQueue,
            },
            num_replicas: c.replicas.max(1),
            max_age: c.max_age.unwrap_or_default(),
            duplicate_window: c.duplicate_window,
            storage: StorageType::File,
            ..Default::default()
        };
        if let Err(e) = js.get_or_create_stream(config).await {
            // Another daemon may have created it a moment ago.
            if js.get_stream(name).await.is_ok() {
                return check_subject(js, subject, Some(name)).await;
            }
            return Err(match e.kind() {
                CreateStreamErrorKind::TimedOut
                | CreateStreamErrorKind::Response
                | CreateStreamErrorKind::JetStreamUnavailable => {
                    StreamError::Transient(format!("cannot create stream {name}: {e}"))
                }
                _ => StreamError::Fatal(format!("cannot create stream {name}: {e}")),
            });
        }
        return check_subject(js, subject, Some(name)).await;
    } else if let Some(name) = name
        && let Err(e) = js.get_stream(name).await
    {
        return Err(match e.kind() {
            GetStreamErrorKind::Request => {
                StreamError::Transient(format!("cannot look up stream {name}: {e}"))
            }
            _ => StreamError::Fatal(format!(
                "stream {name} is not usable ({e}); create it (`nats stream add`, or `tidings watch --create-stream`)"
            )),
        });
    }
    check_subject(js, subject, name).await
}

/// The stream that stores `subject`, which must be `name` if given.
async fn check_subject(
    js: &jetstream::Context,
    subject: &str,
    name: Option<&str>,
) -> Result<String, StreamError> {
    match js.stream_by_subject(subject).await {
        Ok(found) => match name {
            Some(n) if n != found => Err(StreamError::Fatal(format!(
                "subject {subject} is stored by stream {found}, not by --stream {n}"
            ))),
            _ => Ok(found),
        },
        Err(e) => Err(match e.kind() {
            GetStreamByNameErrorKind::NotFound => StreamError::Fatal(match name {
                Some(n) => format!(
                    "stream {n} does not store subject {subject}; add the subject to it or publish to one it stores"
                ),
                None => format!(
                    "no JetStream stream stores subject {subject}; create one (`nats stream add`, or `tidings watch --create-stream [--stream NAME]`)"
                ),
            }),
            GetStreamByNameErrorKind::InvalidSubject => {
                StreamError::Fatal(format!("`{subject}` is not a valid NATS subject"))
            }
            _ => StreamError::Transient(format!("cannot look up the stream of {subject}: {e}")),
        }),
    }
}
