//! The router, the routes and the context every page reads.

use crate::components::shortcuts::{FocusOnNavigate, Shortcuts};
use crate::components::site_header::{SiteFooter, SiteHeader};
use crate::components::storage_banner::StorageBanner;
use crate::domain::catalog::Catalog;
use crate::file_mode::FileModeRouting;
use crate::key_points::KeyPoints;
use crate::pages::{
    browse::BrowsePage, companies::CompaniesPage, company::CompanyPage, dashboard::DashboardPage,
    data::DataPage, home::HomePage, interview_history::InterviewHistoryPage,
    interview_report::InterviewReportPage, interview_run::InterviewRunPage,
    interview_setup::InterviewSetupPage, not_found::NotFound, question::QuestionPage,
    review::ReviewPage, tips::TipsPage,
};
use crate::stores::interview::InterviewStore;
use crate::stores::progress::ProgressStore;
use crate::stores::status::StorageStatus;
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

/// The catalog, embedded at compile time (minified by `build.rs`).
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.min.json"));

/// The catalog shared with every page. It lives for the whole session.
#[derive(Clone, Copy)]
pub struct CatalogCtx(pub &'static Catalog);

/// The catalog, from context.
pub fn use_catalog() -> &'static Catalog {
    expect_context::<CatalogCtx>().0
}

/// Moves focus to the main content without touching the URL (a `<base>` is set).
fn skip_to_main(ev: leptos::ev::MouseEvent) {
    ev.prevent_default();
    crate::web::focus_id("main");
}

#[component]
pub fn App() -> impl IntoView {
    let catalog = match Catalog::from_json(CATALOG_JSON) {
        Ok(c) => c,
        Err(e) => {
            return view! {
                <div class="fatal" role="alert">
                    <p><strong>"The question catalog could not be read."</strong></p>
                    <p>{e.to_string()}</p>
                </div>
            }
            .into_any();
        }
    };
    provide_context(CatalogCtx(Box::leak(Box::new(catalog))));
    KeyPoints::provide();
    let status = StorageStatus::provide();
    ProgressStore::provide(status);
    InterviewStore::provide(status);
    view! {
        <Router base=crate::web::base_path()>
            <FileModeRouting/>
            <a class="skip-link" href="#main" rel="external" on:click=skip_to_main>"Skip to content"</a>
            <SiteHeader/>
            <Shortcuts/>
            <FocusOnNavigate/>
            <div class="wrap"><StorageBanner/></div>
            <main id="main" class="wrap" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/browse") view=BrowsePage/>
                    <Route path=path!("/q/:id") view=QuestionPage/>
                    <Route path=path!("/companies") view=CompaniesPage/>
                    <Route path=path!("/companies/:id") view=CompanyPage/>
                    <Route path=path!("/tips") view=TipsPage/>
                    <Route path=path!("/review") view=ReviewPage/>
                    <Route path=path!("/progress") view=DashboardPage/>
                    <Route path=path!("/data") view=DataPage/>
                    <Route path=path!("/interview") view=InterviewSetupPage/>
                    <Route path=path!("/interview/run") view=InterviewRunPage/>
                    <Route path=path!("/interview/report/:id") view=InterviewReportPage/>
                    <Route path=path!("/interview/history") view=InterviewHistoryPage/>
                </Routes>
            </main>
            <SiteFooter/>
        </Router>
    }
    .into_any()
}
