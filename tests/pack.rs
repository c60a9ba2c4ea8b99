//! Packs: a list with its own questions as one file. Round trip, preview (new, updated,
//! unchanged, conflicting), choices per conflict, importing twice, and bad files (fuzzed:
//! never a panic, and a refused file changes nothing).

use ml_interview_prep::domain::catalog::Catalog;
use ml_interview_prep::domain::lists::Lists;
use ml_interview_prep::domain::own_questions::{Draft, OwnQuestions, new_id};
use ml_interview_prep::domain::pack::{Change, PACK_FORMAT, apply, pack_of, parse_pack, preview};
use proptest::prelude::*;
use std::collections::HashSet;

fn catalog() -> Catalog {
    match Catalog::from_json(include_str!("../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

/// Own questions "one" and "two", and a list "Meta onsite" with them and a built-in one.
fn device(cat: &Catalog) -> (OwnQuestions, Lists, Vec<String>) {
    let mut own = OwnQuestions::default();
    let mut ids = Vec::new();
    for (n, text) in ["one", "two"].iter().enumerate() {
        let id = new_id(1_800_000_000_000, n as u32);
        let d = Draft {
            text: (*text).into(),
            key_points: "a point".into(),
            ..Draft::default()
        };
        match d.check(&id, cat, "own-s") {
            Ok((q, s)) => own.put(q, s, 10),
            Err(e) => panic!("{e:?}"),
        }
        ids.push(id);
    }
    let mut lists = Lists::default();
    lists.create("list-m".into(), "Meta onsite".into(), 10);
    let mut members = vec![cat.questions[3].id.clone()];
    members.extend(ids.iter().cloned());
    lists.add("list-m", &members, 10);
    (own, lists, ids)
}

#[test]
fn a_pack_moves_a_list_to_another_device_and_twice_changes_nothing() {
    let cat = catalog();
    let (own, lists, ids) = device(&cat);
    let pack = pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &own);
    let text = pack.to_json().unwrap_or_default();
    assert!(text.contains(PACK_FORMAT));
    assert_eq!(pack.file_name(), "meta-onsite.pack.json");
    let read = parse_pack(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, pack);

    // A fresh device: everything is new.
    let (mut their_own, mut their_lists) = (OwnQuestions::default(), Lists::default());
    let p = preview(&read, &cat, &their_own, &their_lists);
    assert_eq!(p.count(Change::New), 2);
    assert_eq!(p.known, 1);
    assert!(!p.list_exists && p.list_changes);
    apply(
        &read,
        &cat,
        &mut their_own,
        &mut their_lists,
        &HashSet::new(),
        20,
    );
    assert_eq!(their_own.questions.len(), 2);
    assert_eq!(
        their_own
            .get(&ids[0])
            .map(|o| o.question.key_points.clone()),
        Some(vec!["a point".to_string()])
    );
    assert_eq!(
        their_lists.get("list-m").map(|l| l.questions.clone()),
        lists.get("list-m").map(|l| l.questions.clone())
    );

    // Again: nothing to do, nothing changes.
    let p = preview(&read, &cat, &their_own, &their_lists);
    assert!(p.nothing_to_do(), "{p:?}");
    assert_eq!(p.count(Change::Unchanged), 2);
    let before = (their_own.clone(), their_lists.clone());
    apply(
        &read,
        &cat,
        &mut their_own,
        &mut their_lists,
        &HashSet::new(),
        30,
    );
    assert_eq!((their_own, their_lists), before);
}

#[test]
fn updates_and_conflicts_follow_the_users_choice() {
    let cat = catalog();
    let (own, lists, ids) = device(&cat);
    // The other device edited "one" later; this device edited "two" later than the pack.
    let mut theirs = own.clone();
    let mut q = theirs.questions[0].question.clone();
    q.text = "one, edited there".into();
    theirs.put(q, None, 50);
    let pack = pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &theirs);
    let mut mine = own.clone();
    let mut q = mine.questions[1].question.clone();
    q.text = "two, edited here".into();
    mine.put(q, None, 60);
    let mut pack_two = pack.clone();
    pack_two.own.questions[1].question.text = "two, as in the pack".into();
    let p = preview(&pack_two, &cat, &mine, &lists);
    assert_eq!(
        p.own,
        vec![
            (ids[0].clone(), Change::Updated),
            (ids[1].clone(), Change::Conflict)
        ]
    );
    // Take the update, keep this device's copy of the conflict.
    let mut lists2 = lists.clone();
    let mut mine2 = mine.clone();
    let take: HashSet<String> = [ids[0].clone()].into();
    apply(&pack_two, &cat, &mut mine2, &mut lists2, &take, 70);
    assert_eq!(
        mine2.get(&ids[0]).map(|o| o.question.text.as_str()),
        Some("one, edited there")
    );
    assert_eq!(
        mine2.get(&ids[1]).map(|o| o.question.text.as_str()),
        Some("two, edited here")
    );
    // Or take both.
    let take: HashSet<String> = ids.iter().cloned().collect();
    apply(&pack_two, &cat, &mut mine, &mut lists2, &take, 70);
    assert_eq!(
        mine.get(&ids[1]).map(|o| o.question.text.as_str()),
        Some("two, as in the pack")
    );
}

#[test]
fn unknown_built_in_ids_are_left_out_and_a_taken_name_gets_a_number() {
    let cat = catalog();
    let (own, lists, _) = device(&cat);
    let mut pack = pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &own);
    pack.questions.push("not-in-this-catalog".into());
    pack.list_id = "list-other".into();
    let p = preview(&pack, &cat, &own, &lists);
    assert_eq!(p.unknown, vec!["not-in-this-catalog".to_string()]);
    let (mut own2, mut lists2) = (own.clone(), lists.clone());
    apply(&pack, &cat, &mut own2, &mut lists2, &HashSet::new(), 5);
    let made = lists2
        .get("list-other")
        .unwrap_or_else(|| panic!("no list"));
    assert_eq!(made.name, "Meta onsite (2)");
    assert!(!made.questions.contains(&"not-in-this-catalog".to_string()));
}

#[test]
fn bad_packs_say_what_is_wrong() {
    let cat = catalog();
    let (own, lists, _) = device(&cat);
    let good = pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &own)
        .to_json()
        .unwrap_or_default();
    let html = good.replace(
        "\"one\"",
        "\"<script>alert(1)</script><img src=x onerror=alert(1)>\"",
    );
    assert!(
        parse_pack(html.as_bytes()).is_ok(),
        "HTML is text, read as any text"
    );
    let cases: Vec<(String, &str)> = vec![
        (String::new(), "empty"),
        ("{\"format\": \"ml-interview-prep-pack\", ".into(), "not valid JSON (line 1"),
        ("[]".into(), "not a pack"),
        (good.replace(PACK_FORMAT, "anki"), "\"anki\""),
        (good.replace("\"version\": 1", "\"version\": 7"), "newer"),
        (good.replace("\"name\": \"Meta onsite\"", "\"name\": 5"), "invalid type"),
        (good.replace("\"name\": \"Meta onsite\"", "\"name\": \"  \""), "\"name\""),
        (good.replacen("\"list_id\": \"list-m\"", "\"list_id\": \"\"", 1), "list_id"),
        (good.replacen("\"questions\": [", "\"questions\": [\"explain-central-limit-theorem\", \"explain-central-limit-theorem\", ", 1), "listed twice"),
        (good.replacen("\"questions\": [", "\"questions\": [\"Bad Id\", ", 1), "not a question id"),
        (good.replace("\"a point\"", &format!("\"{}\"", "x".repeat(1_001))), "key points"),
        (format!("{{\"pad\": \"{}\"}}", "x".repeat(10 * 1024 * 1024)), "at most 5 MB"),
    ];
    for (bad, says) in cases {
        match parse_pack(bad.as_bytes()) {
            Ok(_) => panic!("accepted: {}", &bad[..bad.len().min(200)]),
            Err(e) => assert!(e.contains(says), "{e} (wanted {says})"),
        }
    }
    assert!(parse_pack(&[0xff, 0xfe]).unwrap_err().contains("not text"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any bytes: never a panic.
    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_pack(&bytes);
    }

    /// A good pack cut or corrupted anywhere: an error or a sound pack, never a panic; and
    /// whatever is accepted can be previewed and applied.
    #[test]
    fn damaged_packs_never_panic(cut in 0usize..2000, at in 0usize..2000, byte in any::<u8>()) {
        let cat = catalog();
        let (own, lists, _) = device(&cat);
        let good = pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &own).to_json().unwrap_or_default();
        let mut bytes = good.into_bytes();
        if at < bytes.len() { bytes[at] = byte; }
        bytes.truncate(cut.min(bytes.len()));
        if let Ok(pack) = parse_pack(&bytes) {
            let (mut o, mut l) = (OwnQuestions::default(), Lists::default());
            let _ = preview(&pack, &cat, &o, &l);
            apply(&pack, &cat, &mut o, &mut l, &HashSet::new(), 1);
        }
    }
}

/// Progress travels only when asked, only for the pack's questions, and taking it twice
/// changes nothing.
#[test]
fn a_pack_carries_progress_only_when_asked() {
    use ml_interview_prep::domain::progress::{Progress, Rating, merge};
    let cat = catalog();
    let (own, lists, ids) = device(&cat);
    let list = lists.get("list-m").unwrap_or_else(|| panic!("the list"));
    let mut mine = Progress::default();
    mine.rate(&ids[0], Rating::Good, 100);
    mine.set_notes(&ids[0], "remember calibration", 101);
    mine.set_notes("not-in-the-list", "private", 102);
    let plain = pack_of(list, &own);
    assert!(plain.progress.is_none());
    assert!(!plain.to_json().unwrap_or_default().contains("\"progress\""));

    let pack = pack_of(list, &own).with_progress(&mine);
    assert_eq!(pack.progress_count(), 1);
    let text = pack.to_json().unwrap_or_default();
    assert!(
        !text.contains("private"),
        "only the list's questions travel"
    );
    let read = parse_pack(text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(read, pack);

    // Another device: one newer entry to take; taking it twice changes nothing.
    let theirs = Progress::default();
    assert_eq!(read.newer_progress(&theirs), 1);
    let carried = read.progress.clone().unwrap_or_default();
    let once = merge(&theirs, &carried);
    assert_eq!(
        once.get(&ids[0]).map(|p| p.notes.as_str()),
        Some("remember calibration")
    );
    assert_eq!(read.newer_progress(&once), 0);
    assert_eq!(merge(&once, &carried), once);
    // A device whose copy is newer keeps it.
    let mut later = once.clone();
    later.set_notes(&ids[0], "my newer note", 500);
    assert_eq!(read.newer_progress(&later), 0);
    assert_eq!(
        merge(&later, &carried)
            .get(&ids[0])
            .map(|p| p.notes.as_str()),
        Some("my newer note")
    );

    // Progress on a question the pack does not hold, or of the wrong shape, is refused.
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    doc["progress"]["someone-else"] = doc["progress"][&ids[0]].clone();
    let e = parse_pack(doc.to_string().as_bytes())
        .err()
        .unwrap_or_default();
    assert!(
        e.contains("\"someone-else\", which is not in the pack"),
        "{e}"
    );
    let mut doc: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
    doc["progress"][&ids[0]]["notes"] = serde_json::json!(5);
    assert!(parse_pack(doc.to_string().as_bytes()).is_err());
}

/// The documented schema names every field a pack carries, and requires what a pack always
/// has (docs/pack.schema.json, docs/PACK-FORMAT.md).
#[test]
fn the_schema_describes_what_packs_hold() {
    use serde_json::Value;
    let schema: Value = serde_json::from_str(include_str!("../docs/pack.schema.json"))
        .unwrap_or_else(|e| panic!("schema: {e}"));
    let cat = catalog();
    let (mut own, lists, _) = device(&cat);
    let mut q = own.questions[0].question.clone();
    q.difficulty = Some(ml_interview_prep::domain::catalog::Difficulty::Hard);
    q.company = Some("Acme".into());
    q.year = Some(2026);
    q.round_type = Some("behavioral".into());
    q.answer_url = Some("https://example.com".into());
    own.put(q, None, 11);
    let mut progress = ml_interview_prep::domain::progress::Progress::default();
    let first = own.questions[0].question.id.clone();
    progress.rate(&first, ml_interview_prep::domain::progress::Rating::Good, 5);
    progress.set_notes(&first, "a note", 6);
    progress.toggle_bookmark(&first, 7);
    let pack =
        pack_of(lists.get("list-m").unwrap_or_else(|| panic!()), &own).with_progress(&progress);
    let doc: Value = serde_json::from_str(&pack.to_json().unwrap_or_default()).unwrap_or_default();
    fn covers(schema: &Value, doc: &Value, at: &str) {
        let props = &schema["properties"];
        if let Some(obj) = doc.as_object() {
            for (k, v) in obj {
                // A map keyed by question id describes its values once.
                let of = match props.get(k) {
                    Some(p) => p,
                    None => &schema["additionalProperties"],
                };
                assert!(of.is_object(), "{at}.{k} is not in the schema");
                covers(of, v, &format!("{at}.{k}"));
            }
            for r in schema["required"].as_array().into_iter().flatten() {
                let r = r.as_str().unwrap_or_default();
                assert!(obj.contains_key(r), "{at}.{r} is required but not written");
            }
        }
        if let Some(items) = doc.as_array() {
            for item in items {
                covers(&schema["items"], item, &format!("{at}[]"));
            }
        }
    }
    covers(&schema, &doc, "pack");
}
