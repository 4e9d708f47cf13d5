//! The article header: title, section, subtitle, byline, date and captions
//! among the segments just above the body.
//!
//! The title is the best headline-like segment of the header window, scored
//! on evidence that holds across sites: it repeats the page's first line
//! (the HTML `<title>` in text dumps) or another segment (scrapers emit the
//! headline two or three times), a byline/dateline/standfirst follows it,
//! it sits close to the body, it has a headline's length. The section is
//! the short label right above the title; the subtitle is a glued standfirst
//! or a prose segment between title and body; bylines, dates and credits are
//! parsed with the line grammars ([`crate::grammar`]).

use super::context::{Anchor, Info};
use super::score::teaser;
use super::text::eq_folded;

/// Roles the header analysis assigns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Role {
    /// Not part of the article: boilerplate.
    #[default]
    Other,
    /// The headline.
    Title,
    /// Kicker/section label.
    Section,
    /// Standfirst.
    Subtitle,
    /// Caption or photo credit.
    Caption,
}

/// Maximum header window (segments above the body).
pub const MAX_HEADER: usize = 24;

fn title_eligible(it: &Info, text: &str) -> bool {
    let f = &it.f;
    let sized = (2..=30).contains(&f.words) || (f.cjk_script() && (4..=80).contains(&f.chars));
    let s = it.seg.text(text).trim_end();
    sized
        && f.lex.is_none()
        && !f.date_like
        && !f.byline_like
        && !f.caption
        && !f.credit
        && !f.ellipsis
        && !f.widget
        && !f.bullet
        && !teaser(f)
        && f.tokens >= 2
        && u32::from(f.letters) * 2 >= f.chars
        && !s.ends_with('.')
        && !it.c.standfirst
        && !it.c.bio
        && !it.c.before_credit
}

/// Picks the title among `items` (oldest first; the body follows the last).
pub fn pick_title(items: &[Info], text: &str) -> Option<usize> {
    let n = items.len();
    let mut best: Option<(usize, f32)> = None;
    for (k, it) in items.iter().enumerate() {
        if !title_eligible(it, text) {
            continue;
        }
        let s = it.seg.text(text);
        let mut score = 0.0f32;
        if it.anchor == Anchor::Title {
            score += 4.0;
        }
        if it.c.repeat {
            score += 3.0;
        } else if items
            .iter()
            .enumerate()
            .any(|(j, o)| j != k && eq_folded(o.seg.text(text), s))
        {
            score += 2.0;
        }
        if it.idx == 0 {
            score += 1.5;
        }
        let follows = items.iter().skip(k + 1).take(4).any(|o| {
            matches!(o.anchor, Anchor::Byline | Anchor::Date) || o.c.standfirst || o.f.byline_like
        });
        if follows {
            score += 2.0;
        }
        let dist = n - 1 - k;
        score += if dist <= 3 {
            2.0
        } else if dist <= 8 {
            1.0
        } else {
            0.0
        };
        if (4..=20).contains(&it.f.words) {
            score += 1.0;
        }
        if it.f.all_caps {
            score -= 1.0;
        }
        if it.f.pipes > 0 {
            score -= 0.5;
        }
        if best.is_none_or(|(_, b)| score > b) {
            best = Some((k, score));
        }
    }
    best.filter(|&(_, s)| s >= 2.0).map(|(k, _)| k)
}

/// The section label right above the title.
pub fn pick_section(items: &[Info], title: usize) -> Option<usize> {
    let k = title.checked_sub(1)?;
    let it = items.get(k)?;
    let f = &it.f;
    ((1..=4).contains(&f.words)
        && !f.terminal
        && f.lex.is_none()
        && !f.date_like
        && !f.byline_like
        && !f.caption
        && !f.credit
        && !f.widget
        && f.letters > 0
        && f.digit_words == 0
        && it.anchor == Anchor::None)
        .then_some(k)
}

/// The standfirst: a glued standfirst, else prose between title and body.
pub fn pick_subtitle(items: &[Info], title: Option<usize>) -> Option<usize> {
    let from = title.map_or(0, |t| t + 1);
    if let Some(k) = items
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, it)| it.c.standfirst)
        .map(|(k, _)| k)
    {
        return Some(k);
    }
    title?;
    items
        .iter()
        .enumerate()
        .skip(from)
        .find(|(_, it)| {
            let f = &it.f;
            f.words >= 8
                && (f.stop_ratio() >= 0.15 || f.cjk_script())
                && !f.caption
                && !f.credit
                && !f.byline_like
                && !f.date_like
                && f.lex.is_none()
                && !teaser(f)
                && !it.c.dup
                && !it.c.before_credit
                && !it.c.card
                && it.anchor == Anchor::None
        })
        .map(|(k, _)| k)
}

/// Whether a header or body segment is a caption or credit.
#[inline]
pub fn is_caption(it: &Info) -> bool {
    it.f.caption || it.f.credit || it.c.before_credit
}
