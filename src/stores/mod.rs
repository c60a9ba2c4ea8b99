//! Reactive stores shared through context. Each owns one stored document and persists it
//! through `crate::storage`, the only module that touches localStorage.

pub mod interview;
pub mod progress;
pub mod status;
