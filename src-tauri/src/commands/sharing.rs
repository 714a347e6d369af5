//! Sharing commands: pairing by invitation, the exchange by hand or through
//! a shared folder, and settling conflicts. Paths come from the system's
//! open and save dialogs.

use std::path::Path;

use chrono::Utc;
use regia_core::ids::{ClientId, ConflictId};
use regia_core::sharing::{
    self, ConflictChoice, InvitationPreview, Received, ShareStatus, SyncReport,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn get_share(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Option<ShareStatus>, IpcError> {
    state.read(move |store| sharing::status(store, client_id))
}

#[tauri::command]
#[specta::specta]
pub async fn save_invitation(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
) -> Result<ShareStatus, IpcError> {
    state
        .run(move |store| sharing::invite(store, client_id, Path::new(&path), Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_invitation(
    state: State<'_, AppState>,
    path: String,
) -> Result<InvitationPreview, IpcError> {
    state
        .run(move |store| sharing::preview_invitation(store, Path::new(&path)))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn accept_invitation(
    state: State<'_, AppState>,
    path: String,
) -> Result<ClientId, IpcError> {
    state
        .run(move |store| sharing::accept_invitation(store, Path::new(&path), Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_share_folder(
    state: State<'_, AppState>,
    client_id: ClientId,
    folder: Option<String>,
) -> Result<ShareStatus, IpcError> {
    state
        .run(move |store| {
            sharing::set_folder(
                store,
                client_id,
                folder.as_deref().map(Path::new),
                Utc::now(),
            )
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn sync_share(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<SyncReport, IpcError> {
    state
        .run(move |store| sharing::sync(store, client_id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn sync_all_shares(state: State<'_, AppState>) -> Result<Vec<SyncReport>, IpcError> {
    state
        .run(move |store| sharing::sync_all(store, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_changes_file(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
) -> Result<ShareStatus, IpcError> {
    state
        .run(move |store| sharing::save_changes(store, client_id, Path::new(&path), Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_changes_file_again(
    state: State<'_, AppState>,
    client_id: ClientId,
    sequence: u32,
    path: String,
) -> Result<(), IpcError> {
    state
        .run(move |store| sharing::save_again(store, client_id, sequence, Path::new(&path)))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn open_changes_file(
    state: State<'_, AppState>,
    path: String,
) -> Result<Received, IpcError> {
    state
        .run(move |store| sharing::open_changes(store, Path::new(&path), Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn resolve_conflict(
    state: State<'_, AppState>,
    id: ConflictId,
    choice: ConflictChoice,
) -> Result<ShareStatus, IpcError> {
    state
        .run(move |store| sharing::resolve(store, id, choice, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn stop_sharing(state: State<'_, AppState>, client_id: ClientId) -> Result<(), IpcError> {
    state
        .run(move |store| sharing::stop(store, client_id))
        .await
}
