//! Small SVG charts drawn by the app. Colours come from CSS variables, so they follow light
//! and dark mode; every chart has a text alternative.

use crate::domain::calendar::date_of_day;
use crate::domain::plan::DayLoad;
use crate::domain::stats::HeatMap;
use leptos::prelude::*;

/// One bar of a horizontal bar chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    /// What is written at the end of the bar, e.g. "4 / 10".
    pub text: String,
}

/// Horizontal bars scaled to `max`, with labels above each bar.
#[component]
pub fn BarChart(
    bars: Vec<Bar>,
    max: f64,
    summary: String,
    #[prop(optional)] testid: &'static str,
) -> impl IntoView {
    const ROW: f64 = 34.0;
    let height = ROW * bars.len() as f64 + 4.0;
    let max = if max > 0.0 { max } else { 1.0 };
    view! {
        <figure class="chart" data-testid=testid>
            <svg
                class="bars"
                viewBox=format!("0 0 300 {height}")
                role="img"
                aria-label=summary.clone()
                preserveAspectRatio="xMinYMin meet"
            >
                {bars
                    .into_iter()
                    .enumerate()
                    .map(|(i, b)| {
                        let y = i as f64 * ROW;
                        let w = (b.value / max).clamp(0.0, 1.0) * 236.0;
                        view! {
                            <g>
                                <text x="0" y=y + 11.0 class="chart-label">
                                    {b.label.clone()}
                                </text>
                                <rect
                                    x="0"
                                    y=y + 15.0
                                    width="236"
                                    height="12"
                                    rx="3"
                                    class="bar-track"
                                />
                                <rect
                                    x="0"
                                    y=y + 15.0
                                    width=format!("{w:.1}")
                                    height="12"
                                    rx="3"
                                    class="bar-fill"
                                />
                                <text x="242" y=y + 25.0 class="chart-value">
                                    {b.text.clone()}
                                </text>
                            </g>
                        }
                    })
                    .collect_view()}
            </svg>
            <figcaption class="sr-only">{summary}</figcaption>
        </figure>
    }
}

/// A GitHub-style calendar: one column per week, Monday at the top.
#[component]
pub fn ActivityHeatMap(map: HeatMap) -> impl IntoView {
    const CELL: usize = 12;
    let offset = map.first_weekday() as usize;
    let weeks = (offset + map.counts.len()).div_ceil(7);
    let max = map.max().max(1);
    let active_days = map.counts.iter().filter(|c| **c > 0).count();
    let total: u32 = map.counts.iter().sum();
    let summary = format!(
        "Activity over the last 26 weeks: {total} rating{} on {active_days} day{}.",
        if total == 1 { "" } else { "s" },
        if active_days == 1 { "" } else { "s" }
    );
    let cells = map
        .counts
        .iter()
        .enumerate()
        .map(|(i, &count)| {
            let slot = offset + i;
            let (x, y) = ((slot / 7) * CELL, (slot % 7) * CELL);
            let level = if count == 0 {
                0
            } else {
                1 + (3 * (count - 1)) / max
            };
            let title = format!(
                "{}: {count} rating{}",
                map.date(i),
                if count == 1 { "" } else { "s" }
            );
            view! {
                <rect
                    x=x
                    y=y
                    width="10"
                    height="10"
                    rx="2"
                    class=format!("heat heat-{}", level.min(4))
                >
                    <title>{title}</title>
                </rect>
            }
        })
        .collect_view();
    view! {
        <figure class="chart heatmap" data-testid="heatmap">
            <svg
                viewBox=format!("0 0 {} {}", weeks * CELL, 7 * CELL)
                role="img"
                aria-label=summary.clone()
            >
                {cells}
            </svg>
            <figcaption class="muted small">{summary}</figcaption>
        </figure>
    }
}

/// The daily workload ahead: one column per day, reviews below and new questions above,
/// scaled to the busiest day; the interviews' days are marked.
#[component]
pub fn ForecastChart(days: Vec<DayLoad>, interviews: Vec<i64>) -> impl IntoView {
    const W: f64 = 10.0;
    const H: f64 = 80.0;
    let max = days.iter().map(|d| d.minutes).fold(0.0, f64::max).max(1.0);
    let total_min: f64 = days.iter().map(|d| d.minutes).sum();
    let reviews: u32 = days.iter().map(|d| d.reviews).sum();
    let new: u32 = days.iter().map(|d| d.new).sum();
    let busiest = days
        .iter()
        .max_by(|a, b| a.minutes.total_cmp(&b.minutes))
        .filter(|d| d.minutes > 0.0)
        .map(|d| {
            format!(
                " The busiest day is {} ({:.0} min).",
                date_of_day(d.day),
                d.minutes
            )
        })
        .unwrap_or_default();
    let summary = format!(
        "Next {} days: {reviews} reviews and {new} new questions, about {:.0} minutes a day on \
         average.{busiest}",
        days.len(),
        total_min / days.len().max(1) as f64
    );
    let per_minute = H / max;
    let cols = days
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let x = i as f64 * W;
            let review_min = if d.reviews + d.new == 0 {
                0.0
            } else {
                d.minutes * f64::from(d.reviews) / f64::from(d.reviews + d.new).max(1.0)
            };
            // The split by count is an approximation of the split by minutes; the column's
            // height is the day's estimated minutes.
            let rh = review_min * per_minute;
            let nh = (d.minutes - review_min).max(0.0) * per_minute;
            let interview = interviews.contains(&d.day);
            let title = format!(
                "{}: {} review{}, {} new, about {:.0} min{}",
                date_of_day(d.day),
                d.reviews,
                if d.reviews == 1 { "" } else { "s" },
                d.new,
                d.minutes,
                if interview { " (interview)" } else { "" }
            );
            view! {
                <g>
                    <title>{title}</title>
                    {interview
                        .then(|| {
                            view! { <rect x=x y="0" width=W height=H class="forecast-interview" /> }
                        })}
                    <rect x=x + 1.0 y=H - rh width=W - 2.0 height=rh class="forecast-review" />
                    <rect x=x + 1.0 y=H - rh - nh width=W - 2.0 height=nh class="forecast-new" />
                </g>
            }
        })
        .collect_view();
    view! {
        <figure class="chart forecast" data-testid="forecast">
            <svg
                viewBox=format!("0 0 {} {H}", W * days.len() as f64)
                role="img"
                aria-label=summary.clone()
                preserveAspectRatio="none"
            >
                {cols}
            </svg>
            <figcaption class="muted small">
                <span class="key key-review">"Reviews"</span>
                " "
                <span class="key key-new">"New questions"</span>
                " "
                <span class="key key-interview">"Interview"</span>
                " · "
                {summary}
            </figcaption>
        </figure>
    }
}
