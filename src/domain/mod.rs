//! Pure domain logic: no browser, no clock. Times are epoch milliseconds passed in.
//! Tested with plain `cargo test`.

pub mod calendar;
pub mod catalog;
pub mod catalog_compact;
pub mod company_loop;
pub mod draw;
pub mod history;
pub mod interview;
pub mod lists;
pub mod markdown;
pub mod own_questions;
pub mod pack;
pub mod plan;
pub mod plural;
pub mod progress;
pub mod quoted;
pub mod recording;
pub mod report;
pub mod rng;
pub mod rounds;
pub mod rubric;
pub mod schedule;
pub mod search;
pub mod share;
pub mod sheet;
pub mod speech;
pub mod stats;
pub mod store_doc;
pub mod transcript;

pub use company_loop::company_loop;

#[cfg(test)]
mod test_support;
