//! Dashboard figures: streaks in local time, heat map buckets, completion, due today.

use ml_interview_prep::domain::calendar::{day_start_ms, local_day};
use ml_interview_prep::domain::catalog::Catalog;
use ml_interview_prep::domain::progress::{
    Progress, QuestionProgress, Rating, RatingEvent, Status,
};
use ml_interview_prep::domain::schedule::DAY_MS;
use ml_interview_prep::domain::stats::{
    HEAT_MAP_DAYS, Streaks, dashboard, due_today, heat_map, rating_distribution,
    section_completion, status_counts, streaks,
};

const HOUR: i64 = 3_600_000;
/// 2024-01-10T00:00:00Z, a Wednesday.
const JAN_10: i64 = 19_732 * DAY_MS;

/// Progress with one question rated at each of `times`.
fn rated_at(times: &[i64]) -> Progress {
    let mut p = Progress::default();
    let ratings = times
        .iter()
        .map(|&at_ms| RatingEvent {
            rating: Rating::Good,
            at_ms,
        })
        .collect();
    p.questions.insert(
        "q".into(),
        QuestionProgress {
            ratings,
            ..QuestionProgress::default()
        },
    );
    p
}

#[test]
fn streak_follows_local_midnight_not_utc() {
    // India is UTC+5:30. 17:00Z is 22:30 local on the 10th; 20:00Z is 01:30 local on the
    // 11th. Both are the same UTC day, but two local days.
    let p = rated_at(&[JAN_10 + 17 * HOUR, JAN_10 + 20 * HOUR]);
    let now = JAN_10 + 21 * HOUR;
    assert_eq!(
        streaks(&p, now, 330),
        Streaks {
            current: 2,
            longest: 2
        }
    );
    assert_eq!(
        streaks(&p, now, 0),
        Streaks {
            current: 1,
            longest: 1
        }
    );

    // New York (UTC-5): 03:00Z on the 11th is still the 10th locally.
    let p = rated_at(&[JAN_10 + 12 * HOUR, JAN_10 + DAY_MS + 3 * HOUR]);
    let now = JAN_10 + DAY_MS + 4 * HOUR;
    assert_eq!(
        streaks(&p, now, -300),
        Streaks {
            current: 1,
            longest: 1
        }
    );
    assert_eq!(
        streaks(&p, now, 0),
        Streaks {
            current: 2,
            longest: 2
        }
    );
}

#[test]
fn current_streak_survives_until_the_day_ends() {
    let tz = 60;
    let day = |d: i64| day_start_ms(local_day(JAN_10, tz) + d, tz) + 10 * HOUR;
    // Five days in a row, a gap, then three days ending yesterday.
    let p = rated_at(&[
        day(0),
        day(1),
        day(2),
        day(3),
        day(4),
        day(6),
        day(7),
        day(8),
    ]);
    // "Today" is day 9 with no rating yet: yesterday's run still counts.
    assert_eq!(
        streaks(&p, day(9), tz),
        Streaks {
            current: 3,
            longest: 5
        }
    );
    // Just before local midnight ending day 9 it still counts; after day 10 begins it is gone.
    let end_of_day9 = day_start_ms(local_day(JAN_10, tz) + 10, tz) - 1;
    assert_eq!(streaks(&p, end_of_day9, tz).current, 3);
    assert_eq!(streaks(&p, end_of_day9 + 1, tz).current, 0);
    // Several ratings on one day count once; future ratings are ignored.
    let p = rated_at(&[day(0), day(0) + HOUR, day(1), day(30)]);
    assert_eq!(
        streaks(&p, day(1), tz),
        Streaks {
            current: 2,
            longest: 2
        }
    );
    assert_eq!(
        streaks(&Progress::default(), day(1), tz),
        Streaks::default()
    );
}

#[test]
fn heat_map_buckets_by_local_day() {
    let tz = -480; // UTC-8
    let now = JAN_10 + 12 * HOUR; // 04:00 local on the 10th
    let today = local_day(now, tz);
    let at = |days_ago: i64, hour: i64| day_start_ms(today - days_ago, tz) + hour * HOUR;
    let p = rated_at(&[
        at(0, 0),
        at(0, 3),    // two today
        at(1, 23),   // one yesterday, just before midnight
        at(181, 0),  // the first cell
        at(182, 23), // one day too old
        at(-1, 1),   // tomorrow: a wrong clock, ignored
    ]);
    let map = heat_map(&p, now, tz);
    assert_eq!(map.counts.len(), HEAT_MAP_DAYS);
    assert_eq!(map.first_day, today - 181);
    assert_eq!(map.counts[181], 2);
    assert_eq!(map.counts[180], 1);
    assert_eq!(map.counts[0], 1);
    assert_eq!(map.counts.iter().sum::<u32>(), 4);
    assert_eq!(map.max(), 2);
    assert_eq!(map.date(181).to_string(), "2024-01-10");
    assert_eq!(map.date(0).to_string(), "2023-07-13");
    assert_eq!(map.first_weekday(), 3); // 2023-07-13 was a Thursday
}

fn catalog() -> Catalog {
    let text = r#"{"schema_version": 1, "title": "t",
      "sections": [{"id": "nlp", "title": "NLP", "kind": "topic"},
                   {"id": "cv", "title": "Vision", "kind": "topic"},
                   {"id": "empty", "title": "Empty", "kind": "topic"}],
      "round_types": [],
      "questions": [{"id": "a", "text": "A?", "section": "nlp"},
                    {"id": "b", "text": "B?", "section": "nlp"},
                    {"id": "c", "text": "C?", "section": "nlp"},
                    {"id": "d", "text": "D?", "section": "cv"}],
      "companies": [], "tips": [], "resources": []}"#;
    Catalog::from_json(text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn completion_per_section_and_status_counts() {
    let mut p = Progress::default();
    p.set_status("a", Status::Confident, 1);
    p.set_status("b", Status::Practicing, 1);
    p.set_status("gone-from-catalog", Status::Confident, 1);
    let sections = section_completion(&catalog(), &p);
    let nlp = &sections[0];
    assert_eq!(
        (nlp.section_id.as_str(), nlp.total, nlp.started()),
        ("nlp", 3, 2)
    );
    assert_eq!(
        (nlp.counts.new, nlp.counts.practicing, nlp.counts.confident),
        (1, 1, 1)
    );
    assert!((nlp.completed_fraction() - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!((sections[1].total, sections[1].counts.new), (1, 1));
    assert_eq!(
        (sections[2].total, sections[2].completed_fraction()),
        (0, 0.0)
    );

    let c = status_counts(&catalog(), &p);
    assert_eq!((c.new, c.practicing, c.confident), (2, 1, 1));
}

#[test]
fn due_today_counts_until_local_midnight() {
    let tz = 120;
    let now = JAN_10 + 8 * HOUR; // 10:00 local
    let mut p = Progress::default();
    p.rate("overdue", Rating::Hard, now - 3 * DAY_MS);
    p.rate("tonight", Rating::Again, now + 13 * HOUR); // due 23:10 local
    p.rate("tomorrow", Rating::Again, now + 14 * HOUR); // due 00:10 local tomorrow
    p.rate("later", Rating::Good, now);
    assert_eq!(due_today(&p, now, tz), 2);
    assert_eq!(p.due(now), vec!["overdue"]);
}

#[test]
fn rating_distribution_and_dashboard() {
    let mut p = Progress::default();
    for (i, r) in [Rating::Again, Rating::Good, Rating::Good, Rating::Easy]
        .into_iter()
        .enumerate()
    {
        p.rate("a", r, JAN_10 + i as i64 * HOUR);
    }
    let d = rating_distribution(&p);
    assert_eq!(
        (d.again, d.hard, d.good, d.easy, d.total()),
        (1, 0, 2, 1, 4)
    );
    assert_eq!(d.get(Rating::Good), 2);

    let dash = dashboard(&catalog(), &p, JAN_10 + 5 * HOUR, 0);
    assert_eq!(dash.ratings, d);
    assert_eq!(dash.status.confident, 1);
    assert_eq!(
        dash.streaks,
        Streaks {
            current: 1,
            longest: 1
        }
    );
    assert_eq!(dash.heat_map.counts[HEAT_MAP_DAYS - 1], 4);
    assert_eq!(dash.sections.len(), 3);
}
