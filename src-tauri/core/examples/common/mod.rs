//! What every seed example starts with: the database named on the command
//! line, opened (created at the latest schema) and set up as the agency
//! "Studio Nord".

use std::path::PathBuf;

use chrono::Utc;
use regia_core::profile::{self, SetupInput};
use regia_core::{Language, Side, Store};

pub fn agency_store(example: &str) -> Result<(PathBuf, Store), Box<dyn std::error::Error>> {
    let path: PathBuf = std::env::args_os()
        .nth(1)
        .ok_or_else(|| format!("usage: {example} <regia.db>"))?
        .into();
    let store = Store::open(&path, Utc::now())?;
    profile::setup(
        &store,
        &SetupInput {
            kind: Side::Agency,
            name: "Studio Nord".into(),
            language: Language::Italian,
        },
        Utc::now(),
    )?;
    Ok((path, store))
}
