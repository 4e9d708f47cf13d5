//! Boilerplate kinds for the segments that are not article.
//!
//! Evidence in order of strength: a lexicon phrase says what a block is
//! (`Leave a Reply` → comments); a biography, cookie or copyright vocabulary,
//! calls to action, captions and credits, teaser cards; otherwise the zone
//! decides — short lines above the article are navigation, longer ones
//! header; inside the body region leftovers are related links; below it
//! short lines are navigation, headlines related links, the rest footer.

use super::context::Info;
use super::features::{Features, W_COOKIE, W_LEGAL, W_PROMO, comments_head};
use super::score::teaser;
use super::text::trim;
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
    if f.caption || it.c.captioned {
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
            if f.date_like || f.byline_like {
                Kind::Header
            } else if f.words <= 4 {
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

/// The kind of a segment below the body. `in_comments` carries the state
/// from one segment to the next: from a comment-section head (`12
/// Comments`, `Name says:`; [`comments_head`]) to the next block of
/// another kind, prose is comments — a comment reads like article text,
/// and the time stamps above comments look like datelines.
pub fn tail_kind(it: &Info, text: &str, in_comments: &mut bool) -> Kind {
    let f = &it.f;
    match f.lex {
        Some(Kind::Comments) => *in_comments = comments_head(trim(it.seg.text(text))),
        Some(_) => *in_comments = false,
        None if *in_comments
            && it.q > 0.0
            && !it.c.card
            && f.signals & (W_LEGAL | W_COOKIE | W_PROMO) == 0 =>
        {
            return Kind::Comments;
        }
        None => {}
    }
    kind_of(it, Zone::Tail)
}

/// A comment section's head (`14 Comments`, `2 thoughts on …`, `jdoe
/// says:`). Below an article, the posts under it carry their own date lines
/// (`Mark T.` / `November 21, 2026 at 8:14 am` / the comment), which must
/// not boost the prose after them as a header anchor boosts an article's
/// first paragraph. Shared by the whole-document region and the streaming
/// engine.
pub fn opens_comments(info: &Info, text: &str) -> bool {
    matches!(info.f.lex, Some(Kind::Comments)) && comments_head(trim(info.seg.text(text)))
}

/// Marks `info` as the pitch of a call to action `prev` right above it
/// (`Sign up for our Business newsletter` / `Get the day's top business
/// stories in your inbox.`): the sign-up box, not the article, whatever
/// its words, so it gets the promotion signal. The call to action
/// must open its block — on a page with no blank lines at all, the line
/// under `CLICK HERE TO GET THE APP` is the next paragraph — and a menu
/// entry under one (`• Newsletters` / `• Vote`) is no pitch; a pitch passes
/// the signal on no further. Shared by the whole-document and the
/// streaming context.
pub fn mark_pitch(prev: &Info, info: &mut Info) {
    if pitch_under(prev, info) {
        info.f.signals |= W_PROMO;
        info.c.pitch = true;
    }
}

/// The test of [`mark_pitch`].
fn pitch_under(prev: &Info, info: &Info) -> bool {
    let (p, f) = (&prev.f, &info.f);
    !info.seg.blank_before
        && (4..=20).contains(&f.words)
        && !f.bullet
        && p.words <= 10
        && prev.seg.blank_before
        && !p.bullet
        && !prev.c.pitch
        && (p.signals & W_PROMO != 0 || p.lex == Some(Kind::Promo))
}

/// The attribution line under an embedded post (`— Arvind Kejriwal
/// (@ArvindKejriwal) November 1, 2019`): right after the post's text, it is
/// part of the article the post is embedded in, as the post is. Shared by
/// the whole-document and the streaming assembly.
pub fn embed_attribution(it: &Info, text: &str) -> bool {
    let s = trim(it.seg.text(text));
    it.f.date_like
        && it.f.words <= 16
        && s.starts_with(['—', '–', '-'])
        && super::text::find_str(s, "(@").is_some()
}

/// A list inside the article: a line ending in a colon right after kept
/// text (`The newly selected five are:`, `Список запрещенных продуктов:`)
/// opens it, and the short items under it (`Blue Origin, Kent,
/// Washington`, `алкоголь в любом виде`) stay in the body however little
/// prose they hold, until a segment that is not an item. Only inside the
/// body window, which ends at kept prose, so a list is always followed by
/// more article. Shared by the whole-document and the streaming assembly.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InBodyList {
    open: bool,
}

impl InBodyList {
    /// Whether `it`, after a kept segment, is kept as a list's intro or item.
    pub fn keeps(&self, it: &Info, text: &str) -> bool {
        let f = &it.f;
        let plain = f.lex.is_none()
            && !f.caption
            && !f.credit
            && !f.byline_like
            && !f.widget
            && !it.c.dup
            && !it.c.captioned
            && f.tokens >= 1;
        if !plain {
            return false;
        }
        let t = trim(it.seg.text(text));
        let intro = (2..=15).contains(&f.words) && t.ends_with(':');
        // An interview's short turns (`Q: Favorite apps?` / `A: Bleacher
        // Report, Uber Eats, and ParkMobile`) between its long ones.
        let turn = t.starts_with("Q: ") || t.starts_with("A: ");
        intro || turn || (self.open && f.words <= 30)
    }

    /// After `it` was decided: `kept` in the body, `listed` by [`Self::keeps`].
    /// An item prose enough to be kept on its own (`любые морепродукты
    /// (ограничение по количеству …)`) does not close the list.
    pub fn update(&mut self, it: &Info, text: &str, kept: bool, listed: bool) {
        let item = self.open && it.f.words <= 30 && !it.f.terminal;
        self.open = kept && (listed || item || trim(it.seg.text(text)).ends_with(':'));
    }
}

/// A short advertisement, related-link or promotion line that pages insert
/// between paragraphs (`ADVERTISEMENT`, `Story continues below
/// advertisement`, `RELATED: Wolves return to …`): it does not end the
/// article, so a subheading after it is still between paragraphs. A bare
/// label (`Leia também`, `Read more`) is not one: it introduces the related
/// headline on the next line. Shared by the whole-document and the
/// streaming assembly.
pub fn inline_break(f: &Features) -> bool {
    match f.lex {
        Some(Kind::Ad) => f.words <= 15,
        Some(Kind::Related | Kind::Promo) => (5..=15).contains(&f.words),
        _ => false,
    }
}

/// A bare related-link label (`Read more`, `Leia também`, `Related`): the
/// headline on the next line is another story's, not the article's.
pub fn related_label(f: &Features) -> bool {
    matches!(f.lex, Some(Kind::Related)) && f.words <= 4 && !f.terminal
}

/// The headline right after a [`related_label`]: not body, however much it
/// reads like prose. Shared by the whole-document and the streaming
/// assembly.
pub fn labelled_headline(prev_label: bool, f: &Features) -> bool {
    prev_label && !f.terminal && f.words <= 20
}

/// A bare caption label on a line of its own (`Image caption,`, `Media
/// caption,`), as some sites print it above the caption text: the next
/// segment is that caption, however much it reads like a headline or a
/// sentence. Shared by the whole-document and the streaming context.
pub fn caption_label(f: &Features) -> bool {
    matches!(f.lex, Some(Kind::Caption)) && f.words <= 2 && !f.terminal
}

#[cfg(test)]
mod tests {
    use super::super::features::features;
    use super::caption_label;

    #[test]
    fn bare_caption_labels() {
        for s in ["Image caption,", "Media caption,", "Image caption"] {
            assert!(caption_label(&features(s)), "{s}");
        }
        for s in [
            "Image caption Eva-Marie Persson said the decision had been taken",
            "Image caption.",
            "Leave a Reply",
            "Caption contest winners announced",
        ] {
            assert!(!caption_label(&features(s)), "{s}");
        }
    }
}
