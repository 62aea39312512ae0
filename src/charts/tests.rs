//! What a reader needs from every chart kind, checked on the SVG that plotters writes: a mark per
//! value, every label and value, a zero line on signed axes, nothing outside the view box,
//! hostile text shown as text, and a "no data" chart for unusable series.

use super::*;
use crate::markup::{element_names, Markup};
use crate::text_metrics::text_width;

/// One element of the SVG: its name, attributes and text.
#[derive(Debug)]
struct El {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
}

impl El {
    fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn num(&self, name: &str) -> f64 {
        let v = self.get(name).unwrap_or_else(|| panic!("{} has no {name}", self.name));
        v.parse().unwrap_or_else(|_| panic!("{name}={v} is not a number"))
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// Parses the flat SVG plotters writes (elements under the root, text only inside `<text>`
/// and `<title>`).
fn parse(svg: &str) -> Vec<El> {
    let mut out = Vec::new();
    for piece in svg.split('<').skip(1) {
        if piece.starts_with('/') {
            continue;
        }
        let (tag, after) = piece.split_once('>').expect("a closed tag");
        let tag = tag.trim_end_matches('/');
        let (name, mut rest) = tag.split_once(' ').unwrap_or((tag, ""));
        let mut attrs = Vec::new();
        while let Some((key, value)) = rest.split_once("=\"") {
            let (value, next) = value.split_once('"').expect("a closed attribute");
            attrs.push((key.trim().to_string(), unescape(value)));
            rest = next;
        }
        assert!(rest.trim().is_empty(), "stray text in a tag: {rest:?}");
        out.push(El {
            name: name.to_string(),
            attrs,
            text: unescape(after.trim()),
        });
    }
    out
}

/// Checks that every mark and every text (by the shared width estimate) lies in the view box.
fn assert_inside(svg: &str) {
    let els = parse(svg);
    let root = &els[0];
    assert_eq!(root.name, "svg");
    let (w, h) = (root.num("width"), root.num("height"));
    assert_eq!(root.get("viewBox"), Some(format!("0 0 {w} {h}").as_str()));
    let inside = |what: &El, (x0, y0, x1, y1): (f64, f64, f64, f64)| {
        assert!(
            x0 >= 0.0 && y0 >= 0.0 && x1 <= w && y1 <= h,
            "{} at ({x0}, {y0})–({x1}, {y1}) leaves the {w}×{h} view box: {what:?}",
            what.name
        );
    };
    for el in &els[1..] {
        match el.name.as_str() {
            "rect" => {
                let (x, y) = (el.num("x"), el.num("y"));
                assert!(el.num("width") >= 0.0 && el.num("height") >= 0.0, "{el:?}");
                inside(el, (x, y, x + el.num("width"), y + el.num("height")));
            }
            "circle" => {
                let reach = el.num("r") + el.num("stroke-width") / 2.0;
                let (x, y) = (el.num("cx"), el.num("cy"));
                inside(el, (x - reach, y - reach, x + reach, y + reach));
            }
            "polyline" => {
                let half = el.num("stroke-width") / 2.0;
                for point in el.get("points").unwrap().split_whitespace() {
                    let (x, y) = point.split_once(',').unwrap();
                    let (x, y): (f64, f64) = (x.parse().unwrap(), y.parse().unwrap());
                    inside(el, (x - half, y - half, x + half, y + half));
                }
            }
            "text" => {
                let px = el.num("font-size");
                let (x, y, width) = (el.num("x"), el.num("y"), text_width(&el.text, px));
                let (x0, x1) = match el.get("text-anchor") {
                    Some("start") => (x, x + width),
                    Some("middle") => (x - width / 2.0, x + width / 2.0),
                    Some("end") => (x - width, x),
                    other => panic!("anchor {other:?}"),
                };
                let (y0, y1) = match el.get("dy") {
                    Some("0.76em") => (y, y + 1.2 * px),
                    Some("0.5ex") => (y - 0.6 * px, y + 0.6 * px),
                    other => panic!("baseline {other:?}"),
                };
                inside(el, (x0, y0, x1, y1));
            }
            "title" => {}
            other => panic!("unexpected element {other}"),
        }
    }
}

fn texts(svg: &str) -> Vec<String> {
    parse(svg)
        .into_iter()
        .filter(|e| e.name == "text")
        .map(|e| e.text)
        .collect()
}

/// The rectangles filled with `rgb`.
fn rects(svg: &str, (r, g, b): (u8, u8, u8)) -> Vec<El> {
    let fill = format!("#{r:02X}{g:02X}{b:02X}");
    parse(svg)
        .into_iter()
        .filter(|e| e.name == "rect" && e.get("fill") == Some(&fill))
        .collect()
}

const BLUE: (u8, u8, u8) = (0, 114, 178);

fn bar(label: &str, value: f64) -> Bar {
    Bar {
        label: label.into(),
        value,
        value_text: format!("{value}%"),
        rgb: BLUE,
    }
}

fn bars(title: &str, bars: Vec<Bar>, width: u32) -> Markup {
    bar_chart(&BarChart {
        title: title.into(),
        axis: "变化（%）".into(),
        bars,
        width,
        empty_text: "暂无数据".into(),
    })
}

fn share(label: &str, value: f64) -> Share {
    Share {
        label: label.into(),
        value,
        value_text: format!("约{value}%"),
        rgb: BLUE,
    }
}

fn pair(label: &str, before: f64, after: f64) -> Pair {
    Pair {
        label: label.into(),
        before,
        after,
        before_text: format!("{before}%"),
        after_text: format!("{after}%"),
        rgb: BLUE,
    }
}

/// Every chart kind, drawn with the given labels and title at the given width.
fn every_kind(title: &str, labels: &[&str], width: u32) -> Vec<Markup> {
    let values = [139.18, -28.5, 0.0, 45.0];
    let b = labels
        .iter()
        .zip(values.iter().cycle())
        .map(|(l, v)| bar(l, *v))
        .collect();
    let s: Vec<Share> = labels
        .iter()
        .zip([71.9, 100.0, 0.0].iter().cycle())
        .map(|(l, v)| share(l, *v))
        .collect();
    let p: Vec<Pair> = labels
        .iter()
        .zip([(15.0, 45.0), (80.0, 20.0), (0.0, 100.0)].iter().cycle())
        .map(|(l, (a, b))| pair(l, *a, *b))
        .collect();
    vec![
        bars(title, b, width),
        bullet_chart(title, &s, width, "暂无数据"),
        dumbbell_chart(title, &p, width, "暂无数据"),
        no_data_chart(title, "暂无数据", width),
    ]
}

#[test]
fn a_bar_per_value_with_its_label_value_and_caption() {
    let svg = bars(
        "改造成效",
        vec![bar("生产效率", 139.18), bar("运营成本", -28.5), bar("不良品率", -34.0)],
        480,
    );
    let svg = svg.html();
    assert!(svg.starts_with("<svg class=\"chart\" role=\"img\" aria-label=\"改造成效\" width=\"480\""));
    assert!(svg.contains("<title>改造成效</title>"));
    assert_eq!(rects(svg, BLUE).len(), 3);
    let texts = texts(svg);
    for t in [
        "改造成效",
        "生产效率",
        "运营成本",
        "不良品率",
        "139.18%",
        "-28.5%",
        "-34%",
        "变化（%）",
    ] {
        assert!(texts.iter().any(|x| x == t), "missing {t} in {texts:?}");
    }
    assert!(!svg.contains(" style=\""), "a strict CSP forbids style attributes");
    assert_inside(svg);
}

#[test]
fn signed_values_meet_at_a_zero_line_that_stands_out() {
    let svg = bars("t", vec![bar("up", 40.0), bar("down", -25.0)], 400);
    let els = parse(svg.html());
    let zero: Vec<&El> = els
        .iter()
        .filter(|e| e.name == "polyline" && e.get("stroke-width") == Some("2"))
        .collect();
    assert_eq!(zero.len(), 1, "one zero line");
    let x: Vec<f64> = zero[0]
        .get("points")
        .unwrap()
        .split_whitespace()
        .map(|p| p.split(',').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(x.len(), 2);
    assert_eq!(x[0], x[1], "upright");
    let grid_width = els
        .iter()
        .filter(|e| e.name == "polyline" && !std::ptr::eq(*e, zero[0]))
        .map(|e| e.num("stroke-width"))
        .fold(0.0, f64::max);
    assert!(grid_width < 2.0, "the grid is thinner");
    let r = rects(svg.html(), BLUE);
    let (up, down) = (&r[0], &r[1]);
    assert_eq!(up.num("x"), x[0], "the rising bar starts at zero");
    assert_eq!(down.num("x") + down.num("width"), x[0], "the falling bar ends at zero");
    assert!(up.num("width") > 0.0 && down.num("width") > 0.0);
    // 40 is drawn longer than 25.
    assert!(up.num("width") > down.num("width"));
    let ticks = texts(svg.html());
    assert!(
        ticks.iter().any(|t| t == "0") && ticks.iter().any(|t| t.starts_with('−')),
        "{ticks:?}"
    );
    for label in els.iter().filter(|e| e.text == "up" || e.text == "down") {
        assert_eq!(label.get("text-anchor"), Some("start"));
        assert!(
            label.num("x") > x[0],
            "labels start beside the zero line, never across it"
        );
    }
}

#[test]
fn all_zero_values_still_draw() {
    let svg = bars("t", vec![bar("a", 0.0), bar("b", 0.0)], 320);
    let r = rects(svg.html(), BLUE);
    assert_eq!(r.len(), 2);
    assert!(r.iter().all(|e| e.num("width") >= 1.0), "{r:?}");
    assert_eq!(texts(svg.html()).iter().filter(|t| *t == "0%").count(), 2);
    assert_inside(svg.html());
}

#[test]
fn unusable_series_give_the_no_data_chart() {
    let no_data = |svg: &Markup| {
        assert!(texts(svg.html()).contains(&"暂无数据".to_string()), "{}", svg.html());
        assert!(!svg.html().contains("<rect") && !svg.html().contains("<circle"));
        assert_inside(svg.html());
    };
    for values in [
        vec![],
        vec![f64::NAN],
        vec![f64::INFINITY, f64::NEG_INFINITY],
        vec![f64::MAX, -f64::MAX],
    ] {
        no_data(&bars("t", values.iter().map(|v| bar("x", *v)).collect(), 300));
        if values.iter().all(|v| !v.is_finite()) {
            let shares: Vec<Share> = values.iter().map(|v| share("x", *v)).collect();
            no_data(&bullet_chart("t", &shares, 300, "暂无数据"));
            let pairs: Vec<Pair> = values.iter().map(|v| pair("x", *v, 1.0)).collect();
            no_data(&dumbbell_chart("t", &pairs, 300, "暂无数据"));
        }
    }
}

#[test]
fn a_bullet_per_share_on_a_full_track() {
    let svg = bullet_chart(
        "数字化",
        &[share("数控化率", 71.9), share("普及率", 75.2)],
        400,
        "暂无数据",
    );
    let svg = svg.html();
    let (tracks, fills) = (rects(svg, (243, 244, 246)), rects(svg, BLUE));
    assert_eq!((tracks.len(), fills.len()), (2, 2));
    for (t, f) in tracks.iter().zip(&fills) {
        assert_eq!(t.num("x"), f.num("x"));
        let share = f.num("width") / t.num("width");
        assert!(share > 0.7 && share < 0.77, "{share}");
    }
    let texts = texts(svg);
    for t in ["数控化率", "普及率", "约71.9%", "约75.2%", "0%", "100%"] {
        assert!(texts.iter().any(|x| x == t), "missing {t} in {texts:?}");
    }
    assert_inside(svg);
}

#[test]
fn a_dumbbell_runs_from_a_hollow_dot_before_to_a_filled_one_after() {
    let svg = dumbbell_chart(
        "前后对比",
        &[pair("自动化率", 15.0, 45.0), pair("能耗", 80.0, 20.0)],
        400,
        "暂无数据",
    );
    let els = parse(svg.html());
    let dots: Vec<&El> = els.iter().filter(|e| e.name == "circle").collect();
    let hollow: Vec<&&El> = dots.iter().filter(|e| e.get("fill") == Some("none")).collect();
    let filled: Vec<&&El> = dots.iter().filter(|e| e.get("fill") == Some("#0072B2")).collect();
    assert_eq!((hollow.len(), filled.len()), (2, 2));
    // Rising: before left of after; falling: before right of after.
    assert!(hollow[0].num("cx") < filled[0].num("cx"));
    assert!(hollow[1].num("cx") > filled[1].num("cx"));
    let lines = els
        .iter()
        .filter(|e| e.name == "polyline" && e.get("stroke") == Some("#0072B2"));
    assert_eq!(lines.count(), 2, "a line joins each pair");
    let texts = texts(svg.html());
    for t in ["自动化率", "能耗", "15%", "45%", "80%", "20%"] {
        assert!(texts.iter().any(|x| x == t), "missing {t} in {texts:?}");
    }
    assert_inside(svg.html());
}

#[test]
fn long_chinese_labels_wrap_within_the_width() {
    let label = "重庆市万州区绿色智能制造中心服务的铝精深加工产业链企业数字化改造项目";
    for width in [240, 320, 480] {
        for svg in every_kind(label, &[label, "短"], width) {
            let lines: Vec<String> = texts(svg.html())
                .into_iter()
                .filter(|t| label.starts_with(t.as_str()) || label.contains(t.as_str()))
                .collect();
            assert!(lines.len() >= 2, "{lines:?}");
            assert!(lines.concat().contains(label), "every character drawn: {lines:?}");
            assert_inside(svg.html());
        }
    }
}

#[test]
fn hostile_text_is_text_and_changes_no_structure() {
    let hostile = "<x'\"&>";
    let plain = "abcdef";
    assert!(
        text_width(hostile, 13.0) <= text_width(plain, 13.0),
        "the plain twin takes as many lines"
    );
    for (bad, good) in every_kind(hostile, &[hostile, hostile], 400)
        .iter()
        .zip(every_kind(plain, &[plain, plain], 400))
    {
        assert_eq!(element_names(bad.html()), element_names(good.html()));
        assert!(bad.html().contains("&lt;x&apos;&quot;&amp;&gt;"), "{}", bad.html());
        assert!(bad.html().contains("<title>&lt;x&#39;&quot;&amp;&gt;</title>"));
        assert!(texts(bad.html()).iter().any(|t| t == hostile));
    }
}

#[test]
fn very_long_rtl_and_emoji_names_stay_inside() {
    let long = "名".repeat(10_000);
    let latin = "x".repeat(10_000);
    let rtl = "\u{202E}שלום עולם مرحبا بالعالم";
    let emoji = "🎉🏭 工厂 👨\u{200D}👩\u{200D}👧 ✓";
    for width in [240, 390, 1000] {
        for svg in every_kind(&long, &[&long, &latin, rtl, emoji], width) {
            assert_inside(svg.html());
            let drawn = texts(svg.html());
            assert!(
                drawn.concat().len() < 20_000,
                "a long name is drawn in a few lines, not whole"
            );
            assert!(drawn.iter().any(|t| t.ends_with('…')));
        }
    }
    let svg = bars("t", vec![bar(rtl, 1.0), bar(emoji, 2.0)], 300);
    let texts = texts(svg.html());
    assert!(
        texts.iter().any(|t| t == rtl) && texts.iter().any(|t| t == emoji),
        "{texts:?}"
    );
}
