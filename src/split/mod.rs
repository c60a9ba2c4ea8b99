//! Route-split plumbing: code the first load does not carry. `later` holds the split points
//! called from stores and components; `lazy_pages` the page groups the router loads on first
//! visit (only in the route-split build, `--features split`).

pub mod later;
#[cfg(feature = "split")]
pub mod lazy_pages;
