//! Install-level commands: status at start-up, first-run profile, settings.

use chrono::Utc;
use regia_core::backups::{self, Backup};
use regia_core::profile::{self, Profile, SetupInput};
use regia_core::{Language, settings, text};
use serde::Serialize;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

/// Everything the UI needs to decide its first screen.
#[derive(Debug, Serialize, specta::Type)]
#[serde(rename_all = "camelCase")]
pub struct AppStatus {
    pub database_path: String,
    /// Set when the database could not be opened; then nothing else works.
    pub storage_error: Option<IpcError>,
    pub profile: Option<Profile>,
    /// The language to show: the chosen one, else the system's.
    pub language: Language,
    pub language_chosen: bool,
}

#[tauri::command]
#[specta::specta]
pub fn app_status(state: State<'_, AppState>) -> Result<AppStatus, IpcError> {
    let system = Language::from_locale(state.system_locale.as_deref());
    let database_path = state.database_path.display().to_string();
    if let Some(error) = state.storage_error() {
        return Ok(AppStatus {
            database_path,
            storage_error: Some(error),
            profile: None,
            language: system,
            language_chosen: false,
        });
    }
    let (profile, chosen) =
        state.read(|store| Ok((profile::get(store)?, settings::language(store)?)))?;
    Ok(AppStatus {
        database_path,
        storage_error: None,
        profile,
        language: chosen.unwrap_or(system),
        language_chosen: chosen.is_some(),
    })
}

#[tauri::command]
#[specta::specta]
pub async fn setup_profile(
    state: State<'_, AppState>,
    input: SetupInput,
) -> Result<Profile, IpcError> {
    state
        .run(move |store| profile::setup(store, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn rename_profile(state: State<'_, AppState>, name: String) -> Result<Profile, IpcError> {
    state
        .run(move |store| profile::rename(store, &name, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_language(state: State<'_, AppState>, language: Language) -> Result<(), IpcError> {
    state
        .run(move |store| settings::set_language(store, language, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub fn list_timezones() -> Vec<String> {
    text::timezones().into_iter().map(str::to_owned).collect()
}

#[tauri::command]
#[specta::specta]
pub async fn list_backups(state: State<'_, AppState>) -> Result<Vec<Backup>, IpcError> {
    state.run(backups::list).await
}

/// Puts the database back as a snapshot held it; the current state is
/// snapshotted first.
#[tauri::command]
#[specta::specta]
pub async fn restore_backup(
    state: State<'_, AppState>,
    name: String,
) -> Result<Vec<Backup>, IpcError> {
    state
        .run(move |store| backups::restore(store, &name, Utc::now()))
        .await
}
