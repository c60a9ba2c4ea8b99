//! Self-scoring after a question: each rubric dimension 1-4 with what each level means, and
//! the question's key points as checkboxes for what the answer covered.

use crate::components::form_error::FormError;
use crate::components::key_point_list::KeyPointsOf;
use crate::domain::interview::QuestionScore;
use crate::domain::rubric::{Dimension, RubricId, rating_for};
use crate::stores::interview::use_interview;
use crate::stores::key_points::use_key_points;
use crate::stores::plan::desired_retention;
use crate::stores::progress::use_progress;
use leptos::prelude::*;
use std::collections::BTreeSet;

#[component]
pub fn RubricForm(question_id: String, rubric: RubricId) -> impl IntoView {
    let store = use_interview();
    let progress = use_progress();
    let kp = use_key_points();
    kp.load();
    let dims = rubric.dimensions();
    let scores = RwSignal::new(vec![None::<u8>; dims.len()]);
    let ticked = RwSignal::new(BTreeSet::<usize>::new());
    let error = RwSignal::new(None::<String>);
    let id = question_id.clone();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(dimensions) = scores
            .get_untracked()
            .into_iter()
            .collect::<Option<Vec<u8>>>()
        else {
            error.set(Some("Give every dimension a score from 1 to 4.".into()));
            return;
        };
        let points = kp.ready();
        let rating = rating_for(&dimensions);
        let score = QuestionScore {
            dimensions,
            key_points_ticked: ticked.with_untracked(BTreeSet::len),
        };
        let result = store.act(move |iv, now| {
            if let Some(map) = &points {
                iv.fill_key_point_totals(&|qid| map.get(qid).map(Vec::len));
            }
            iv.score_question(score, now)
        });
        // The answer counts as a review: a weak one is due again soon.
        if result.is_ok()
            && let Some(rating) = rating
        {
            let qid = question_id.clone();
            let retention = desired_retention();
            progress.update(move |p, now| p.rate_with(&qid, rating, now, retention));
        }
        error.set(result.err());
    };
    view! {
        <form class="rubric-form" data-testid="rubric-form" on:submit=submit>
            <h2 id="rubric-title" tabindex="-1">
                {format!("Score your answer: {} rubric", rubric.label())}
            </h2>
            {dims
                .iter()
                .enumerate()
                .map(|(i, d)| view! { <DimensionField i=i d=d scores=scores /> })
                .collect_view()}
            <fieldset class="kp-check" data-testid="kp-check">
                <legend>"Key points your answer covered"</legend>
                <KeyPointBoxes id=id ticked=ticked />
            </fieldset>
            <FormError error=error />
            <button type="submit" class="button" data-testid="save-score">
                "Save score and continue"
            </button>
        </form>
    }
}

#[component]
fn DimensionField(
    i: usize,
    d: &'static Dimension,
    scores: RwSignal<Vec<Option<u8>>>,
) -> impl IntoView {
    view! {
        <fieldset class="dimension" data-testid=format!("dim-{}", d.id)>
            <legend>{d.name}</legend>
            <div class="levels">
                {(1u8..=4)
                    .map(|n| {
                        let text = d.level(n).unwrap_or_default();
                        view! {
                            <label class="level">
                                <input
                                    type="radio"
                                    name=format!("dim-{}", d.id)
                                    value=n.to_string()
                                    data-testid=format!("score-{}-{n}", d.id)
                                    on:change=move |_| {
                                        scores
                                            .update(|s| {
                                                if let Some(slot) = s.get_mut(i) {
                                                    *slot = Some(n);
                                                }
                                            })
                                    }
                                />
                                <span class="level-n">{n}</span>
                                <span class="level-text">{text}</span>
                            </label>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn KeyPointBoxes(id: String, ticked: RwSignal<BTreeSet<usize>>) -> impl IntoView {
    view! {
        <KeyPointsOf id=id let:points>
            {points
                .into_iter()
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <label class="kp-item">
                            <input
                                type="checkbox"
                                data-testid=format!("kp-{i}")
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    ticked
                                        .update(|t| {
                                            if on {
                                                t.insert(i);
                                            } else {
                                                t.remove(&i);
                                            }
                                        });
                                }
                            />
                            <span>{p}</span>
                        </label>
                    }
                })
                .collect_view()}
        </KeyPointsOf>
    }
}
