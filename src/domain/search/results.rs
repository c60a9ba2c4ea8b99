//! The Browse list: the catalog through the filters and the search, each row with what
//! to show of its match, and suggestions when nothing matches.

use super::Filters;
use super::excerpt::{Segment, excerpt, marked};
use super::index::{Field, FieldIndex};
use super::query::{Query, Resolved};
use super::rank::{Searched, rank};
use super::suggest::{replace_word, unmatched_words};
use crate::domain::catalog::{Catalog, Question};
use crate::domain::progress::Progress;
use std::collections::HashMap;

/// Indexes the catalog's questions (document number = position in the catalog): text,
/// section title, company and, once they are loaded, key points.
pub fn index_catalog(
    catalog: &Catalog,
    key_points: Option<&HashMap<String, Vec<String>>>,
) -> FieldIndex {
    let mut texts: Vec<(u32, Field, &str)> = Vec::new();
    for (i, q) in catalog.questions.iter().enumerate() {
        let doc = i as u32;
        texts.push((doc, Field::Text, &q.text));
        texts.push((doc, Field::Section, catalog.section_title(&q.section)));
        if let Some(c) = &q.company {
            texts.push((doc, Field::Company, c));
        }
        if let Some(points) = key_points.and_then(|m| m.get(&q.id)) {
            for (k, p) in points.iter().enumerate() {
                texts.push((doc, Field::KeyPoint(k as u16), p));
            }
        }
    }
    FieldIndex::build(texts)
}

/// Indexes the user's notes on the catalog's questions.
pub fn index_notes(catalog: &Catalog, progress: &Progress) -> FieldIndex {
    FieldIndex::build(catalog.questions.iter().enumerate().filter_map(|(i, q)| {
        let notes = progress.get(&q.id).map(|p| p.notes.as_str())?;
        (!notes.trim().is_empty()).then_some((i as u32, Field::Note, notes))
    }))
}

/// Where a question matched, when its text alone does not show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// "Key point", "Your note", "Section" or "Company".
    pub label: &'static str,
    pub excerpt: Vec<Segment>,
}

/// What a row shows of its match: its text with the matched words marked, and where else
/// it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub title: Vec<Segment>,
    pub place: Option<Place>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub q: &'a Question,
    /// `None` without search text, and beyond the rows asked to be described.
    pub found: Option<Found>,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results<'a> {
    pub rows: Vec<Row<'a>>,
    /// When nothing matches: searches, like the one typed but with a word corrected, that
    /// find something with the same filters.
    pub suggestions: Vec<String>,
}

/// How many search results a list shows (and describes) before "Show all".
pub const SHOWN_FIRST: usize = 20;

/// The indexes searched together, built from the same catalog.
#[derive(Clone, Copy)]
pub struct Indexes<'a> {
    /// From [`index_catalog`].
    pub catalog: &'a FieldIndex,
    /// From [`index_notes`].
    pub notes: Option<&'a FieldIndex>,
}

impl<'a> Indexes<'a> {
    fn resolve(self, query: &Query) -> Vec<Searched<'a>> {
        std::iter::once(self.catalog)
            .chain(self.notes)
            .map(|ix| Searched {
                index: ix,
                resolved: Resolved::new(query, ix),
            })
            .collect()
    }
}

/// The questions that pass `filters`, best match first. The first `describe` rows get
/// what to show of their match (the rest, which a page does not show yet, are only
/// ranked). `key_points` gives the texts shown for key-point matches.
pub fn results<'a>(
    catalog: &'a Catalog,
    filters: &Filters,
    progress: &Progress,
    indexes: Indexes<'_>,
    key_points: Option<&HashMap<String, Vec<String>>>,
    describe: usize,
) -> Results<'a> {
    let query = Query::parse(&filters.query);
    if query.is_empty() {
        let rows = match &filters.members {
            // A list: in the list's order.
            Some(members) => members
                .iter()
                .filter_map(|id| catalog.question(id))
                .filter(|q| filters.passes(q, progress))
                .map(|q| Row { q, found: None })
                .collect(),
            None => catalog
                .questions
                .iter()
                .filter(|q| filters.passes(q, progress))
                .map(|q| Row { q, found: None })
                .collect(),
        };
        return Results {
            rows,
            suggestions: Vec::new(),
        };
    }
    let searched = indexes.resolve(&query);
    let hits = rank(&searched, catalog.questions.len(), &query);
    let texts = Texts {
        catalog,
        progress,
        key_points,
        searched: &searched,
    };
    let rows: Vec<Row<'a>> = hits
        .iter()
        .filter_map(|h| {
            let q = catalog.questions.get(h.doc as usize)?;
            filters.passes(q, progress).then_some((q, h))
        })
        .enumerate()
        .map(|(i, (q, h))| Row {
            q,
            found: (i < describe).then(|| Found {
                title: texts.marked_in(Field::Text, q),
                place: h.shown_field().and_then(|f| texts.place(f, q)),
            }),
        })
        .collect();
    let suggestions = if rows.is_empty() {
        suggestions(catalog, filters, progress, indexes, &query, &searched)
    } else {
        Vec::new()
    };
    Results { rows, suggestions }
}

fn suggestions(
    catalog: &Catalog,
    filters: &Filters,
    progress: &Progress,
    indexes: Indexes<'_>,
    query: &Query,
    searched: &[Searched<'_>],
) -> Vec<String> {
    let pairs: Vec<(&FieldIndex, &Resolved)> =
        searched.iter().map(|s| (s.index, &s.resolved)).collect();
    let unmatched = unmatched_words(query, &pairs, 3);
    let mut out: Vec<String> = Vec::new();
    for k in 0..3 {
        let mut text = filters.query.clone();
        let mut changed = false;
        for (token, near) in &unmatched {
            if let Some(w) = near.get(k).or_else(|| near.first()) {
                text = replace_word(&text, token, w);
                changed = true;
            }
        }
        if !changed || out.contains(&text) {
            continue;
        }
        let f = Filters {
            query: text.clone(),
            ..filters.clone()
        };
        let q = Query::parse(&f.query);
        let again = indexes.resolve(&q);
        let finds = rank(&again, catalog.questions.len(), &q)
            .iter()
            .filter_map(|h| catalog.questions.get(h.doc as usize))
            .any(|q| filters.passes(q, progress));
        if finds {
            out.push(text);
        }
    }
    out
}

/// The texts a row shows, found by field.
struct Texts<'a, 'b> {
    catalog: &'a Catalog,
    progress: &'b Progress,
    key_points: Option<&'b HashMap<String, Vec<String>>>,
    searched: &'b [Searched<'b>],
}

impl Texts<'_, '_> {
    fn text(&self, field: Field, q: &Question) -> Option<String> {
        Some(match field {
            Field::Text => q.text.clone(),
            Field::Section => self.catalog.section_title(&q.section).to_string(),
            Field::Company => q.company.clone()?,
            Field::KeyPoint(k) => self.key_points?.get(&q.id)?.get(usize::from(k))?.clone(),
            Field::Note => self.progress.get(&q.id)?.notes.clone(),
        })
    }

    /// The index holding `field`: the catalog's first, then the notes' (see
    /// [`Indexes::resolve`]).
    fn searched_for(&self, field: Field) -> Option<&Searched<'_>> {
        self.searched.get(usize::from(field == Field::Note))
    }

    fn marked_in(&self, field: Field, q: &Question) -> Vec<Segment> {
        let text = self.text(field, q).unwrap_or_default();
        match self.searched_for(field) {
            Some(s) => marked(&text, s.index, &s.resolved),
            None => vec![Segment {
                text,
                marked: false,
            }],
        }
    }

    fn place(&self, field: Field, q: &Question) -> Option<Place> {
        let text = self.text(field, q)?;
        let s = self.searched_for(field)?;
        let (label, excerpt) = match field {
            Field::Text => return None,
            Field::Section => ("Section", marked(&text, s.index, &s.resolved)),
            Field::Company => ("Company", marked(&text, s.index, &s.resolved)),
            Field::KeyPoint(_) => ("Key point", excerpt(&text, s.index, &s.resolved)),
            Field::Note => ("Your note", excerpt(&text, s.index, &s.resolved)),
        };
        Some(Place { label, excerpt })
    }
}
