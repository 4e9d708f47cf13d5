//! Web tokens in news mode: URLs, bare domains, e-mail addresses, `@mentions`
//! and `#hashtags`.
//!
//! Every matcher is anchored at a token start, looks only at bytes ahead (and
//! one character back, to refuse `C#` or `foo@bar` as tags), and returns the
//! end of the token or `None`. UAX #29 would cut all of these into pieces
//! (`https` `:` `/` `/` `example.com` ...), which is useless for news copy.

use crate::ucd::{CharClass, WordBreak as W, word_props};

/// Top-level domains accepted at the end of a *bare* domain (`example.com`,
/// `bbc.co.uk`, `belta.by`). Scheme (`https://`) and `www.` URLs do not need
/// this list. Kept short on purpose: every entry is also a possible
/// lower-case word after a missing space (`said.it`), so only TLDs that are
/// common in news copy are listed. Sorted (binary search).
static TLDS: &[&[u8]] = &[
    b"ai", b"app", b"au", b"biz", b"br", b"by", b"ca", b"ch", b"cn", b"co", b"com", b"cz", b"de",
    b"dev", b"dk", b"edu", b"es", b"eu", b"fi", b"fr", b"ge", b"gl", b"gov", b"gr", b"hk", b"ie",
    b"il", b"in", b"info", b"int", b"io", b"it", b"jp", b"kr", b"kz", b"ly", b"me", b"mil", b"mx",
    b"net", b"news", b"nl", b"nz", b"org", b"pl", b"pt", b"ru", b"se", b"sg", b"tr", b"tv", b"tw",
    b"ua", b"uk", b"us", b"za",
];

#[inline]
fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

fn starts_with_ci(hay: &[u8], needle: &[u8]) -> bool {
    hay.get(..needle.len())
        .is_some_and(|h| h.eq_ignore_ascii_case(needle))
}

/// Whether `label` may end a host name of `labels` labels. `all_caps` says
/// no label so far had a lower-case letter: an all-capital host needs three
/// labels (`EXPRESS.CO.UK`), since two-label ones are mostly names
/// (`ASP.NET`, `VB.NET`). `www` relaxes the list to any alphabetic label of
/// two or more letters.
fn tld_ok(label: &[u8], labels: usize, all_caps: bool, www: bool) -> bool {
    if label.len() < 2 || !label.iter().all(u8::is_ascii_alphabetic) {
        return false;
    }
    let lower = label.iter().all(u8::is_ascii_lowercase);
    if !(lower || (all_caps && labels >= 3 && label.iter().all(u8::is_ascii_uppercase))) {
        return false;
    }
    if www {
        return true;
    }
    let mut buf = [0u8; 8];
    let Some(dst) = buf.get_mut(..label.len()) else {
        return false;
    };
    for (d, s) in dst.iter_mut().zip(label) {
        *d = s.to_ascii_lowercase();
    }
    TLDS.binary_search(&&*dst).is_ok()
}

/// End of the longest host name at `start` that has two or more labels and
/// ends in an acceptable top-level domain.
fn host_end(bytes: &[u8], start: usize, www: bool) -> Option<usize> {
    let mut p = start;
    let mut labels = 0usize;
    let mut all_caps = true;
    let mut best = None;
    loop {
        let ls = p;
        while bytes.get(p).is_some_and(|&b| is_host_byte(b)) {
            p += 1;
        }
        let label = bytes.get(ls..p)?;
        if label.is_empty() || label.first() == Some(&b'-') || label.last() == Some(&b'-') {
            return best;
        }
        labels += 1;
        if labels >= 2 && tld_ok(label, labels, all_caps, www) {
            best = Some(p);
        }
        all_caps &= !label.iter().any(u8::is_ascii_lowercase);
        if bytes.get(p) == Some(&b'.')
            && bytes.get(p + 1).is_some_and(|&b| b.is_ascii_alphanumeric())
        {
            p += 1;
        } else {
            return best;
        }
    }
}

/// Whether `c` may appear inside a URL as written in running text.
fn url_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '`' | '{' | '}' | '|' | '\\' | '^')
    } else {
        // Internationalised paths (`/wiki/Москва`), but not the typographic
        // quotes, dashes and brackets that surround a link in prose.
        !c.is_whitespace() && word_props(c).class() != CharClass::Punct
    }
}

/// End of a URL's path/query part starting at `from`, with trailing
/// sentence punctuation and unbalanced closing brackets trimmed.
fn url_tail(text: &str, url_start: usize, from: usize) -> usize {
    let rest = text.get(from..).unwrap_or("");
    let mut end = from;
    for (i, c) in rest.char_indices() {
        if !url_char(c) {
            break;
        }
        end = from + i + c.len_utf8();
    }
    let bytes = text.as_bytes();
    loop {
        let Some(&last) = bytes.get(end.wrapping_sub(1)) else {
            return end;
        };
        let url = bytes.get(url_start..end).unwrap_or(&[]);
        let count = |b: u8| url.iter().filter(|&&x| x == b).count();
        let trim = match last {
            b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' => true,
            b')' => count(b'(') < count(b')'),
            b']' => count(b'[') < count(b']'),
            _ => false,
        };
        if !trim || end <= from {
            return end;
        }
        end -= 1;
    }
}

/// A URL at `start`: `http://`, `https://` or `ftp://` followed by anything
/// URL-like; `www.` followed by a host name; or a bare host name ending in a
/// listed TLD (`example.com`, `bbc.co.uk`). `www.` and bare hosts take a
/// path, query or port only when `/`, `?`, `#` or `:digits` follows the host.
pub(super) fn url_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let rest = bytes.get(start..)?;
    let scheme = [&b"https://"[..], b"http://", b"ftp://"]
        .into_iter()
        .find(|s| starts_with_ci(rest, s))
        .map(<[u8]>::len);
    if let Some(n) = scheme {
        let from = start + n;
        let end = url_tail(text, start, from);
        // At least one character of host.
        return (end > from).then_some(end);
    }
    if !rest.first()?.is_ascii_alphanumeric() {
        return None;
    }
    let www = starts_with_ci(rest, b"www.");
    let host = host_end(bytes, start, www)?;
    let more = match bytes.get(host) {
        Some(b'/' | b'?' | b'#') => true,
        Some(b':') => bytes.get(host + 1).is_some_and(u8::is_ascii_digit),
        _ => false,
    };
    Some(if more {
        url_tail(text, start, host)
    } else {
        host
    })
}

/// An e-mail address at `start`: a local part of ASCII letters, digits and
/// `. _ + -` (starting with a letter, digit or `_`, no doubled or final
/// period), `@`, and a host of two or more labels ending in an alphabetic
/// label of two or more letters.
pub(super) fn email_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let first = *bytes.get(start)?;
    if !(first.is_ascii_alphanumeric() || first == b'_') {
        return None;
    }
    let mut p = start;
    while bytes
        .get(p)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'+' | b'-'))
    {
        p += 1;
    }
    let local = bytes.get(start..p).unwrap_or(&[]);
    // A dot-atom: no final or doubled period (`etc..a@b.com` is no address).
    if bytes.get(p) != Some(&b'@')
        || local.last() == Some(&b'.')
        || local.windows(2).any(|w| w == b"..")
        || local.len() > 64
    {
        return None;
    }
    // The host: same label grammar as URLs, any alphabetic final label.
    let mut q = p + 1;
    let mut labels = 0usize;
    let mut best = None;
    loop {
        let ls = q;
        while bytes.get(q).is_some_and(|&b| is_host_byte(b)) {
            q += 1;
        }
        let label = bytes.get(ls..q)?;
        if label.is_empty() || label.first() == Some(&b'-') || label.last() == Some(&b'-') {
            return best;
        }
        labels += 1;
        if labels >= 2 && label.len() >= 2 && label.iter().all(u8::is_ascii_alphabetic) {
            best = Some(q);
        }
        if bytes.get(q) == Some(&b'.')
            && bytes.get(q + 1).is_some_and(|&b| b.is_ascii_alphanumeric())
        {
            q += 1;
        } else {
            return best;
        }
    }
}

/// Whether the character before `start` is a letter or digit (then `#` or
/// `@` there is part of `C#` or a broken address, not a tag).
fn after_alnum(text: &str, start: usize) -> bool {
    text.get(..start)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c == '_' || word_props(c).class() == CharClass::Alnum)
}

/// `@handle` at `start` (which holds `@`): ASCII letters, digits and `_`,
/// with inner dots (`@john.smith`), not preceded by a letter or digit.
pub(super) fn mention_at(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if bytes.get(start) != Some(&b'@') || after_alnum(text, start) {
        return None;
    }
    let handle = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
    let mut p = start + 1;
    loop {
        let s = p;
        while bytes.get(p).is_some_and(handle) {
            p += 1;
        }
        if p == s {
            return None;
        }
        if bytes.get(p) == Some(&b'.') && bytes.get(p + 1).is_some_and(handle) {
            p += 1;
        } else {
            return Some(p);
        }
    }
}

/// `#tag` at `start` (which holds `#`): letters, digits, marks and `_` of
/// any script, at least one letter, not preceded by a letter or digit
/// (`C#`, `F#` stay a word and a `#`).
pub(super) fn hashtag_at(text: &str, start: usize) -> Option<usize> {
    if text.as_bytes().get(start) != Some(&b'#') || after_alnum(text, start) {
        return None;
    }
    let from = start + 1;
    let rest = text.get(from..)?;
    let mut end = from;
    let mut letter = false;
    for (i, c) in rest.char_indices() {
        let p = word_props(c);
        let ok = match p.word_break() {
            W::ALetter | W::HebrewLetter | W::Katakana => {
                letter = true;
                true
            }
            W::Numeric | W::ExtendNumLet | W::Extend | W::Format | W::ZWJ => true,
            W::Other if p.class() == CharClass::Alnum => {
                letter = true;
                true
            }
            _ => false,
        };
        if !ok {
            break;
        }
        end = from + i + c.len_utf8();
    }
    letter.then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tld_table_is_sorted() {
        assert!(TLDS.windows(2).all(|w| matches!(w, [a, b] if a < b)));
        assert!(TLDS.iter().all(|t| t.len() <= 8));
    }

    #[test]
    fn matchers() {
        let t = "see https://ex.com/a_(b)). and www.msn.com.How";
        assert_eq!(url_at(t, 4), Some(4 + "https://ex.com/a_(b)".len()));
        let w = t.find("www").unwrap_or(0);
        assert_eq!(url_at(t, w), Some(w + "www.msn.com".len()));
        assert_eq!(url_at("U.S. x", 0), None);
        assert_eq!(url_at("journalists.The", 0), None);
        assert_eq!(url_at("EXPRESS.CO.UK", 0), Some(13));
        assert_eq!(url_at("Hill.TV", 0), None);
        assert_eq!(email_at("a.b+c@mail.example.org.", 0), Some(22));
        assert_eq!(email_at("a@b", 0), None);
        assert_eq!(mention_at("@AP_news:", 0), Some(8));
        assert_eq!(mention_at("x@AP", 1), None);
        assert_eq!(hashtag_at("#Україна2025!", 0), Some("#Україна2025".len()));
        assert_eq!(hashtag_at("#2025", 0), None);
        assert_eq!(hashtag_at("C#", 1), None);
    }
}
