//! The baseline `make bench` measures Regia against: one Tauri 2 window, the
//! same crate versions and release profile, no commands, no plugins. It shows
//! `index.html` (an empty page) unless `REGIA_BENCH_PAGE` names another page
//! of the bench build (`grid.html`: Regia's month grid against FullCalendar).

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use tauri::{WebviewUrl, WebviewWindowBuilder};

fn main() {
    let page = std::env::var("REGIA_BENCH_PAGE").unwrap_or_else(|_| "index.html".into());
    let result = tauri::Builder::default()
        .setup(move |app| {
            // Regia's window size, so both draw the same area.
            WebviewWindowBuilder::new(app, "main", WebviewUrl::App(page.into()))
                .title("Regia bench shell")
                .inner_size(1200.0, 800.0)
                .build()?;
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("regia-bench-shell: {error}");
        std::process::exit(1);
    }
}
