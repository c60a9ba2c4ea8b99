//! A list shared as a link: its pack, deflated and base64url-encoded into the URL fragment,
//! which never reaches a server. Pure functions, no browser.

use super::pack::{MAX_PACK_BYTES, Pack, parse_pack};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Where the pack starts in a fragment: `#pack=…`.
pub const FRAGMENT_PREFIX: &str = "pack=";
/// Longer links are refused: some browsers, chat apps and mail clients cut them.
pub const MAX_LINK_CHARS: usize = 8_000;

/// The fragment text for `pack` (after `#`), or why it cannot be a link.
pub fn to_fragment(pack: &Pack) -> Result<String, String> {
    let json = serde_json::to_string(pack).map_err(|e| e.to_string())?;
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    let fragment = format!("{FRAGMENT_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    if fragment.len() > MAX_LINK_CHARS {
        return Err(format!(
            "this list makes a link of {} characters, too long to share safely (at most {MAX_LINK_CHARS}); send the pack file instead (Export pack)",
            fragment.len()
        ));
    }
    Ok(fragment)
}

/// The pack in a fragment (with or without its `#`), checked like a pack file. `None`: the
/// fragment holds no pack.
pub fn from_fragment(fragment: &str) -> Option<Result<Pack, String>> {
    let code = fragment
        .trim_start_matches('#')
        .strip_prefix(FRAGMENT_PREFIX)?;
    Some(read(code))
}

fn read(code: &str) -> Result<Pack, String> {
    let packed = URL_SAFE_NO_PAD
        .decode(code.trim().trim_end_matches('='))
        .map_err(|_| "the link is damaged (it may have been cut when copied)".to_string())?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PACK_BYTES)
        .map_err(|_| "the link is damaged (it may have been cut when copied)".to_string())?;
    parse_pack(&json)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::lists::List;
    use crate::domain::own_questions::OwnQuestions;
    use crate::domain::pack::pack_of;

    fn pack(n: usize) -> Pack {
        let list = List {
            id: "list-a".into(),
            name: "Meta onsite".into(),
            questions: (0..n).map(|i| format!("question-{i}")).collect(),
            modified_ms: 1,
        };
        pack_of(&list, &OwnQuestions::default())
    }

    #[test]
    fn a_pack_survives_the_link() {
        let p = pack(40);
        let fragment = to_fragment(&p).unwrap_or_default();
        assert!(
            fragment.starts_with("pack=") && fragment.len() < 1_000,
            "{}",
            fragment.len()
        );
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"=-_".contains(&b))
        );
        assert_eq!(from_fragment(&format!("#{fragment}")), Some(Ok(p)));
        assert_eq!(from_fragment("#/browse"), None);
    }

    #[test]
    fn damaged_or_long_links_say_so() {
        let fragment = to_fragment(&pack(3)).unwrap_or_default();
        let cut = &fragment[..fragment.len() - 5];
        assert!(matches!(from_fragment(cut), Some(Err(e)) if e.contains("damaged")));
        assert!(matches!(from_fragment("pack=!!!"), Some(Err(e)) if e.contains("damaged")));
        // Random ids do not compress: a long list is refused, pointing to the file.
        let mut big = pack(0);
        big.questions = (0..2_000u32)
            .map(|i| format!("q{}", i.wrapping_mul(2_654_435_761)))
            .collect();
        assert!(to_fragment(&big).is_err_and(|e| e.contains("Export pack")));
    }
}
