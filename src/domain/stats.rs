//! Dashboard figures. Pure functions of the catalog, the progress, `now_ms` and the user's
//! UTC offset (`tz_offset_minutes`, see [`calendar`](super::calendar) for its sign).
//! Day boundaries are local midnights.

use super::calendar::{self, Date};
use super::catalog::Catalog;
use super::progress::{Progress, Rating, StatusCounts};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Number of days in the heat map: 26 weeks, ending today.
pub const HEAT_MAP_DAYS: usize = 182;

/// How far the user is through one catalog section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SectionCompletion {
    pub section_id: String,
    pub title: String,
    /// Questions in the section.
    pub total: usize,
    /// Those questions by status (untouched questions count as New).
    pub counts: StatusCounts,
}

impl SectionCompletion {
    /// Share of the section marked Confident, 0.0..=1.0 (0.0 for an empty section).
    pub fn completed_fraction(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.counts.confident as f64 / self.total as f64
        }
    }

    /// Questions the user has started (Practicing or Confident).
    pub fn started(&self) -> usize {
        self.counts.practicing + self.counts.confident
    }
}

/// Completion of every catalog section, in catalog order.
pub fn section_completion(catalog: &Catalog, progress: &Progress) -> Vec<SectionCompletion> {
    catalog
        .sections
        .iter()
        .map(|section| {
            let mut counts = StatusCounts::default();
            for q in catalog.questions.iter().filter(|q| q.section == section.id) {
                counts.add(progress.status(&q.id));
            }
            SectionCompletion {
                section_id: section.id.clone(),
                title: section.title.clone(),
                total: counts.total(),
                counts,
            }
        })
        .collect()
}

/// Catalog questions by status. Progress for ids no longer in the catalog is not counted.
pub fn status_counts(catalog: &Catalog, progress: &Progress) -> StatusCounts {
    let mut counts = StatusCounts::default();
    for q in &catalog.questions {
        counts.add(progress.status(&q.id));
    }
    counts
}

/// Reviews due before the next local midnight (overdue ones included).
pub fn due_today(progress: &Progress, now_ms: i64, tz_offset_minutes: i32) -> usize {
    let today = calendar::local_day(now_ms, tz_offset_minutes);
    let tomorrow_starts = calendar::day_start_ms(today.saturating_add(1), tz_offset_minutes);
    progress
        .questions
        .values()
        .filter_map(|q| q.review.as_ref())
        .filter(|r| r.due_ms < tomorrow_starts)
        .count()
}

/// Runs of consecutive local days with at least one rating.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Streaks {
    /// The run ending today, or ending yesterday when nothing is rated yet today
    /// (a streak is not broken until the day is over). 0 otherwise.
    pub current: u32,
    /// The longest run ever, today included.
    pub longest: u32,
}

/// Current and longest streak. Ratings dated after today (a wrong clock) are ignored.
pub fn streaks(progress: &Progress, now_ms: i64, tz_offset_minutes: i32) -> Streaks {
    let today = calendar::local_day(now_ms, tz_offset_minutes);
    let days: BTreeSet<i64> = rating_times(progress)
        .map(|ms| calendar::local_day(ms, tz_offset_minutes))
        .filter(|day| *day <= today)
        .collect();

    let mut longest = 0u32;
    let mut run = 0u32;
    let mut previous: Option<i64> = None;
    for &day in &days {
        run = match previous {
            Some(p) if p + 1 == day => run.saturating_add(1),
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(day);
    }

    let end = if days.contains(&today) {
        today
    } else {
        today - 1
    };
    let mut current = 0u32;
    let mut day = end;
    while days.contains(&day) {
        current = current.saturating_add(1);
        day -= 1;
    }
    Streaks { current, longest }
}

/// Ratings per local day over the last [`HEAT_MAP_DAYS`] days, oldest first; the last
/// cell is today. The grid is not padded to whole weeks: a view that draws week columns
/// starts the first column at [`HeatMap::first_weekday`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HeatMap {
    /// Day number (see [`calendar`](super::calendar)) of `counts[0]`.
    pub first_day: i64,
    pub counts: Vec<u32>,
}

impl HeatMap {
    /// Weekday of the first cell: 0 = Monday .. 6 = Sunday.
    pub fn first_weekday(&self) -> u8 {
        calendar::weekday(self.first_day)
    }

    /// The calendar date of cell `index`.
    pub fn date(&self, index: usize) -> Date {
        calendar::date_of_day(self.first_day.saturating_add(index as i64))
    }

    /// The largest count, for scaling colours (0 when there is no activity).
    pub fn max(&self) -> u32 {
        self.counts.iter().copied().max().unwrap_or(0)
    }
}

/// The heat map of ratings for the 182 local days ending today.
pub fn heat_map(progress: &Progress, now_ms: i64, tz_offset_minutes: i32) -> HeatMap {
    let today = calendar::local_day(now_ms, tz_offset_minutes);
    let first_day = today - (HEAT_MAP_DAYS as i64 - 1);
    let mut counts = vec![0u32; HEAT_MAP_DAYS];
    for ms in rating_times(progress) {
        let offset = calendar::local_day(ms, tz_offset_minutes) - first_day;
        if let Ok(i) = usize::try_from(offset)
            && let Some(cell) = counts.get_mut(i)
        {
            *cell = cell.saturating_add(1);
        }
    }
    HeatMap { first_day, counts }
}

/// How many times each rating was given.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingCounts {
    pub again: usize,
    pub hard: usize,
    pub good: usize,
    pub easy: usize,
}

impl RatingCounts {
    pub fn get(&self, rating: Rating) -> usize {
        match rating {
            Rating::Again => self.again,
            Rating::Hard => self.hard,
            Rating::Good => self.good,
            Rating::Easy => self.easy,
        }
    }

    pub fn total(&self) -> usize {
        self.again + self.hard + self.good + self.easy
    }
}

/// Distribution of all ratings ever given.
pub fn rating_distribution(progress: &Progress) -> RatingCounts {
    let mut c = RatingCounts::default();
    for e in progress.questions.values().flat_map(|q| &q.ratings) {
        match e.rating {
            Rating::Again => c.again += 1,
            Rating::Hard => c.hard += 1,
            Rating::Good => c.good += 1,
            Rating::Easy => c.easy += 1,
        }
    }
    c
}

/// Everything the dashboard shows, computed at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    pub sections: Vec<SectionCompletion>,
    pub status: StatusCounts,
    pub due_today: usize,
    pub streaks: Streaks,
    pub heat_map: HeatMap,
    pub ratings: RatingCounts,
}

pub fn dashboard(
    catalog: &Catalog,
    progress: &Progress,
    now_ms: i64,
    tz_offset_minutes: i32,
) -> Dashboard {
    Dashboard {
        sections: section_completion(catalog, progress),
        status: status_counts(catalog, progress),
        due_today: due_today(progress, now_ms, tz_offset_minutes),
        streaks: streaks(progress, now_ms, tz_offset_minutes),
        heat_map: heat_map(progress, now_ms, tz_offset_minutes),
        ratings: rating_distribution(progress),
    }
}

fn rating_times(progress: &Progress) -> impl Iterator<Item = i64> + '_ {
    progress
        .questions
        .values()
        .flat_map(|q| q.ratings.iter().map(|e| e.at_ms))
}
