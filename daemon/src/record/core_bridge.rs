//! The one place the daemon calls the core's article parser.
//!
//! Everything else in the daemon treats the core's output as opaque JSON
//! bytes: `record::build` splices `source` and `ingested_at` in front of the
//! final `}` and never re-serializes them, so that the core's bytes are
//! identical on a device and on the host.
//!
//! TEMPORARY until tidings_core::article lands: [`article_json`] builds a
//! schema-1 record with serde_json from a naive split (title = first
//! non-blank line, body = the blank-line paragraphs after it). The real body
//! is, roughly:
//!
//! ```ignore
//! let cfg = tidings_core::article::Config::default();
//! let article = tidings_core::article::parse(text, &cfg)
//!     .map_err(|e| CoreError::Parse(format!("{e:?}")))?;
//! let mut buf = vec![0u8; text.len() * 2 + 4096];
//! loop {
//!     match tidings_core::json::to_slice(&article, extra_warnings, &mut buf) {
//!         Ok(n) => {
//!             buf.truncate(n);
//!             return String::from_utf8(buf).map_err(|_| CoreError::Json("not UTF-8".into()));
//!         }
//!         Err(tidings_core::json::Error::BufferTooSmall { needed }) if needed > buf.len() => {
//!             buf.resize(needed, 0)
//!         }
//!         Err(e) => return Err(CoreError::Json(format!("{e:?}"))),
//!     }
//! }
//! ```

use serde::Serialize;

/// The core refused the text or could not write its record.
#[derive(Debug, thiserror::Error)]
pub enum CoreError {
    /// `article::parse` failed (e.g. a capacity ran out).
    #[allow(dead_code)] // constructed by the real bridge only
    #[error("parser: {0}")]
    Parse(String),
    /// `json::to_slice` failed for another reason than buffer size.
    #[error("record JSON: {0}")]
    Json(String),
}

/// The core's record for `text` as one line of JSON (no trailing newline),
/// with `extra_warnings` appended to its `warnings`.
pub fn article_json(text: &str, extra_warnings: &[&str]) -> Result<String, CoreError> {
    // TEMPORARY until tidings_core::article lands.
    let naive = naive::parse(text, extra_warnings);
    serde_json::to_string(&naive).map_err(|e| CoreError::Json(e.to_string()))
}

/// TEMPORARY until tidings_core::article lands: a stand-in with the record's
/// shape and field order, so the daemon's pipeline and tests run end to end.
mod naive {
    use super::Serialize;

    #[derive(Serialize)]
    pub struct Record<'a> {
        schema: u32,
        id: String,
        title: Option<&'a str>,
        subtitle: Option<&'a str>,
        section: Option<&'a str>,
        published: Option<&'a str>,
        authors: [&'a str; 0],
        outlet: Option<&'a str>,
        captions: [&'a str; 0],
        body: Vec<String>,
        boilerplate: [&'a str; 0],
        stats: Stats,
        warnings: Vec<&'a str>,
    }

    #[derive(Serialize)]
    struct Stats {
        bytes: usize,
        paragraphs: usize,
        sentences: usize,
        words: usize,
    }

    pub fn parse<'a>(text: &'a str, extra_warnings: &[&'a str]) -> Record<'a> {
        let mut lines = text.lines().map(str::trim);
        let title = lines.by_ref().find(|l| !l.is_empty());
        let mut body = Vec::new();
        let mut para = String::new();
        for line in lines {
            if line.is_empty() {
                if !para.is_empty() {
                    body.push(std::mem::take(&mut para));
                }
            } else {
                if !para.is_empty() {
                    para.push(' ');
                }
                para.push_str(line);
            }
        }
        if !para.is_empty() {
            body.push(para);
        }
        let words = body.iter().map(|p| p.split_whitespace().count()).sum();
        let sentences = body
            .iter()
            .map(|p| {
                p.split_whitespace()
                    .filter(|w| w.ends_with(['.', '!', '?']))
                    .count()
                    .max(1)
            })
            .sum();
        // FNV-1a over the body, a placeholder for the core's documented id.
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in body.iter().flat_map(|p| p.bytes().chain([b'\n'])) {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Record {
            schema: 1,
            id: format!("{h:016x}"),
            title,
            subtitle: None,
            section: None,
            published: None,
            authors: [],
            outlet: None,
            captions: [],
            stats: Stats {
                bytes: text.len(),
                paragraphs: body.len(),
                sentences,
                words,
            },
            body,
            boilerplate: [],
            warnings: extra_warnings.to_vec(),
        }
    }
}
