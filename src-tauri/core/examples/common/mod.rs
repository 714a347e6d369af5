//! What every seed example starts with: the database named on the command
//! line, opened (created at the latest schema) and set up as the agency
//! "Studio Nord".

use std::path::PathBuf;

use chrono::{DateTime, Utc};
use regia_core::profile::{self, SetupInput};
use regia_core::{Language, Side, Store};

#[allow(dead_code)] // bench_seed makes its profile at a fixed time
pub fn agency_store(example: &str) -> Result<(PathBuf, Store), Box<dyn std::error::Error>> {
    agency_store_at(&format!("usage: {example} <regia.db>"), Utc::now())
}

/// Like [`agency_store`], with the profile made at `now`: a seed that must
/// come out the same on every run passes a fixed time.
pub fn agency_store_at(
    usage: &str,
    now: DateTime<Utc>,
) -> Result<(PathBuf, Store), Box<dyn std::error::Error>> {
    let path: PathBuf = std::env::args_os().nth(1).ok_or(usage)?.into();
    // Real time: it names the snapshot taken before a migration.
    let store = Store::open(&path, Utc::now())?;
    profile::setup(
        &store,
        &SetupInput {
            kind: Side::Agency,
            name: "Studio Nord".into(),
            language: Language::Italian,
        },
        now,
    )?;
    Ok((path, store))
}

/// Puts `channel` in the client's plan (importance 3, two posts a week).
#[allow(dead_code)] // not every example plans channels
pub fn plan_channel(
    store: &Store,
    client: regia_core::ids::ClientId,
    channel: &str,
    now: DateTime<Utc>,
) -> Result<regia_core::strategy::Strategy, Box<dyn std::error::Error>> {
    use regia_core::strategy::{self, PlanChannelInput, PlanChannelStatus};
    Ok(strategy::save_plan_channel(
        store,
        client,
        &PlanChannelInput {
            id: None,
            channel: channel.into(),
            name: String::new(),
            role: String::new(),
            audience: String::new(),
            importance: 3,
            posts_per_week: 2.0,
            status: PlanChannelStatus::Active,
        },
        now,
    )?)
}
