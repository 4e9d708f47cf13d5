//! The benchmark corpus: `data/news.txt` repeated to about 10 MB.
//!
//! Shared by every bench target so all segmenters (ours and the peers) see the
//! same bytes.

/// Target corpus size in bytes.
pub const TARGET_BYTES: usize = 10 * 1024 * 1024;

/// Builds the corpus: whole copies of `data/news.txt`, separated by a blank
/// line, until at least [`TARGET_BYTES`].
pub fn news_corpus() -> String {
    let unit = include_str!("data/news.txt");
    let mut out = String::with_capacity(TARGET_BYTES + unit.len() + 2);
    while out.len() < TARGET_BYTES {
        out.push_str(unit);
        out.push_str("\n\n");
    }
    out
}
