//! In-house / agency split commands. Each edit answers with the whole split,
//! so advice, capacity and cost on screen always match what is stored.

use chrono::Utc;
use regia_core::clients::Phase;
use regia_core::ids::{ActivityId, CellId, ClientId, TransferId};
use regia_core::split::{self, ActivityInput, CellInput, SettingsInput, Split, TransferInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn get_split(state: State<'_, AppState>, client_id: ClientId) -> Result<Split, IpcError> {
    state.read(move |store| split::get(store, client_id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn save_split_settings(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: SettingsInput,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::save_settings(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_split_activity(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: ActivityInput,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::save_activity(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_split_activity(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: ActivityId,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::delete_activity(store, client_id, id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_split_cell(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: CellInput,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::save_cell(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_split_cell(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: CellId,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::delete_cell(store, client_id, id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn copy_split_phase(
    state: State<'_, AppState>,
    client_id: ClientId,
    from: Phase,
    to: Phase,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::copy_phase(store, client_id, from, to, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_skill_transfer(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: TransferInput,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::save_transfer(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn complete_skill_transfer(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: TransferId,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::complete_transfer(store, client_id, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_skill_transfer(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: TransferId,
) -> Result<Split, IpcError> {
    state
        .run(move |store| split::delete_transfer(store, client_id, id))
        .await
}

/// Writes the RACI table to a `.csv` the user picked; returns the lines written.
#[tauri::command]
#[specta::specta]
pub async fn export_split_csv(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
) -> Result<u32, IpcError> {
    state
        .run(move |store| split::export_csv(store, client_id, std::path::Path::new(&path)))
        .await
}
