//! Reads the version 4 stored document, exactly as `write.rs` writes it.

use super::{CLEARED, PROGRESS, VERSION};
use crate::domain::progress::{Progress, QuestionProgress, Rating, RatingEvent, Status};
use crate::domain::schedule::ReviewState;
use std::collections::BTreeMap;

/// Reads a document written by [`write`]; `None` for anything else.
pub(in crate::domain::store_doc) fn read(text: &str) -> Option<Progress> {
    let mut r = Reader {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    r.literal(VERSION)?;
    let cleared_ms = if r.literal(CLEARED).is_some() {
        let c = r.int()?;
        r.literal(",")?;
        Some(c)
    } else {
        None
    };
    r.literal(PROGRESS)?;
    // Collected first: the writer sorts by id, and building the map from a sorted list is
    // much cheaper than inserting one by one. (A repeated id keeps its last entry, as serde
    // does.)
    let mut questions = Vec::new();
    if !r.eat(b'}') {
        loop {
            let id = r.string()?;
            r.literal(":[")?;
            let q = r.entry()?;
            questions.push((id, q));
            if r.eat(b'}') {
                break;
            }
            r.literal(",")?;
        }
    }
    r.literal("}")?;
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

    fn literal(&mut self, s: &str) -> Option<()> {
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
        self.literal(",")?;
        let bookmarked = match self.int()? {
            0 => false,
            1 => true,
            _ => return None,
        };
        self.literal(",")?;
        let notes = self.string()?;
        self.literal(",")?;
        let m = self.int()?;
        self.literal(",[")?;
        let mut ratings = Vec::new();
        if !self.eat(b']') {
            loop {
                let rating = *Rating::ALL.get(usize::try_from(self.int()?).ok()?)?;
                self.literal(",")?;
                let at_ms = m.wrapping_sub(self.int()?);
                ratings.push(RatingEvent { rating, at_ms });
                if self.eat(b']') {
                    break;
                }
                self.literal(",")?;
            }
        }
        let review = if self.eat(b',') {
            self.literal("[")?;
            let due_ms = m.wrapping_sub(self.int()?);
            self.literal(",")?;
            let interval_days = f64::from_bits(self.uint()?);
            self.literal(",")?;
            let stability = f64::from_bits(self.uint()?);
            self.literal(",")?;
            let difficulty = f64::from_bits(self.uint()?);
            self.literal(",")?;
            let reps = u32::try_from(self.uint()?).ok()?;
            self.literal(",")?;
            let lapses = u32::try_from(self.uint()?).ok()?;
            self.literal(",")?;
            let last_ms = m.wrapping_sub(self.int()?);
            self.literal("]")?;
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
        self.literal("]")?;
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
        self.literal("\"")?;
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
                    self.literal("\\u")?;
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
