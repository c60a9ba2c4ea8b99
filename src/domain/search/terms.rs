//! Words as search compares them. A text is cut into tokens (runs of letters and digits,
//! lowercased, accents folded, "A/B" kept as one token); each token has a *surface* (British
//! spellings turned American) and a *stem* (common endings removed), so that
//! "Regularisation", "regularization" and "regularized" meet, and "hallucinate" meets
//! "hallucinations". The same rules apply to the index and to what the user types, so they
//! only need to be consistent, not linguistically exact.

/// A word of a text: where it is, and its lowercased, accent-folded form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: String,
}

/// The tokens of `text`, in order. Two single letters joined by a slash ("A/B", "K/V")
/// make one token ("ab"), so an A/B test is not a search for the article "a".
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    scan(text, |start, end, word| {
        out.push(Token {
            start,
            end,
            word: word.to_string(),
        })
    });
    out
}

/// Calls `f(start, end, word)` for each token of `text`, as [`tokens`] lists them, without
/// allocating a string per token (what building an index needs).
pub fn scan(text: &str, mut f: impl FnMut(usize, usize, &str)) {
    // The last token is held back until the next one shows whether they join ("A/B").
    let mut held: Option<(usize, usize)> = None;
    let mut held_word = String::new();
    let mut word = String::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut finish = |s: usize,
                      e: usize,
                      word: &mut String,
                      held: &mut Option<(usize, usize)>,
                      held_word: &mut String| {
        if let Some((hs, he)) = *held {
            let joins = is_letter(held_word)
                && is_letter(word)
                && text.get(he..s) == Some("/")
                && !text[..hs].ends_with('/');
            if joins {
                held_word.push_str(word);
                *held = Some((hs, e));
                word.clear();
                return;
            }
            f(hs, he, held_word);
        }
        std::mem::swap(held_word, word);
        word.clear();
        *held = Some((s, e));
    };
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            fold_into(c, &mut word);
            end = i + c.len_utf8();
        } else if let Some(s) = start.take() {
            finish(s, end, &mut word, &mut held, &mut held_word);
        }
    }
    if let Some(s) = start {
        finish(s, end, &mut word, &mut held, &mut held_word);
    }
    if let Some((hs, he)) = held {
        f(hs, he, &held_word);
    }
}

fn is_letter(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_alphabetic())
}

/// Lowercases, folds accents ("é" -> "e") and turns punctuation into spaces.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_alphanumeric() {
            fold_into(c, &mut out);
        } else {
            out.push(' ');
        }
    }
    out
}

fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for lower in c.to_lowercase() {
        match fold_accent(lower) {
            Some(s) => out.push_str(s),
            None => out.push(lower),
        }
    }
}

fn fold_accent(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// British spellings that no suffix rule covers.
const WORDS: &[(&str, &str)] = &[
    ("grey", "gray"),
    ("programme", "program"),
    ("programmes", "programs"),
    ("defence", "defense"),
    ("licence", "license"),
    ("offence", "offense"),
    ("aeroplane", "airplane"),
    ("judgement", "judgment"),
    ("whilst", "while"),
];

/// Word beginnings whose "our" is "or" in American spelling (behaviour, colours, favourite).
const OUR: &[&str] = &[
    "behaviour",
    "colour",
    "favour",
    "honour",
    "labour",
    "neighbour",
    "flavour",
    "rumour",
    "humour",
    "harbour",
    "vapour",
    "endeavour",
];

/// Word beginnings spelt "-re" in British and "-er" in American (centre, metres).
const TRE: &[&str] = &["centre", "metre", "litre", "fibre", "theatre", "calibre"];

/// Word beginnings spelt "-ogue" in British and "-og" in American.
const OGUE: &[&str] = &["catalogue", "dialogue", "analogue"];

/// Endings of "-ise" / "-yse" verbs and "-isation" nouns, which American spelling writes
/// with a "z".
const ISE_ENDINGS: &[&str] = &[
    "isation", "isations", "ise", "ised", "ises", "ising", "iser", "isers", "yse", "ysed", "ysing",
];

/// The American spelling of a lowercased word ("regularisation" -> "regularization",
/// "modelling" -> "modeling", "behaviour" -> "behavior"). Other words are returned as
/// they are.
pub fn american(word: &str) -> String {
    if let Some((_, us)) = WORDS.iter().find(|(uk, _)| *uk == word) {
        return (*us).to_string();
    }
    if let Some(base) = OUR.iter().find(|b| word.starts_with(*b)) {
        let cut = base.len() - 2;
        return format!("{}{}", &word[..cut], &word[cut + 1..]);
    }
    if let Some(base) = TRE.iter().find(|b| word.starts_with(*b)) {
        let cut = base.len() - 2;
        return format!("{}er{}", &word[..cut], &word[base.len()..]);
    }
    if let Some(base) = OGUE.iter().find(|b| word.starts_with(*b)) {
        return format!("{}{}", &word[..base.len() - 2], &word[base.len()..]);
    }
    for ending in ISE_ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && stem.len() >= 2
        {
            let z = ending.replacen('s', "z", 1);
            return format!("{stem}{z}");
        }
    }
    for (uk, us) in [("elling", "eling"), ("elled", "eled")] {
        if let Some(stem) = word.strip_suffix(uk)
            && stem.len() >= 2
        {
            return format!("{stem}{us}");
        }
    }
    word.to_string()
}

/// Words whose final "s" is not a plural.
const NOT_PLURAL: &[&str] = &[
    "bias",
    "alias",
    "canvas",
    "atlas",
    "gas",
    "lens",
    "news",
    "series",
    "species",
    "always",
    "perhaps",
    "whereas",
    "its",
    "was",
    "has",
    "does",
    "this",
    "yes",
    "physics",
    "statistics",
    "mathematics",
    "economics",
    "ethics",
    "analytics",
    "robotics",
];

/// Words whose final "ed" is not an ending.
const NOT_PAST: &[&str] = &[
    "embed", "speed", "feed", "need", "seed", "proceed", "exceed", "succeed", "breed", "bleed",
    "shred", "hundred", "indeed",
];

/// The stem of a word already in American spelling: plurals and the endings -ing, -ed,
/// -ation, -ization removed, a doubled final consonant and a final "e" dropped
/// ("embeddings" -> "embed", "hallucinations" -> "hallucinat", "regularized" ->
/// "regulariz"). Words with digits and words of 3 letters or fewer are kept whole.
pub fn stem(word: &str) -> String {
    if word.len() <= 3 || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return word.to_string();
    }
    let mut s = word.to_string();
    if NOT_PLURAL.contains(&word) {
        return s;
    }
    // Plurals.
    if let Some(base) = s.strip_suffix("ies")
        && base.len() >= 2
    {
        s = format!("{base}y");
    } else if let Some(base) = s.strip_suffix("es")
        && base.len() >= 4
        && (base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh"))
    {
        s.truncate(base.len());
    } else if s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is") {
        s.pop();
    }
    // Endings.
    if let Some(base) = s.strip_suffix("ization")
        && base.len() >= 3
    {
        s = format!("{base}ize");
    } else if let Some(base) = s.strip_suffix("ation")
        && base.len() >= 3
    {
        s = format!("{base}ate");
    } else if let Some(base) = s.strip_suffix("ing")
        && base.len() >= 3
        && has_vowel(base)
    {
        s.truncate(base.len());
    } else if let Some(base) = s.strip_suffix("ed")
        && base.len() >= 3
        && has_vowel(base)
        && !NOT_PAST.contains(&s.as_str())
    {
        s.truncate(base.len());
    }
    // A doubled final consonant ("embedd", "stopp"), but not "ss" ("loss").
    let b = s.as_bytes();
    if b.len() >= 4 {
        let (x, y) = (b[b.len() - 2], b[b.len() - 1]);
        if x == y && !matches!(y, b'a' | b'e' | b'i' | b'o' | b'u' | b's') {
            s.pop();
        }
    }
    if s.len() >= 4 && s.ends_with('e') {
        s.pop();
    }
    s
}

fn has_vowel(s: &str) -> bool {
    s.bytes()
        .any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// Words that carry no meaning of their own in a search ("what is the ..."). They are
/// left out of a query that has other words, so "what is overfitting" finds a question
/// phrased "Explain overfitting.".
pub fn is_stop_word(word: &str) -> bool {
    const STOP: &[&str] = &[
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "is", "are", "was", "were",
        "be", "been", "what", "how", "why", "when", "which", "who", "does", "do", "did", "with",
        "vs", "versus", "it", "its", "this", "that", "you", "your", "i", "me", "my", "we", "can",
        "should", "would", "could", "will", "about", "from", "by", "as", "at", "into", "than",
        "there", "their", "they",
    ];
    STOP.contains(&word)
}

/// How many edits a typed word may be from a word of the text and still match: none up to
/// 3 letters, one for 4 to 7, two for longer words.
pub fn allowed_edits(word: &str) -> usize {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

/// The letters and digits a word contains, as bits (digits share six bits). One edit
/// changes at most two bits, so words whose masks differ in more than `2 × edits` bits
/// cannot be within that many edits: a cheap test before the edit distance.
pub fn letter_mask(word: &str) -> u32 {
    word.bytes().fold(0, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << (26 + (b - b'0') % 6),
        _ => m,
    })
}
