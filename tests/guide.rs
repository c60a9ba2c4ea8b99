//! Compares the shipped catalog with the source guide it was built from, field by field:
//! every topic-table row (text, answer link, difficulty), every recent question (text,
//! company, year, round type), every company's stages (name, description, duration, parts),
//! focus areas and evaluation criteria, every tip, every resource, and the overall timeline.
//!
//! The guide is read at test time from `shared/seed/` beside the clone (where CI checks it
//! out); a missing guide is a failure, not a skip. Markdown is parsed with plain string
//! handling, line by line. Each test collects every difference before failing, and each
//! message names the item that differs.
//!
//! Two typographic normalisations are accepted, and only these:
//! - duration labels: an en dash equals a hyphen and case is ignored ("45–60 minutes" is the
//!   guide's "45-60 minutes", "Full day" its "Full Day");
//! - resource links: the catalog may upgrade the guide's `http://` to `https://` (its
//!   validation, `Catalog::problems`, refuses plain http), with the rest unchanged.
//!
#![cfg(not(target_arch = "wasm32"))] // reads the guide from disk

use ml_interview_prep::domain::catalog::{Catalog, Duration, Stage};

const CATALOG: &str = include_str!("../public/catalog.json");
const GUIDE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seed/000_1606fcf1b39dd7f6.txt"
);

fn catalog() -> Catalog {
    match Catalog::from_json(CATALOG) {
        Ok(c) => c,
        Err(e) => panic!("public/catalog.json: {e}"),
    }
}

fn guide() -> Guide {
    match std::fs::read_to_string(GUIDE_PATH) {
        Ok(text) => Guide::parse(&text),
        Err(e) => panic!(
            "cannot read the source guide at {GUIDE_PATH}: {e}\n\
             These tests compare public/catalog.json with that guide, so they cannot run \
             without it: put the shared/ directory (shared/seed/000_1606fcf1b39dd7f6.txt) \
             beside this clone, as CI does."
        ),
    }
}

/// Fails with every collected difference, one per line.
fn report(what: &str, errors: &[String]) {
    assert!(
        errors.is_empty(),
        "{what}: {} difference(s) between public/catalog.json and the guide:\n{}",
        errors.len(),
        errors.join("\n")
    );
}

// ---------------------------------------------------------------------------------------
// The guide, parsed.
// ---------------------------------------------------------------------------------------

/// One row of a topic table: `| Question | [Answer](link) | Difficulty |`.
struct TopicRow {
    text: String,
    link: String,
    difficulty: String,
}

/// One numbered item of a recent-questions list: `N. **Text** (Company, Year)`.
struct RecentItem {
    text: String,
    company: String,
    year: String,
}

/// A list (or table) under its guide heading.
struct Titled<T> {
    heading: String,
    items: Vec<T>,
}

/// One numbered stage of a company's "Process Overview".
struct GuideStage {
    name: String,
    description: Option<String>,
    /// The parenthesis after the stage name, as written: "45-60 minutes", "Full Day".
    duration: Option<String>,
    parts: Vec<String>,
}

struct GuideCompany {
    name: String,
    also_known_as: Option<String>,
    stages: Vec<GuideStage>,
    focus_areas: Vec<String>,
    evaluation_criteria: Vec<String>,
}

struct GuideTip {
    group: String,
    title: String,
    text: String,
}

struct GuideResource {
    group: String,
    title: String,
    url: String,
}

#[derive(Clone, Copy, PartialEq)]
enum Block {
    None,
    Stages,
    Focus,
    Criteria,
}

#[derive(Default)]
struct Guide {
    topics: Vec<Titled<TopicRow>>,
    recent: Vec<Titled<RecentItem>>,
    companies: Vec<GuideCompany>,
    tips: Vec<GuideTip>,
    resources: Vec<GuideResource>,
    /// The sentence that gives the overall length of the process.
    timeline: Option<String>,
}

const COMPANY_SUFFIX: &str = " ML Interview Process";

impl Guide {
    fn parse(text: &str) -> Guide {
        let mut g = Guide::default();
        let mut h2 = String::new();
        let mut h3 = String::new();
        let mut block = Block::None;
        for line in text.lines() {
            let line = line.trim_end();
            if let Some(h) = line.strip_prefix("## ") {
                h2 = h.trim().to_string();
                h3.clear();
                block = Block::None;
                continue;
            }
            if let Some(h) = line.strip_prefix("### ") {
                h3 = h.trim().to_string();
                block = Block::None;
                if let Some(name) = h3.strip_suffix(COMPANY_SUFFIX) {
                    let (name, aka) = split_parenthesis(name);
                    g.companies.push(GuideCompany {
                        name: name.to_string(),
                        also_known_as: aka.map(str::to_string),
                        stages: Vec::new(),
                        focus_areas: Vec::new(),
                        evaluation_criteria: Vec::new(),
                    });
                }
                continue;
            }
            if line == "---" {
                // The footer ("Connect With Me") follows the last rule: no catalog content.
                h2.clear();
                h3.clear();
                continue;
            }
            if line.starts_with('|') {
                g.table_row(&h2, line);
                continue;
            }
            let in_company = h3.ends_with(COMPANY_SUFFIX);
            if in_company {
                match line {
                    "**Process Overview:**" => block = Block::Stages,
                    "**Key Focus Areas:**" => block = Block::Focus,
                    "**Evaluation Criteria:**" => block = Block::Criteria,
                    _ => g.company_line(block, line),
                }
                continue;
            }
            // The paragraph under "## ... ML Interview Process", before the first company.
            if h2.ends_with("Interview Process")
                && h3.is_empty()
                && g.timeline.is_none()
                && line.contains(" months")
            {
                g.timeline = Some(first_sentence(line.trim()).to_string());
                continue;
            }
            let Some(body) = numbered(line) else {
                if let Some(item) = line.strip_prefix("- ") {
                    g.resource_line(&h2, &h3, item);
                }
                continue;
            };
            if let Some(item) = recent_item(body) {
                match g.recent.last_mut() {
                    Some(list) if list.heading == h3 => list.items.push(item),
                    _ => g.recent.push(Titled {
                        heading: h3.clone(),
                        items: vec![item],
                    }),
                }
            } else if h2.contains("Tips")
                && let Some((title, text)) = bold_then(body)
                && let Some(text) = text.strip_prefix(": ")
            {
                g.tips.push(GuideTip {
                    group: h3.clone(),
                    title: title.to_string(),
                    text: text.trim().to_string(),
                });
            }
        }
        g
    }

    fn table_row(&mut self, h2: &str, line: &str) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let is_rule = cells
            .iter()
            .all(|c| c.chars().all(|ch| ch == '-' || ch == ':'));
        if cells.first() == Some(&"Question") || is_rule {
            return;
        }
        let [text, link, difficulty] = cells[..] else {
            panic!("guide table under {h2:?}: a row without 3 cells: {line}");
        };
        let Some(link) = link
            .strip_prefix("[Answer](")
            .and_then(|l| l.strip_suffix(')'))
        else {
            panic!("guide table under {h2:?}: the link cell is not [Answer](...): {line}");
        };
        let row = TopicRow {
            text: text.to_string(),
            link: link.to_string(),
            difficulty: difficulty.to_string(),
        };
        match self.topics.last_mut() {
            Some(t) if t.heading == h2 => t.items.push(row),
            _ => self.topics.push(Titled {
                heading: h2.to_string(),
                items: vec![row],
            }),
        }
    }

    fn company_line(&mut self, block: Block, line: &str) {
        let Some(company) = self.companies.last_mut() else {
            return;
        };
        match block {
            Block::Stages => {
                if let Some(body) = numbered(line) {
                    let Some((head, rest)) = bold_then(body) else {
                        panic!(
                            "guide, {}: a stage without a bold name: {line}",
                            company.name
                        );
                    };
                    let head = head.trim_end_matches(':');
                    let (name, duration) = split_parenthesis(head);
                    let description = rest.trim_start_matches(':').trim();
                    company.stages.push(GuideStage {
                        name: name.to_string(),
                        description: (!description.is_empty()).then(|| description.to_string()),
                        duration: duration.map(str::to_string),
                        parts: Vec::new(),
                    });
                } else if let Some(part) = line.trim_start().strip_prefix("- ")
                    && line.starts_with(' ')
                {
                    match company.stages.last_mut() {
                        Some(stage) => stage.parts.push(part.trim().to_string()),
                        None => panic!("guide, {}: a part before any stage", company.name),
                    }
                }
            }
            Block::Focus | Block::Criteria => {
                if let Some(item) = line.strip_prefix("- ") {
                    let list = if block == Block::Focus {
                        &mut company.focus_areas
                    } else {
                        &mut company.evaluation_criteria
                    };
                    list.push(item.trim().to_string());
                }
            }
            Block::None => {}
        }
    }

    fn resource_line(&mut self, h2: &str, h3: &str, item: &str) {
        if !h2.contains("Resources") {
            return;
        }
        let Some((title, url)) = item
            .strip_prefix('[')
            .and_then(|i| i.strip_suffix(')'))
            .and_then(|i| i.split_once("]("))
        else {
            return;
        };
        self.resources.push(GuideResource {
            group: h3.to_string(),
            title: title.to_string(),
            url: url.to_string(),
        });
    }
}

/// The text after `N. ` in a numbered list line (not indented).
fn numbered(line: &str) -> Option<&str> {
    let (n, rest) = line.split_once(". ")?;
    (!n.is_empty() && n.chars().all(|c| c.is_ascii_digit())).then_some(rest)
}

/// `**bold**rest` as (bold, rest).
fn bold_then(body: &str) -> Option<(&str, &str)> {
    body.strip_prefix("**")?.split_once("**")
}

/// `**Text** (Company, Year)`.
fn recent_item(body: &str) -> Option<RecentItem> {
    let (text, rest) = bold_then(body)?;
    let (company, year) = rest
        .trim()
        .strip_prefix('(')?
        .strip_suffix(')')?
        .rsplit_once(", ")?;
    let is_year = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
    is_year.then(|| RecentItem {
        text: text.to_string(),
        company: company.to_string(),
        year: year.to_string(),
    })
}

/// "Name (inside)" as ("Name", Some("inside")); anything else as (text, None).
fn split_parenthesis(text: &str) -> (&str, Option<&str>) {
    match text.strip_suffix(')').and_then(|t| t.rsplit_once(" (")) {
        Some((name, inside)) => (name.trim(), Some(inside.trim())),
        None => (text.trim(), None),
    }
}

/// Up to and including the first full stop that ends a sentence.
fn first_sentence(paragraph: &str) -> &str {
    match paragraph.find(". ") {
        Some(i) => &paragraph[..=i],
        None => paragraph,
    }
}

/// The duration a part's own text gives at its end: "Basic ML concepts (10-15 minutes)".
fn part_duration(part: &str) -> Option<&str> {
    split_parenthesis(part)
        .1
        .filter(|inside| minutes_range(inside).is_some())
}

/// A duration label compared loosely: en dash as hyphen, case ignored.
fn label_key(label: &str) -> String {
    label.replace('\u{2013}', "-").to_lowercase()
}

/// "45-60 minutes" (or "45–60 minutes") as (45, 60).
fn minutes_range(label: &str) -> Option<(u32, u32)> {
    let key = label_key(label);
    let (min, max) = key.strip_suffix(" minutes")?.split_once('-')?;
    Some((min.trim().parse().ok()?, max.trim().parse().ok()?))
}

/// The months span a timeline sentence gives: "... spans 1.5-2.5 months ..." gives
/// "1.5-2.5 months".
fn months_span(sentence: &str) -> Option<String> {
    let before = &sentence[..sentence.find(" months")?];
    let number = before.rsplit(' ').next()?;
    Some(format!("{number} months"))
}

// ---------------------------------------------------------------------------------------
// Comparison helpers.
// ---------------------------------------------------------------------------------------

/// Compares two lists item by item; `what` names the list, e.g. `Google focus areas`.
fn compare_lists(what: &str, catalog: &[String], guide: &[String], errors: &mut Vec<String>) {
    for i in 0..catalog.len().max(guide.len()) {
        match (catalog.get(i), guide.get(i)) {
            (Some(c), Some(g)) if c != g => {
                errors.push(format!("{what} #{}: catalog {c:?}, guide {g:?}", i + 1));
            }
            (Some(c), None) => errors.push(format!("{what} #{}: {c:?} is not in the guide", i + 1)),
            (None, Some(g)) => {
                errors.push(format!("{what} #{}: guide item {g:?} is missing", i + 1));
            }
            _ => {}
        }
    }
}

/// Checks a catalog duration against the guide's text for it (`None`: the guide gives none).
fn compare_duration(
    what: &str,
    catalog: Option<&Duration>,
    guide: Option<&str>,
    errors: &mut Vec<String>,
) {
    match (catalog, guide) {
        (None, None) => {}
        (Some(d), None) => errors.push(format!(
            "{what}: the catalog gives duration {:?}, the guide gives none",
            d.label
        )),
        (None, Some(g)) => errors.push(format!("{what}: the guide's duration {g:?} is missing")),
        (Some(d), Some(g)) => {
            if label_key(&d.label) != label_key(g) {
                errors.push(format!("{what}: duration label {:?}, guide {g:?}", d.label));
            }
            let (min, max) = match minutes_range(g) {
                Some((min, max)) => (Some(min), Some(max)),
                None => (None, None),
            };
            if (d.min_minutes, d.max_minutes) != (min, max) {
                errors.push(format!(
                    "{what}: minutes {:?}..{:?}, guide {g:?} gives {min:?}..{max:?}",
                    d.min_minutes, d.max_minutes
                ));
            }
        }
    }
}

/// True when the catalog's link is the guide's, or the guide's with http upgraded to https.
fn same_link(catalog: &str, guide: &str) -> bool {
    catalog == guide
        || guide
            .strip_prefix("http://")
            .is_some_and(|rest| catalog.strip_prefix("https://") == Some(rest))
}

/// Every word of a catalog title (ignoring "and" and "&") appears in the guide heading, so
/// lists are paired with the right heading: "Statistics and Mathematics" with
/// "Statistics & Mathematics for ML Interviews".
fn title_fits_heading(title: &str, heading: &str) -> bool {
    let heading = heading.to_lowercase();
    title
        .to_lowercase()
        .split_whitespace()
        .filter(|w| *w != "and" && *w != "&")
        .all(|w| heading.contains(w))
}

// ---------------------------------------------------------------------------------------
// Tests.
// ---------------------------------------------------------------------------------------

#[test]
fn the_guide_parser_finds_every_part() {
    let g = guide();
    let rows: usize = g.topics.iter().map(|t| t.items.len()).sum();
    let recent: usize = g.recent.iter().map(|t| t.items.len()).sum();
    let stages: usize = g.companies.iter().map(|c| c.stages.len()).sum();
    let mut errors = Vec::new();
    for (what, n) in [
        ("topic tables", g.topics.len()),
        ("topic rows", rows),
        ("recent-question lists", g.recent.len()),
        ("recent questions", recent),
        ("companies", g.companies.len()),
        ("company stages", stages),
        ("tips", g.tips.len()),
        ("resources", g.resources.len()),
    ] {
        if n == 0 {
            errors.push(format!("the parser found no {what} in {GUIDE_PATH}"));
        }
    }
    if g.timeline.is_none() {
        errors.push(format!(
            "the parser found no timeline sentence in {GUIDE_PATH}"
        ));
    }
    report("guide parser", &errors);
}

#[test]
fn topic_tables_match_the_guide() {
    let (c, g) = (catalog(), guide());
    let mut errors = Vec::new();
    let sections: Vec<_> = c.sections.iter().filter(|s| s.kind == "topic").collect();
    if sections.len() != g.topics.len() {
        errors.push(format!(
            "{} topic sections in the catalog, {} topic tables in the guide",
            sections.len(),
            g.topics.len()
        ));
    }
    for (section, table) in sections.iter().zip(&g.topics) {
        let heading = &table.heading;
        if !title_fits_heading(&section.title, heading) {
            errors.push(format!(
                "section {:?} ({:?}) is paired with guide table {heading:?}",
                section.id, section.title
            ));
        }
        let questions: Vec<_> = c
            .questions
            .iter()
            .filter(|q| q.section == section.id)
            .collect();
        for i in 0..questions.len().max(table.items.len()) {
            let place = format!("table {heading:?} row {}", i + 1);
            let (q, row) = match (questions.get(i), table.items.get(i)) {
                (Some(q), Some(row)) => (q, row),
                (Some(q), None) => {
                    errors.push(format!(
                        "{place}: catalog question {:?} is not in the guide",
                        q.id
                    ));
                    continue;
                }
                (None, Some(row)) => {
                    errors.push(format!("{place}: guide question {:?} is missing", row.text));
                    continue;
                }
                (None, None) => continue,
            };
            let name = format!("{place} (question {:?})", q.id);
            if q.text != row.text {
                errors.push(format!("{name}: text {:?}, guide {:?}", q.text, row.text));
            }
            if q.answer_url.as_deref() != Some(row.link.as_str()) {
                errors.push(format!(
                    "{name}: answer link {:?}, guide {:?}",
                    q.answer_url, row.link
                ));
            }
            if q.difficulty.map(|d| d.label()) != Some(row.difficulty.as_str()) {
                errors.push(format!(
                    "{name}: difficulty {:?}, guide {:?}",
                    q.difficulty.map(|d| d.label()),
                    row.difficulty
                ));
            }
            if q.company.is_some() || q.year.is_some() || q.round_type.is_some() {
                errors.push(format!(
                    "{name}: has company/year/round type, which topic tables do not give"
                ));
            }
        }
    }
    report("topic tables", &errors);
}

#[test]
fn recent_questions_match_the_guide() {
    let (c, g) = (catalog(), guide());
    let mut errors = Vec::new();
    let Some(recent) = c.sections.iter().find(|s| s.kind == "recent") else {
        panic!("the catalog has no section of kind \"recent\"");
    };
    if c.round_types.len() != g.recent.len() {
        errors.push(format!(
            "{} round types in the catalog, {} recent-question lists in the guide",
            c.round_types.len(),
            g.recent.len()
        ));
    }
    for (round, list) in c.round_types.iter().zip(&g.recent) {
        let heading = &list.heading;
        if !title_fits_heading(&round.title, heading) {
            errors.push(format!(
                "round type {:?} ({:?}) is paired with guide list {heading:?}",
                round.id, round.title
            ));
        }
        let questions: Vec<_> = c
            .questions
            .iter()
            .filter(|q| {
                q.section == recent.id && q.round_type.as_deref() == Some(round.id.as_str())
            })
            .collect();
        for i in 0..questions.len().max(list.items.len()) {
            let place = format!("list {heading:?} item {}", i + 1);
            let (q, item) = match (questions.get(i), list.items.get(i)) {
                (Some(q), Some(item)) => (q, item),
                (Some(q), None) => {
                    errors.push(format!(
                        "{place}: catalog question {:?} is not in the guide",
                        q.id
                    ));
                    continue;
                }
                (None, Some(item)) => {
                    errors.push(format!(
                        "{place}: guide question {:?} is missing",
                        item.text
                    ));
                    continue;
                }
                (None, None) => continue,
            };
            let name = format!("{place} (question {:?})", q.id);
            if q.text != item.text {
                errors.push(format!("{name}: text {:?}, guide {:?}", q.text, item.text));
            }
            if q.company.as_deref() != Some(item.company.as_str()) {
                errors.push(format!(
                    "{name}: company {:?}, guide {:?}",
                    q.company, item.company
                ));
            }
            if q.year.map(|y| y.to_string()).as_deref() != Some(item.year.as_str()) {
                errors.push(format!("{name}: year {:?}, guide {:?}", q.year, item.year));
            }
            if q.answer_url.is_some() || q.difficulty.is_some() {
                errors.push(format!(
                    "{name}: has an answer link or difficulty, which the recent lists do not give"
                ));
            }
        }
    }
    let listed: usize = g.recent.iter().map(|l| l.items.len()).sum();
    let in_catalog = c.questions_in_section(&recent.id);
    if in_catalog != listed {
        errors.push(format!(
            "section {:?} has {in_catalog} questions, the guide's recent lists {listed}",
            recent.id
        ));
    }
    report("recent questions", &errors);
}

fn compare_stage(what: &str, s: &Stage, gs: &GuideStage, errors: &mut Vec<String>) {
    if s.name != gs.name {
        errors.push(format!("{what}: name {:?}, guide {:?}", s.name, gs.name));
    }
    if s.description != gs.description {
        errors.push(format!(
            "{what}: description {:?}, guide {:?}",
            s.description, gs.description
        ));
    }
    compare_duration(what, s.duration.as_ref(), gs.duration.as_deref(), errors);
    compare_lists(&format!("{what} parts"), &s.parts, &gs.parts, errors);

    // A duration the guide writes on one part ("Technical phone screen (45-60 minutes)")
    // stays in that part's text (compared above); it is not the whole stage's.
    for part in &gs.parts {
        if part_duration(part).is_some() && !s.parts.contains(part) {
            errors.push(format!("{what}: the part {part:?} lost its duration"));
        }
    }
}

#[test]
fn company_processes_match_the_guide() {
    let (c, g) = (catalog(), guide());
    let mut errors = Vec::new();
    let guide_names: Vec<&str> = g.companies.iter().map(|gc| gc.name.as_str()).collect();
    for company in &c.companies {
        if !guide_names.contains(&company.name.as_str()) {
            errors.push(format!("company {:?} is not in the guide", company.name));
        }
    }
    for gc in &g.companies {
        let Some(company) = c.companies.iter().find(|co| co.name == gc.name) else {
            errors.push(format!("the guide's company {:?} is missing", gc.name));
            continue;
        };
        let name = &gc.name;
        if company.also_known_as != gc.also_known_as {
            errors.push(format!(
                "{name}: also known as {:?}, guide {:?}",
                company.also_known_as, gc.also_known_as
            ));
        }
        for i in 0..company.stages.len().max(gc.stages.len()) {
            let what = format!("{name} stage {}", i + 1);
            match (company.stages.get(i), gc.stages.get(i)) {
                (Some(s), Some(gs)) => {
                    compare_stage(&format!("{what} ({:?})", gs.name), s, gs, &mut errors);
                }
                (Some(s), None) => {
                    errors.push(format!("{what}: {:?} is not in the guide", s.name));
                }
                (None, Some(gs)) => {
                    errors.push(format!("{what}: the guide's {:?} is missing", gs.name));
                }
                (None, None) => {}
            }
        }
        compare_lists(
            &format!("{name} focus areas"),
            &company.focus_areas,
            &gc.focus_areas,
            &mut errors,
        );
        compare_lists(
            &format!("{name} evaluation criteria"),
            &company.evaluation_criteria,
            &gc.evaluation_criteria,
            &mut errors,
        );
    }
    report("company processes", &errors);
}

#[test]
fn tips_match_the_guide() {
    let (c, g) = (catalog(), guide());
    let mut errors = Vec::new();
    for i in 0..c.tips.len().max(g.tips.len()) {
        match (c.tips.get(i), g.tips.get(i)) {
            (Some(t), Some(gt)) => {
                let what = format!("tip #{} ({:?} / {:?})", i + 1, gt.group, gt.title);
                if t.group != gt.group {
                    errors.push(format!("{what}: group {:?}, guide {:?}", t.group, gt.group));
                }
                if t.title != gt.title {
                    errors.push(format!("{what}: title {:?}, guide {:?}", t.title, gt.title));
                }
                if t.text != gt.text {
                    errors.push(format!("{what}: text {:?}, guide {:?}", t.text, gt.text));
                }
            }
            (Some(t), None) => {
                errors.push(format!("tip #{} {:?} is not in the guide", i + 1, t.title));
            }
            (None, Some(gt)) => {
                errors.push(format!(
                    "tip #{}: the guide's {:?} is missing",
                    i + 1,
                    gt.title
                ));
            }
            (None, None) => {}
        }
    }
    report("tips", &errors);
}

#[test]
fn resources_match_the_guide() {
    let (c, g) = (catalog(), guide());
    let mut errors = Vec::new();
    for i in 0..c.resources.len().max(g.resources.len()) {
        match (c.resources.get(i), g.resources.get(i)) {
            (Some(r), Some(gr)) => {
                let what = format!("resource #{} ({:?})", i + 1, gr.title);
                if r.group != gr.group {
                    errors.push(format!("{what}: group {:?}, guide {:?}", r.group, gr.group));
                }
                if r.title != gr.title {
                    errors.push(format!("{what}: title {:?}, guide {:?}", r.title, gr.title));
                }
                if !same_link(&r.url, &gr.url) {
                    errors.push(format!("{what}: link {:?}, guide {:?}", r.url, gr.url));
                }
            }
            (Some(r), None) => {
                errors.push(format!(
                    "resource #{} {:?} is not in the guide",
                    i + 1,
                    r.title
                ));
            }
            (None, Some(gr)) => {
                errors.push(format!(
                    "resource #{}: the guide's {:?} is missing",
                    i + 1,
                    gr.title
                ));
            }
            (None, None) => {}
        }
    }
    report("resources", &errors);
}

#[test]
fn the_overall_timeline_matches_the_guide() {
    let (c, g) = (catalog(), guide());
    let Some(sentence) = g.timeline.as_deref() else {
        panic!("the guide gives no overall timeline sentence ({GUIDE_PATH})");
    };
    let Some(span) = months_span(sentence) else {
        panic!("the guide's timeline sentence gives no span in months: {sentence:?}");
    };
    let mut errors = Vec::new();
    match c.timeline.as_ref() {
        None => errors.push(format!(
            "timeline: missing; the guide says {sentence:?} (span {span:?})"
        )),
        Some(t) => {
            if t.text != sentence {
                errors.push(format!("timeline text {:?}, guide {sentence:?}", t.text));
            }
            if label_key(&t.label) != label_key(&span) {
                errors.push(format!("timeline label {:?}, guide {span:?}", t.label));
            }
        }
    }
    report("timeline", &errors);
}
