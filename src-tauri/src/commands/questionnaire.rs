//! Questionnaire commands.

use chrono::Utc;
use regia_core::ids::{ClientId, QuestionId};
use regia_core::questionnaire::{
    self, AnswerInput, CustomQuestionInput, Direction, Question, Questionnaire, SavedAnswer,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn get_questionnaire(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Questionnaire, IpcError> {
    state.read(move |store| questionnaire::load(store, client_id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn save_answer(
    state: State<'_, AppState>,
    question_id: QuestionId,
    input: AnswerInput,
) -> Result<SavedAnswer, IpcError> {
    state
        .run(move |store| questionnaire::save_answer(store, question_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_custom_question(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: CustomQuestionInput,
) -> Result<Question, IpcError> {
    state
        .run(move |store| questionnaire::add_custom_question(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_custom_question(
    state: State<'_, AppState>,
    id: QuestionId,
) -> Result<(), IpcError> {
    state
        .run(move |store| questionnaire::remove_custom_question(store, id))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn move_question(
    state: State<'_, AppState>,
    id: QuestionId,
    direction: Direction,
) -> Result<(), IpcError> {
    state
        .run(move |store| questionnaire::move_question(store, id, direction, Utc::now()))
        .await
}
