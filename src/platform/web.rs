//! Small browser helpers shared by pages: the page title, performance marks, focus.

use wasm_bindgen::JsCast;

/// Sets the document title as "<page> · ML Interview Prep".
pub fn set_title(page: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if page.is_empty() {
            doc.set_title("ML Interview Prep");
        } else {
            doc.set_title(&format!("{page} · ML Interview Prep"));
        }
    }
}

/// Records a `performance.mark` once per page load (used by the benchmark).
pub fn mark_once(name: &str) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    if perf.get_entries_by_name(name).length() == 0 {
        let _ = perf.mark(name);
    }
}

/// Runs `f`, recording its duration as a `performance.measure` named `name` (read by the
/// benchmark to tell the app's own work from the browser's).
pub fn timed<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        // Marks are only bookkeeping: a failure leaves the figure out, nothing else.
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    out
}

/// On a narrow screen the header's navigation scrolls sideways: this centres the current
/// page's link in it, so the user sees where they are. Does nothing when all links fit.
pub fn reveal_current_nav() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Ok(Some(link)) = doc.query_selector(".site-header nav a[aria-current=page]") {
        reveal_in_nav(&link, true);
    }
}

/// For a `focusin` in the header's navigation: brings the link that took focus wholly
/// into view.
pub fn reveal_focused_in_nav(ev: &web_sys::Event) {
    if let Some(link) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    {
        reveal_in_nav(&link, false);
    }
}

/// Scrolls the header's navigation so that `link` (one of its links) is wholly in view:
/// centred, or just far enough (for a link reached with the keyboard).
fn reveal_in_nav(link: &web_sys::Element, centre: bool) {
    let Ok(Some(nav)) = link.closest(".site-header nav") else {
        return;
    };
    let Some(link) = link.dyn_ref::<web_sys::HtmlElement>() else {
        return;
    };
    let width = nav.client_width();
    if nav.scroll_width() <= width {
        return;
    }
    // The nav is the links' offset parent (position: relative in the stylesheet).
    let (left, right) = (link.offset_left(), link.offset_left() + link.offset_width());
    let scroll = nav.scroll_left();
    // Offsets are whole pixels while links sit at fractions of one: a few pixels of margin
    // keep the link wholly in view.
    const MARGIN: i32 = 4;
    let target = if centre {
        (left + right) / 2 - width / 2
    } else if left - MARGIN < scroll {
        left - MARGIN
    } else if right + MARGIN > scroll + width {
        right + MARGIN - width
    } else {
        return;
    };
    nav.set_scroll_left(target.max(0));
}

/// Moves keyboard focus to the element with `id`, if it exists.
pub fn focus_id(id: &str) -> bool {
    match web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        Some(el) => el.focus().is_ok(),
        None => false,
    }
}

/// True when keyboard focus is in a text field, where shortcuts must not fire.
pub fn typing_in_field() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|el| {
            let tag = el.tag_name().to_ascii_lowercase();
            tag == "input"
                || tag == "textarea"
                || tag == "select"
                || el.has_attribute("contenteditable")
        })
        .unwrap_or(false)
}

/// The path the app is served under, without a trailing slash: "" at the site root,
/// "/ml-interview-prep" when deployed under a sub-path. Trunk writes it into `<base href>`.
/// Opened as a single file from disk, it is the file's own path (see [`crate::platform::file_mode`]).
pub fn base_path() -> &'static str {
    static BASE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        if crate::platform::file_mode::active() {
            return crate::platform::file_mode::file_path();
        }
        let from_base_tag = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector("base[href]").ok().flatten())
            .and_then(|b| b.get_attribute("href"));
        match from_base_tag {
            Some(h) if h.starts_with('/') => h.trim_end_matches('/').to_string(),
            _ => String::new(),
        }
    })
}

/// An in-app link: `path` starts with `/` and is relative to where the app is deployed.
pub fn href(path: &str) -> String {
    format!("{}{}", base_path(), path)
}

thread_local! {
    /// One audio context for the page, created on first use (ideally in a click, which
    /// browsers require before sound may play).
    static AUDIO: std::cell::RefCell<Option<web_sys::AudioContext>> =
        const { std::cell::RefCell::new(None) };
}

/// Creates (or wakes) the page's audio context. Call it from a click so later sounds may play.
pub fn prime_audio() -> Option<web_sys::AudioContext> {
    let ctx = AUDIO.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_none() {
            *a = web_sys::AudioContext::new().ok();
        }
        a.clone()
    })?;
    if ctx.state() == web_sys::AudioContextState::Suspended {
        let _ = ctx.resume();
    }
    Some(ctx)
}

/// Plays a soft tone of `frequency` Hz for `seconds`. Silently does nothing when the browser
/// offers no Web Audio or has not allowed sound yet.
pub fn beep(frequency: f32, seconds: f64) {
    let Some(ctx) = prime_audio() else {
        return;
    };
    let (Ok(osc), Ok(gain)) = (ctx.create_oscillator(), ctx.create_gain()) else {
        return;
    };
    let t = ctx.current_time();
    osc.frequency().set_value(frequency);
    let g = gain.gain();
    let _ = g.set_value_at_time(0.0001, t);
    let _ = g.exponential_ramp_to_value_at_time(0.2, t + 0.02);
    let _ = g.exponential_ramp_to_value_at_time(0.0001, t + seconds);
    if osc.connect_with_audio_node(&gain).is_ok()
        && gain.connect_with_audio_node(&ctx.destination()).is_ok()
    {
        let _ = osc.start();
        let _ = osc.stop_with_when(t + seconds);
    }
}

/// A random number from the browser (not for secrets).
pub fn random_u32() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// Resolves in a later task (a zero-delay timeout), so the browser may paint and handle
/// input between two slices of work. Without a window it resolves at once.
pub async fn next_task() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let mut scheduled = true;
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        scheduled = w
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .is_ok();
    });
    if scheduled {
        // The promise only resolves; a rejection cannot happen.
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    }
}

/// `performance.now()`, or 0 where there is none.
pub fn perf_now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Records `name` as a `performance.measure` from `start` (a [`perf_now`] reading) to now,
/// for the benchmark.
pub fn measure_since(name: &str, start: f64) {
    let Some(perf) = web_sys::window().and_then(|w| w.performance()) else {
        return;
    };
    // performance.measure(name, { start, end }): bookkeeping only, a failure leaves the
    // figure out.
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &perf.now().into());
    if let Ok(measure) = js_sys::Reflect::get(&perf, &"measure".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = measure.call2(&perf, &name.into(), &options);
    }
}

/// The file chosen in the `<input type="file">` an event came from, with its name.
pub fn chosen_file(ev: &web_sys::Event) -> Option<(web_sys::File, String)> {
    let file = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|i| i.files())
        .and_then(|f| f.get(0))?;
    let name = file.name();
    Some((file, name))
}

/// A chosen file's bytes, or a message naming it.
pub async fn file_bytes(file: web_sys::File, name: &str) -> Result<Vec<u8>, String> {
    match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
        Ok(buf) => Ok(js_sys::Uint8Array::new(&buf).to_vec()),
        Err(_) => Err(format!("“{name}” could not be read.")),
    }
}

/// The URL's fragment (with its `#`), or "".
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Removes the fragment from the address bar without a navigation (best effort: the
/// worst case is being offered the same shared list again).
pub fn clear_fragment() {
    let Some(w) = web_sys::window() else {
        return;
    };
    let (Ok(path), Ok(search), Ok(history)) =
        (w.location().pathname(), w.location().search(), w.history())
    else {
        return;
    };
    let _ = history.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&format!("{path}{search}")),
    );
}

/// The page's origin and base path, e.g. `https://example.com/prep`.
pub fn site_url() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", base_path())
}

/// Copies `text` to the clipboard; false when the browser refuses (no permission, no
/// clipboard).
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"clipboard".into()).ok())
        .filter(|c| !c.is_undefined())
    else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}
