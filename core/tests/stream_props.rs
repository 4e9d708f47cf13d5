//! Property tests for the streaming parser: never panics whatever the input,
//! window or chunking; block events come in order, never overlap, stay in
//! bounds and quote the input exactly; feeding lines or byte chunks of any
//! size gives the same events.

use proptest::prelude::*;
use tidings_core::stream::{Event, Stream};

/// Scraped-page-like text: prose, headlines, boilerplate phrases, odd
/// spaces, control characters, CJK, glued sentences, long lines.
fn page() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        4 => "[A-Za-z]{1,10}",
        1 => "[a-z]{2,8}[A-Z][a-z]{2,8}",
        1 => "[0-9]{1,4}",
        3 => "(the|of|and|to|in|is|that|for|с|и|de|que)",
        1 => "[а-яА-Я]{2,8}",
        1 => "[가-힣]{1,4}",
        1 => "[一-龥]{1,6}",
        1 => "(READ MORE:|Advertisement|Leave a Reply|By|Photo:|©|Subscribe|Share this|/Reuters/|October 19, 2025)",
        1 => "(\u{a0}|\u{2028}|\u{200b}|\u{feff}|\t|\r|\"|“|”|…|\\.|,|;|:|!|\\?|\\(|\\)|•|\\||@|/|—)",
        1 => "[\u{0}-\u{1f}]",
    ];
    let line = prop::collection::vec(word, 0..60).prop_map(|w| {
        let mut s = String::new();
        for (i, x) in w.iter().enumerate() {
            if i > 0 && i % 4 != 0 {
                s.push(' ');
            }
            s.push_str(x);
        }
        s
    });
    prop::collection::vec(line, 0..60).prop_map(|lines| lines.join("\n"))
}

/// Owned copy of an event (block kind, span, text) for comparisons.
type Owned = (String, usize, usize, String);

fn own(e: &Event<'_>) -> Owned {
    let (kind, start, end, text) = match e {
        Event::Published(d) => (format!("{d:?}"), 0, 0, String::new()),
        _ => {
            let b = match e {
                Event::Author(b) | Event::Outlet(b) => *b,
                _ => *e.block().expect("block event"),
            };
            let kind = format!("{e:?}");
            let kind = kind.split('(').next().unwrap_or("").to_string();
            (kind, b.span.start, b.span.end, b.text.to_string())
        }
    };
    (kind, start, end, text)
}

fn check_events(input: &[u8], events: &[Owned], blocks: &[(usize, usize)]) {
    for (kind, s, e, t) in events {
        if kind.starts_with("Published") {
            continue;
        }
        assert!(
            s <= e && *e <= input.len(),
            "{kind} span {s}..{e} out of bounds"
        );
        assert_eq!(
            &input[*s..*e],
            t.as_bytes(),
            "{kind} text differs from its span"
        );
    }
    for w in blocks.windows(2) {
        assert!(w[0].1 <= w[1].0, "block events out of order: {w:?}");
    }
}

fn run_lines<const BUF: usize, const SEGS: usize>(text: &str) -> (Vec<Owned>, Vec<(usize, usize)>) {
    let mut events = Vec::new();
    let mut blocks = Vec::new();
    let mut s: Stream<BUF, SEGS> = Stream::default();
    let mut sink = |e: Event<'_>| {
        if let Some(b) = e.block() {
            blocks.push((b.span.start, b.span.end));
        }
        events.push(own(&e));
    };
    for line in text.split('\n') {
        // Too long for the window: reported, dropped, the stream goes on.
        let _ = s.push_line(line, &mut sink);
    }
    s.finish(&mut sink);
    assert_eq!(
        s.position(),
        text.len() + 1,
        "every byte and terminator counted"
    );
    (events, blocks)
}

fn run_chunks<const BUF: usize, const SEGS: usize>(
    bytes: &[u8],
    sizes: &[usize],
) -> (Vec<Owned>, Vec<(usize, usize)>) {
    let mut events = Vec::new();
    let mut blocks = Vec::new();
    let mut s: Stream<BUF, SEGS> = Stream::default();
    let mut sink = |e: Event<'_>| {
        if let Some(b) = e.block() {
            blocks.push((b.span.start, b.span.end));
        }
        events.push(own(&e));
    };
    let mut rest = bytes;
    let mut k = 0;
    while !rest.is_empty() {
        let n = sizes
            .get(k % sizes.len().max(1))
            .copied()
            .unwrap_or(1)
            .clamp(1, rest.len());
        let _ = s.push_bytes(&rest[..n], &mut sink);
        rest = &rest[n..];
        k += 1;
    }
    s.finish(&mut sink);
    assert_eq!(s.position(), bytes.len());
    (events, blocks)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn lines_small_window(text in page()) {
        let (ev, blocks) = run_lines::<512, 6>(&text);
        check_events(text.as_bytes(), &ev, &blocks);
    }

    #[test]
    fn lines_default_window(text in page()) {
        let (ev, blocks) = run_lines::<4096, 32>(&text);
        check_events(text.as_bytes(), &ev, &blocks);
        // Every block is reported: each character that is not white space
        // lies inside a block event (every line fits this window).
        let mut k = 0;
        for (i, c) in text.char_indices() {
            if tidings_core::article::text::is_space(c) {
                continue;
            }
            while blocks.get(k).is_some_and(|b| b.1 <= i) {
                k += 1;
            }
            prop_assert!(
                blocks.get(k).is_some_and(|b| b.0 <= i),
                "{:?} at {} is in no block", c, i
            );
        }
    }

    #[test]
    fn chunks_equal_lines(text in page(), sizes in prop::collection::vec(1usize..200, 1..8)) {
        let lines = run_lines::<4096, 32>(&text);
        let mut bytes = text.clone().into_bytes();
        bytes.push(b'\n');
        let chunks = run_chunks::<4096, 32>(&bytes, &sizes);
        check_events(&bytes, &chunks.0, &chunks.1);
        let first_diff = lines.0.iter().zip(&chunks.0).position(|(a, b)| a != b);
        prop_assert!(
            lines == chunks,
            "first difference at event {:?}: {:?} vs {:?}; counts {} vs {}",
            first_diff,
            first_diff.and_then(|k| lines.0.get(k)),
            first_diff.and_then(|k| chunks.0.get(k)),
            lines.0.len(),
            chunks.0.len()
        );
    }

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..3000),
                       sizes in prop::collection::vec(1usize..64, 1..4)) {
        let (ev, blocks) = run_chunks::<256, 4>(&bytes, &sizes);
        check_events(&bytes, &ev, &blocks);
    }
}
