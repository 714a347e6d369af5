//! CSV exchange of the editorial calendar: Buffer's bulk-upload file, a full
//! export for spreadsheets, and the import of what people send back from
//! Excel, checked row by row before anything is written.
//!
//! Invariants:
//! - the parser never panics and never guesses silently: every row it cannot
//!   read becomes a [`RowError`] naming the line, the column and the value;
//! - line numbers are the file's physical lines (1 = header), as a text
//!   editor counts them; they match Excel's rows unless a cell holds a
//!   line break;
//! - `to_full_csv` in either language reads back through `parse_import`.

use csv::{Terminator, WriterBuilder};

use super::exchange::ExportItem;
use crate::Language;

const BUFFER_HEADER: [&str; 4] = ["Text", "Image URL", "Tags", "Posting Time"];
pub(super) const HEADER_IT: [&str; 12] = [
    "Canale",
    "Titolo",
    "Testo",
    "Data",
    "Ora",
    "Stato",
    "Pilastro",
    "Obiettivo",
    "Occasione",
    "Responsabile",
    "Note",
    "ID",
];
pub(super) const HEADER_EN: [&str; 12] = [
    "Channel",
    "Title",
    "Caption",
    "Date",
    "Time",
    "Status",
    "Pillar",
    "Objective",
    "Occasion",
    "Owner",
    "Notes",
    "ID",
];
pub(super) const FIRST_YEAR: i32 = 2000;
pub(super) const LAST_YEAR: i32 = 2100;

/// Buffer's bulk upload (`Text,Image URL,Tags,Posting Time`) for the items of
/// one channel; items without a start are left out.
pub fn to_buffer_csv(items: &[ExportItem]) -> String {
    let rows = items.iter().filter_map(|item| {
        let start = item.start?;
        let text = if item.caption.trim().is_empty() {
            &item.title
        } else {
            &item.caption
        };
        Some(vec![
            text.clone(),
            String::new(),
            item.pillar.clone().unwrap_or_default(),
            start.format("%Y-%m-%d %H:%M").to_string(),
        ])
    });
    write_csv(b',', &BUFFER_HEADER, rows)
}

/// Characters that make a spreadsheet read a cell as a formula.
pub(super) const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A text cell Excel will show as text: a leading formula character gets a
/// `'` before it (OWASP's advice against CSV injection); the import takes it off.
pub(crate) fn guard(text: &str) -> String {
    if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// Every field of every item, headed and dated in `language`. The Italian
/// file is `;`-separated with a UTF-8 BOM, which is what Excel set to
/// Italian opens into columns with the accents right; the English one is
/// plain `,`-separated UTF-8.
pub fn to_full_csv(items: &[ExportItem], language: Language) -> String {
    let (delimiter, header, date_format) = match language {
        Language::Italian => (b';', &HEADER_IT, "%d/%m/%Y"),
        Language::English => (b',', &HEADER_EN, "%Y-%m-%d"),
    };
    let rows = items.iter().map(|item| {
        let optional = |value: &Option<String>| guard(value.as_deref().unwrap_or_default());
        vec![
            item.channel.clone(),
            guard(&item.title),
            guard(&item.caption),
            item.start
                .map(|s| s.format(date_format).to_string())
                .unwrap_or_default(),
            item.start
                .map(|s| s.format("%H:%M").to_string())
                .unwrap_or_default(),
            item.status.as_str().to_owned(),
            optional(&item.pillar),
            optional(&item.objective),
            optional(&item.occasion),
            optional(&item.owner),
            guard(&item.notes),
            item.id.to_string(),
        ]
    });
    let csv = write_csv(delimiter, header, rows);
    match language {
        Language::Italian => format!("\u{feff}{csv}"),
        Language::English => csv,
    }
}

pub(crate) fn write_csv(
    delimiter: u8,
    header: &[&str],
    rows: impl Iterator<Item = Vec<String>>,
) -> String {
    let mut writer = WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing into a Vec cannot fail, and every field is a String: the output is UTF-8.
    writer
        .write_record(header)
        .expect("writing CSV into memory cannot fail");
    for row in rows {
        writer
            .write_record(&row)
            .expect("writing CSV into memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV into memory cannot fail");
    String::from_utf8(bytes).expect("CSV written from Strings is UTF-8")
}

pub(crate) mod import;

pub use import::parse_import;

#[cfg(test)]
mod tests;
