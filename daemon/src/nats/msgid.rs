//! The `Nats-Msg-Id` of a record: the record's `id` (a hash of the article
//! body) and the SHA-256 of the input's bytes.
//!
//! Both are functions of the input's content alone, so a record published
//! again — after a crash between the publish ack and the ledger entry, or
//! by a commit retried after a lost connection — carries the same id, and
//! JetStream's duplicate window drops it. The consequence, by design: the
//! same bytes arriving twice within the window (on one node or on two
//! ingest nodes) are stored once.
//!
//! Inputs that were never read (too large, not a file, a symlink,
//! unreadable) have no content hash; their id hashes the input's path,
//! size and mtime instead, which are just as stable across restarts.

use sha2::{Digest, Sha256};

/// The record's `"id"` if the line is an article record (the core writes
/// `{"schema":1,"id":"…"` first); `None` for an error record.
pub fn record_id(json: &str) -> Option<&str> {
    const KEY: &str = "\"id\":\"";
    // The id is the second member: look only at the head of the line, so a
    // body quoting `"id":"` can never be mistaken for it.
    let head = json.get(..json.len().min(48))?;
    let at = head.find(KEY)? + KEY.len();
    let rest = json.get(at..)?;
    let end = rest.find('"')?;
    rest.get(..end)
}

/// The message id for a record line and its input's identity.
pub fn msg_id(
    json: &str,
    sha256: Option<&str>,
    rel: &str,
    size: u64,
    mtime: Option<&str>,
) -> String {
    let rid = record_id(json).unwrap_or("error");
    match sha256 {
        Some(h) => format!("{rid}-{h}"),
        None => {
            let mut d = Sha256::new();
            d.update(rel.as_bytes());
            d.update([0]);
            d.update(size.to_le_bytes());
            d.update(mtime.unwrap_or("").as_bytes());
            let h = d.finalize();
            let mut hex = String::with_capacity(32);
            for b in h.iter().take(16) {
                hex.push_str(&format!("{b:02x}"));
            }
            format!("{rid}-p{hex}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_ids_join_record_id_and_content_hash() {
        let line = r#"{"schema":1,"id":"0123456789abcdef","title":"x","source":{}}"#;
        assert_eq!(record_id(line), Some("0123456789abcdef"));
        assert_eq!(
            msg_id(line, Some("aa"), "a.txt", 3, None),
            "0123456789abcdef-aa"
        );
    }

    #[test]
    fn error_records_and_unread_inputs() {
        let err =
            r#"{"schema":1,"error":{"kind":"empty","message":"the \"id\":\"x\""},"source":{}}"#;
        assert_eq!(record_id(err), None);
        assert_eq!(msg_id(err, Some("bb"), "e", 0, None), "error-bb");
        let a = msg_id(err, None, "big.txt", 10, Some("2026-01-01T00:00:00Z"));
        let b = msg_id(err, None, "big.txt", 11, Some("2026-01-01T00:00:00Z"));
        assert!(
            a.starts_with("error-p") && a.len() == "error-p".len() + 32,
            "{a}"
        );
        assert_ne!(a, b);
        assert_eq!(
            a,
            msg_id(err, None, "big.txt", 10, Some("2026-01-01T00:00:00Z"))
        );
    }
}
