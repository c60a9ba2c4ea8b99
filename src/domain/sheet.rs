//! Questions from a spreadsheet (CSV in, header row required) and a list for Anki (TSV out,
//! front: the question, back: its key points). Pure functions, no browser. The CSV columns
//! are documented in docs/PACK-FORMAT.md.

use super::catalog::{Catalog, Question, Section};
use super::own_questions::{Draft, OWN_SECTION_ID, SectionChoice};
use super::quoted::Quoted;

/// The columns a CSV file may have; `question` is required.
pub const COLUMNS: [&str; 8] = [
    "question",
    "section",
    "difficulty",
    "company",
    "year",
    "round_type",
    "answer_url",
    "key_points",
];
pub const MAX_CSV_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_CSV_ROWS: usize = 10_000;

/// The questions of a CSV file, checked as the editor checks them, with the new sections
/// they name; or every problem, each naming its line (at most 20).
pub fn read_csv(
    bytes: &[u8],
    catalog: &Catalog,
    new_id: &mut dyn FnMut() -> String,
) -> Result<(Vec<Question>, Vec<Section>), Vec<String>> {
    if bytes.len() > MAX_CSV_BYTES {
        return Err(vec![format!(
            "the file is larger than {} MB",
            MAX_CSV_BYTES / 1_048_576
        )]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![format!(
            "the file is not UTF-8 text (byte {}); save it as CSV UTF-8",
            e.valid_up_to()
        )]
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| vec![format!("line 1: the header row cannot be read ({e})")])?
        .clone();
    if headers.iter().all(|h| h.trim().is_empty()) {
        return Err(vec![
            "the file is empty; its first line must name the columns".into(),
        ]);
    }
    let mut at = [None::<usize>; COLUMNS.len()];
    for (i, h) in headers.iter().enumerate() {
        let name = h.trim().to_ascii_lowercase().replace([' ', '-'], "_");
        match COLUMNS.iter().position(|c| *c == name) {
            Some(c) if at[c].is_some() => {
                return Err(vec![format!(
                    "line 1: the column {} appears twice",
                    Quoted(h)
                )]);
            }
            Some(c) => at[c] = Some(i),
            None => {
                return Err(vec![format!(
                    "line 1: unknown column {} (the columns are {})",
                    Quoted(h),
                    COLUMNS.join(", ")
                )]);
            }
        }
    }
    if at[0].is_none() {
        return Err(vec![
            "line 1: there is no \"question\" column (the first line must name the columns)".into(),
        ]);
    }
    let mut questions = Vec::new();
    let mut sections: Vec<Section> = Vec::new();
    let mut problems = Vec::new();
    let mut joined = catalog.clone();
    for (n, record) in reader.records().enumerate() {
        if n >= MAX_CSV_ROWS {
            problems.push(format!("the file has more than {MAX_CSV_ROWS} rows"));
            break;
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(n + 2, |p| p.line() as usize);
                problems.push(format!("line {line}: {}", csv_problem(&e)));
                continue;
            }
        };
        let line = record.position().map_or(n + 2, |p| p.line() as usize);
        let cell = |c: usize| at[c].and_then(|i| record.get(i)).unwrap_or("").to_string();
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let section = cell(1);
        let draft = Draft {
            text: cell(0),
            section: section_choice(&joined, &section),
            difficulty: cell(2).trim().to_ascii_lowercase(),
            company: cell(3),
            year: cell(4),
            round_type: round_choice(catalog, &cell(5)),
            answer_url: cell(6),
            key_points: cell(7),
        };
        let section_id = new_id();
        match draft.check(&new_id(), &joined, &section_id) {
            Ok((q, s)) => {
                if let Some(s) = s {
                    joined.sections.push(s.clone());
                    sections.push(s);
                }
                questions.push(q);
            }
            Err(errors) => {
                for e in errors {
                    problems.push(format!(
                        "line {line}, column {}: {}",
                        column_of(e.field),
                        e.message
                    ));
                }
            }
        }
        if problems.len() >= 20 {
            problems.push("(and maybe more; these come first)".to_string());
            break;
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    if questions.is_empty() {
        return Err(vec!["the file has a header row but no questions".into()]);
    }
    Ok((questions, sections))
}

fn csv_problem(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => format!("it has {len} cells where the header row has {expected_len}"),
        _ => format!("it cannot be read ({e})"),
    }
}

/// The CSV column a form field comes from.
fn column_of(field: &str) -> &str {
    match field {
        "text" => "question",
        other => other,
    }
}

/// A section by its title or id (any case); a new one otherwise; "My questions" if empty.
fn section_choice(catalog: &Catalog, name: &str) -> SectionChoice {
    let name = name.trim();
    if name.is_empty() {
        return SectionChoice::Existing(OWN_SECTION_ID.to_string());
    }
    match catalog
        .sections
        .iter()
        .find(|s| s.id.eq_ignore_ascii_case(name) || s.title.eq_ignore_ascii_case(name))
    {
        Some(s) => SectionChoice::Existing(s.id.clone()),
        None => SectionChoice::New(name.to_string()),
    }
}

/// A round type by its id or title (any case); as typed otherwise (the check names it).
fn round_choice(catalog: &Catalog, name: &str) -> String {
    let name = name.trim();
    catalog
        .round_types
        .iter()
        .find(|r| r.id.eq_ignore_ascii_case(name) || r.title.eq_ignore_ascii_case(name))
        .map_or_else(|| name.to_string(), |r| r.id.clone())
}

/// A list as an Anki import file: tab-separated, front the question, back its key points
/// (one per line), with Anki's header lines. Text is HTML-escaped (Anki reads fields as
/// HTML); tabs and line breaks inside a field become spaces and `<br>`.
pub fn anki_tsv(questions: &[(&Question, Vec<String>)]) -> String {
    let mut out = String::from("#separator:tab\n#html:true\n#columns:Front\tBack\n");
    for (q, points) in questions {
        out.push_str(&field(&q.text));
        out.push('\t');
        let back: Vec<String> = points.iter().map(|p| field(p)).collect();
        out.push_str(&back.join("<br>"));
        out.push('\n');
    }
    out
}

fn field(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim().chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\t' => out.push(' '),
            '\n' => out.push_str("<br>"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}
