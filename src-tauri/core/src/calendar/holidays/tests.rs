use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, Weekday};

use super::*;

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// The occasion `key` of the year `year`, which must exist exactly once.
fn find(year: i32, key: &str) -> FixedOccasion {
    let found: Vec<_> = occasions_in(year)
        .into_iter()
        .filter(|o| o.key == key)
        .collect();
    assert_eq!(found.len(), 1, "{key} in {year}: {found:?}");
    found[0].clone()
}

/// Checks the one-day occasion `key` against published dates.
fn assert_one_day(key: &str, expected: &[&str]) {
    for text in expected {
        let expected = date(text);
        let occasion = find(expected.year(), key);
        assert_eq!(
            (occasion.date, occasion.end),
            (expected, expected),
            "{key} {text}"
        );
    }
}

fn keys(occasions: &[FixedOccasion]) -> Vec<&'static str> {
    occasions.iter().map(|o| o.key).collect()
}

#[test]
fn easter_sunday_matches_published_dates() {
    for text in [
        "2019-04-21",
        "2024-03-31",
        "2025-04-20",
        "2026-04-05",
        "2027-03-28",
        "2028-04-16",
        "2029-04-01",
        "2030-04-21",
        "2038-04-25",
    ] {
        let expected = date(text);
        assert_eq!(easter_sunday(expected.year()), expected);
        assert_one_day("easter", &[text]);
    }
}

#[test]
fn easter_sunday_is_a_sunday_between_march_22_and_april_25() {
    for year in 1583..=2500 {
        let easter = easter_sunday(year);
        assert_eq!(easter.weekday(), Weekday::Sun, "{easter}");
        let earliest = NaiveDate::from_ymd_opt(year, 3, 22).unwrap();
        let latest = NaiveDate::from_ymd_opt(year, 4, 25).unwrap();
        assert!((earliest..=latest).contains(&easter), "{easter}");
    }
}

#[test]
fn easter_monday_matches_published_dates() {
    assert_one_day(
        "easter_monday",
        &[
            "2024-04-01",
            "2025-04-21",
            "2026-04-06",
            "2027-03-29",
            "2028-04-17",
            "2029-04-02",
            "2030-04-22",
        ],
    );
}

#[test]
fn mothers_day_is_the_second_sunday_of_may() {
    assert_one_day(
        "mothers_day",
        &[
            "2024-05-12",
            "2025-05-11",
            "2026-05-10",
            "2027-05-09",
            "2028-05-14",
            "2029-05-13",
            "2030-05-12",
        ],
    );
}

#[test]
fn black_friday_and_cyber_monday_match_published_dates() {
    assert_one_day(
        "black_friday",
        &[
            "2024-11-29",
            "2025-11-28",
            "2026-11-27",
            "2027-11-26",
            "2028-11-24",
            "2029-11-23",
            "2030-11-29",
        ],
    );
    // Cyber Monday can fall in December, after the Christmas season starts.
    assert_one_day(
        "cyber_monday",
        &[
            "2024-12-02",
            "2025-12-01",
            "2026-11-30",
            "2027-11-29",
            "2028-11-27",
            "2029-11-26",
            "2030-12-02",
        ],
    );
}

#[test]
fn carnival_days_match_published_dates() {
    // 2028 is a leap year: Martedì grasso falls on 29 February.
    assert_one_day(
        "shrove_tuesday",
        &["2024-02-13", "2025-03-04", "2026-02-17", "2028-02-29"],
    );
    assert_one_day("fat_thursday", &["2024-02-08", "2025-02-27", "2026-02-12"]);
}

#[test]
fn st_francis_is_a_public_holiday_only_from_2026() {
    for year in [1990, 2024, 2025] {
        assert!(
            occasions_in(year).iter().all(|o| o.key != "st_francis"),
            "{year}"
        );
    }
    for year in 2026..=2030 {
        let st_francis = find(year, "st_francis");
        assert_eq!(st_francis.kind, OccasionKind::PublicHoliday);
        assert_eq!(
            st_francis.date,
            NaiveDate::from_ymd_opt(year, 10, 4).unwrap()
        );
    }
}

#[test]
fn public_holidays_of_2026_are_the_national_calendar() {
    let holidays: Vec<_> = occasions_in(2026)
        .into_iter()
        .filter(|o| o.kind == OccasionKind::PublicHoliday)
        .map(|o| (o.key, o.date.format("%m-%d").to_string(), o.date == o.end))
        .collect();
    let expected = [
        ("new_year", "01-01"),
        ("epiphany", "01-06"),
        ("easter", "04-05"),
        ("easter_monday", "04-06"),
        ("liberation_day", "04-25"),
        ("labour_day", "05-01"),
        ("republic_day", "06-02"),
        ("ferragosto", "08-15"),
        ("st_francis", "10-04"),
        ("all_saints", "11-01"),
        ("immaculate_conception", "12-08"),
        ("christmas", "12-25"),
        ("st_stephen", "12-26"),
    ]
    .map(|(key, day)| (key, day.to_string(), true));
    assert_eq!(holidays, expected);
}

#[test]
fn each_year_has_the_expected_number_of_public_holidays() {
    for year in 2024..=2030 {
        let count = occasions_in(year)
            .iter()
            .filter(|o| o.kind == OccasionKind::PublicHoliday)
            .count();
        // Twelve national holidays, thirteen once St Francis is back.
        let expected = if year >= 2026 { 13 } else { 12 };
        assert_eq!(count, expected, "{year}");
    }
}

#[test]
fn seasonal_sales_last_sixty_days_from_a_saturday() {
    for (key, start, end) in [
        ("winter_sales", "2025-01-04", "2025-03-04"),
        ("winter_sales", "2027-01-02", "2027-03-02"),
        ("summer_sales", "2025-07-05", "2025-09-02"),
        ("summer_sales", "2027-07-03", "2027-08-31"),
    ] {
        let sales = find(date(start).year(), key);
        assert_eq!((sales.date, sales.end), (date(start), date(end)), "{key}");
        assert_eq!(sales.date.weekday(), Weekday::Sat);
        assert_eq!((sales.end - sales.date).num_days() + 1, 60);
    }
}

#[test]
fn christmas_shopping_runs_from_december_1_to_christmas_eve() {
    let shopping = find(2026, "christmas_shopping");
    assert_eq!(
        (shopping.date, shopping.end),
        (date("2026-12-01"), date("2026-12-24"))
    );
    assert_eq!(shopping.kind, OccasionKind::MarketingDay);
}

#[test]
fn occasions_between_spans_the_new_year() {
    let found = occasions_between(date("2026-12-20"), date("2027-01-10"));
    assert_eq!(
        keys(&found),
        [
            "christmas_shopping",
            "christmas_eve",
            "christmas",
            "st_stephen",
            "new_years_eve",
            "new_year",
            "winter_sales",
            "epiphany",
        ]
    );
    let years: Vec<_> = found.iter().map(|o| o.date.year()).collect();
    assert_eq!(years, [2026, 2026, 2026, 2026, 2026, 2027, 2027, 2027]);
}

#[test]
fn occasions_between_includes_overlapping_ranges_at_either_edge() {
    // Inside the winter sales, with no one-day occasion.
    assert_eq!(
        keys(&occasions_between(date("2027-02-10"), date("2027-02-10"))),
        ["winter_sales"]
    );
    // The last day of the Christmas season.
    assert_eq!(
        keys(&occasions_between(date("2026-12-24"), date("2026-12-24"))),
        ["christmas_shopping", "christmas_eve"]
    );
    // A range ending on a range's first day.
    assert_eq!(
        keys(&occasions_between(date("2026-11-30"), date("2026-12-01"))),
        ["cyber_monday", "christmas_shopping"]
    );
    assert!(occasions_between(date("2027-01-10"), date("2026-12-20")).is_empty());
}

#[test]
fn occasions_between_a_whole_year_is_occasions_in_that_year() {
    for year in 2024..=2030 {
        let from = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        let to = NaiveDate::from_ymd_opt(year, 12, 31).unwrap();
        assert_eq!(occasions_between(from, to), occasions_in(year), "{year}");
    }
}

#[test]
fn occasions_are_sorted_and_stay_inside_their_year() {
    for year in 1900..=2200 {
        let occasions = occasions_in(year);
        assert!(
            occasions.windows(2).all(|w| w[0].date <= w[1].date),
            "{year}"
        );
        for o in &occasions {
            assert!(o.date <= o.end, "{o:?}");
            assert_eq!((o.date.year(), o.end.year()), (year, year), "{o:?}");
        }
    }
    let decade = occasions_between(date("2024-01-01"), date("2033-12-31"));
    assert!(decade.windows(2).all(|w| w[0].date <= w[1].date));
}

#[test]
fn keys_are_unique_and_cover_every_occasion() {
    let listed: HashSet<_> = KEYS.iter().copied().collect();
    assert_eq!(listed.len(), KEYS.len(), "duplicate key in KEYS");
    assert!(
        KEYS.iter()
            .all(|key| !key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
    );

    let mut returned = HashSet::new();
    for year in 2024..=2030 {
        let occasions = occasions_in(year);
        let in_year: HashSet<_> = keys(&occasions).into_iter().collect();
        assert_eq!(in_year.len(), occasions.len(), "a key repeats in {year}");
        returned.extend(in_year);
    }
    // Every returned key has a label slot, and no listed key is dead.
    assert_eq!(returned, listed);
}

#[test]
fn out_of_range_years_give_no_occasions() {
    assert!(occasions_in(i32::MAX).is_empty());
    assert!(occasions_in(i32::MIN).is_empty());
}

#[test]
fn serializes_with_the_words_the_ui_reads() {
    let json = serde_json::to_value(find(2026, "easter")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "key": "easter",
            "kind": "public_holiday",
            "date": "2026-04-05",
            "end": "2026-04-05",
        })
    );
}
