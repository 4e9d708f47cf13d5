//! Invariant checks over the core's public entry points.
//!
//! Each `check_*` takes arbitrary bytes, runs one entry point and panics with
//! a precise message if an invariant does not hold. "Does not crash" is not
//! enough: spans must be ordered, in bounds and on char boundaries, UAX #29
//! segments must concatenate back to the input, and the same input must give
//! the same output twice.

use tidings_core::grammar::{byline, credit, date, outlet};
use tidings_core::{Mode, Span, article, json, sentence, token};

pub mod page;
pub mod stream;

pub use stream::check_stream;

/// A harness: arbitrary bytes in, panic on a broken invariant.
pub type Check = fn(&[u8]);

/// Which harness a fuzz target (and its corpus directory) runs.
pub const TARGETS: &[(&str, Check)] = &[
    ("tokens", check_tokens),
    ("sentences", check_sentences),
    ("article", check_article),
    ("grammars", check_grammars),
    ("page", check_page),
    ("stream", check_stream),
];

fn as_text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Tokenizer invariants, both modes.
pub fn check_tokens(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    for mode in [Mode::News, Mode::Uax29] {
        let first: Vec<token::Token> = token::tokenize(text, mode).collect();
        let again: Vec<token::Token> = token::tokenize(text, mode).collect();
        assert_eq!(first, again, "{mode:?}: not deterministic");
        let mut prev_end = 0usize;
        for t in &first {
            assert!(t.start < t.end, "{mode:?}: empty token {t:?}");
            assert!(t.end <= text.len(), "{mode:?}: token past the end {t:?}");
            assert!(t.start >= prev_end, "{mode:?}: overlapping/unordered {t:?}");
            assert!(
                text.is_char_boundary(t.start) && text.is_char_boundary(t.end),
                "{mode:?}: token off char boundary {t:?}"
            );
            let gap = text.get(prev_end..t.start).unwrap_or("<bad>");
            match mode {
                Mode::Uax29 => assert!(gap.is_empty(), "uax29: gap {gap:?} before {t:?}"),
                Mode::News => {
                    assert!(
                        gap.chars().all(char::is_whitespace),
                        "news: non-space gap {gap:?} before {t:?}"
                    );
                    assert_ne!(t.kind, token::Kind::Space, "news: space token {t:?}");
                }
            }
            prev_end = t.end;
        }
        let tail = text.get(prev_end..).unwrap_or("<bad>");
        match mode {
            Mode::Uax29 => assert!(tail.is_empty(), "uax29: segments do not cover the input"),
            Mode::News => assert!(
                tail.chars().all(char::is_whitespace),
                "news: dropped {tail:?}"
            ),
        }
    }
}

/// Sentence invariants, both modes: contiguous spans covering the input.
pub fn check_sentences(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    for mode in [Mode::News, Mode::Uax29] {
        let first: Vec<Span> = sentence::sentences(text, mode).collect();
        let again: Vec<Span> = sentence::sentences(text, mode).collect();
        assert_eq!(first, again, "{mode:?}: not deterministic");
        let mut pos = 0usize;
        for s in &first {
            assert_eq!(s.start, pos, "{mode:?}: gap or overlap at {s:?}");
            assert!(s.start < s.end, "{mode:?}: empty sentence {s:?}");
            assert!(s.end <= text.len(), "{mode:?}: past the end {s:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{mode:?}: off char boundary {s:?}"
            );
            pos = s.end;
        }
        assert_eq!(
            pos,
            text.len(),
            "{mode:?}: sentences do not cover the input"
        );
    }
}

/// Folds every run of white space to one space and trims. White space is
/// the article parser's (`article::text::is_space`): Unicode White_Space
/// (NBSP included) plus the zero-width characters scrapers leave behind
/// (ZWSP, word joiner, BOM), which the parser trims and folds like spaces.
/// (With `char::is_whitespace` alone, a line starting with a BOM made a
/// correct body look like no slice of the input: fuzz/artifacts/page.)
pub fn fold_ws(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s
        .split(tidings_core::article::text::is_space)
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Article parser + JSON writer invariants: the record is valid JSON with
/// the schema's fields, every string field is a slice of the input (after
/// white-space folding), and the output is deterministic.
pub fn check_article(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    let Some(first) = article_json(text) else {
        return;
    };
    let again = article_json(text);
    assert_eq!(Some(&first), again.as_ref(), "article: not deterministic");
    let v: serde_json::Value = match serde_json::from_str(&first) {
        Ok(v) => v,
        Err(e) => panic!("article: invalid JSON ({e}): {first}"),
    };
    assert_eq!(v["schema"], 1, "schema");
    let id = v["id"].as_str().unwrap_or_default();
    assert!(
        id.len() == 16 && id.bytes().all(|b| b.is_ascii_hexdigit()),
        "id {id:?}"
    );
    let folded = fold_ws(text);
    let check_slice = |what: &str, s: &serde_json::Value| {
        let Some(s) = s.as_str() else {
            assert!(s.is_null(), "{what}: neither string nor null: {s}");
            return;
        };
        let f = fold_ws(s);
        assert!(!f.is_empty(), "{what}: empty string");
        assert!(
            folded.contains(&f),
            "{what}: {f:?} is not a slice of the input"
        );
    };
    for field in ["title", "subtitle", "section", "outlet"] {
        check_slice(field, &v[field]);
    }
    for field in ["authors", "captions", "body"] {
        let arr = v[field]
            .as_array()
            .unwrap_or_else(|| panic!("{field} is not an array"));
        for s in arr {
            check_slice(field, s);
        }
    }
    for b in v["boilerplate"].as_array().expect("boilerplate array") {
        assert!(b["kind"].is_string(), "boilerplate kind");
        check_slice("boilerplate", &b["text"]);
    }
    if let Some(p) = v["published"].as_str() {
        assert!(
            p.len() >= 10 && p.as_bytes().get(4) == Some(&b'-'),
            "published {p:?}"
        );
    }
    let stats = &v["stats"];
    assert_eq!(
        stats["bytes"].as_u64(),
        Some(text.len() as u64),
        "stats.bytes"
    );
    assert_eq!(
        stats["paragraphs"].as_u64(),
        v["body"].as_array().map(|a| a.len() as u64),
        "stats.paragraphs"
    );
}

/// The record JSON, or `None` when the parser refused the text with a typed
/// error (a capacity ran out): that is a valid outcome, but its message must
/// say something.
fn article_json(text: &str) -> Option<String> {
    let cfg = article::Config::default();
    let mut a: Box<article::Article<'_>> = Box::new(article::Article::empty(text));
    if let Err(e) = article::parse_into(text, &cfg, &mut *a) {
        assert!(!e.to_string().is_empty());
        return None;
    }
    // First into a deliberately small buffer: must report the size needed.
    let mut small = [0u8; 64];
    let needed = match json::to_slice(&*a, &["extra"], &mut small) {
        Ok(n) => n,
        Err(json::Error::BufferTooSmall { needed }) => needed,
    };
    let mut buf = vec![0u8; needed];
    let n = json::to_slice(&*a, &["extra"], &mut buf).expect("the reported size is enough");
    assert_eq!(n, needed, "json: reported size differs from written size");
    buf.truncate(n);
    Some(String::from_utf8(buf).expect("JSON is UTF-8"))
}

fn check_span(what: &str, line: &str, span: Span) {
    assert!(
        span.start <= span.end && span.end <= line.len(),
        "{what}: span {span:?} out of bounds"
    );
    assert!(
        line.is_char_boundary(span.start) && line.is_char_boundary(span.end),
        "{what}: span {span:?} off char boundary"
    );
}

fn check_within(what: &str, line: &str, part: &str) {
    let (l0, l1) = (line.as_ptr() as usize, line.as_ptr() as usize + line.len());
    let (p0, p1) = (part.as_ptr() as usize, part.as_ptr() as usize + part.len());
    assert!(
        part.is_empty() || (p0 >= l0 && p1 <= l1),
        "{what}: {part:?} is not inside the line"
    );
}

/// The nom line grammars (dates, bylines, credits, outlets, datelines), on
/// the whole input and on each of its lines.
pub fn check_grammars(data: &[u8]) {
    let Some(text) = as_text(data) else { return };
    for line in std::iter::once(text).chain(text.lines()) {
        if let Some((d, used)) = date::parse_date(line) {
            assert!(
                used <= line.len() && line.is_char_boundary(used),
                "parse_date consumed {used}"
            );
            let _ = d.iso();
        }
        if let Some((d, span)) = date::find_date(line) {
            check_span("find_date", line, span);
            // find_date reads ambiguous numeric dates by the line's cues.
            let order = date::NumericOrder::of_line(line);
            let again = date::parse_date_with(span.text(line), order).map(|(d, _)| d);
            assert_eq!(
                again,
                Some(d),
                "find_date span {:?} does not re-parse",
                span.text(line)
            );
            if let Some(iso) = d.iso() {
                let s = iso.as_str();
                assert!(s.len() >= 10, "iso {s:?}");
            }
        }
        // Total (no panic) on any line; a stamp is short.
        if date::relative_stamp(line) {
            assert!(line.trim().len() <= 48, "relative stamp {line:?}");
        }
        for order in [date::NumericOrder::MonthFirst, date::NumericOrder::DayFirst] {
            let mut prev = 0;
            for (_, span) in date::dates(line, order).take(64) {
                check_span("dates", line, span);
                assert!(span.start >= prev, "dates: unordered");
                prev = span.end;
            }
        }
        if let Some(b) = byline::parse_byline(line) {
            for a in &b.authors {
                check_within("byline author", line, a);
            }
            b.outlet
                .iter()
                .chain(b.role.iter())
                .for_each(|p| check_within("byline", line, p));
        }
        if let Some(names) = byline::placed(line) {
            assert!(!names.is_empty(), "placed: no names");
            for n in &names {
                check_within("placed name", line, n);
            }
        }
        if let Some((role, outlet)) = byline::role_line(line) {
            check_within("role line", line, role);
            outlet
                .iter()
                .for_each(|o| check_within("role line outlet", line, o));
        }
        let _ = byline::ends_with_role(line);
        for c in [credit::parse_credit(line), credit::trailing_credit(line)]
            .into_iter()
            .flatten()
        {
            check_span("credit", line, c.span);
            check_within("credit who", line, c.who);
        }
        if let Some(o) = outlet::find_outlet(line) {
            check_span("outlet", line, o.span);
            check_within("outlet", line, o.outlet);
        }
        if let Some(d) = outlet::parse_dateline(line) {
            assert!(
                d.body_start <= line.len() && line.is_char_boundary(d.body_start),
                "dateline body_start"
            );
            d.place
                .iter()
                .chain(d.outlet.iter())
                .for_each(|p| check_within("dateline", line, p));
        }
        assert_eq!(
            date::find_date(line),
            date::find_date(line),
            "find_date not deterministic"
        );
        assert_eq!(
            byline::parse_byline(line),
            byline::parse_byline(line),
            "byline not deterministic"
        );
    }
}

/// Structure-aware: assembles an article-like page from the bytes (see
/// [`page`]) and runs every text harness on it.
pub fn check_page(data: &[u8]) {
    let text = page::assemble(data);
    check_article(text.as_bytes());
    check_tokens(text.as_bytes());
    check_sentences(text.as_bytes());
}
