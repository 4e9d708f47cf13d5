//! The one place the daemon calls the core's article parser.
//!
//! Everything else in the daemon treats the core's output as opaque JSON
//! bytes: `record::build` splices `source` and `ingested_at` in front of the
//! final `}` and never re-serializes them, so that the core's bytes are
//! identical on a device and on the host.

/// The core refused the text or could not write its record.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// `article::parse` failed (e.g. a capacity ran out).
    #[error("parser: {0}")]
    Parse(#[from] tidings_core::article::Error),
    /// `json::to_slice` failed for another reason than buffer size.
    #[error("record JSON: {0}")]
    Json(String),
}

/// The core's record for `text` as one line of JSON (no trailing newline),
/// with `extra_warnings` appended to its `warnings`.
pub fn article_json(text: &str, extra_warnings: &[&str]) -> Result<String, CoreError> {
    let cfg = tidings_core::article::Config::default();
    // The article is large (fixed-capacity storage): keep it off the stack
    // of the (small-stacked) blocking worker threads.
    let mut article: Box<tidings_core::article::Article<'_>> =
        Box::new(tidings_core::article::Article::empty(text));
    tidings_core::article::parse_into(text, &cfg, &mut *article)?;
    // Escaping can grow the text (\uXXXX); start generously, grow once if asked.
    let mut buf = vec![0u8; text.len() + text.len() / 4 + 4096];
    loop {
        match tidings_core::json::to_slice(&*article, extra_warnings, &mut buf) {
            Ok(n) => {
                buf.truncate(n);
                return String::from_utf8(buf)
                    .map_err(|_| CoreError::Json("record is not UTF-8".into()));
            }
            Err(tidings_core::json::Error::BufferTooSmall { needed }) if needed > buf.len() => {
                buf.resize(needed, 0);
            }
            Err(e) => return Err(CoreError::Json(e.to_string())),
        }
    }
}
