//! Calendar commands: items and their workflow, the range reads of the views,
//! occasions, recurring slots, the cadence check, files in and out.

use chrono::{NaiveDate, NaiveTime, Utc};
use regia_core::calendar::cadence::{self, Cadence};
use regia_core::calendar::exchange::ImportPreview;
use regia_core::calendar::items::{self, CalendarItem, ItemDetail, ItemInput};
use regia_core::calendar::occasions::{self, CalendarOccasion, Occasion, OccasionInput};
use regia_core::calendar::slots::{self, Slot, SlotInput};
use regia_core::calendar::transfer::{self, ExportFormat, TransferProgress};
use regia_core::calendar::view::{self, CalendarDay, CalendarEntry, CalendarQuery};
use regia_core::calendar::{ItemStatus, workflow};
use regia_core::decisions::ApprovalInput;
use regia_core::ids::{ClientId, ItemId, OccasionId, SlotId};
use tauri::State;
use tauri::ipc::Channel;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn list_calendar(
    state: State<'_, AppState>,
    query: CalendarQuery,
) -> Result<Vec<CalendarEntry>, IpcError> {
    state.read(move |store| view::entries(store, &query))
}

#[tauri::command]
#[specta::specta]
pub fn calendar_days(
    state: State<'_, AppState>,
    query: CalendarQuery,
    per_day: u32,
) -> Result<Vec<CalendarDay>, IpcError> {
    state.read(move |store| view::days(store, &query, per_day))
}

#[tauri::command]
#[specta::specta]
pub fn get_item(state: State<'_, AppState>, id: ItemId) -> Result<ItemDetail, IpcError> {
    state.read(move |store| items::get(store, id))
}

#[tauri::command]
#[specta::specta]
pub async fn create_items(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: ItemInput,
) -> Result<Vec<CalendarItem>, IpcError> {
    state
        .run(move |store| items::create(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn update_item(
    state: State<'_, AppState>,
    id: ItemId,
    input: ItemInput,
) -> Result<ItemDetail, IpcError> {
    state
        .run(move |store| items::update(store, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn reschedule_item(
    state: State<'_, AppState>,
    id: ItemId,
    day: NaiveDate,
    time: Option<NaiveTime>,
) -> Result<CalendarItem, IpcError> {
    state
        .run(move |store| items::reschedule(store, id, day, time, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn duplicate_item(
    state: State<'_, AppState>,
    id: ItemId,
) -> Result<CalendarItem, IpcError> {
    state
        .run(move |store| items::duplicate(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_item_variant(
    state: State<'_, AppState>,
    id: ItemId,
    channel: String,
) -> Result<ItemDetail, IpcError> {
    state
        .run(move |store| items::add_variant(store, id, &channel, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_item(state: State<'_, AppState>, id: ItemId) -> Result<(), IpcError> {
    state
        .run(move |store| items::delete(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn restore_item(
    state: State<'_, AppState>,
    id: ItemId,
) -> Result<CalendarItem, IpcError> {
    state
        .run(move |store| items::restore(store, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn set_item_status(
    state: State<'_, AppState>,
    id: ItemId,
    to: ItemStatus,
    approval: Option<ApprovalInput>,
    comment: String,
) -> Result<ItemDetail, IpcError> {
    state
        .run(move |store| {
            workflow::set_status(store, id, to, approval.as_ref(), &comment, Utc::now())
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn add_item_comment(
    state: State<'_, AppState>,
    id: ItemId,
    author: String,
    body: String,
) -> Result<ItemDetail, IpcError> {
    state
        .run(move |store| workflow::add_comment(store, id, &author, &body, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub fn list_occasions(
    state: State<'_, AppState>,
    client_id: ClientId,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<CalendarOccasion>, IpcError> {
    state.read(move |store| occasions::between(store, client_id, from, to))
}

#[tauri::command]
#[specta::specta]
pub fn list_own_occasions(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Vec<Occasion>, IpcError> {
    state.read(move |store| occasions::list(store, client_id))
}

#[tauri::command]
#[specta::specta]
pub async fn save_occasion(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: Option<OccasionId>,
    input: OccasionInput,
) -> Result<Occasion, IpcError> {
    state
        .run(move |store| occasions::save(store, client_id, id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_occasion(state: State<'_, AppState>, id: OccasionId) -> Result<(), IpcError> {
    state.run(move |store| occasions::delete(store, id)).await
}

#[tauri::command]
#[specta::specta]
pub fn suggest_occasions(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Vec<OccasionInput>, IpcError> {
    state.read(move |store| occasions::from_questionnaire(store, client_id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn plan_for_occasion(
    state: State<'_, AppState>,
    client_id: ClientId,
    reference: String,
    day: NaiveDate,
    title: String,
    channel: String,
) -> Result<Vec<CalendarItem>, IpcError> {
    state
        .run(move |store| {
            occasions::plan_for(
                store,
                client_id,
                &reference,
                day,
                &title,
                &channel,
                Utc::now(),
            )
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub fn list_slots(state: State<'_, AppState>, client_id: ClientId) -> Result<Vec<Slot>, IpcError> {
    state.read(move |store| slots::list(store, client_id))
}

#[tauri::command]
#[specta::specta]
pub async fn add_slot(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: SlotInput,
) -> Result<Slot, IpcError> {
    state
        .run(move |store| slots::add(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn remove_slot(state: State<'_, AppState>, id: SlotId) -> Result<(), IpcError> {
    state.run(move |store| slots::remove(store, id)).await
}

#[tauri::command]
#[specta::specta]
pub async fn fill_slots(
    state: State<'_, AppState>,
    client_id: ClientId,
    from: NaiveDate,
    weeks: u32,
) -> Result<u32, IpcError> {
    state
        .run(move |store| slots::fill(store, client_id, from, weeks, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub fn calendar_cadence(
    state: State<'_, AppState>,
    client_id: ClientId,
    from: NaiveDate,
    weeks: u32,
) -> Result<Cadence, IpcError> {
    state.read(move |store| cadence::check(store, client_id, from, weeks))
}

#[tauri::command]
#[specta::specta]
pub async fn export_calendar(
    state: State<'_, AppState>,
    client_id: ClientId,
    format: ExportFormat,
    path: String,
    on_progress: Channel<TransferProgress>,
) -> Result<u32, IpcError> {
    state
        .run(move |store| {
            transfer::export_file(
                store,
                client_id,
                &format,
                std::path::Path::new(&path),
                Utc::now(),
                &mut |done, total| {
                    // The screen may have gone; the export goes on.
                    let _ = on_progress.send(TransferProgress { done, total });
                },
            )
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_import(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
) -> Result<ImportPreview, IpcError> {
    state
        .run(move |store| {
            transfer::preview(
                store,
                client_id,
                &transfer::read_file(std::path::Path::new(&path))?,
            )
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn apply_import(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
    on_progress: Channel<TransferProgress>,
) -> Result<u32, IpcError> {
    state
        .run(move |store| {
            let bytes = transfer::read_file(std::path::Path::new(&path))?;
            transfer::apply(store, client_id, &bytes, Utc::now(), &mut |done, total| {
                let _ = on_progress.send(TransferProgress { done, total });
            })
        })
        .await
}
