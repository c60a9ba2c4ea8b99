//! Browser tests: mount the real app in headless Chromium and check what renders.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::App;
use ml_interview_prep::web::{mark_once, set_title};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// Lets queued tasks run: the router renders the matched route after mounting.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn home_page_shows_catalog_counts() {
    let doc = document();
    let host = doc.create_element("div").expect("div");
    doc.body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let host: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(host);
    let handle = leptos::mount::mount_to(host.clone(), App);
    let mut found = None;
    for _ in 0..50 {
        found = doc.query_selector("[data-testid=counts]").expect("query");
        if found.is_some() {
            break;
        }
        next_task().await;
    }
    let counts = found.expect("counts list rendered");
    let text = counts.text_content().unwrap_or_default();
    assert!(text.contains("180 questions"), "{text}");
    assert!(text.contains("6 company processes"), "{text}");
    assert!(text.contains("15 preparation tips"), "{text}");
    assert!(text.contains("21 learning resources"), "{text}");
    drop(handle);
}

#[wasm_bindgen_test]
fn page_title_and_marks() {
    set_title("Browse questions");
    assert_eq!(document().title(), "Browse questions · ML Interview Prep");
    set_title("");
    assert_eq!(document().title(), "ML Interview Prep");
    mark_once("test-mark");
    mark_once("test-mark");
    let perf = web_sys::window()
        .and_then(|w| w.performance())
        .expect("performance");
    assert_eq!(perf.get_entries_by_name("test-mark").length(), 1);
}
