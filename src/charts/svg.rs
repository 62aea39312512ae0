//! The charts' SVG writer: text, lines, rectangles and circles on an integer pixel grid, every
//! piece of text escaped.

use super::FONT;

/// A colour as red, green, blue.
pub type Rgb = (u8, u8, u8);

/// Where a text's x lies along it.
#[derive(Clone, Copy)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// Where a text's y lies: at its top or at its middle.
#[derive(Clone, Copy)]
pub enum Baseline {
    Top,
    Middle,
}

/// Escapes text for use inside SVG/XML markup.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

fn hex((r, g, b): Rgb) -> String {
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// An SVG image being written.
pub struct Svg {
    out: String,
}

impl Svg {
    /// A chart image of `width` × `height` pixels whose accessible name is `title`.
    pub fn new(width: u32, height: u32, title: &str) -> Svg {
        let title = escape_xml(title);
        Svg {
            out: format!(
                "<svg class=\"chart\" role=\"img\" aria-label=\"{title}\" width=\"{width}\" height=\"{height}\" \
                 viewBox=\"0 0 {width} {height}\" xmlns=\"http://www.w3.org/2000/svg\" font-family=\"{FONT}\">\n\
                 <title>{title}</title>\n"
            ),
        }
    }

    /// Text of `size` CSS pixels (drawn at the size the charts have always used: `size` / 1.24).
    pub fn text(&mut self, (x, y): (i32, i32), size: f64, fill: Rgb, anchor: Anchor, baseline: Baseline, text: &str) {
        let anchor = match anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let dy = match baseline {
            Baseline::Top => "0.76em",
            Baseline::Middle => "0.5ex",
        };
        self.out.push_str(&format!(
            "<text x=\"{x}\" y=\"{y}\" dy=\"{dy}\" text-anchor=\"{anchor}\" font-size=\"{:.2}\" fill=\"{}\">\n{}\n</text>\n",
            size / 1.24,
            hex(fill),
            escape_xml(text)
        ));
    }

    /// A straight line.
    pub fn line(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), stroke: Rgb, width: u32) {
        self.out.push_str(&format!(
            "<line x1=\"{x0}\" y1=\"{y0}\" x2=\"{x1}\" y2=\"{y1}\" stroke=\"{}\" stroke-width=\"{width}\"/>\n",
            hex(stroke)
        ));
    }

    /// A filled rectangle between two corners.
    pub fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), fill: Rgb) {
        let (x, y) = (x0.min(x1), y0.min(y1));
        let (w, h) = ((x1 - x0).abs(), (y1 - y0).abs());
        self.out.push_str(&format!(
            "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{}\"/>\n",
            hex(fill)
        ));
    }

    /// A circle, filled with `fill` or, without one, a ring of the given stroke.
    pub fn circle(&mut self, (x, y): (i32, i32), r: u32, colour: Rgb, ring: Option<u32>) {
        let paint = match ring {
            Some(w) => format!("fill=\"none\" stroke=\"{}\" stroke-width=\"{w}\"", hex(colour)),
            None => format!("fill=\"{}\"", hex(colour)),
        };
        self.out
            .push_str(&format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"{r}\" {paint}/>\n"));
    }

    /// The finished image.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_escaped_named_images() {
        let mut svg = Svg::new(300, 120, "a \"b\" <c>");
        svg.text(
            (150, 12),
            18.0,
            (31, 41, 55),
            Anchor::Middle,
            Baseline::Top,
            "<script>&",
        );
        svg.line((0, 1), (2, 3), (229, 231, 235), 1);
        svg.rect((10, 20), (4, 30), (0, 114, 178));
        svg.circle((5, 6), 7, (0, 158, 115), Some(3));
        let out = svg.finish();
        assert!(
            out.starts_with("<svg class=\"chart\" role=\"img\" aria-label=\"a &quot;b&quot; &lt;c&gt;\" width=\"300\"")
        );
        assert!(out.contains("<title>a &quot;b&quot; &lt;c&gt;</title>"));
        assert!(
            out.contains("font-size=\"14.52\" fill=\"#1F2937\">\n&lt;script&gt;&amp;\n</text>"),
            "{out}"
        );
        assert!(out.contains("<rect x=\"4\" y=\"20\" width=\"6\" height=\"10\" fill=\"#0072B2\"/>"));
        assert!(out.contains("<circle cx=\"5\" cy=\"6\" r=\"7\" fill=\"none\" stroke=\"#009E73\" stroke-width=\"3\"/>"));
        assert!(out.ends_with("</svg>\n"));
    }
}
