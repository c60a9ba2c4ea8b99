//! Adding one of the user's own questions (`/questions/new`) and changing one
//! (`/q/<id>/edit`).

use crate::components::not_found::NotFound;
use crate::components::own_question_form::OwnQuestionForm;
use crate::domain::own_questions::is_own;
use crate::platform::web::{href, set_title};
use crate::stores::own::use_own;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

/// Opens the saved question's page.
fn open_question() -> Callback<String> {
    let navigate = use_navigate();
    Callback::new(move |id: String| navigate(&format!("/q/{id}"), Default::default()))
}

#[component]
pub fn NewQuestionPage() -> impl IntoView {
    set_title("Add your own question");
    view! {
        <h1>"Add your own question"</h1>
        <p class="lead">
            "A question a recruiter hinted at, one a friend was asked, your team's own topics: it is practised, reviewed and drawn in mock interviews like the guide's."
        </p>
        <OwnQuestionForm editing=None saved=open_question() />
        <p>
            <a href=href("/browse")>"Cancel"</a>
        </p>
    }
}

#[component]
pub fn EditQuestionPage() -> impl IntoView {
    let params = use_params_map();
    let store = use_own();
    let saved = open_question();
    move || {
        let id = params.with(|p| p.get("id").unwrap_or_default());
        let known = is_own(&id) && store.doc.with_untracked(|d| d.get(&id).is_some());
        if !known {
            return view! { <NotFound /> }.into_any();
        }
        set_title("Edit your question");
        let back = href(&format!("/q/{id}"));
        view! {
            <h1>"Edit your question"</h1>
            <OwnQuestionForm editing=Some(id) saved=saved />
            <p>
                <a href=back>"Cancel"</a>
            </p>
        }
        .into_any()
    }
}
