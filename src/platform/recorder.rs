//! The microphone: opening it, a loudness level for the meter (Web Audio), recording with
//! `MediaRecorder` in chunks, and reading a recording's loudness back for its figures.

use crate::domain::speech::frame_levels;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A chunk of audio every second: a reload loses at most the last second.
pub const TIMESLICE_MS: i32 = 1000;

/// Speech needs little: 32 kbit/s Opus is about 0.7 MB for 3 minutes.
const BITS_PER_SECOND: u32 = 32_000;

/// The rate recordings are decoded at for their figures (loudness needs no more).
const ANALYSIS_RATE: f32 = 8000.0;

/// An open microphone with a level meter.
pub struct Mic {
    stream: web_sys::MediaStream,
    audio: web_sys::AudioContext,
    analyser: web_sys::AnalyserNode,
    buffer: RefCell<Vec<f32>>,
}

/// Why the microphone could not be used, as a sentence for the user.
fn mic_error(e: JsValue) -> String {
    let name = e
        .dyn_ref::<web_sys::DomException>()
        .map(|d| d.name())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" => {
            "The microphone is blocked for this site. Allow it in the browser's site settings \
             (the icon beside the address), then try again. Typed practice works as before."
        }
        "NotFoundError" | "OverconstrainedError" => {
            "No microphone was found. Connect one and try again; typed practice works as before."
        }
        "NotReadableError" | "AbortError" => {
            "The microphone is in use by another app or could not be started. Close the other \
             app and try again."
        }
        _ => "The microphone could not be opened. Typed practice works as before.",
    }
    .to_string()
}

/// Whether this browser can record at all.
pub fn can_record() -> bool {
    let has_recorder =
        js_sys::Reflect::has(&js_sys::global(), &"MediaRecorder".into()).unwrap_or(false);
    let has_devices = web_sys::window()
        .map(|w| w.navigator())
        .and_then(|n| js_sys::Reflect::get(&n, &"mediaDevices".into()).ok())
        .is_some_and(|d| !d.is_undefined());
    has_recorder && has_devices
}

impl Mic {
    /// Asks for the microphone (the browser may prompt).
    pub async fn open() -> Result<Mic, String> {
        let generic =
            || "The microphone could not be opened. Typed practice works as before.".to_string();
        let devices = web_sys::window()
            .ok_or_else(generic)?
            .navigator()
            .media_devices()
            .map_err(|_| "This browser cannot record audio here (recording needs a secure page: https or this device).".to_string())?;
        let constraints = web_sys::MediaStreamConstraints::new();
        constraints.set_audio(&JsValue::TRUE);
        let promise = devices
            .get_user_media_with_constraints(&constraints)
            .map_err(mic_error)?;
        let stream: web_sys::MediaStream = JsFuture::from(promise)
            .await
            .map_err(mic_error)?
            .dyn_into()
            .map_err(|_| generic())?;
        let audio = web_sys::AudioContext::new().map_err(|_| generic())?;
        let source = audio
            .create_media_stream_source(&stream)
            .map_err(|_| generic())?;
        let analyser = audio.create_analyser().map_err(|_| generic())?;
        analyser.set_fft_size(1024);
        source
            .connect_with_audio_node(&analyser)
            .map_err(|_| generic())?;
        Ok(Mic {
            stream,
            audio,
            analyser,
            buffer: RefCell::new(vec![0.0; 1024]),
        })
    }

    /// The loudness now, 0 (silence) to 1 (full scale), scaled so that speech fills the meter.
    pub fn level(&self) -> f32 {
        let mut buf = self.buffer.borrow_mut();
        self.analyser.get_float_time_domain_data(&mut buf);
        let rms = (buf.iter().map(|s| s * s).sum::<f32>() / buf.len().max(1) as f32).sqrt();
        (rms * 4.0).min(1.0)
    }

    /// Calls `f` when the microphone goes away (unplugged, or access revoked).
    pub fn on_ended(&self, f: impl Fn() + 'static) {
        let cb = Closure::<dyn Fn()>::new(f).into_js_value();
        for track in self.stream.get_audio_tracks().iter() {
            if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                t.set_onended(Some(cb.unchecked_ref()));
            }
        }
    }

    /// Releases the microphone (the browser's recording indicator goes off).
    pub fn close(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(t) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                t.set_onended(None);
                t.stop();
            }
        }
        // Closing only frees audio resources; nothing depends on it finishing. (Closing twice
        // would reject a promise nobody waits for.)
        if self.audio.state() != web_sys::AudioContextState::Closed {
            let _ = self.audio.close();
        }
    }
}

/// A recording in progress. Dropping it does not stop it: call [`Recording::stop`].
pub struct Recorder {
    inner: web_sys::MediaRecorder,
    on_data: Closure<dyn FnMut(web_sys::BlobEvent)>,
    on_stop: Closure<dyn FnMut()>,
}

impl Recorder {
    /// Starts recording `mic`: each chunk goes to `on_chunk` as it comes (every
    /// [`TIMESLICE_MS`], and a last one on stop); `on_stop` runs after the last chunk.
    pub fn start(
        mic: &Mic,
        on_chunk: impl FnMut(web_sys::Blob) + 'static,
        on_stop: impl FnMut() + 'static,
    ) -> Result<Recorder, String> {
        let fail = |_| "The browser could not start recording.".to_string();
        let options = web_sys::MediaRecorderOptions::new();
        options.set_audio_bits_per_second(BITS_PER_SECOND);
        for mime in [
            "audio/webm;codecs=opus",
            "audio/ogg;codecs=opus",
            "audio/mp4",
        ] {
            if web_sys::MediaRecorder::is_type_supported(mime) {
                options.set_mime_type(mime);
                break;
            }
        }
        let inner = web_sys::MediaRecorder::new_with_media_stream_and_media_recorder_options(
            &mic.stream,
            &options,
        )
        .map_err(fail)?;
        let on_chunk = Rc::new(RefCell::new(on_chunk));
        let on_data =
            Closure::<dyn FnMut(web_sys::BlobEvent)>::new(move |e: web_sys::BlobEvent| {
                if let Some(blob) = e.data().filter(|b| b.size() > 0.0) {
                    (on_chunk.borrow_mut())(blob);
                }
            });
        let on_stop = Closure::<dyn FnMut()>::new(on_stop);
        inner.set_ondataavailable(Some(on_data.as_ref().unchecked_ref()));
        inner.set_onstop(Some(on_stop.as_ref().unchecked_ref()));
        inner.start_with_time_slice(TIMESLICE_MS).map_err(fail)?;
        Ok(Recorder {
            inner,
            on_data,
            on_stop,
        })
    }

    /// For a recorder whose page is going away after [`Recorder::stop`]: its callbacks stay
    /// alive for the last chunk.
    pub fn release(self) {
        self.on_data.forget();
        self.on_stop.forget();
    }

    /// The audio's type, as the recorder chose it.
    pub fn mime(&self) -> String {
        self.inner.mime_type()
    }

    /// Pauses (the interview's clock is paused) or resumes recording.
    pub fn set_paused(&self, paused: bool) {
        let state = self.inner.state();
        // Each call is made only in the state it applies to, where it cannot fail.
        if paused && state == web_sys::RecordingState::Recording {
            let _ = self.inner.pause();
        } else if !paused && state == web_sys::RecordingState::Paused {
            let _ = self.inner.resume();
        }
    }

    /// Stops recording; the last chunk and then `on_stop` follow.
    pub fn stop(&self) {
        if self.inner.state() != web_sys::RecordingState::Inactive {
            // Stopping an inactive recorder is the only failure, ruled out above.
            let _ = self.inner.stop();
        }
    }
}

/// The chunks as one audio blob of type `mime`.
pub fn join(chunks: &[web_sys::Blob], mime: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::new();
    for c in chunks {
        parts.push(c);
    }
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options)
        .map_err(|_| "the browser could not put the recording together".to_string())
}

/// The loudness of `audio`, one level per frame (see [`frame_levels`]), from the audio
/// decoded at a low rate.
pub async fn levels(audio: &web_sys::Blob) -> Result<Vec<f32>, String> {
    let fail = |_| "the recording could not be decoded".to_string();
    let bytes = JsFuture::from(audio.array_buffer()).await.map_err(fail)?;
    let bytes: js_sys::ArrayBuffer = bytes.dyn_into().map_err(fail)?;
    let decoder =
        web_sys::OfflineAudioContext::new_with_number_of_channels_and_length_and_sample_rate(
            1,
            1,
            ANALYSIS_RATE,
        )
        .map_err(fail)?;
    let decoded = JsFuture::from(decoder.decode_audio_data(&bytes).map_err(fail)?)
        .await
        .map_err(fail)?;
    let decoded: web_sys::AudioBuffer = decoded.dyn_into().map_err(fail)?;
    let rate = decoded.sample_rate();
    let total = decoded.length() as usize;
    let mut samples = vec![0.0f32; total];
    // One copy of channel 0 in one-second pieces (no second full-length buffer).
    let step = rate as usize;
    let mut at = 0;
    while at < total {
        let end = (at + step).min(total);
        decoded
            .copy_from_channel_with_start_in_channel(&mut samples[at..end], 0, at as u32)
            .map_err(fail)?;
        at = end;
    }
    Ok(frame_levels(&samples, rate))
}

/// Makes a playable audio element find its length: a recording made in pieces carries no
/// duration, so the browser is sent to the end once (the caller returns it to the start when
/// `durationchange` reports a finite length). Returns whether it had to.
pub fn find_duration(el: &web_sys::HtmlMediaElement) -> bool {
    let unknown = !el.duration().is_finite();
    if unknown {
        el.set_current_time(1.0e7);
    }
    unknown
}
