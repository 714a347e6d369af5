//! The desktop shell: opens the store in the user's data folder, registers the
//! commands (one list serves Tauri and the TypeScript bindings) and runs
//! the window. No business rule lives here.

mod command_names;
mod commands;
mod error;
mod state;

use std::sync::Arc;

use chrono::Utc;
use regia_core::Store;
use tauri::Manager;
use tauri_specta::{Builder, collect_commands};

pub use error::IpcError;
use state::{AppState, Handle};

/// File name of the database inside the app's data folder.
pub const DATABASE_FILE: &str = "regia.db";

/// The single list of commands, handed to `$handler!`: Tauri's
/// `generate_handler` at run time, tauri-specta's `collect_commands` for
/// `ui/src/bindings.ts`.
macro_rules! with_commands {
    ($($handler:tt)+) => {{
        use commands::{
            app, calendar, clients, decisions, monitoring, people, questionnaire, reviews,
            sharing, split, strategy,
        };
        $($handler)+![
            app::app_status,
            app::list_backups,
            app::restore_backup,
            app::setup_profile,
            app::rename_profile,
            app::set_language,
            app::list_timezones,
            clients::list_clients,
            clients::get_client,
            clients::create_client,
            clients::update_client,
            clients::archive_client,
            clients::restore_client,
            people::list_people,
            people::create_person,
            people::update_person,
            people::delete_person,
            questionnaire::get_questionnaire,
            questionnaire::save_answer,
            questionnaire::add_custom_question,
            questionnaire::remove_custom_question,
            questionnaire::move_question,
            strategy::get_strategy,
            strategy::set_mission,
            strategy::save_segment,
            strategy::save_card,
            strategy::save_objective,
            strategy::save_pillar,
            strategy::save_plan_channel,
            strategy::remove_strategy_item,
            strategy::move_strategy_item,
            strategy::accept_suggestion,
            strategy::dismiss_suggestion,
            strategy::submit_strategy,
            strategy::withdraw_strategy_version,
            strategy::approve_strategy_version,
            strategy::request_strategy_changes,
            strategy::get_strategy_version,
            strategy::diff_strategy,
            decisions::list_decisions,
            decisions::create_decision,
            decisions::update_decision,
            decisions::delete_decision,
            decisions::decide_decision,
            calendar::list_calendar,
            calendar::calendar_days,
            calendar::get_item,
            calendar::create_items,
            calendar::update_item,
            calendar::reschedule_item,
            calendar::duplicate_item,
            calendar::add_item_variant,
            calendar::delete_item,
            calendar::restore_item,
            calendar::set_item_status,
            calendar::add_item_comment,
            calendar::list_occasions,
            calendar::list_own_occasions,
            calendar::save_occasion,
            calendar::delete_occasion,
            calendar::suggest_occasions,
            calendar::plan_for_occasion,
            calendar::list_slots,
            calendar::add_slot,
            calendar::remove_slot,
            calendar::fill_slots,
            calendar::calendar_cadence,
            calendar::export_calendar,
            calendar::preview_import,
            calendar::apply_import,
            split::get_split,
            split::save_split_settings,
            split::save_split_activity,
            split::delete_split_activity,
            split::save_split_cell,
            split::delete_split_cell,
            split::copy_split_phase,
            split::save_skill_transfer,
            split::complete_skill_transfer,
            split::delete_skill_transfer,
            split::export_split_csv,
            monitoring::get_monitoring,
            monitoring::save_monitoring_settings,
            monitoring::save_metric,
            monitoring::delete_metric,
            monitoring::save_measurement,
            monitoring::preview_measurements_import,
            monitoring::apply_measurements_import,
            reviews::list_reviews,
            reviews::get_review,
            reviews::create_review,
            reviews::save_review_minutes,
            reviews::add_review_topic,
            reviews::close_review,
            reviews::delete_review,
            reviews::preview_review_outcome,
            reviews::apply_review_outcome,
            sharing::get_share,
            sharing::save_invitation,
            sharing::preview_invitation,
            sharing::accept_invitation,
            sharing::set_share_folder,
            sharing::sync_share,
            sharing::sync_all_shares,
            sharing::save_changes_file,
            sharing::save_changes_file_again,
            sharing::open_changes_file,
            sharing::resolve_conflict,
            sharing::stop_sharing,
        ]
    }};
}

/// The commands with their types, for the TypeScript bindings only. The
/// running app takes its handler from [`with_commands`] directly: this
/// builder works out every command's types when it is made (a walk over all
/// of them), which the app does not need at start.
pub fn specta_builder() -> Builder<tauri::Wry> {
    Builder::<tauri::Wry>::new()
        // Each type crosses IPC in one direction only, so one shape per type is exact.
        .disable_serde_phases()
        .constant("CHANNELS", regia_core::channels::CATALOG)
        .commands(with_commands!(collect_commands))
}

/// Writes the TypeScript bindings the UI imports.
pub fn export_bindings(path: &std::path::Path) -> Result<(), String> {
    specta_builder()
        .export(
            specta_typescript::Typescript::default()
                .header("// Generated by tauri-specta from src-tauri; do not edit.\n"),
            path,
        )
        .map_err(|e| e.to_string())
}

/// Housekeeping, shortly after start (not while the first screen loads) and
/// then every hour, for an app left open across midnight: the day's snapshot,
/// and deleted calendar items past their 30 days of possible restore.
fn keep_house(store: Arc<Store>) {
    std::thread::spawn(move || {
        std::thread::sleep(std::time::Duration::from_secs(20));
        loop {
            if let Err(error) = regia_core::backups::daily(&store, Utc::now()) {
                eprintln!("regia: cannot make the daily snapshot: {error}");
            }
            let kept = chrono::Duration::days(30);
            if let Err(error) = regia_core::calendar::items::purge_deleted(&store, kept, Utc::now())
            {
                eprintln!("regia: cannot purge deleted items: {error}");
            }
            std::thread::sleep(std::time::Duration::from_secs(60 * 60));
        }
    });
}

/// Engine settings the web view starts with, unless the environment sets
/// them already: WebKit's processes inherit the app's environment (the app
/// process's own allocator has read its settings before `main`).
/// - `JSC_useDFGJIT=0`: the optimizing tiers (DFG, and FTL above it) are
///   off. They cost about 22 MiB of compiler data and code in a session, and
///   Regia's screens run short bursts of script, for which the interpreter
///   and the baseline JIT are enough.
/// - `JSC_largeHeapSize`: the JavaScript heap's first full collection comes
///   at 8 MiB, not at JavaScriptCore's 32 MiB for a machine with this much
///   RAM (about 3 MiB less with the dense month open; launch unchanged).
/// - `MALLOC_ARENA_MAX=2`, `MALLOC_MMAP_THRESHOLD_=131072`: glibc's malloc in
///   WebKit's processes keeps two arenas, not one per thread, and gives
///   blocks of 128 KiB and more back to the system when freed (about 2.5 MiB
///   less). A program the app starts (the browser `xdg-open` opens for a
///   link) inherits them too: settings of memory use, not of behaviour.
///
/// `make bench` runs its month-grid page with the same settings.
const ENGINE_ENV: &str = include_str!("../engine-env.json");

fn engine_env() -> Vec<(String, String)> {
    serde_json::from_str::<std::collections::BTreeMap<String, String>>(ENGINE_ENV)
        .map(|settings| settings.into_iter().collect())
        .unwrap_or_default()
}

/// Puts [`ENGINE_ENV`] into the environment, where not set already.
///
/// Must run before any thread exists: `run` calls it first thing, from `main`.
#[allow(unsafe_code)]
fn set_engine_env() {
    for (key, value) in engine_env() {
        if std::env::var_os(&key).is_none() {
            // SAFETY: no other thread exists yet to read or write the
            // environment concurrently (see above).
            unsafe { std::env::set_var(key, value) };
        }
    }
}

/// Tauri's handler of the command list, with [`AppState::route`] choosing
/// the thread: the window's when the store is free (read commands answer
/// there at once), the blocking pool when something holds it.
fn invoke_handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    let handle: Handle<tauri::ipc::Invoke> = Arc::new(with_commands!(tauri::generate_handler));
    move |invoke| {
        let webview = invoke.message.webview();
        let state = webview.try_state::<AppState>();
        match state {
            Some(state) if command_names::COMMAND_NAMES.contains(&invoke.message.command()) => {
                state.route(invoke, &handle)
            }
            _ => handle(invoke),
        }
    }
}

pub fn run() {
    set_engine_env();
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .invoke_handler(invoke_handler())
        .setup(move |app| {
            let data_dir = app.path().app_data_dir()?;
            let database_path = data_dir.join(DATABASE_FILE);
            let store = std::fs::create_dir_all(&data_dir)
                .map_err(|source| regia_core::Error::File {
                    path: data_dir.clone(),
                    source,
                })
                .and_then(|()| Store::open(&database_path, Utc::now()))
                .map(Arc::new)
                .map_err(IpcError::from);
            if let Ok(store) = &store {
                keep_house(Arc::clone(store));
            }
            if let Err(error) = &store {
                eprintln!("regia: {}", error.message);
            }
            app.manage(AppState::new(
                store,
                database_path,
                sys_locale::get_locale(),
            ));
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("regia: cannot start: {error}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests;
