//! The export is read back with the `ical` crate, a parser written by other
//! people, so a mistake shared by our writer and our reader cannot hide.

use std::io::BufReader;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use ical::parser::ical::component::{
    IcalCalendar, IcalEvent, IcalTimeZone, IcalTimeZoneTransitionType,
};
use ical::property::Property;

use super::*;
use crate::ids::ItemId;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("valid test date")
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&at(y, m, d, h, min))
}

fn item(title: &str) -> ExportItem {
    ExportItem {
        id: ItemId::new(),
        title: title.to_owned(),
        caption: "Vieni a trovarci!".to_owned(),
        notes: String::new(),
        channel: "instagram".to_owned(),
        channel_label: "Instagram".to_owned(),
        pillar: Some("Prodotti".to_owned()),
        objective: None,
        occasion: None,
        owner: None,
        status: ItemStatus::Draft,
        sequence: 0,
        start: Some(at(2025, 3, 15, 18, 30)),
        timezone: "Europe/Rome".to_owned(),
        created_at: utc(2025, 2, 1, 9, 0),
        updated_at: utc(2025, 2, 3, 10, 15),
    }
}

fn now() -> DateTime<Utc> {
    utc(2025, 3, 1, 8, 0)
}

fn parse(text: &str) -> IcalCalendar {
    let mut parser = ical::IcalParser::new(BufReader::new(text.as_bytes()));
    let calendar = parser
        .next()
        .expect("one calendar")
        .expect("the export parses");
    assert!(parser.next().is_none(), "exactly one calendar");
    calendar
}

fn property<'a>(properties: &'a [Property], name: &str) -> &'a Property {
    properties
        .iter()
        .find(|p| p.name == name)
        .unwrap_or_else(|| panic!("no {name} in {properties:?}"))
}

fn raw<'a>(properties: &'a [Property], name: &str) -> &'a str {
    property(properties, name)
        .value
        .as_deref()
        .unwrap_or_default()
}

fn param<'a>(property: &'a Property, key: &str) -> Option<&'a str> {
    property
        .params
        .as_ref()?
        .iter()
        .find(|(k, _)| k == key)
        .and_then(|(_, values)| values.first())
        .map(String::as_str)
}

/// RFC 5545 §3.3.11, which the `ical` crate leaves to its callers.
fn unescape(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Splits a TEXT list on the commas that are not escaped, then unescapes.
fn split_list(text: &str) -> Vec<String> {
    let mut items = vec![String::new()];
    let mut escaped = false;
    for c in text.chars() {
        let last = items.last_mut().expect("never empty");
        match c {
            _ if escaped => {
                last.push(c);
                escaped = false;
            }
            '\\' => {
                last.push(c);
                escaped = true;
            }
            ',' => items.push(String::new()),
            _ => last.push(c),
        }
    }
    items.iter().map(|item| unescape(item)).collect()
}

fn text(properties: &[Property], name: &str) -> String {
    unescape(raw(properties, name))
}

fn only_event(calendar: &IcalCalendar) -> &IcalEvent {
    assert_eq!(calendar.events.len(), 1);
    &calendar.events[0]
}

fn zone<'a>(calendar: &'a IcalCalendar, tzid: &str) -> &'a IcalTimeZone {
    calendar
        .timezones
        .iter()
        .find(|tz| raw(&tz.properties, "TZID") == tzid)
        .unwrap_or_else(|| panic!("no VTIMEZONE {tzid}"))
}

/// (kind, DTSTART, TZOFFSETFROM, TZOFFSETTO, TZNAME) of each observance.
fn observances(zone: &IcalTimeZone) -> Vec<(&'static str, String, String, String, String)> {
    zone.transitions
        .iter()
        .map(|t| {
            let kind = match t.transition {
                IcalTimeZoneTransitionType::STANDARD => "STANDARD",
                IcalTimeZoneTransitionType::DAYLIGHT => "DAYLIGHT",
            };
            let name = t
                .properties
                .iter()
                .find(|p| p.name == "TZNAME")
                .and_then(|p| p.value.clone())
                .unwrap_or_default();
            (
                kind,
                raw(&t.properties, "DTSTART").to_owned(),
                raw(&t.properties, "TZOFFSETFROM").to_owned(),
                raw(&t.properties, "TZOFFSETTO").to_owned(),
                name,
            )
        })
        .collect()
}

const TRICKY: &str =
    "Perché no? Caffè, cornetto; 3,50 €\nseconda riga \\ barra \\n non a capo 🎉☕ città à";

#[test]
fn calendar_header_reads_back() {
    let calendar = parse(&to_ics(&[], "Bar Sport, Milano; piano", now()));
    assert_eq!(raw(&calendar.properties, "VERSION"), "2.0");
    assert_eq!(
        raw(&calendar.properties, "PRODID"),
        "-//Regia//Regia 0.1//IT"
    );
    assert_eq!(raw(&calendar.properties, "CALSCALE"), "GREGORIAN");
    assert_eq!(
        text(&calendar.properties, "X-WR-CALNAME"),
        "Bar Sport, Milano; piano"
    );
    assert!(calendar.events.is_empty());
    assert!(calendar.timezones.is_empty());
}

#[test]
fn event_fields_read_back_with_an_independent_parser() {
    let mut post = item("Saldi di primavera: -20%, tutto; \"davvero\"");
    post.caption = TRICKY.to_owned();
    post.notes = "Foto: chiedere a Giò, entro martedì;\nok \\ grazie".to_owned();
    post.pillar = Some("Promozioni, sconti; offerte".to_owned());
    post.status = ItemStatus::Approved;
    post.sequence = 7;
    let calendar = parse(&to_ics(std::slice::from_ref(&post), "Bar", now()));
    let event = &only_event(&calendar).properties;

    assert_eq!(raw(event, "UID"), format!("{}@regia.it", post.id));
    let dtstart = property(event, "DTSTART");
    assert_eq!(dtstart.value.as_deref(), Some("20250315T183000"));
    assert_eq!(param(dtstart, "TZID"), Some("Europe/Rome"));
    assert_eq!(raw(event, "DURATION"), "PT30M");
    assert_eq!(raw(event, "DTSTAMP"), "20250301T080000Z");
    assert_eq!(
        text(event, "SUMMARY"),
        "[Instagram] Saldi di primavera: -20%, tutto; \"davvero\""
    );
    assert_eq!(
        text(event, "DESCRIPTION"),
        format!("{TRICKY}\n\nFoto: chiedere a Giò, entro martedì;\nok \\ grazie")
    );
    assert_eq!(
        split_list(raw(event, "CATEGORIES")),
        ["Instagram", "Promozioni, sconti; offerte"]
    );
    assert_eq!(raw(event, "STATUS"), "CONFIRMED");
    assert_eq!(raw(event, "SEQUENCE"), "7");
    assert_eq!(raw(event, "CREATED"), "20250201T090000Z");
    assert_eq!(raw(event, "LAST-MODIFIED"), "20250203T101500Z");
}

#[test]
fn description_without_notes_is_the_caption_and_categories_without_pillar_the_channel() {
    let mut post = item("Ciao");
    post.pillar = None;
    let calendar = parse(&to_ics(&[post], "Bar", now()));
    let event = &only_event(&calendar).properties;
    assert_eq!(text(event, "DESCRIPTION"), "Vieni a trovarci!");
    assert_eq!(split_list(raw(event, "CATEGORIES")), ["Instagram"]);
}

#[test]
fn statuses_map_to_the_three_ical_ones() {
    let expected = [
        (ItemStatus::Idea, "TENTATIVE"),
        (ItemStatus::Draft, "TENTATIVE"),
        (ItemStatus::InReview, "TENTATIVE"),
        (ItemStatus::ChangesRequested, "TENTATIVE"),
        (ItemStatus::Approved, "CONFIRMED"),
        (ItemStatus::Scheduled, "CONFIRMED"),
        (ItemStatus::Published, "CONFIRMED"),
        (ItemStatus::Cancelled, "CANCELLED"),
    ];
    assert_eq!(expected.len(), ItemStatus::ALL.len());
    for (status, ical_status) in expected {
        let mut post = item("x");
        post.status = status;
        let calendar = parse(&to_ics(&[post], "Bar", now()));
        assert_eq!(
            raw(&only_event(&calendar).properties, "STATUS"),
            ical_status,
            "{status:?}"
        );
    }
}

fn assert_physical_lines_are_well_formed(ics: &str) {
    assert!(ics.ends_with("\r\n"));
    let bare = ics.replace("\r\n", "");
    assert!(
        !bare.contains('\r') && !bare.contains('\n'),
        "bare CR or LF"
    );
    let lines: Vec<&str> = ics.split_terminator("\r\n").collect();
    for (i, line) in lines.iter().enumerate() {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.is_empty(), "empty line");
        let folded_here = lines.get(i + 1).is_some_and(|next| next.starts_with(' '));
        assert!(
            !(folded_here && line.ends_with(char::is_whitespace)),
            "a reader that trims would lose a space: {line:?}"
        );
    }
}

#[test]
fn physical_lines_are_crlf_and_at_most_75_octets() {
    let mut post = item(&"Titolo lunghissimo con accenti è à ù ".repeat(6));
    post.caption = format!("{TRICKY} ").repeat(30);
    post.notes = "€".repeat(200);
    post.pillar = Some("Pilastro, con virgole; e punti e virgola ".repeat(5));
    let ics = to_ics(&[post], &"Calendario di Caffè Sport ".repeat(8), now());
    assert_physical_lines_are_well_formed(&ics);
}

#[test]
fn caption_of_2000_characters_round_trips() {
    let pattern = "Perché sì, è così; prova \\ 50€ 🎉 città\nnuova riga à ";
    let caption: String = pattern.chars().cycle().take(2000).collect::<String>() + "fine";
    assert_eq!(caption.chars().count(), 2004);
    let mut post = item("Lungo");
    post.caption = caption.clone();
    let ics = to_ics(&[post], "Bar", now());
    assert_physical_lines_are_well_formed(&ics);
    let calendar = parse(&ics);
    assert_eq!(
        text(&only_event(&calendar).properties, "DESCRIPTION"),
        caption
    );
}

#[test]
fn carriage_returns_and_control_characters_do_not_break_lines() {
    let mut post = item("Titolo\r\ncon a capo\u{7}");
    post.caption = "riga 1\r\nriga 2\rriga 3\u{0}".to_owned();
    let ics = to_ics(&[post], "Bar", now());
    assert_physical_lines_are_well_formed(&ics);
    let calendar = parse(&ics);
    let event = &only_event(&calendar).properties;
    assert_eq!(text(event, "SUMMARY"), "[Instagram] Titolo\ncon a capo");
    assert_eq!(text(event, "DESCRIPTION"), "riga 1\nriga 2\nriga 3");
}

#[test]
fn rome_gets_a_vtimezone_with_daylight_and_standard_rules() {
    let calendar = parse(&to_ics(&[item("x")], "Bar", now()));
    let rules = observances(zone(&calendar, "Europe/Rome"));
    // 2025 ± 1 year: three springs forward and three falls back.
    assert_eq!(rules.len(), 6, "{rules:?}");
    let spring_2025 = (
        "DAYLIGHT",
        "20250330T020000".to_owned(),
        "+0100".to_owned(),
        "+0200".to_owned(),
        "CEST".to_owned(),
    );
    let autumn_2025 = (
        "STANDARD",
        "20251026T030000".to_owned(),
        "+0200".to_owned(),
        "+0100".to_owned(),
        "CET".to_owned(),
    );
    assert!(rules.contains(&spring_2025), "{rules:?}");
    assert!(rules.contains(&autumn_2025), "{rules:?}");
    assert_eq!(rules.first().map(|r| r.1.as_str()), Some("20240331T020000"));
    assert_eq!(rules.last().map(|r| r.1.as_str()), Some("20261025T030000"));
}

#[test]
fn vtimezone_spans_every_year_of_the_events_plus_one_on_each_side() {
    let mut early = item("early");
    early.start = Some(at(2023, 6, 1, 9, 0));
    let mut late = item("late");
    late.start = Some(at(2027, 1, 10, 9, 0));
    let calendar = parse(&to_ics(&[late, early], "Bar", now()));
    assert_eq!(calendar.timezones.len(), 1);
    let rules = observances(zone(&calendar, "Europe/Rome"));
    assert_eq!(rules.len(), 2 * 7, "2022..=2028");
    assert_eq!(rules.first().map(|r| r.1.as_str()), Some("20220327T020000"));
    assert_eq!(rules.last().map(|r| r.1.as_str()), Some("20281029T030000"));
}

#[test]
fn one_vtimezone_per_distinct_zone_and_new_york_rules_are_right() {
    let mut ny = item("ny");
    ny.timezone = "America/New_York".to_owned();
    let calendar = parse(&to_ics(&[item("a"), ny, item("b")], "Bar", now()));
    assert_eq!(calendar.timezones.len(), 2);
    let rules = observances(zone(&calendar, "America/New_York"));
    assert!(rules.contains(&(
        "DAYLIGHT",
        "20250309T020000".to_owned(),
        "-0500".to_owned(),
        "-0400".to_owned(),
        "EDT".to_owned(),
    )));
    assert!(rules.contains(&(
        "STANDARD",
        "20251102T020000".to_owned(),
        "-0400".to_owned(),
        "-0500".to_owned(),
        "EST".to_owned(),
    )));
    let ny_event = calendar
        .events
        .iter()
        .find(|e| text(&e.properties, "SUMMARY").ends_with("ny"))
        .expect("the New York event");
    assert_eq!(
        param(property(&ny_event.properties, "DTSTART"), "TZID"),
        Some("America/New_York")
    );
}

#[test]
fn zones_without_dst_get_one_standard_rule() {
    for (tzid, offset) in [("Asia/Tokyo", "+0900"), ("UTC", "+0000")] {
        let mut post = item("x");
        post.timezone = tzid.to_owned();
        let calendar = parse(&to_ics(&[post], "Bar", now()));
        let rules = observances(zone(&calendar, tzid));
        assert_eq!(rules.len(), 1, "{tzid}: {rules:?}");
        assert_eq!(rules[0].0, "STANDARD");
        assert_eq!(rules[0].2, offset);
        assert_eq!(rules[0].3, offset);
    }
}

#[test]
fn an_unknown_zone_gives_a_floating_time_and_no_dangling_tzid() {
    let mut post = item("x");
    post.timezone = "Mars/Olympus".to_owned();
    let calendar = parse(&to_ics(&[post], "Bar", now()));
    let dtstart = property(&only_event(&calendar).properties, "DTSTART");
    assert_eq!(dtstart.value.as_deref(), Some("20250315T183000"));
    assert_eq!(param(dtstart, "TZID"), None);
    assert!(calendar.timezones.is_empty());
}

#[test]
fn items_without_a_start_are_left_out() {
    let mut unplaced = item("later");
    unplaced.start = None;
    let calendar = parse(&to_ics(&[unplaced, item("now")], "Bar", now()));
    assert_eq!(
        text(&only_event(&calendar).properties, "SUMMARY"),
        "[Instagram] now"
    );
}

#[test]
fn two_exports_differ_only_in_dtstamp_and_keep_the_uid() {
    let items = [item("a"), item("b")];
    let first = to_ics(&items, "Bar", now());
    let second = to_ics(&items, "Bar", utc(2025, 4, 2, 17, 45));
    assert_ne!(first, second);
    let without_dtstamp = |ics: &str| -> Vec<String> {
        ics.split("\r\n")
            .filter(|line| !line.starts_with("DTSTAMP:"))
            .map(str::to_owned)
            .collect()
    };
    assert_eq!(without_dtstamp(&first), without_dtstamp(&second));
    let uids = |ics: &str| -> Vec<String> {
        parse(ics)
            .events
            .iter()
            .map(|e| raw(&e.properties, "UID").to_owned())
            .collect()
    };
    let expected: Vec<String> = items.iter().map(|i| format!("{}@regia.it", i.id)).collect();
    assert_eq!(uids(&first), expected);
    assert_eq!(uids(&second), expected);
}

#[test]
fn fold_never_ends_a_line_in_whitespace_and_unfolds_to_the_original() {
    for line in [
        format!("DESCRIPTION:{}", "è ".repeat(100)),
        format!("DESCRIPTION:{}", " ".repeat(200)),
        format!("SUMMARY:{}", "🎉".repeat(60)),
        "X:short".to_owned(),
    ] {
        let mut folded = String::new();
        fold(&mut folded, &line);
        for physical in folded.split_terminator("\r\n") {
            assert!(physical.len() <= 75);
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end_matches("\r\n"), line);
        if line.trim_end() == line && !line.ends_with("  ") {
            let inner_spaces_only = line.contains("  ");
            if !inner_spaces_only {
                assert!(
                    folded
                        .split_terminator("\r\n")
                        .all(|l| !l.ends_with(char::is_whitespace)),
                    "{folded:?}"
                );
            }
        }
    }
}
