//! Embeds a minified copy of `public/catalog.json` so the app needs no request to start.
//! The key points are left out of the embedded copy (they are most of its bytes and are only
//! needed after "reveal"); the app reads them from `catalog.json` when first needed.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=public/catalog.json");
    let text = match fs::read_to_string("public/catalog.json") {
        Ok(t) => t,
        Err(e) => panic!("cannot read public/catalog.json: {e}"),
    };
    let mut value: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("public/catalog.json is not valid JSON: {e}"),
    };
    if let Some(questions) = value.get_mut("questions").and_then(|q| q.as_array_mut()) {
        for q in questions {
            if let Some(obj) = q.as_object_mut() {
                obj.remove("key_points");
            }
        }
    }
    let out =
        Path::new(&env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("catalog.min.json");
    if let Err(e) = fs::write(&out, value.to_string()) {
        panic!("cannot write {}: {e}", out.display());
    }
}
