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

use std::cell::RefCell;

use tidings_core::article::{self, Article, CACHE, Config, context::Info};

thread_local! {
    /// Per-thread working storage reused for every file the thread parses:
    /// the segment cache (`CACHE` × `Info`, ~42 KiB) and the JSON buffer.
    /// Allocated once per worker instead of once per file.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Largest JSON buffer a thread keeps between files.
const KEEP_JSON_BYTES: usize = 1 << 20;

#[derive(Default)]
struct Scratch {
    cache: Vec<Info>,
    json: Vec<u8>,
}

/// The core's record for `text` as one line of JSON (no trailing newline),
/// with `extra_warnings` appended to its `warnings`.
///
/// Parses with a segment cache (`article::parse_into_with`): pass 2 reads
/// pass 1's analysis back instead of re-reading the text around the body,
/// about half the parser's work (README, "Segment cache"). The firmware
/// parses without one (`parse_into`); both give byte-identical records on
/// the seeds, which `tests::seeds_are_the_same_with_and_without_the_cache`
/// checks because scripts/embedded.sh compares the device's records with
/// `tidings parse` byte for byte.
pub fn article_json(text: &str, extra_warnings: &[&str]) -> Result<String, CoreError> {
    SCRATCH.with(|s| {
        let mut s = s.borrow_mut();
        let Scratch { cache, json } = &mut *s;
        if cache.len() < CACHE {
            cache.resize(CACHE, Info::default());
        }
        let out = record_with(text, extra_warnings, cache, json);
        // Keep a buffer for ordinary articles only: one huge file must not
        // pin its size in every worker for the daemon's lifetime.
        if json.capacity() > KEEP_JSON_BYTES {
            *json = Vec::new();
        }
        out
    })
}

/// [`article_json`] with explicit storage: `cache` for the segment cache
/// (empty: the cache-less path the firmware takes), `buf` for the JSON.
fn record_with(
    text: &str,
    extra_warnings: &[&str],
    cache: &mut [Info],
    buf: &mut Vec<u8>,
) -> Result<String, CoreError> {
    let cfg = Config::default();
    // The article is large (fixed-capacity storage): keep it off the stack
    // of the (small-stacked) blocking worker threads. It borrows `text`, so
    // it cannot outlive this call.
    let mut article: Box<Article<'_>> = Box::new(Article::empty(text));
    article::parse_into_with(text, &cfg, &mut *article, cache)?;
    // Escaping can grow the text (\uXXXX); start generously, grow once if
    // asked. The buffer keeps its size for the thread's next file.
    let want = text.len() + text.len() / 4 + 4096;
    if buf.len() < want {
        buf.resize(want, 0);
    }
    loop {
        match tidings_core::json::to_slice(&*article, extra_warnings, buf) {
            Ok(n) => {
                let out = buf.get(..n).unwrap_or_default();
                // The writer only copies `&str` text and ASCII, so this
                // check cannot fail; simdutf8 keeps it cheap.
                return simdutf8::basic::from_utf8(out)
                    .map(str::to_owned)
                    .map_err(|_| CoreError::Json("record is not UTF-8".into()));
            }
            Err(tidings_core::json::Error::BufferTooSmall { needed }) if needed > buf.len() => {
                buf.resize(needed, 0);
            }
            Err(e) => return Err(CoreError::Json(e.to_string())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeds() -> Vec<(String, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/seeds");
        let mut out = Vec::new();
        for e in std::fs::read_dir(&dir).unwrap().flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "txt") {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read_to_string(&p).unwrap()));
            }
        }
        out.sort();
        out
    }

    /// The host parses with the segment cache, the firmware without one;
    /// scripts/embedded.sh requires their records to be byte-identical on
    /// the seeds. (On the 122 development pages the two differ on one page,
    /// in boilerplate kinds only: the cache-less path warms its context up
    /// from a snapshot.)
    #[test]
    fn seeds_are_the_same_with_and_without_the_cache() {
        let seeds = seeds();
        assert_eq!(seeds.len(), 5);
        for (name, text) in seeds {
            let mut buf = Vec::new();
            let cacheless = record_with(&text, &[], &mut [], &mut buf).unwrap();
            let cached = article_json(&text, &[]).unwrap();
            assert_eq!(cached, cacheless, "{name}");
        }
    }

    /// The reused buffers carry nothing from one file to the next.
    #[test]
    fn reused_storage_gives_the_same_records() {
        let seeds = seeds();
        let first: Vec<String> = seeds
            .iter()
            .map(|(_, t)| article_json(t, &[]).unwrap())
            .collect();
        let again: Vec<String> = seeds
            .iter()
            .rev()
            .map(|(_, t)| article_json(t, &["w"]).unwrap())
            .collect();
        for (a, b) in first.iter().zip(again.iter().rev()) {
            assert_eq!(
                a.replace("\"warnings\":[]", ""),
                b.replace("\"warnings\":[\"w\"]", "")
            );
        }
        let long = "A paragraph of text that is long enough to be a body. ".repeat(2000);
        let big = article_json(&long, &[]).unwrap();
        let small = article_json("Title\n\nBody one.\n", &[]).unwrap();
        assert!(big.len() > 100_000);
        assert!(small.len() < 2_000, "{small}");
        serde_json::from_str::<serde_json::Value>(&small).unwrap();
    }
}
