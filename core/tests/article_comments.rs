//! A blog post with a comment section: the comments are prose with
//! datelines above them, and must not join the article body.

use tidings_core::article::{Config, parse};
use tidings_core::lexicon::boilerplate::Kind;

const PAGE: &str = "The Daily Planet Blog
Home | About | Archive | Contact

City council approves new bike lanes on Main Street

Posted on March 3, 2024 by Sarah Lee

The city council voted 7-2 on Tuesday night to approve a network of protected bike lanes along Main Street, ending a debate that has divided residents for more than a year.

Supporters say the lanes will make the downtown corridor safer for cyclists and pedestrians, pointing to a string of crashes last summer. Opponents argued that removing parking spaces would hurt shops.

Construction is expected to begin in June and last about four months. The project will cost an estimated $2.3 million, most of it covered by a state grant.

Related posts:
Council delays vote on downtown parking plan
Residents pack meeting over bike lane proposal

12 thoughts on “City council approves new bike lanes on Main Street”

Mike R. says:
March 3, 2024 at 9:14 pm
Finally! I have been waiting years for this. Riding on Main Street right now is terrifying, and I know several people who have been hit by cars there.

Reply

Janet Wilson says:
March 4, 2024 at 7:02 am
This is going to kill the small businesses downtown. Where are customers supposed to park? Nobody asked the shop owners what they think about losing parking.

Reply

Leave a Reply
Your email address will not be published. Required fields are marked *

© 2024 The Daily Planet Blog. Powered by WordPress.
";

/// A local paper: the comment section follows the article with no related
/// list between them, so the comments' date lines sit in the article's
/// run, where they must not boost the comments as header anchors boost an
/// article's first paragraph. Written for this test.
const NEWS_PAGE: &str = "Valley Courier
News
Sports
Obituaries
Opinion

Water district approves rate increase to fund pipe replacement

By Hannah Cole
November 21, 2026

The county water district's board voted 4-1 on Wednesday to raise water rates by 9% a year for the next three years, saying the money is needed to replace aging pipes that break dozens of times each winter.

The average household bill will rise by about $6 a month next year, district staff said. Low-income customers will be able to apply for a discount of up to 30%.

\"Nobody likes to raise rates, but we can't keep patching pipes that were laid in the 1950s,\" board president Luis Ortega said.

The lone dissenting board member said the district should first cut administrative costs.

Get our free morning newsletter delivered to your inbox every weekday. Sign up here.

The new rates take effect on January 1.

Hannah Cole covers local government for the Valley Courier. She can be reached at hcole@example.com.

14 Comments

Mark T.
November 21, 2026 at 8:14 am
I understand the pipes are old, but my bill has already gone up twice in the last four years and my wages haven't kept up with that at all.

Reply

Sandra P.
November 21, 2026 at 9:02 am
The district wasted money on that new office building while the pipes were falling apart. Now we are supposed to pay for their mistakes.

Reply

Leave a comment
";

#[test]
fn comments_are_not_body() {
    let a = parse(PAGE, &Config::default()).expect("parse");
    let body: Vec<String> = a
        .body()
        .map(|p| p.lines().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(body.len(), 3, "{body:#?}");
    assert!(body[2].starts_with("Construction is expected"));
    let comments: Vec<&str> = a
        .boilerplate()
        .filter(|(k, _)| *k == Kind::Comments)
        .map(|(_, t)| t)
        .collect();
    for c in ["Finally! I have been waiting", "This is going to kill"] {
        assert!(
            comments.iter().any(|t| t.starts_with(c)),
            "{c:?} not in comments: {comments:#?}"
        );
    }
    assert_eq!(
        a.title(),
        Some("City council approves new bike lanes on Main Street")
    );
}

#[test]
fn dated_comments_right_below_the_article_are_not_body() {
    let a = parse(NEWS_PAGE, &Config::default()).expect("parse");
    let body: Vec<String> = a
        .body()
        .map(|p| p.lines().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(body.len(), 5, "{body:#?}");
    assert_eq!(body[4], "The new rates take effect on January 1.");
    let comments = a
        .boilerplate()
        .filter(|(k, t)| *k == Kind::Comments && t.starts_with("I understand the pipes"))
        .count();
    assert_eq!(comments, 1);
    // The streaming parser agrees.
    let mut s: tidings_core::stream::Stream<4096, 32> = Default::default();
    let mut sbody = Vec::new();
    let mut sink = |e: tidings_core::stream::Event<'_>| {
        if let tidings_core::stream::Event::Paragraph(b) = e {
            sbody.push(b.text.to_string());
        }
    };
    for line in NEWS_PAGE.split('\n') {
        s.push_line(line, &mut sink).expect("line fits");
    }
    s.finish(&mut sink);
    assert_eq!(sbody, body);
}
