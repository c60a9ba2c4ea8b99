//! A hand-written reader and writer for the version 4 stored document (layout in
//! `compact.rs`), several times faster than going through serde for the one shape this app
//! writes. The writer's output is ordinary JSON that the serde path reads the same way.
//!
//! The reader accepts only that exact output (no whitespace, keys in this order). On
//! anything else it returns `None` and the caller falls back to serde, which handles any
//! valid JSON and names whatever is wrong. So it never needs to report errors, only to never
//! accept text it does not fully understand.

mod read;
mod write;

pub(super) use read::read;
pub(super) use write::{write, write_entries};

const VERSION: &str = "{\"schema_version\":4,";
const CLEARED: &str = "\"cleared_ms\":";
const PROGRESS: &str = "\"progress\":{";

#[cfg(test)]
mod tests;
