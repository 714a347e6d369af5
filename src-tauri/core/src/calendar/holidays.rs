//! The fixed occasions of the calendar's occasions layer: Italian national
//! public holidays and the marketing days a small business plans content
//! around. Pure functions of the year: no database, no clock, no labels.
//!
//! Invariants:
//! - every occasion starts and ends inside the year it is computed for, so a
//!   range query only looks at the years the range touches, and concatenating
//!   years in order keeps the result sorted;
//! - `date <= end`; a one-day occasion has `end == date`;
//! - keys are stable snake_case words, all listed in [`KEYS`]; the UI shows
//!   `occasions.<key>` from its own dictionaries, so no user text lives here.

use chrono::{Datelike, Days, NaiveDate, Weekday};
use serde::Serialize;

use crate::text_enum;

#[cfg(test)]
mod tests;

text_enum!(
    /// Whether the day closes offices and most shops, or is only a moment
    /// people buy and post around.
    OccasionKind {
        PublicHoliday = "public_holiday",
        MarketingDay = "marketing_day",
    }
);

/// One occasion in one year. Only serialized (to the UI), never read back,
/// so the key can stay a `&'static str` from [`KEYS`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct FixedOccasion {
    pub key: &'static str,
    pub kind: OccasionKind,
    pub date: NaiveDate,
    /// Last day, inclusive.
    pub end: NaiveDate,
}

impl FixedOccasion {
    /// Whether any day of the occasion falls in `from..=to`.
    pub fn overlaps(&self, from: NaiveDate, to: NaiveDate) -> bool {
        self.date <= to && self.end >= from
    }
}

/// Every key [`occasions_in`] can return, so the UI can test it has a label
/// for each one.
pub const KEYS: &[&str] = &[
    // Public holidays.
    "new_year",
    "epiphany",
    "easter",
    "easter_monday",
    "liberation_day",
    "labour_day",
    "republic_day",
    "ferragosto",
    "st_francis",
    "all_saints",
    "immaculate_conception",
    "christmas",
    "st_stephen",
    // Marketing days.
    "winter_sales",
    "pizza_day",
    "fat_thursday",
    "shrove_tuesday",
    "valentines_day",
    "womens_day",
    "fathers_day",
    "mothers_day",
    "summer_sales",
    "back_to_school",
    "grandparents_day",
    "halloween",
    "black_friday",
    "cyber_monday",
    "christmas_shopping",
    "christmas_eve",
    "new_years_eve",
];

/// St Francis of Assisi (4 Oct) is a national holiday again from this year
/// on (law 151/2025); earlier years must not show it.
const ST_FRANCIS_FROM: i32 = 2026;

/// Maximum length of the seasonal sales in the regions' common agreement.
const SALES_DAYS: u64 = 60;

/// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm,
/// Meeus–Jones–Butcher).
///
/// # Panics
/// If Easter of `year` is outside the range `NaiveDate` can represent
/// (years beyond about ±262,000).
pub fn easter_sunday(year: i32) -> NaiveDate {
    easter(year).expect("year within NaiveDate's range")
}

/// The occasions of `year`, sorted by start date (ties: public holidays
/// first, then by key). Empty for years `NaiveDate` cannot represent.
pub fn occasions_in(year: i32) -> Vec<FixedOccasion> {
    let mut occasions = year_occasions(year).unwrap_or_default();
    occasions.sort_by(|a, b| (a.date, a.kind, a.key).cmp(&(b.date, b.kind, b.key)));
    occasions
}

/// The occasions with at least one day in `from..=to` (both inclusive),
/// sorted by start date; the range may span years. Empty when `from > to`.
pub fn occasions_between(from: NaiveDate, to: NaiveDate) -> Vec<FixedOccasion> {
    if from > to {
        return Vec::new();
    }
    // No occasion crosses a year boundary, so the years of the range suffice
    // and concatenating them in order keeps the start dates sorted.
    (from.year()..=to.year())
        .flat_map(occasions_in)
        .filter(|occasion| occasion.overlaps(from, to))
        .collect()
}

/// Meeus–Jones–Butcher with Euclidean division, so proleptic (negative)
/// years follow the same cycle instead of tripping on negative remainders.
fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let (d, e) = (b / 4, b.rem_euclid(4));
    let f = (b + 8).div_euclid(25);
    let g = (b - f + 1).div_euclid(3);
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let n = h + l - 7 * m + 114;
    let month = u32::try_from(n / 31).ok()?;
    let day = u32::try_from(n % 31 + 1).ok()?;
    NaiveDate::from_ymd_opt(year, month, day)
}

/// All occasions of `year`, unsorted; `None` only when a date of the year is
/// outside `NaiveDate`'s range.
fn year_occasions(year: i32) -> Option<Vec<FixedOccasion>> {
    use OccasionKind::{MarketingDay, PublicHoliday};

    let ymd = |month, day| NaiveDate::from_ymd_opt(year, month, day);
    let nth = |month, weekday, n| NaiveDate::from_weekday_of_month_opt(year, month, weekday, n);
    let easter = easter(year)?;
    let easter_plus = |days: i64| {
        let shift = Days::new(days.unsigned_abs());
        if days < 0 {
            easter.checked_sub_days(shift)
        } else {
            easter.checked_add_days(shift)
        }
    };
    // Black Friday follows the US Thanksgiving, the fourth Thursday of November.
    let black_friday = nth(11, Weekday::Thu, 4)?.checked_add_days(Days::new(1))?;

    let mut occasions = vec![
        day("new_year", PublicHoliday, ymd(1, 1)?),
        day("epiphany", PublicHoliday, ymd(1, 6)?),
        day("easter", PublicHoliday, easter),
        day("easter_monday", PublicHoliday, easter_plus(1)?),
        day("liberation_day", PublicHoliday, ymd(4, 25)?),
        day("labour_day", PublicHoliday, ymd(5, 1)?),
        day("republic_day", PublicHoliday, ymd(6, 2)?),
        day("ferragosto", PublicHoliday, ymd(8, 15)?),
        day("all_saints", PublicHoliday, ymd(11, 1)?),
        day("immaculate_conception", PublicHoliday, ymd(12, 8)?),
        day("christmas", PublicHoliday, ymd(12, 25)?),
        day("st_stephen", PublicHoliday, ymd(12, 26)?),
        // Sales dates vary by region; these follow the regions' common
        // agreement: winter from the first Saturday on or after 2 January,
        // summer from the first Saturday of July, each for 60 days at most.
        span(
            "winter_sales",
            first_on_or_after(ymd(1, 2)?, Weekday::Sat)?,
            SALES_DAYS,
        )?,
        span("summer_sales", nth(7, Weekday::Sat, 1)?, SALES_DAYS)?,
        // Sant'Antonio Abate, patron of pizza makers: many clients are
        // pizzerias and restaurants.
        day("pizza_day", MarketingDay, ymd(1, 17)?),
        // Carnival's last Thursday and Tuesday, before Ash Wednesday (Easter − 46).
        day("fat_thursday", MarketingDay, easter_plus(-52)?),
        day("shrove_tuesday", MarketingDay, easter_plus(-47)?),
        day("valentines_day", MarketingDay, ymd(2, 14)?),
        day("womens_day", MarketingDay, ymd(3, 8)?),
        // St Joseph's day, Father's Day in Italy.
        day("fathers_day", MarketingDay, ymd(3, 19)?),
        day("mothers_day", MarketingDay, nth(5, Weekday::Sun, 2)?),
        // Schools open between about 5 and 16 September depending on region;
        // the 15th is a single date content can be planned around.
        day("back_to_school", MarketingDay, ymd(9, 15)?),
        day("grandparents_day", MarketingDay, ymd(10, 2)?),
        day("halloween", MarketingDay, ymd(10, 31)?),
        day("black_friday", MarketingDay, black_friday),
        day(
            "cyber_monday",
            MarketingDay,
            black_friday.checked_add_days(Days::new(3))?,
        ),
        range("christmas_shopping", ymd(12, 1)?, ymd(12, 24)?),
        day("christmas_eve", MarketingDay, ymd(12, 24)?),
        day("new_years_eve", MarketingDay, ymd(12, 31)?),
    ];
    if year >= ST_FRANCIS_FROM {
        occasions.push(day("st_francis", PublicHoliday, ymd(10, 4)?));
    }
    Some(occasions)
}

fn day(key: &'static str, kind: OccasionKind, date: NaiveDate) -> FixedOccasion {
    FixedOccasion {
        key,
        kind,
        date,
        end: date,
    }
}

fn range(key: &'static str, date: NaiveDate, end: NaiveDate) -> FixedOccasion {
    FixedOccasion {
        key,
        kind: OccasionKind::MarketingDay,
        date,
        end,
    }
}

/// A marketing period of `days` days counting the first.
fn span(key: &'static str, date: NaiveDate, days: u64) -> Option<FixedOccasion> {
    let end = date.checked_add_days(Days::new(days.checked_sub(1)?))?;
    Some(range(key, date, end))
}

fn first_on_or_after(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let ahead = (weekday.num_days_from_monday() + 7 - date.weekday().num_days_from_monday()) % 7;
    date.checked_add_days(Days::new(ahead.into()))
}
