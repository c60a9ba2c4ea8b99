//! The router and the routes; the stores every page reads are provided here.

use crate::components::not_found::NotFound;
use crate::components::shortcuts::{FocusOnNavigate, Shortcuts};
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::components::storage_banner::StorageBanner;
use crate::pages::home::HomePage;
#[cfg(not(feature = "split"))]
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
use crate::platform::file_mode::FileModeRouting;
use crate::stores::catalog::CatalogCtx;
use crate::stores::key_points::KeyPoints;
use crate::stores::progress::ProgressStore;
use crate::stores::status::StorageStatus;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The view of a page's route: the page itself, or in the route-split build the lazy route
/// that loads the page's code first (see `lazy_pages`).
#[cfg(not(feature = "split"))]
macro_rules! page {
    ($page:ident, $lazy:ident) => {
        $page
    };
}
#[cfg(feature = "split")]
macro_rules! page {
    ($page:ident, $lazy:ident) => {
        leptos_router::Lazy::<crate::split::lazy_pages::$lazy>::new()
    };
}

/// Moves focus to the main content without touching the URL (a `<base>` is set).
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::platform::web::focus_id("main");
}

#[component]
pub fn App() -> impl IntoView {
    if let Err(e) = CatalogCtx::provide() {
        return view! {
            <div class="fatal" role="alert">
                <p>
                    <strong>"The question catalog could not be read."</strong>
                </p>
                <p>{e.to_string()}</p>
            </div>
        }
        .into_any();
    }
    KeyPoints::provide();
    let status = StorageStatus::provide();
    ProgressStore::provide(status);
    crate::stores::own::OwnStore::provide(status);
    let own_ready = crate::stores::own::use_own().ready;
    crate::stores::provide_store_home();
    view! {
        <Router base=crate::platform::web::base_path()>
            <FileModeRouting />
            <a class="skip-link" href="#main" rel="external" on:click=skip_to_main>
                "Skip to content"
            </a>
            <SiteHeader />
            <Shortcuts />
            <FocusOnNavigate />
            <div class="wrap">
                <StorageBanner />
            </div>
            <main id="main" class="wrap" tabindex="-1">
                // Pages wait for the user's own questions, which every page may list.
                <Show when=move || own_ready.get()>
                    <Routes fallback=|| view! { <NotFound /> }>
                        <Route path=path!("/") view=HomePage />
                        <Route path=path!("/browse") view=page!(BrowsePage, Browse) />
                        <Route path=path!("/q/:id") view=page!(QuestionPage, Question) />
                        <Route
                            path=path!("/q/:id/edit")
                            view=page!(EditQuestionPage, EditQuestion)
                        />
                        <Route path=path!("/lists") view=page!(ListsPage, Lists) />
                        <Route
                            path=path!("/questions/new")
                            view=page!(NewQuestionPage, NewQuestion)
                        />
                        <Route path=path!("/companies") view=page!(CompaniesPage, Companies) />
                        <Route path=path!("/companies/:id") view=page!(CompanyPage, Company) />
                        <Route path=path!("/tips") view=page!(TipsPage, Tips) />
                        <Route path=path!("/today") view=page!(TodayPage, Today) />
                        // The daily practice's former address, kept for bookmarks.
                        <Route path=path!("/review") view=page!(TodayPage, Today) />
                        <Route path=path!("/plan") view=page!(PlanPage, Plan) />
                        <Route path=path!("/progress") view=page!(DashboardPage, Dashboard) />
                        <Route path=path!("/data") view=page!(DataPage, Data) />
                        <Route
                            path=path!("/interview")
                            view=page!(InterviewSetupPage, InterviewSetup)
                        />
                        <Route
                            path=path!("/interview/run")
                            view=page!(InterviewRunPage, InterviewRun)
                        />
                        <Route
                            path=path!("/interview/report/:id")
                            view=page!(InterviewReportPage, InterviewReport)
                        />
                        <Route
                            path=path!("/interview/history")
                            view=page!(InterviewHistoryPage, InterviewHistory)
                        />
                    </Routes>
                </Show>
            </main>
            <SiteFooter />
        </Router>
    }
    .into_any()
}
