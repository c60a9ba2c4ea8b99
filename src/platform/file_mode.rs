//! Running from a single HTML file opened with a `file://` URL, with no server.
//!
//! There the path of the URL is the file's own path and browsers refuse `pushState` to any
//! other path, so the router cannot keep its paths in the address bar, and a reload of such
//! a path would find no file. In this mode:
//! - the router's base is the file's path (`/…/ml-interview-prep.html`), so in-app paths
//!   read `/…/ml-interview-prep.html/browse?q=x` inside the app;
//! - [`install`] wraps `history.pushState` / `replaceState` so the address bar gets the
//!   route in the fragment instead: `…/ml-interview-prep.html#/browse?q=x`, which a reload,
//!   a bookmark or a copied link opens again;
//! - [`FileModeRouting`] opens the route in the fragment at start, and handles link clicks
//!   and Back / Forward itself (the router's own handlers expect real paths).
//!
//! Served over http(s) none of this runs.

use leptos::prelude::*;
use leptos_router::NavigateOptions;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// True when the page was opened from a `file://` URL.
pub fn active() -> bool {
    web_sys::window()
        .and_then(|w| w.location().protocol().ok())
        .is_some_and(|p| p == "file:")
}

/// The file's path as the browser reports it (percent-encoded), e.g. `/home/me/app.html`.
pub fn file_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The in-app path of `path` when it lies below `base` (the file's path): `base + "/browse"`
/// gives `/browse`, `base` itself gives `/`.
fn route_below<'a>(base: &str, path: &'a str) -> Option<&'a str> {
    match path.strip_prefix(base)? {
        "" => Some("/"),
        rest if rest.starts_with('/') => Some(rest),
        _ => None,
    }
}

/// Maps an in-app path below `base` (the file's path) to the URL the address bar can hold:
/// `base + "/browse?q=x"` becomes `base + "#/browse?q=x"`. Anything else is left alone.
pub fn to_fragment_url(base: &str, path: &str, search: &str, hash: &str) -> Option<String> {
    let route = route_below(base, path)?;
    Some(format!("{base}#{route}{search}{hash}"))
}

/// The in-app route held in a URL fragment (`#/browse?q=x` gives `/browse?q=x`); `/` when
/// the fragment holds no route.
pub fn route_from_fragment(fragment: &str) -> String {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    if f.starts_with('/') {
        f.to_string()
    } else {
        "/".to_string()
    }
}

/// Wraps `history.pushState` and `history.replaceState` so in-app paths are written to the
/// address bar as fragments (see the module docs). Call once, before mounting the app.
pub fn install() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let history = window.history()?;
    let base = file_path();
    for name in ["pushState", "replaceState"] {
        let original: js_sys::Function =
            js_sys::Reflect::get(&history, &JsValue::from_str(name))?.dyn_into()?;
        let target = history.clone();
        let base = base.clone();
        let wrapped = Closure::<dyn Fn(JsValue, JsValue, JsValue) -> Result<JsValue, JsValue>>::new(
            move |state: JsValue, unused: JsValue, url: JsValue| {
                let url = url
                    .as_string()
                    .and_then(|u| rewrite(&base, &u))
                    .map(JsValue::from)
                    .unwrap_or(url);
                original.call3(&target, &state, &unused, &url)
            },
        );
        js_sys::Reflect::set(&history, &JsValue::from_str(name), wrapped.as_ref())?;
        // Lives as long as the page.
        wrapped.forget();
    }
    Ok(())
}

fn rewrite(base: &str, url: &str) -> Option<String> {
    let here = web_sys::window()?.location().href().ok()?;
    let u = web_sys::Url::new_with_base(url, &here).ok()?;
    to_fragment_url(base, &u.pathname(), &u.search(), &u.hash())
}

/// Keeps the router in step with the fragment: opens the route it names at start, and
/// handles in-app link clicks and Back / Forward. Renders nothing; does nothing unless the
/// app runs from a file. Place it inside `<Router>`, before `<Routes>`.
#[component]
pub fn FileModeRouting() -> impl IntoView {
    if !active() {
        return;
    }
    let navigate = use_navigate();
    let current_route = || {
        web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .map(|h| route_from_fragment(&h))
            .unwrap_or_else(|| "/".to_string())
    };
    let quiet = NavigateOptions {
        replace: true,
        scroll: false,
        ..NavigateOptions::default()
    };
    let start = current_route();
    if start != "/" {
        navigate(&start, quiet.clone());
    }
    let Some(window) = web_sys::window() else {
        return;
    };

    // Back / Forward: the router would read the file path and show Home; show the route in
    // the fragment instead. Registered for the capture phase so it runs first.
    let nav = navigate.clone();
    let on_popstate = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.stop_immediate_propagation();
        nav(&current_route(), quiet.clone());
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "popstate",
        on_popstate.as_ref().unchecked_ref(),
        true,
    );
    // The app is mounted once per page: these listeners live as long as the page.
    on_popstate.forget();

    // Link clicks: handled here so percent-encoded file paths (spaces, accents) work too.
    let base = file_path();
    let on_click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |ev: web_sys::MouseEvent| {
        if let Some(route) = clicked_route(&ev, &base) {
            ev.prevent_default();
            navigate(&route, NavigateOptions::default());
        }
    });
    let _ = window.add_event_listener_with_callback_and_bool(
        "click",
        on_click.as_ref().unchecked_ref(),
        true,
    );
    on_click.forget();
}

/// The in-app route a plain left click on a link goes to, if it stays in the app.
fn clicked_route(ev: &web_sys::MouseEvent, base: &str) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let target: web_sys::Element = ev.target()?.dyn_into().ok()?;
    let a: web_sys::HtmlAnchorElement = target.closest("a[href]").ok()??.dyn_into().ok()?;
    let rel = a.rel();
    if !a.target().is_empty()
        || a.has_attribute("download")
        || rel.split_ascii_whitespace().any(|r| r == "external")
        || a.protocol() != "file:"
    {
        return None;
    }
    let path = a.pathname();
    let route = route_below(base, &path)?;
    Some(format!("{route}{}{}", a.search(), a.hash()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn in_app_paths_become_fragments() {
        let base = "/home/me/ml-interview-prep.html";
        assert_eq!(
            to_fragment_url(base, "/home/me/ml-interview-prep.html/browse", "?q=x", ""),
            Some("/home/me/ml-interview-prep.html#/browse?q=x".into())
        );
        assert_eq!(
            to_fragment_url(base, base, "", ""),
            Some("/home/me/ml-interview-prep.html#/".into())
        );
        assert_eq!(
            to_fragment_url(
                base,
                "/home/me/ml-interview-prep.html/tips",
                "",
                "#resources"
            ),
            Some("/home/me/ml-interview-prep.html#/tips#resources".into())
        );
    }

    #[test]
    fn other_paths_are_left_alone() {
        let base = "/home/me/app.html";
        assert_eq!(to_fragment_url(base, "/home/me/other.html", "", ""), None);
        assert_eq!(to_fragment_url(base, "/home/me/app.html2/x", "", ""), None);
    }

    #[test]
    fn fragments_give_routes() {
        assert_eq!(
            route_from_fragment("#/q/abc?section=nlp"),
            "/q/abc?section=nlp"
        );
        assert_eq!(route_from_fragment(""), "/");
        assert_eq!(route_from_fragment("#main"), "/");
        assert_eq!(route_from_fragment("#/"), "/");
    }
}
