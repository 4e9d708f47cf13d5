//! `stats.words` / `stats.sentences` come from one cheap pass
//! (`article::stats`), not from the tokenizer and sentence segmenter. On the
//! development pages they must stay close to what those full analyses count
//! over the same body lines (the definition the stats had until session 3):
//! within 3 % for words and 10 % for sentences over the corpus, and within
//! 20 % / 35 % on every page with a real body.

#[path = "common/dev_pages.rs"]
mod dev_pages;
use dev_pages::pages;
use tidings_core::Mode;
use tidings_core::article::{self, Config};
use tidings_core::token::{self, Kind};

/// The session-1 definition: tokenizer words and numbers, segmenter
/// sentences with a word character, per body line.
fn full_counts(a: &article::Article<'_>) -> (usize, usize) {
    let (mut words, mut sentences) = (0, 0);
    for p in a.body() {
        for line in p.lines() {
            words += token::tokenize(line, Mode::News)
                .filter(|t| matches!(t.kind, Kind::Word | Kind::Number))
                .count();
            sentences += tidings_core::sentence::sentences(line, Mode::News)
                .filter(|s| s.text(line).chars().any(char::is_alphanumeric))
                .count();
        }
    }
    (words, sentences)
}

#[test]
fn cheap_counts_track_the_full_analyses() {
    let cfg = Config::default();
    let (mut w_new, mut w_old, mut s_new, mut s_old) = (0f64, 0f64, 0f64, 0f64);
    for (name, text) in pages() {
        let a = article::parse(&text, &cfg).expect("parse");
        let st = a.stats();
        let (w, s) = full_counts(&a);
        w_new += st.words as f64;
        w_old += w as f64;
        s_new += st.sentences as f64;
        s_old += s as f64;
        if w >= 100 {
            let dw = (st.words as f64 - w as f64).abs() / w as f64;
            let ds = (st.sentences as f64 - s as f64).abs() / s.max(1) as f64;
            assert!(dw <= 0.20, "{name}: words {} vs {w}", st.words);
            assert!(ds <= 0.35, "{name}: sentences {} vs {s}", st.sentences);
        }
    }
    eprintln!("words {w_new} vs {w_old}, sentences {s_new} vs {s_old}");
    assert!(
        (w_new - w_old).abs() / w_old <= 0.03,
        "words {w_new} vs {w_old}"
    );
    assert!(
        (s_new - s_old).abs() / s_old <= 0.10,
        "sentences {s_new} vs {s_old}"
    );
}
