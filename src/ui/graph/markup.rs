//! One drawing of a layout as SVG markup (segment boxes, lines, nodes and their labels), written
//! as text so the browser's parser builds it in one step however many nodes there are.

use std::fmt::Write;

use crate::charts::palette::{industry_hex, industry_shape, INDUSTRY};
use crate::charts::svg::escape_xml;
use crate::layout::labels::LINE;
use crate::layout::{Band, LabelBox, Layout, LineStyle, NodePlace};
use crate::model::describe::Description;
use crate::model::graph::{Graph, NodeKind};
use crate::model::stages::Coverage;
use crate::model::Lang;
use crate::ui::i18n::{t, Msg};

/// The district's colour: slate.
const DISTRICT: &str = "#334155";

/// A node's colour: its industry's hue, slate for the district, grey for nodes with no industry.
fn node_colour(kind: NodeKind, rank: Option<usize>) -> String {
    match kind {
        NodeKind::District => DISTRICT.into(),
        _ => industry_hex(rank),
    }
}

/// The classes of a small copy of a node's mark (its kind's or industry's shape and colour), for
/// the legend, the list and search results: a clipped box rather than a small SVG, coloured by a
/// class (`c0`… for the industries, `cn` for none, `cd` for the district) because a strict
/// content security policy refuses style attributes.
pub fn swatch_class(kind: NodeKind, rank: Option<usize>) -> String {
    let shape = match kind {
        NodeKind::Programme => "square",
        NodeKind::Project => "diamond",
        NodeKind::District => "disc",
        _ => industry_shape(rank).code(),
    };
    let colour = match (kind, rank) {
        (NodeKind::District, _) => "cd".to_string(),
        (_, Some(r)) => format!("c{}", r % INDUSTRY.len()),
        (_, None) => "cn".to_string(),
    };
    format!("swatch {shape} {colour}")
}

/// The inside of the graph's `<svg>`: one `viewport` group holding the bands, the lines and the
/// nodes of `places` (a layout's places, some perhaps moved by pins). `tab_stop` is the node that
/// takes Tab; every node carries `data-i` (its index in `g`) for the scene to find it.
pub fn drawing(
    g: &Graph,
    layout: &Layout,
    places: &[Option<NodePlace>],
    tab_stop: Option<usize>,
    lang: Lang,
) -> String {
    let at = |i: usize| places.get(i).copied().flatten();
    let mut out = String::with_capacity(256 * (layout.edges.len() + places.len() + 1));
    out.push_str(r#"<g class="viewport"><g class="bands">"#);
    for (k, b) in layout.bands.iter().enumerate() {
        band(&mut out, b, layout.bands.get(k + 1), lang);
    }
    out.push_str(r#"</g><g class="edges">"#);
    for e in &layout.edges {
        if let (Some(p), Some(q)) = (at(e.a), at(e.b)) {
            let _ = write!(
                out,
                r#"<line class="edge {}{}" data-a="{}" data-b="{}" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}"/>"#,
                line_kind(e.style),
                if e.inferred { " inferred" } else { "" },
                e.a,
                e.b,
                p.x,
                p.y,
                q.x,
                q.y
            );
        }
    }
    out.push_str(r#"</g><g class="nodes">"#);
    let mut labels: Vec<Option<&LabelBox>> = vec![None; g.nodes.len()];
    for l in &layout.labels {
        if let Some(slot) = labels.get_mut(l.node) {
            *slot = Some(l);
        }
    }
    for (i, label) in labels.into_iter().enumerate() {
        if let Some(p) = at(i) {
            node(&mut out, g, i, p, label, lang, tab_stop == Some(i));
        }
    }
    out.push_str("</g></g>");
    out
}

fn line_kind(style: LineStyle) -> &'static str {
    match style {
        LineStyle::BelongsTo => "belongs",
        LineStyle::Serves => "serves",
        LineStyle::PartOf => "part-of",
        LineStyle::Unlinked => "unlinked",
    }
}

/// A chain segment's box: its title, its coverage and an arrow to the next segment downstream.
fn band(out: &mut String, b: &Band, next: Option<&Band>, lang: Lang) {
    let r = b.rect;
    let (class, status) = match b.coverage {
        Coverage::Present => ("band present", Msg::Present),
        Coverage::Planned => ("band planned", Msg::Planned),
        Coverage::Missing => ("band missing", Msg::Missing),
    };
    let _ = write!(
        out,
        r#"<g class="{class}{}{}" data-testid="band"><rect x="{}" y="{}" width="{}" height="{}" rx="10"/><text class="band-title" font-size="{}">"#,
        if b.inferred { " inferred" } else { "" },
        if b.segment { "" } else { " others" },
        r.x0,
        r.y0,
        r.x1 - r.x0,
        r.y1 - r.y0,
        b.font
    );
    let line_h = b.font * LINE;
    for (k, line) in b.title.iter().enumerate() {
        let y = r.y0 + 12.0 + line_h * (k as f64 + 0.8);
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            r.x0 + 12.0,
            y,
            escape_xml(line)
        );
    }
    out.push_str("</text>");
    if b.segment {
        let inferred = if b.inferred {
            format!(" · {}", t(Msg::Inferred, lang))
        } else {
            String::new()
        };
        let _ = write!(
            out,
            r#"<text class="band-status" x="{}" y="{}" font-size="{}">{}{inferred}</text>"#,
            r.x0 + 12.0,
            r.y0 + 12.0 + line_h * (b.title.len() as f64 + 0.8),
            b.font * 0.85,
            t(status, lang)
        );
    }
    if let Some(n) = next.filter(|n| b.segment && n.segment) {
        let (x1, y1, x2, y2) = if n.rect.x0 > r.x1 {
            (r.x1 + 3.0, r.y0 + 30.0, n.rect.x0 - 3.0, r.y0 + 30.0)
        } else {
            let x = r.x0 + 30.0;
            (x, r.y1 + 3.0, x, n.rect.y0 - 3.0)
        };
        let head = if x2 > x1 {
            [(x2, y2), (x2 - 7.0, y2 - 5.0), (x2 - 7.0, y2 + 5.0)]
        } else {
            [(x2, y2), (x2 - 5.0, y2 - 7.0), (x2 + 5.0, y2 - 7.0)]
        };
        let _ = write!(
            out,
            r#"<line class="band-arrow" x1="{}" y1="{}" x2="{}" y2="{}"/><polygon class="band-arrow-head" points="{},{} {},{} {},{}"/>"#,
            x1, y1, x2, y2, head[0].0, head[0].1, head[1].0, head[1].1, head[2].0, head[2].1
        );
    }
    out.push_str("</g>");
}

/// The node's mark: a square for a programme, a diamond for a project; the "5+10" tree's nodes
/// take their industry's shape (disc, triangle, hexagon, star, inverted triangle) as well as its colour.
fn mark(out: &mut String, kind: NodeKind, rank: Option<usize>, r: f64) {
    let colour = node_colour(kind, rank);
    let _ = match kind {
        NodeKind::Programme => {
            write!(
                out,
                r#"<rect class="dot" x="{}" y="{}" width="{}" height="{}" rx="2" fill="{colour}"/>"#,
                -r,
                -r,
                2.0 * r,
                2.0 * r
            )
        }
        NodeKind::Project => {
            let d = r * 1.3;
            write!(
                out,
                r#"<polygon class="dot" points="0,{} {},0 0,{} {},0" fill="{colour}"/>"#,
                -d, d, d, -d
            )
        }
        NodeKind::District => write!(out, r#"<circle class="dot" r="{}" fill="{colour}"/>"#, r),
        _ => match industry_shape(rank).points(r) {
            Some(points) => write!(out, r#"<polygon class="dot" points="{points}" fill="{colour}"/>"#),
            None => write!(out, r#"<circle class="dot" r="{}" fill="{colour}"/>"#, r),
        },
    };
}

fn node(out: &mut String, g: &Graph, i: usize, p: NodePlace, label: Option<&LabelBox>, lang: Lang, tab_stop: bool) {
    let n = &g.nodes[i];
    let _ = write!(
        out,
        r#"<g class="node {}" data-id="{}" data-i="{i}" role="button" tabindex="{}" aria-label="{}" aria-pressed="false" transform="translate({:.1} {:.1})"><circle class="halo" r="{}"/>"#,
        n.kind.code(),
        escape_xml(&n.id),
        if tab_stop { "0" } else { "-1" },
        escape_xml(&Description::of(g, i, lang).spoken()),
        p.x,
        p.y,
        p.r + 5.0
    );
    mark(out, n.kind, g.industry_rank(i), p.r);
    if let Some(l) = label {
        let line_h = l.font * LINE;
        let top = l.y - p.y - line_h * (l.lines.len() as f64 - 1.0) / 2.0;
        let _ = write!(
            out,
            r#"<text class="{}" font-size="{}" dominant-baseline="central" text-anchor="middle">"#,
            if l.on_node { "label on-node" } else { "label" },
            l.font
        );
        for (k, line) in l.lines.iter().enumerate() {
            // Words broken over lines keep their space, so the label reads as one text.
            let gap = if lang == Lang::En && k + 1 < l.lines.len() {
                " "
            } else {
                ""
            };
            let _ = write!(
                out,
                r#"<tspan x="{:.1}" y="{:.1}">{}{gap}</tspan>"#,
                l.x - p.x,
                top + line_h * k as f64,
                escape_xml(line)
            );
        }
        out.push_str("</text>");
    }
    out.push_str("</g>");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::layout::radial::radial;
    use crate::layout::stages::stages;
    use crate::model::filter::Filters;

    /// Every opened element of `kind` is closed (or closes itself).
    fn balanced(svg: &str, kind: &str) -> bool {
        let opened = svg.matches(&format!("<{kind} ")).count() + svg.matches(&format!("<{kind}>")).count();
        let closed = svg.matches(&format!("</{kind}>")).count();
        let own = svg
            .split(&format!("<{kind} "))
            .skip(1)
            .filter(|rest| rest.split('>').next().is_some_and(|tag| tag.ends_with('/')))
            .count();
        opened == closed + own
    }

    #[test]
    fn the_system_view_draws_each_placed_node_once_with_one_tab_stop() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let l = radial(&g, &Filters::default(), 1000.0, 700.0, Lang::Zh);
        let svg = drawing(&g, &l, &l.nodes, Some(0), Lang::Zh);
        let placed: Vec<usize> = (0..g.nodes.len()).filter(|&i| l.nodes[i].is_some()).collect();
        assert!(placed.len() > 20);
        for &i in &placed {
            assert_eq!(svg.matches(&format!(r#" data-i="{i}" "#)).count(), 1, "node {i}");
        }
        assert_eq!(svg.matches(r#"class="node "#).count(), placed.len());
        assert_eq!(svg.matches(r#"tabindex="0""#).count(), 1);
        assert!(svg.contains(r#"data-id="wanzhou" data-i="0" role="button" tabindex="0""#));
        let lines = l
            .edges
            .iter()
            .filter(|e| l.nodes[e.a].is_some() && l.nodes[e.b].is_some())
            .count();
        assert_eq!(svg.matches("<line class=\"edge ").count(), lines);
        for kind in ["g", "text", "tspan", "line", "circle", "polygon", "rect"] {
            assert!(balanced(&svg, kind), "{kind} elements balanced");
        }
        // Labels and accessible names are the layout's and the description's, in the language asked for.
        let name = Description::of(&g, placed[1], Lang::Zh).spoken();
        assert!(svg.contains(&format!(r#"aria-label="{}""#, escape_xml(&name))));
        assert!(l.labels.iter().all(|b| b
            .lines
            .iter()
            .all(|line| svg.contains(&format!(">{}</tspan>", escape_xml(line))))));
    }

    #[test]
    fn a_node_off_the_drawing_has_no_mark_and_no_lines() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let l = radial(&g, &Filters::default(), 1000.0, 700.0, Lang::En);
        let mut places = l.nodes.clone();
        let gone = (1..places.len()).find(|&i| places[i].is_some()).unwrap();
        places[gone] = None;
        let svg = drawing(&g, &l, &places, None, Lang::En);
        assert!(!svg.contains(&format!(r#" data-i="{gone}" "#)));
        assert!(!svg.contains(&format!(r#"data-a="{gone}""#)) && !svg.contains(&format!(r#"data-b="{gone}""#)));
        assert_eq!(svg.matches(r#"tabindex="0""#).count(), 0);
    }

    #[test]
    fn a_chain_draws_its_segments_with_status_and_arrows() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let chain = g.index_of("ch-aluminium").unwrap();
        let l = stages(&d, &g, chain, 1100.0, 700.0, Lang::Zh);
        let svg = drawing(&g, &l, &l.nodes, None, Lang::Zh);
        assert_eq!(svg.matches(r#"data-testid="band""#).count(), l.bands.len());
        let segments = l.bands.iter().filter(|b| b.segment).count();
        assert_eq!(svg.matches(r#"class="band-status""#).count(), segments);
        assert_eq!(svg.matches(r#"class="band-arrow-head""#).count(), segments - 1);
        assert!(svg.contains(&format!(" · {}</text>", t(Msg::Inferred, Lang::Zh))));
        assert!(balanced(&svg, "g") && balanced(&svg, "text"));
    }

    #[test]
    fn swatch_colours_in_the_stylesheet_are_the_palette() {
        let css = include_str!("graph.css").replace(' ', "");
        let rule = |class: &str, hex: &str| format!(".swatch.{class}{{background-color:{hex};}}");
        for r in 0..INDUSTRY.len() {
            assert!(
                css.contains(&rule(&format!("c{r}"), &industry_hex(Some(r)))),
                "industry {r}"
            );
        }
        assert!(css.contains(&rule("cn", &industry_hex(None))));
        assert!(css.contains(&rule("cd", DISTRICT)));
        assert_eq!(swatch_class(NodeKind::Chain, Some(9)), "swatch triangle-down c1");
        assert_eq!(swatch_class(NodeKind::District, None), "swatch disc cd");
        assert_eq!(swatch_class(NodeKind::Project, None), "swatch diamond cn");
    }

    #[test]
    fn names_from_a_loaded_file_are_escaped() {
        let mut d = wanzhou();
        d.enterprises[0].name.zh = r#"<script>"&'"#.into();
        d.enterprises[0].short.zh = r#"<b>&"#.into();
        let g = Graph::from_dataset(&d);
        let l = radial(&g, &Filters::default(), 1000.0, 700.0, Lang::Zh);
        let svg = drawing(&g, &l, &l.nodes, None, Lang::Zh);
        assert!(!svg.contains("<script>"));
        let i = g.index_of(&d.enterprises[0].id).unwrap();
        assert!(l.nodes[i].is_some(), "the system view draws enterprises");
        assert!(
            svg.contains("&lt;script&gt;&quot;&amp;&apos;"),
            "in the accessible name"
        );
        assert!(svg.contains(">&lt;b&gt;&amp;</tspan>"), "in the label");
    }
}
