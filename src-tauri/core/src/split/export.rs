//! The split as a RACI table: one line per row of the split, phase by phase,
//! headed and worded in the client's language, written as CSV the way the
//! calendar's full export is (`;` and a BOM for Italian Excel).

use std::path::Path;

use crate::calendar::csv_io::{guard, write_csv};
use crate::calendar::transfer::write_atomically;
use crate::clients::Phase;
use crate::enums::Language;
use crate::error::{Error, ErrorCode, Result};
use crate::ids::ClientId;
use crate::store::Store;

use super::{Role, Split, labels, read};

const HEADER_IT: [&str; 10] = [
    "Fase",
    "Attività",
    "Canale",
    "Chi",
    "Ore interne/mese",
    "Ore agenzia/mese",
    "Responsabile (R)",
    "Approva (A)",
    "Consultato (C)",
    "Informato (I)",
];
const HEADER_EN: [&str; 10] = [
    "Phase",
    "Activity",
    "Channel",
    "Who",
    "In-house hours/month",
    "Agency hours/month",
    "Responsible (R)",
    "Accountable (A)",
    "Consulted (C)",
    "Informed (I)",
];

/// The table's lines (without the header), in phase, activity and channel order.
pub fn raci_rows(split: &Split) -> Vec<Vec<String>> {
    let l = split.language;
    let mut rows = Vec::new();
    for &phase in Phase::ALL {
        for activity in &split.activities {
            for channel in &split.channels {
                let Some(cell) = split.cells.iter().find(|c| {
                    c.phase == phase && c.activity_id == activity.id && c.channel_id == channel.id
                }) else {
                    continue;
                };
                let names = |role: Role| {
                    cell.raci
                        .iter()
                        .filter(|e| e.role == role)
                        .filter_map(|e| split.people.iter().find(|p| p.id == e.person_id))
                        .map(|p| guard(&p.name))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                rows.push(vec![
                    labels::phase(phase, l).to_owned(),
                    guard(&labels::activity(&activity.key, &activity.name, l)),
                    guard(&labels::channel(&channel.channel, &channel.name, l)),
                    labels::side(cell.side, l).to_owned(),
                    number(cell.business_hours, l),
                    number(cell.agency_hours, l),
                    names(Role::Responsible),
                    names(Role::Accountable),
                    names(Role::Consulted),
                    names(Role::Informed),
                ]);
            }
        }
    }
    rows
}

fn number(value: f64, language: Language) -> String {
    let text = format!("{value}");
    match language {
        Language::Italian => text.replace('.', ","),
        Language::English => text,
    }
}

/// Writes the client's RACI table to `path` (a `.csv`); returns the lines written.
pub fn export_csv(store: &Store, client_id: ClientId, path: &Path) -> Result<u32> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if extension != "csv" {
        return Err(
            Error::invalid("path", ErrorCode::NotASpreadsheetFile, "not a .csv file")
                .with_param("kind", "csv"),
        );
    }
    let split = store.read(|conn| read(conn, client_id))?;
    let rows = raci_rows(&split);
    let count = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    let contents = match split.language {
        Language::Italian => format!("\u{feff}{}", write_csv(b';', &HEADER_IT, rows.into_iter())),
        Language::English => write_csv(b',', &HEADER_EN, rows.into_iter()),
    };
    write_atomically(path, contents.as_bytes())?;
    Ok(count)
}
