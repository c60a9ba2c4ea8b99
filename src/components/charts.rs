//! Small SVG charts drawn by the app. Colours come from CSS variables, so they follow light
//! and dark mode; every chart has a text alternative.

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
