use tidings_core::{article, json};
#[test]
fn cg() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/data/extraction-dev/dump_html_text");
    let mut pages = Vec::new();
    for e in std::fs::read_dir(root).unwrap() {
        pages
            .push(String::from_utf8_lossy(&std::fs::read(e.unwrap().path()).unwrap()).into_owned());
    }
    let bytes: usize = pages.iter().map(|p| p.len()).sum();
    let cfg = article::Config::default();
    let mut buf = vec![0u8; 1 << 20];
    let mut n = 0;
    for p in &pages {
        let a = article::parse(p, &cfg).unwrap();
        n += json::to_slice(&a, &[], &mut buf).unwrap();
    }
    eprintln!("bytes {bytes} out {n}");
}
