//! Overall interview score over time, drawn as an SVG line, oldest on the left. Its caption,
//! which describes it to screen readers too, sums it up; the history table has every value.

use crate::domain::history::InterviewSummary;
use crate::platform::clock::day_text;
use leptos::prelude::*;

const W: i32 = 600;
const H: i32 = 200;
/// Room for the axis labels on the left and at the bottom.
const LEFT: i32 = 52;
const BOTTOM: i32 = 24;
const TOP: i32 = 10;
const RIGHT: i32 = 14;

/// Height of a score (0-100, more is drawn as 100) in the plot. Whole pixels: no float
/// formatting code in the wasm.
fn y_of(score: u8) -> i32 {
    TOP + (H - TOP - BOTTOM) * (100 - i32::from(score.min(100))) / 100
}

/// Where each score sits, given in oldest-first order.
fn points(scores: &[u8]) -> Vec<(i32, i32)> {
    let n = i32::try_from(scores.len()).unwrap_or(i32::MAX);
    let span = W - LEFT - RIGHT;
    scores
        .iter()
        .zip(0..)
        .map(|(&s, i)| {
            let x = if n <= 1 {
                LEFT + span / 2
            } else {
                LEFT + span * i / (n - 1)
            };
            (x, y_of(s))
        })
        .collect()
}

/// `entries` newest first, as the history keeps them.
#[component]
pub fn ScoreChart(entries: Vec<InterviewSummary>) -> impl IntoView {
    let oldest_first: Vec<&InterviewSummary> = entries.iter().rev().collect();
    let scores: Vec<u8> = oldest_first.iter().map(|e| e.overall).collect();
    let pts = points(&scores);
    let line = pts
        .iter()
        .map(|(x, y)| format!("{x},{y}"))
        .collect::<Vec<_>>()
        .join(" ");
    let summary = match (oldest_first.first(), oldest_first.last()) {
        (Some(a), Some(b)) => format!(
            "{} interview{}: from {} on {} to {} on {}; best {}.",
            scores.len(),
            if scores.len() == 1 { "" } else { "s" },
            a.overall,
            day_text(Some(a.started_ms)),
            b.overall,
            day_text(Some(b.started_ms)),
            scores.iter().max().copied().unwrap_or(0)
        ),
        _ => "No interviews yet.".into(),
    };
    let first_day = oldest_first.first().map(|e| day_text(Some(e.started_ms)));
    let last_day = oldest_first.last().map(|e| day_text(Some(e.started_ms)));
    let dots = pts
        .iter()
        .zip(&oldest_first)
        .map(|(&(x, y), e)| {
            let tip = format!(
                "{}: {} on {}",
                e.label,
                e.overall,
                day_text(Some(e.started_ms))
            );
            view! {
                <circle cx=x.to_string() cy=y.to_string() r="5" class="dot">
                    <title>{tip}</title>
                </circle>
            }
        })
        .collect_view();
    let grid = [0u8, 50, 100]
        .into_iter()
        .map(|v| {
            let y = y_of(v);
            view! {
                <line
                    x1=LEFT.to_string()
                    x2=(W - RIGHT).to_string()
                    y1=y.to_string()
                    y2=y.to_string()
                    class="grid"
                />
                <text x=(LEFT - 8).to_string() y=(y + 4).to_string() text-anchor="end" class="axis">
                    {v}
                </text>
            }
        })
        .collect_view();
    view! {
        <figure class="score-chart" data-testid="score-chart">
            <svg
                viewBox=format!("0 0 {W} {H}")
                role="img"
                aria-labelledby="chart-title"
                aria-describedby="chart-desc"
            >
                <title id="chart-title">"Overall score over time"</title>
                {grid}
                <polyline points=line class="line" />
                {dots}
                <text x=LEFT.to_string() y=(H - 6).to_string() class="axis">
                    {first_day}
                </text>
                <text
                    x=(W - RIGHT).to_string()
                    y=(H - 6).to_string()
                    text-anchor="end"
                    class="axis"
                >
                    {last_day}
                </text>
            </svg>
            <figcaption id="chart-desc" class="muted" data-testid="chart-desc">
                {summary}
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_span_the_plot_and_scores_map_to_height() {
        let p = points(&[0, 100, 50]);
        let mid = LEFT + (W - LEFT - RIGHT) / 2;
        assert_eq!(p[0], (LEFT, H - BOTTOM), "oldest, 0: bottom left");
        assert_eq!(p[1], (mid, TOP), "100: top");
        assert_eq!(
            p[2],
            (W - RIGHT, TOP + (H - TOP - BOTTOM) / 2),
            "newest, 50: right"
        );
        // One interview sits in the middle; a score over 100 is drawn at 100.
        assert_eq!(points(&[200]), vec![(LEFT + (W - LEFT - RIGHT) / 2, TOP)]);
        assert!(points(&[]).is_empty());
    }
}
