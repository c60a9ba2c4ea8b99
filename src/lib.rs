//! ML Interview Prep: an offline-first practice app for machine-learning interviews.

pub mod app;
pub mod boot;
pub mod clock;
pub mod components;
pub mod domain;
pub mod file_mode;
pub mod key_points;
pub mod pages;
pub mod storage;
pub mod stores;
pub mod web;

pub use app::App;
