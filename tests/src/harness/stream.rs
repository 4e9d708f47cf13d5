//! Invariants of the streaming parser (`tidings_core::stream`) on arbitrary
//! bytes, fed in chunks of every size and, when the bytes are UTF-8, line by
//! line: never panics; block events in order, never overlapping; every span
//! in bounds, quoting the input exactly; every byte counted; chunked and
//! line feeding agree; the same input gives the same events twice.

use tidings_core::stream::{Event, Stream};

/// One event, owned: name, span, text.
type Owned = (String, usize, usize, String);

fn own(e: &Event<'_>) -> Owned {
    let name = format!("{e:?}");
    let name = name.split('(').next().unwrap_or("").to_string();
    match e {
        Event::Published(d) => (format!("{d:?}"), 0, 0, String::new()),
        Event::Author(b) | Event::Outlet(b) => (name, b.span.start, b.span.end, b.text.into()),
        _ => match e.block() {
            Some(b) => (name, b.span.start, b.span.end, b.text.into()),
            None => (name, 0, 0, String::new()),
        },
    }
}

fn chunked<const BUF: usize, const SEGS: usize>(data: &[u8], chunk: usize) -> Vec<Owned> {
    let mut out = Vec::new();
    let mut s: Stream<BUF, SEGS> = Stream::default();
    let mut sink = |e: Event<'_>| out.push(own(&e));
    for c in data.chunks(chunk.max(1)) {
        let _ = s.push_bytes(c, &mut sink);
    }
    s.finish(&mut sink);
    assert_eq!(s.position(), data.len(), "stream: bytes fed miscounted");
    out
}

fn by_lines<const BUF: usize, const SEGS: usize>(text: &str) -> Vec<Owned> {
    let mut out = Vec::new();
    let mut s: Stream<BUF, SEGS> = Stream::default();
    let mut sink = |e: Event<'_>| out.push(own(&e));
    let body = text.strip_suffix('\n').unwrap_or(text);
    for line in body.split('\n') {
        let _ = s.push_line(line, &mut sink);
    }
    s.finish(&mut sink);
    out
}

fn check_events(data: &[u8], events: &[Owned]) {
    let mut prev_end = 0usize;
    for (name, start, end, text) in events {
        if text.is_empty() && start == end && !matches!(name.as_str(), "Author" | "Outlet") {
            // `Published` carries no span.
            continue;
        }
        assert!(
            start <= end && *end <= data.len(),
            "stream: {name} {start}..{end} out of bounds"
        );
        assert_eq!(
            data.get(*start..*end),
            Some(text.as_bytes()),
            "stream: {name} text is not its span"
        );
        if !matches!(name.as_str(), "Author" | "Outlet") {
            assert!(
                *start >= prev_end,
                "stream: {name} at {start} overlaps or is out of order"
            );
            prev_end = *end;
        }
    }
}

/// The `stream` fuzz target.
pub fn check_stream(data: &[u8]) {
    let chunk = usize::from(data.first().copied().unwrap_or(1) % 64) + 1;
    let small = chunked::<256, 4>(data, chunk);
    check_events(data, &small);
    let big = chunked::<4096, 32>(data, chunk);
    check_events(data, &big);
    assert_eq!(
        big,
        chunked::<4096, 32>(data, chunk),
        "stream: not deterministic"
    );
    assert_eq!(
        big,
        chunked::<4096, 32>(data, 1),
        "stream: depends on chunk size"
    );
    if let Ok(text) = std::str::from_utf8(data)
        && text.ends_with('\n')
    {
        assert_eq!(
            big,
            by_lines::<4096, 32>(text),
            "stream: lines differ from chunks"
        );
    }
}
