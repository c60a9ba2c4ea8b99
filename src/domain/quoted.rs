//! A name inside a message, in double quotes with special characters escaped.
//!
//! Release builds compile Debug formatting out (`-Zfmt-debug=none` makes `{:?}` print
//! nothing), so text a user may read never uses `{:?}`: it quotes with this instead.

use std::fmt;

/// Displays `s` as `"s"`, escaping quotes, backslashes and control characters.
pub struct Quoted<'a>(pub &'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", self.0.escape_debug())
    }
}

#[cfg(test)]
mod tests {
    use super::Quoted;

    #[test]
    fn quotes_and_escapes_like_debug() {
        for s in [
            "plain-id",
            "",
            "a \"b\" c",
            "back\\slash",
            "tab\there",
            "new\nline",
            "héllo",
        ] {
            assert_eq!(Quoted(s).to_string(), format!("{s:?}"));
        }
    }
}
