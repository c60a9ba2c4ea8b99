//! Counts in words: "1 question", "3 questions". For nouns whose plural adds an "s".

/// `n` and `noun`, plural unless `n` is 1.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(count(0, "question"), "0 questions");
        assert_eq!(count(1, "own question"), "1 own question");
        assert_eq!(count(12, "list"), "12 lists");
    }
}
