//! Today: the day's reviews and new questions (or, with `?list=`, every question of one
//! list), one at a time, entirely from the keyboard (Space reveals, 1–4 grade, U undoes,
//! N notes, B bookmark, ? the keys), then a summary.

use crate::components::key_point_list::KeyPointItems;
use crate::components::progress_controls::{NotesEditor, RatingChoice};
use crate::components::question_meta::QuestionMeta;
use crate::components::today_summary::{Graded, TodaySummary};
use crate::domain::catalog::Question;
use crate::domain::lists::ListSession;
use crate::domain::plan::{Kind, Today};
use crate::domain::progress::Rating;
use crate::domain::schedule::describe_interval;
use crate::platform::clock::now_ms;
use crate::platform::web::{focus_id, href, set_title, typing_in_field};
use crate::stores::catalog::use_catalog;
use crate::stores::lists::use_lists;
use crate::stores::plan::use_plan;
use crate::stores::progress::use_progress;
use leptos::ev;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// One question of today's queue.
#[derive(Clone, Copy)]
struct Card {
    q: &'static Question,
    new: bool,
}

#[component]
pub fn TodayPage() -> impl IntoView {
    let cat = use_catalog();
    // `?list=<id>`: a session over one list instead of the day's plan.
    let list_id = use_query_map().with_untracked(|q| q.get("list"));
    // Taken once when the page opens: grading a question does not reshuffle the queue.
    let queue = match &list_id {
        Some(id) => list_queue(id),
        None => plan_queue(),
    };
    let Some(queue) = queue else {
        set_title("List not found");
        return view! { <MissingList /> }.into_any();
    };
    set_title(&queue.title);
    let cards: Vec<Card> = queue
        .ids
        .iter()
        .filter_map(|(id, new)| cat.question(id).map(|q| Card { q, new: *new }))
        .collect();
    let total = cards.len();
    let cards = StoredValue::new(cards);
    let index = RwSignal::new(0usize);
    let graded = RwSignal::new(Vec::<Graded>::new());
    // Whether the current card shows its key points (a card brought back by undo does).
    let revealed = RwSignal::new(false);
    let started = now_ms();
    let intro = queue.intro;
    let from_list = list_id.is_some();
    let said = RwSignal::new(String::new());
    let undo = undo_last(graded, index, revealed, said);
    // U works on the summary too: the last grade can always be taken back.
    let keys = window_event_listener(ev::keydown, move |e| {
        let at_end = index.get_untracked() >= total && total > 0;
        if at_end
            && matches!(e.key().as_str(), "u" | "U")
            && !(e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_field())
        {
            e.prevent_default();
            undo.run(());
        }
    });
    on_cleanup(move || keys.remove());
    view! {
        <h1>{queue.title}</h1>
        <p class="muted" data-testid="today-intro">
            {intro}
        </p>
        <p class="sr-only" role="status" aria-live="polite" data-testid="today-said">
            {move || said.get()}
        </p>
        {move || {
            let i = index.get();
            match cards.with_value(|c| c.get(i).copied()) {
                Some(card) => {
                    view! {
                        <p class="muted" data-testid="review-progress">
                            {format!("Question {} of {total}", i + 1)}
                            {if card.new { " · new" } else { " · review" }}
                        </p>
                        <TodayCard
                            card=card
                            index=index
                            graded=graded
                            revealed=revealed
                            undo=undo
                            said=said
                        />
                    }
                        .into_any()
                }
                None if total == 0 && from_list => view! { <EmptyList /> }.into_any(),
                None if total == 0 => view! { <NothingToday /> }.into_any(),
                None => {
                    view! { <TodaySummary graded=graded started=started undo=undo /> }.into_any()
                }
            }
        }}
    }
    .into_any()
}

/// What a session works through: its title, the line under it, and question ids (with
/// whether each is new), in order.
struct Queue {
    title: String,
    intro: String,
    ids: Vec<(String, bool)>,
}

/// The day's plan: reviews due, then the new questions the plan adds.
fn plan_queue() -> Option<Queue> {
    let today: Today = use_plan().plan.with_untracked(|p| p.today.clone());
    let intro = today_intro(&today);
    let ids = today
        .reviews
        .into_iter()
        .map(|id| (id, false))
        .chain(today.new.into_iter().map(|id| (id, true)))
        .collect();
    Some(Queue {
        title: "Today".to_string(),
        intro,
        ids,
    })
}

/// Every question of one list (see [`ListSession`]); `None` when there is no such list.
fn list_queue(id: &str) -> Option<Queue> {
    let cat = use_catalog();
    let progress = use_progress().progress;
    let now = now_ms();
    use_lists().lists.with_untracked(|l| {
        let list = l.get(id)?;
        let session = progress
            .with_untracked(|p| ListSession::of(list, p, now, |q| cat.question(q).is_some()));
        let intro = format!(
            "{} Grades count toward your reviews as usual.",
            session.describe(&list.name)
        );
        let ids = session
            .due
            .into_iter()
            .map(|q| (q, false))
            .chain(session.new.into_iter().map(|q| (q, true)))
            .chain(session.ahead.into_iter().map(|q| (q, false)))
            .collect();
        Some(Queue {
            title: format!("Review: {}", list.name),
            intro,
            ids,
        })
    })
}

#[component]
fn MissingList() -> impl IntoView {
    view! {
        <h1>"List not found"</h1>
        <div class="empty" data-testid="review-empty">
            <p>"This list does not exist on this device: it may have been deleted."</p>
            <a class="button" href=href("/lists")>
                "Your lists"
            </a>
            " "
            <a class="button secondary" href=href("/today")>
                "Today's practice"
            </a>
        </div>
    }
}

#[component]
fn EmptyList() -> impl IntoView {
    view! {
        <div class="empty" data-testid="review-empty">
            <p>
                <strong>"This list has no questions yet."</strong>
            </p>
            <p class="muted">"Add questions to it from Browse or from a question's page."</p>
            <a class="button" href=href("/browse")>
                "Browse questions"
            </a>
        </div>
    }
}

/// Takes back the last grade: the question's progress and the answer times as they were,
/// and the question shown again with its key points.
fn undo_last(
    graded: RwSignal<Vec<Graded>>,
    index: RwSignal<usize>,
    revealed: RwSignal<bool>,
    said: RwSignal<String>,
) -> Callback<()> {
    let store = use_progress();
    let plan = use_plan();
    Callback::new(move |()| {
        let Some(last) = graded.with_untracked(|g| g.last().cloned()) else {
            said.set("Nothing to undo yet.".to_string());
            return;
        };
        store.update(move |p, now| p.restore(&last.id, last.before, now));
        plan.update(|p| p.times = last.times_before);
        graded.update(|g| {
            g.pop();
        });
        revealed.set(true);
        index.update(|i| *i = i.saturating_sub(1));
        said.set("Grade undone.".to_string());
        request_animation_frame(|| {
            focus_id("today-question");
        });
    })
}

fn today_intro(t: &Today) -> String {
    let n = t.len();
    let questions = if n == 1 { "question" } else { "questions" };
    match t.budget {
        None => format!(
            "{n} {questions} due for review. Set an interview date on the Plan page and Today \
             adds new questions for it each day."
        ),
        Some(budget) => {
            let minutes = (t.review_minutes + t.new_minutes).round();
            let mut s = format!(
                "{n} {questions} (about {minutes} min): {} to review, {} new. Your plan allows \
                 {budget} min a day",
                t.reviews.len(),
                t.new.len()
            );
            if t.done > 0 {
                s.push_str(&format!("; {} answered already today", t.done));
            }
            if t.review_minutes > budget - t.spent {
                s.push_str(
                    ". The reviews due take longer than the time left: no new questions today",
                );
            }
            s.push('.');
            s
        }
    }
}

#[component]
fn NothingToday() -> impl IntoView {
    let store = use_progress();
    let plan = use_plan();
    let start = now_ms();
    let has_goal = plan.plans.with_untracked(|p| !p.goals.is_empty());
    let next_due = move || {
        store.progress.with(|p| {
            p.questions
                .values()
                .filter_map(|q| q.review.as_ref().map(|r| r.due_ms))
                .filter(|due| *due > start)
                .min()
        })
    };
    view! {
        <div class="empty" data-testid="review-empty">
            <p>
                <strong>"Nothing to practise right now."</strong>
            </p>
            <p class="muted">
                {move || match next_due() {
                    Some(due) => {
                        format!("The next review comes back in {}.", describe_interval(due - start))
                    }
                    None => {
                        "Rate a question after practising it and it comes back here when it is time to review it."
                            .to_string()
                    }
                }}
            </p>
            {if has_goal {
                view! {
                    <a class="button" href=href("/plan")>
                        "See your plan"
                    </a>
                }
                    .into_any()
            } else {
                view! {
                    <p>
                        "Set the date of your interview and Today brings new questions for it every day."
                    </p>
                    <a class="button" href=href("/plan") data-testid="plan-link">
                        "Plan your interview"
                    </a>
                }
                    .into_any()
            }}
            " "
            <a class="button secondary" href=href("/browse")>
                "Browse questions"
            </a>
        </div>
    }
}

#[component]
fn TodayCard(
    card: Card,
    index: RwSignal<usize>,
    graded: RwSignal<Vec<Graded>>,
    revealed: RwSignal<bool>,
    undo: Callback<()>,
    said: RwSignal<String>,
) -> impl IntoView {
    let store = use_progress();
    let plan = use_plan();
    let q = card.q;
    let id = q.id.clone();
    let shown_at = now_ms();
    let keys_open = RwSignal::new(false);
    let retention = plan.plans.with_untracked(|p| p.retention);
    let kind = Kind::of(q);
    let grade = {
        let id = id.clone();
        move |r: Rating| {
            if !revealed.get_untracked() {
                return;
            }
            let before = store.progress.with_untracked(|p| p.get(&id).cloned());
            let first = before.as_ref().is_none_or(|b| b.ratings.is_empty());
            let times_before = plan.plans.with_untracked(|p| p.times.clone());
            let seconds = ((now_ms() - shown_at).max(0) / 1000) as u32;
            let rid = id.clone();
            store.update(move |p, at| p.rate_with(&rid, r, at, retention));
            plan.update(|p| p.times.record(kind, first, seconds));
            let due_ms = store
                .progress
                .with_untracked(|p| p.get(&id).and_then(|e| e.review).map(|s| s.due_ms));
            graded.update(|g| {
                g.truncate(index.get_untracked());
                g.push(Graded {
                    id: id.clone(),
                    rating: r,
                    before,
                    times_before,
                    seconds,
                    due_ms,
                });
            });
            revealed.set(false);
            index.update(|i| *i += 1);
            request_animation_frame(|| {
                focus_id("today-question");
            });
        }
    };
    let toggle_bookmark = {
        let id = id.clone();
        move || {
            let id = id.clone();
            let on = store.progress.with_untracked(|p| !p.is_bookmarked(&id));
            store.update(move |p, now| {
                p.toggle_bookmark(&id, now);
            });
            said.set(
                if on {
                    "Bookmarked."
                } else {
                    "Bookmark removed."
                }
                .to_string(),
            );
        }
    };
    let reveal = move || {
        revealed.set(true);
    };
    let keys = {
        let grade = grade.clone();
        let toggle_bookmark = toggle_bookmark.clone();
        window_event_listener(ev::keydown, move |e| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in_field() {
                return;
            }
            let handled = match e.key().as_str() {
                " " if !revealed.get_untracked() => {
                    reveal();
                    true
                }
                "1" => {
                    grade(Rating::Again);
                    true
                }
                "2" => {
                    grade(Rating::Hard);
                    true
                }
                "3" => {
                    grade(Rating::Good);
                    true
                }
                "4" => {
                    grade(Rating::Easy);
                    true
                }
                "u" | "U" => {
                    undo.run(());
                    true
                }
                "b" | "B" => {
                    toggle_bookmark();
                    true
                }
                "n" | "N" => {
                    reveal();
                    request_animation_frame(|| {
                        focus_id("notes");
                    });
                    true
                }
                "?" => {
                    keys_open.update(|o| *o = !*o);
                    true
                }
                "Escape" if keys_open.get_untracked() => {
                    keys_open.set(false);
                    true
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        })
    };
    on_cleanup(move || keys.remove());
    let bookmarked = move || store.progress.with(|p| p.is_bookmarked(&q.id));
    let grade_buttons = grade.clone();
    view! {
        <article class="review-card" data-testid="review-card" data-id=id.clone()>
            <h2 class="question-text" id="today-question" tabindex="-1">
                {q.text.clone()}
            </h2>
            <QuestionMeta q=q />
            <Show
                when=move || revealed.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button"
                            data-testid="reveal"
                            aria-keyshortcuts="Space"
                            on:click=move |_| reveal()
                        >
                            "Show key points "
                            <kbd>"Space"</kbd>
                        </button>
                    }
                }
            >
                <section class="key-points">
                    <h3>"What a strong answer covers"</h3>
                    <KeyPointItems id=q.id.clone() />
                </section>
                <div class="rating" data-testid="rating">
                    <p class="rating-prompt">"How well did you answer?"</p>
                    <RatingChoice
                        id=q.id.clone()
                        now=Signal::derive(now_ms)
                        keys=true
                        pick=Callback::new(grade_buttons.clone())
                    />
                </div>
                <NotesEditor id=q.id.clone() />
            </Show>
            <p class="today-tools">
                <button
                    type="button"
                    class="link-button"
                    data-testid="bookmark"
                    aria-keyshortcuts="B"
                    aria-pressed=move || bookmarked().to_string()
                    on:click={
                        let toggle_bookmark = toggle_bookmark.clone();
                        move |_| toggle_bookmark()
                    }
                >
                    {move || if bookmarked() { "★ Bookmarked" } else { "☆ Bookmark" }}
                </button>
                <button
                    type="button"
                    class="link-button"
                    data-testid="undo"
                    aria-keyshortcuts="U"
                    disabled=move || graded.with(Vec::is_empty)
                    on:click=move |_| undo.run(())
                >
                    "Undo last grade"
                </button>
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || keys_open.get().to_string()
                    aria-controls="today-keys"
                    aria-keyshortcuts="?"
                    on:click=move |_| keys_open.update(|o| *o = !*o)
                >
                    "Keyboard shortcuts"
                </button>
            </p>
            <Show when=move || keys_open.get()>
                <KeysHelp />
            </Show>
        </article>
    }
}

#[component]
fn KeysHelp() -> impl IntoView {
    const KEYS: [(&str, &str); 7] = [
        ("Space", "show the key points"),
        ("1 – 4", "grade: Again, Hard, Good, Easy"),
        ("U", "undo the last grade"),
        ("N", "write a note"),
        ("B", "bookmark the question"),
        ("?", "show or hide these keys"),
        ("/", "search all questions"),
    ];
    view! {
        <section
            class="keys-help"
            id="today-keys"
            aria-label="Keyboard shortcuts"
            data-testid="keys-help"
        >
            <h3>"Keyboard shortcuts"</h3>
            <dl>
                {KEYS
                    .into_iter()
                    .map(|(k, what)| {
                        view! {
                            <div>
                                <dt>
                                    <kbd>{k}</kbd>
                                </dt>
                                <dd>{what}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
