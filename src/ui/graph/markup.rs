//! One drawing of a layout as SVG markup (segment boxes, lines, nodes and their labels), written
//! as text so the browser's parser builds it in one step however many nodes there are.

use crate::charts::palette::{industry_hex, industry_shape, INDUSTRY};
use crate::layout::labels::LINE;
use crate::layout::{Band, LabelBox, Layout, LineStyle, NodePlace};
use crate::markup::Markup;
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

/// Past this many lines, the drawing's lines are faint (graph.css `.edges.many`).
const MANY_LINES: usize = 600;

/// The inside of the graph's `<svg>`: one `viewport` group holding the bands, the lines and the
/// nodes of `places` (a layout's places, some perhaps moved by pins). `tab_stop` is the node that
/// takes Tab; every node carries `data-i` (its index in `g`) for the scene to find it.
pub fn drawing(
    g: &Graph,
    layout: &Layout,
    places: &[Option<NodePlace>],
    tab_stop: Option<usize>,
    lang: Lang,
) -> Markup {
    let at = |i: usize| places.get(i).copied().flatten();
    let mut out = Markup::with_capacity(256 * (layout.edges.len() + places.len() + 1));
    out.literal(r#"<g class="viewport"><g class="bands">"#);
    for (k, b) in layout.bands.iter().enumerate() {
        band(&mut out, b, layout.bands.get(k + 1), lang);
    }
    // A great many lines (a large district's network, a chain of thousands unfolded) are drawn
    // faint until the visitor zooms in.
    out.literal(if layout.edges.len() > MANY_LINES {
        r#"</g><g class="edges many">"#
    } else {
        r#"</g><g class="edges">"#
    });
    for e in &layout.edges {
        if let (Some(p), Some(q)) = (at(e.a), at(e.b)) {
            let inferred = if e.inferred { " inferred" } else { "" };
            out.open("line")
                .attr("class", format_args!("edge {}{inferred}", line_kind(e.style)))
                .attr("data-a", e.a)
                .attr("data-b", e.b)
                .attr("x1", format_args!("{:.1}", p.x))
                .attr("y1", format_args!("{:.1}", p.y))
                .attr("x2", format_args!("{:.1}", q.x))
                .attr("y2", format_args!("{:.1}", q.y))
                .end_empty();
        }
    }
    out.literal(r#"</g><g class="nodes">"#);
    let mut labels: Vec<Option<&LabelBox>> = vec![None; g.nodes.len()];
    for l in &layout.labels {
        if let Some(slot) = labels.get_mut(l.node) {
            *slot = Some(l);
        }
    }
    let mut members = vec![0; g.nodes.len()];
    for &(c, n) in &layout.folded {
        if let Some(slot) = members.get_mut(c) {
            *slot = n;
        }
    }
    for (i, label) in labels.into_iter().enumerate() {
        if let Some(p) = at(i) {
            let one = OneNode {
                i,
                p,
                label,
                tab_stop: tab_stop == Some(i),
                folded: members[i],
            };
            node(&mut out, g, one, lang);
        }
    }
    // Names set for the zoom reached go here (the scene fills it in).
    out.literal(r#"</g><g class="details"></g></g>"#);
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
fn band(out: &mut Markup, b: &Band, next: Option<&Band>, lang: Lang) {
    let r = b.rect;
    let (class, status) = match b.coverage {
        Coverage::Present => ("band present", Msg::Present),
        Coverage::Planned => ("band planned", Msg::Planned),
        Coverage::Missing => ("band missing", Msg::Missing),
    };
    out.open("g")
        .attr(
            "class",
            format_args!(
                "{class}{}{}",
                if b.inferred { " inferred" } else { "" },
                if b.segment { "" } else { " others" }
            ),
        )
        .attr("data-testid", "band")
        .end();
    out.open("rect")
        .attr("x", r.x0)
        .attr("y", r.y0)
        .attr("width", r.x1 - r.x0)
        .attr("height", r.y1 - r.y0)
        .attr("rx", 10)
        .end_empty();
    out.open("text")
        .attr("class", "band-title")
        .attr("font-size", b.font)
        .end();
    let line_h = b.font * LINE;
    for (k, line) in b.title.iter().enumerate() {
        let y = r.y0 + 12.0 + line_h * (k as f64 + 0.8);
        out.open("tspan")
            .attr("x", r.x0 + 12.0)
            .attr("y", y)
            .end()
            .text(line)
            .close("tspan");
    }
    out.close("text");
    if b.segment {
        out.open("text")
            .attr("class", "band-status")
            .attr("x", r.x0 + 12.0)
            .attr("y", r.y0 + 12.0 + line_h * (b.title.len() as f64 + 0.8))
            .attr("font-size", b.font * 0.85)
            .end()
            .text(t(status, lang));
        if b.inferred {
            out.text(format_args!(" · {}", t(Msg::Inferred, lang)));
        }
        out.close("text");
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
        out.open("line")
            .attr("class", "band-arrow")
            .attr("x1", x1)
            .attr("y1", y1)
            .attr("x2", x2)
            .attr("y2", y2)
            .end_empty();
        let [(ax, ay), (bx, by), (cx, cy)] = head;
        out.open("polygon")
            .attr("class", "band-arrow-head")
            .attr("points", format_args!("{ax},{ay} {bx},{by} {cx},{cy}"))
            .end_empty();
    }
    out.close("g");
}

/// The node's mark: a square for a programme, a diamond for a project; the "5+10" tree's nodes
/// take their industry's shape (disc, triangle, hexagon, star, inverted triangle) as well as its colour.
fn mark(out: &mut Markup, kind: NodeKind, rank: Option<usize>, r: f64) {
    let colour = node_colour(kind, rank);
    match kind {
        NodeKind::Programme => out
            .open("rect")
            .attr("class", "dot")
            .attr("x", -r)
            .attr("y", -r)
            .attr("width", 2.0 * r)
            .attr("height", 2.0 * r)
            .attr("rx", 2),
        NodeKind::Project => {
            let d = r * 1.3;
            out.open("polygon")
                .attr("class", "dot")
                .attr("points", format_args!("0,{} {d},0 0,{d} {},0", -d, -d))
        }
        NodeKind::District => out.open("circle").attr("class", "dot").attr("r", r),
        _ => match industry_shape(rank).points(r) {
            Some(points) => out.open("polygon").attr("class", "dot").attr("points", points),
            None => out.open("circle").attr("class", "dot").attr("r", r),
        },
    };
    out.attr("fill", colour).end_empty();
}

/// One node as drawn: where, its label, whether it takes Tab, and how many members it folds in.
struct OneNode<'a> {
    i: usize,
    p: NodePlace,
    label: Option<&'a LabelBox>,
    tab_stop: bool,
    /// A folded chain's members, drawn as a ring around its mark; 0 for other nodes.
    folded: usize,
}

fn node(out: &mut Markup, g: &Graph, one: OneNode, lang: Lang) {
    let OneNode {
        i,
        p,
        label,
        tab_stop,
        folded,
    } = one;
    let n = &g.nodes[i];
    let class = if folded > 0 { " folded" } else { "" };
    out.open("g")
        .attr("class", format_args!("node {}{class}", n.kind.code()))
        .attr("data-id", &n.id)
        .attr("data-i", i)
        .attr("role", "button")
        .attr("tabindex", if tab_stop { "0" } else { "-1" })
        .attr("aria-label", Description::of(g, i, lang).spoken())
        .attr("aria-pressed", "false")
        .attr("transform", format_args!("translate({:.1} {:.1})", p.x, p.y))
        .end();
    out.open("circle")
        .attr("class", "halo")
        .attr("r", p.r + 5.0)
        .end_empty();
    if folded > 0 {
        out.open("circle")
            .attr("class", "stack")
            .attr("r", p.r + 3.5)
            .attr("stroke", node_colour(n.kind, g.industry_rank(i)))
            .attr("data-members", folded)
            .end_empty();
    }
    mark(out, n.kind, g.industry_rank(i), p.r);
    if let Some(l) = label {
        label_text(out, l, (p.x, p.y), None, lang);
    }
    out.close("g");
}

/// A label's text, its lines placed relative to `origin` (its node's centre, or the drawing's);
/// `of` names the node it belongs to when it stands outside the node's group.
fn label_text(out: &mut Markup, l: &LabelBox, (ox, oy): (f64, f64), of: Option<usize>, lang: Lang) {
    let line_h = l.font * LINE;
    let top = l.y - oy - line_h * (l.lines.len() as f64 - 1.0) / 2.0;
    let class = match (of, l.on_node) {
        (Some(_), _) => "label detail",
        (None, true) => "label on-node",
        (None, false) => "label",
    };
    out.open("text").attr("class", class);
    if let Some(i) = of {
        out.attr("data-i", i);
    }
    out.attr("font-size", l.font)
        .attr("dominant-baseline", "central")
        .attr("text-anchor", "middle")
        .end();
    for (k, line) in l.lines.iter().enumerate() {
        // Words broken over lines keep their space, so the label reads as one text.
        let gap = if lang == Lang::En && k + 1 < l.lines.len() {
            " "
        } else {
            ""
        };
        out.open("tspan")
            .attr("x", format_args!("{:.1}", l.x - ox))
            .attr("y", format_args!("{:.1}", top + line_h * k as f64))
            .end()
            .text(line)
            .text(gap)
            .close("tspan");
    }
    out.close("text");
}

/// Names set for the zoom reached (see [`crate::layout::detail`]): each carries its node's
/// `data-i`, so a tap or a hover on a name is one on its node.
pub fn details(labels: &[LabelBox], lang: Lang) -> Markup {
    let mut out = Markup::with_capacity(160 * labels.len());
    for l in labels {
        label_text(&mut out, l, (0.0, 0.0), Some(l.node), lang);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;
    use crate::layout::radial::radial;
    use crate::layout::stages::stages;
    use crate::model::filter::Filters;

    fn escaped(text: &str) -> String {
        let mut m = Markup::default();
        m.text(text);
        m.into_html()
    }

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
        let svg = drawing(&g, &l, &l.nodes, Some(0), Lang::Zh).into_html();
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
        assert!(svg.contains(&format!(r#"aria-label="{}""#, escaped(&name))));
        assert!(l.labels.iter().all(|b| b
            .lines
            .iter()
            .all(|line| svg.contains(&format!(">{}</tspan>", escaped(line))))));
    }

    #[test]
    fn a_node_off_the_drawing_has_no_mark_and_no_lines() {
        let d = wanzhou();
        let g = Graph::from_dataset(&d);
        let l = radial(&g, &Filters::default(), 1000.0, 700.0, Lang::En);
        let mut places = l.nodes.clone();
        let gone = (1..places.len()).find(|&i| places[i].is_some()).unwrap();
        places[gone] = None;
        let svg = drawing(&g, &l, &places, None, Lang::En).into_html();
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
        let svg = drawing(&g, &l, &l.nodes, None, Lang::Zh).into_html();
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
        let svg = drawing(&g, &l, &l.nodes, None, Lang::Zh).into_html();
        assert!(!svg.contains("<script>"));
        let i = g.index_of(&d.enterprises[0].id).unwrap();
        assert!(l.nodes[i].is_some(), "the system view draws enterprises");
        assert!(svg.contains("&lt;script&gt;&quot;&amp;&#39;"), "in the accessible name");
        assert!(svg.contains(">&lt;b&gt;&amp;</tspan>"), "in the label");
    }

    #[test]
    fn hostile_names_and_ids_stay_text_in_every_view() {
        use crate::data::hostile::{hostile_wanzhou, HOSTILE};
        use crate::layout::network::network;
        use crate::markup::element_names;
        let d = hostile_wanzhou();
        let g = Graph::from_dataset(&d);
        let made = ["g", "line", "rect", "circle", "polygon", "text", "tspan"];
        for lang in [Lang::Zh, Lang::En] {
            let mut layouts = vec![
                radial(&g, &Filters::default(), 1000.0, 700.0, lang),
                network(&g, &Filters::default(), &[], 1000.0, 700.0, lang),
            ];
            for c in (0..g.nodes.len()).filter(|&i| g.nodes[i].kind == NodeKind::Chain) {
                layouts.push(stages(&d, &g, c, 1100.0, 700.0, lang));
            }
            for l in &layouts {
                let svg = drawing(&g, l, &l.nodes, Some(0), lang).into_html();
                let names = element_names(&svg);
                assert!(names.iter().all(|n| made.contains(n)), "{names:?}");
                assert!(!svg.contains(HOSTILE) && !svg.contains("<x"));
                assert!(svg.contains(&escaped(HOSTILE)), "names are drawn, as text");
                // Every attribute value is closed where the writer closed it: quotes come in pairs.
                assert_eq!(svg.matches('"').count() % 2, 0);
            }
        }
    }
}
