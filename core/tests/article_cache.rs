//! The pass-1 segment cache (`article::parse_into_with`) must not change
//! what the parser extracts: on every development page, the cached path
//! (`article::parse`) and the re-reading path (`article::parse_into`, no
//! cache) give the same body, title, subtitle, date, authors, outlet and
//! captions. Boilerplate kinds may differ only where the re-reading path
//! warms its context flags up from a snapshot, so they are not compared.

#[path = "common/dev_pages.rs"]
mod dev_pages;
use dev_pages::pages;
use tidings_core::article::{self, Article, Config};

fn fields<'a>(a: &Article<'a>) -> Vec<String> {
    let mut v = vec![
        format!("title {:?}", a.title()),
        format!("subtitle {:?}", a.subtitle()),
        format!("section {:?}", a.section()),
        format!("published {:?}", a.published()),
        format!("outlet {:?}", a.outlet()),
        format!("id {:x}", a.id()),
    ];
    v.extend(a.authors().map(|x| format!("author {x}")));
    v.extend(a.captions().map(|x| format!("caption {x}")));
    for p in a.body() {
        v.push(format!("para {:?}", p.lines().collect::<Vec<_>>()));
    }
    v
}

#[test]
fn cached_and_uncached_records_agree() {
    let cfg = Config::default();
    let mut checked = 0;
    for (name, text) in pages() {
        let cached = article::parse(&text, &cfg).expect("parse");
        let mut plain: Box<Article<'_>> = Box::new(Article::empty(""));
        article::parse_into(&text, &cfg, &mut plain).expect("parse_into");
        assert_eq!(fields(&cached), fields(&plain), "{name}");
        checked += 1;
    }
    assert!(checked >= 100, "only {checked} pages");
}
