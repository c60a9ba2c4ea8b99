//! A question's recorded answers, newest first: each plays (with seek and 1× / 1.25× / 1.5×),
//! downloads as a file, and can be deleted (Undo brings it back).

use crate::domain::plan::Kind;
use crate::domain::recording::Recording;
use crate::domain::speech::{clock, summary};
use crate::domain::transcript::{fillers, mentioned};
use crate::platform::clock::date_time_text;
use crate::platform::recorder::{find_duration, join};
use crate::stores::catalog::use_catalog;
use crate::stores::key_points::use_key_points;
use crate::stores::recordings::use_recordings;
use leptos::html::Audio;
use leptos::prelude::*;
use leptos::task::spawn_local;

const SPEEDS: [(f64, &str); 3] = [(1.0, "1×"), (1.25, "1.25×"), (1.5, "1.5×")];

/// The recordings `filter` keeps, newest first.
#[component]
pub fn RecordingList(
    /// Which recordings to list.
    filter: Callback<Recording, bool>,
    /// A line above each recording (the report names the question and its score).
    #[prop(optional)]
    label: Option<Callback<Recording, String>>,
) -> impl IntoView {
    let store = use_recordings();
    let shown = Memo::new(move |_| {
        store.list.with(|l| {
            l.iter()
                .filter(|r| filter.run((*r).clone()))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || shown.with(|l| !l.is_empty())>
            <ol class="recordings" data-testid="recordings">
                <For
                    each=move || shown.get()
                    // Built again only when the recording is finished (its audio can then be
                    // played); its length and figures update in place.
                    key=|r| (r.id.clone(), r.finished)
                    children=move |r| {
                        let heading = label.map(|l| l.run(r.clone()));
                        view! { <RecordingItem rec=r heading=heading /> }
                    }
                />
            </ol>
        </Show>
    }
}

#[component]
fn RecordingItem(rec: Recording, heading: Option<String>) -> impl IntoView {
    let store = use_recordings();
    // The length target follows the kind of question.
    let kind = use_catalog()
        .question(&rec.question)
        .map_or(Kind::Concept, Kind::of);
    let src = RwSignal::new(None::<String>);
    let problem = RwSignal::new(None::<String>);
    let speed = RwSignal::new(1.0f64);
    let audio = NodeRef::<Audio>::new();
    let finding = StoredValue::new(false);
    if rec.finished {
        store.measure(rec.clone());
        let (id, mime) = (rec.id.clone(), rec.mime.clone());
        spawn_local(async move {
            let Some(db) = store.db() else { return };
            let url = db
                .chunks(&id)
                .await
                .and_then(|chunks| join(&chunks, &mime))
                .and_then(|blob| {
                    web_sys::Url::create_object_url_with_blob(&blob)
                        .map_err(|_| "the browser could not open it".to_string())
                });
            match url {
                Ok(url) => {
                    if src.try_set(Some(url.clone())).is_some() {
                        // The item went away meanwhile.
                        let _ = web_sys::Url::revoke_object_url(&url);
                    }
                }
                Err(e) => {
                    problem.try_set(Some(format!("This recording cannot be played: {e}.")));
                }
            }
        });
    }
    on_cleanup(move || {
        if let Some(Some(url)) = src.try_get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    });
    // The recording as the store has it now (its length, figures and transcript arrive
    // after it is shown).
    let id = rec.id.clone();
    let live = {
        let id = id.clone();
        Memo::new(move |_| store.list.with(|l| l.iter().find(|r| r.id == id).cloned()))
    };
    let when = date_time_text(rec.started_ms);
    let length = move || live.with(|r| r.as_ref().map(|r| clock(r.duration_ms)));
    let file = rec.file_name(&when.replace([' ', ',', ':', '/'], "-"));
    let figures = move || {
        live.with(|r| r.as_ref().and_then(|r| r.figures)).map(|f| {
            view! {
                <p class="speaking-figures" data-testid="speaking-figures">
                    {summary(&f, kind)}
                </p>
            }
        })
    };
    let question = rec.question.clone();
    let transcript = move || {
        live.with(|r| r.as_ref().and_then(|r| r.transcript.clone()))
            .map(|t| view! { <TranscriptNotes question=question.clone() transcript=t /> })
    };
    let label = format!("Recording of {when}");
    view! {
        <li class="recording" data-testid="recording-item" data-id=rec.id.clone()>
            {heading
                .map(|h| {
                    view! {
                        <p class="recording-label" data-testid="recording-label">
                            {h}
                        </p>
                    }
                })}
            <p class="recording-head">
                <strong>{when.clone()}</strong>
                " · "
                <span data-testid="recording-length">{length}</span>
                {(!rec.finished).then_some(" · recording…")}
                {rec
                    .interrupted
                    .then(|| {
                        view! {
                            <span class="muted" data-testid="interrupted">
                                " · interrupted (kept up to where it stopped)"
                            </span>
                        }
                    })}
            </p>
            {figures}
            {transcript}
            {move || {
                src.get()
                    .map(|url| {
                        view! {
                            <audio
                                controls
                                preload="metadata"
                                src=url.clone()
                                node_ref=audio
                                aria-label=label.clone()
                                data-testid="recording-audio"
                                on:loadedmetadata=move |_| {
                                    if let Some(el) = audio.get() {
                                        finding.set_value(find_duration(&el));
                                    }
                                }
                                on:durationchange=move |_| {
                                    if let Some(el) = audio.get() && finding.get_value()
                                        && el.duration().is_finite()
                                    {
                                        finding.set_value(false);
                                        el.set_current_time(0.0);
                                    }
                                }
                            ></audio>
                            <div class="recording-actions">
                                <span
                                    role="group"
                                    aria-label="Playback speed"
                                    class="segmented speeds"
                                >
                                    {SPEEDS
                                        .iter()
                                        .map(|&(rate, text)| {
                                            view! {
                                                <button
                                                    type="button"
                                                    aria-pressed=move || { (speed.get() == rate).to_string() }
                                                    on:click=move |_| {
                                                        speed.set(rate);
                                                        if let Some(el) = audio.get() {
                                                            el.set_playback_rate(rate);
                                                        }
                                                    }
                                                >
                                                    {text}
                                                </button>
                                            }
                                        })
                                        .collect_view()}
                                </span>
                                <a
                                    class="button secondary"
                                    href=url
                                    download=file.clone()
                                    data-testid="download-recording"
                                >
                                    "Download"
                                </a>
                                <button
                                    type="button"
                                    class="button secondary"
                                    data-testid="delete-recording"
                                    on:click={
                                        let id = id.clone();
                                        move |_| store.delete(vec![id.clone()])
                                    }
                                >
                                    "Delete"
                                </button>
                            </div>
                        }
                    })
            }}
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="form-error" role="alert">
                                {p}
                            </p>
                        }
                    })
            }}
        </li>
    }
}

/// "Recording deleted. Undo" after a delete, and the last failure, if any.
#[component]
pub fn RecordingsNotices() -> impl IntoView {
    let store = use_recordings();
    view! {
        {move || {
            store
                .undo_label
                .get()
                .map(|label| {
                    view! {
                        <p class="notice-line" role="status" data-testid="recording-undo-bar">
                            {label}
                            " "
                            <button
                                type="button"
                                class="link-button"
                                data-testid="undo-recording-delete"
                                on:click=move |_| store.undo()
                            >
                                "Undo"
                            </button>
                        </p>
                    }
                })
        }}
        {move || {
            store
                .problem
                .get()
                .map(|p| {
                    view! {
                        <p class="form-error" role="alert" data-testid="recordings-problem">
                            "Recordings: "
                            {p}
                        </p>
                    }
                })
        }}
    }
}

/// A recording's transcript, its filler words and the key points it mentions.
#[component]
fn TranscriptNotes(question: String, transcript: String) -> impl IntoView {
    let key_points = use_key_points();
    let filler_text = match fillers(&transcript).as_slice() {
        [] => "No filler words.".to_string(),
        found => {
            let list: Vec<String> = found.iter().map(|(w, n)| format!("“{w}” ×{n}")).collect();
            format!("Filler words: {}.", list.join(", "))
        }
    };
    let said = transcript.clone();
    let points = move || {
        let map = key_points.get()?.ok()?;
        let points = map.get(&question)?.clone();
        let hit = mentioned(&said, &points);
        Some(view! {
            <p data-testid="key-points-mentioned">
                {format!("Key points mentioned: {} of {}.", hit.len(), points.len())}
            </p>
            <ul class="mentioned">
                {hit.into_iter().map(|i| view! { <li>{points[i].clone()}</li> }).collect_view()}
            </ul>
        })
    };
    view! {
        <details class="transcript" data-testid="transcript">
            <summary>"Transcript"</summary>
            <p data-testid="transcript-text">{transcript.clone()}</p>
        </details>
        <p data-testid="fillers">{filler_text}</p>
        {points}
    }
}
