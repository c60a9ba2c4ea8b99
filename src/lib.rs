//! ML Interview Prep: an offline-first practice app for machine-learning interviews.

// Release builds print nothing for `{:?}` (see `domain::quoted`), so the app's own code
// never formats with Debug; tests may.
#![cfg_attr(not(test), deny(clippy::use_debug))]

// domain → stores → components → pages, with the browser in platform and the route-split
// plumbing in split (docs/ARCHITECTURE.md).
pub mod app;
pub mod components;
pub mod domain;
pub mod pages;
pub mod platform;
pub mod split;
pub mod stores;

pub use app::App;
