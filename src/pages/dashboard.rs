//! Progress dashboard: completion per section, statuses, due today, streaks, activity and
//! the ratings given.

use crate::components::charts::{ActivityHeatMap, Bar, BarChart};
use crate::domain::progress::Rating;
use crate::domain::stats::dashboard;
use crate::platform::clock::{now_ms, tz_offset_minutes};
use crate::platform::web::{href, set_title};
use crate::stores::catalog::use_catalog;
use crate::stores::progress::use_progress;
use leptos::prelude::*;

#[component]
pub fn DashboardPage() -> impl IntoView {
    let cat = use_catalog();
    let store = use_progress();
    set_title("Your progress");
    let data = Memo::new(move |_| {
        store
            .progress
            .with(|p| dashboard(cat, p, now_ms(), tz_offset_minutes()))
    });
    move || {
        let d = data.get();
        let section_bars: Vec<Bar> = d
            .sections
            .iter()
            .map(|s| Bar {
                label: s.title.clone(),
                value: s.counts.confident as f64,
                text: format!("{} / {}", s.counts.confident, s.total),
            })
            .collect();
        let section_max = d.sections.iter().map(|s| s.total).max().unwrap_or(1) as f64;
        let section_summary = d
            .sections
            .iter()
            .map(|s| {
                format!(
                    "{}: {} of {} confident",
                    s.title, s.counts.confident, s.total
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        let rating_bars: Vec<Bar> = Rating::ALL
            .iter()
            .map(|r| Bar {
                label: r.label().to_string(),
                value: d.ratings.get(*r) as f64,
                text: d.ratings.get(*r).to_string(),
            })
            .collect();
        let rating_max = Rating::ALL
            .iter()
            .map(|r| d.ratings.get(*r))
            .max()
            .unwrap_or(0) as f64;
        let rating_summary = format!(
            "Ratings given: Again {}, Hard {}, Good {}, Easy {}.",
            d.ratings.again, d.ratings.hard, d.ratings.good, d.ratings.easy
        );
        view! {
            <h1>"Your progress"</h1>
            <ul class="stats" data-testid="dashboard-stats">
                <li>
                    <a href=href("/browse?status=confident")>
                        <strong>{d.status.confident}</strong>
                        " confident"
                    </a>
                </li>
                <li>
                    <a href=href("/browse?status=practicing")>
                        <strong>{d.status.practicing}</strong>
                        " practicing"
                    </a>
                </li>
                <li>
                    <a href=href("/browse?status=new")>
                        <strong>{d.status.new}</strong>
                        " new"
                    </a>
                </li>
                <li>
                    <a href=href("/review")>
                        <strong data-testid="due-today">{d.due_today}</strong>
                        " due today"
                    </a>
                </li>
                <li>
                    <span class="stat">
                        <strong data-testid="streak">{d.streaks.current}</strong>
                        {format!(" day streak (longest {})", d.streaks.longest)}
                    </span>
                </li>
            </ul>
            <div class="two-col">
                <section aria-labelledby="completion-title">
                    <h2 id="completion-title">"Confident per section"</h2>
                    <BarChart
                        bars=section_bars
                        max=section_max
                        summary=section_summary
                        testid="section-chart"
                    />
                </section>
                <section aria-labelledby="ratings-title">
                    <h2 id="ratings-title">"Ratings given"</h2>
                    {if d.ratings.total() == 0 {
                        view! {
                            <p class="muted">
                                "No ratings yet. Rate a question after you practise it."
                            </p>
                        }
                            .into_any()
                    } else {
                        view! {
                            <BarChart
                                bars=rating_bars
                                max=rating_max
                                summary=rating_summary
                                testid="rating-chart"
                            />
                        }
                            .into_any()
                    }}
                </section>
            </div>
            <section aria-labelledby="activity-title">
                <h2 id="activity-title">"Activity"</h2>
                <ActivityHeatMap map=d.heat_map.clone() />
            </section>
            <p>
                <a href=href("/data")>"Export, import or reset your progress"</a>
            </p>
        }
    }
}
