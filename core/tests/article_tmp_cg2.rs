use tidings_core::{article, json};
use article::{context::Pipeline, segment::Segments, lines};
fn pages() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/extraction-dev/dump_html_text");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(root).unwrap() { pages.push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned()); }
    pages
}
#[test] fn s1_segments() { let mut n = 0; for p in &pages() { n += Segments::new(p, lines::wrap_width(p), true).count(); } eprintln!("{n}"); }
#[test] fn s2_features() { let mut n = 0; for p in &pages() { for s in Segments::new(p, lines::wrap_width(p), true) { n += article::features::features(s.text(p)).words as usize; } } eprintln!("{n}"); }
#[test] fn s3_pipeline() { let cfg = article::Config::default(); let mut n = 0; for p in &pages() { n += Pipeline::new(p, &cfg).count(); } eprintln!("{n}"); }
#[test] fn s4_window() { let cfg = article::Config::default(); let mut n = 0; for p in &pages() { n += article::body_window(p, &cfg).map_or(0, |w| w.0); } eprintln!("{n}"); }
#[test] fn s5_parse_nostats() { let cfg = article::Config { stats: false, ..Default::default() }; let mut n = 0; for p in &pages() { n += article::parse(p, &cfg).unwrap().paragraph_count(); } eprintln!("{n}"); }
#[test] fn s6_parse() { let cfg = article::Config::default(); let mut n = 0; for p in &pages() { n += article::parse(p, &cfg).unwrap().paragraph_count(); } eprintln!("{n}"); }
#[test] fn s7_parse_json() { let cfg = article::Config::default(); let mut buf = vec![0u8; 1<<20]; let mut n = 0; for p in &pages() { let a = article::parse(p, &cfg).unwrap(); n += json::to_slice(&a, &[], &mut buf).unwrap(); } eprintln!("{n}"); }
#[test] fn s0_load() { let n: usize = pages().iter().map(|p| p.len()).sum(); eprintln!("{n}"); }
