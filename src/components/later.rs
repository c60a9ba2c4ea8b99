//! Drawing a page in several tasks while the app draws itself behind a prerendered copy
//! (`platform::boot`): nobody sees the page until the copy gives way, so it may arrive in
//! parts, and no one part keeps the browser from answering for long.

use crate::platform::boot::{behind_copy, hold_reveal};
use crate::platform::web::next_task;
use leptos::prelude::*;

/// Draws its children a task later while the app is behind a prerendered copy (which stays
/// until they are drawn); at once otherwise.
#[component]
pub fn Later(children: ChildrenFn) -> impl IntoView {
    let drawn = RwSignal::new(!behind_copy());
    if !drawn.get_untracked() {
        let hold = hold_reveal();
        leptos::task::spawn_local(async move {
            next_task().await;
            drawn.try_set(true);
            drop(hold);
        });
    }
    move || drawn.get().then(|| children())
}
