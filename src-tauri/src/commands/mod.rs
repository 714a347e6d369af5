//! Tauri commands: adapters that take arguments, call the core off the main
//! thread and map its errors. One file per capability, named as in the core.

pub mod app;
pub mod calendar;
pub mod clients;
pub mod decisions;
pub mod monitoring;
pub mod people;
pub mod questionnaire;
pub mod reviews;
pub mod sharing;
pub mod split;
pub mod strategy;
