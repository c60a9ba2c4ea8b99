//! Pure domain logic: no browser, no clock. Tested with plain `cargo test`.

pub mod catalog;
pub mod search;
