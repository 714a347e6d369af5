//! Reading a CSV of content items: encoding and delimiter detection, header
//! matching in Italian or English, and one error per bad cell with its line.

use crate::ErrorCode;
use crate::calendar::ItemStatus;
use crate::calendar::exchange::{ImportPreview, ImportedItem, RowError};
use chrono::{Datelike, NaiveDate, NaiveTime};
use csv::{ReaderBuilder, StringRecord};
use std::borrow::Cow;

use super::{FIRST_YEAR, HEADER_IT, LAST_YEAR};

/// What a column of an imported file holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Channel,
    Title,
    Caption,
    Date,
    Time,
    DateTime,
    Status,
    Pillar,
    Notes,
    /// Written by `to_full_csv`, recognised so it counts towards the
    /// delimiter guess, not imported (the item gets a new id).
    Other,
}

/// Header names, compared after [`normalize`], Italian and English.
const COLUMNS: &[(&str, Column)] = &[
    ("canale", Column::Channel),
    ("channel", Column::Channel),
    ("titolo", Column::Title),
    ("title", Column::Title),
    ("testo", Column::Caption),
    ("caption", Column::Caption),
    ("text", Column::Caption),
    ("data", Column::Date),
    ("date", Column::Date),
    ("ora", Column::Time),
    ("time", Column::Time),
    ("data e ora", Column::DateTime),
    ("date and time", Column::DateTime),
    ("posting time", Column::DateTime),
    ("stato", Column::Status),
    ("status", Column::Status),
    ("pilastro", Column::Pillar),
    ("pillar", Column::Pillar),
    ("note", Column::Notes),
    ("notes", Column::Notes),
    ("obiettivo", Column::Other),
    ("objective", Column::Other),
    ("occasione", Column::Other),
    ("occasion", Column::Other),
    ("responsabile", Column::Other),
    ("owner", Column::Other),
    ("id", Column::Other),
];

/// Status keys are accepted as they are (`in_review`), and so are these
/// labels, in any case, with `_`/`-` read as spaces.
const STATUS_LABELS: &[(&str, ItemStatus)] = &[
    ("idee", ItemStatus::Idea),
    ("ideas", ItemStatus::Idea),
    ("bozza", ItemStatus::Draft),
    ("bozze", ItemStatus::Draft),
    ("in revisione", ItemStatus::InReview),
    ("in approvazione", ItemStatus::InReview),
    ("da approvare", ItemStatus::InReview),
    ("modifiche richieste", ItemStatus::ChangesRequested),
    ("da modificare", ItemStatus::ChangesRequested),
    ("approvato", ItemStatus::Approved),
    ("approvata", ItemStatus::Approved),
    ("programmato", ItemStatus::Scheduled),
    ("programmata", ItemStatus::Scheduled),
    ("pianificato", ItemStatus::Scheduled),
    ("pianificata", ItemStatus::Scheduled),
    ("pubblicato", ItemStatus::Published),
    ("pubblicata", ItemStatus::Published),
    ("annullato", ItemStatus::Cancelled),
    ("annullata", ItemStatus::Cancelled),
    ("canceled", ItemStatus::Cancelled),
];

/// Names people write for the catalog's channels, beyond the keys
/// themselves; compared after [`squash`].
const CHANNEL_NAMES: &[(&str, &str)] = &[
    ("IG", "instagram"),
    ("FB", "facebook"),
    ("Twitter", "x"),
    ("X (Twitter)", "x"),
    ("Google Business Profile", "google_business"),
    ("Google My Business", "google_business"),
    ("Profilo dell'attività su Google", "google_business"),
    ("Scheda Google", "google_business"),
    ("WhatsApp Business", "whatsapp"),
    ("Blog o sito", "blog"),
    ("Blog or website", "blog"),
    ("Email", "newsletter"),
];

/// Reads a calendar CSV into a preview; see the module's invariants.
pub fn parse_import(bytes: &[u8], known_channels: &[String]) -> ImportPreview {
    let (text, encoding) = decode(bytes);
    let (text, sep, skipped_lines) = strip_sep_line(&text);
    let delimiter = sep.unwrap_or_else(|| guess_delimiter(text));
    let mut preview = ImportPreview {
        items: Vec::new(),
        errors: Vec::new(),
        delimiter: char::from(delimiter).to_string(),
        encoding: encoding.to_owned(),
    };
    let mut records = reader(text, delimiter).into_records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        _ => {
            preview.errors.push(file_error(
                ErrorCode::MissingColumns,
                "",
                "The file is empty: it needs a header row and one row per post.",
            ));
            return preview;
        }
    };
    let columns = match Columns::from_header(&header) {
        Ok(columns) => columns,
        Err(error) => {
            preview.errors.push(error);
            return preview;
        }
    };
    let mut lines = LineCounter::new(text, skipped_lines);
    for record in records {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| lines.line_at(p.byte()));
                preview.errors.push(RowError {
                    line,
                    column: String::new(),
                    code: ErrorCode::WrongKind,
                    value: String::new(),
                    message: format!("The file cannot be read as CSV from here on: {error}"),
                });
                break;
            }
        };
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue;
        }
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        match columns.read_row(&record, line, known_channels) {
            Ok(item) => preview.items.push(item),
            Err(errors) => preview.errors.extend(errors),
        }
    }
    preview
}

/// UTF-8 (a BOM is dropped) when the bytes are valid UTF-8; otherwise the
/// whole file is Windows-1252, which decodes any byte sequence.
pub(crate) fn decode(bytes: &[u8]) -> (Cow<'_, str>, &'static str) {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(text) => (Cow::Borrowed(text), "UTF-8"),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(body);
            (text, "Windows-1252")
        }
    }
}

/// Excel's `sep=;` first line, when someone added it, names the delimiter.
pub(crate) fn strip_sep_line(text: &str) -> (&str, Option<u8>, u32) {
    let (first, rest) = text.split_once('\n').unwrap_or((text, ""));
    let first = first.trim_end_matches('\r').trim();
    match first.to_ascii_lowercase().strip_prefix("sep=") {
        Some(";") => (rest, Some(b';'), 1),
        Some(",") => (rest, Some(b','), 1),
        _ => (text, None, 0),
    }
}

/// `;` or `,`: whichever splits the first row into more known column names.
fn guess_delimiter(text: &str) -> u8 {
    let known = |delimiter: u8| {
        reader(text, delimiter)
            .into_records()
            .next()
            .and_then(Result::ok)
            .map_or(0, |header| {
                header
                    .iter()
                    .filter(|name| column_of(name).is_some())
                    .count()
            })
    };
    if known(b',') > known(b';') {
        b','
    } else {
        b';'
    }
}

pub(crate) fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

pub(crate) fn normalize(text: &str) -> String {
    text.trim_start_matches('\u{feff}')
        .split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Lower-case letters and digits only: "X (Twitter)" → "xtwitter".
fn squash(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn column_of(header: &str) -> Option<Column> {
    let name = normalize(header);
    COLUMNS.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

/// Physical line numbers from byte offsets. csv's own `Position::line` lags
/// by one after a CRLF (it counts the LF when the next record starts), and a
/// record's start may sit before the line breaks of skipped blank lines.
pub(crate) struct LineCounter<'t> {
    text: &'t str,
    offset: usize,
    line: u32,
}

impl<'t> LineCounter<'t> {
    pub(crate) fn new(text: &'t str, skipped_lines: u32) -> Self {
        Self {
            text,
            offset: 0,
            line: 1 + skipped_lines,
        }
    }

    /// The line of the first character at or after `byte` that is not a
    /// line break; offsets must not decrease from call to call.
    pub(crate) fn line_at(&mut self, byte: u64) -> u32 {
        let bytes = self.text.as_bytes();
        let mut start = usize::try_from(byte).unwrap_or(usize::MAX).min(bytes.len());
        while matches!(bytes.get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > self.offset {
            let newlines = bytes[self.offset..start]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            self.line = self
                .line
                .saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            self.offset = start;
        }
        self.line
    }
}

fn file_error(code: ErrorCode, value: &str, message: &str) -> RowError {
    RowError {
        line: 0,
        column: String::new(),
        code,
        value: value.to_owned(),
        message: message.to_owned(),
    }
}

/// Where each understood column is, with its header as written.
struct Columns {
    found: Vec<(Column, usize, String)>,
}

impl Columns {
    fn from_header(header: &StringRecord) -> Result<Self, RowError> {
        let mut found: Vec<(Column, usize, String)> = Vec::new();
        for (index, name) in header.iter().enumerate() {
            if let Some(column) = column_of(name)
                && found
                    .iter()
                    .all(|(c, ..)| *c != column || column == Column::Other)
            {
                let written = name.trim_start_matches('\u{feff}').trim().to_owned();
                found.push((column, index, written));
            }
        }
        let columns = Self { found };
        let mut missing = Vec::new();
        if !columns.has(Column::Channel) {
            missing.push("Canale/Channel");
        }
        if !columns.has(Column::Title) && !columns.has(Column::Caption) {
            missing.push("Titolo/Title or Testo/Caption");
        }
        if !columns.has(Column::Date) && !columns.has(Column::DateTime) {
            missing.push("Data/Date or Data e ora/Date and time");
        }
        if missing.is_empty() {
            return Ok(columns);
        }
        let written = header.iter().collect::<Vec<_>>().join(" | ");
        Err(file_error(
            ErrorCode::MissingColumns,
            &written,
            &format!(
                "The header row lacks the column(s) {}; it should read like: {}",
                missing.join(", "),
                HEADER_IT.join(";")
            ),
        ))
    }

    fn has(&self, column: Column) -> bool {
        self.found.iter().any(|(c, ..)| *c == column)
    }

    /// The header as written and the cell's value, when the column exists.
    fn cell<'r>(&'r self, record: &'r StringRecord, column: Column) -> Option<(&'r str, &'r str)> {
        let (_, index, header) = self.found.iter().find(|(c, ..)| *c == column)?;
        Some((header.as_str(), record.get(*index).unwrap_or_default()))
    }

    /// The cell of the first of `columns` that exists and is not blank.
    fn first_filled<'r>(
        &'r self,
        record: &'r StringRecord,
        columns: &[Column],
    ) -> Option<(&'r str, &'r str)> {
        columns
            .iter()
            .filter_map(|c| self.cell(record, *c))
            .find(|(_, value)| !value.trim().is_empty())
    }

    fn header_of(&self, columns: &[Column]) -> String {
        columns
            .iter()
            .find_map(|c| self.found.iter().find(|(found, ..)| found == c))
            .map(|(.., header)| header.clone())
            .unwrap_or_default()
    }

    fn read_row(
        &self,
        record: &StringRecord,
        line: u32,
        known_channels: &[String],
    ) -> Result<ImportedItem, Vec<RowError>> {
        let mut errors = Vec::new();
        let mut fail = |column: &str, code: ErrorCode, value: &str, message: String| {
            errors.push(RowError {
                line,
                column: column.to_owned(),
                code,
                value: value.to_owned(),
                message,
            });
        };
        let text = |column: Column| self.cell(record, column).map_or("", |(_, v)| unguard(v));

        let channel = match self.cell(record, Column::Channel) {
            Some((header, value)) if value.trim().is_empty() => {
                fail(
                    header,
                    ErrorCode::Required,
                    value,
                    "The channel is empty.".into(),
                );
                None
            }
            Some((header, value)) => {
                let channel = resolve_channel(value, known_channels);
                if channel.is_none() {
                    let message = if known_channels.is_empty() {
                        format!("Unknown channel \"{value}\": the client has no channels yet.")
                    } else {
                        let expected = known_channels.join(", ");
                        format!("Unknown channel \"{value}\": use one of {expected}.")
                    };
                    fail(header, ErrorCode::InvalidChoice, value, message);
                }
                channel
            }
            None => None,
        };

        let title = text(Column::Title).trim().to_owned();
        let caption = text(Column::Caption).to_owned();
        if title.is_empty() && caption.trim().is_empty() {
            let header = self.header_of(&[Column::Title, Column::Caption]);
            let message = "Both the title and the text are empty.".to_owned();
            fail(&header, ErrorCode::Required, "", message);
        }

        let mut date = None;
        let mut time = None;
        match self.first_filled(record, &[Column::Date, Column::DateTime]) {
            None => {
                let header = self.header_of(&[Column::Date, Column::DateTime]);
                fail(
                    &header,
                    ErrorCode::Required,
                    "",
                    "The date is empty.".into(),
                );
            }
            Some((header, value)) => match parse_date_time(value) {
                Ok((d, t)) => (date, time) = (Some(d), t),
                Err(message) => fail(header, ErrorCode::InvalidDate, value, message),
            },
        }
        if let Some((header, value)) = self.first_filled(record, &[Column::Time]) {
            match parse_time(value) {
                Some(t) => time = Some(t),
                None => {
                    let message = format!("\"{value}\" is not a time: write it as 18:30.");
                    fail(header, ErrorCode::InvalidTime, value, message);
                }
            }
        }

        let mut status = None;
        if let Some((header, value)) = self.first_filled(record, &[Column::Status]) {
            status = parse_status(value);
            if status.is_none() {
                let message = format!(
                    "Unknown status \"{value}\": use idea, bozza, in revisione, modifiche \
                     richieste, approvato, programmato, pubblicato or annullato."
                );
                fail(header, ErrorCode::InvalidChoice, value, message);
            }
        }

        let pillar = Some(text(Column::Pillar).trim()).filter(|p| !p.is_empty());
        match (channel, date) {
            (Some(channel), Some(date)) if errors.is_empty() => Ok(ImportedItem {
                line,
                channel,
                title,
                caption,
                date,
                time,
                status,
                pillar: pillar.map(str::to_owned),
                notes: text(Column::Notes).to_owned(),
            }),
            _ => Err(errors),
        }
    }
}

/// A key of `known_channels`, found by key, by a custom channel's name or by
/// a common name of a catalog channel, ignoring case, spaces and punctuation.
/// Undoes [`super::guard`]: a `'` put before a leading formula character.
pub(crate) fn unguard(value: &str) -> &str {
    match value.strip_prefix('\'') {
        Some(rest) if rest.starts_with(super::FORMULA_STARTS) => rest,
        _ => value,
    }
}

pub(crate) fn resolve_channel(value: &str, known_channels: &[String]) -> Option<String> {
    let wanted = squash(value);
    if wanted.is_empty() {
        return None;
    }
    let by_key = known_channels.iter().find(|key| {
        squash(key) == wanted
            || key
                .strip_prefix("custom:")
                .is_some_and(|name| squash(name) == wanted)
    });
    if let Some(key) = by_key {
        return Some(key.clone());
    }
    let (_, key) = CHANNEL_NAMES
        .iter()
        .find(|(name, _)| squash(name) == wanted)?;
    known_channels.iter().find(|k| k == key).cloned()
}

fn parse_status(value: &str) -> Option<ItemStatus> {
    let wanted = normalize(value);
    ItemStatus::ALL
        .iter()
        .copied()
        .find(|status| normalize(status.as_str()) == wanted)
        .or_else(|| {
            STATUS_LABELS
                .iter()
                .find(|(label, _)| *label == wanted)
                .map(|(_, status)| *status)
        })
}

/// A date, optionally followed by a time (` 18:30` or ISO's `T18:30:00`).
fn parse_date_time(value: &str) -> Result<(NaiveDate, Option<NaiveTime>), String> {
    let value = value.trim();
    let (date_part, time_part) = match value.split_once(char::is_whitespace) {
        Some((d, t)) => (d, Some(t.trim())),
        None => match value.split_once('T') {
            Some((d, t)) => (d, Some(t)),
            None => (value, None),
        },
    };
    let date = parse_date(date_part)
        .ok_or_else(|| format!("\"{value}\" is not a date: write it as 31/12/2026."))?;
    if !(FIRST_YEAR..=LAST_YEAR).contains(&date.year()) {
        return Err(format!(
            "\"{value}\" is out of range: the year must be between {FIRST_YEAR} and {LAST_YEAR}."
        ));
    }
    let time = match time_part {
        None => None,
        Some(t) => Some(
            parse_time(t)
                .ok_or_else(|| format!("\"{value}\" has no valid time: write it as 18:30."))?,
        ),
    };
    Ok((date, time))
}

/// `dd/mm/yyyy`, `d/m/yyyy` (also with `.` or `-`) or `yyyy-mm-dd`.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let separator = text.chars().find(|c| matches!(c, '/' | '-' | '.'))?;
    let parts: Vec<&str> = text.split(separator).collect();
    let [a, b, c] = parts[..] else {
        return None;
    };
    if [a, b, c]
        .iter()
        .any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let (year, month, day) = match (a.len(), b.len(), c.len()) {
        (4, 1..=2, 1..=2) => (a, b, c),
        (1..=2, 1..=2, 4) => (c, b, a),
        _ => return None,
    };
    NaiveDate::from_ymd_opt(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// `HH:mm`, `H:mm`, `H.mm`, and Excel's `HH:mm:ss`.
fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    let separator = if text.contains(':') { ':' } else { '.' };
    let parts: Vec<&str> = text.split(separator).collect();
    let digits = |p: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    let (hour, minute, second) = match parts[..] {
        [h, m] if digits(h, 1..=2) && digits(m, 2..=2) => (h, m, "0"),
        [h, m, s] if digits(h, 1..=2) && digits(m, 2..=2) && digits(s, 2..=2) => (h, m, s),
        _ => return None,
    };
    NaiveTime::from_hms_opt(
        hour.parse().ok()?,
        minute.parse().ok()?,
        second.parse().ok()?,
    )
}
