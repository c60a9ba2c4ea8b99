//! "Did you mean": for a typed word that matches nothing, the closest words the texts do
//! have, so an empty result can offer a search that finds something.

use super::index::FieldIndex;
use super::query::{Query, Resolved};
use super::terms::{letter_mask, tokens};

/// How many edits away a suggestion may be: more than search tolerates by itself, so a
/// word too far off to match can still be corrected.
fn reach(word: &str) -> usize {
    match word.chars().count() {
        0..=2 => 0,
        3..=4 => 1,
        5..=7 => 2,
        _ => 3,
    }
}

/// For each typed word that matches nothing in any index: the closest indexed words (best
/// first, at most `limit`), the commoner word first among equally close ones.
pub fn unmatched_words(
    query: &Query,
    searched: &[(&FieldIndex, &Resolved)],
    limit: usize,
) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for (u, unit) in query.units.iter().enumerate() {
        let Some(word) = &unit.typed else { continue };
        let matched = searched.iter().any(|(_, r)| {
            r.quality.get(u).is_some_and(|q| q.iter().any(|&v| v > 0))
                || r.phrases.get(u).is_some_and(|p| !p.is_empty())
        });
        if matched {
            continue;
        }
        let k = reach(&word.surface);
        let letters = letter_mask(&word.surface);
        let mut near: Vec<(usize, u32, &str)> = Vec::new();
        for (ix, _) in searched {
            for t in &ix.terms {
                let s = t.surface.as_str();
                if k == 0
                    || s.len().abs_diff(word.surface.len()) > k
                    || s.len() < 3
                    || (letters ^ t.letters).count_ones() as usize > 2 * k
                {
                    continue;
                }
                let d = strsim::osa_distance(&word.surface, s);
                if d <= k {
                    near.push((d, t.fields, s));
                }
            }
        }
        near.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
        let mut words: Vec<String> = Vec::new();
        for (_, _, s) in near {
            if !words.iter().any(|w| w == s) {
                words.push(s.to_string());
            }
            if words.len() == limit {
                break;
            }
        }
        if !words.is_empty() {
            out.push((word.token.clone(), words));
        }
    }
    out
}

/// `text` with its first word equal to `token` (as search reads words) replaced.
pub fn replace_word(text: &str, token: &str, by: &str) -> String {
    match tokens(text).into_iter().find(|t| t.word == token) {
        Some(t) => format!("{}{by}{}", &text[..t.start], &text[t.end..]),
        None => text.to_string(),
    }
}
