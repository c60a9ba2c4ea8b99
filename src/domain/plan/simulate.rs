//! The plan, day by day: reviews as the schedule brings them back (each answered Good, the
//! usual outcome), and new questions filling what is left of each day's minutes. Today is
//! its first day; the workload forecast, what fits before each interview and the predicted
//! recall all come from the same run.

use super::select::{entries, order_new, practised_at, relevant_at, strength_of};
use super::times::{AnswerTimes, Kind};
use super::{Goal, Plans};
use crate::domain::calendar::{day_start_ms, local_day};
use crate::domain::catalog::Catalog;
use crate::domain::progress::{Progress, QuestionProgress, Rating};
use crate::domain::schedule::{ReviewState, next_state_with, retrievability};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// What the plan is built from.
pub struct PlanInput<'a> {
    pub catalog: &'a Catalog,
    pub progress: &'a Progress,
    pub plans: &'a Plans,
    pub now_ms: i64,
    pub tz_offset_minutes: i32,
}

/// One day of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DayLoad {
    /// Local day number.
    pub day: i64,
    pub reviews: u32,
    pub new: u32,
    /// Estimated minutes of both.
    pub minutes: f64,
}

/// What to practise today.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Today {
    /// Reviews due by the end of today, most overdue first. All of them: a review put off
    /// is harder tomorrow.
    pub reviews: Vec<String>,
    /// New questions for the interviews, best first, sized to the minutes left today.
    pub new: Vec<String>,
    /// Estimated minutes of the reviews and of the new questions.
    pub review_minutes: f64,
    pub new_minutes: f64,
    /// Minutes a day the nearest interview allows, and those already practised today;
    /// `None` when no interview is set.
    pub budget: Option<f64>,
    pub spent: f64,
    /// Questions answered today so far.
    pub done: usize,
}

impl Today {
    pub fn len(&self) -> usize {
        self.reviews.len() + self.new.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// How one interview stands.
#[derive(Debug, Clone, PartialEq)]
pub struct Outlook {
    pub goal_id: String,
    /// Local day number of the interview.
    pub day: i64,
    /// Days from today to the interview (0: today). Never negative: past interviews get none.
    pub days_left: i64,
    pub relevant: usize,
    pub practised: usize,
    /// Mean recall probability on the interview day over the relevant questions, as things
    /// stand (no more practice), and following the plan. A question never practised counts 0.
    pub recall_now: f64,
    pub recall_planned: f64,
    /// Relevant questions the plan does not reach before the interview, best first.
    pub left_out: Vec<String>,
}

impl Outlook {
    pub fn coverage(&self) -> f64 {
        if self.relevant == 0 {
            0.0
        } else {
            self.practised as f64 / self.relevant as f64
        }
    }
}

/// The plan from today: Today, a forecast of `days` days and each upcoming interview's
/// outlook.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    pub today: Today,
    pub forecast: Vec<DayLoad>,
    pub outlooks: Vec<Outlook>,
}

/// Hour of the day the simulation answers a day's questions at, and the interview's hour.
const PRACTICE_HOUR_MS: i64 = 9 * 3_600_000;

struct Card {
    state: ReviewState,
    kind: Kind,
}

pub fn build(input: &PlanInput, days: usize) -> Plan {
    let PlanInput {
        catalog: cat,
        progress,
        plans,
        now_ms,
        tz_offset_minutes: tz,
    } = *input;
    let times = &plans.times;
    let retention = plans.retention;
    let today = local_day(now_ms, tz);
    let goals: Vec<&Goal> = plans.upcoming(today);
    let horizon = goals
        .iter()
        .map(|g| g.day - today + 1)
        .max()
        .unwrap_or(0)
        .max(days as i64);
    let entries = entries(cat, progress);
    let kinds: Vec<Kind> = cat.questions.iter().map(Kind::of).collect();

    // Every scheduled question (by catalog position), by due time.
    let mut cards: Vec<Option<Card>> = Vec::with_capacity(cat.questions.len());
    let mut queue: BinaryHeap<Reverse<(i64, usize)>> = BinaryHeap::new();
    for (i, entry) in entries.iter().enumerate() {
        let state = entry.and_then(|p| p.review);
        if let Some(state) = state {
            queue.push(Reverse((state.due_ms, i)));
        }
        cards.push(state.map(|state| Card {
            state,
            kind: kinds[i],
        }));
    }
    // Per interview: its relevant questions and the new ones among them, best first.
    let strength = strength_of(cat, &entries);
    let per_goal: Vec<(Vec<usize>, Vec<usize>)> = goals
        .iter()
        .map(|g| {
            let relevant = relevant_at(cat, g);
            let new = order_new(cat, g, &entries, &relevant, &strength);
            (relevant, new)
        })
        .collect();
    // New questions, best first for the nearest interview, then the next.
    // Each is worth learning until the last interview it is relevant to.
    let mut seen: Vec<Option<usize>> = vec![None; cat.questions.len()];
    let mut fresh: Vec<(usize, i64)> = Vec::new();
    for (g, (_, new)) in goals.iter().zip(&per_goal) {
        for &i in new {
            if cards[i].is_some() {
                continue;
            }
            match seen[i] {
                Some(at) => fresh[at].1 = fresh[at].1.max(g.day),
                None => {
                    seen[i] = Some(fresh.len());
                    fresh.push((i, g.day));
                }
            }
        }
    }
    let (spent, done) = practised_on(&kinds, &entries, times, today, tz);

    let mut plan = Plan::default();
    let mut introduced: Vec<Option<i64>> = vec![None; cat.questions.len()];
    let mut recall_planned: Vec<f64> = vec![0.0; goals.len()];
    let mut next_fresh = 0;
    // Below this no new question fits in what is left of a day.
    let cheapest = Kind::ALL
        .iter()
        .map(|k| times.minutes(*k, true))
        .fold(f64::INFINITY, f64::min);
    // Reviews due after the last day planned are never answered in it.
    let last_end = day_start_ms(today + horizon, tz);
    for offset in 0..horizon {
        let day = today + offset;
        // Interviews on this day: recall as the plan leaves it, before the day's practice.
        for (k, (relevant, _)) in per_goal.iter().enumerate() {
            if goals[k].day == day {
                let at = day_start_ms(day, tz) + PRACTICE_HOUR_MS;
                recall_planned[k] = mean_recall(relevant, &cards, at);
            }
        }
        let start = day_start_ms(day, tz);
        let end = day_start_ms(day + 1, tz);
        let answer_at = (start + PRACTICE_HOUR_MS).max(now_ms.min(end - 1));
        let mut load = DayLoad {
            day,
            ..DayLoad::default()
        };
        while let Some(Reverse((due, i))) = queue.peek().copied() {
            if due >= end {
                break;
            }
            queue.pop();
            let Some(card) = cards[i].as_mut() else {
                continue;
            };
            let minutes = times.minutes(card.kind, false);
            if offset == 0 {
                plan.today.reviews.push(cat.questions[i].id.clone());
                plan.today.review_minutes += minutes;
            }
            load.reviews += 1;
            load.minutes += minutes;
            let at = answer_at.max(due);
            card.state = next_state_with(Some(&card.state), Rating::Good, at, retention);
            if card.state.due_ms < last_end {
                queue.push(Reverse((card.state.due_ms, i)));
            }
        }
        // What the interviews still ahead allow today, after the reviews.
        let budget = goals
            .iter()
            .filter(|g| g.day > day || (g.day == day && offset == 0))
            .map(|g| f64::from(g.minutes_per_day))
            .fold(None, |m: Option<f64>, x| Some(m.map_or(x, |m| m.max(x))));
        let used_before = if offset == 0 { spent } else { 0.0 };
        let mut left = budget.map_or(0.0, |b| b - used_before - load.minutes);
        let mut skipped = Vec::new();
        while next_fresh < fresh.len() && left >= cheapest {
            let (i, goal_day) = fresh[next_fresh];
            next_fresh += 1;
            if goal_day < day {
                continue;
            }
            let kind = kinds[i];
            let cost = times.minutes(kind, true);
            if cost > left {
                // Too long for what is left today: it waits for a day with room.
                skipped.push(next_fresh - 1);
                continue;
            }
            left -= cost;
            load.new += 1;
            load.minutes += cost;
            introduced[i] = Some(day);
            if offset == 0 {
                plan.today.new.push(cat.questions[i].id.clone());
                plan.today.new_minutes += cost;
            }
            let state = next_state_with(None, Rating::Good, answer_at, retention);
            if state.due_ms < last_end {
                queue.push(Reverse((state.due_ms, i)));
            }
            cards[i] = Some(Card { state, kind });
        }
        // Put the skipped ones back at the front, in order, for the next day.
        if !skipped.is_empty() {
            let rest: Vec<_> = skipped
                .iter()
                .map(|&k| fresh[k])
                .chain(fresh[next_fresh..].iter().copied())
                .collect();
            fresh.truncate(next_fresh);
            fresh.extend(rest);
        }
        if offset == 0 {
            plan.today.budget = budget;
            plan.today.spent = spent;
            plan.today.done = done;
        }
        if (offset as usize) < days {
            plan.forecast.push(load);
        }
    }

    plan.outlooks = goals
        .iter()
        .zip(&per_goal)
        .zip(recall_planned)
        .map(|((g, (relevant, new)), recall_planned)| {
            let at = day_start_ms(g.day, tz) + PRACTICE_HOUR_MS;
            let recall_now = if relevant.is_empty() {
                0.0
            } else {
                relevant
                    .iter()
                    .filter_map(|&i| entries[i].and_then(|p| p.review))
                    .filter(|s| s.reps > 0)
                    .map(|s| retrievability(&s, at.max(s.last_ms)))
                    .fold(0.0, |a, r| a + r)
                    / relevant.len() as f64
            };
            let left_out = new
                .iter()
                .filter(|&&i| introduced[i].is_none_or(|d| d >= g.day))
                .map(|&i| cat.questions[i].id.clone())
                .collect();
            Outlook {
                goal_id: g.id.clone(),
                day: g.day,
                days_left: g.day - today,
                relevant: relevant.len(),
                practised: relevant
                    .iter()
                    .filter(|&&i| practised_at(&entries, i))
                    .count(),
                recall_now,
                recall_planned,
                left_out,
            }
        })
        .collect();
    plan
}

/// Mean recall at `at_ms` over a goal's relevant questions (never practised: 0).
fn mean_recall(relevant: &[usize], cards: &[Option<Card>], at_ms: i64) -> f64 {
    if relevant.is_empty() {
        return 0.0;
    }
    relevant
        .iter()
        .filter_map(|&i| cards[i].as_ref())
        .filter(|c| c.state.reps > 0)
        .map(|c| retrievability(&c.state, at_ms.max(c.state.last_ms)))
        .fold(0.0, |a, r| a + r)
        / relevant.len() as f64
}

/// Minutes practised on local day `today` (estimated from each answer's kind) and how many
/// answers were given.
fn practised_on(
    kinds: &[Kind],
    entries: &[Option<&QuestionProgress>],
    times: &AnswerTimes,
    today: i64,
    tz: i32,
) -> (f64, usize) {
    let mut minutes = 0.0;
    let mut answers = 0;
    for (kind, p) in kinds.iter().zip(entries) {
        let Some(p) = p else {
            continue;
        };
        for (i, r) in p.ratings.iter().enumerate() {
            if local_day(r.at_ms, tz) == today {
                minutes += times.minutes(*kind, i == 0);
                answers += 1;
            }
        }
    }
    (minutes, answers)
}
