//! Files in and out of a client's calendar. An import is checked whole
//! against the client (channels, pillars, times that exist in its zone) and
//! written in one transaction only when no row has an error; the preview the
//! user confirms is exactly what is written.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::params;

use super::ItemStatus;
use super::csv_io;
use super::exchange::{ExportItem, ImportPreview, ImportedItem, RowError, refuse_errors};
use super::items::{self, zone_of};
use super::wallclock::{DEFAULT_TIME, Gap, LOCAL_FORMAT, resolve};
use crate::error::{Error, ErrorCode, Result};
use crate::ids::{ClientId, PillarId};
use crate::store::Store;
use crate::{channels, clients, text, time};

/// How far a long export or import has come, for the progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct TransferProgress {
    pub done: u32,
    pub total: u32,
}

/// Called with (done, total) as rows are written or read.
pub type Progress<'a> = &'a mut dyn FnMut(u32, u32);

/// The client's channels an item may name: the catalog and the plan's own.
fn known_channels(conn: &rusqlite::Connection, client_id: ClientId) -> Result<Vec<String>> {
    let mut known: Vec<String> = channels::CATALOG.iter().map(|c| (*c).to_owned()).collect();
    let mut stmt =
        conn.prepare_cached("SELECT channel FROM strategy_channels WHERE client_id = ?1")?;
    for c in stmt.query_map([client_id], |r| r.get::<_, String>(0))? {
        let c = c?;
        if !known.contains(&c) {
            known.push(c);
        }
    }
    Ok(known)
}

fn pillars(conn: &rusqlite::Connection, client_id: ClientId) -> Result<Vec<(PillarId, String)>> {
    Ok(conn
        .prepare_cached("SELECT id, name FROM strategy_pillars WHERE client_id = ?1")?
        .query_map([client_id], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?)
}

/// A row without a title is named by the start of its caption.
fn title_of(item: &ImportedItem) -> String {
    if item.title.trim().is_empty() {
        item.caption.chars().take(60).collect()
    } else {
        item.title.clone()
    }
}

/// What importing `bytes` into this client would do.
pub fn preview(store: &Store, client_id: ClientId, bytes: &[u8]) -> Result<ImportPreview> {
    store.read(|conn| {
        let zone = zone_of(conn, client_id)?;
        let mut preview = csv_io::parse_import(bytes, &known_channels(conn, client_id)?);
        let pillars = pillars(conn, client_id)?;
        let mut errors = Vec::new();
        preview.items.retain(|item| {
            let mut ok = true;
            if let Some(name) = &item.pillar
                && !pillars
                    .iter()
                    .any(|(_, p)| text::name_key(p) == text::name_key(name))
            {
                errors.push(RowError {
                    line: item.line,
                    column: String::new(),
                    code: ErrorCode::InvalidChoice,
                    value: name.clone(),
                    message: format!("\"{name}\" is not one of this client's pillars"),
                });
                ok = false;
            }
            // What apply would refuse, the preview shows: a promise kept.
            if let Err(e) = items::placed_words(&title_of(item), &item.caption, &item.notes) {
                errors.push(RowError {
                    line: item.line,
                    column: String::new(),
                    code: e.code(),
                    value: String::new(),
                    message: e.to_string(),
                });
                ok = false;
            }
            let local = item.date.and_time(item.time.unwrap_or(DEFAULT_TIME));
            if resolve(zone, local, Gap::Refuse).is_err() {
                errors.push(RowError {
                    line: item.line,
                    column: String::new(),
                    code: ErrorCode::NonexistentTime,
                    value: local.format(LOCAL_FORMAT).to_string(),
                    message: format!("{local} does not exist in {zone}: the clocks go forward"),
                });
                ok = false;
            }
            ok
        });
        preview.errors.extend(errors);
        preview.errors.sort_by_key(|e| e.line);
        Ok(preview)
    })
}

/// Writes every row of `bytes`, or nothing when any row has an error.
pub fn apply(
    store: &Store,
    client_id: ClientId,
    bytes: &[u8],
    now: DateTime<Utc>,
    progress: Progress<'_>,
) -> Result<u32> {
    let checked = preview(store, client_id, bytes)?;
    refuse_errors(&checked.errors)?;
    let total = u32::try_from(checked.items.len()).unwrap_or(u32::MAX);
    store.write(|tx| {
        let zone = zone_of(tx, client_id)?;
        let pillars = pillars(tx, client_id)?;
        for (done, item) in checked.items.iter().enumerate() {
            let pillar = item.pillar.as_ref().and_then(|name| {
                pillars
                    .iter()
                    .find(|(_, p)| text::name_key(p) == text::name_key(name))
                    .map(|(id, _)| *id)
            });
            let title = title_of(item);
            let local = item.date.and_time(item.time.unwrap_or(DEFAULT_TIME));
            let placed = items::Placed {
                channel: &item.channel,
                title: &title,
                caption: &item.caption,
                local,
                status: item.status.unwrap_or(ItemStatus::Draft),
                pillar,
                notes: &item.notes,
                slot: None,
            };
            items::insert_placed(tx, client_id, zone, &placed, now).map_err(|e| match e {
                Error::Invalid {
                    code,
                    field,
                    message,
                    ..
                } => Error::conflict(Some(&field), code, format!("line {}: {message}", item.line))
                    .with_param("line", item.line),
                other => other,
            })?;
            let done = u32::try_from(done + 1).unwrap_or(u32::MAX);
            if done % 250 == 0 || done == total {
                progress(done, total);
            }
        }
        Ok(total)
    })
}

/// The client's items (of one channel, and between two days, if given) as
/// they leave Regia, in time order; ideas without a day come last.
pub fn export_items(
    store: &Store,
    client_id: ClientId,
    channel: Option<&str>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<ExportItem>> {
    store.read(|conn| {
        let client = clients::find(conn, client_id)?;
        let from = from.map(|d| d.to_string());
        let to = to.map(|d| (d + chrono::Duration::days(1)).to_string());
        let mut stmt = conn.prepare_cached(
            "SELECT i.id, i.title, i.caption, i.notes, i.channel, sc.name, p.name, o.title, i.occasion,
                    pe.name, i.status, i.sequence, i.planned_local, i.created_at, i.updated_at
               FROM content_items i
               LEFT JOIN strategy_channels sc ON sc.client_id = i.client_id AND sc.channel = i.channel
               LEFT JOIN strategy_pillars p ON p.id = i.pillar_id
               LEFT JOIN strategy_objectives o ON o.id = i.objective_id
               LEFT JOIN people pe ON pe.id = i.owner_id
              WHERE i.client_id = ?1 AND i.deleted_at IS NULL
                AND (?2 IS NULL OR i.channel = ?2)
                AND (?3 IS NULL OR i.planned_local >= ?3)
                AND (?4 IS NULL OR i.planned_local < ?4)
              ORDER BY i.planned_local IS NULL, i.planned_local, i.id",
        )?;
        let rows = stmt.query_map(params![client_id, channel, from, to], |row| {
            let channel: String = row.get(4)?;
            let custom: Option<String> = row.get(5)?;
            Ok(ExportItem {
                id: row.get(0)?,
                title: row.get(1)?,
                caption: row.get(2)?,
                notes: row.get(3)?,
                channel_label: custom
                    .filter(|n| !n.is_empty())
                    .unwrap_or_else(|| channel_name(&channel)),
                channel,
                pillar: row.get(6)?,
                objective: row.get(7)?,
                occasion: row.get(8)?,
                owner: row.get(9)?,
                status: row.get(10)?,
                sequence: row.get(11)?,
                start: super::wallclock::local_column(row, 12)?,
                timezone: client.timezone.clone(),
                created_at: time::column(row, 13)?,
                updated_at: time::column(row, 14)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

/// A channel's name for a file read by people and other apps.
fn channel_name(key: &str) -> String {
    match key {
        "google_business" => "Google Business Profile".into(),
        "x" => "X".into(),
        "linkedin" => "LinkedIn".into(),
        "tiktok" => "TikTok".into(),
        "youtube" => "YouTube".into(),
        "whatsapp" => "WhatsApp".into(),
        other => {
            let mut chars = other.chars();
            chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default()
        }
    }
}

/// A file the calendar can be written to.
#[derive(Debug, Clone, PartialEq, Eq, serde::Deserialize, specta::Type)]
#[serde(tag = "kind", content = "channel", rename_all = "snake_case")]
pub enum ExportFormat {
    /// iCalendar, every channel.
    Ics,
    /// Buffer's bulk upload CSV, one channel.
    Buffer(String),
    /// Every field, headed in the client's language.
    Full,
}

/// Writes the client's calendar to `path` (to a temporary name first, then
/// renamed, so a half-written file never replaces a good one). Returns how
/// many items were written.
pub fn export_file(
    store: &Store,
    client_id: ClientId,
    format: &ExportFormat,
    path: &std::path::Path,
    now: DateTime<Utc>,
    progress: Progress<'_>,
) -> Result<u32> {
    // The web view names the path; the core writes only calendar files, so a
    // compromised page cannot overwrite anything else the user owns.
    let wanted = match format {
        ExportFormat::Ics => "ics",
        ExportFormat::Buffer(_) | ExportFormat::Full => "csv",
    };
    check_extension(path, &[wanted])?;
    let client = store.read(|conn| clients::find(conn, client_id))?;
    let channel = match format {
        ExportFormat::Buffer(channel) => Some(channel.as_str()),
        ExportFormat::Ics | ExportFormat::Full => None,
    };
    let items = export_items(store, client_id, channel, None, None)?;
    let total = u32::try_from(items.len()).unwrap_or(u32::MAX);
    progress(0, total);
    let contents = match format {
        ExportFormat::Ics => super::ical::to_ics(&items, &client.name, now),
        ExportFormat::Buffer(_) => csv_io::to_buffer_csv(&items),
        ExportFormat::Full => csv_io::to_full_csv(&items, client.language),
    };
    write_atomically(path, contents.as_bytes())?;
    progress(total, total);
    Ok(total)
}

pub(crate) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    let file_error = |source| Error::File {
        path: path.to_owned(),
        source,
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.regia-tmp"));
    let mut file = std::fs::File::create(&temporary).map_err(file_error)?;
    file.write_all(bytes).map_err(file_error)?;
    file.sync_all().map_err(file_error)?;
    std::fs::rename(&temporary, path).map_err(file_error)
}

/// Largest file Regia imports: far beyond years of posts, well below memory trouble.
pub const MAX_IMPORT_BYTES: u64 = 50 * 1024 * 1024;

fn check_extension(path: &std::path::Path, allowed: &[&str]) -> Result<()> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if allowed.contains(&extension.as_str()) {
        Ok(())
    } else {
        Err(
            Error::invalid("path", ErrorCode::NotACalendarFile, "not a calendar file")
                .with_param("kind", allowed.join(", ")),
        )
    }
}

/// Reads a file to import (a `.csv` or `.txt`), refusing one too large to be a calendar.
pub fn read_file(path: &std::path::Path) -> Result<Vec<u8>> {
    check_extension(path, &["csv", "txt"])?;
    let file_error = |source| Error::File {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(file_error)?.len();
    if size > MAX_IMPORT_BYTES {
        return Err(Error::invalid(
            "file",
            ErrorCode::TooLong,
            "the file is too large to be a calendar",
        )
        .with_param("max", MAX_IMPORT_BYTES)
        .with_param("len", size));
    }
    std::fs::read(path).map_err(file_error)
}
