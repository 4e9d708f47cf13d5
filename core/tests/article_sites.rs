//! Whole pages in the shape of sites the development corpus does not have,
//! written for these tests (the text is ours): a British paper whose byline
//! is `Name Beat correspondent` with no `By`, an Indian paper whose
//! byline names a wire service, a press-release wire that prints
//! `News provided by` above the issuer and the headline below the date,
//! a long read with subheadings, inline advertisements and a closing
//! author bio, and a blogging platform's post under its `Write` button.

use tidings_core::article::{Config, parse};

const BRITISH: &str = "Skip to main content
Skip to navigation
Print subscriptions
Sign in
US
The Guardian - Back to homepage
News
Opinion
Sport
Culture
Lifestyle
Show more
World
Europe
US news
Americas
Asia
Environment

Wildlife
This article is more than 1 year old
Rare bumblebee spotted in Scottish Highlands for first time in decades
Volunteers recorded the great yellow bumblebee at three sites during a summer survey

Morag Ferguson Scotland correspondent
Sun 19 Nov 2023 14.02 GMT
Last modified on Sun 19 Nov 2023 15.30 GMT
Share

A great yellow bumblebee on a flower.
Photograph: Alamy

One of Britain's rarest bumblebees has been found in parts of the Scottish Highlands where it had not been seen for more than forty years, according to a survey by volunteers.

The great yellow bumblebee, once common across the UK, now survives mainly on the machair grasslands of the north and west coasts. Volunteers with the conservation charity recorded it at three inland sites this summer.

\"It is a real sign that the work farmers and crofters have done to bring back wildflower meadows is paying off,\" said the charity's ecologist, Catriona MacLeod.

The species depends on late-flowering plants such as red clover and knapweed. Its decline has been linked to the loss of hay meadows since the second world war.

Explore more on these topics
Wildlife
Insects
Scotland
Conservation
Share
Reuse this content
Most viewed
Live
Israel-Gaza war live
Rishi Sunak under pressure over Rwanda plan
Comments (112)
Sign in or create your Guardian account to join the discussion
";

const INDIAN: &str = "Home
India
World
Business
Cricket
Entertainment
Sign in
Trending Topics: Assembly Elections 2023 | Cricket World Cup

News / India News / Monsoon rains cut Kerala reservoir deficit ahead of winter

Monsoon rains cut Kerala reservoir deficit ahead of winter

Heavy rain over the weekend raised storage levels at the state's main dams, officials said
By Press Trust of India
Updated: Nov 20, 2023 10:45 IST
Follow Us
Thiruvananthapuram: Heavy rainfall across central Kerala over the weekend has lifted water levels in the state's major reservoirs, reducing a storage deficit that had worried power officials for months, the Kerala State Electricity Board said on Monday.

Storage at the Idukki dam rose to 62 per cent of capacity by Monday morning, up from 51 per cent a week earlier, officials said.

Also Read | Chennai braces for more rain as depression forms in Bay of Bengal

The India Meteorological Department has issued an orange alert for four districts until Wednesday and warned fishermen not to venture into the sea.

Officials said the improved storage would reduce the need for power purchases from outside the state during the summer months.

(With inputs from PTI)

Get Latest India News along with Latest News and Top Headlines from India and around the world.
Topics
Kerala
Monsoon
Rain
Download App
Copyright © 2023 Example Media Ltd. All Rights Reserved.
";

#[test]
fn british_byline_without_by_anchors_the_header() {
    let a = parse(BRITISH, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Rare bumblebee spotted in Scottish Highlands for first time in decades")
    );
    assert_eq!(
        a.subtitle(),
        Some(
            "Volunteers recorded the great yellow bumblebee at three sites during a summer survey"
        )
    );
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Morag Ferguson"]);
    assert_eq!(a.paragraph_count(), 4);
}

#[test]
fn indian_wire_byline_is_the_outlet() {
    let a = parse(INDIAN, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Monsoon rains cut Kerala reservoir deficit ahead of winter")
    );
    assert_eq!(a.outlet(), Some("Press Trust of India"));
    assert_eq!(a.authors().count(), 0);
    assert_eq!(
        a.published()
            .and_then(|d| d.iso())
            .map(|i| i.as_str().to_owned())
            .as_deref(),
        Some("2023-11-20T10:45+05:30")
    );
}

const PRESS_RELEASE: &str = "Skip to main content
PR Newswire
Sign Up
Products
Contact

News provided by
Acme Robotics Inc.
Nov 20, 2023, 08:00 ET

Acme Robotics Unveils Warehouse Picking Arm That Cuts Energy Use by Half

New system targets mid-sized distribution centers and ships in the first quarter of 2024

BOSTON, Nov. 20, 2023 /PRNewswire/ -- Acme Robotics Inc., a maker of automation systems for logistics, today announced the Model 7 picking arm, a robot that sorts parcels using half the energy of the company's previous generation.

The Model 7 combines a lighter carbon-fiber frame with a new motor controller. In trials at three customer sites, the arm handled 1,200 items per hour while drawing an average of 400 watts, the company said.

\"Our customers told us that power bills had become their second-largest operating cost after labor,\" said Dana Whitfield, chief executive of Acme Robotics. \"The Model 7 answers that directly.\"

The arm will be available to customers in North America in the first quarter of 2024, with Europe following later in the year. Pricing was not disclosed.

About Acme Robotics
Acme Robotics Inc. designs and builds automation systems for warehouses and distribution centers. Founded in 2011, the company is headquartered in Boston.

Media Contact:
Jordan Lee
press@acmerobotics.example
+1 617 555 0100

SOURCE Acme Robotics Inc.

Related Links
https://www.acmerobotics.example

WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?
440k+ Newsrooms & Influencers
Get Started
Contact PR Newswire
Terms of Use
Privacy Policy
Copyright © 2023 Cision US Inc.
";

#[test]
fn a_line_ending_in_by_is_not_the_headline() {
    let a = parse(PRESS_RELEASE, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Acme Robotics Unveils Warehouse Picking Arm That Cuts Energy Use by Half")
    );
    assert_eq!(
        a.published()
            .and_then(|d| d.iso())
            .map(|i| i.as_str().to_owned())
            .as_deref(),
        Some("2023-11-20T08:00-05:00")
    );
    assert!(a.body().any(|p| {
        p.to_string()
            .starts_with("BOSTON, Nov. 20, 2023 /PRNewswire/ --")
    }));
}

const LONG_READ: &str = "Menu
Search
Newsletters
Subscribe

Science

The quiet comeback of the European beaver

After centuries of hunting, the animals are reshaping rivers across the continent — and not everyone is pleased

By Thomas Becker
November 20, 2023

Advertisement

On a cold morning in the Bavarian countryside, Anna Huber points at a line of gnawed stumps along the riverbank. \"Three years ago there was nothing here,\" she says. \"Now look at it.\"

The European beaver was hunted almost to extinction by the end of the 19th century, prized for its fur and for castoreum, a secretion used in perfume and medicine. Today more than a million of the animals live in Europe, according to researchers.

A return engineered by law

The recovery began with reintroductions in the 1960s and accelerated after the species was protected under European law. Beavers now live in every German state.

Their dams slow rivers, raise water tables and create wetlands that shelter fish, amphibians and insects. Several studies have found that beaver ponds can reduce the damage caused by floods and droughts.

Story continues below advertisement

RELATED: Wolves return to the Netherlands after a century

Farmers count the cost

Not everyone welcomes the rodents. Flooded fields and felled orchards have led to thousands of complaints from farmers, and some regions now allow a limited number of animals to be culled each year.

\"We are not against the beaver,\" said Josef Maier, who farms near the Danube. \"But someone has to pay when my field is under water.\"

Officials say compensation schemes and simple measures, such as pipes that lower the water level behind a dam, can resolve most conflicts.

Thomas Becker is a science writer based in Munich.

More in Science
Scientists map the deepest coral reef yet found
The hidden cost of lithium mining
";

#[test]
fn subheading_after_an_inline_advert_and_a_closing_bio() {
    let a = parse(LONG_READ, &Config::default()).expect("parse");
    let body: Vec<String> = a.body().map(|p| p.to_string()).collect();
    // Both subheadings stay, the one after `Story continues below
    // advertisement` and `RELATED: …` included.
    assert!(body.iter().any(|p| p == "A return engineered by law"));
    assert!(body.iter().any(|p| p == "Farmers count the cost"));
    assert!(!body.iter().any(|p| p.starts_with("RELATED")));
    // The bio far below the byline is boilerplate of kind bio.
    assert!(!body.iter().any(|p| p.starts_with("Thomas Becker is")));
    assert!(
        a.boilerplate()
            .any(|(k, t)| k.as_str() == "bio" && t.starts_with("Thomas Becker is"))
    );
    assert_eq!(body.len(), 9);
}

#[test]
fn a_bare_read_more_label_introduces_a_related_headline() {
    // `Read more` alone names the next line: that headline is not a
    // subheading even between two paragraphs.
    let page = LONG_READ.replace(
        "Story continues below advertisement\n\nRELATED: Wolves return to the Netherlands after a century\n\nFarmers count the cost\n",
        "Read more\n\nWolves return to the Netherlands after a century\n",
    );
    assert_ne!(page, LONG_READ);
    let a = parse(&page, &Config::default()).expect("parse");
    assert!(!a.body().any(|p| p.to_string().starts_with("Wolves return")));
}

const BLOG_POST: &str = "Open in app
Sign up
Sign in
Write

Why Our Team Stopped Writing Unit Tests for Getters

Priya Raman
·
Follow
6 min read
·
Nov 20, 2023
--
12
Listen
Share

For years our team had a rule that every public method needed a unit test. It sounded responsible, and for a while it was. Then we noticed that a third of our test suite checked that a getter returned the value a setter had stored.

Those tests never failed. Not once in four years. They did, however, slow down every refactoring, because changing a field name meant changing three tests that verified nothing interesting.

So we ran an experiment. For one quarter we deleted tests that only exercised trivial accessors and spent the time on tests for the behaviour our customers actually depended on.

The results surprised us. Our defect rate did not change, our build got faster, and the team started writing tests that caught real bugs in the billing code.

I am not arguing that tests are bad. I am arguing that a test should be able to fail for a reason someone cares about.

Software Development
Testing
Engineering

--
12
Written by Priya Raman
340 Followers
Engineering manager. Writes about teams and the software they build.
Follow
More from Priya Raman
Help
Status
About
Careers
Blog
Privacy
Terms
";

#[test]
fn a_blog_platform_button_above_the_title_is_not_the_section() {
    let a = parse(BLOG_POST, &Config::default()).expect("parse");
    assert_eq!(
        a.title(),
        Some("Why Our Team Stopped Writing Unit Tests for Getters")
    );
    assert_eq!(a.section(), None);
    assert_eq!(a.authors().collect::<Vec<_>>(), ["Priya Raman"]);
    assert_eq!(a.paragraph_count(), 5);
}
