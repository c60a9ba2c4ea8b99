use super::*;
use crate::domain::company_loop;
use crate::domain::test_support::{catalog, catalog_of, question};
use std::collections::HashMap;

const NOW: i64 = 1_750_000_000_000;

fn never(_: &str) -> Option<i64> {
    None
}

fn draw_simple(c: &Catalog, kind: RoundKind, count: usize, seed: u64) -> Vec<String> {
    draw(
        c,
        &DrawRequest {
            kind,
            count,
            seed,
            now_ms: NOW,
            mix: DifficultyMix::BALANCED,
            last_practised: &never,
            exclude: &HashSet::new(),
        },
    )
}

fn difficulty_of(c: &Catalog, id: &str) -> Option<Difficulty> {
    c.question(id).and_then(|q| q.difficulty)
}

fn counts(c: &Catalog, ids: &[String]) -> [usize; 3] {
    let mut out = [0; 3];
    for id in ids {
        if let Some(d) = difficulty_of(c, id) {
            out[difficulty_index(Some(d))] += 1;
        }
    }
    out
}

/// Six easy, six medium, six hard topic questions.
fn tagged_catalog() -> Catalog {
    let mut qs = Vec::new();
    for d in Difficulty::ALL {
        for i in 0..6 {
            qs.push(question(&format!("{}-{i}", d.slug()), "ml-theory", Some(d)));
        }
    }
    catalog_of(qs)
}

#[test]
fn same_seed_gives_the_same_draw() {
    let c = catalog();
    for kind in RoundKind::ALL {
        let a = draw_simple(&c, kind, kind.default_question_count(), 99);
        let b = draw_simple(&c, kind, kind.default_question_count(), 99);
        assert_eq!(a, b, "{kind:?}");
        assert_eq!(a.len(), kind.default_question_count(), "{kind:?}");
    }
}

#[test]
fn different_seeds_usually_differ() {
    let c = catalog();
    let draws: HashSet<Vec<String>> = (0..20)
        .map(|seed| draw_simple(&c, RoundKind::Fundamentals, 5, seed))
        .collect();
    assert!(draws.len() >= 18, "only {} distinct draws", draws.len());
}

#[test]
fn drawn_questions_fit_the_round_and_never_repeat() {
    let c = catalog();
    for kind in RoundKind::ALL {
        for seed in 0..10 {
            let ids = draw_simple(&c, kind, 8, seed);
            let unique: HashSet<&String> = ids.iter().collect();
            assert_eq!(unique.len(), ids.len(), "{kind:?} seed {seed}");
            for id in &ids {
                let q = c.question(id).unwrap();
                assert!(kind.accepts(q), "{id} does not belong in {kind:?}");
            }
        }
    }
}

#[test]
fn excluded_questions_are_never_drawn_and_a_short_pool_gives_fewer() {
    let c = catalog();
    let pool: Vec<String> = c
        .questions
        .iter()
        .filter(|q| RoundKind::Behavioral.accepts(q))
        .map(|q| q.id.clone())
        .collect();
    let exclude: HashSet<String> = pool.iter().take(10).cloned().collect();
    let ids = draw(
        &c,
        &DrawRequest {
            kind: RoundKind::Behavioral,
            count: 50,
            seed: 3,
            now_ms: NOW,
            mix: DifficultyMix::BALANCED,
            last_practised: &never,
            exclude: &exclude,
        },
    );
    assert_eq!(ids.len(), pool.len() - 10);
    assert!(ids.iter().all(|id| !exclude.contains(id)));
}

#[test]
fn difficulty_mix_is_respected_and_ordered_easy_to_hard() {
    let c = tagged_catalog();
    for seed in 0..10 {
        let ids = draw_simple(&c, RoundKind::Fundamentals, 4, seed);
        assert_eq!(counts(&c, &ids), [1, 2, 1], "seed {seed}");
        let order: Vec<usize> = ids
            .iter()
            .map(|id| difficulty_index(difficulty_of(&c, id)))
            .collect();
        assert!(order.windows(2).all(|w| w[0] <= w[1]), "{order:?}");
        assert_eq!(
            counts(&c, &draw_simple(&c, RoundKind::Fundamentals, 8, seed)),
            [2, 4, 2]
        );
    }
}

#[test]
fn mix_applies_to_the_questions_that_have_a_difficulty() {
    let c = catalog();
    for seed in 0..10 {
        let ids = draw_simple(&c, RoundKind::Fundamentals, 8, seed);
        let got = counts(&c, &ids);
        let tagged: usize = got.iter().sum();
        let available = Difficulty::ALL.map(|d| {
            c.questions
                .iter()
                .filter(|q| RoundKind::Fundamentals.accepts(q) && q.difficulty == Some(d))
                .count()
        });
        assert_eq!(got, DifficultyMix::BALANCED.quotas(tagged, available));
    }
}

#[test]
fn quotas_split_by_largest_remainder_and_refill_shortages() {
    let m = DifficultyMix::BALANCED;
    assert_eq!(m.quotas(4, [9, 9, 9]), [1, 2, 1]);
    assert_eq!(m.quotas(5, [9, 9, 9]), [1, 3, 1]);
    assert_eq!(m.quotas(2, [9, 9, 9]), [1, 1, 0]);
    assert_eq!(m.quotas(4, [0, 9, 9]), [0, 3, 1]);
    assert_eq!(m.quotas(8, [1, 1, 2]), [1, 1, 2]);
    let only_hard = DifficultyMix {
        easy: 0,
        medium: 0,
        hard: 1,
    };
    assert_eq!(only_hard.quotas(3, [5, 5, 1]), [0, 2, 1]);
    let huge = DifficultyMix {
        easy: u32::MAX,
        medium: u32::MAX,
        hard: u32::MAX,
    };
    assert_eq!(huge.quotas(3, [9, 9, 9]), [1, 1, 1]);
    assert!(DifficultyMix::ANY.is_any());
    assert_eq!(DifficultyMix::default(), DifficultyMix::BALANCED);
}

#[test]
fn unpractised_questions_come_first_then_the_oldest() {
    let qs: Vec<Question> = (0..6)
        .map(|i| question(&format!("q{i}"), "ml-theory", Some(Difficulty::Medium)))
        .collect();
    let c = catalog_of(qs);
    let day = DAY_MS;
    let history: HashMap<String, i64> = [
        ("q0", NOW - day),
        ("q1", NOW - 30 * day),
        ("q2", NOW - 5 * day),
        ("q3", NOW + day), // clock skew: counts as today
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let last = |id: &str| history.get(id).copied();
    for seed in 0..10 {
        let take = |count| {
            let mut ids = draw(
                &c,
                &DrawRequest {
                    kind: RoundKind::Fundamentals,
                    count,
                    seed,
                    now_ms: NOW,
                    mix: DifficultyMix::ANY,
                    last_practised: &last,
                    exclude: &HashSet::new(),
                },
            );
            ids.sort();
            ids
        };
        assert_eq!(take(2), ["q4", "q5"]);
        assert_eq!(take(3), ["q1", "q4", "q5"]);
        assert_eq!(take(4), ["q1", "q2", "q4", "q5"]);
    }
}

#[test]
fn phone_screen_opens_with_one_coding_question() {
    let c = catalog();
    for seed in 0..10 {
        let ids = draw_simple(&c, RoundKind::PhoneScreen, 3, seed);
        assert_eq!(ids.len(), 3);
        let coding: Vec<bool> = ids
            .iter()
            .map(|id| RoundKind::MlCoding.accepts(c.question(id).unwrap()))
            .collect();
        assert_eq!(coding, [true, false, false], "seed {seed}");
    }
}

#[test]
fn a_whole_loop_never_repeats_a_question() {
    let c = catalog();
    for company in &c.companies {
        let plans = company_loop(&c, &company.id).unwrap();
        let rounds = draw_rounds(&c, &plans, 11, NOW, DifficultyMix::BALANCED, &never);
        assert_eq!(rounds.len(), plans.len());
        let mut all = HashSet::new();
        for (plan, ids) in plans.iter().zip(&rounds) {
            assert_eq!(ids.len(), plan.question_count, "{}", company.id);
            for id in ids {
                assert!(all.insert(id.clone()), "{id} repeated for {}", company.id);
            }
        }
        let again = draw_rounds(&c, &plans, 11, NOW, DifficultyMix::BALANCED, &never);
        assert_eq!(rounds, again);
    }
}
