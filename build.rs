//! Embeds the catalog in a compact form (`src/domain/catalog_compact.rs` reads it) so the app
//! needs no request, and no JSON parser, to start. The key points are left out (they are
//! most of the catalog's bytes and are only needed after "reveal"); the app reads them from
//! `catalog.json` when first needed.
//!
//! `catalog.json` is read into the app's own catalog types (the same source files, included
//! below), and every struct is taken apart field by field without `..`: a field added to the
//! catalog types that is not written here is a compile error.

use std::{env, fs, path::Path};

/// The app's catalog types, shared with the crate (`catalog.rs` names `crate::domain::quoted`).
#[allow(dead_code)]
#[path = "src/domain/catalog.rs"]
mod catalog;
#[path = "src/domain/quoted.rs"]
mod quoted;
mod domain {
    pub(crate) use super::{catalog, quoted};
}

use domain::catalog::{
    Catalog, Company, Difficulty, Duration, Question, Resource, RoundType, Section, Stage,
    Timeline, Tip,
};

const SEPARATOR: char = '\u{1f}';

fn main() {
    println!("cargo:rerun-if-changed=public/catalog.json");
    println!("cargo:rerun-if-changed=src/domain/catalog.rs");
    println!("cargo:rerun-if-changed=src/domain/quoted.rs");
    let text = match fs::read_to_string("public/catalog.json") {
        Ok(t) => t,
        Err(e) => panic!("cannot read public/catalog.json: {e}"),
    };
    let catalog = match Catalog::from_json(&text) {
        Ok(c) => c,
        Err(e) => panic!("public/catalog.json: {e}"),
    };
    let mut out = Compact::default();
    out.catalog(&catalog);
    out.token(".");
    let path =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("catalog.compact");
    if let Err(e) = fs::write(&path, out.text) {
        panic!("cannot write {}: {e}", path.display());
    }
}

/// The token stream: see `src/domain/catalog_compact.rs` for the format.
#[derive(Default)]
struct Compact {
    text: String,
    started: bool,
}

impl Compact {
    fn token(&mut self, t: &str) {
        if t.contains(SEPARATOR) {
            panic!("public/catalog.json: a text contains U+001F: {t}");
        }
        if self.started {
            self.text.push(SEPARATOR);
        }
        self.started = true;
        self.text.push_str(t);
    }

    fn number(&mut self, n: impl ToString) {
        self.token(&n.to_string());
    }

    /// An optional value: `0`, or `1` and the value.
    fn optional<T>(&mut self, v: &Option<T>, item: impl FnOnce(&mut Self, &T)) {
        match v {
            None => self.token("0"),
            Some(v) => {
                self.token("1");
                item(self, v);
            }
        }
    }

    /// A list: its length, then its items.
    fn list<T>(&mut self, items: &[T], mut item: impl FnMut(&mut Self, &T)) {
        self.number(items.len());
        for i in items {
            item(self, i);
        }
    }

    fn strings(&mut self, items: &[String]) {
        self.list(items, |out, s| out.token(s));
    }

    fn catalog(&mut self, c: &Catalog) {
        let Catalog {
            schema_version,
            title,
            sections,
            round_types,
            questions,
            companies,
            tips,
            resources,
            timeline,
            // Derived from the questions when the app looks one up; not stored.
            index: _,
        } = c;
        self.number(schema_version);
        self.token(title);
        self.list(sections, |out, s| {
            let Section { id, title, kind } = s;
            out.token(id);
            out.token(title);
            out.token(kind);
        });
        self.list(round_types, |out, r| {
            let RoundType { id, title } = r;
            out.token(id);
            out.token(title);
        });
        self.list(questions, Compact::question);
        self.list(companies, Compact::company);
        self.list(tips, |out, t| {
            let Tip { group, title, text } = t;
            out.token(group);
            out.token(title);
            out.token(text);
        });
        self.list(resources, |out, r| {
            let Resource { group, title, url } = r;
            out.token(group);
            out.token(title);
            out.token(url);
        });
        self.optional(timeline, |out, t| {
            let Timeline { label, text } = t;
            out.token(label);
            out.token(text);
        });
    }

    fn question(&mut self, q: &Question) {
        let Question {
            id,
            text,
            section,
            difficulty,
            answer_url,
            company,
            year,
            round_type,
            // Read from catalog.json when first needed (see the module comment).
            key_points: _,
            note,
        } = q;
        self.token(id);
        self.token(text);
        self.token(section);
        self.optional(difficulty, |out, d: &Difficulty| out.token(d.slug()));
        self.optional(answer_url, |out, s| out.token(s));
        self.optional(company, |out, s| out.token(s));
        self.optional(year, |out, y| out.number(y));
        self.optional(round_type, |out, s| out.token(s));
        self.optional(note, |out, s| out.token(s));
    }

    fn company(&mut self, c: &Company) {
        let Company {
            id,
            name,
            also_known_as,
            stages,
            focus_areas,
            evaluation_criteria,
        } = c;
        self.token(id);
        self.token(name);
        self.optional(also_known_as, |out, s| out.token(s));
        self.list(stages, |out, st| {
            let Stage {
                name,
                description,
                duration,
                parts,
            } = st;
            out.token(name);
            out.optional(description, |out, s| out.token(s));
            out.optional(duration, |out, d| {
                let Duration {
                    label,
                    min_minutes,
                    max_minutes,
                } = d;
                out.token(label);
                out.optional(min_minutes, |out, m| out.number(m));
                out.optional(max_minutes, |out, m| out.number(m));
            });
            out.strings(parts);
        });
        self.strings(focus_areas);
        self.strings(evaluation_criteria);
    }
}
