//! Importing measurements from a CSV export (Meta Business Suite, Google
//! Analytics, a spreadsheet): one row per day, week or month, one column per
//! metric, and the channel fixed or in a column of its own.
//!
//! The user maps the columns (Regia guesses a mapping from the headers, in
//! Italian or English), sees every value it would write, the values it would
//! replace, and every bad cell with its line; nothing is written until they
//! confirm, and nothing at all while any row has an error. Rows of a shorter
//! span add up into the chosen period (levels such as followers keep the
//! latest day's value).

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::measurements::{existing, known_channel, upsert, value};
use super::{Aggregation, MAX_VALUE, MetricDef, Period, find_metric, metrics};
use crate::calendar::csv_io::import::{
    LineCounter, decode, normalize, reader, resolve_channel, strip_sep_line, unguard,
};
use crate::calendar::exchange::{RowError, refuse_errors};
use crate::error::{ErrorCode, Result};
use crate::ids::ClientId;
use crate::questionnaire::parse_date;
use crate::store::Store;
use crate::{clients, text};

/// Where a value goes: channel, metric, first day of the period.
type Place = (String, String, NaiveDate);
/// One cell of the file: its day, its line, its value.
type Part = (NaiveDate, u32, f64);

/// Rows of the file shown as they are, to help map the columns.
const SAMPLE_ROWS: usize = 5;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MetricColumn {
    /// 0-based index of the column in the file.
    pub column: u32,
    /// A metric key (catalog or custom).
    pub metric: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportMapping {
    pub date_column: u32,
    /// The column naming each row's channel; `None` when the whole file is
    /// about `channel`.
    pub channel_column: Option<u32>,
    /// A plan channel key, or '' for the business as a whole.
    pub channel: String,
    pub period: Period,
    pub metrics: Vec<MetricColumn>,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct ImportedValue {
    pub channel: String,
    pub metric: String,
    pub period: Period,
    pub starts_on: NaiveDate,
    pub value: f64,
    /// The value already recorded there, which this one would replace.
    pub existing: Option<f64>,
    /// How many rows of the file made it.
    pub rows: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct MeasurementImport {
    pub headers: Vec<String>,
    pub sample: Vec<Vec<String>>,
    /// Data rows in the file (blank ones not counted).
    pub rows: u32,
    /// The mapping used: the one given, or Regia's guess.
    pub mapping: ImportMapping,
    pub values: Vec<ImportedValue>,
    pub errors: Vec<RowError>,
    pub delimiter: String,
    pub encoding: String,
}

/// Header names (after `normalize`) and the metric they stand for.
const METRIC_HEADERS: &[(&str, &str)] = &[
    ("visite", "visits"),
    ("visite al sito", "visits"),
    ("visite sito web", "visits"),
    ("visits", "visits"),
    ("website visits", "visits"),
    ("sessioni", "visits"),
    ("sessions", "visits"),
    ("sessioni dai social", "social_sessions"),
    ("social sessions", "social_sessions"),
    ("clic sul link", "link_clicks"),
    ("clic sui link", "link_clicks"),
    ("link clicks", "link_clicks"),
    ("copertura", "reach"),
    ("reach", "reach"),
    ("account raggiunti", "reach"),
    ("accounts reached", "reach"),
    ("persone raggiunte", "reach"),
    ("impression", "impressions"),
    ("impressions", "impressions"),
    ("visualizzazioni", "impressions"),
    ("views", "impressions"),
    ("follower", "followers"),
    ("followers", "followers"),
    ("follower totali", "followers"),
    ("mi piace alla pagina", "followers"),
    ("page likes", "followers"),
    ("reazioni", "reactions"),
    ("reactions", "reactions"),
    ("mi piace", "reactions"),
    ("likes", "reactions"),
    ("commenti", "comments"),
    ("comments", "comments"),
    ("condivisioni", "shares"),
    ("shares", "shares"),
    ("salvataggi", "saves"),
    ("saves", "saves"),
    ("contatti", "leads"),
    ("contacts", "leads"),
    ("lead", "leads"),
    ("leads", "leads"),
    ("richieste", "leads"),
    ("opportunità", "opportunities"),
    ("opportunita", "opportunities"),
    ("opportunities", "opportunities"),
    ("preventivi", "opportunities"),
    ("valore", "value"),
    ("value", "value"),
    ("entrate", "value"),
    ("revenue", "value"),
];

const DATE_HEADERS: &[&str] = &[
    "data",
    "date",
    "giorno",
    "day",
    "settimana",
    "week",
    "mese",
    "month",
    "periodo",
    "period",
    "data di inizio",
    "start date",
];

const CHANNEL_HEADERS: &[&str] = &["canale", "channel", "piattaforma", "platform", "social"];

/// Words for the business as a whole, in a channel column.
const WHOLE_BUSINESS: &[&str] = &["", "sito", "sito web", "site", "website", "totale", "total"];

/// `;`, `,` or a tab: whichever splits the header row into the most columns.
fn guess_delimiter(text: &str) -> u8 {
    let width = |delimiter: u8| {
        reader(text, delimiter)
            .into_records()
            .next()
            .and_then(std::result::Result::ok)
            .map_or(0, |header| header.len())
    };
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|d| (width(*d), *d == b';'))
        .unwrap_or(b';')
}

/// A date as exports write it: ISO or Italian (see [`parse_date`]), with a
/// time after it, `20261103` (Google Analytics), or a month: `2026-11`,
/// `11/2026`.
pub fn parse_export_date(typed: &str) -> Option<NaiveDate> {
    let typed = typed.trim();
    let day = typed
        .split(['T', ' '])
        .next()
        .unwrap_or(typed)
        .trim_end_matches(',');
    if let Some(date) = parse_date(day) {
        return Some(date);
    }
    if day.len() == 8 && day.bytes().all(|b| b.is_ascii_digit()) {
        return NaiveDate::parse_from_str(day, "%Y%m%d")
            .ok()
            .and_then(|d| parse_date(&d.to_string()));
    }
    parse_date(&format!("{day}-01"))
        .or_else(|| parse_date(&format!("01/{day}")))
        .filter(|_| day.len() >= 6)
}

fn guess(headers: &[String], metrics: &[MetricDef], plan: &[String]) -> ImportMapping {
    let names: Vec<String> = headers.iter().map(|h| normalize(h)).collect();
    let position = |wanted: &[&str]| {
        names
            .iter()
            .position(|n| wanted.contains(&n.as_str()))
            .and_then(|i| u32::try_from(i).ok())
    };
    let date_column = position(DATE_HEADERS).unwrap_or(0);
    let channel_column = position(CHANNEL_HEADERS);
    let period = match names.get(date_column as usize).map(String::as_str) {
        Some("settimana" | "week") => Period::Week,
        _ => Period::Month,
    };
    let mut mapped = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let Ok(column) = u32::try_from(i) else { break };
        if column == date_column || Some(column) == channel_column {
            continue;
        }
        let metric = METRIC_HEADERS
            .iter()
            .find(|(header, _)| header == name)
            .map(|(_, key)| (*key).to_owned())
            .or_else(|| {
                metrics
                    .iter()
                    .find(|m| m.id.is_some() && text::name_key(&m.name) == *name)
                    .map(|m| m.key.clone())
            });
        if let Some(metric) = metric {
            mapped.push(MetricColumn { column, metric });
        }
    }
    ImportMapping {
        date_column,
        channel_column,
        channel: plan.first().cloned().unwrap_or_default(),
        period,
        metrics: mapped,
    }
}

fn row_error(line: u32, column: &str, code: ErrorCode, value: &str, message: String) -> RowError {
    RowError {
        line,
        column: column.to_owned(),
        code,
        value: value.to_owned(),
        message,
    }
}

/// What importing `bytes` with `mapping` (or Regia's guess) would write.
pub fn preview_import(
    store: &Store,
    client_id: ClientId,
    bytes: &[u8],
    mapping: Option<&ImportMapping>,
) -> Result<MeasurementImport> {
    store.read(|conn| {
        clients::find(conn, client_id)?;
        let all = metrics(conn, client_id)?;
        let plan: Vec<String> = conn
            .prepare_cached(
                "SELECT channel FROM strategy_channels WHERE client_id = ?1 ORDER BY position",
            )?
            .query_map([client_id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let (text, encoding) = decode(bytes);
        let (text, sep, skipped) = strip_sep_line(&text);
        let delimiter = sep.unwrap_or_else(|| guess_delimiter(text));
        let mut records = reader(text, delimiter).into_records();
        let headers: Vec<String> = match records.next() {
            Some(Ok(header)) => header
                .iter()
                .map(|h| h.trim_start_matches('\u{feff}').trim().to_owned())
                .collect(),
            _ => Vec::new(),
        };
        let mapping = mapping
            .cloned()
            .unwrap_or_else(|| guess(&headers, &all, &plan));
        let mut out = MeasurementImport {
            sample: Vec::new(),
            rows: 0,
            mapping,
            values: Vec::new(),
            errors: Vec::new(),
            delimiter: char::from(delimiter).to_string(),
            encoding: encoding.to_owned(),
            headers,
        };
        if out.headers.is_empty() {
            out.errors.push(row_error(
                0,
                "",
                ErrorCode::MissingColumns,
                "",
                "The file is empty: it needs a header row and one row per period.".into(),
            ));
            return Ok(out);
        }
        let width = out.headers.len() as u32;
        let m = &out.mapping;
        let header = |column: u32| {
            out.headers
                .get(column as usize)
                .cloned()
                .unwrap_or_default()
        };
        let mut file_errors = Vec::new();
        if m.date_column >= width || m.channel_column.is_some_and(|c| c >= width) {
            file_errors.push(row_error(
                0,
                "",
                ErrorCode::OutOfRange,
                "",
                "The mapping names a column the file does not have.".into(),
            ));
        }
        if m.metrics.is_empty() {
            file_errors.push(row_error(
                0,
                "",
                ErrorCode::MissingColumns,
                "",
                "No column is mapped to a metric.".into(),
            ));
        }
        let mut columns: Vec<(u32, &MetricDef)> = Vec::new();
        for c in &m.metrics {
            match find_metric(&all, &c.metric) {
                Some(def) if c.column < width => columns.push((c.column, def)),
                _ => file_errors.push(row_error(
                    0,
                    &header(c.column),
                    ErrorCode::InvalidChoice,
                    &c.metric,
                    format!("\"{}\" is not a metric of this client", c.metric),
                )),
            }
        }
        if m.channel_column.is_none() && !known_channel(conn, client_id, &m.channel)? {
            file_errors.push(row_error(
                0,
                "",
                ErrorCode::InvalidChoice,
                &m.channel,
                format!("{} is not in the plan", m.channel),
            ));
        }
        if !file_errors.is_empty() {
            out.errors = file_errors;
            return Ok(out);
        }

        let mut cells: BTreeMap<Place, (Aggregation, Vec<Part>)> = BTreeMap::new();
        let mut lines = LineCounter::new(text, skipped);
        for record in records {
            let record = match record {
                Ok(record) => record,
                Err(error) => {
                    let line = error.position().map_or(0, |p| lines.line_at(p.byte()));
                    out.errors.push(row_error(
                        line,
                        "",
                        ErrorCode::WrongKind,
                        "",
                        format!("The file cannot be read as CSV from here on: {error}"),
                    ));
                    break;
                }
            };
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            out.rows += 1;
            if out.sample.len() < SAMPLE_ROWS {
                out.sample.push(record.iter().map(str::to_owned).collect());
            }
            let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
            let cell = |column: u32| unguard(record.get(column as usize).unwrap_or("").trim());
            let typed_date = cell(m.date_column);
            let Some(day) = parse_export_date(typed_date) else {
                out.errors.push(row_error(
                    line,
                    &header(m.date_column),
                    ErrorCode::InvalidDate,
                    typed_date,
                    format!("\"{typed_date}\" is not a date"),
                ));
                continue;
            };
            let channel = match m.channel_column {
                None => m.channel.clone(),
                Some(column) => {
                    let typed = cell(column);
                    if WHOLE_BUSINESS.contains(&normalize(typed).as_str()) {
                        String::new()
                    } else if let Some(key) = resolve_channel(typed, &plan) {
                        key
                    } else {
                        out.errors.push(row_error(
                            line,
                            &header(column),
                            ErrorCode::InvalidChoice,
                            typed,
                            format!("\"{typed}\" is not a channel of the plan"),
                        ));
                        continue;
                    }
                }
            };
            let start = m.period.start_of(day);
            for (column, def) in &columns {
                let typed = cell(*column);
                if typed.is_empty() {
                    continue;
                }
                match value("value", typed) {
                    Ok(v) => cells
                        .entry((channel.clone(), def.key.clone(), start))
                        .or_insert_with(|| (def.aggregation, Vec::new()))
                        .1
                        .push((day, line, v)),
                    Err(e) => out.errors.push(row_error(
                        line,
                        &header(*column),
                        e.code(),
                        typed,
                        e.to_string(),
                    )),
                }
            }
        }
        for ((channel, metric, starts_on), (aggregation, parts)) in cells {
            let value = match aggregation {
                Aggregation::Sum => parts.iter().map(|(_, _, v)| v).sum(),
                Aggregation::Last => parts
                    .iter()
                    .max_by_key(|(day, line, _)| (*day, *line))
                    .map_or(0.0, |(_, _, v)| *v),
            };
            if value > MAX_VALUE {
                // Each row was below the largest value; added up, they are not.
                let line = parts.iter().map(|(_, line, _)| *line).max().unwrap_or(0);
                let column = columns
                    .iter()
                    .find(|(_, def)| def.key == metric)
                    .map_or_else(String::new, |(c, _)| header(*c));
                out.errors.push(row_error(
                    line,
                    &column,
                    ErrorCode::OutOfRange,
                    &value.to_string(),
                    format!("the rows from {starts_on} add up to {value}, above {MAX_VALUE}"),
                ));
                continue;
            }
            let existing = existing(conn, client_id, (&channel, &metric, m.period, starts_on))?;
            out.values.push(ImportedValue {
                channel,
                metric,
                period: m.period,
                starts_on,
                value,
                existing,
                rows: parts.len() as u32,
            });
        }
        out.values.sort_by(|a, b| {
            (a.starts_on, &a.channel, &a.metric).cmp(&(b.starts_on, &b.channel, &b.metric))
        });
        out.errors.sort_by_key(|e| e.line);
        Ok(out)
    })
}

/// Writes every value of the preview, replacing those already recorded
/// (the preview showed them); nothing when any row has an error.
pub fn apply_import(
    store: &Store,
    client_id: ClientId,
    bytes: &[u8],
    mapping: &ImportMapping,
    now: DateTime<Utc>,
) -> Result<u32> {
    let checked = preview_import(store, client_id, bytes, Some(mapping))?;
    refuse_errors(&checked.errors)?;
    store.write(|tx| {
        for v in &checked.values {
            upsert(
                tx,
                client_id,
                (&v.channel, &v.metric, v.period, v.starts_on),
                v.value,
                "import",
                now,
            )?;
        }
        Ok(checked.values.len() as u32)
    })
}
