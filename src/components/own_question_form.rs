//! The form that adds or changes one of the user's own questions. Every wrong field is
//! named at once, next to the field and in a summary that takes focus.

use crate::domain::catalog::{Catalog, Difficulty};
use crate::domain::own_questions::{
    Draft, FieldError, OWN_SECTION_ID, OWN_SECTION_TITLE, SectionChoice,
};
use crate::platform::web::focus_id;
use crate::stores::catalog::use_catalog;
use crate::stores::own::{OwnStore, use_own};
use leptos::prelude::*;

/// The select's value for "a new section".
const NEW_SECTION: &str = "+new";

/// `editing`: the id of the question being changed, or `None` for a new one. `saved` is
/// called with the question's id after a save.
#[component]
pub fn OwnQuestionForm(editing: Option<String>, saved: Callback<String>) -> impl IntoView {
    let cat = use_catalog();
    let store = use_own();
    let start = editing
        .as_deref()
        .and_then(|id| {
            store
                .doc
                .with_untracked(|d| d.get(id).map(|o| Draft::of(&o.question)))
        })
        .unwrap_or_default();
    let draft = RwSignal::new(start);
    let errors = RwSignal::new(Vec::<FieldError>::new());
    let editing = StoredValue::new(editing);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = editing.get_value().unwrap_or_else(OwnStore::new_id);
        let section_id = OwnStore::new_id();
        match draft.with_untracked(|d| d.check(&id, cat, &section_id)) {
            Ok((q, section)) => {
                errors.set(Vec::new());
                store.put(q, section);
                saved.run(id);
            }
            Err(e) => {
                errors.set(e);
                // Once the summary is drawn (it is hidden while empty).
                request_animation_frame(|| {
                    focus_id("own-errors");
                });
            }
        }
    };
    let error_of = move |field: &'static str| message(errors, field);
    let invalid = move |field: &'static str| error_of(field).map(|_| "true");
    let described = move |field: &'static str| error_of(field).map(|_| format!("{field}-error"));
    let set = move |edit: fn(&mut Draft, String)| {
        move |ev: leptos::ev::Event| {
            let v = event_target_value(&ev);
            draft.update(|d| edit(d, v));
        }
    };
    let section_value = move || {
        draft.with(|d| match &d.section {
            SectionChoice::Existing(id) => id.clone(),
            SectionChoice::New(_) => NEW_SECTION.to_string(),
        })
    };
    let new_section = move || matches!(draft.with(|d| d.section.clone()), SectionChoice::New(_));
    let companies = cat.question_companies();
    view! {
        <form class="own-form" data-testid="own-form" on:submit=save novalidate>
            <div
                id="own-errors"
                class="form-error"
                role="alert"
                tabindex="-1"
                data-testid="own-errors"
            >
                {move || {
                    errors
                        .with(|e| {
                            (!e.is_empty())
                                .then(|| {
                                    view! {
                                        <p>
                                            <strong>"The question was not saved:"</strong>
                                        </p>
                                        <ul>
                                            {e
                                                .iter()
                                                .map(|f| {
                                                    let target = format!("own-{}", f.field);
                                                    view! {
                                                        <li>
                                                            <a
                                                                href=format!("#{target}")
                                                                rel="external"
                                                                on:click=move |ev| {
                                                                    ev.prevent_default();
                                                                    focus_id(&target);
                                                                }
                                                            >
                                                                {f.message.clone()}
                                                            </a>
                                                        </li>
                                                    }
                                                })
                                                .collect_view()}
                                        </ul>
                                    }
                                })
                        })
                }}
            </div>
            <Field name="text" label="Question" errors=errors>
                <textarea
                    id="own-text"
                    rows="3"
                    required
                    data-testid="own-text"
                    aria-invalid=move || invalid("text")
                    aria-describedby=move || described("text")
                    prop:value=move || draft.with(|d| d.text.clone())
                    on:input=set(|d, v| d.text = v)
                ></textarea>
            </Field>
            <Field name="section" label="Section" errors=errors>
                <select
                    id="own-section"
                    data-testid="own-section"
                    aria-invalid=move || invalid("section")
                    aria-describedby=move || described("section")
                    on:change=move |ev| {
                        let v = event_target_value(&ev);
                        draft
                            .update(|d| {
                                d.section = if v == NEW_SECTION {
                                    SectionChoice::New(String::new())
                                } else {
                                    SectionChoice::Existing(v)
                                };
                            });
                    }
                >
                    {section_options(cat)
                        .into_iter()
                        .map(|(id, title)| {
                            let v = id.clone();
                            view! {
                                <option value=id prop:selected=move || section_value() == v>
                                    {title}
                                </option>
                            }
                        })
                        .collect_view()}
                    <option value=NEW_SECTION prop:selected=new_section>
                        "New section…"
                    </option>
                </select>
                <Show when=new_section>
                    <label for="own-new-section" class="sub-label">
                        "Name of the new section"
                    </label>
                    <input
                        id="own-new-section"
                        type="text"
                        data-testid="own-new-section"
                        aria-invalid=move || invalid("section")
                        prop:value=move || {
                            draft
                                .with(|d| match &d.section {
                                    SectionChoice::New(t) => t.clone(),
                                    SectionChoice::Existing(_) => String::new(),
                                })
                        }
                        on:input=set(|d, v| d.section = SectionChoice::New(v))
                    />
                </Show>
            </Field>
            <div class="field-row">
                <Field name="difficulty" label="Difficulty" errors=errors>
                    <select
                        id="own-difficulty"
                        data-testid="own-difficulty"
                        on:change=set(|d, v| d.difficulty = v)
                    >
                        <option
                            value=""
                            prop:selected=move || draft.with(|d| d.difficulty.is_empty())
                        >
                            "Not set"
                        </option>
                        {Difficulty::ALL
                            .into_iter()
                            .map(|level| {
                                view! {
                                    <option
                                        value=level.slug()
                                        prop:selected=move || {
                                            draft.with(|d| d.difficulty == level.slug())
                                        }
                                    >
                                        {level.label()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Field>
                <Field name="round_type" label="Round type" errors=errors>
                    <select
                        id="own-round_type"
                        data-testid="own-round"
                        aria-invalid=move || invalid("round_type")
                        aria-describedby=move || described("round_type")
                        on:change=set(|d, v| d.round_type = v)
                    >
                        <option
                            value=""
                            prop:selected=move || draft.with(|d| d.round_type.is_empty())
                        >
                            "Not set"
                        </option>
                        {cat
                            .round_types
                            .iter()
                            .map(|r| {
                                let v = r.id.clone();
                                view! {
                                    <option
                                        value=r.id.clone()
                                        prop:selected=move || draft.with(|d| d.round_type == v)
                                    >
                                        {r.title.clone()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </Field>
            </div>
            <div class="field-row">
                <Field name="company" label="Company" errors=errors>
                    <input
                        id="own-company"
                        type="text"
                        list="own-companies"
                        autocomplete="off"
                        data-testid="own-company"
                        aria-invalid=move || invalid("company")
                        aria-describedby=move || described("company")
                        prop:value=move || draft.with(|d| d.company.clone())
                        on:input=set(|d, v| d.company = v)
                    />
                    <datalist id="own-companies">
                        {companies
                            .into_iter()
                            .map(|c| view! { <option value=c.to_string()></option> })
                            .collect_view()}
                    </datalist>
                </Field>
                <Field name="year" label="Year asked" errors=errors>
                    <input
                        id="own-year"
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        data-testid="own-year"
                        aria-invalid=move || invalid("year")
                        aria-describedby=move || described("year")
                        prop:value=move || draft.with(|d| d.year.clone())
                        on:input=set(|d, v| d.year = v)
                    />
                </Field>
            </div>
            <Field name="answer_url" label="Link to an answer" errors=errors>
                <input
                    id="own-answer_url"
                    type="url"
                    placeholder="https://"
                    data-testid="own-url"
                    aria-invalid=move || invalid("answer_url")
                    aria-describedby=move || described("answer_url")
                    prop:value=move || draft.with(|d| d.answer_url.clone())
                    on:input=set(|d, v| d.answer_url = v)
                />
            </Field>
            <Field name="key_points" label="Key points" errors=errors>
                <p class="muted small" id="own-key-points-hint">
                    "One per line: what a strong answer covers."
                </p>
                <textarea
                    id="own-key_points"
                    rows="5"
                    data-testid="own-points"
                    aria-invalid=move || invalid("key_points")
                    aria-describedby=move || {
                        described("key_points")
                            .map_or(
                                "own-key-points-hint".to_string(),
                                |e| format!("own-key-points-hint {e}"),
                            )
                    }
                    prop:value=move || draft.with(|d| d.key_points.clone())
                    on:input=set(|d, v| d.key_points = v)
                ></textarea>
            </Field>
            <p class="actions">
                <button type="submit" class="button" data-testid="own-save">
                    {if editing.with_value(Option::is_some) {
                        "Save changes"
                    } else {
                        "Add question"
                    }}
                </button>
            </p>
        </form>
    }
}

/// "My questions" first, then the user's sections, then the guide's.
fn section_options(cat: &Catalog) -> Vec<(String, String)> {
    let mut out = vec![(OWN_SECTION_ID.to_string(), OWN_SECTION_TITLE.to_string())];
    let (own, guide): (Vec<_>, Vec<_>) = cat
        .sections
        .iter()
        .filter(|s| s.id != OWN_SECTION_ID)
        .partition(|s| s.kind == crate::domain::own_questions::OWN_SECTION_KIND);
    out.extend(
        own.into_iter()
            .chain(guide)
            .map(|s| (s.id.clone(), s.title.clone())),
    );
    out
}

/// The message for `field`, if it is wrong.
fn message(errors: RwSignal<Vec<FieldError>>, field: &str) -> Option<String> {
    errors.with(|e| {
        e.iter()
            .find(|f| f.field == field)
            .map(|f| f.message.clone())
    })
}

/// One labelled field of the form (its control has the id `own-{name}`), with its error
/// under it when it is wrong.
#[component]
fn Field(
    name: &'static str,
    label: &'static str,
    errors: RwSignal<Vec<FieldError>>,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=format!("own-{name}")>{label}</label>
            {children()}
            {move || {
                message(errors, name)
                    .map(|m| {
                        view! {
                            <p class="field-error" id=format!("{name}-error")>
                                {m}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
