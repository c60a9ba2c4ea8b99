//! The fast reader and writer: round trips, escapes, refusals, and agreement with the serde
//! writer and with the full reader (which walks `serde_json::Value`).

use super::{read, write};
use crate::domain::progress::{Progress, QuestionProgress, Rating, RatingEvent, Status};
use crate::domain::schedule::ReviewState;

#[test]
fn strings_with_every_kind_of_escape_round_trip() {
    let mut p = Progress::default();
    let notes = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} nul \0 \u{1f} é 😀";
    p.set_notes("a \"b\"", notes, 1);
    let text = write(&p);
    assert_eq!(read(&text), Some(p.clone()));
    // serde_json reads and writes the same text.
    let via_serde: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(via_serde["progress"]["a \"b\""][2], notes);
}

#[test]
fn escapes_serde_json_may_write_are_read() {
    let text = r#"{"schema_version":4,"progress":{"\u0041\/":[0,0,"\ud83d\ude00\u00e9",5,[]]}}"#;
    let p = read(text).unwrap();
    assert_eq!(p.get("A/").map(|q| q.notes.as_str()), Some("😀é"));
}

#[test]
fn anything_unexpected_is_left_to_serde() {
    for text in [
        "",
        "{}",
        r#"{"schema_version":4,"progress":{}} "#,
        r#"{"schema_version":4, "progress":{}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",5,[]]}"#,
        r#"{"schema_version":4,"progress":{"a":[3,0,"",5,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,2,"",5,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",05,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",-0,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",5.0,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",99999999999999999999,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",5,[4,0]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",5,[1]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"",5,[],[1,2]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"\x",5,[]]}}"#,
        r#"{"schema_version":4,"progress":{"a":[0,0,"\ud83d",5,[]]}}"#,
        "{\"schema_version\":3,\"progress\":{\"a\":[0,0,\"\n\",5,[]]}}",
    ] {
        assert_eq!(read(text), None, "{text}");
    }
    assert_eq!(
        read(r#"{"schema_version":4,"progress":{}}"#),
        Some(Progress::default())
    );
}

#[test]
fn extreme_numbers_survive() {
    let mut p = Progress::default();
    p.questions.insert(
        "x".into(),
        QuestionProgress {
            modified_ms: i64::MIN,
            ratings: vec![RatingEvent {
                rating: Rating::Easy,
                at_ms: i64::MAX,
            }],
            review: Some(ReviewState {
                due_ms: i64::MAX,
                interval_days: -0.0,
                stability: f64::MAX,
                difficulty: f64::MIN_POSITIVE / 2.0,
                reps: u32::MAX,
                lapses: 0,
                last_ms: i64::MIN,
            }),
            ..QuestionProgress::default()
        },
    );
    assert_eq!(read(&write(&p)), Some(p));
}

#[cfg(not(target_arch = "wasm32"))]
mod agreement {
    use super::*;
    use crate::domain::store_doc::compact::reference::CompactDocOut;
    use proptest::prelude::*;

    fn entry() -> impl Strategy<Value = QuestionProgress> {
        let ms = prop_oneof![any::<i64>(), 1_700_000_000_000i64..1_800_000_000_000];
        let event = (0usize..4, ms.clone()).prop_map(|(r, at_ms)| RatingEvent {
            rating: Rating::ALL[r],
            at_ms,
        });
        let float = prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO;
        let review = (
            ms.clone(),
            float,
            float,
            float,
            any::<u32>(),
            any::<u32>(),
            ms.clone(),
        )
            .prop_map(
                |(due_ms, interval_days, stability, difficulty, reps, lapses, last_ms)| {
                    ReviewState {
                        due_ms,
                        interval_days,
                        stability,
                        difficulty,
                        reps,
                        lapses,
                        last_ms,
                    }
                },
            );
        (
            0usize..3,
            any::<bool>(),
            any::<String>(),
            prop::collection::vec(event, 0..4),
            prop::option::of(review),
            ms,
        )
            .prop_map(|(s, bookmarked, notes, ratings, review, modified_ms)| {
                QuestionProgress {
                    status: Status::ALL[s],
                    bookmarked,
                    notes,
                    ratings,
                    review,
                    modified_ms,
                }
            })
    }

    fn progress() -> impl Strategy<Value = Progress> {
        let cleared = prop::option::of(prop_oneof![
            any::<i64>(),
            1_700_000_000_000i64..1_800_000_000_000
        ]);
        (
            prop::collection::btree_map(any::<String>(), entry(), 0..6),
            cleared,
        )
            .prop_map(|(questions, cleared_ms)| {
                let mut p = Progress {
                    questions,
                    cleared_ms,
                };
                p.drop_cleared();
                p
            })
    }

    /// What `load` makes of `text` when the fast reader is not used.
    fn via_value(text: &str) -> Option<Progress> {
        let value = serde_json::from_str(text).ok()?;
        crate::domain::store_doc::migrate(value).ok()
    }

    /// Bytes a damaged document gets: the format's own punctuation and digits, and a few
    /// that never belong in it.
    const DAMAGE_BYTES: [u8; 13] = *b"0159-,[]{}\":x";

    /// A JSON number of an integer.
    fn num(n: impl ToString) -> String {
        n.to_string()
    }

    /// One entry exactly as the stored format has it:
    /// `[status,bookmarked,"notes",modified,[rating,back,...](,[review])?]`.
    fn entry_text() -> impl Strategy<Value = String> {
        let float_bits =
            (prop::num::f64::NORMAL | prop::num::f64::SUBNORMAL | prop::num::f64::ZERO)
                .prop_map(f64::to_bits);
        let review = (
            any::<i64>(),
            float_bits.clone(),
            float_bits.clone(),
            float_bits,
            any::<u32>(),
            any::<u32>(),
            any::<i64>(),
        )
            .prop_map(|(due, i, s, d, reps, lapses, last)| {
                format!("[{},{i},{s},{d},{reps},{lapses},{}]", num(due), num(last))
            });
        (
            0u8..3,
            any::<bool>(),
            ".{0,6}",
            any::<i64>(),
            prop::collection::vec((0u8..4, any::<i64>()), 0..3),
            prop::option::of(review),
        )
            .prop_map(|(status, bookmarked, notes, modified, ratings, review)| {
                let notes = serde_json::to_string(&notes).unwrap_or_default();
                let ratings: Vec<String> = ratings
                    .iter()
                    .map(|(r, back)| format!("{r},{back}"))
                    .collect();
                let review = review.map(|r| format!(",{r}")).unwrap_or_default();
                format!(
                    "[{status},{},{notes},{modified},[{}]{review}]",
                    u8::from(bookmarked),
                    ratings.join(",")
                )
            })
    }

    /// A whole stored document, valid by construction.
    fn valid_text() -> impl Strategy<Value = String> {
        (
            prop::option::of(any::<i64>()),
            prop::collection::btree_map(".{0,4}", entry_text(), 0..4),
        )
            .prop_map(|(cleared, entries)| {
                let cleared = cleared
                    .map(|c| format!("\"cleared_ms\":{c},"))
                    .unwrap_or_default();
                let entries: Vec<String> = entries
                    .iter()
                    .map(|(id, e)| format!("{}:{e}", serde_json::to_string(id).unwrap_or_default()))
                    .collect();
                format!(
                    "{{\"schema_version\":4,{cleared}\"progress\":{{{}}}}}",
                    entries.join(",")
                )
            })
    }

    proptest! {
        #[test]
        fn fast_writer_matches_serde_and_both_readers_agree(p in progress()) {
            let fast = write(&p);
            let reference = serde_json::to_string(&CompactDocOut { schema_version: 4, cleared_ms: p.cleared_ms, progress: &p });
            prop_assert_eq!(Some(&fast), reference.as_ref().ok());
            prop_assert_eq!(read(&fast), Some(p.clone()));
            // And the app's own fallback (walking `serde_json::Value`) agrees.
            prop_assert_eq!(via_value(&fast), Some(p));
        }

        #[test]
        fn the_fast_reader_takes_every_valid_document(text in valid_text()) {
            // Built to the stored format, so the fast reader must take it, and the reader
            // that walks `serde_json::Value` must read the same.
            let fast = read(&text);
            prop_assert!(fast.is_some(), "refused a valid document: {}", text);
            prop_assert_eq!(via_value(&text), fast);
        }

        #[test]
        fn damaged_documents_are_refused_or_read_as_serde_reads_them(
            (text, at, byte, how) in (valid_text(), any::<prop::sample::Index>(), prop::sample::select(DAMAGE_BYTES.to_vec()), 0u8..3)
        ) {
            let mut bytes = text.into_bytes();
            let i = at.index(bytes.len());
            match how {
                0 => { bytes.remove(i); }
                1 => bytes.insert(i, byte),
                _ => bytes[i] = byte,
            }
            let damaged = String::from_utf8_lossy(&bytes).into_owned();
            // Whatever the fast reader still takes, the full reader reads the same way; what
            // it refuses is left to the full reader, which reports what is wrong.
            if let Some(p) = read(&damaged) {
                prop_assert_eq!(via_value(&damaged), Some(p), "{}", damaged);
            }
        }
    }
}
