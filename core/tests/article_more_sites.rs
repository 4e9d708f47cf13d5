//! Pages in the shapes of three more sites, written for these tests (the
//! text is ours), each checked with the whole-document parser and the
//! streaming one:
//!
//! * a British paper: the byline is `Name in Place` with no `By` above the
//!   dateline, and the article ends on a short paragraph of one sentence;
//! * a public broadcaster: `Image source, …` and `Image caption,` stand on
//!   lines of their own above the caption, and the byline is two lines, a
//!   bare name and then `Job title, Outlet Region`;
//! * an Indian paper: a breadcrumb that repeats the headline and mentions a
//!   date, a standfirst that mentions one too, and `Get Latest … News`
//!   promotions above and below the article.

use tidings_core::article::{Config, parse};
use tidings_core::stream::{Event, Stream};

const BRITISH: &str = "Skip to main content
Skip to navigation
Print subscriptions
Sign in
Search jobs
The Guardian - Back to homepage
News
Opinion
Sport
Culture
Lifestyle
World
Europe
US news
Americas
Asia
Australia
Middle East
Africa
Taiwan
This article is more than 1 year old
Taiwan's opposition parties fail to agree on joint presidential ticket
Talks between the Kuomintang and the Taiwan People's Party collapse hours before the registration deadline
Helen Davidson in Taipei
Fri 24 Nov 2023 06.12 GMT
Share
Taiwan's two main opposition parties have failed to agree on a joint ticket for January's presidential election, ending weeks of negotiations that had raised the prospect of a united challenge to the ruling party.
The Kuomintang (KMT) and the Taiwan People's Party (TPP) had agreed last week to field a single candidate, with the choice to be decided by a comparison of opinion polls. But the two sides could not agree on how to read the results.
On Thursday evening the leaders of both parties met at a hotel in Taipei in a meeting that was broadcast live, but it ended without an agreement.
\"We tried our best,\" the TPP's candidate, Ko Wen-je, told reporters afterwards. \"But the gap was too large.\"
Analysts said the failure would benefit the Democratic Progressive party's candidate, Lai Ching-te, who has led in most polls.
Candidates must register by Friday afternoon.
Explore more on these topics
Taiwan
Asia Pacific
news
Share
Reuse this content
Most viewed
";

const BROADCASTER: &str = "BBC Homepage
Skip to content
Accessibility Help
Sign in
Home
News
Sport
Weather
iPlayer
NEWS
Home
Israel-Gaza war
War in Ukraine
Climate
Video
World
UK
Business
Tech
Science
Scotland's ferry delays to cost another £50m
Published
3 hours ago
Share
Image source, PA Media
Image caption,
The Glen Sannox was launched in 2017 but has still not entered service
Mary Ann Smith
Transport correspondent, BBC Scotland
Two ferries being built for Scotland's west coast routes will cost a further £50m and be delayed until next year, the shipyard has said.
Ferguson Marine said the first vessel, the Glen Sannox, would now be handed over in March.
The second ship, known as hull 802, is not expected to be ready until the end of next year.
The vessels were originally due to enter service in 2018 at a combined cost of £97m.
Transport Minister Fiona Hyslop said the latest delay was \"deeply frustrating\" for island communities.
\"We will continue to scrutinise the yard's plans closely,\" she said.
Related Topics
Scottish government
Ferries
More on this story
Ferry delays 'a national embarrassment'
Published
2 days ago
Top stories
";

const INDIAN: &str = "Home
India
World
Cities
Business
Sports
Entertainment
Trending
Get Latest India News, Breaking News and Live Updates on our app
Home / India News / Monsoon session of Parliament to begin on July 20
India News
Monsoon session of Parliament to begin on July 20
The session will have 17 sittings and conclude on August 11, the minister said.
By Press Trust of India
Updated on Jul 01, 2023 04:15 PM IST
The Monsoon session of Parliament will begin on July 20 and continue till August 11, Parliamentary Affairs Minister Pralhad Joshi said on Saturday.
\"The Monsoon session of Parliament will commence from July 20 and continue till August 11. I urge all parties to contribute to productive discussions,\" Joshi said in a tweet.
The session will have 17 sittings spread over 23 days, he said.
The government is expected to introduce several bills, including one on data protection, during the session.
The opposition is likely to raise the issue of violence in Manipur, leaders said.
(With inputs from PTI)
Get Latest India News along with Latest News and Top Headlines from India and around the world.
Topics
Parliament
Monsoon session
Related Stories
Opposition to meet in Bengaluru on July 17
";

/// Title and body paragraphs from the streaming parser, fed line by line.
fn streamed(text: &str) -> (Option<String>, Vec<String>, Vec<String>) {
    let mut title = None;
    let mut body = Vec::new();
    let mut authors = Vec::new();
    let mut s: Stream<4096, 32> = Stream::default();
    let mut sink = |e: Event<'_>| match e {
        Event::Title(b) => title = Some(b.text.to_string()),
        Event::Paragraph(b) => body.push(b.text.to_string()),
        Event::Author(b) => authors.push(b.text.to_string()),
        _ => {}
    };
    for line in text.split('\n') {
        s.push_line(line, &mut sink).expect("line fits");
    }
    s.finish(&mut sink);
    (title, body, authors)
}

fn body_of(text: &str) -> Vec<String> {
    let a = parse(text, &Config::default()).expect("parse");
    a.body()
        .map(|p| p.lines().collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn british_name_in_place_byline_and_a_closing_sentence() {
    let a = parse(BRITISH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Taiwan's opposition parties fail to agree on joint presidential ticket")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Helen Davidson"]);
    let body = body_of(BRITISH);
    assert_eq!(body.len(), 6, "{body:#?}");
    assert_eq!(
        body.last().map(String::as_str),
        Some("Candidates must register by Friday afternoon.")
    );
    let (title, sbody, authors) = streamed(BRITISH);
    assert_eq!(title.as_deref(), a.title());
    assert_eq!(sbody, body);
    assert_eq!(authors, ["Helen Davidson"]);
}

#[test]
fn broadcaster_caption_label_and_two_line_byline() {
    let a = parse(BROADCASTER, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Scotland's ferry delays to cost another £50m")
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Mary Ann Smith"]);
    assert_eq!(a.outlet(), Some("BBC Scotland"));
    let captions: Vec<&str> = a.captions().collect();
    assert!(
        captions
            .contains(&"The Glen Sannox was launched in 2017 but has still not entered service"),
        "{captions:?}"
    );
    let body = body_of(BROADCASTER);
    assert_eq!(body.len(), 6, "{body:#?}");
    let (title, sbody, authors) = streamed(BROADCASTER);
    assert_eq!(title.as_deref(), a.title());
    assert_eq!(sbody, body);
    assert_eq!(authors, ["Mary Ann Smith"]);
}

#[test]
fn indian_breadcrumb_dated_standfirst_and_promotions() {
    let a = parse(INDIAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Monsoon session of Parliament to begin on July 20")
    );
    assert_eq!(
        a.subtitle(),
        Some("The session will have 17 sittings and conclude on August 11, the minister said.")
    );
    let body = body_of(INDIAN);
    assert_eq!(body.len(), 5, "{body:#?}");
    assert!(
        body.iter().all(|p| !p.starts_with("Get Latest")),
        "{body:#?}"
    );
    // The streaming parser decides its header after six body paragraphs,
    // when the headline and standfirst above the byline still weigh more
    // than a quarter of the run, so it keeps them as paragraphs (a limit
    // of deciding early, README "Streaming"); the article's own paragraphs
    // are the same.
    let (_, sbody, _) = streamed(INDIAN);
    assert!(sbody.ends_with(&body), "{sbody:#?}");
}
