//! Whole pages in the shape of sites the development corpus does not have,
//! written for these tests (the text is ours): a British paper whose byline
//! is `Name Beat correspondent` with no `By`, an Indian paper whose
//! byline names a wire service, and a press-release wire that prints
//! `News provided by` above the issuer and the headline below the date.

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
