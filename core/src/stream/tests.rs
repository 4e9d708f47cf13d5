//! Unit tests of the stream's API contract: errors, memory pressure, pages
//! without an article, the trailing credit, annotations.

extern crate std;
use super::*;
use std::string::{String, ToString};
use std::vec::Vec;

const PROSE: &str = "Officials in the capital said on Tuesday that the talks would resume next \
    week, adding that both sides had agreed to a framework for the negotiations.";

/// An event as (variant name, text): the block's text, the annotation's
/// text, or the published date's ISO form.
fn owned(e: &Event<'_>) -> (String, String) {
    let name = std::format!("{e:?}");
    let name = name.split('(').next().unwrap_or("").to_string();
    let text = match e {
        Event::Published(d) => std::format!("{:?}", d.iso().map(|i| i.as_str().to_string())),
        Event::Author(b) | Event::Outlet(b) => b.text.to_string(),
        _ => e.block().map(|b| b.text.to_string()).unwrap_or_default(),
    };
    (name, text)
}

fn collect<const BUF: usize, const SEGS: usize>(
    s: &mut Stream<BUF, SEGS>,
    lines: &[&str],
) -> (Vec<(String, String)>, Vec<Error>) {
    let mut out = Vec::new();
    let mut errs = Vec::new();
    let mut sink = |e: Event<'_>| out.push(owned(&e));
    for l in lines {
        if let Err(e) = s.push_line(l, &mut sink) {
            errs.push(e);
        }
    }
    s.finish(&mut sink);
    (out, errs)
}

fn article_lines() -> Vec<String> {
    let mut v: Vec<String> = [
        "Home | World | Business",
        "",
        "Talks to resume next week, officials say",
        "",
        "By Jane Doe and John Roe",
        "",
        "October 19, 2025",
        "",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    for i in 0..8 {
        v.push(std::format!(
            "{PROSE} Paragraph {i} continues the report here."
        ));
        v.push(String::new());
    }
    v.push(std::format!(
        "{PROSE} The delegations will meet again in Geneva. /Reuters/"
    ));
    v.push(String::new());
    v.push("Leave a Reply".to_string());
    v.push("Back to top".to_string());
    v
}

#[test]
fn a_whole_article() {
    let lines = article_lines();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    let mut s: Stream = Stream::default();
    let (ev, errs) = collect(&mut s, &refs);
    assert!(errs.is_empty());
    let has = |k: &str, t: &str| ev.iter().any(|(n, x)| n == k && x == t);
    assert!(
        has("Title", "Talks to resume next week, officials say"),
        "{ev:?}"
    );
    assert!(has("Author", "Jane Doe"), "{ev:?}");
    assert!(has("Author", "John Roe"), "{ev:?}");
    assert!(has("Published", "Some(\"2025-10-19\")"), "{ev:?}");
    let paras = ev.iter().filter(|(n, _)| n == "Paragraph").count();
    assert_eq!(paras, 9, "{ev:?}");
    // The trailing credit leaves the last paragraph and names the outlet.
    let last = std::format!("{PROSE} The delegations will meet again in Geneva.");
    assert!(has("Paragraph", &last), "{ev:?}");
    assert!(has("Boilerplate", "/Reuters/"), "{ev:?}");
    assert!(has("Outlet", "Reuters"), "{ev:?}");
    assert!(
        !ev.iter()
            .any(|(n, x)| n == "Paragraph" && x.contains("Leave a Reply"))
    );
}

#[test]
fn small_windows_force_decisions_but_keep_the_body() {
    let lines = article_lines();
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    // 512 bytes hold about two paragraphs; 6 slots.
    let mut s: Stream<512, 6> = Stream::default();
    let (ev, errs) = collect(&mut s, &refs);
    assert!(errs.is_empty());
    let paras = ev.iter().filter(|(n, _)| n == "Paragraph").count();
    assert!(paras >= 8, "{ev:?}");
    assert!(core::mem::size_of::<Stream<512, 6>>() < 2048);
}

#[test]
fn no_article_is_all_boilerplate() {
    let mut s: Stream = Stream::default();
    let (ev, _) = collect(&mut s, &["Home", "News", "Sport", "Contact us"]);
    assert_eq!(ev.len(), 4);
    assert!(ev.iter().all(|(n, _)| n == "Boilerplate"), "{ev:?}");
}

#[test]
fn a_short_article_is_found_at_the_end() {
    // Below the commit mass: decided by `finish`, as the densest run.
    let mut s: Stream = Stream::default();
    let (ev, _) = collect(&mut s, &["Menu", "", PROSE, "", "Share this"]);
    assert!(
        ev.iter().any(|(n, x)| n == "Paragraph" && x == PROSE),
        "{ev:?}"
    );
}

#[test]
fn errors_are_typed_and_the_stream_goes_on() {
    let mut s: Stream<64, 4> = Stream::default();
    let long = "x ".repeat(40);
    let mut events = 0;
    let mut sink = |_: Event<'_>| events += 1;
    assert_eq!(
        s.push_line(&long, &mut sink),
        Err(Error::LineTooLong { len: 80, cap: 64 })
    );
    assert_eq!(s.position(), 81);
    assert_eq!(
        s.push_bytes(b"ok line\n\xFF\xFE bad\nnext", &mut sink),
        Err(Error::NotUtf8 { offset: 89 })
    );
    assert_eq!(
        s.push_bytes(&[b'y'; 100], &mut sink),
        Err(Error::LineTooLong { len: 104, cap: 64 })
    );
    assert_eq!(s.push_bytes(b"\nlast\n", &mut sink), Ok(()));
    s.finish(&mut sink);
    assert_eq!(s.position(), 81 + 8 + 7 + 104 + 1 + 5);
    // "ok line", "last": the bad line and the long one ("next" + 100 `y`)
    // were dropped.
    assert_eq!(events, 2);
}

#[test]
fn crlf_and_embedded_newlines() {
    let mut a: Stream = Stream::default();
    let mut b: Stream = Stream::default();
    let (ea, _) = collect(&mut a, &["One line here\r", "two\r"]);
    let (eb, _) = collect(&mut b, &["One line here\ntwo\n"]);
    assert_eq!(ea, eb);
    assert_eq!(a.position(), b.position() + 2);
}

#[test]
fn glue_memory_starts_at_the_remembered_headline() {
    let mut h = Heads::default();
    let head = "Lukashenko may take part in future peace talks";
    // Prose is not remembered: segment from the line itself.
    assert_eq!(
        h.offer("Officials said the talks would resume next week.", 0),
        0
    );
    assert_eq!(h.offer(head, 50), 50);
    let glued = "A group of negotiators also claimsLukashenko may take part in future peace talks.";
    assert_eq!(h.offer(glued, 100), 50);
    // Twelve lines after it (this one included) it is still consulted...
    for k in 0..11 {
        assert_eq!(h.offer("Plain prose goes on and on here.", 200 + k), 50);
    }
    // ... not thirteen.
    assert_eq!(h.offer("Plain prose goes on and on here.", 300), 300);
    // The window dropped it: nothing to re-read.
    h.rebase(60);
    assert_eq!(h.offer(head, 400), 400);
}

/// Events of `text` fed with `push_bytes` in `chunk`-byte pieces.
fn by_chunks<const BUF: usize, const SEGS: usize>(
    text: &str,
    chunk: usize,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut s: Stream<BUF, SEGS> = Stream::default();
    let mut sink = |e: Event<'_>| out.push(owned(&e));
    for c in text.as_bytes().chunks(chunk) {
        let _ = s.push_bytes(c, &mut sink);
    }
    s.finish(&mut sink);
    out
}

/// Regression (found by the `stream` fuzz target): when the window filled
/// up in the middle of a line, `push_bytes` forced more decisions than
/// `push_line` for the same line (it counted the line's stored bytes
/// twice), so the header was decided early, the byline and the caption came
/// out as boilerplate, and the two feeding modes disagreed. Windows from
/// "the whole header fits" down to "a paragraph or two fits", every chunk
/// size up to 33 bytes and CRLF line ends: the same events as line feeding.
#[test]
fn byte_and_line_feeding_force_the_same_decisions() {
    fn sweep<const BUF: usize, const SEGS: usize>(lines: &[String], eol: &str) {
        let text: String = lines.iter().map(|l| std::format!("{l}{eol}")).collect();
        let refs: Vec<&str> = text.split('\n').collect();
        let refs = refs.get(..refs.len() - 1).unwrap_or(&[]);
        let mut s: Stream<BUF, SEGS> = Stream::default();
        let (want, _) = collect(&mut s, refs);
        assert!(want.iter().any(|(n, _)| n == "Paragraph"), "{want:?}");
        for chunk in 1..=33 {
            assert_eq!(
                by_chunks::<BUF, SEGS>(&text, chunk),
                want,
                "window {BUF}, {SEGS} slots, {chunk}-byte chunks, {eol:?}"
            );
        }
    }
    let mut lines = article_lines();
    // A caption after the byline, and a long paragraph that fills a small
    // window on its own.
    lines.insert(
        6,
        "The delegations at the last round of talks in Geneva. (Jane Roe/AFP via Getty Images)"
            .to_string(),
    );
    lines.insert(7, String::new());
    lines.push(std::format!("{PROSE} {PROSE} {PROSE}"));
    for eol in ["\n", "\r\n"] {
        sweep::<4096, 32>(&lines, eol);
        sweep::<1024, 8>(&lines, eol);
        sweep::<600, 6>(&lines, eol);
        sweep::<512, 6>(&lines, eol);
        sweep::<400, 4>(&lines, eol);
    }
}
