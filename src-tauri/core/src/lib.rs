//! Regia's core: the domain and its SQLite store.
//!
//! Invariant: nothing here depends on tauri or on a window. Every service takes
//! the [`Store`] and, where time matters, `now`, so a plain `cargo test` on a
//! temp-file database exercises exactly what the app runs.

pub mod backups;
pub mod calendar;
pub mod channels;
pub mod clients;
pub mod decisions;
pub mod enums;
pub mod error;
#[cfg(test)]
mod hardening;
pub mod ids;
pub mod monitoring;
pub mod people;
pub mod profile;
pub mod questionnaire;
pub mod reviews;
pub mod settings;
pub mod sharing;
pub mod split;
pub mod store;
pub mod strategy;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod time;

pub use enums::{Language, Side};
pub use error::{Error, ErrorCode, ErrorKind, Result};
pub use store::{Held, Store};
