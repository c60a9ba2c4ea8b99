//! Speaking figures from loudness levels, and recording descriptions.

use ml_interview_prep::domain::plan::Kind;
use ml_interview_prep::domain::recording::{Recording, new_id, newest_first};
use ml_interview_prep::domain::speech::{
    FRAME_MS, Length, clock, figures, frame_levels, judge, span, summary, target,
};

/// Levels for `ms` of speech (loud, with a 100 ms gap between "words" every 400 ms) or silence
/// (a quiet room).
fn speech(ms: u32) -> Vec<f32> {
    (0..ms / FRAME_MS)
        .map(|i| {
            let t = i * FRAME_MS;
            if t % 500 >= 400 && t + 100 < ms {
                0.004
            } else {
                0.2
            }
        })
        .collect()
}

fn silence(ms: u32) -> Vec<f32> {
    (0..ms / FRAME_MS)
        .map(|i| 0.003 + (i % 3) as f32 * 0.001)
        .collect()
}

fn join(parts: &[Vec<f32>]) -> Vec<f32> {
    parts.concat()
}

#[test]
fn a_known_pause_is_the_longest_and_word_gaps_are_speech() {
    let levels = join(&[
        silence(1000),
        speech(2000),
        silence(1500),
        speech(1000),
        silence(500),
    ]);
    let f = figures(&levels);
    assert_eq!(f.duration_ms, 6000);
    assert_eq!(f.longest_pause_ms, 1500);
    // Both stretches of speech, their gaps between words included.
    assert_eq!(f.speaking_ms, 3000);
    assert_eq!(f.speaking_ms + f.silent_ms, f.duration_ms);
}

#[test]
fn silence_before_the_first_word_or_after_the_last_is_not_a_pause() {
    let f = figures(&join(&[silence(3000), speech(1000), silence(3000)]));
    assert_eq!(f.longest_pause_ms, 0);
    assert!(f.silent_ms >= 6000);
}

#[test]
fn a_silent_or_empty_recording_has_no_speech() {
    let f = figures(&silence(2000));
    assert_eq!(
        (f.speaking_ms, f.longest_pause_ms, f.silent_ms),
        (0, 0, 2000)
    );
    assert_eq!(figures(&[]), Default::default());
    let f = figures(&[f32::NAN, f32::INFINITY]);
    assert_eq!(f.speaking_ms, 0);
}

#[test]
fn a_noisy_room_still_separates_speech_from_pauses() {
    // A floor of 0.05 (loud fan) under speech at 0.3.
    let noisy: Vec<f32> = join(&[speech(1000), vec![0.0; 50], speech(1000)])
        .into_iter()
        .map(|l| if l < 0.01 { 0.05 } else { 0.3 })
        .collect();
    let f = figures(&noisy);
    assert_eq!(f.longest_pause_ms, 1000);
}

#[test]
fn frame_levels_are_rms_per_frame() {
    let rate = 8000.0;
    // 100 ms of a full-scale square wave then 100 ms of silence: RMS 1 then 0.
    let mut samples: Vec<f32> = (0..800)
        .map(|i| if i % 2 == 0 { 1.0 } else { -1.0 })
        .collect();
    samples.extend(std::iter::repeat_n(0.0, 800));
    let levels = frame_levels(&samples, rate);
    assert_eq!(levels.len(), 10);
    assert!(levels[..5].iter().all(|l| (l - 1.0).abs() < 1e-6));
    assert!(levels[5..].iter().all(|&l| l == 0.0));
    // A short tail under half a frame is dropped; over half is kept.
    assert_eq!(frame_levels(&[0.5; 170], rate).len(), 1);
    assert_eq!(frame_levels(&[0.5; 250], rate).len(), 2);
}

#[test]
fn length_against_the_target_for_the_kind_of_question() {
    let t = target(Kind::Concept);
    assert_eq!((t.min_minutes, t.max_minutes), (2, 4));
    assert_eq!(judge(90_000, t), Length::Short);
    assert_eq!(judge(180_000, t), Length::Within);
    assert_eq!(judge(241_000, t), Length::Long);
    for k in Kind::ALL {
        let t = target(k);
        assert!(t.min_minutes < t.max_minutes);
    }
}

#[test]
fn the_summary_reads_as_a_sentence() {
    let f = figures(&join(&[speech(2000), silence(1500), speech(1000)]));
    let s = summary(&f, Kind::Concept);
    assert!(
        s.starts_with("0:04 long: short of the 2–4 min target for a concept question."),
        "{s}"
    );
    assert!(s.contains("longest pause 1.5 s"), "{s}");
    assert!(s.contains("Speaking 3.0 s, silent 1.5 s;"), "{s}");
    assert_eq!(clock(125_999), "2:05");
    assert_eq!(span(640), "0.6 s");
    assert_eq!(span(42_900), "42 s");
    assert_eq!(span(125_000), "2:05");
}

#[test]
fn recording_descriptions_round_trip_and_sort() {
    let mut a = Recording::new(
        new_id(1_700_000_000_000.0, 7),
        "q1".into(),
        1.0,
        "audio/webm;codecs=opus".into(),
    );
    a.figures = Some(figures(&speech(1000)));
    let back = Recording::from_json(&a.to_json()).expect("round trip");
    assert_eq!(back, a);
    assert!(Recording::from_json("{").is_err());
    assert!(Recording::from_json("{\"id\":1}").is_err());
    let b = Recording::new("r2".into(), "q1".into(), 2.0, "audio/ogg".into());
    let mut list = vec![a.clone(), b.clone()];
    newest_first(&mut list);
    assert_eq!(list[0].id, "r2");
    assert_eq!(
        b.file_name("2026-11-29-1830"),
        "answer-q1-2026-11-29-1830.ogg"
    );
    assert!(a.file_name("x").ends_with(".webm"));
    assert_ne!(new_id(1.0, 1), new_id(1.0, 2));
}

#[test]
fn fillers_are_counted_and_ordinary_words_are_not() {
    use ml_interview_prep::domain::transcript::fillers;
    let said = "Um, so the bias-variance tradeoff is, uh, basically about, um, you know, model \
                complexity. I like the kind of answer that, I mean, is short.";
    assert_eq!(
        fillers(said),
        vec![
            ("um".to_string(), 2),
            ("uh".to_string(), 1),
            ("basically".to_string(), 1),
            ("you know".to_string(), 1),
            ("kind of".to_string(), 1),
            ("i mean".to_string(), 1),
        ]
    );
    assert!(fillers("The model knows what you want to know.").is_empty());
}

#[test]
fn key_points_count_as_mentioned_by_their_words_in_any_spelling() {
    use ml_interview_prep::domain::transcript::mentioned;
    let points = vec![
        "Bias is error from wrong assumptions; variance is sensitivity to the training data."
            .to_string(),
        "Regularization (L1/L2) trades a little bias for less variance.".to_string(),
        "Cross-validation estimates the generalization error.".to_string(),
    ];
    let said = "High variance means the model is sensitive to its training data, and bias comes \
                from wrong assumptions. Regularisation trades bias for variance.";
    assert_eq!(mentioned(said, &points), vec![0, 1]);
    assert!(mentioned("", &points).is_empty());
    assert!(mentioned("anything", &[]).is_empty());
}
