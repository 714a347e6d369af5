//! Strategy commands: the business canvas, the social strategy, versions and
//! their approval. Every edit returns the whole strategy.

use chrono::Utc;
use regia_core::decisions::ApprovalInput;
use regia_core::ids::{ClientId, VersionId};
use regia_core::questionnaire::Direction;
use regia_core::strategy::{
    self, CardInput, Change, ItemRef, ObjectiveInput, PillarInput, PlanChannelInput, SegmentInput,
    Strategy, StrategyVersion, SuggestionRef, VersionRef,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn get_strategy(state: State<'_, AppState>, client_id: ClientId) -> Result<Strategy, IpcError> {
    state.read(move |store| strategy::load(store, client_id))
}

#[tauri::command]
#[specta::specta]
pub async fn set_mission(
    state: State<'_, AppState>,
    client_id: ClientId,
    mission: String,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::set_mission(store, client_id, &mission, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_segment(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: SegmentInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::save_segment(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_card(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: CardInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::save_card(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_objective(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: ObjectiveInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::save_objective(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_pillar(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: PillarInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::save_pillar(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_plan_channel(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: PlanChannelInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::save_plan_channel(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_strategy_item(
    state: State<'_, AppState>,
    item: ItemRef,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::remove_item(store, item, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn move_strategy_item(
    state: State<'_, AppState>,
    item: ItemRef,
    direction: Direction,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::move_item(store, item, direction, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn accept_suggestion(
    state: State<'_, AppState>,
    client_id: ClientId,
    suggestion: SuggestionRef,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::accept_suggestion(store, client_id, &suggestion, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn dismiss_suggestion(
    state: State<'_, AppState>,
    client_id: ClientId,
    suggestion: SuggestionRef,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::dismiss_suggestion(store, client_id, &suggestion, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn submit_strategy(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::submit_strategy(store, client_id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn withdraw_strategy_version(
    state: State<'_, AppState>,
    id: VersionId,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::withdraw_version(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn approve_strategy_version(
    state: State<'_, AppState>,
    id: VersionId,
    approval: ApprovalInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::approve_version(store, id, &approval, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn request_strategy_changes(
    state: State<'_, AppState>,
    id: VersionId,
    comment: String,
    approval: ApprovalInput,
) -> Result<Strategy, IpcError> {
    state
        .run(move |store| strategy::request_changes(store, id, &comment, &approval, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub fn get_strategy_version(
    state: State<'_, AppState>,
    id: VersionId,
) -> Result<StrategyVersion, IpcError> {
    state.read(move |store| strategy::get_version(store, id))
}

#[tauri::command]
#[specta::specta]
pub fn diff_strategy(
    state: State<'_, AppState>,
    client_id: ClientId,
    from: VersionRef,
    to: VersionRef,
) -> Result<Vec<Change>, IpcError> {
    state.read(move |store| strategy::diff(store, client_id, from, to))
}
