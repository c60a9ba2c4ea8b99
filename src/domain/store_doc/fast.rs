//! A hand-written reader and writer for the version 3 stored document (layout in
//! `compact.rs`), several times faster than going through serde for the one shape this app
//! writes. The writer's output is ordinary JSON that the serde path reads the same way.
//!
//! The reader accepts only that exact output (no whitespace, keys in this order). On
//! anything else it returns `None` and the caller falls back to serde, which handles any
//! valid JSON and names whatever is wrong. So it never needs to report errors, only to never
//! accept text it does not fully understand.

use crate::domain::progress::{Progress, QuestionProgress, Rating, RatingEvent, Status};
use crate::domain::schedule::ReviewState;
use std::collections::BTreeMap;
use std::fmt::Write;

const VERSION: &str = "{\"schema_version\":3,";
const CLEARED: &str = "\"cleared_ms\":";
const PROGRESS: &str = "\"progress\":{";

/// The version 3 document for `progress`.
pub(super) fn write(progress: &Progress) -> String {
    write_entries(
        progress.questions.iter(),
        progress.questions.len(),
        progress.cleared_ms,
    )
}

/// The version 3 document holding `entries` (about `count` of them, in the order given),
/// after the reset at `cleared_ms` if there was one (otherwise the field is left out).
pub(super) fn write_entries<'a>(
    entries: impl Iterator<Item = (&'a String, &'a QuestionProgress)>,
    count: usize,
    cleared_ms: Option<i64>,
) -> String {
    // Most entries are well under 200 bytes plus their notes.
    let mut out = String::with_capacity(64 + count * 200);
    out.push_str(VERSION);
    if let Some(cleared) = cleared_ms {
        out.push_str(CLEARED);
        push_int(&mut out, cleared);
        out.push(',');
    }
    out.push_str(PROGRESS);
    for (i, (id, q)) in entries.enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_str(&mut out, id);
        out.push_str(":[");
        out.push_str(match q.status {
            Status::New => "0",
            Status::Practicing => "1",
            Status::Confident => "2",
        });
        out.push_str(if q.bookmarked { ",1," } else { ",0," });
        write_str(&mut out, &q.notes);
        let m = q.modified_ms;
        out.push(',');
        push_int(&mut out, m);
        out.push_str(",[");
        for (j, e) in q.ratings.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(["0", "1", "2", "3"][e.rating.index()]);
            out.push(',');
            push_int(&mut out, m.wrapping_sub(e.at_ms));
        }
        out.push(']');
        if let Some(r) = &q.review {
            out.push_str(",[");
            push_int(&mut out, m.wrapping_sub(r.due_ms));
            for bits in [r.interval_days, r.stability, r.difficulty].map(f64::to_bits) {
                out.push(',');
                push_uint(&mut out, bits);
            }
            out.push(',');
            push_uint(&mut out, u64::from(r.reps));
            out.push(',');
            push_uint(&mut out, u64::from(r.lapses));
            out.push(',');
            push_int(&mut out, m.wrapping_sub(r.last_ms));
            out.push(']');
        }
        out.push(']');
    }
    out.push_str("}}");
    out
}

fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, n.unsigned_abs());
}

/// Decimal digits, without going through `fmt` (much faster in a size-optimised build).
fn push_uint(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written, so this never fails.
    if let Ok(text) = std::str::from_utf8(&digits[start..]) {
        out.push_str(text);
    }
}

/// A JSON string literal, escaped as serde_json does.
fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let bytes = s.as_bytes();
    let mut start = 0;
    while let Some(offset) = bytes.get(start..).and_then(|rest| {
        rest.iter()
            .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
    }) {
        let i = start + offset;
        let b = bytes[i];
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            _ => "",
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Reads a document written by [`write`]; `None` for anything else.
pub(super) fn read(text: &str) -> Option<Progress> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    r.expect(VERSION)?;
    let cleared_ms = if r.expect(CLEARED).is_some() {
        let c = r.int()?;
        r.expect(",")?;
        Some(c)
    } else {
        None
    };
    r.expect(PROGRESS)?;
    // Collected first: the writer sorts by id, and building the map from a sorted list is
    // much cheaper than inserting one by one. (A repeated id keeps its last entry, as serde
    // does.)
    let mut questions = Vec::new();
    if !r.eat(b'}') {
        loop {
            let id = r.string()?;
            r.expect(":[")?;
            let q = r.entry()?;
            questions.push((id, q));
            if r.eat(b'}') {
                break;
            }
            r.expect(",")?;
        }
    }
    r.expect("}")?;
    if r.pos != r.bytes.len() {
        return None;
    }
    let mut progress = Progress {
        questions: questions.into_iter().collect::<BTreeMap<_, _>>(),
        cleared_ms,
    };
    progress.drop_cleared();
    Some(progress)
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.pos += 1;
        }
        hit
    }

    fn expect(&mut self, s: &str) -> Option<()> {
        let end = self.pos.checked_add(s.len())?;
        (self.bytes.get(self.pos..end)? == s.as_bytes()).then(|| self.pos = end)
    }

    /// The rest of an entry, after its opening `[`, through its closing `]`.
    fn entry(&mut self) -> Option<QuestionProgress> {
        let status = match self.int()? {
            0 => Status::New,
            1 => Status::Practicing,
            2 => Status::Confident,
            _ => return None,
        };
        self.expect(",")?;
        let bookmarked = match self.int()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        self.expect(",")?;
        let notes = self.string()?;
        self.expect(",")?;
        let m = self.int()?;
        self.expect(",[")?;
        let mut ratings = Vec::new();
        if !self.eat(b']') {
            loop {
                let rating = *Rating::ALL.get(usize::try_from(self.int()?).ok()?)?;
                self.expect(",")?;
                let at_ms = m.wrapping_sub(self.int()?);
                ratings.push(RatingEvent { rating, at_ms });
                if self.eat(b']') {
                    break;
                }
                self.expect(",")?;
            }
        }
        let review = if self.eat(b',') {
            self.expect("[")?;
            let due_ms = m.wrapping_sub(self.int()?);
            self.expect(",")?;
            let interval_days = f64::from_bits(self.uint()?);
            self.expect(",")?;
            let stability = f64::from_bits(self.uint()?);
            self.expect(",")?;
            let difficulty = f64::from_bits(self.uint()?);
            self.expect(",")?;
            let reps = u32::try_from(self.uint()?).ok()?;
            self.expect(",")?;
            let lapses = u32::try_from(self.uint()?).ok()?;
            self.expect(",")?;
            let last_ms = m.wrapping_sub(self.int()?);
            self.expect("]")?;
            Some(ReviewState {
                due_ms,
                interval_days,
                stability,
                difficulty,
                reps,
                lapses,
                last_ms,
            })
        } else {
            None
        };
        self.expect("]")?;
        Some(QuestionProgress {
            status,
            bookmarked,
            notes,
            ratings,
            review,
            modified_ms: m,
        })
    }

    /// A whole number in i64, written without leading zeros, as serde_json writes them.
    fn int(&mut self) -> Option<i64> {
        let negative = self.eat(b'-');
        let magnitude = self.uint()?;
        if negative {
            if magnitude == 0 {
                return None; // "-0" is not what the writer produces
            }
            0i64.checked_sub_unsigned(magnitude)
        } else {
            i64::try_from(magnitude).ok()
        }
    }

    fn uint(&mut self) -> Option<u64> {
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(d @ b'0'..=b'9') = self.peek() {
            value = value.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
            self.pos += 1;
        }
        let digits = self.pos - start;
        let leading_zero = digits > 1 && self.bytes[start] == b'0';
        (digits > 0 && !leading_zero).then_some(value)
    }

    /// A string literal, unescaped.
    fn string(&mut self) -> Option<String> {
        self.expect("\"")?;
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => {
                    out.push_str(self.text.get(start..self.pos)?);
                    self.pos += 1;
                    return Some(out);
                }
                b'\\' => {
                    out.push_str(self.text.get(start..self.pos)?);
                    self.pos += 1;
                    self.escape(&mut out)?;
                    start = self.pos;
                }
                0..=0x1f => return None,
                _ => self.pos += 1,
            }
        }
    }

    /// One escape, after its backslash.
    fn escape(&mut self, out: &mut String) -> Option<()> {
        let c = match self.peek()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'u' => {
                self.pos += 1;
                let unit = self.hex4()?;
                let c = if (0xD800..0xDC00).contains(&unit) {
                    self.expect("\\u")?;
                    let low = self.hex4()?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    char::from_u32(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))?
                } else {
                    char::from_u32(unit)?
                };
                out.push(c);
                return Some(());
            }
            _ => return None,
        };
        self.pos += 1;
        out.push(c);
        Some(())
    }

    fn hex4(&mut self) -> Option<u32> {
        let end = self.pos.checked_add(4)?;
        let digits = self.text.get(self.pos..end)?;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        self.pos = end;
        u32::from_str_radix(digits, 16).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let text =
            r#"{"schema_version":3,"progress":{"\u0041\/":[0,0,"\ud83d\ude00\u00e9",5,[]]}}"#;
        let p = read(text).unwrap();
        assert_eq!(p.get("A/").map(|q| q.notes.as_str()), Some("😀é"));
    }

    #[test]
    fn anything_unexpected_is_left_to_serde() {
        for text in [
            "",
            "{}",
            r#"{"schema_version":3,"progress":{}} "#,
            r#"{"schema_version":3, "progress":{}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",5,[]]}"#,
            r#"{"schema_version":3,"progress":{"a":[3,0,"",5,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,2,"",5,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",05,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",-0,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",5.0,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",99999999999999999999,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",5,[4,0]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",5,[1]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"",5,[],[1,2]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"\x",5,[]]}}"#,
            r#"{"schema_version":3,"progress":{"a":[0,0,"\ud83d",5,[]]}}"#,
            "{\"schema_version\":3,\"progress\":{\"a\":[0,0,\"\n\",5,[]]}}",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
        assert_eq!(
            read(r#"{"schema_version":3,"progress":{}}"#),
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
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod agreement {
    use super::super::compact::reference::{CompactDocIn, CompactDocOut};
    use super::*;
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
        super::super::migrate(value).ok()
    }

    proptest! {
        #[test]
        fn fast_writer_matches_serde_and_both_readers_agree(p in progress()) {
            let fast = write(&p);
            let reference = serde_json::to_string(&CompactDocOut { schema_version: 3, cleared_ms: p.cleared_ms, progress: &p });
            prop_assert_eq!(Some(&fast), reference.as_ref().ok());
            prop_assert_eq!(read(&fast), Some(p.clone()));
            let via_serde = serde_json::from_str::<CompactDocIn>(&fast).ok();
            prop_assert_eq!(via_serde.map(|d| (d.schema_version, d.into_progress())), Some((3, p.clone())));
            // And the app's own fallback (through `serde_json::Value`) agrees too.
            prop_assert_eq!(via_value(&fast), Some(p));
        }

        #[test]
        fn the_fast_reader_never_disagrees_with_serde(text in r#"\{"schema_version":3,("cleared_ms":-?[0-9]{1,2},)?"progress":\{("[a-z\\"]{0,3}":\[[0-3],[01],"[a-z\\"nu0-9]{0,4}",-?[0-9]{1,3},\[([0-4],-?[0-9]{1,2},?){0,2}\](,\[[0-9,]{1,16}\])?\],?){0,2}\}\}"#) {
            // Random near-miss documents: whatever the fast reader accepts, serde reads the
            // same way.
            if let Some(p) = read(&text) {
                let via_serde = serde_json::from_str::<CompactDocIn>(&text).ok();
                prop_assert_eq!(via_serde.map(|d| (d.schema_version, d.into_progress())), Some((3, p.clone())));
                prop_assert_eq!(via_value(&text), Some(p));
            }
        }
    }
}
