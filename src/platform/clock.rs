//! The browser clock, read in one place and passed to the domain as plain numbers.

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> i64 {
    js_sys::Date::now() as i64
}

/// Minutes to add to UTC to get the user's local time (e.g. +60 in Paris in winter).
/// JavaScript's `getTimezoneOffset` has the opposite sign.
pub fn tz_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}

/// The local date of `ms`, as YYYY-MM-DD (empty for `None`).
pub fn day_text(ms: Option<i64>) -> String {
    use crate::domain::calendar::{date_of_day, local_day};
    ms.map(|ms| date_of_day(local_day(ms, tz_offset_minutes())).to_string())
        .unwrap_or_default()
}

/// "29 Nov 2026, 18:30": a moment in the user's locale, date and time.
pub fn date_time_text(ms: f64) -> String {
    let options = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    js_sys::Date::new(&ms.into())
        .to_locale_string("default", &options)
        .into()
}

/// A signal holding [`now_ms`], refreshed every `every_ms` and at once when the page becomes
/// visible again (browsers throttle timers in hidden tabs). It only says what time it is:
/// timers compute what they show from stored deadlines and this. The interval and the
/// listener are removed when the calling component is unmounted.
pub fn use_now(every_ms: u64) -> leptos::prelude::ReadSignal<i64> {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    let (now, set_now) = signal(now_ms());
    if let Ok(handle) = set_interval_with_handle(
        move || set_now.set(now_ms()),
        std::time::Duration::from_millis(every_ms),
    ) {
        on_cleanup(move || handle.clear());
    }
    let document = || web_sys::window().and_then(|w| w.document());
    let Some(doc) = document() else {
        return now;
    };
    // Owned by JavaScript from here on; collected once the listener is removed.
    let callback: js_sys::Function = Closure::<dyn Fn()>::new(move || set_now.set(now_ms()))
        .into_js_value()
        .unchecked_into();
    if doc
        .add_event_listener_with_callback("visibilitychange", &callback)
        .is_ok()
    {
        let callback = StoredValue::new_local(callback);
        on_cleanup(move || {
            if let (Some(doc), Some(cb)) = (document(), callback.try_get_value()) {
                let _ = doc.remove_event_listener_with_callback("visibilitychange", &cb);
            }
        });
    }
    now
}

/// "m:ss" (or "h:mm:ss") for a duration in milliseconds; negative durations get a minus sign.
pub fn format_clock(ms: i64) -> String {
    let sign = if ms < 0 { "-" } else { "" };
    let total = ms.unsigned_abs() / 1000;
    let (h, m, s) = (total / 3600, (total / 60) % 60, total % 60);
    if h > 0 {
        format!("{sign}{h}:{m:02}:{s:02}")
    } else {
        format!("{sign}{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::format_clock;

    #[test]
    fn formats_durations() {
        assert_eq!(format_clock(0), "0:00");
        assert_eq!(format_clock(65_000), "1:05");
        assert_eq!(format_clock(-61_000), "-1:01");
        assert_eq!(format_clock(3_726_000), "1:02:06");
    }
}
