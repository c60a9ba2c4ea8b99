//! The embedded catalog's compact form, written by `build.rs` from `public/catalog.json` and
//! read here at start, without a JSON parser (which keeps serde out of the first load).
//!
//! The text is a sequence of tokens separated by U+001F (no catalog string contains it), in
//! a fixed order that mirrors the types in `catalog`:
//! - a string is its text; a number is its decimal digits;
//! - an optional value is `0` (absent) or `1` followed by the value;
//! - a list is its length followed by its items;
//! - the last token is `.`, so a cut-off text is refused.
//!
//! A question's key points are not in it: they are read from `catalog.json` when needed.
//! The test `compact_form_matches_the_json` checks that this reader and `build.rs` agree.

use crate::domain::catalog::{
    CATALOG_SCHEMA_VERSION, Catalog, CatalogError, Company, Difficulty, Duration, Question,
    Resource, RoundType, Section, Stage, Timeline, Tip,
};
use std::str::{FromStr, Split};

/// The token separator.
pub const SEPARATOR: char = '\u{1f}';
/// The last token.
const END: &str = ".";

struct Tokens<'a> {
    rest: Split<'a, char>,
    read: usize,
}

impl<'a> Tokens<'a> {
    fn fail(&self, what: &str) -> CatalogError {
        CatalogError::Damaged(format!("at token {}, {what}", self.read))
    }

    fn text(&mut self) -> Result<&'a str, CatalogError> {
        self.read += 1;
        self.rest
            .next()
            .ok_or_else(|| self.fail("it ends too early"))
    }

    fn string(&mut self) -> Result<String, CatalogError> {
        self.text().map(str::to_string)
    }

    fn number<T: FromStr>(&mut self) -> Result<T, CatalogError> {
        let t = self.text()?;
        t.parse().map_err(|_| self.fail("a number was expected"))
    }

    fn optional<T>(
        &mut self,
        item: impl FnOnce(&mut Self) -> Result<T, CatalogError>,
    ) -> Result<Option<T>, CatalogError> {
        match self.text()? {
            "0" => Ok(None),
            "1" => item(self).map(Some),
            _ => Err(self.fail("0 or 1 was expected")),
        }
    }

    fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, CatalogError>,
    ) -> Result<Vec<T>, CatalogError> {
        let n: usize = self.number()?;
        (0..n).map(|_| item(self)).collect()
    }

    fn strings(&mut self) -> Result<Vec<String>, CatalogError> {
        self.list(Self::string)
    }
}

/// Reads the compact form of the catalog.
pub fn decode(text: &str) -> Result<Catalog, CatalogError> {
    let mut t = Tokens {
        rest: text.split(SEPARATOR),
        read: 0,
    };
    let schema_version = t.number()?;
    if schema_version > CATALOG_SCHEMA_VERSION {
        return Err(CatalogError::UnsupportedVersion(schema_version));
    }
    let catalog = Catalog {
        schema_version,
        title: t.string()?,
        sections: t.list(|t| {
            Ok(Section {
                id: t.string()?,
                title: t.string()?,
                kind: t.string()?,
            })
        })?,
        round_types: t.list(|t| {
            Ok(RoundType {
                id: t.string()?,
                title: t.string()?,
            })
        })?,
        questions: t.list(question)?,
        companies: t.list(company)?,
        tips: t.list(|t| {
            Ok(Tip {
                group: t.string()?,
                title: t.string()?,
                text: t.string()?,
            })
        })?,
        resources: t.list(|t| {
            Ok(Resource {
                group: t.string()?,
                title: t.string()?,
                url: t.string()?,
            })
        })?,
        timeline: t.optional(|t| {
            Ok(Timeline {
                label: t.string()?,
                text: t.string()?,
            })
        })?,
        index: Default::default(),
    };
    if t.text()? != END {
        return Err(t.fail("the end mark is missing"));
    }
    match t.rest.next() {
        None => Ok(catalog),
        Some(_) => Err(t.fail("there is more after the end")),
    }
}

fn question(t: &mut Tokens) -> Result<Question, CatalogError> {
    Ok(Question {
        id: t.string()?,
        text: t.string()?,
        section: t.string()?,
        difficulty: t.optional(|t| {
            let slug = t.text()?;
            Difficulty::from_slug(slug).ok_or_else(|| t.fail("an unknown difficulty"))
        })?,
        answer_url: t.optional(Tokens::string)?,
        company: t.optional(Tokens::string)?,
        year: t.optional(Tokens::number)?,
        round_type: t.optional(Tokens::string)?,
        key_points: Vec::new(),
        note: t.optional(Tokens::string)?,
    })
}

fn company(t: &mut Tokens) -> Result<Company, CatalogError> {
    Ok(Company {
        id: t.string()?,
        name: t.string()?,
        also_known_as: t.optional(Tokens::string)?,
        stages: t.list(|t| {
            Ok(Stage {
                name: t.string()?,
                description: t.optional(Tokens::string)?,
                duration: t.optional(|t| {
                    Ok(Duration {
                        label: t.string()?,
                        min_minutes: t.optional(Tokens::number)?,
                        max_minutes: t.optional(Tokens::number)?,
                    })
                })?,
                parts: t.strings()?,
            })
        })?,
        focus_areas: t.strings()?,
        evaluation_criteria: t.strings()?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.compact"));

    #[test]
    fn compact_form_matches_the_json() {
        let mut from_json = match Catalog::from_json(include_str!("../../public/catalog.json")) {
            Ok(c) => c,
            Err(e) => panic!("catalog.json: {e}"),
        };
        for q in &mut from_json.questions {
            q.key_points.clear();
        }
        assert_eq!(decode(COMPACT), Ok(from_json));
    }

    #[test]
    fn damage_is_an_error_not_a_panic() {
        for cut in [
            0,
            1,
            10,
            COMPACT.len() / 2,
            COMPACT.len() - 2,
            COMPACT.len() - 1,
        ] {
            let Some(prefix) = COMPACT.get(..cut) else {
                continue;
            };
            assert!(
                decode(prefix).is_err(),
                "a prefix of {cut} bytes was accepted"
            );
        }
        assert!(decode(&format!("{COMPACT}{SEPARATOR}x")).is_err());
        assert_eq!(
            decode(&format!("{}{SEPARATOR}", CATALOG_SCHEMA_VERSION + 1)),
            Err(CatalogError::UnsupportedVersion(CATALOG_SCHEMA_VERSION + 1))
        );
    }
}
