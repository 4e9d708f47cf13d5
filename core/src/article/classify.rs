//! Boilerplate kinds for the segments that are not article.
//!
//! Evidence in order of strength: a lexicon phrase says what a block is
//! (`Leave a Reply` → comments); a biography, cookie or copyright vocabulary,
//! calls to action, captions and credits, teaser cards; otherwise the zone
//! decides — short lines above the article are navigation, longer ones
//! header; inside the body region leftovers are related links; below it
//! short lines are navigation, headlines related links, the rest footer.

use super::context::Info;
use super::features::{W_COOKIE, W_LEGAL, W_PROMO};
use super::score::teaser;
use crate::lexicon::boilerplate::Kind;

/// Where a segment sits relative to the body region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// Above the body.
    Header,
    /// Inside the body region.
    Body,
    /// Below the body.
    Tail,
}

/// The boilerplate kind of a non-article segment.
pub fn kind_of(it: &Info, zone: Zone) -> Kind {
    let f = &it.f;
    if let Some(k) = f.lex {
        return k;
    }
    if it.c.bio {
        return Kind::Bio;
    }
    if f.signals & (W_COOKIE | W_LEGAL) != 0 {
        return Kind::Footer;
    }
    if f.signals & W_PROMO != 0 {
        return Kind::Promo;
    }
    if f.caption || it.c.before_credit {
        return Kind::Caption;
    }
    if f.credit {
        return Kind::Credit;
    }
    if it.c.card || teaser(f) {
        return Kind::Related;
    }
    match zone {
        Zone::Header => {
            if f.words <= 4 {
                Kind::Nav
            } else {
                Kind::Header
            }
        }
        Zone::Body => {
            if f.words <= 3 {
                Kind::Nav
            } else {
                Kind::Related
            }
        }
        Zone::Tail => {
            if f.words <= 4 {
                Kind::Nav
            } else if f.headline() {
                Kind::Related
            } else {
                Kind::Footer
            }
        }
    }
}
