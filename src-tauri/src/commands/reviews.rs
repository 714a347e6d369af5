//! Review meeting commands: the agenda, each item's outcome (previewed, then
//! applied to the plan), the minutes.

use chrono::Utc;
use regia_core::ids::{ClientId, ReviewId, ReviewItemId};
use regia_core::reviews::{
    self, Effects, MinutesInput, OutcomeInput, Review, ReviewInput, Reviews,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_reviews(state: State<'_, AppState>, client_id: ClientId) -> Result<Reviews, IpcError> {
    state.read(move |store| reviews::list(store, client_id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub fn get_review(state: State<'_, AppState>, id: ReviewId) -> Result<Review, IpcError> {
    state.read(move |store| reviews::get(store, id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_review(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: ReviewInput,
) -> Result<Review, IpcError> {
    state
        .run(move |store| reviews::create(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_review_minutes(
    state: State<'_, AppState>,
    id: ReviewId,
    input: MinutesInput,
) -> Result<Review, IpcError> {
    state
        .run(move |store| reviews::save_minutes(store, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_review_topic(
    state: State<'_, AppState>,
    id: ReviewId,
    label: String,
) -> Result<Review, IpcError> {
    state
        .run(move |store| reviews::add_topic(store, id, &label, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn close_review(state: State<'_, AppState>, id: ReviewId) -> Result<Review, IpcError> {
    state
        .run(move |store| reviews::close(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_review(state: State<'_, AppState>, id: ReviewId) -> Result<(), IpcError> {
    state.run(move |store| reviews::delete(store, id)).await
}

#[tauri::command]
#[specta::specta]
pub fn preview_review_outcome(
    state: State<'_, AppState>,
    item_id: ReviewItemId,
    input: OutcomeInput,
) -> Result<Effects, IpcError> {
    state.read(move |store| reviews::preview_outcome(store, item_id, &input, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn apply_review_outcome(
    state: State<'_, AppState>,
    item_id: ReviewItemId,
    input: OutcomeInput,
) -> Result<Review, IpcError> {
    state
        .run(move |store| reviews::apply_outcome(store, item_id, &input, Utc::now()))
        .await
}
