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
