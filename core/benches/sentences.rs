//! Sentence segmentation throughput on the shared ~10 MB news corpus:
//! ours (news and UAX #29 modes) against `unicode-segmentation` and
//! `icu_segmenter` (both UAX #29). Every bench consumes the full output.
//!
//! Run: `cargo bench -p tidings-core --bench sentences`
//!
//! Counting instructions: `TIDINGS_BENCH_ONCE=news` (or `uax29`) segments
//! the corpus once and exits, e.g. under
//! `valgrind --tool=cachegrind --cache-sim=no`; subtract a run with
//! `TIDINGS_BENCH_ONCE=none` (corpus construction only).

#[path = "corpus.rs"]
mod corpus;

use criterion::{Criterion, Throughput, criterion_group};
use icu_segmenter::SentenceSegmenter;
use std::hint::black_box;
use tidings_core::sentence::{Mode, sentences};
use unicode_segmentation::UnicodeSegmentation;

fn bench(c: &mut Criterion) {
    let text = corpus::news_corpus();
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(20);

    g.bench_function("tidings_news", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for s in sentences(black_box(&text), Mode::News) {
                acc = acc.wrapping_add(s.end);
            }
            acc
        })
    });
    g.bench_function("tidings_uax29", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for s in sentences(black_box(&text), Mode::Uax29) {
                acc = acc.wrapping_add(s.end);
            }
            acc
        })
    });
    g.bench_function("unicode_segmentation", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for s in black_box(text.as_str()).split_sentence_bounds() {
                acc = acc.wrapping_add(s.len());
            }
            acc
        })
    });
    let icu = SentenceSegmenter::new(Default::default());
    g.bench_function("icu_segmenter", |b| {
        b.iter(|| {
            let mut acc = 0usize;
            for i in icu.segment_str(black_box(&text)) {
                acc = acc.wrapping_add(i);
            }
            acc
        })
    });
    g.finish();

    // Segment counts, for the README (printed once).
    let news = sentences(&text, Mode::News).count();
    let uax = sentences(&text, Mode::Uax29).count();
    let us = text.split_sentence_bounds().count();
    let icu_n = icu.segment_str(&text).count().saturating_sub(1);
    println!(
        "corpus {} bytes; segments: news {news}, uax29 {uax}, unicode-segmentation {us}, icu {icu_n}; simd level {}",
        text.len(),
        tidings_core::token::simd_level()
    );
}

/// One pass of our segmenter over the corpus (see the module docs).
fn once(which: &str) {
    let text = corpus::news_corpus();
    let mode = match which {
        "news" => Mode::News,
        "uax29" => Mode::Uax29,
        _ => return,
    };
    let (mut n, mut acc) = (0usize, 0usize);
    for s in sentences(black_box(&text), mode) {
        n += 1;
        acc = acc.wrapping_add(s.end);
    }
    println!(
        "{which} ({}): {} bytes, {n} segments, checksum {acc}",
        tidings_core::token::simd_level(),
        text.len()
    );
}

criterion_group!(benches, bench);

fn main() {
    if let Ok(which) = std::env::var("TIDINGS_BENCH_ONCE") {
        once(&which);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
