//! Embeds the catalog in a compact form (`src/domain/catalog_compact.rs` reads it) so the app
//! needs no request, and no JSON parser, to start. The key points are left out (they are
//! most of the catalog's bytes and are only needed after "reveal"); the app reads them from
//! `catalog.json` when first needed.

use serde_json::Value;
use std::{env, fs, path::Path};

const SEPARATOR: char = '\u{1f}';

fn main() {
    println!("cargo:rerun-if-changed=public/catalog.json");
    let text = match fs::read_to_string("public/catalog.json") {
        Ok(t) => t,
        Err(e) => panic!("cannot read public/catalog.json: {e}"),
    };
    let value: Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("public/catalog.json is not valid JSON: {e}"),
    };
    let mut out = Compact::default();
    catalog(&mut out, &value);
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

    fn string(&mut self, v: &Value, field: &str) {
        match v.get(field) {
            Some(Value::String(s)) => self.token(s),
            other => panic!("public/catalog.json: {field} should be a string, not {other:?}"),
        }
    }

    fn number(&mut self, v: &Value, field: &str) {
        match v.get(field) {
            Some(Value::Number(n)) => self.token(&n.to_string()),
            other => panic!("public/catalog.json: {field} should be a number, not {other:?}"),
        }
    }

    /// An optional field: absent and null are both "absent".
    fn optional(&mut self, v: &Value, field: &str, item: impl FnOnce(&mut Self, &Value)) {
        match v.get(field) {
            None | Some(Value::Null) => self.token("0"),
            Some(_) => {
                self.token("1");
                item(self, v);
            }
        }
    }

    /// A list field; an absent list is empty.
    fn list(&mut self, v: &Value, field: &str, mut item: impl FnMut(&mut Self, &Value)) {
        let items = match v.get(field) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => a.iter().collect(),
            other => panic!("public/catalog.json: {field} should be a list, not {other:?}"),
        };
        self.token(&items.len().to_string());
        for i in items {
            item(self, i);
        }
    }

    fn strings(&mut self, v: &Value, field: &str) {
        self.list(v, field, |out, s| match s {
            Value::String(s) => out.token(s),
            other => panic!("public/catalog.json: {field} should hold strings, not {other:?}"),
        });
    }
}

fn catalog(out: &mut Compact, c: &Value) {
    out.number(c, "schema_version");
    out.string(c, "title");
    out.list(c, "sections", |out, s| {
        out.string(s, "id");
        out.string(s, "title");
        out.string(s, "kind");
    });
    out.list(c, "round_types", |out, r| {
        out.string(r, "id");
        out.string(r, "title");
    });
    out.list(c, "questions", |out, q| {
        out.string(q, "id");
        out.string(q, "text");
        out.string(q, "section");
        out.optional(q, "difficulty", |out, q| out.string(q, "difficulty"));
        out.optional(q, "answer_url", |out, q| out.string(q, "answer_url"));
        out.optional(q, "company", |out, q| out.string(q, "company"));
        out.optional(q, "year", |out, q| out.number(q, "year"));
        out.optional(q, "round_type", |out, q| out.string(q, "round_type"));
        out.optional(q, "note", |out, q| out.string(q, "note"));
    });
    out.list(c, "companies", |out, co| {
        out.string(co, "id");
        out.string(co, "name");
        out.optional(co, "also_known_as", |out, co| {
            out.string(co, "also_known_as")
        });
        out.list(co, "stages", |out, st| {
            out.string(st, "name");
            out.optional(st, "description", |out, st| out.string(st, "description"));
            out.optional(st, "duration", |out, st| {
                let d = &st["duration"];
                out.string(d, "label");
                out.optional(d, "min_minutes", |out, d| out.number(d, "min_minutes"));
                out.optional(d, "max_minutes", |out, d| out.number(d, "max_minutes"));
            });
            out.strings(st, "parts");
        });
        out.strings(co, "focus_areas");
        out.strings(co, "evaluation_criteria");
    });
    out.list(c, "tips", |out, t| {
        out.string(t, "group");
        out.string(t, "title");
        out.string(t, "text");
    });
    out.list(c, "resources", |out, r| {
        out.string(r, "group");
        out.string(r, "title");
        out.string(r, "url");
    });
    out.optional(c, "timeline", |out, c| {
        let t = &c["timeline"];
        out.string(t, "label");
        out.string(t, "text");
    });
}
