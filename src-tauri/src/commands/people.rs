//! People commands.

use chrono::Utc;
use regia_core::ids::{ClientId, PersonId};
use regia_core::people::{self, Person, PersonInput};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_people(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Vec<Person>, IpcError> {
    state.read(move |store| people::list(store, client_id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_person(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: PersonInput,
) -> Result<Person, IpcError> {
    state
        .run(move |store| people::create(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_person(
    state: State<'_, AppState>,
    id: PersonId,
    input: PersonInput,
) -> Result<Person, IpcError> {
    state
        .run(move |store| people::update(store, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_person(state: State<'_, AppState>, id: PersonId) -> Result<(), IpcError> {
    state.run(move |store| people::delete(store, id)).await
}
