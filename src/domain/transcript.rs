//! What a transcript of a spoken answer says about it: the filler words used, and which key
//! points it mentions. Words are compared as search compares them (lowercased, British
//! spellings American, common endings removed), so "regularisation" mentions a key point
//! about "regularization".

use crate::domain::search::terms::{american, is_stop_word, stem, tokens};
use std::collections::HashSet;

/// Single filler words. ("like" and "so" are left out: they are as often real words.)
const FILLERS: &[&str] = &[
    "um",
    "umm",
    "uh",
    "uhh",
    "er",
    "erm",
    "hmm",
    "basically",
    "actually",
];

/// Two-word fillers.
const FILLER_PAIRS: &[(&str, &str)] = &[
    ("you", "know"),
    ("i", "mean"),
    ("sort", "of"),
    ("kind", "of"),
];

/// Each filler used, with how often, most used first (ties in the order above).
pub fn fillers(transcript: &str) -> Vec<(String, usize)> {
    let words: Vec<String> = tokens(transcript).into_iter().map(|t| t.word).collect();
    let mut counts: Vec<(String, usize)> = Vec::new();
    let mut add = |name: String| match counts.iter_mut().find(|(n, _)| *n == name) {
        Some((_, c)) => *c += 1,
        None => counts.push((name, 1)),
    };
    let mut i = 0;
    while i < words.len() {
        if let Some((a, b)) = FILLER_PAIRS
            .iter()
            .find(|(a, b)| words[i] == *a && words.get(i + 1).is_some_and(|w| w == b))
        {
            add(format!("{a} {b}"));
            i += 2;
            continue;
        }
        if FILLERS.contains(&words[i].as_str()) {
            add(words[i].clone());
        }
        i += 1;
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    counts
}

/// The words of a text that carry its meaning: stems of words of four letters or more that
/// are not stop words.
fn meaningful(text: &str) -> HashSet<String> {
    tokens(text)
        .into_iter()
        .map(|t| t.word)
        .filter(|w| w.len() >= 4 && !is_stop_word(w))
        .map(|w| stem(&american(&w)))
        .collect()
}

/// The positions of the key points the transcript mentions: those at least half of whose
/// meaningful words it uses (and at least one).
pub fn mentioned(transcript: &str, key_points: &[String]) -> Vec<usize> {
    let said = meaningful(transcript);
    key_points
        .iter()
        .enumerate()
        .filter(|(_, point)| {
            let words = meaningful(point);
            let hits = words.iter().filter(|w| said.contains(*w)).count();
            hits > 0 && hits * 2 >= words.len()
        })
        .map(|(i, _)| i)
        .collect()
}
