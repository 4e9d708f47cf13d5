//! The development pages (`tests/data/extraction-dev`, both dumps) for
//! tests that run the parser over the whole corpus: `(path, text)` in a
//! stable order, non-UTF-8 bytes replaced.

use std::path::Path;

pub fn pages() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/data/extraction-dev");
    let mut out = Vec::new();
    for dump in ["dump_html_text", "dump_w3m"] {
        let mut paths: Vec<_> = std::fs::read_dir(root.join(dump))
            .expect("dev corpus")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        paths.sort();
        for p in paths {
            let bytes = std::fs::read(&p).expect("page");
            out.push((
                p.display().to_string(),
                String::from_utf8_lossy(&bytes).into_owned(),
            ));
        }
    }
    out
}
