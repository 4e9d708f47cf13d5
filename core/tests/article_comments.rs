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
