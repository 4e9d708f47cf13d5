//! RFC 3339 timestamps in UTC, formatted by hand.
//!
//! Hand-rolled rather than borrowed from a crate because file times can be
//! anything a `touch -d` or a broken clock left behind — before 1970, after
//! 9999 — and a record must still be written (the crates we looked at panic
//! or refuse there). Years outside 0000–9999 are clamped, which RFC 3339
//! cannot express anyway.

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds and nanoseconds since the Unix epoch (seconds may be negative).
pub fn unix_parts(t: SystemTime) -> (i64, u32) {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => (
            i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
            d.subsec_nanos(),
        ),
        Err(e) => {
            let d = e.duration();
            let secs = i64::try_from(d.as_secs()).unwrap_or(i64::MAX);
            if d.subsec_nanos() == 0 {
                (-secs, 0)
            } else {
                (-secs - 1, 1_000_000_000 - d.subsec_nanos())
            }
        }
    }
}

/// `YYYY-MM-DDThh:mm:ss[.fffffffff]Z` with `digits` fractional digits
/// (0, 3, 6 or 9; 0 omits the fraction).
pub fn rfc3339(t: SystemTime, digits: u32) -> String {
    let (secs, nanos) = unix_parts(t);
    let days = secs.div_euclid(86_400);
    let sod = secs.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let (y, m, d, sod, nanos) = if y < 0 {
        (0, 1, 1, 0, 0)
    } else if y > 9999 {
        (9999, 12, 31, 86_399, 999_999_999)
    } else {
        (y, m, d, sod, nanos)
    };
    let (hh, mm, ss) = (sod / 3600, sod / 60 % 60, sod % 60);
    // Digits pushed by hand: `format!` cost more than the rest of the
    // record's assembly (two timestamps per file).
    let mut s = String::with_capacity(30);
    let push = |s: &mut String, v: u64, width: u32| {
        for k in (0..width).rev() {
            let digit = (v / 10u64.pow(k) % 10) as u8;
            s.push(char::from(b'0' + digit));
        }
    };
    let parts = [
        (y as u64, 4, '-'),
        (u64::from(m), 2, '-'),
        (u64::from(d), 2, 'T'),
        (hh as u64, 2, ':'),
        (mm as u64, 2, ':'),
        (ss as u64, 2, ' '),
    ];
    for (v, width, sep) in parts {
        push(&mut s, v, width);
        if sep != ' ' {
            s.push(sep);
        }
    }
    let digits = digits.min(9);
    if digits > 0 {
        s.push('.');
        push(&mut s, u64::from(nanos / 10u32.pow(9 - digits)), digits);
    }
    s.push('Z');
    s
}

/// Days since 1970-01-01 to (year, month, day) in the proleptic Gregorian
/// calendar (H. Hinnant's `civil_from_days`).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn known_instants() {
        assert_eq!(rfc3339(UNIX_EPOCH, 0), "1970-01-01T00:00:00Z");
        let t = UNIX_EPOCH + Duration::new(1_760_918_400, 123_456_789);
        assert_eq!(rfc3339(t, 9), "2025-10-20T00:00:00.123456789Z");
        assert_eq!(rfc3339(t, 6), "2025-10-20T00:00:00.123456Z");
        assert_eq!(rfc3339(t, 3), "2025-10-20T00:00:00.123Z");
        // 2000-02-29 (leap day) 12:34:56
        let t = UNIX_EPOCH + Duration::from_secs(951_827_696);
        assert_eq!(rfc3339(t, 0), "2000-02-29T12:34:56Z");
    }

    #[test]
    fn before_epoch_does_not_panic() {
        let t = UNIX_EPOCH - Duration::new(1, 500_000_000);
        assert_eq!(rfc3339(t, 3), "1969-12-31T23:59:58.500Z");
    }
}
