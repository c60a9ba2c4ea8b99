//! Own questions from CSV (errors name their line; nothing is read from a file with an
//! error; fuzzed for no panics) and a list as an Anki TSV file.

use ml_interview_prep::domain::catalog::{Catalog, Difficulty};
use ml_interview_prep::domain::sheet::{anki_tsv, read_csv};
use proptest::prelude::*;

fn catalog() -> Catalog {
    match Catalog::from_json(include_str!("../public/catalog.json")) {
        Ok(c) => c,
        Err(e) => panic!("{e}"),
    }
}

fn read(
    text: &str,
) -> Result<
    (
        Vec<ml_interview_prep::domain::catalog::Question>,
        Vec<ml_interview_prep::domain::catalog::Section>,
    ),
    Vec<String>,
> {
    let mut n = 0;
    let mut ids = || {
        n += 1;
        format!("own-t-{n}")
    };
    read_csv(text.as_bytes(), &catalog(), &mut ids)
}

#[test]
fn a_spreadsheet_becomes_own_questions() {
    let csv = "\u{feff}Question,Section,Difficulty,Company,Year,Round type,Answer URL,Key points\r\n\
        \"Design a feed, end to end\",SYSTEM-DESIGN,Hard,Acme,2026,system-design,https://example.com,\"two towers\ncalibration\"\r\n\
        What is $p$?,Team topics,,,,Behavioral,,\r\n\
        ,,,,,,,\r\n\
        Another team one,team TOPICS,easy,,,,,\r\n";
    let (qs, sections) = read(csv).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(qs.len(), 3, "the blank row is skipped");
    assert_eq!(qs[0].text, "Design a feed, end to end");
    assert_eq!(qs[0].section, "system-design");
    assert_eq!(qs[0].difficulty, Some(Difficulty::Hard));
    assert_eq!(qs[0].key_points, ["two towers", "calibration"]);
    assert_eq!(qs[1].round_type.as_deref(), Some("behavioral"));
    assert_eq!(sections.len(), 1, "one new section, reused by title");
    assert_eq!(qs[1].section, sections[0].id);
    assert_eq!(qs[2].section, sections[0].id);
}

#[test]
fn errors_name_their_line_and_nothing_is_read() {
    let csv = "question,year,answer_url\nFine one,2026,\nBad year,20x6,\nBad link,,javascript:alert(1)\n\"unclosed,2026\n";
    let errors = read(csv).err().unwrap_or_default();
    assert!(
        errors.iter().any(|e| e.starts_with("line 3, column year")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.starts_with("line 4, column answer_url")),
        "{errors:?}"
    );
    for (bad, says) in [
        ("", "empty"),
        ("text,year\nx,1\n", "unknown column \"text\""),
        ("year\n2026\n", "no \"question\" column"),
        ("question,question\nx,y\n", "appears twice"),
        (
            "question,year\nx\n",
            "line 2: it has 1 cells where the header row has 2",
        ),
        ("question\n", "no questions"),
        (
            "question,year\n\"<script>alert(1)</script>\",\n\"   \",2026\n",
            "line 3, column question",
        ),
    ] {
        let e = read(bad).err().unwrap_or_default().join(" | ");
        assert!(e.contains(says), "{bad:?}: {e}");
    }
    let big = format!("question\n{}", "x\n".repeat(3_000_000));
    assert!(read(&big).err().unwrap_or_default()[0].contains("larger than 5 MB"));
    let latin1 = b"question\ncaf\xe9\n";
    let mut n = 0;
    let e = read_csv(latin1, &catalog(), &mut || {
        n += 1;
        format!("own-{n}")
    });
    assert!(e.err().unwrap_or_default()[0].contains("not UTF-8"));
}

#[test]
fn anki_gets_one_note_per_question_with_escaped_html() {
    let cat = catalog();
    let q = &cat.questions[0];
    let mut own = q.clone();
    own.text = "Tabs\tand <b>tags</b>\nhere".into();
    let tsv = anki_tsv(&[
        (q, vec!["one".into(), "two & three".into()]),
        (&own, vec![]),
    ]);
    let lines: Vec<&str> = tsv.lines().collect();
    assert_eq!(
        lines[..3],
        ["#separator:tab", "#html:true", "#columns:Front\tBack"]
    );
    assert_eq!(lines[3], format!("{}\tone<br>two &amp; three", q.text));
    assert_eq!(lines[4], "Tabs and &lt;b&gt;tags&lt;/b&gt;<br>here\t");
    assert_eq!(lines.len(), 5);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// Any text: a result or a list of problems, never a panic.
    #[test]
    fn any_csv_never_panics(text in "[a-z,\"\\n\\r ;$<>0-9]{0,300}") {
        let _ = read(&format!("question,year,key_points\n{text}"));
        let _ = read(&text);
    }

    #[test]
    fn any_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut n = 0;
        let _ = read_csv(&bytes, &catalog(), &mut || { n += 1; format!("own-{n}") });
    }
}
