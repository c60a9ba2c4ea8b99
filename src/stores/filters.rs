//! The Browse filters, read from the URL query (the URL is their only state).

use crate::domain::search::Filters;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The filters in the current URL query.
pub fn use_filters() -> Memo<Filters> {
    let query = use_query_map();
    Memo::new(move |_| {
        query.with(|m| Filters::from_pairs(m.latest_values().map(|(k, v)| (k.as_ref(), v))))
    })
}
