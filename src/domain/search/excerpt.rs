//! Showing a match: a text cut into plain and marked parts, and a short excerpt around the
//! first marked word of a longer text (a key point, a note).

use super::index::FieldIndex;
use super::query::Resolved;
use super::terms::tokens;

/// A run of text, marked when it is a matched word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub marked: bool,
}

/// How many words an excerpt shows before the first matched word, and in all.
const BEFORE: usize = 6;
const WORDS: usize = 24;

/// The whole of `text` with the words the query matches marked.
pub fn marked(text: &str, ix: &FieldIndex, res: &Resolved) -> Vec<Segment> {
    segments(text, 0, text.len(), ix, res)
}

/// Up to 24 words of `text` around its first matched word, with "…" where it is cut.
pub fn excerpt(text: &str, ix: &FieldIndex, res: &Resolved) -> Vec<Segment> {
    let toks = tokens(text);
    let is_marked = |w: &str| ix.term(w).is_some_and(|t| res.marks(ix, t));
    let first = toks.iter().position(|t| is_marked(&t.word)).unwrap_or(0);
    let from = first.saturating_sub(BEFORE);
    let to = (from + WORDS).min(toks.len());
    let start = if from == 0 {
        0
    } else {
        toks.get(from).map_or(0, |t| t.start)
    };
    let end = if to >= toks.len() {
        text.len()
    } else {
        toks.get(to - 1).map_or(text.len(), |t| t.end)
    };
    let mut out = segments(text, start, end, ix, res);
    if start > 0 {
        out.insert(0, plain("…"));
    }
    if end < text.len() {
        out.push(plain("…"));
    }
    out
}

fn plain(s: &str) -> Segment {
    Segment {
        text: s.to_string(),
        marked: false,
    }
}

fn segments(text: &str, start: usize, end: usize, ix: &FieldIndex, res: &Resolved) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut at = start;
    for t in tokens(text.get(start..end).unwrap_or_default()) {
        let (s, e) = (start + t.start, start + t.end);
        let hit = ix.term(&t.word).is_some_and(|term| res.marks(ix, term));
        if !hit {
            continue;
        }
        if s > at {
            push(&mut out, &text[at..s], false);
        }
        push(&mut out, &text[s..e], true);
        at = e;
    }
    if end > at {
        push(&mut out, &text[at..end], false);
    }
    out
}

/// Appends, joining a run to the previous one of the same kind.
fn push(out: &mut Vec<Segment>, text: &str, marked: bool) {
    match out.last_mut() {
        Some(last) if last.marked == marked && !marked => last.text.push_str(text),
        _ => out.push(Segment {
            text: text.to_string(),
            marked,
        }),
    }
}
