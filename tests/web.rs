//! Browser tests: mount the real app in headless Chromium and check what renders.
#![cfg(target_arch = "wasm32")]

use ml_interview_prep::App;
use ml_interview_prep::platform::web::{mark_once, set_title};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document")
}

/// Waits `ms` milliseconds, letting the app finish rendering (routes render asynchronously).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
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
    let mut counts = None;
    for _ in 0..50 {
        counts = doc.query_selector("[data-testid=counts]").expect("query");
        if counts.is_some() {
            break;
        }
        sleep(20).await;
    }
    let Some(counts) = counts else {
        panic!(
            "counts list not rendered at {}; got: {}",
            web_sys::window()
                .and_then(|w| w.location().pathname().ok())
                .unwrap_or_default(),
            host.inner_html().chars().take(600).collect::<String>()
        );
    };
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

#[wasm_bindgen_test]
fn storage_round_trips_and_backups_never_overwrite() {
    use ml_interview_prep::platform::storage::{back_up, read, remove, write};
    let key = "mlip.test-doc";
    for k in [key, "mlip.test-doc.backup", "mlip.test-doc.backup.2"] {
        let _ = remove(k);
    }
    assert_eq!(read(key), Ok(None));
    write(key, "hello").expect("write");
    assert_eq!(read(key), Ok(Some("hello".to_string())));
    assert_eq!(
        back_up(key, "first bytes"),
        Ok("mlip.test-doc.backup".to_string())
    );
    // The same bytes again reuse the same backup; different bytes get a new key.
    assert_eq!(
        back_up(key, "first bytes"),
        Ok("mlip.test-doc.backup".to_string())
    );
    assert_eq!(
        back_up(key, "second"),
        Ok("mlip.test-doc.backup.2".to_string())
    );
    assert_eq!(
        read("mlip.test-doc.backup"),
        Ok(Some("first bytes".to_string()))
    );
    for k in [key, "mlip.test-doc.backup", "mlip.test-doc.backup.2"] {
        let _ = remove(k);
    }
}
