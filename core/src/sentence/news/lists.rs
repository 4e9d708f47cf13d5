//! Enumerated list items inside running text: `1. The first item 2. The
//! second item`, `a. … b. …`, `1) … 2) …`, `• 9. … • 10. …`.
//!
//! A marker is a number (1–3 digits) or one letter, closed by `.`, `)` or
//! `.)`, standing after white space (optionally after a bullet). A marker
//! at the start of a segment never ends it (`2.` alone is not a sentence)
//! and is remembered; when the *next* marker of the same style appears
//! inside the segment (`… item 2. The …`), the segment ends before it.

use super::text::{char_at, char_before, is_bullet, is_space, is_ws};

/// How a marker is closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
    /// `(1)`
    Parens,
}

/// A list marker's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Value {
    Number(u16),
    Lower(u8),
    Upper(u8),
}

impl Value {
    fn succeeds(self, prev: Value) -> bool {
        match (prev, self) {
            (Value::Number(a), Value::Number(b)) => a.checked_add(1) == Some(b),
            (Value::Lower(a), Value::Lower(b)) | (Value::Upper(a), Value::Upper(b)) => {
                a.checked_add(1) == Some(b)
            }
            _ => false,
        }
    }

    /// Lists start at 1, a or A.
    fn is_first(self) -> bool {
        matches!(
            self,
            Value::Number(1) | Value::Lower(b'a') | Value::Upper(b'A')
        )
    }
}

/// A marker found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    pub value: Value,
    pub style: Style,
    /// Where the item starts: the bullet if any, else the marker.
    pub site: usize,
    pub bulleted: bool,
}

/// The list item that opened the current segment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ListItem {
    /// Start of the segment this item opened.
    pub seg: usize,
    pub value: Value,
    pub style: Style,
}

/// The marker whose value ends at `end` (the offset of its `.` or `)`),
/// if the text there has the shape of one. `open`: the marker is
/// `(x)`-style, so an opening parenthesis must precede the value.
pub(super) fn marker_before(text: &str, end: usize, style: Style) -> Option<Marker> {
    let head = text.get(..end)?;
    let digits = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (value, vstart) = if digits > 0 {
        if digits > 3 {
            return None;
        }
        let s = end - digits;
        let n: u16 = head.get(s..)?.parse().ok()?;
        (Value::Number(n), s)
    } else {
        let c = *head.as_bytes().last()?;
        let v = match c {
            b'a'..=b'z' => Value::Lower(c),
            b'A'..=b'Z' => Value::Upper(c),
            _ => return None,
        };
        (v, end - 1)
    };
    let mut site = vstart;
    if style == Style::Parens {
        if char_before(text, site) != Some('(') {
            return None;
        }
        site -= 1;
    }
    // bullet glued (`⁃9.`) or spaced (`• 9.`)
    let mut bulleted = false;
    let before = char_before(text, site);
    if let Some(b) = before.filter(|&b| is_bullet(b)) {
        site -= b.len_utf8();
        bulleted = true;
    } else if before.is_some_and(is_space) {
        let mut s = site;
        while let Some(c) = char_before(text, s).filter(|&c| is_space(c)) {
            s -= c.len_utf8();
        }
        if let Some(b) = char_before(text, s).filter(|&b| is_bullet(b) || b == '*' || b == '-') {
            let bs = s - b.len_utf8();
            if char_before(text, bs).is_none_or(is_ws) {
                site = bs;
                bulleted = true;
            }
        }
    }
    if !char_before(text, site).is_none_or(is_ws) {
        return None;
    }
    Some(Marker {
        value,
        style,
        site,
        bulleted,
    })
}

/// What a marker means where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Role {
    /// It opens the current segment: never end the segment right after it.
    Opens,
    /// It is the next item of the current segment's list: end the segment
    /// before it.
    Next,
    /// Neither (`finished 2. The…` without a list before).
    None,
}

/// Classifies `m` for the segment starting at `seg` whose content starts
/// at `content`, given the remembered item, and updates the memory.
pub(super) fn role(m: &Marker, seg: usize, content: usize, memory: &mut Option<ListItem>) -> Role {
    if m.site == content {
        let continues = memory.is_some_and(|l| l.style == m.style && m.value.succeeds(l.value));
        if continues || m.value.is_first() || m.bulleted || matches!(m.value, Value::Number(_)) {
            *memory = Some(ListItem {
                seg,
                value: m.value,
                style: m.style,
            });
        }
        return Role::Opens;
    }
    match *memory {
        Some(l) if l.seg == seg && l.style == m.style && m.value.succeeds(l.value) => {
            *memory = Some(ListItem {
                seg: m.site,
                value: m.value,
                style: m.style,
            });
            Role::Next
        }
        _ => Role::None,
    }
}

/// Whether a marker is followed by item text on the same line (`1. The`),
/// which is what makes it a marker rather than a number ending a sentence.
pub(super) fn item_follows(text: &str, after: usize) -> bool {
    char_at(text, after).is_some_and(is_space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        let t = "1. The first item 2. The";
        let m = marker_before(t, 1, Style::Dot);
        assert_eq!(m.map(|m| (m.value, m.site)), Some((Value::Number(1), 0)));
        let m = marker_before(t, 19, Style::Dot);
        assert_eq!(m.map(|m| m.site), Some(18));
        let t = "\u{2022} 9. The first item \u{2022} 10. The";
        let m = marker_before(t, 28, Style::Dot);
        assert_eq!(
            m.map(|m| (m.value, m.site, m.bulleted)),
            Some((Value::Number(10), 22, true))
        );
        let t = "x \u{2043}10. The";
        let m = marker_before(t, 7, Style::Dot);
        assert_eq!(m.map(|m| m.site), Some(2));
        assert!(marker_before("in 2019. The", 7, Style::Dot).is_none());
        assert!(marker_before("Section 5(1)", 11, Style::Paren).is_none());
        let t = "(a) x (b)";
        assert_eq!(marker_before(t, 8, Style::Parens).map(|m| m.site), Some(6));
    }
}
