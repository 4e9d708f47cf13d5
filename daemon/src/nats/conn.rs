//! Reaching a NATS server: URL, credentials and TLS, shared by the daemon's
//! sink and `tidings tail`.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use async_nats::{Client, ConnectOptions, Event};

/// How to reach the server.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Conn {
    /// Server URL(s), comma-separated (`nats://127.0.0.1:4222`).
    pub url: String,
    /// A `.creds` file (JWT + NKey seed).
    pub creds: Option<PathBuf>,
    /// Require TLS even if the URL says `nats://`.
    pub tls: bool,
    /// PEM roots to trust for the server's certificate.
    pub tls_ca: Option<PathBuf>,
    /// PEM client certificate (mutual TLS), with `tls_key`.
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of `tls_cert`.
    pub tls_key: Option<PathBuf>,
}

/// The connection flags of `watch` and `tail` (each also a `TIDINGS_*`
/// environment variable; `watch` reads them from its config file too).
#[derive(Clone, Debug, Default, clap::Args)]
pub struct ConnArgs {
    /// NATS server with JetStream, e.g. nats://127.0.0.1:4222 (comma-separate
    /// a cluster's URLs); for `watch`, records go there instead of a file.
    #[arg(long = "nats", env = "TIDINGS_NATS", value_name = "URL")]
    pub nats: Option<String>,
    /// NATS subject of the records (default tidings.records).
    #[arg(long, env = "TIDINGS_SUBJECT", value_name = "SUBJ")]
    pub subject: Option<String>,
    /// JetStream stream that stores the subject (default: the stream that
    /// stores it; TIDINGS with --create-stream).
    #[arg(long, env = "TIDINGS_STREAM", value_name = "NAME")]
    pub stream: Option<String>,
    /// NATS credentials file (JWT and NKey seed).
    #[arg(long, env = "TIDINGS_CREDS", value_name = "FILE")]
    pub creds: Option<PathBuf>,
    /// Require TLS to the NATS server.
    #[arg(long, env = "TIDINGS_TLS", num_args = 0..=1, require_equals = true,
          default_missing_value = "true", value_parser = clap::builder::BoolishValueParser::new(), value_name = "BOOL")]
    pub tls: Option<bool>,
    /// PEM file of CA certificates to trust for the NATS server.
    #[arg(long, env = "TIDINGS_TLS_CA", value_name = "FILE")]
    pub tls_ca: Option<PathBuf>,
    /// PEM client certificate for mutual TLS (with --tls-key).
    #[arg(long, env = "TIDINGS_TLS_CERT", value_name = "FILE")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key of --tls-cert.
    #[arg(long, env = "TIDINGS_TLS_KEY", value_name = "FILE")]
    pub tls_key: Option<PathBuf>,
}

impl ConnArgs {
    /// The connection settings, if `--nats` was given.
    pub fn conn(&self) -> Option<Conn> {
        Some(Conn {
            url: self.nats.clone()?,
            creds: self.creds.clone(),
            tls: self.tls.unwrap_or(false),
            tls_ca: self.tls_ca.clone(),
            tls_cert: self.tls_cert.clone(),
            tls_key: self.tls_key.clone(),
        })
    }
}

/// Subject used when none is given.
pub const DEFAULT_SUBJECT: &str = "tidings.records";

/// Called with `true` when the connection is up and `false` when it is lost
/// (the daemon turns this into `/healthz`).
pub type StateFn = Arc<dyn Fn(bool) + Send + Sync>;

/// How long one connection attempt may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

impl Conn {
    /// Connects once. After the first success the client reconnects by
    /// itself, forever, with backoff (`max_reconnects(None)`), reporting
    /// each loss and return to `on_state`.
    pub async fn connect(&self, on_state: Option<StateFn>) -> anyhow::Result<Client> {
        use anyhow::Context as _;
        let mut o = ConnectOptions::new()
            .name("tidings")
            .connection_timeout(CONNECT_TIMEOUT)
            .max_reconnects(None);
        if let Some(c) = &self.creds {
            o = o
                .credentials_file(c)
                .await
                .with_context(|| format!("cannot read the NATS credentials {}", c.display()))?;
        }
        if self.tls {
            o = o.require_tls(true);
        }
        if let Some(ca) = &self.tls_ca {
            o = o.add_root_certificates(ca.clone());
        }
        match (&self.tls_cert, &self.tls_key) {
            (Some(c), Some(k)) => o = o.add_client_certificate(c.clone(), k.clone()),
            (None, None) => {}
            _ => anyhow::bail!("--tls-cert and --tls-key go together"),
        }
        if let Some(f) = on_state {
            o = o.event_callback(move |e| {
                let f = f.clone();
                async move {
                    match e {
                        Event::Connected => f(true),
                        Event::Disconnected => f(false),
                        _ => {}
                    }
                }
            });
        }
        let urls = self.url.as_str();
        o.connect(urls)
            .await
            .with_context(|| format!("cannot connect to NATS at {urls}"))
    }
}
