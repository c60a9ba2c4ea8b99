//! Work the first load does not carry. In the route-split build (`--features split`) each
//! function here is a split point: its code (and what only it uses) is a wasm chunk fetched
//! the first time it runs. Elsewhere it simply runs. Stores call it; it calls no store (it
//! gets what it needs as arguments), only components that the first load does not carry.

use crate::components::interview_recordings::{
    InterviewRecorder, ListenBeforeScoring, ReportRecordings,
};
use crate::components::recordings_storage::RecordingsStorage;
use crate::components::spoken_answers::SpokenAnswers;
use crate::components::storage_problems::StorageProblems;
use crate::domain::calendar::local_day;
use crate::domain::catalog::{Catalog, Question};
use crate::domain::history::History;
use crate::domain::lists::Lists;
use crate::domain::own_questions::OwnQuestions;
use crate::domain::plan::{PlanInput, Plans, build};
use crate::domain::progress::Progress;
use crate::domain::recording::InterviewPart;
use crate::domain::store_doc::{export_file_name, export_json_with};
use crate::platform::clock::{now_ms, tz_offset_minutes};
use crate::platform::storage::{self, HISTORY_KEY, LISTS_KEY, PLANS_KEY};
use leptos::prelude::*;

/// What a caller gets when the chunk could not be fetched.
#[cfg(feature = "split")]
const NOT_FETCHED: &str =
    "this part of the app could not be downloaded; check the connection and try again";

/// Downloads the export file: `progress`, and the interview `history` (read from storage
/// when `None`: the interview store was not opened in this session). They are read here, so
/// the first load carries no code to copy them.
pub async fn download_export(
    progress: RwSignal<Progress>,
    history: Option<RwSignal<History>>,
    own: Option<OwnQuestions>,
    lists: Option<Lists>,
) -> Result<(), String> {
    #[cfg(feature = "split")]
    {
        export_chunk(progress, history, own, lists)
            .await
            .unwrap_or_else(|_| Err(NOT_FETCHED.to_string()))
    }
    #[cfg(not(feature = "split"))]
    {
        export_now(progress, history, own, lists)
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(export_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn export_chunk(
    progress: RwSignal<Progress>,
    history: Option<RwSignal<History>>,
    own: Option<OwnQuestions>,
    lists: Option<Lists>,
) -> Result<Result<(), String>, leptos::wasm_split::SplitLoaderError> {
    Ok(export_now(progress, history, own, lists))
}

fn export_now(
    progress: RwSignal<Progress>,
    history: Option<RwSignal<History>>,
    own: Option<OwnQuestions>,
    lists: Option<Lists>,
) -> Result<(), String> {
    let history = match history {
        Some(h) => h.get_untracked(),
        None => match storage::read(HISTORY_KEY) {
            Ok(Some(text)) => History::from_json(&text)
                .map_err(|e| format!("the stored interview history could not be read ({e})"))?,
            Ok(None) => History::default(),
            Err(e) => return Err(e.to_string()),
        },
    };
    let interviews = serde_json::to_value(&history)
        .map_err(|e| format!("the interview history could not be written out ({e})"))?;
    let own = match own {
        Some(doc) if !doc.questions.is_empty() => serde_json::to_value(&doc)
            .map_err(|e| format!("your own questions could not be written out ({e})"))?,
        _ => serde_json::Value::Null,
    };
    let lists = match lists {
        Some(lists) => lists,
        None => match storage::read(LISTS_KEY) {
            Ok(Some(text)) => Lists::from_json(&text)
                .map_err(|e| format!("your stored lists could not be read ({e})"))?,
            Ok(None) => Lists::default(),
            Err(e) => return Err(e.to_string()),
        },
    };
    let lists = if lists.lists.is_empty() {
        serde_json::Value::Null
    } else {
        serde_json::to_value(&lists)
            .map_err(|e| format!("your lists could not be written out ({e})"))?
    };
    let now = now_ms();
    let text = progress
        .with_untracked(|p| export_json_with(p, interviews, own, lists, now))
        .map_err(|e| e.to_string())?;
    storage::download(
        &export_file_name(now, tz_offset_minutes()),
        &text,
        "application/json",
    )
}

/// Today's question count and estimated whole minutes from the stored plan, for the home page;
/// `None` when no interview is coming (or the plan cannot be read: the Plan page says why).
/// `Err` when the code for it could not be fetched.
pub async fn today_count(
    catalog: &'static Catalog,
    progress: RwSignal<Progress>,
) -> Result<Option<(usize, u32)>, String> {
    #[cfg(feature = "split")]
    {
        today_count_chunk(catalog, progress)
            .await
            .map_err(|_| NOT_FETCHED.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(today_count_now(catalog, progress))
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(today_count_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn today_count_chunk(
    catalog: &'static Catalog,
    progress: RwSignal<Progress>,
) -> Result<Option<(usize, u32)>, leptos::wasm_split::SplitLoaderError> {
    Ok(today_count_now(catalog, progress))
}

fn today_count_now(
    catalog: &'static Catalog,
    progress: RwSignal<Progress>,
) -> Option<(usize, u32)> {
    let text = storage::read(PLANS_KEY).ok().flatten()?;
    let plans = Plans::from_json(&text).ok()?;
    let now = now_ms();
    let tz = tz_offset_minutes();
    if plans.upcoming(local_day(now, tz)).is_empty() {
        return None;
    }
    let today = progress.with_untracked(|progress| {
        build(
            &PlanInput {
                catalog,
                progress,
                plans: &plans,
                now_ms: now,
                tz_offset_minutes: tz,
            },
            1,
        )
        .today
    });
    let minutes = (today.review_minutes + today.new_minutes).round().max(0.0) as u32;
    Some((today.len(), minutes))
}

/// Reads stored progress documents that [`crate::domain::store_doc::load_current`] did not
/// take (older versions, reformatted or damaged ones): for each, its progress or why it
/// cannot be read. `Err` when the code for it could not be fetched.
pub async fn read_progress(texts: Vec<String>) -> Result<Vec<Result<Progress, String>>, String> {
    #[cfg(feature = "split")]
    {
        read_progress_chunk(texts)
            .await
            .map_err(|_| NOT_FETCHED.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(read_progress_now(texts))
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(read_progress_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_progress_chunk(
    texts: Vec<String>,
) -> Result<Vec<Result<Progress, String>>, leptos::wasm_split::SplitLoaderError> {
    Ok(read_progress_now(texts))
}

fn read_progress_now(texts: Vec<String>) -> Vec<Result<Progress, String>> {
    texts
        .iter()
        .map(|t| crate::domain::store_doc::load(t).map_err(|e| e.to_string()))
        .collect()
}

/// Reads the stored own questions (the JSON reader stays out of the first load): the
/// document, or why it cannot be read. `Err` when the code for it could not be fetched.
pub async fn read_own(text: String) -> Result<Result<OwnQuestions, String>, String> {
    #[cfg(feature = "split")]
    {
        read_own_chunk(text)
            .await
            .map_err(|_| NOT_FETCHED.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(read_own_now(&text))
    }
}

/// Timed for the benchmark (`own-read`, against `JSON.parse` of the same text).
fn read_own_now(text: &str) -> Result<OwnQuestions, String> {
    crate::platform::web::timed("own-read", || OwnQuestions::from_json(text))
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(read_own_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_own_chunk(
    text: String,
) -> Result<Result<OwnQuestions, String>, leptos::wasm_split::SplitLoaderError> {
    Ok(read_own_now(&text))
}

/// `text` with Markdown and maths as HTML safe to insert (inline: for a heading or a list
/// item). `Err` when the code for it could not be fetched.
pub async fn markdown(text: String, mode: Rich) -> Result<String, String> {
    #[cfg(feature = "split")]
    {
        markdown_chunk(text, mode)
            .await
            .map_err(|_| NOT_FETCHED.to_string())
    }
    #[cfg(not(feature = "split"))]
    {
        Ok(markdown_now(&text, mode))
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(markdown_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn markdown_chunk(
    text: String,
    mode: Rich,
) -> Result<String, leptos::wasm_split::SplitLoaderError> {
    Ok(markdown_now(&text, mode))
}

/// How rich text is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rich {
    /// Paragraphs, lists, code blocks.
    Blocks,
    /// For a heading or a list item.
    Inline,
    /// Inline, inside a link: its own links become their text.
    InLink,
}

fn markdown_now(text: &str, mode: Rich) -> String {
    use crate::domain::markdown::{to_html, to_inline_html, to_inline_html_without_links};
    match mode {
        Rich::Blocks => to_html(text),
        Rich::Inline => to_inline_html(text),
        Rich::InLink => to_inline_html_without_links(text),
    }
}

/// The storage banner's text and actions
/// ([`StorageProblems`](crate::components::storage_problems::StorageProblems)), or, if their
/// code cannot be fetched, a short warning. (Writes stay held or retried as the store decided:
/// the banner only explains.)
pub async fn storage_problems() -> AnyView {
    #[cfg(feature = "split")]
    {
        storage_problems_chunk().await.unwrap_or_else(|_| {
            view! {
                <div class="banner warn" role="alert" data-testid="storage-problem">
                    <p>
                        <strong>"There is a problem with your saved data."</strong>
                        " The part of the app that explains it could not be downloaded. \
                         Your saved data is kept meanwhile; reload when you are online."
                    </p>
                </div>
            }
            .into_any()
        })
    }
    #[cfg(not(feature = "split"))]
    {
        view! { <StorageProblems /> }.into_any()
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(storage_problems_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn storage_problems_chunk() -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(view! { <StorageProblems /> }.into_any())
}

/// Which recording view a page shows. All of them (recording, playing, the database) are
/// one chunk, fetched the first time any is shown.
pub enum RecordingsSlot {
    /// "Say it out loud" on a question page.
    Question(&'static Question),
    /// The recorder that runs with a mock-interview question's clock.
    Interview {
        q: &'static Question,
        part: InterviewPart,
        paused: Signal<bool>,
    },
    /// The answer just given, before scoring it.
    Listen {
        part: InterviewPart,
        question: String,
    },
    /// A report's recorded answers, with each question's score.
    Report {
        interview: String,
        scores: Vec<(String, String)>,
    },
    /// The Data page's storage figure and "Delete all recordings".
    Data,
}

/// The view for `slot`; if its code cannot be fetched, a line saying so.
pub async fn recordings_view(slot: RecordingsSlot) -> AnyView {
    #[cfg(feature = "split")]
    {
        recordings_chunk(slot).await.unwrap_or_else(|_| {
            view! {
                <p class="muted" data-testid="recordings-not-fetched">
                    "Recordings are not available: their part of the app could not be \
                     downloaded. Reload when you are online."
                </p>
            }
            .into_any()
        })
    }
    #[cfg(not(feature = "split"))]
    {
        recordings_now(slot)
    }
}

#[cfg(feature = "split")]
#[leptos::wasm_split::wasm_split(recordings_chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
fn recordings_chunk(slot: RecordingsSlot) -> Result<AnyView, leptos::wasm_split::SplitLoaderError> {
    Ok(recordings_now(slot))
}

fn recordings_now(slot: RecordingsSlot) -> AnyView {
    match slot {
        RecordingsSlot::Question(q) => view! { <SpokenAnswers q=q /> }.into_any(),
        RecordingsSlot::Interview { q, part, paused } => {
            view! { <InterviewRecorder q=q part=part paused=paused /> }.into_any()
        }
        RecordingsSlot::Listen { part, question } => {
            view! { <ListenBeforeScoring part=part question=question /> }.into_any()
        }
        RecordingsSlot::Report { interview, scores } => {
            view! { <ReportRecordings interview=interview scores=scores /> }.into_any()
        }
        RecordingsSlot::Data => view! { <RecordingsStorage /> }.into_any(),
    }
}
