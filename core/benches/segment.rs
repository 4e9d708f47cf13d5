//! Word segmentation throughput on the ~10 MB news corpus.
//!
//! Group `words`: our tokenizer in both modes against the usual Rust
//! segmenters on the same bytes. Every bench consumes its output (token
//! count plus a sum of offsets, through `black_box`) so nothing is optimised
//! away and all pay for producing positions.
//!
//!     cargo bench -p tidings-core --bench segment -- --measurement-time 3 --warm-up-time 1
//!
//! Counting instructions (robust on a shared machine, where wall-clock
//! numbers swing): `TIDINGS_BENCH_ONCE=news` (or `uax29`) makes the bench
//! binary tokenize the corpus once and exit, e.g. under
//! `valgrind --tool=cachegrind --cache-sim=no`; subtract a run with
//! `TIDINGS_BENCH_ONCE=none` (corpus construction only).

use criterion::{Criterion, Throughput, criterion_group};
use std::hint::black_box;
use tidings_core::token::{Mode, tokenize};
use unicode_segmentation::UnicodeSegmentation;

mod corpus;

/// Offset of `part` inside `whole` (both from the same allocation).
fn offset(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).wrapping_sub(whole.as_ptr() as usize)
}

fn words(c: &mut Criterion) {
    let text = corpus::news_corpus();
    let text = text.as_str();
    println!(
        "simd level: {} (AVX2 needs the `std` feature or target_feature=avx2)",
        tidings_core::token::simd_level()
    );
    let mut g = c.benchmark_group("words");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.sample_size(10);

    g.bench_function("tidings_news", |b| {
        b.iter(|| {
            let (mut n, mut sum) = (0usize, 0usize);
            for t in tokenize(black_box(text), Mode::News) {
                n += 1;
                sum = sum.wrapping_add(t.end);
            }
            black_box((n, sum))
        })
    });
    g.bench_function("tidings_uax29", |b| {
        b.iter(|| {
            let (mut n, mut sum) = (0usize, 0usize);
            for t in tokenize(black_box(text), Mode::Uax29) {
                n += 1;
                sum = sum.wrapping_add(t.end);
            }
            black_box((n, sum))
        })
    });
    g.bench_function("unicode_segmentation_split_word_bounds", |b| {
        b.iter(|| {
            let text = black_box(text);
            let (mut n, mut sum) = (0usize, 0usize);
            for w in text.split_word_bounds() {
                n += 1;
                sum = sum.wrapping_add(offset(text, w) + w.len());
            }
            black_box((n, sum))
        })
    });
    g.bench_function("unicode_segmentation_unicode_words", |b| {
        b.iter(|| {
            let text = black_box(text);
            let (mut n, mut sum) = (0usize, 0usize);
            for w in text.unicode_words() {
                n += 1;
                sum = sum.wrapping_add(offset(text, w) + w.len());
            }
            black_box((n, sum))
        })
    });
    g.bench_function("str_split_whitespace", |b| {
        b.iter(|| {
            let text = black_box(text);
            let (mut n, mut sum) = (0usize, 0usize);
            for w in text.split_whitespace() {
                n += 1;
                sum = sum.wrapping_add(offset(text, w) + w.len());
            }
            black_box((n, sum))
        })
    });
    let icu = icu_segmenter::WordSegmenter::new_for_non_complex_scripts(Default::default());
    g.bench_function("icu_segmenter_word", |b| {
        b.iter(|| {
            let (mut n, mut sum) = (0usize, 0usize);
            for end in icu.segment_str(black_box(text)) {
                n += 1;
                sum = sum.wrapping_add(end);
            }
            black_box((n, sum))
        })
    });
    g.finish();
}

/// One pass of our tokenizer over the corpus (see the module docs).
fn once(which: &str) {
    let text = corpus::news_corpus();
    let mode = match which {
        "news" => Mode::News,
        "uax29" => Mode::Uax29,
        _ => return,
    };
    let (mut n, mut sum) = (0usize, 0usize);
    for t in tokenize(black_box(text.as_str()), mode) {
        n += 1;
        sum = sum.wrapping_add(t.end);
    }
    println!(
        "{which} ({}): {} bytes, {n} tokens, checksum {sum}",
        tidings_core::token::simd_level(),
        text.len()
    );
}

criterion_group!(benches, words);

fn main() {
    if let Ok(which) = std::env::var("TIDINGS_BENCH_ONCE") {
        once(&which);
        return;
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
}
