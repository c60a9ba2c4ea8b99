//! Markdown and maths in the user's own text (own questions, their key points, notes), as
//! HTML that is safe to insert: raw HTML is shown as text, only web and mail links are
//! links, images are their description, and `$…$` / `$$…$$` become MathML, which browsers
//! draw without fonts. Pure functions, no browser.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use pulldown_latex::config::DisplayMode;
use pulldown_latex::{RenderConfig, Storage, push_mathml};

/// Whether `text` has anything Markdown or maths would change; plain text is shown as it is.
pub fn has_markup(text: &str) -> bool {
    text.contains(['*', '_', '`', '$', '[', '#', '>', '\n', '<', '&', '~', '|'])
        || text.trim_start().starts_with(['-', '+', '1'])
}

/// `text` as HTML blocks (paragraphs, lists, code blocks, maths).
pub fn to_html(text: &str) -> String {
    let mut out = String::new();
    html::push_html(&mut out, safe_events(text));
    out
}

/// `text` as inline HTML, for a heading or a list item: a single paragraph loses its `<p>`.
pub fn to_inline_html(text: &str) -> String {
    unwrap_paragraph(to_html(text))
}

/// Inline HTML for text shown inside a link (a row of a list of questions): its own links
/// are their text, since a link cannot hold another.
pub fn to_inline_html_without_links(text: &str) -> String {
    let mut out = String::new();
    let events = safe_events(text)
        .filter(|e| !matches!(e, Event::Start(Tag::Link { .. }) | Event::End(TagEnd::Link)));
    html::push_html(&mut out, events);
    unwrap_paragraph(out)
}

fn unwrap_paragraph(out: String) -> String {
    let trimmed = out.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|s| s.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => out,
    }
}

fn safe_events(text: &str) -> impl Iterator<Item = Event<'_>> {
    let options = Options::ENABLE_MATH | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_TABLES;
    Parser::new_ext(text, options).filter_map(move |event| match event {
        // Raw HTML is text.
        Event::Html(s) | Event::InlineHtml(s) => Some(Event::Text(s)),
        Event::InlineMath(s) => Some(Event::InlineHtml(math(&s, DisplayMode::Inline).into())),
        Event::DisplayMath(s) => Some(Event::Html(math(&s, DisplayMode::Block).into())),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Some(Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        })),
        // An image is its description (nothing is fetched).
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        other => Some(other),
    })
}

/// Web and mail addresses are kept; any other scheme (`javascript:`, `data:`…) becomes an
/// empty link target.
fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let ok = lower.starts_with("https://")
        || lower.starts_with("http://")
        || lower.starts_with("mailto:");
    if ok { url } else { CowStr::Borrowed("") }
}

/// LaTeX as MathML; what cannot be read is shown as its source, as text.
fn math(latex: &str, mode: DisplayMode) -> String {
    let storage = Storage::new();
    let parser = pulldown_latex::Parser::new(latex, &storage);
    let config = RenderConfig {
        display_mode: mode,
        ..RenderConfig::default()
    };
    let mut out = String::new();
    let events: Vec<_> = parser.collect();
    if events.iter().any(Result::is_err)
        || push_mathml(&mut out, events.into_iter(), config).is_err()
    {
        let mut code = String::from("<code>");
        escape_text(&mut code, latex);
        code.push_str("</code>");
        return code;
    }
    without_style(&out)
}

/// Escapes text for HTML.
fn escape_text(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

/// MathML without `style` attributes: the Content-Security-Policy allows no inline styles,
/// and browsers lay maths out without them.
fn without_style(mathml: &str) -> String {
    let mut out = String::with_capacity(mathml.len());
    let mut rest = mathml;
    while let Some(at) = rest.find(" style=\"") {
        out.push_str(&rest[..at]);
        let after = &rest[at + " style=\"".len()..];
        match after.find('"') {
            Some(end) => rest = &after[end + 1..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emphasis_code_lists_and_links() {
        assert_eq!(to_inline_html("a *b* `c`"), "a <em>b</em> <code>c</code>");
        assert_eq!(
            to_inline_html_without_links("see [the *paper*](https://example.com) $x$"),
            format!("see the <em>paper</em> {}", to_inline_html("$x$"))
        );
        let html = to_html("- one\n- two\n\n```\nlet x = 1;\n```");
        assert!(
            html.contains("<ul>") && html.contains("<pre><code>let x = 1;"),
            "{html}"
        );
        assert!(to_html("[x](https://a.b)").contains("href=\"https://a.b\""));
    }

    #[test]
    fn html_is_text_and_bad_links_go_nowhere() {
        let html = to_html("<script>alert(1)</script> <img src=x onerror=alert(1)>");
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
        assert!(html.contains("&lt;script&gt;"), "{html}");
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " data:text/html,x",
            "vbscript:x",
        ] {
            let html = to_html(&format!("[x]({bad})"));
            assert!(
                !html.to_lowercase().contains("script:") && !html.contains("data:"),
                "{html}"
            );
        }
        let html = to_html("![alt text](https://evil.example/x.png)");
        assert!(
            !html.contains("<img") && html.contains("alt text"),
            "{html}"
        );
    }

    #[test]
    fn maths_is_mathml_without_styles() {
        let html = to_inline_html("the loss $\\frac{1}{n}\\sum_i x_i^2$ here");
        assert!(html.contains("<math") && html.contains("<mfrac>"), "{html}");
        let block = to_html("$$\\color{red}{x}$$");
        assert!(
            block.contains("<math") && !block.contains("style="),
            "{block}"
        );
        let bad = to_html("$\\frac{$");
        assert!(!bad.contains("<math") || bad.contains("merror"), "{bad}");
    }

    #[test]
    fn plain_text_needs_no_markup() {
        assert!(!has_markup("Explain the bias-variance tradeoff."));
        assert!(has_markup("What is $x^2$?"));
        assert!(has_markup("a *b*"));
    }
}
