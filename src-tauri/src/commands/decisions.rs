//! Decision log commands.

use chrono::Utc;
use regia_core::decisions::{self, ApprovalInput, Decision, DecisionInput, DecisionQuery, Outcome};
use regia_core::ids::{ClientId, DecisionId};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_decisions(
    state: State<'_, AppState>,
    client_id: ClientId,
    query: DecisionQuery,
) -> Result<Vec<Decision>, IpcError> {
    state.read(move |store| decisions::list(store, client_id, &query))
}

#[tauri::command]
#[specta::specta]
pub async fn create_decision(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: DecisionInput,
) -> Result<Decision, IpcError> {
    state
        .run(move |store| decisions::create(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_decision(
    state: State<'_, AppState>,
    id: DecisionId,
    input: DecisionInput,
) -> Result<Decision, IpcError> {
    state
        .run(move |store| decisions::update(store, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_decision(state: State<'_, AppState>, id: DecisionId) -> Result<(), IpcError> {
    state.run(move |store| decisions::delete(store, id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn decide_decision(
    state: State<'_, AppState>,
    id: DecisionId,
    outcome: Outcome,
    approval: ApprovalInput,
) -> Result<Decision, IpcError> {
    state
        .run(move |store| decisions::decide(store, id, outcome, &approval, Utc::now()))
        .await
}
