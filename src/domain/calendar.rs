//! Local calendar days from epoch milliseconds and a fixed UTC offset. Pure arithmetic.
//!
//! `tz_offset_minutes` is what you add to UTC to get local time: +60 for Paris in winter,
//! -300 for New York in winter, +330 for India. Note that JavaScript's
//! `Date.prototype.getTimezoneOffset()` has the opposite sign, so pass its negation.
//!
//! A *day number* counts local days since 1970-01-01 (day 0, a Thursday); it can be
//! negative.

use super::schedule::DAY_MS;
use serde::{Deserialize, Serialize};

const MINUTE_MS: i64 = 60_000;

/// The local day number of the instant `ms`.
pub fn local_day(ms: i64, tz_offset_minutes: i32) -> i64 {
    ms.saturating_add(i64::from(tz_offset_minutes) * MINUTE_MS)
        .div_euclid(DAY_MS)
}

/// The instant (epoch ms) of local midnight starting `day`.
pub fn day_start_ms(day: i64, tz_offset_minutes: i32) -> i64 {
    day.saturating_mul(DAY_MS)
        .saturating_sub(i64::from(tz_offset_minutes) * MINUTE_MS)
}

/// Day of the week of a day number: 0 = Monday .. 6 = Sunday.
pub fn weekday(day: i64) -> u8 {
    // Day 0 (1970-01-01) was a Thursday (3).
    (day + 3).rem_euclid(7) as u8
}

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Date {
    pub year: i64,
    pub month: u8,
    pub day: u8,
}

impl std::fmt::Display for Date {
    /// ISO 8601: `2025-03-07`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// The date of a day number (Howard Hinnant's `civil_from_days`).
pub fn date_of_day(day: i64) -> Date {
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097); // 0..=146_096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // 0..=365
    let mp = (5 * doy + 2) / 153; // 0..=11, March-based
    let day_of_month = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u8;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Date {
        year,
        month,
        day: day_of_month,
    }
}

/// The day number of a date (Howard Hinnant's `days_from_civil`); the inverse of
/// [`date_of_day`].
pub fn day_of_date(date: Date) -> i64 {
    let m = i64::from(date.month);
    let y = date.year - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400); // 0..=399
    let mp = (m + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i64::from(date.day) - 1; // 0..=365
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; // 0..=146_096
    era * 146_097 + doe - 719_468
}

/// Reads an ISO date (`2026-12-09`, as a date input gives it). `None` for anything else,
/// including days a month does not have (`2026-02-30`).
pub fn parse_date(text: &str) -> Option<Date> {
    let mut parts = text.trim().splitn(3, '-');
    let year: i64 = parts.next()?.parse().ok()?;
    let month: u8 = parts.next()?.parse().ok()?;
    let day: u8 = parts.next()?.parse().ok()?;
    if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 {
        return None;
    }
    let date = Date { year, month, day };
    // A day past the month's end comes back as another date.
    (date_of_day(day_of_date(date)) == date).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_dates() {
        assert_eq!(local_day(0, 0), 0);
        assert_eq!(local_day(-1, 0), -1);
        assert_eq!(date_of_day(0).to_string(), "1970-01-01");
        assert_eq!(date_of_day(-1).to_string(), "1969-12-31");
        // 2024-02-29 is day 19_782.
        assert_eq!(date_of_day(19_782).to_string(), "2024-02-29");
        assert_eq!(weekday(0), 3);
        assert_eq!(weekday(19_782), 3); // a Thursday
        assert_eq!(day_of_date(date_of_day(19_782)), 19_782);
        for day in [-800_000, -1, 0, 59, 60, 19_782, 2_900_000] {
            assert_eq!(day_of_date(date_of_day(day)), day);
        }
        assert_eq!(parse_date("2024-02-29").map(day_of_date), Some(19_782));
        assert_eq!(
            parse_date(" 2026-12-09 ").map(|d| d.to_string()).as_deref(),
            Some("2026-12-09")
        );
        for bad in [
            "",
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-00-10",
            "12/09/2026",
            "2026-12",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn offsets_move_midnight() {
        // 2024-01-01T23:30Z is already 2024-01-02 in Paris (+60) but not in New York.
        let ms = 19_723 * DAY_MS + 23 * 3_600_000 + 30 * 60_000;
        assert_eq!(local_day(ms, 0), 19_723);
        assert_eq!(local_day(ms, 60), 19_724);
        assert_eq!(local_day(ms, -300), 19_723);
        assert_eq!(day_start_ms(19_724, 60), 19_724 * DAY_MS - 3_600_000);
        assert_eq!(local_day(day_start_ms(19_724, 60), 60), 19_724);
        assert_eq!(local_day(day_start_ms(19_724, 60) - 1, 60), 19_723);
    }
}
