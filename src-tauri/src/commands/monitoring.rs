//! Monitoring commands: metrics, measured values, their CSV import. Each
//! edit answers with the whole monitoring view, so KPIs, charts and flags on
//! screen always match what is stored.

use chrono::Utc;
use regia_core::calendar::transfer;
use regia_core::ids::{ClientId, MetricId};
use regia_core::monitoring::{
    self, ImportMapping, MeasurementImport, MeasurementInput, MetricInput, Monitoring,
    MonitoringSettings,
};
use tauri::State;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command]
#[specta::specta]
pub fn get_monitoring(
    state: State<'_, AppState>,
    client_id: ClientId,
) -> Result<Monitoring, IpcError> {
    state.read(move |store| monitoring::get(store, client_id, Utc::now()))
}

#[tauri::command]
#[specta::specta]
pub async fn save_monitoring_settings(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: MonitoringSettings,
) -> Result<Monitoring, IpcError> {
    state
        .run(move |store| monitoring::save_settings(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_metric(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: MetricInput,
) -> Result<Monitoring, IpcError> {
    state
        .run(move |store| monitoring::save_metric(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn delete_metric(
    state: State<'_, AppState>,
    client_id: ClientId,
    id: MetricId,
) -> Result<Monitoring, IpcError> {
    state
        .run(move |store| monitoring::delete_metric(store, client_id, id, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn save_measurement(
    state: State<'_, AppState>,
    client_id: ClientId,
    input: MeasurementInput,
) -> Result<Monitoring, IpcError> {
    state
        .run(move |store| monitoring::save_measurement(store, client_id, &input, Utc::now()))
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn preview_measurements_import(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
    mapping: Option<ImportMapping>,
) -> Result<MeasurementImport, IpcError> {
    state
        .run(move |store| {
            let bytes = transfer::read_file(std::path::Path::new(&path))?;
            monitoring::preview_import(store, client_id, &bytes, mapping.as_ref())
        })
        .await
}

#[tauri::command]
#[specta::specta]
pub async fn apply_measurements_import(
    state: State<'_, AppState>,
    client_id: ClientId,
    path: String,
    mapping: ImportMapping,
) -> Result<u32, IpcError> {
    state
        .run(move |store| {
            let bytes = transfer::read_file(std::path::Path::new(&path))?;
            monitoring::apply_import(store, client_id, &bytes, &mapping, Utc::now())
        })
        .await
}
