//! Markup written as text, safe by type: tag and attribute names are `'static` literals written in
//! the source, and every text or attribute value goes through the escaper. The only markup the
//! page ever inserts as text (`inner_html`) is a [`Markup`].

use std::fmt::{self, Display, Write};

use plotters::backend::SVGBackend;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};

/// HTML or SVG markup that can only have been built from literals and escaped values.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup(String);

/// Writes through to a string, escaping the five characters that markup gives a meaning.
struct Escaping<'a>(&'a mut String);

impl Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            match c {
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '&' => self.0.push_str("&amp;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        Ok(())
    }
}

impl Markup {
    /// Empty markup with room for `bytes`.
    pub fn with_capacity(bytes: usize) -> Markup {
        Markup(String::with_capacity(bytes))
    }

    /// Markup written in the source: trusted because no value from outside can be a `&'static str`
    /// literal of the program.
    pub fn literal(&mut self, markup: &'static str) -> &mut Markup {
        self.0.push_str(markup);
        self
    }

    /// `<tag`: attributes may follow, then [`Markup::end`] or [`Markup::end_empty`].
    pub fn open(&mut self, tag: &'static str) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        self
    }

    /// ` name="value"`, the value escaped.
    pub fn attr(&mut self, name: &'static str, value: impl Display) -> &mut Markup {
        self.0.push(' ');
        self.0.push_str(name);
        self.0.push_str("=\"");
        let _ = write!(Escaping(&mut self.0), "{value}");
        self.0.push('"');
        self
    }

    /// Closes a start tag: `>`.
    pub fn end(&mut self) -> &mut Markup {
        self.0.push('>');
        self
    }

    /// Closes an element with no content: `/>`.
    pub fn end_empty(&mut self) -> &mut Markup {
        self.0.push_str("/>");
        self
    }

    /// Text content, escaped.
    pub fn text(&mut self, value: impl Display) -> &mut Markup {
        let _ = write!(Escaping(&mut self.0), "{value}");
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &'static str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Other markup, appended.
    pub fn append(&mut self, other: &Markup) -> &mut Markup {
        self.0.push_str(&other.0);
        self
    }

    /// The markup as text, for the page to insert (`inner_html`) or for a download.
    pub fn html(&self) -> &str {
        &self.0
    }

    /// The markup as an owned string, for the page to insert (`inner_html`) or for a download.
    pub fn into_html(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The same image with `text` as its `<desc>` after its `<title>` (screen readers read both);
    /// unchanged if it has no title.
    pub fn with_description(mut self, text: &str) -> Markup {
        // Titles are written escaped, so the first `</title>` is the one the writer closed.
        if let Some(at) = self.0.find("</title>") {
            let mut desc = Markup::default();
            desc.open("desc").end().text(text).close("desc");
            self.0.insert_str(at + "</title>".len(), &desc.0);
        }
        self
    }

    /// An SVG image drawn by plotters' SVG backend into a buffer that only this function holds,
    /// named for assistive technology: `<svg class="chart" role="img" aria-label="…">` with a
    /// `<title>`. The backend escapes every text it draws and writes its names as literals; the
    /// name added here goes through the escaper like every other value.
    pub fn plotters_svg(
        (width, height): (u32, u32),
        name: &str,
        draw: impl FnOnce(&DrawingArea<SVGBackend<'_>, Shift>) -> Result<(), SvgDrawError>,
    ) -> Result<Markup, SvgDrawError> {
        let mut drawn = String::new();
        {
            let root = SVGBackend::with_string(&mut drawn, (width, height)).into_drawing_area();
            draw(&root)?;
            root.present()?;
        }
        // plotters opens with `<svg width=… height=… viewBox=… xmlns=…>` and a line break.
        let (root_attrs, body) = drawn
            .strip_prefix("<svg ")
            .and_then(|rest| rest.split_once(">\n"))
            .ok_or(SvgDrawError::LayoutError)?;
        let mut out = Markup::with_capacity(drawn.len() + 2 * name.len() + 80);
        out.open("svg")
            .attr("class", "chart")
            .attr("role", "img")
            .attr("aria-label", name);
        out.0.push(' ');
        out.0.push_str(root_attrs);
        out.end()
            .literal("\n")
            .open("title")
            .end()
            .text(name)
            .close("title")
            .literal("\n");
        out.0.push_str(body);
        Ok(out)
    }
}

/// What drawing on plotters' SVG backend can fail with.
pub type SvgDrawError = DrawingAreaErrorKind<std::io::Error>;

/// The names of the elements that `markup` opens, in order: a test compares the structure a
/// writer makes of hostile text with the structure it makes of plain text.
pub fn element_names(markup: &str) -> Vec<&str> {
    markup
        .split('<')
        .skip(1)
        .filter(|rest| !rest.starts_with('/') && !rest.starts_with('!') && !rest.starts_with('?'))
        .map(|rest| {
            rest.split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()
                .unwrap_or("")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_escaped_and_names_are_literals() {
        let mut m = Markup::default();
        m.open("g")
            .attr("data-id", "<x'\"&>")
            .attr("data-i", 3)
            .end()
            .text("<x'\"&>")
            .open("line")
            .end_empty()
            .close("g");
        assert_eq!(
            m.html(),
            "<g data-id=\"&lt;x&#39;&quot;&amp;&gt;\" data-i=\"3\">&lt;x&#39;&quot;&amp;&gt;<line/></g>"
        );
        assert_eq!(element_names(m.html()), ["g", "line"]);
        let mut img = Markup::default();
        img.open("svg")
            .end()
            .open("title")
            .end()
            .text("</title>")
            .close("title")
            .close("svg");
        assert_eq!(
            img.with_description("<b>'").html(),
            "<svg><title>&lt;/title&gt;</title><desc>&lt;b&gt;&#39;</desc></svg>"
        );
    }

    #[test]
    fn plotters_svg_is_named_and_escaped() {
        use plotters::element::Text;
        let svg = Markup::plotters_svg((120, 40), "<x'\"&>", |root| {
            root.draw(&Text::new("<x'\"&>", (2, 2), ("sans-serif", 12.0)))?;
            Ok(())
        })
        .unwrap();
        assert!(svg.html().starts_with(
            "<svg class=\"chart\" role=\"img\" aria-label=\"&lt;x&#39;&quot;&amp;&gt;\" width=\"120\" height=\"40\" viewBox=\"0 0 120 40\""
        ));
        assert!(svg
            .html()
            .contains(">\n<title>&lt;x&#39;&quot;&amp;&gt;</title>\n<text "));
        assert_eq!(element_names(svg.html()), ["svg", "title", "text"]);
        assert!(svg.html().trim_end().ends_with("</svg>"));
    }

    #[test]
    fn element_names_skip_closing_tags_and_comments() {
        assert_eq!(
            element_names("<svg a=\"1\"><!-- c --><title>t</title></svg>"),
            ["svg", "title"]
        );
    }

    /// Every `.rs` file under `dir`, with its text.
    fn sources(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }

    #[test]
    fn only_markup_reaches_inner_html() {
        let mut files = Vec::new();
        sources(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut seen = 0;
        // This file names the patterns it looks for; it writes to no page.
        for (path, text) in files.iter().filter(|(p, _)| !p.ends_with("src/markup.rs")) {
            for line in text
                .lines()
                .filter(|l| l.contains("inner_html=") || l.contains("set_inner_html("))
                .filter(|l| !l.trim_start().starts_with("//"))
            {
                seen += 1;
                let clears = line.contains("set_inner_html(\"\")");
                assert!(
                    clears || line.contains(".into_html()") || line.contains(".html()"),
                    "{path}: markup reaches the page only as a Markup: {line}"
                );
            }
        }
        assert!(seen > 0, "the scan finds the page's inner_html uses");
    }
}
