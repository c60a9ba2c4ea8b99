//! Transcripts, only from speech recognition that runs on the device. Browsers that
//! recognise speech through their maker's servers are never used: recognition starts only
//! when `SpeechRecognition.available({ langs, processLocally: true })` says "available", and
//! then with `processLocally` set. The API is new and not in web-sys's stable bindings, so it
//! is reached through `js_sys::Reflect`.

use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// The language transcripts are made in (the app is in English).
pub const LANG: &str = "en-US";

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property of a recognition object only fails if it is frozen; then the
    // default stays, which is also fine (the setting that matters, processLocally, is
    // checked below).
    let _ = Reflect::set(target, &key.into(), value);
}

fn constructor() -> Option<Function> {
    get(&js_sys::global(), "SpeechRecognition")?.dyn_into().ok()
}

/// Whether this browser can transcribe in [`LANG`] without sending audio anywhere.
pub async fn on_device() -> bool {
    let Some(ctor) = constructor() else {
        return false;
    };
    let Some(available) = get(&ctor, "available").and_then(|f| f.dyn_into::<Function>().ok())
    else {
        return false;
    };
    let options = Object::new();
    set(&options, "langs", &Array::of1(&LANG.into()));
    set(&options, "processLocally", &JsValue::TRUE);
    let Ok(answer) = available.call1(&ctor, &options) else {
        return false;
    };
    let Ok(promise) = answer.dyn_into::<Promise>() else {
        return false;
    };
    matches!(JsFuture::from(promise).await.ok().and_then(|v| v.as_string()), Some(s) if s == "available")
}

/// On-device recognition running alongside a recording.
pub struct Transcriber {
    recognition: JsValue,
    text: Rc<RefCell<String>>,
    _on_result: Closure<dyn FnMut(JsValue)>,
}

impl Transcriber {
    /// Starts recognising the microphone on the device; `None` if the browser refuses (the
    /// recording goes on without a transcript). Call only after [`on_device`] said yes.
    pub fn start() -> Option<Transcriber> {
        let ctor = constructor()?;
        let recognition = Reflect::construct(&ctor, &Array::new()).ok()?;
        set(&recognition, "lang", &LANG.into());
        set(&recognition, "continuous", &JsValue::TRUE);
        set(&recognition, "interimResults", &JsValue::FALSE);
        set(&recognition, "processLocally", &JsValue::TRUE);
        // Never fall back to a server: if the setting did not take, do not start.
        if get(&recognition, "processLocally").and_then(|v| v.as_bool()) != Some(true) {
            return None;
        }
        let text = Rc::new(RefCell::new(String::new()));
        let sink = text.clone();
        let on_result = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
            let Some(results) = get(&event, "results") else {
                return;
            };
            let from = get(&event, "resultIndex")
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0) as u32;
            let count = get(&results, "length")
                .and_then(|v| v.as_f64())
                .unwrap_or(0.0) as u32;
            for i in from..count {
                let Ok(result) = Reflect::get_u32(&results, i) else {
                    continue;
                };
                if get(&result, "isFinal").and_then(|v| v.as_bool()) != Some(true) {
                    continue;
                }
                let said = Reflect::get_u32(&result, 0)
                    .ok()
                    .and_then(|alt| get(&alt, "transcript"))
                    .and_then(|t| t.as_string());
                if let Some(said) = said {
                    let mut all = sink.borrow_mut();
                    if !all.is_empty() {
                        all.push(' ');
                    }
                    all.push_str(said.trim());
                }
            }
        });
        set(&recognition, "onresult", on_result.as_ref());
        let start: Function = get(&recognition, "start")?.dyn_into().ok()?;
        start.call0(&recognition).ok()?;
        Some(Transcriber {
            recognition,
            text,
            _on_result: on_result,
        })
    }

    /// What has been recognised so far.
    pub fn text(&self) -> String {
        self.text.borrow().clone()
    }

    /// Stops recognising and returns the whole transcript once the last results are in (the
    /// browser's `end` event), or after three seconds at most.
    pub async fn finish(self) -> String {
        let ended = Promise::new(&mut |resolve, _| {
            set(&self.recognition, "onend", &resolve);
            if let Some(w) = web_sys::window() {
                // If the timer cannot be set, `end` alone resolves it.
                let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 3000);
            }
        });
        match get(&self.recognition, "stop").and_then(|f| f.dyn_into::<Function>().ok()) {
            Some(stop) if stop.call0(&self.recognition).is_ok() => {
                // Either way the text so far is the answer.
                let _ = JsFuture::from(ended).await;
            }
            _ => {}
        }
        self.text()
    }
}

impl Drop for Transcriber {
    /// A transcriber dropped without [`Transcriber::finish`] stops listening, and its
    /// result handler is detached before it goes.
    fn drop(&mut self) {
        set(&self.recognition, "onresult", &JsValue::NULL);
        if let Some(abort) =
            get(&self.recognition, "abort").and_then(|f| f.dyn_into::<Function>().ok())
        {
            let _ = abort.call0(&self.recognition);
        }
    }
}
