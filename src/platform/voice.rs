//! The interviewer's voice: the device's own speech voices (`speechSynthesis`), used only
//! when they work offline (`localService`), so nothing is sent anywhere.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

fn synth() -> Option<web_sys::SpeechSynthesis> {
    web_sys::window()?.speech_synthesis().ok()
}

/// The names of the voices on this device that speak without a network, in the browser's
/// order (its default first where it says which).
pub fn offline_voices() -> Vec<String> {
    let Some(s) = synth() else {
        return Vec::new();
    };
    let mut voices: Vec<web_sys::SpeechSynthesisVoice> = s
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .filter(|v| v.local_service())
        .collect();
    voices.sort_by_key(|v| !v.default());
    voices.into_iter().map(|v| v.name()).collect()
}

/// Calls `f` when the list of voices changes (browsers load it after the page starts).
pub fn on_voices_changed(f: impl Fn() + 'static) {
    if let Some(s) = synth() {
        let cb = Closure::<dyn Fn()>::new(f).into_js_value();
        s.set_onvoiceschanged(Some(cb.unchecked_ref()));
    }
}

/// Reads `text` aloud with the offline voice named `voice` (or the first offline voice) at
/// `rate` (1 = normal). Does nothing when the device has no offline voice.
pub fn speak(text: &str, voice: &str, rate: f32) {
    let Some(s) = synth() else { return };
    let voices: Vec<web_sys::SpeechSynthesisVoice> = s
        .get_voices()
        .iter()
        .filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok())
        .filter(|v| v.local_service())
        .collect();
    let chosen = voices
        .iter()
        .find(|v| v.name() == voice)
        .or_else(|| voices.iter().find(|v| v.default()))
        .or_else(|| voices.first());
    let Some(chosen) = chosen else { return };
    let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else {
        return;
    };
    u.set_voice(Some(chosen));
    u.set_rate(rate.clamp(0.5, 2.0));
    s.cancel();
    s.speak(&u);
}

/// Stops reading aloud.
pub fn stop_speaking() {
    if let Some(s) = synth() {
        s.cancel();
    }
}
