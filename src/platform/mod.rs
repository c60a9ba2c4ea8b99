//! Browser plumbing: the only code that touches `web_sys` storage, the clock, the page and
//! start-up. Stores and components call it; it calls none of them (except `boot`, which
//! mounts the app).

pub mod boot;
pub mod clock;
pub mod file_mode;
pub mod recorder;
pub mod recordings_db;
pub mod storage;
pub mod transcriber;
pub mod voice;
pub mod web;
