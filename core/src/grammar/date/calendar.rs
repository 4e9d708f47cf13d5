//! Gregorian calendar arithmetic: month lengths, weekdays and the United
//! States daylight-saving rule that resolves the generic zones `ET`, `CT`,
//! `MT`, `PT`.

/// Whether `year` is a Gregorian leap year.
pub(crate) const fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in `month` (1–12) of `year`; with the year unknown February has 29
/// days so that `Feb. 29` is accepted and checked once a year is supplied.
pub(crate) const fn days_in_month(year: Option<u16>, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => match year {
            Some(y) if !is_leap(y) => 28,
            _ => 29,
        },
        _ => 0,
    }
}

/// Whether `day` exists in `month` of `year` (month 1–12, day ≥ 1).
pub(crate) const fn valid(year: Option<u16>, month: u8, day: u8) -> bool {
    day >= 1 && day <= days_in_month(year, month)
}

/// Day of the week, 0 = Sunday (Sakamoto's method).
pub(crate) fn weekday(year: u16, month: u8, day: u8) -> u8 {
    let t: u32 = match month {
        1 => 0,
        2 => 3,
        3 => 2,
        4 => 5,
        5 => 0,
        6 => 3,
        7 => 5,
        8 => 1,
        9 => 4,
        10 => 6,
        11 => 2,
        _ => 4,
    };
    let y = u32::from(year).saturating_sub(u32::from(month < 3));
    let w = y + y / 4 - y / 100 + y / 400 + t + u32::from(day);
    // `w % 7` is below 7, the cast cannot truncate.
    (w % 7) as u8
}

/// Day of the month of the `n`-th (1-based) Sunday of `month`.
fn nth_sunday(year: u16, month: u8, n: u8) -> u8 {
    let first = weekday(year, month, 1);
    let first_sunday = 1 + (7 - first) % 7;
    first_sunday + 7 * n.saturating_sub(1)
}

/// Day of the month of the last Sunday of `month`.
fn last_sunday(year: u16, month: u8) -> u8 {
    let last = days_in_month(Some(year), month);
    last - weekday(year, month, last)
}

/// Whether US daylight saving time is in force on the given day.
///
/// The change days count as changed for the whole day (the switch happens at
/// 02:00 local time, before almost every timestamp news carries).
/// * 2007 and later: second Sunday in March to first Sunday in November;
/// * before 2007: first Sunday in April to last Sunday in October (the
///   1987–2006 rule, also used for older years);
/// * year unknown: 11 March to 3 November, the median change days of the
///   current rule.
pub(crate) fn us_dst(year: Option<u16>, month: u8, day: u8) -> bool {
    let ((sm, sd), (em, ed)) = match year {
        Some(y) if y >= 2007 => ((3, nth_sunday(y, 3, 2)), (11, nth_sunday(y, 11, 1))),
        Some(y) => ((4, nth_sunday(y, 4, 1)), (10, last_sunday(y, 10))),
        None => ((3, 11), (11, 3)),
    };
    let d = (month, day);
    d >= (sm, sd) && d < (em, ed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leap_years() {
        assert!(is_leap(2024) && is_leap(2000) && !is_leap(1900) && !is_leap(2025));
        assert!(valid(Some(2024), 2, 29) && !valid(Some(2025), 2, 29) && valid(None, 2, 29));
        assert!(!valid(Some(2025), 4, 31) && !valid(None, 13, 1) && !valid(None, 1, 0));
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(2025, 10, 20), 1); // Monday
        assert_eq!(weekday(2000, 1, 1), 6); // Saturday
        assert_eq!(weekday(2019, 11, 19), 2); // Tuesday
    }

    #[test]
    fn dst() {
        assert!(us_dst(Some(2025), 10, 20));
        assert!(!us_dst(Some(2019), 11, 19)); // ended 3 Nov 2019
        assert!(us_dst(Some(2025), 3, 9) && !us_dst(Some(2025), 3, 8));
        assert!(!us_dst(Some(2025), 11, 2) && us_dst(Some(2025), 11, 1));
        assert!(us_dst(Some(2005), 10, 29) && !us_dst(Some(2005), 10, 30));
        assert!(us_dst(None, 7, 4) && !us_dst(None, 12, 25));
    }
}
