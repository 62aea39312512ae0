//! Figures as files: CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) and JSON.

use crate::model::{Metric, MetricKind, MetricStatus, Qualifier};

/// Byte-order mark that tells Excel the CSV is UTF-8.
pub const BOM: &str = "\u{feff}";

/// One CSV field: quoted when needed, and text that a spreadsheet would run as a formula made inert.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && s.parse::<f64>().is_err() {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn number(v: Option<f64>) -> String {
    v.map(|v| format!("{v}")).unwrap_or_default()
}

fn code<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

const HEADER: [&str; 17] = [
    "id",
    "entity",
    "scope",
    "label_zh",
    "label_en",
    "kind",
    "value",
    "before",
    "high",
    "unit",
    "qualifier",
    "status",
    "period_zh",
    "period_en",
    "section",
    "paragraph",
    "excerpt",
];

/// The figures as CSV, one row each, with a header row.
pub fn figures_csv(metrics: &[&Metric]) -> String {
    let mut out = String::from(BOM);
    out.push_str(&HEADER.join(","));
    out.push_str("\r\n");
    for m in metrics {
        let row = [
            field(&m.id),
            field(&m.entity),
            code(&m.scope),
            field(&m.label.zh),
            field(&m.label.en),
            code::<MetricKind>(&m.kind),
            number(Some(m.value)),
            number(m.before),
            number(m.high),
            field(&m.unit),
            code::<Qualifier>(&m.qualifier),
            code::<MetricStatus>(&m.status),
            field(&m.period.zh),
            field(&m.period.en),
            field(&m.source.section),
            m.source.paragraph.to_string(),
            field(&m.source.excerpt),
        ];
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The figures as a JSON array in the dataset's own format.
pub fn figures_json(metrics: &[&Metric]) -> String {
    serde_json::to_string_pretty(metrics).unwrap_or_else(|_| "[]".into())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn csv_has_bom_header_and_one_row_per_figure() {
        let d = wanzhou();
        let ms: Vec<&Metric> = d.metrics.iter().filter(|m| m.entity == "ent-schneider").collect();
        let csv = figures_csv(&ms);
        assert!(csv.starts_with("\u{feff}id,entity,scope,label_zh"));
        let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 1 + 5);
        assert!(lines[2].starts_with("m-schneider-efficiency,ent-schneider,enterprise,生产效率,Production efficiency,change,139.18,,,percent,exact,actual,"));
        assert!(lines[3].contains(",-28.5,"), "numbers stay numbers: {}", lines[3]);
    }

    #[test]
    fn csv_quotes_and_defuses() {
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-12.5"), "-12.5");
    }

    #[test]
    fn json_round_trips() {
        let d = wanzhou();
        let ms: Vec<&Metric> = d.metrics.iter().take(3).collect();
        let back: Vec<Metric> = serde_json::from_str(&figures_json(&ms)).unwrap();
        assert_eq!(back.len(), 3);
        assert_eq!(&back[0], ms[0]);
    }
}
