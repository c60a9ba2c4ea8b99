//! Writes the version 4 stored document.

use super::{CLEARED, PROGRESS, VERSION};
use crate::domain::progress::{Progress, QuestionProgress, Status};
use std::fmt::Write;

/// The version 4 document for `progress`.
pub(in crate::domain::store_doc) fn write(progress: &Progress) -> String {
    write_entries(
        progress.questions.iter(),
        progress.questions.len(),
        progress.cleared_ms,
    )
}

/// The version 4 document holding `entries` (about `count` of them, in the order given),
/// after the reset at `cleared_ms` if there was one (otherwise the field is left out).
pub(in crate::domain::store_doc) fn write_entries<'a>(
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
