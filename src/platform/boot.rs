//! Start-up: the panic hook and mounting the app over the static shell in `index.html`, or
//! in place of a page's prerendered copy (`scripts/prerender.mjs`) once its page is drawn.

use crate::app::App;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsCast;

thread_local! {
    /// A prerendered page's static copy and the app drawing itself off-screen to replace it.
    static PENDING: RefCell<Option<(web_sys::Element, web_sys::HtmlElement)>> =
        const { RefCell::new(None) };
    /// Pages still drawing in slices behind the copy ([`hold_reveal`]), and whether the
    /// route's page asked for the swap meanwhile.
    static HOLDS: Cell<u32> = const { Cell::new(0) };
    static ASKED: Cell<bool> = const { Cell::new(false) };
}

/// On a panic, log it and show the static "something went wrong" box from `index.html`,
/// so the user never faces a frozen page without explanation.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        web_sys::console::error_1(&msg.clone().into());
        show_fatal(&format!("The app stopped unexpectedly: {msg}"));
    }));
}

/// Shows the static error box with `detail`.
pub fn show_fatal(detail: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("fatal-detail") {
        el.set_text_content(Some(detail));
    }
    if let Some(el) = doc.get_element_by_id("fatal") {
        let _ = el.remove_attribute("hidden");
    }
}

/// Replaces the static shell with the app.
pub fn mount() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(root) = doc
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        show_fatal("The page is missing its app container.");
        return;
    };
    if crate::platform::file_mode::active() && crate::platform::file_mode::install().is_err() {
        show_fatal("The browser did not let the app manage its address when opened from a file.");
        return;
    }
    mark_started(&doc);
    // A prerendered page stays on screen, readable, while the app draws the same page
    // off-screen; `reveal` swaps them in one step, so nothing flashes or moves.
    let off_screen = root
        .has_attribute("data-prerendered")
        .then(|| doc.create_element("div").ok())
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match off_screen {
        Some(live) => {
            leptos::mount::mount_to(live.clone(), App).forget();
            PENDING.with(|p| *p.borrow_mut() = Some((root.into(), live)));
        }
        None => {
            root.set_inner_html("");
            leptos::mount::mount_to(root, App).forget();
        }
    }
}

/// `data-app-started` on `<html>`: the app runs (`boot.js` then stops watching for a failed
/// start).
fn mark_started(doc: &web_sys::Document) {
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app-started", "1");
    }
}

/// Whether the app is drawing itself off-screen behind a prerendered copy.
pub fn behind_copy() -> bool {
    PENDING.with(|p| p.borrow().is_some())
}

/// Keeps the copy on screen until the returned hold is dropped: a page that draws itself in
/// slices (one task each) holds it until its last slice, so the swap shows the whole page.
pub fn hold_reveal() -> RevealHold {
    HOLDS.with(|h| h.set(h.get() + 1));
    RevealHold(())
}

/// See [`hold_reveal`]; dropping the last one makes the swap if it was asked for.
pub struct RevealHold(());

impl Drop for RevealHold {
    fn drop(&mut self) {
        let left = HOLDS.with(|h| {
            h.set(h.get().saturating_sub(1));
            h.get()
        });
        if left == 0 && ASKED.with(|a| a.replace(false)) {
            reveal();
        }
    }
}

/// Puts the app in place of the page's prerendered copy, if it is still waiting off-screen
/// (called once a route's page is drawn; later calls do nothing). While a page holds the
/// swap, it is made when the last hold is dropped.
pub fn reveal() {
    if HOLDS.with(Cell::get) > 0 {
        ASKED.with(|a| a.set(true));
        return;
    }
    let Some((copy, live)) = PENDING.with(|p| p.borrow_mut().take()) else {
        return;
    };
    live.set_id("app");
    if copy.replace_with_with_node_1(&live).is_err() {
        show_fatal("The app could not take the place of the page's static copy.");
        return;
    }
    // The header centred its current link while off-screen, where nothing scrolls. In the
    // next frame: measuring the nav now would lay out the whole page inside this task.
    leptos::prelude::request_animation_frame(crate::platform::web::reveal_current_nav);
}
