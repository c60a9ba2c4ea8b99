//! The route-split build (`--features split`, made by `scripts/split-wasm.mjs`): every page
//! but home is a lazy route, so the first load carries only the shell and the home page.
//!
//! Pages load in four groups, each one split point: the catalog pages, the practice pages,
//! the mock-interview pages, and the user's own questions and lists. A group's code arrives the first time one of its pages
//! opens. (One split point per page would cut the wasm into some 150 files, and a first
//! visit to Browse would wait for 80 of them.)
//!
//! Only that build may use this module: a split point links against imports that the
//! splitter provides, so the unsplit builds (tests, the single file) route to the pages
//! directly.

use crate::pages::{
    browse::BrowsePage,
    companies::CompaniesPage,
    company::CompanyPage,
    dashboard::DashboardPage,
    data::DataPage,
    interview_history::InterviewHistoryPage,
    interview_report::InterviewReportPage,
    interview_run::InterviewRunPage,
    interview_setup::InterviewSetupPage,
    lists::ListsPage,
    own_question::{EditQuestionPage, NewQuestionPage},
    plan::PlanPage,
    question::QuestionPage,
    tips::TipsPage,
    today::TodayPage,
};
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use leptos_router::LazyRoute;

/// `page_group!(loader, Group { Route => Page, ... })`: one split point, `loader`, that
/// renders any page of the group, and for each page a lazy route `Route` that loads the
/// group and shows `Page`, or a way to try again when the group's code cannot be fetched.
macro_rules! page_group {
    ($loader:ident, $group:ident { $($route:ident => $page:ident),+ $(,)? }) => {
        pub enum $group {
            $($route),+
        }

        #[leptos::wasm_split::wasm_split($loader, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $loader(page: $group) -> Result<AnyView, SplitLoaderError> {
            Ok(match page {
                $($group::$route => view! { <$page/> }.into_any()),+
            })
        }

        $(
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(_this: Self) -> AnyView {
                    // Behind a prerendered copy, the group's code is set up in a task of
                    // its own after the app's shell, and the page drawn in the next.
                    let behind = crate::platform::boot::behind_copy();
                    if behind {
                        crate::platform::web::next_task().await;
                    }
                    let page = $loader($group::$route).await;
                    if behind {
                        crate::platform::web::next_task().await;
                    }
                    match page {
                        Ok(page) => view! { {page} <Drawn/> }.into_any(),
                        Err(_) => view! { <PageLoadFailed/> <Drawn/> }.into_any(),
                    }
                }
            }
        )+
    };
}

/// Marks the route's page as drawn: a prerendered copy of it gives way to the app.
#[component]
fn Drawn() -> impl IntoView {
    Effect::new(|_| crate::platform::boot::reveal());
}

/// Shown in place of a page whose code could not be fetched (offline before the app was
/// stored for offline use, or the site was updated meanwhile).
#[component]
fn PageLoadFailed() -> impl IntoView {
    let reload = |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    };
    view! {
        <div class="notice" role="alert" data-testid="page-load-failed">
            <h1>"This page could not be loaded"</h1>
            <p>
                "Its part of the app did not download: you may be offline, or the app was just \
                 updated. Your progress is saved in this browser and is not affected."
            </p>
            <button type="button" class="button" on:click=reload>
                "Try again"
            </button>
        </div>
    }
}

page_group!(catalog_pages, CatalogPages {
    Browse => BrowsePage,
    Question => QuestionPage,
    Companies => CompaniesPage,
    Company => CompanyPage,
    Tips => TipsPage,
});

page_group!(practice_pages, PracticePages {
    Today => TodayPage,
    Plan => PlanPage,
    Dashboard => DashboardPage,
    Data => DataPage,
});

page_group!(interview_pages, InterviewPages {
    InterviewSetup => InterviewSetupPage,
    InterviewRun => InterviewRunPage,
    InterviewReport => InterviewReportPage,
    InterviewHistory => InterviewHistoryPage,
});

page_group!(own_pages, OwnPages {
    NewQuestion => NewQuestionPage,
    EditQuestion => EditQuestionPage,
    Lists => ListsPage,
});
