//! Figures as files: CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) and JSON.

use crate::model::{Metric, MetricKind, MetricStatus, Qualifier, Scope};

/// Byte-order mark that tells Excel the CSV is UTF-8.
pub const BOM: &str = "\u{feff}";

/// One CSV field: quoted when needed, and text that a spreadsheet would run as a formula made inert.
fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@']) && crate::model::decimal::parse_decimal(s).is_none() {
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
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The dataset's own code of a value (as in the JSON file), for CSV columns.
trait Code {
    fn code(&self) -> &'static str;
}

impl Code for Scope {
    fn code(&self) -> &'static str {
        match self {
            Scope::Enterprise => "enterprise",
            Scope::Chain => "chain",
            Scope::Industry => "industry",
            Scope::District => "district",
            Scope::Programme => "programme",
            Scope::Project => "project",
        }
    }
}

impl Code for MetricKind {
    fn code(&self) -> &'static str {
        match self {
            MetricKind::Change => "change",
            MetricKind::Share => "share",
            MetricKind::Amount => "amount",
            MetricKind::Count => "count",
            MetricKind::BeforeAfter => "before_after",
            MetricKind::Range => "range",
        }
    }
}

impl Code for Qualifier {
    fn code(&self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::About => "about",
            Qualifier::MoreThan => "more_than",
            Qualifier::Nearly => "nearly",
        }
    }
}

impl Code for MetricStatus {
    fn code(&self) -> &'static str {
        match self {
            MetricStatus::Actual => "actual",
            MetricStatus::Target => "target",
        }
    }
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
            m.scope.code().into(),
            field(&m.label.zh),
            field(&m.label.en),
            m.kind.code().into(),
            number(Some(m.value)),
            number(m.before),
            number(m.high),
            field(&m.unit),
            m.qualifier.code().into(),
            m.status.code().into(),
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

/// The figures as a JSON array in the dataset's own format (written by the worker).
pub fn figures_json(metrics: &[Metric]) -> String {
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
        let ms = &d.metrics[..3];
        let back: Vec<Metric> = serde_json::from_str(&figures_json(ms)).unwrap();
        assert_eq!(back, ms);
    }

    #[test]
    fn csv_codes_are_the_json_codes() {
        fn same<T: Code + serde::Serialize>(all: &[T]) {
            for v in all {
                assert_eq!(serde_json::to_value(v).unwrap(), v.code());
            }
        }
        use Scope::*;
        same(&[Enterprise, Chain, Industry, District, Programme, Project]);
        use MetricKind::*;
        same(&[Change, Share, Amount, Count, BeforeAfter, Range]);
        same(&[
            Qualifier::Exact,
            Qualifier::About,
            Qualifier::MoreThan,
            Qualifier::Nearly,
        ]);
        same(&[MetricStatus::Actual, MetricStatus::Target]);
    }
}
