//! Record answer / Stop / Redo for one question, with a microphone level meter and the clock.
//! The audio is saved in chunks as it is recorded; Stop saves the last one and the
//! recording's speaking figures follow.

use crate::domain::catalog::Question;
use crate::domain::recording::{InterviewPart, Recording, new_id};
use crate::platform::clock::{format_clock, now_ms};
use crate::platform::recorder::{Mic, Recorder, can_record};
use crate::platform::storage::persistence;
use crate::platform::transcriber::Transcriber;
use crate::platform::web::{measure_since, perf_now, random_u32};
use crate::stores::recordings::{DbState, use_recordings};
use leptos::prelude::*;
use leptos::task::spawn_local;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq)]
enum Phase {
    Idle,
    /// Waiting for the microphone (the browser may be asking the user).
    Asking,
    Recording {
        started_ms: i64,
    },
    /// Stopped; the last chunk is being saved.
    Saving,
}

/// A recording in progress: dropped (and the microphone released) when it ends.
struct Session {
    mic: Rc<Mic>,
    recorder: Recorder,
    ticker: IntervalHandle,
}

impl Session {
    fn stop(&self) {
        self.ticker.clear();
        self.recorder.stop();
        self.mic.close();
    }
}

#[component]
pub fn AnswerRecorder(
    q: &'static Question,
    /// Set in a mock interview: the recording is filed under it.
    #[prop(optional)]
    interview: Option<InterviewPart>,
    /// Start at once (a mock interview records from the question's clock; leaving the
    /// question stops and saves).
    #[prop(optional)]
    auto_start: bool,
    /// While true the recording is paused (the interview's clock is).
    #[prop(optional, into)]
    paused: Option<Signal<bool>>,
) -> impl IntoView {
    let store = use_recordings();
    let phase = RwSignal::new(Phase::Idle);
    let level = RwSignal::new(0.0f32);
    let now = RwSignal::new(now_ms());
    let error = RwSignal::new(None::<String>);
    let session = StoredValue::new_local(None::<Session>);
    // Redo: the take being stopped is deleted and a new one starts.
    let redo = StoredValue::new(false);
    let interview = StoredValue::new(interview);

    let stop = move || {
        session.with_value(|s| {
            if let Some(s) = s {
                s.stop();
            }
        });
        if matches!(phase.get_untracked(), Phase::Recording { .. }) {
            phase.set(Phase::Saving);
        }
    };
    on_cleanup(move || {
        // Leaving the page stops the recording; what was said is saved.
        if let Some(Some(s)) = session.try_update_value(Option::take) {
            s.stop();
            s.recorder.release();
        }
    });

    // The start function, kept where Redo can call it again.
    let start = StoredValue::new_local(None::<Rc<dyn Fn()>>);
    let start_fn: Rc<dyn Fn()> = {
        Rc::new(move || {
            error.set(None);
            match store.state.get_untracked() {
                DbState::Unavailable(why) => {
                    error.set(Some(format!(
                        "Recordings cannot be saved here: {why}. Typed practice works as before."
                    )));
                    return;
                }
                DbState::Opening => {
                    error.set(Some(
                        "The recordings database is still opening; try again in a moment."
                            .to_string(),
                    ));
                    return;
                }
                DbState::Ready => {}
            }
            let Some(db) = store.db() else { return };
            phase.set(Phase::Asking);
            spawn_local(async move {
                let mic = match Mic::open().await {
                    Ok(m) => Rc::new(m),
                    Err(e) => {
                        error.try_set(Some(e));
                        phase.try_set(Phase::Idle);
                        return;
                    }
                };
                // Recordings are worth keeping when space runs low: asked once (the same
                // question the app asks at first start, if it has not yet).
                spawn_local(async {
                    persistence().await;
                });
                let started = now_ms();
                let mut first = Recording::new(
                    new_id(started as f64, random_u32()),
                    q.id.clone(),
                    started as f64,
                    String::new(),
                );
                first.interview = interview.get_value();
                let rec = Rc::new(RefCell::new(first));
                let seq = Rc::new(Cell::new(0u32));
                // A transcript only where the device itself recognises speech.
                let transcriber = Rc::new(RefCell::new(
                    (store.transcripts.get_untracked() == Some(true))
                        .then(Transcriber::start)
                        .flatten(),
                ));
                let on_chunk = {
                    let (rec, db, transcriber) = (rec.clone(), db.clone(), transcriber.clone());
                    move |blob: web_sys::Blob| {
                        let t0 = perf_now();
                        let n = seq.get();
                        seq.set(n + 1);
                        let snapshot = {
                            let mut r = rec.borrow_mut();
                            r.bytes += blob.size() as u64;
                            r.duration_ms = (now_ms() - started).max(0) as u32;
                            if let Some(t) = transcriber.borrow().as_ref() {
                                r.transcript = Some(t.text()).filter(|t| !t.is_empty());
                            }
                            r.clone()
                        };
                        let db = db.clone();
                        spawn_local(async move {
                            if let Err(e) = db.put_chunk(&snapshot, n, &blob).await {
                                error.try_set(Some(format!(
                                    "The recording stopped: {e}. What was saved before is kept."
                                )));
                                session.try_with_value(|s| {
                                    if let Some(s) = s {
                                        s.stop();
                                    }
                                });
                            }
                        });
                        store.show(&rec.borrow());
                        measure_since("recording-chunk", t0);
                    }
                };
                let on_stop = {
                    let (rec, db) = (rec.clone(), db.clone());
                    move || {
                        let mut done = rec.borrow().clone();
                        done.finished = true;
                        let db = db.clone();
                        let transcriber = transcriber.borrow_mut().take();
                        spawn_local(async move {
                            // Dropped here, after the recorder's callback has returned.
                            drop(session.try_update_value(Option::take));

                            if redo.try_get_value() == Some(true) {
                                redo.try_set_value(false);
                                if db.delete(&done.id).await.is_ok() {
                                    store.list.try_update(|l| l.retain(|r| r.id != done.id));
                                }
                                phase.try_set(Phase::Idle);
                                if let Some(Some(f)) = start.try_get_value() {
                                    f();
                                }
                                return;
                            }
                            if let Some(t) = transcriber {
                                let text = t.finish().await;
                                done.transcript = Some(text).filter(|t| !t.is_empty());
                            }
                            match db.put(&done).await {
                                Ok(()) => {
                                    store.show(&done);
                                    store.measure(done.clone());
                                }
                                Err(e) => {
                                    error.try_set(Some(format!(
                                        "The end of the recording could not be saved: {e}."
                                    )));
                                }
                            }
                            phase.try_set(Phase::Idle);
                        });
                    }
                };
                let recorder = match Recorder::start(&mic, on_chunk, on_stop) {
                    Ok(r) => r,
                    Err(e) => {
                        mic.close();
                        error.try_set(Some(e));
                        phase.try_set(Phase::Idle);
                        return;
                    }
                };
                rec.borrow_mut().mime = recorder.mime();
                let described = rec.borrow().clone();
                if let Err(e) = db.put(&described).await {
                    recorder.stop();
                    mic.close();
                    error.try_set(Some(format!("The recording could not be saved: {e}.")));
                    phase.try_set(Phase::Idle);
                    return;
                }
                store.show(&described);
                mic.on_ended(move || {
                    error.try_set(Some(
                        "The microphone stopped (unplugged, or access was turned off). What you \
                         said until then is kept."
                            .to_string(),
                    ));
                    session.try_with_value(|s| {
                        if let Some(s) = s {
                            s.stop();
                        }
                    });
                    phase.try_set(Phase::Saving);
                });
                let meter = mic.clone();
                let ticker = set_interval_with_handle(
                    move || {
                        level.try_set(meter.level());
                        now.try_set(now_ms());
                    },
                    Duration::from_millis(100),
                );
                let Ok(ticker) = ticker else {
                    recorder.stop();
                    mic.close();
                    phase.try_set(Phase::Idle);
                    return;
                };
                session.try_set_value(Some(Session {
                    mic,
                    recorder,
                    ticker,
                }));
                now.try_set(started);
                phase.try_set(Phase::Recording {
                    started_ms: started,
                });
            });
        })
    };
    start.set_value(Some(start_fn.clone()));
    if let Some(paused) = paused {
        Effect::new(move |_| {
            let p = paused.get();
            session.with_value(|s| {
                if let Some(s) = s {
                    s.recorder.set_paused(p);
                }
            });
        });
    }
    if auto_start {
        // Once the database is open.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) {
                return true;
            }
            if store.state.get() == DbState::Opening {
                return false;
            }
            start_fn();
            true
        });
    }

    let supported = can_record();
    let elapsed = move || match phase.get() {
        Phase::Recording { started_ms } => format_clock((now.get() - started_ms).max(0)),
        _ => String::new(),
    };
    let percent = move || (level.get() * 100.0).round() as u32;
    view! {
        <div class="recorder" data-testid="recorder">
            {move || {
                if !supported {
                    return view! {
                        <p class="muted" data-testid="record-unsupported">
                            "This browser cannot record audio. Typed practice works as before."
                        </p>
                    }
                        .into_any();
                }
                match phase.get() {
                    Phase::Idle => {
                        view! {
                            <button
                                type="button"
                                class="button"
                                data-testid="record"
                                on:click=move |_| {
                                    if let Some(f) = start.get_value() {
                                        f();
                                    }
                                }
                            >
                                "● Record answer"
                            </button>
                        }
                            .into_any()
                    }
                    Phase::Asking => {
                        view! {
                            <p class="muted" role="status">
                                "Waiting for the microphone…"
                            </p>
                        }
                            .into_any()
                    }
                    Phase::Saving => {
                        view! {
                            <p class="muted" role="status">
                                "Saving the recording…"
                            </p>
                        }
                            .into_any()
                    }
                    Phase::Recording { .. } => {
                        view! {
                            <div class="recording-now" data-testid="recording">
                                <span class="rec-dot" aria-hidden="true"></span>
                                <span class="rec-clock" role="timer" aria-label="Recording time">
                                    {elapsed}
                                </span>
                                <meter
                                    class="level-meter"
                                    min="0"
                                    max="100"
                                    value=percent
                                    aria-label="Microphone level"
                                    data-testid="level-meter"
                                ></meter>
                                <button
                                    type="button"
                                    class="button"
                                    data-testid="stop-recording"
                                    on:click=move |_| stop()
                                >
                                    "■ Stop"
                                </button>
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="redo-recording"
                                    on:click=move |_| {
                                        redo.set_value(true);
                                        stop();
                                    }
                                >
                                    "Redo"
                                </button>
                            </div>
                        }
                            .into_any()
                    }
                }
            }}
            {move || {
                error
                    .get()
                    .map(|e| {
                        view! {
                            <p class="form-error" role="alert" data-testid="record-error">
                                {e}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
