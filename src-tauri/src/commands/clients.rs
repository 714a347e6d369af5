//! Client commands.

use chrono::Utc;
use regia_core::clients::{self, Client, ClientInput, ClientQuery, ClientSummary};
use regia_core::ids::ClientId;
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_clients(
    state: State<'_, AppState>,
    query: ClientQuery,
) -> Result<Vec<ClientSummary>, IpcError> {
    state.read(move |store| clients::list(store, &query))
}

#[tauri::command]
#[specta::specta]
pub fn get_client(state: State<'_, AppState>, id: ClientId) -> Result<Client, IpcError> {
    state.read(move |store| clients::get(store, id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_client(
    state: State<'_, AppState>,
    input: ClientInput,
) -> Result<Client, IpcError> {
    state
        .run(move |store| clients::create(store, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_client(
    state: State<'_, AppState>,
    id: ClientId,
    input: ClientInput,
) -> Result<Client, IpcError> {
    state
        .run(move |store| clients::update(store, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn archive_client(state: State<'_, AppState>, id: ClientId) -> Result<Client, IpcError> {
    state
        .run(move |store| clients::archive(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_client(state: State<'_, AppState>, id: ClientId) -> Result<Client, IpcError> {
    state
        .run(move |store| clients::restore(store, id, Utc::now()))
        .await
}
