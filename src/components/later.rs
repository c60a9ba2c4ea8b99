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

/// How many rows of a list to draw. Behind a prerendered copy the count grows by `step` a
/// task, and the copy gives way once it covers `total()` (the rows to draw, or None once the
/// page is gone); otherwise every row is drawn at once.
pub fn grow_in_slices(step: usize, total: impl Fn() -> Option<usize> + 'static) -> RwSignal<usize> {
    if !behind_copy() {
        return RwSignal::new(usize::MAX);
    }
    let drawn = RwSignal::new(step);
    let hold = hold_reveal();
    leptos::task::spawn_local(async move {
        loop {
            next_task().await;
            let (Some(total), Some(now)) = (total(), drawn.try_get_untracked()) else {
                break;
            };
            if now >= total {
                break;
            }
            drawn.set(now + step);
        }
        drop(hold);
    });
    drawn
}
