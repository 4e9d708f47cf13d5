//! Letter case: the Unicode `Uppercase` and `Lowercase` properties, equal
//! to `char::is_uppercase` / `char::is_lowercase` for every `char`.
//!
//! Why not call those: their table lookup in libcore keeps a bounds check
//! that survives in release builds, the last panic path of the core's
//! firmware build (README, "Panic-freedom"). These tables are generated from
//! the same functions (`core/examples/gen_case.rs`) and tested against them
//! for every code point; `core/clippy.toml` keeps the libcore methods out of
//! the core.
//!
//! 369 entries, 1.5 KiB: runs of code points, with the alternating
//! upper/lower pairs of Latin Extended, Greek, Cyrillic… as one entry each.

#[allow(clippy::unreadable_literal)]
#[rustfmt::skip] // generated: cargo run -p tidings-core --example gen_case
#[path = "case_tables.rs"]
mod case_tables;

use case_tables::{LOWER, UPPER};

/// Whether `cp` is in a table of [`case_tables`] entries. Not inlined:
/// the callers are many and the non-ASCII case is rare on their paths
/// (inlined, the search cost the firmware 6 KiB of flash).
#[inline(never)]
fn in_table(table: &[u32], cp: u32) -> bool {
    const START: u32 = (1 << 21) - 1;
    // The last entry starting at or before `cp`: entries never overlap,
    // so it is the only one that can hold it.
    let after = table.partition_point(|&e| e & START <= cp);
    let Some(&e) = after.checked_sub(1).and_then(|i| table.get(i)) else {
        return false;
    };
    let off = cp - (e & START);
    let len = (e >> 21) & 0x3FF;
    if e >> 31 == 0 {
        off < len
    } else {
        off.is_multiple_of(2) && off / 2 < len
    }
}

/// `c.is_uppercase()`.
#[inline]
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        in_table(&UPPER, c as u32)
    }
}

/// `c.is_lowercase()`.
#[inline]
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        in_table(&LOWER, c as u32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point, both properties: the tables are libcore's. Fails
    /// on a toolchain with newer Unicode data: re-run the generator.
    #[test]
    #[allow(clippy::disallowed_methods)] // the reference
    fn equal_to_libcore() {
        // Every code point natively; a sample under Miri (no `unsafe` here).
        let step = if cfg!(miri) { 997 } else { 1 };
        for c in (0..=0x10_FFFF).step_by(step).filter_map(char::from_u32) {
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?} U+{:04X}", c as u32);
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?} U+{:04X}", c as u32);
        }
    }

    #[test]
    fn examples() {
        for (c, up, low) in [
            ('A', true, false),
            ('a', false, true),
            ('1', false, false),
            ('É', true, false),
            ('ß', false, true),
            ('Ā', true, false),
            ('ā', false, true),
            ('Ж', true, false),
            ('ж', false, true),
            ('Σ', true, false),
            ('ς', false, true),
            ('ǅ', false, false),
            ('Ⅷ', true, false),
            ('ⅷ', false, true),
            ('ª', false, true),
            ('한', false, false),
            ('字', false, false),
            ('𐐀', true, false),
            ('𐐨', false, true),
        ] {
            assert_eq!((is_upper(c), is_lower(c)), (up, low), "{c:?}");
        }
    }
}
