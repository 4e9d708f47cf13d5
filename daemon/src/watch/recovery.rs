//! Start-up recovery: make the ledger agree with the output and the inbox
//! before anything new is processed.
//!
//! 1. Read the output back from the ledger's committed offset (for a JSON
//!    Lines file): every complete record there was written (maybe even
//!    fsync'ed) but not yet entered in the ledger when the previous run
//!    died. Each one whose input is still in the inbox gets its `done`
//!    entry now, so it is moved, not recorded again. A torn or garbled
//!    tail is truncated. If the ledger is lost or names another output, the
//!    whole output is read the same way.
//! 2. Drop entries whose input has left the inbox (moved before the
//!    `gone` entry was written).
//! 3. Compact the ledger.

use super::config::Settings;
use super::ledger::{Entry, Ledger, Outcome};
use super::sink::Sink;

/// What recovery found.
#[derive(Debug, Default)]
pub struct Report {
    /// Records found past the committed offset, still in the inbox.
    pub adopted: usize,
    /// Bytes cut from the end of the output.
    pub truncated: u64,
    /// Stale ledger entries dropped.
    pub dropped: usize,
}

/// Runs recovery; see the module documentation.
pub fn recover(
    settings: &Settings,
    ledger: &mut Ledger,
    output: &mut Sink,
) -> anyhow::Result<Report> {
    let mut report = Report::default();
    let id = output.id();
    if let Sink::File(f) = output {
        let from = if ledger.output == id {
            ledger.out_committed
        } else {
            0
        };
        let inbox = settings.inbox.to_string_lossy().into_owned();
        let prefix = format!("{inbox}/");
        let mut found: Vec<(String, Entry)> = Vec::new();
        let (end, cut) = f.recover(from, |src| {
            let Some(key) = src.path.strip_prefix(&prefix) else {
                return;
            };
            if std::fs::symlink_metadata(settings.inbox.join(key)).is_err() {
                return;
            }
            let (outcome, kind, message) = match src.error {
                Some(e) => (
                    Outcome::Failed,
                    Some(e.kind.as_str().to_owned()),
                    Some(e.message),
                ),
                None => (Outcome::Done, None, None),
            };
            found.push((
                key.to_owned(),
                Entry {
                    sha256: src.sha256,
                    size: src.bytes,
                    mtime: src.mtime,
                    outcome,
                    kind,
                    message,
                },
            ));
        })?;
        report.truncated = cut;
        report.adopted = found.len();
        if !found.is_empty() {
            ledger.record_done(&found, Some(end), true)?;
        }
        if ledger.output != id || ledger.out_committed != end {
            ledger.record_output(id, end)?;
        }
    } else if ledger.output != id {
        ledger.record_output(id, 0)?;
    }
    let stale: Vec<String> = ledger
        .shared()
        .keys()
        .into_iter()
        .filter(|k| std::fs::symlink_metadata(settings.inbox.join(k)).is_err())
        .collect();
    report.dropped = stale.len();
    ledger.record_gone(&stale)?;
    ledger.compact()?;
    Ok(report)
}
