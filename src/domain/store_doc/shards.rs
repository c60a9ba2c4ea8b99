//! Stored progress is split into [`SHARDS`] documents, each a complete version 4 document
//! holding some of the questions.

use super::fast;
use crate::domain::progress::Progress;

/// How many documents stored progress is split into. A browser writes several small values
/// much faster than one large one (Chromium: eight 250 KB values in about 2 ms, one 2 MB
/// value in about 13 ms), and a change to one question rewrites only its part.
pub const SHARDS: usize = 8;

/// Which of the [`SHARDS`] documents holds question `id`: FNV-1a of the id. Fixed forever,
/// so a question never moves between documents.
pub fn shard_of(id: &str) -> usize {
    let mut hash: u32 = 0x811c_9dc5;
    for b in id.bytes() {
        hash = (hash ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    (hash % SHARDS as u32) as usize
}

/// The [`SHARDS`] stored documents for `progress`, each a complete version 4 document
/// holding the questions whose [`shard_of`] is its index.
pub fn to_stored_shards(progress: &Progress) -> Vec<String> {
    let mut parts: Vec<Vec<_>> = vec![Vec::new(); SHARDS];
    for entry in &progress.questions {
        parts[shard_of(entry.0)].push(entry);
    }
    parts
        .into_iter()
        .map(|part| {
            let count = part.len();
            fast::write_entries(part.into_iter(), count, progress.cleared_ms)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::progress::{Status, merge};
    use crate::domain::store_doc::load;

    #[test]
    fn shards_partition_the_questions_and_load_back() {
        let mut p = Progress::default();
        for i in 0..200 {
            p.set_status(&format!("q-{i}"), Status::Practicing, i);
        }
        let shards = to_stored_shards(&p);
        assert_eq!(shards.len(), SHARDS);
        let mut back = Progress::default();
        for (i, text) in shards.iter().enumerate() {
            let part = load(text).unwrap();
            assert!(!part.questions.is_empty(), "shard {i} is empty");
            assert!(part.questions.keys().all(|id| shard_of(id) == i));
            back.absorb(part);
        }
        assert_eq!(back, p);
        // Absorbing is merging.
        let mut other = Progress::default();
        other.set_status("q-1", Status::Confident, 1_000);
        let mut absorbed = back.clone();
        absorbed.absorb(other.clone());
        assert_eq!(absorbed, merge(&back, &other));
    }

    #[test]
    fn shard_of_is_fixed() {
        // These values are part of the stored format: changing them would hide progress.
        assert_eq!(
            ["", "a", "explain-bias-variance-tradeoff"].map(shard_of),
            [5, 4, 2]
        );
    }
}
