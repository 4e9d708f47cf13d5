//! Times the article parser alone vs the whole fuzz harness per corpus input.
fn main() {
    let dir = std::env::args().nth(1).expect("corpus dir");
    let mut total = (0u128, 0u128, 0usize);
    for p in std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
    {
        let data = std::fs::read(&p).expect("read");
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let t = std::time::Instant::now();
        for _ in 0..10 {
            let cfg = tidings_core::article::Config::default();
            let mut a: Box<tidings_core::article::Article<'_>> =
                Box::new(tidings_core::article::Article::empty(text));
            let _ = tidings_core::article::parse_into(text, &cfg, &mut *a);
            std::hint::black_box(&a);
        }
        let parse = t.elapsed().as_nanos() / 10;
        let t = std::time::Instant::now();
        for _ in 0..10 {
            tidings_tests::harness::check_article(&data);
        }
        let harness = t.elapsed().as_nanos() / 10;
        total = (total.0 + parse, total.1 + harness, total.2 + data.len());
    }
    println!(
        "bytes {} parse {} us harness {} us",
        total.2,
        total.0 / 1000,
        total.1 / 1000
    );
}
