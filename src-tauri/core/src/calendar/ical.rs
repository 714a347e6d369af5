//! iCalendar (RFC 5545) export of the editorial calendar, for Google
//! Calendar, Outlook and Apple Calendar.
//!
//! Invariants:
//! - the output is a pure function of the items, the name and `now`: two
//!   exports of the same items differ only in their DTSTAMP lines;
//! - a UID is `<item id>@regia.it`, so a re-import updates instead of
//!   duplicating, and SEQUENCE tells clients which copy is newer;
//! - every TZID an event uses has its VTIMEZONE, generated from chrono-tz's
//!   IANA rules for the years the events span, plus one on either side;
//! - every physical line is CRLF-terminated and at most 75 octets, and no
//!   fold leaves a line ending in whitespace (some readers trim it away).

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz, TzOffset};
use icalendar::{CalendarDateTime, Component, Event, EventLike, EventStatus, Property};

use super::ItemStatus;
use super::exchange::ExportItem;

const PRODID: &str = "-//Regia//Regia 0.1//IT";
/// Items are points in time for a post; calendars need a length to draw them.
const DURATION: &str = "PT30M";
const LOCAL_FORMAT: &str = "%Y%m%dT%H%M%S";
/// RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, line break excluded.
const FOLD_AT: usize = 75;

/// Writes `items` as one VCALENDAR. Items without a start are left out.
///
/// An item whose `timezone` is not an IANA zone chrono-tz knows is written
/// with a floating local time (no TZID), rather than pointing at a
/// VTIMEZONE that could not be generated.
pub fn to_ics(items: &[ExportItem], calendar_name: &str, now: DateTime<Utc>) -> String {
    let placed: Vec<(&ExportItem, NaiveDateTime)> = items
        .iter()
        .filter_map(|item| item.start.map(|start| (item, start)))
        .collect();

    let mut out = String::new();
    out.push_str("BEGIN:VCALENDAR\r\n");
    push_property(&mut out, Property::new("VERSION", "2.0"));
    push_property(&mut out, Property::new("PRODID", PRODID));
    push_property(&mut out, Property::new("CALSCALE", "GREGORIAN"));
    push_property(
        &mut out,
        Property::new("X-WR-CALNAME", clean_text(calendar_name)),
    );

    for (tz, first, last) in zone_years(&placed).into_values() {
        push_vtimezone(&mut out, tz, first - 1, last + 1);
    }
    for (item, start) in &placed {
        out.push_str(&refold(&event(item, *start, now).to_string()));
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

/// iCalendar's three event statuses: only approved work is "confirmed".
fn event_status(status: ItemStatus) -> EventStatus {
    match status {
        ItemStatus::Idea
        | ItemStatus::Draft
        | ItemStatus::InReview
        | ItemStatus::ChangesRequested => EventStatus::Tentative,
        ItemStatus::Approved | ItemStatus::Scheduled | ItemStatus::Published => {
            EventStatus::Confirmed
        }
        ItemStatus::Cancelled => EventStatus::Cancelled,
    }
}

fn event(item: &ExportItem, start: NaiveDateTime, now: DateTime<Utc>) -> Event {
    let starts = match item.timezone.parse::<Tz>() {
        Ok(tz) => CalendarDateTime::WithTimezone {
            date_time: start,
            tzid: tz.name().to_owned(),
        },
        Err(_) => CalendarDateTime::Floating(start),
    };
    let label = clean_text(&item.channel_label);
    let mut categories = vec![label.clone()];
    categories.extend(
        item.pillar
            .as_deref()
            .map(clean_text)
            .filter(|pillar| !pillar.trim().is_empty()),
    );
    let description = [clean_text(&item.caption), clean_text(&item.notes)]
        .into_iter()
        .filter(|part| !part.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");

    let mut event = Event::new();
    event
        .uid(&format!("{}@regia.it", item.id))
        .timestamp(now)
        .starts(starts)
        .add_property("DURATION", DURATION)
        .summary(&format!("[{label}] {}", clean_text(&item.title)))
        .status(event_status(item.status))
        .sequence(item.sequence)
        .created(item.created_at)
        .last_modified(item.updated_at)
        .categories(categories);
    if !description.is_empty() {
        event.description(&description);
    }
    event.done()
}

/// The zones the placed items use, by name (so the output order is fixed),
/// each with the first and last year of its events.
fn zone_years(placed: &[(&ExportItem, NaiveDateTime)]) -> BTreeMap<&'static str, (Tz, i32, i32)> {
    let mut zones: BTreeMap<&'static str, (Tz, i32, i32)> = BTreeMap::new();
    for (item, start) in placed {
        let Ok(tz) = item.timezone.parse::<Tz>() else {
            continue;
        };
        let year = start.year();
        zones
            .entry(tz.name())
            .and_modify(|(_, first, last)| {
                *first = (*first).min(year);
                *last = (*last).max(year);
            })
            .or_insert((tz, year, year));
    }
    zones
}

/// One offset change: `before` applies until `at`, `after` from `at` on.
struct Transition {
    at: i64,
    before: TzOffset,
    after: TzOffset,
}

fn push_vtimezone(out: &mut String, tz: Tz, first_year: i32, last_year: i32) {
    let from = year_start(first_year);
    let to = year_start(last_year + 1);
    out.push_str("BEGIN:VTIMEZONE\r\n");
    push_property(out, Property::new("TZID", tz.name()));
    let transitions = transitions(tz, from, to);
    if transitions.is_empty() {
        // No change in the window (Asia/Tokyo, UTC): one rule from the epoch on.
        let offset = offset_at(tz, from);
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .unwrap_or_default();
        push_observance(out, epoch, offset, offset);
    }
    for t in &transitions {
        let local_before = DateTime::from_timestamp(t.at, 0)
            .unwrap_or_default()
            .naive_utc()
            + t.before.fix();
        push_observance(out, local_before, t.before, t.after);
    }
    out.push_str("END:VTIMEZONE\r\n");
}

fn push_observance(out: &mut String, start: NaiveDateTime, from: TzOffset, to: TzOffset) {
    let kind = if to.dst_offset().is_zero() {
        "STANDARD"
    } else {
        "DAYLIGHT"
    };
    out.push_str(&format!("BEGIN:{kind}\r\n"));
    push_property(
        out,
        Property::new("DTSTART", start.format(LOCAL_FORMAT).to_string()),
    );
    push_property(out, Property::new("TZOFFSETFROM", utc_offset(from)));
    push_property(out, Property::new("TZOFFSETTO", utc_offset(to)));
    if let Some(name) = to.abbreviation() {
        push_property(out, Property::new("TZNAME", name));
    }
    out.push_str(&format!("END:{kind}\r\n"));
}

/// The offset changes of `tz` in `[from, to)`, as UTC seconds: hour steps
/// find a change, a binary search pins it to the second.
fn transitions(tz: Tz, from: i64, to: i64) -> Vec<Transition> {
    const HOUR: i64 = 3600;
    let mut found = Vec::new();
    let mut t = from;
    let mut current = offset_at(tz, t);
    while t < to {
        let next = (t + HOUR).min(to);
        let offset = offset_at(tz, next);
        if offset != current {
            // Invariant: offset_at(lo) == current, offset_at(hi) != current.
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset_at(tz, mid) == current {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let after = offset_at(tz, hi);
            found.push(Transition {
                at: hi,
                before: current,
                after,
            });
            current = after;
            t = hi;
        } else {
            t = next;
        }
    }
    found
}

fn offset_at(tz: Tz, utc_seconds: i64) -> TzOffset {
    let instant = DateTime::from_timestamp(utc_seconds, 0).unwrap_or_default();
    tz.offset_from_utc_datetime(&instant.naive_utc())
}

fn year_start(year: i32) -> i64 {
    NaiveDate::from_ymd_opt(year, 1, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc().timestamp())
        .unwrap_or_default()
}

/// `+0100`, `-0330`, `+005328` (seconds only when there are some).
fn utc_offset(offset: TzOffset) -> String {
    let total = offset.fix().local_minus_utc();
    let sign = if total < 0 { '-' } else { '+' };
    let total = total.unsigned_abs();
    let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
    if seconds == 0 {
        format!("{sign}{hours:02}{minutes:02}")
    } else {
        format!("{sign}{hours:02}{minutes:02}{seconds:02}")
    }
}

/// Text values may not hold control characters; line breaks become `\n`.
fn clean_text(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .filter(|c| !c.is_control() || *c == '\n' || *c == '\t')
        .collect()
}

fn push_property(out: &mut String, property: Property) {
    let line: String = property
        .try_into()
        .expect("writing a property into a String cannot fail");
    out.push_str(&refold(&line));
}

/// Unfolds `text` (CRLF-terminated content lines, possibly folded) and
/// folds it again with [`fold`].
fn refold(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 20);
    for logical in text.replace("\r\n ", "").split_terminator("\r\n") {
        fold(&mut out, logical);
    }
    out
}

/// Folds one content line at ≤ 75 octets, between characters, never leaving
/// whitespace at the end of a physical line: the icalendar crate's folder
/// tries to, but counts characters where it means bytes.
fn fold(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = FOLD_AT;
    while rest.len() > limit {
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut end = cut;
        while let Some(c) = rest[..end]
            .chars()
            .next_back()
            .filter(|c| c.is_whitespace())
        {
            end -= c.len_utf8();
        }
        // A run of whitespace longer than a line: cut inside it after all.
        if end > 0 {
            cut = end;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        limit = FOLD_AT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests;
