//! Start-up: the panic hook and mounting the app over the static shell in `index.html`.

use crate::app::App;
use wasm_bindgen::JsCast;

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
    root.set_inner_html("");
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("data-app-started", "1");
    }
    leptos::mount::mount_to(root, App).forget();
}
