//! The plan, day by day: reviews as the schedule brings them back (each answered Good, the
//! usual outcome), and new questions filling what is left of each day's minutes. Today is
//! its first day; the workload forecast, what fits before each interview and the predicted
//! recall all come from the same run.

use super::select::{new_in_order, practised, relevant};
use super::times::{AnswerTimes, Kind};
use super::{Goal, Plans};
use crate::domain::calendar::{day_start_ms, local_day};
use crate::domain::catalog::Catalog;
use crate::domain::progress::{Progress, Rating};
use crate::domain::schedule::{ReviewState, next_states_with, retrievability};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

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

    /// Every question of today in order: reviews first, then new ones.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.reviews
            .iter()
            .chain(self.new.iter())
            .map(String::as_str)
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

    // Every scheduled question, by due time.
    let mut cards: HashMap<&str, Card> = HashMap::new();
    let mut queue: BinaryHeap<Reverse<(i64, &str)>> = BinaryHeap::new();
    for q in &cat.questions {
        if let Some(state) = progress.get(&q.id).and_then(|p| p.review) {
            queue.push(Reverse((state.due_ms, q.id.as_str())));
            cards.insert(
                &q.id,
                Card {
                    state,
                    kind: Kind::of(q),
                },
            );
        }
    }
    // New questions, best first for the nearest interview, then the next.
    // Each is worth learning until the last interview it is relevant to.
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut fresh: Vec<(&str, Kind, i64)> = Vec::new();
    for g in &goals {
        for q in new_in_order(cat, g, progress) {
            if cards.contains_key(q.id.as_str()) {
                continue;
            }
            match seen.get(q.id.as_str()) {
                Some(&i) => fresh[i].2 = fresh[i].2.max(g.day),
                None => {
                    seen.insert(q.id.as_str(), fresh.len());
                    fresh.push((q.id.as_str(), Kind::of(q), g.day));
                }
            }
        }
    }
    let (spent, done) = practised_on(cat, progress, times, today, tz);

    let mut plan = Plan::default();
    let mut introduced: HashMap<&str, i64> = HashMap::new();
    let mut recall_planned: HashMap<&str, f64> = HashMap::new();
    let mut next_fresh = 0;
    for offset in 0..horizon {
        let day = today + offset;
        // Interviews on this day: recall as the plan leaves it, before the day's practice.
        for g in goals.iter().filter(|g| g.day == day) {
            let at = day_start_ms(day, tz) + PRACTICE_HOUR_MS;
            recall_planned.insert(&g.id, mean_recall(cat, g, &cards, at));
        }
        let start = day_start_ms(day, tz);
        let end = day_start_ms(day + 1, tz);
        let answer_at = (start + PRACTICE_HOUR_MS).max(now_ms.min(end - 1));
        let mut load = DayLoad {
            day,
            ..DayLoad::default()
        };
        while let Some(Reverse((due, id))) = queue.peek().copied() {
            if due >= end {
                break;
            }
            queue.pop();
            let Some(card) = cards.get_mut(id) else {
                continue;
            };
            if offset == 0 {
                plan.today.reviews.push(id.to_string());
                plan.today.review_minutes += times.minutes(card.kind, false);
            }
            load.reviews += 1;
            load.minutes += times.minutes(card.kind, false);
            let at = answer_at.max(due);
            card.state = next_states_with(Some(&card.state), at, retention)[Rating::Good.index()];
            queue.push(Reverse((card.state.due_ms, id)));
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
        while next_fresh < fresh.len() && left > 0.0 {
            let (id, kind, goal_day) = fresh[next_fresh];
            next_fresh += 1;
            if goal_day < day {
                continue;
            }
            let cost = times.minutes(kind, true);
            if cost > left {
                // Too long for what is left today: it waits for a day with room.
                skipped.push(next_fresh - 1);
                continue;
            }
            left -= cost;
            load.new += 1;
            load.minutes += cost;
            introduced.insert(id, day);
            if offset == 0 {
                plan.today.new.push(id.to_string());
                plan.today.new_minutes += cost;
            }
            let state = next_states_with(None, answer_at, retention)[Rating::Good.index()];
            queue.push(Reverse((state.due_ms, id)));
            cards.insert(id, Card { state, kind });
        }
        // Put the skipped ones back at the front, in order, for the next day.
        if !skipped.is_empty() {
            let rest: Vec<_> = skipped
                .iter()
                .map(|&i| fresh[i])
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
        .map(|g| {
            let relevant = relevant(cat, g);
            let at = day_start_ms(g.day, tz) + PRACTICE_HOUR_MS;
            let recall_now = if relevant.is_empty() {
                0.0
            } else {
                relevant
                    .iter()
                    .filter_map(|q| progress.get(&q.id).and_then(|p| p.review))
                    .filter(|s| s.reps > 0)
                    .map(|s| retrievability(&s, at.max(s.last_ms)))
                    .fold(0.0, |a, r| a + r)
                    / relevant.len() as f64
            };
            let left_out = new_in_order(cat, g, progress)
                .into_iter()
                .filter(|q| introduced.get(q.id.as_str()).is_none_or(|d| *d >= g.day))
                .map(|q| q.id.clone())
                .collect();
            Outlook {
                goal_id: g.id.clone(),
                day: g.day,
                days_left: g.day - today,
                relevant: relevant.len(),
                practised: relevant
                    .iter()
                    .filter(|q| practised(progress, &q.id))
                    .count(),
                recall_now,
                recall_planned: recall_planned.get(g.id.as_str()).copied().unwrap_or(0.0),
                left_out,
            }
        })
        .collect();
    plan
}

/// Mean recall at `at_ms` over the goal's relevant questions (never practised: 0).
fn mean_recall(cat: &Catalog, goal: &Goal, cards: &HashMap<&str, Card>, at_ms: i64) -> f64 {
    let relevant = relevant(cat, goal);
    if relevant.is_empty() {
        return 0.0;
    }
    relevant
        .iter()
        .filter_map(|q| cards.get(q.id.as_str()))
        .filter(|c| c.state.reps > 0)
        .map(|c| retrievability(&c.state, at_ms.max(c.state.last_ms)))
        .fold(0.0, |a, r| a + r)
        / relevant.len() as f64
}

/// Minutes practised on local day `today` (estimated from each answer's kind) and how many
/// answers were given.
fn practised_on(
    cat: &Catalog,
    progress: &Progress,
    times: &AnswerTimes,
    today: i64,
    tz: i32,
) -> (f64, usize) {
    let mut minutes = 0.0;
    let mut answers = 0;
    for (id, p) in &progress.questions {
        let kind = cat.question(id).map_or(Kind::Concept, Kind::of);
        for (i, r) in p.ratings.iter().enumerate() {
            if local_day(r.at_ms, tz) == today {
                minutes += times.minutes(kind, i == 0);
                answers += 1;
            }
        }
    }
    (minutes, answers)
}
