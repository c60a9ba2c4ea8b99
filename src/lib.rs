//! ML Interview Prep: an offline-first practice app for machine-learning interviews.

// Release builds print nothing for `{:?}` (see `domain::quoted`), so the app's own code
// never formats with Debug; tests may.
#![cfg_attr(not(test), deny(clippy::use_debug))]

pub mod app;
pub mod boot;
pub mod clock;
pub mod components;
pub mod domain;
pub mod file_mode;
pub mod key_points;
pub mod later;
#[cfg(feature = "split")]
pub mod lazy_pages;
pub mod pages;
pub mod storage;
pub mod stores;
pub mod web;

pub use app::App;
