//! Import: untrusted bytes never panic, errors name the problem and field, v1 migrates,
//! preview and apply count and combine correctly.

mod common;

use ml_interview_prep::domain::progress::{Progress, Rating, Status, merge};
use ml_interview_prep::domain::store_doc::{
    APP_ID, CURRENT_VERSION, DecodeError, ExportFile, ImportError, ImportMode, apply,
    export_file_name, export_json, migrate, parse_import, preview,
};
use proptest::prelude::*;
use serde_json::{Value, json};

fn sample() -> Progress {
    let mut p = Progress::default();
    p.rate("bias-variance", Rating::Good, 1_000);
    p.set_notes("dropout", "ünïcode ✓ notes", 2_000);
    p.toggle_bookmark("dropout", 3_000);
    p
}

fn import_value(v: Value) -> Result<ExportFile, ImportError> {
    parse_import(v.to_string().as_bytes())
}

/// Whether `value` is acceptable for the top-level `field` of an export (for `progress`,
/// only whether it is an object: its entries are checked one by one).
fn top_level_is_valid(field: &str, value: &Value) -> bool {
    match field {
        "app" => value == &json!(APP_ID),
        "schema_version" => value
            .as_u64()
            .is_some_and(|v| (1..=u64::from(CURRENT_VERSION)).contains(&v)),
        "exported_at_ms" => value.is_null() || value.as_i64().is_some(),
        "progress" => value.is_object(),
        _ => true,
    }
}

fn valid_file() -> Value {
    json!({"app": APP_ID, "schema_version": 2, "exported_at_ms": 5, "progress": {}})
}

/// Arbitrary JSON values, nested a few levels.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        common::finite().prop_map(Value::from),
        ".{0,8}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(".{0,6}", inner, 0..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_nor_touch_state(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let current = sample();
        let before = current.clone();
        match parse_import(&bytes) {
            Ok(file) => {
                prop_assert_eq!(file.app.as_str(), APP_ID);
                prop_assert_eq!(file.schema_version, CURRENT_VERSION);
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
        prop_assert_eq!(current, before);
    }

    #[test]
    fn arbitrary_text_is_an_error(text in ".{0,200}") {
        // Random text is never one of our files.
        prop_assert!(parse_import(text.as_bytes()).is_err());
    }

    #[test]
    fn every_strict_prefix_is_truncated(p in common::progress(), cut in any::<prop::sample::Index>()) {
        let bytes = export_json(&p, 7).unwrap().into_bytes();
        let end = cut.index(bytes.len());
        let expected = if end == 0 { ImportError::Empty } else { ImportError::Truncated };
        prop_assert_eq!(parse_import(&bytes[..end]), Err(expected));
    }

    #[test]
    fn corrupted_exports_never_panic(
        p in common::progress(),
        at in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut bytes = export_json(&p, 7).unwrap().into_bytes();
        let i = at.index(bytes.len());
        bytes[i] = byte;
        if let Ok(file) = parse_import(&bytes) {
            prop_assert_eq!(file.app.as_str(), APP_ID);
        }
    }

    #[test]
    fn any_json_in_any_field_is_taken_or_refused_by_name(
        field in prop::sample::select(vec!["app", "schema_version", "exported_at_ms", "progress", "interviews"]),
        value in json_value(),
        entry_field in prop::sample::select(vec!["status", "bookmarked", "notes", "ratings", "review", "modified_ms"]),
    ) {
        let mut top = valid_file();
        top[field] = value.clone();
        let current = sample();
        match import_value(top) {
            // An accepted file with no progress in it changes nothing.
            Ok(file) => {
                prop_assert!(top_level_is_valid(field, &value), "accepted {}: {}", field, value);
                if field == "interviews" {
                    prop_assert_eq!(&file.interviews, &value);
                }
                if field != "progress" {
                    prop_assert_eq!(apply(&current, &file, ImportMode::Merge, 9), current.clone());
                }
            }
            // A refused one says which field is wrong, and nothing is applied.
            Err(e) => {
                prop_assert!(!top_level_is_valid(field, &value) || field == "progress", "refused {}: {}", field, value);
                let message = e.to_string();
                let named = match field {
                    "app" => matches!(e, ImportError::ForeignFile { app: Some(_) }) && message.contains("foreign file"),
                    "schema_version" => matches!(e, ImportError::BadVersion(_) | ImportError::NewerVersion { .. })
                        && (message.contains("schema_version") || message.contains("schema version")),
                    "exported_at_ms" => matches!(e, ImportError::BadField { field: "exported_at_ms", .. })
                        && message.contains("\"exported_at_ms\""),
                    "progress" => matches!(e, ImportError::BadProgress(_)) && message.contains("progress"),
                    _ => false,
                };
                prop_assert!(named, "{} set to {} gave: {}", field, value, message);
            }
        }
        let mut deep = valid_file();
        deep["progress"]["q"] = json!({});
        deep["progress"]["q"][entry_field] = value;
        if let Err(e) = import_value(deep) {
            // A bad entry field is blamed by name.
            prop_assert!(matches!(
                &e,
                ImportError::BadProgress(DecodeError::BadField { question, field, .. })
                    if question == "q" && field == entry_field
            ), "{:?}", e);
        }
    }

    #[test]
    fn v1_documents_keep_status_bookmark_and_notes(
        entries in prop::collection::btree_map(
            ".{1,10}",
            (common::status(), any::<bool>(), any::<String>(), any::<i64>()),
            0..6,
        )
    ) {
        let progress: serde_json::Map<String, Value> = entries
            .iter()
            .map(|(id, (status, bookmarked, notes, updated_at))| {
                let entry = json!({"status": status, "bookmarked": bookmarked,
                                   "notes": notes, "updated_at": updated_at});
                (id.clone(), entry)
            })
            .collect();
        let doc = json!({"schema_version": 1, "progress": progress});
        let migrated = migrate(doc.clone()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(migrated.questions.len(), entries.len());
        for (id, (status, bookmarked, notes, updated_at)) in &entries {
            let q = migrated.get(id).cloned().unwrap_or_default();
            prop_assert_eq!(q.status, *status);
            prop_assert_eq!(q.bookmarked, *bookmarked);
            prop_assert_eq!(&q.notes, notes);
            prop_assert_eq!(q.modified_ms, *updated_at);
            prop_assert!(q.ratings.is_empty() && q.review.is_none());
        }
        // A v1 export file imports the same way.
        let mut file = doc;
        file["app"] = json!(APP_ID);
        let imported = import_value(file).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(imported.progress, migrated);
    }
}

#[test]
fn errors_name_the_problem() {
    assert_eq!(parse_import(b""), Err(ImportError::Empty));
    assert_eq!(parse_import(b" \n\t"), Err(ImportError::Empty));
    assert_eq!(
        parse_import(b"{\"app\": \xff}"),
        Err(ImportError::NotUtf8 { offset: 8 })
    );
    assert_eq!(
        parse_import("{\"a\": \"é".as_bytes()),
        Err(ImportError::Truncated)
    );
    assert!(matches!(
        parse_import(b"{\"app\" 1}"),
        Err(ImportError::NotJson { line: 1, .. })
    ));
    assert_eq!(parse_import(b"[1, 2]"), Err(ImportError::NotAnObject));

    let mut v = valid_file();
    v["app"] = json!("anki");
    let err = import_value(v);
    assert_eq!(
        err,
        Err(ImportError::ForeignFile {
            app: Some("anki".into())
        })
    );
    assert!(
        err.err()
            .map(|e| e.to_string())
            .unwrap_or_default()
            .contains("foreign file")
    );
    assert_eq!(
        import_value(json!({"schema_version": 2, "progress": {}})),
        Err(ImportError::ForeignFile { app: None })
    );

    let mut v = valid_file();
    v.as_object_mut().map(|o| o.remove("schema_version"));
    assert_eq!(
        import_value(v),
        Err(ImportError::MissingField("schema_version"))
    );
    for (bad, shown) in [
        (json!(0), "0"),
        (json!(1.5), "1.5"),
        (json!(-1), "-1"),
        (json!("2"), "\"2\""),
    ] {
        let mut v = valid_file();
        v["schema_version"] = bad;
        assert_eq!(import_value(v), Err(ImportError::BadVersion(shown.into())));
    }
    let mut v = valid_file();
    v["schema_version"] = json!(3);
    let err = import_value(v);
    assert_eq!(err, Err(ImportError::NewerVersion { found: 3 }));
    assert!(
        err.err()
            .map(|e| e.to_string())
            .unwrap_or_default()
            .contains("newer version")
    );

    let mut v = valid_file();
    v["exported_at_ms"] = json!("yesterday");
    assert!(matches!(
        import_value(v),
        Err(ImportError::BadField {
            field: "exported_at_ms",
            ..
        })
    ));
    let mut v = valid_file();
    v.as_object_mut().map(|o| o.remove("progress"));
    assert_eq!(import_value(v), Err(ImportError::MissingField("progress")));
    let mut v = valid_file();
    v["progress"] = json!([]);
    assert_eq!(
        import_value(v),
        Err(ImportError::BadProgress(DecodeError::NotAnObject))
    );
    let mut v = valid_file();
    v["progress"]["q"] = json!("confident");
    assert_eq!(
        import_value(v),
        Err(ImportError::BadProgress(DecodeError::EntryNotAnObject {
            question: "q".into()
        }))
    );
}

#[test]
fn bad_status_and_bad_rating_are_blamed_by_field() {
    let mut v = valid_file();
    v["progress"]["dropout"] = json!({"status": "mastered", "notes": "x"});
    let err = import_value(v);
    let msg = err
        .as_ref()
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
    assert!(matches!(
        err,
        Err(ImportError::BadProgress(DecodeError::BadField { ref question, ref field, .. }))
            if question == "dropout" && field == "status"
    ));
    assert!(
        msg.contains("dropout") && msg.contains("status") && msg.contains("mastered"),
        "{msg}"
    );

    let mut v = valid_file();
    v["progress"]["q"] = json!({"ratings": [{"rating": "meh", "at_ms": 1}]});
    assert!(matches!(
        import_value(v),
        Err(ImportError::BadProgress(DecodeError::BadField { ref field, .. })) if field == "ratings"
    ));
    let mut v = valid_file();
    v["progress"]["q"] = json!({"modified_ms": 1.5});
    assert!(matches!(
        import_value(v),
        Err(ImportError::BadProgress(DecodeError::BadField { ref field, .. })) if field == "modified_ms"
    ));
}

#[test]
fn lenient_where_it_is_safe() {
    // A byte-order mark, unknown fields, missing optional fields, interviews kept as is.
    let mut v = valid_file();
    v["interviews"] = json!([{"id": 1}]);
    v["future_field"] = json!(true);
    v.as_object_mut().map(|o| o.remove("exported_at_ms"));
    v["progress"]["q"] = json!({"status": "confident", "extra": 1});
    let text = format!("\u{feff}{v}");
    let file = parse_import(text.as_bytes());
    let file = file.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(file.exported_at_ms, 0);
    assert_eq!(file.interviews, json!([{"id": 1}]));
    assert_eq!(file.progress.status("q"), Status::Confident);
}

#[test]
fn preview_and_apply() {
    let mut current = Progress::default();
    current.set_notes("same", "s", 10);
    current.set_notes("newer-here", "mine", 50);
    current.set_notes("newer-there", "mine", 10);
    current.set_notes("only-here", "x", 10);

    let mut theirs = Progress::default();
    theirs
        .questions
        .insert("same".into(), current.questions["same"].clone());
    theirs.set_notes("newer-here", "theirs", 20);
    theirs.set_notes("newer-there", "theirs", 90);
    theirs.set_notes("brand-new", "n", 5);
    let file = parse_import(export_json(&theirs, 100).unwrap().as_bytes())
        .unwrap_or_else(|e| panic!("{e}"));

    let before = current.clone();
    let pv = preview(&current, &file);
    assert_eq!(current, before, "preview changes nothing");
    assert_eq!(
        (
            pv.new,
            pv.updated,
            pv.unchanged,
            pv.older_in_file,
            pv.only_here
        ),
        (1, 1, 1, 1, 1)
    );
    assert_eq!(pv.changes(ImportMode::Merge), 2);
    assert_eq!(pv.changes(ImportMode::Replace), 4);

    let merged = apply(&current, &file, ImportMode::Merge, 200);
    let notes = |p: &Progress, id: &str| p.get(id).map(|q| q.notes.clone());
    assert_eq!(notes(&merged, "newer-here").as_deref(), Some("mine"));
    assert_eq!(notes(&merged, "newer-there").as_deref(), Some("theirs"));
    assert_eq!(notes(&merged, "brand-new").as_deref(), Some("n"));
    assert_eq!(notes(&merged, "only-here").as_deref(), Some("x"));
    assert_eq!(merged.questions.len(), 5);

    // Replace: exactly the file's entries, as one change made now (after everything here),
    // so that a merge with the old state (e.g. another open tab) keeps the replacement.
    let replaced = apply(&current, &file, ImportMode::Replace, 200);
    assert_eq!(replaced.questions.len(), theirs.questions.len());
    for (id, q) in &theirs.questions {
        let r = &replaced.questions[id];
        assert_eq!(
            (&r.notes, r.status, &r.ratings),
            (&q.notes, q.status, &q.ratings)
        );
        assert!(r.modified_ms > 200 && Some(r.modified_ms) > replaced.cleared_ms);
    }
    assert_eq!(merge(&replaced, &current), replaced);
    assert_eq!(merge(&current, &replaced), replaced);
    // Applying the merge again changes nothing more.
    assert_eq!(preview(&merged, &file).changes(ImportMode::Merge), 0);
}

#[test]
fn export_is_readable_and_named_by_local_date() {
    let text = export_json(&sample(), 1_700_000_000_000).unwrap();
    assert!(text.contains("\"app\": \"ml-interview-prep\""), "{text}");
    assert!(text.contains("\"schema_version\": 2"));
    assert!(text.contains("\"interviews\": null"));
    // 2023-11-14T22:13:20Z is already the 15th at UTC+2.
    assert_eq!(
        export_file_name(1_700_000_000_000, 0),
        "ml-interview-prep-2023-11-14.json"
    );
    assert_eq!(
        export_file_name(1_700_000_000_000, 120),
        "ml-interview-prep-2023-11-15.json"
    );
}

#[test]
fn importing_after_a_reset_brings_everything_back() {
    let mut p = Progress::default();
    p.set_notes("a", "before the reset", 100);
    let file =
        parse_import(export_json(&p, 150).unwrap().as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    let mut current = p.clone();
    current.clear(1_000);
    current.set_notes("b", "after the reset", 2_000);
    assert_eq!(preview(&current, &file).new, 1);
    let merged = apply(&current, &file, ImportMode::Merge, 3_000);
    assert_eq!(
        merged.get("a").map(|q| q.notes.as_str()),
        Some("before the reset")
    );
    assert_eq!(
        merged.get("b").map(|q| q.notes.as_str()),
        Some("after the reset")
    );
    // It stays back after a merge with a copy that saw only the reset (another tab).
    assert_eq!(merge(&merged, &current), merged);
}

#[test]
fn files_from_the_fsrs45_scheduler_are_rescheduled_from_their_ratings() {
    use ml_interview_prep::domain::schedule::replay;
    use ml_interview_prep::domain::store_doc::SCHEDULER;
    let p = sample();
    let text = match export_json(&p, 9_000) {
        Ok(t) => t,
        Err(e) => panic!("{e}"),
    };
    let mut file: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("{e}"),
    };
    assert_eq!(file["scheduler"], json!(SCHEDULER));
    // The state as FSRS-4.5 would have written it for the same rating.
    file["progress"]["bias-variance"]["review"]["stability"] = json!(3.7145);
    file["progress"]["bias-variance"]["review"]["difficulty"] = json!(5.1618);
    let kept = import_value(file.clone()).map(|f| f.progress);
    let kept_state = kept
        .as_ref()
        .ok()
        .and_then(|p| p.get("bias-variance")?.review);
    assert_eq!(
        kept_state.map(|r| r.stability),
        Some(3.7145),
        "an FSRS-6 file is taken as it is"
    );
    if let Some(obj) = file.as_object_mut() {
        obj.remove("scheduler");
    }
    let old = import_value(file).map(|f| f.progress);
    let entry = old
        .as_ref()
        .ok()
        .and_then(|p| p.get("bias-variance"))
        .cloned();
    let entry = entry.unwrap_or_default();
    assert_eq!(entry.review, replay(&entry.ratings));
    assert_eq!(entry.review, p.get("bias-variance").and_then(|q| q.review));
}
