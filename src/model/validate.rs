//! Semantic checks of a parsed dataset: every problem, each with its JSON path and a plain message.

use std::collections::{HashMap, HashSet};

use super::types::{Basis, Dataset, Link, Metric, MetricKind, Provenance, Text};
use super::units;

/// How serious a finding is: errors stop a dataset from being shown, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in a dataset.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub severity: Severity,
    /// JSON path of the offending value, e.g. `$.metrics[3].unit`.
    pub path: String,
    pub message: Text,
}

/// Which kinds of entity a reference may point at.
#[derive(Clone, Copy)]
enum Target {
    District,
    Industry,
    Chain,
    Enterprise,
    Programme,
    Project,
    Any,
}

struct Checker<'a> {
    ids: HashMap<&'a str, &'static str>,
    sections: HashSet<&'a str>,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn error(&mut self, path: String, zh: String, en: String) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path,
            message: Text { zh, en },
        });
    }

    fn warn(&mut self, path: String, zh: String, en: String) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            path,
            message: Text { zh, en },
        });
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.zh.trim().is_empty() {
            self.error(
                format!("{path}.zh"),
                "缺少中文名称".into(),
                "Chinese text (zh) is missing".into(),
            );
        }
        if text.en.trim().is_empty() {
            self.warn(
                format!("{path}.en"),
                "缺少英文名称".into(),
                "English text (en) is missing".into(),
            );
        }
    }

    fn reference(&mut self, path: &str, id: &str, target: Target) {
        let expected = match target {
            Target::District => "district",
            Target::Industry => "industry",
            Target::Chain => "chain",
            Target::Enterprise => "enterprise",
            Target::Programme => "programme",
            Target::Project => "project",
            Target::Any => "",
        };
        match self.ids.get(id) {
            None => self.error(
                path.to_string(),
                format!("引用的 id “{id}” 不存在"),
                format!("reference \"{id}\" does not resolve to any entity"),
            ),
            Some(kind) if !expected.is_empty() && *kind != expected => self.error(
                path.to_string(),
                format!("“{id}” 是{kind}，此处应引用{expected}"),
                format!("\"{id}\" is a {kind}, but a {expected} is expected here"),
            ),
            Some(_) => {}
        }
    }

    fn link(&mut self, path: &str, link: &Link, target: Target) {
        self.reference(&format!("{path}.id"), &link.id, target);
        if let Some(s) = &link.source {
            self.provenance(&format!("{path}.source"), s);
        }
        if link.basis == Basis::Inferred && link.reason.as_ref().is_none_or(|r| r.zh.trim().is_empty()) {
            self.warn(
                format!("{path}.reason"),
                "推断的关系缺少理由".into(),
                "an inferred link has no reason".into(),
            );
        }
    }

    fn provenance(&mut self, path: &str, source: &Provenance) {
        if !self.sections.contains(source.section.as_str()) {
            self.error(
                format!("{path}.section"),
                format!("章节 “{}” 未在 meta.source.sections 中定义", source.section),
                format!("section \"{}\" is not defined in meta.source.sections", source.section),
            );
        }
        if source.paragraph == 0 {
            self.error(
                format!("{path}.paragraph"),
                "段落编号从 1 开始".into(),
                "paragraph numbers start at 1".into(),
            );
        }
        if source.excerpt.trim().is_empty() {
            self.error(
                format!("{path}.excerpt"),
                "缺少原文摘录".into(),
                "the source excerpt is empty".into(),
            );
        }
    }

    fn metric(&mut self, path: &str, m: &Metric) {
        self.reference(&format!("{path}.entity"), &m.entity, Target::Any);
        self.text(&format!("{path}.label"), &m.label);
        self.text(&format!("{path}.period"), &m.period);
        self.provenance(&format!("{path}.source"), &m.source);
        let unit = units::unit(&m.unit);
        if m.unit.trim().is_empty() {
            self.error(format!("{path}.unit"), "缺少单位".into(), "the unit is missing".into());
        } else if unit.is_none() {
            self.error(
                format!("{path}.unit"),
                format!("未知单位 “{}”", m.unit),
                format!("unknown unit \"{}\"", m.unit),
            );
        }
        let values: Vec<f64> = [Some(m.value), m.before, m.high].into_iter().flatten().collect();
        if values.iter().any(|v| !v.is_finite()) {
            self.error(
                format!("{path}.value"),
                "数值不是有限数".into(),
                "the value is not a finite number".into(),
            );
            return;
        }
        match m.kind {
            MetricKind::BeforeAfter if m.before.is_none() => self.error(
                format!("{path}.before"),
                "前后对比指标缺少 before".into(),
                "a before_after metric needs \"before\"".into(),
            ),
            MetricKind::Range if m.high.is_none_or(|h| h < m.value) => self.error(
                format!("{path}.high"),
                "区间指标需要不小于 value 的 high".into(),
                "a range metric needs \"high\" no smaller than \"value\"".into(),
            ),
            _ => {}
        }
        if unit.is_some_and(|u| u.is_percent()) {
            let bad = match m.kind {
                MetricKind::Share | MetricKind::BeforeAfter => values.iter().any(|v| !(0.0..=100.0).contains(v)),
                MetricKind::Change => m.value < -100.0,
                _ => false,
            };
            if bad {
                self.error(
                    format!("{path}.value"),
                    format!("百分比 {} 超出可能范围", m.value),
                    format!("percentage {} is outside its possible range", m.value),
                );
            }
        }
        if matches!(m.kind, MetricKind::Count) && (m.value < 0.0 || m.value.fract() != 0.0) {
            self.error(
                format!("{path}.value"),
                "计数必须是非负整数".into(),
                "a count must be a whole number of at least 0".into(),
            );
        }
        for v in &values {
            let figure = figure_as_written(*v);
            if !m.source.excerpt.contains(&figure) {
                self.error(
                    format!("{path}.source.excerpt"),
                    format!("摘录中找不到数字 {figure}"),
                    format!("the excerpt does not contain the figure {figure}"),
                );
            }
        }
    }
}

/// A figure as an article writes it: no sign, no trailing zeros (`-28.50` → `28.5`).
pub fn figure_as_written(value: f64) -> String {
    format!("{}", value.abs())
}

/// Checks a dataset and returns every finding, errors and warnings together.
pub fn validate(d: &Dataset) -> Vec<Finding> {
    let mut c = Checker {
        ids: HashMap::new(),
        sections: HashSet::new(),
        findings: Vec::new(),
    };
    if d.format != "chain-map/1" {
        c.error(
            "$.format".into(),
            format!("不支持的格式 “{}”，应为 chain-map/1", d.format),
            format!("unsupported format \"{}\", expected chain-map/1", d.format),
        );
    }
    for (i, s) in d.meta.source.sections.iter().enumerate() {
        if !c.sections.insert(&s.id) {
            c.error(
                format!("$.meta.source.sections[{i}].id"),
                format!("章节 id “{}” 重复", s.id),
                format!("duplicate section id \"{}\"", s.id),
            );
        }
    }
    register_ids(&mut c, d);
    required_non_empty(&mut c, d);

    c.text("$.meta.title", &d.meta.title);
    c.text("$.district.name", &d.district.name);
    for (i, x) in d.industries.iter().enumerate() {
        let p = format!("$.industries[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        c.link(&format!("{p}.district"), &x.district, Target::District);
    }
    for (i, x) in d.chains.iter().enumerate() {
        let p = format!("$.chains[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        match &x.industry {
            Some(l) => c.link(&format!("{p}.industry"), l, Target::Industry),
            None => c.error(
                format!("{p}.industry"),
                format!("产业链 “{}” 没有所属产业", x.id),
                format!("chain \"{}\" has no industry", x.id),
            ),
        }
    }
    for (i, x) in d.chains.iter().enumerate() {
        if x.stages_basis
            .as_ref()
            .is_some_and(|b| b.basis == Basis::Inferred && b.reason.is_none())
        {
            c.warn(
                format!("$.chains[{i}].stages_basis.reason"),
                "编者整理的环节缺少理由".into(),
                "segments read by the editors have no reason".into(),
            );
        }
        for (j, st) in x.stages.iter().enumerate() {
            let p = format!("$.chains[{i}].stages[{j}]");
            c.text(&format!("{p}.name"), &st.name);
            for (k, l) in st.enterprises.iter().enumerate() {
                c.link(&format!("{p}.enterprises[{k}]"), l, Target::Enterprise);
            }
            for (k, id) in st.projects.iter().enumerate() {
                c.reference(&format!("{p}.projects[{k}]"), id, Target::Project);
            }
            if let Some(s) = &st.source {
                c.provenance(&format!("{p}.source"), s);
            }
            if st.basis == Basis::Inferred && st.reason.is_none() {
                c.warn(
                    format!("{p}.reason"),
                    "推断的环节缺少理由".into(),
                    "an inferred stage has no reason".into(),
                );
            }
        }
    }
    for (i, x) in d.enterprises.iter().enumerate() {
        let p = format!("$.enterprises[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        c.text(&format!("{p}.short"), &x.short);
        for (j, l) in x.chains.iter().enumerate() {
            c.link(&format!("{p}.chains[{j}]"), l, Target::Chain);
        }
        if let Some(l) = &x.industry {
            c.link(&format!("{p}.industry"), l, Target::Industry);
        }
    }
    for (i, x) in d.programmes.iter().enumerate() {
        let p = format!("$.programmes[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        for (j, l) in x.serves.iter().enumerate() {
            c.link(&format!("{p}.serves[{j}]"), l, Target::Enterprise);
        }
        if let Some(s) = &x.source {
            c.provenance(&format!("{p}.source"), s);
        }
    }
    for (i, x) in d.projects.iter().enumerate() {
        let p = format!("$.projects[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        let links = [
            (&x.owner, "owner", Target::Enterprise),
            (&x.chain, "chain", Target::Chain),
            (&x.programme, "programme", Target::Programme),
        ];
        for (link, field, target) in links {
            if let Some(l) = link {
                c.link(&format!("{p}.{field}"), l, target);
            }
        }
    }
    for (i, x) in d.honours.iter().enumerate() {
        let p = format!("$.honours[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        if x.holders.is_empty() {
            c.error(
                format!("{p}.holders"),
                "荣誉至少需要一个获得者".into(),
                "an honour needs at least one holder".into(),
            );
        }
        for (j, l) in x.holders.iter().enumerate() {
            c.link(&format!("{p}.holders[{j}]"), l, Target::Any);
        }
        c.provenance(&format!("{p}.source"), &x.source);
    }
    for (i, x) in d.people.iter().enumerate() {
        let p = format!("$.people[{i}]");
        c.text(&format!("{p}.name"), &x.name);
        c.reference(&format!("{p}.enterprise"), &x.enterprise, Target::Enterprise);
        c.provenance(&format!("{p}.source"), &x.source);
    }
    for (i, m) in d.metrics.iter().enumerate() {
        c.metric(&format!("$.metrics[{i}]"), m);
    }
    for (i, x) in d.milestones.iter().enumerate() {
        let p = format!("$.milestones[{i}]");
        c.reference(&format!("{p}.entity"), &x.entity, Target::Any);
        c.provenance(&format!("{p}.source"), &x.source);
    }
    for (i, x) in d.facts.iter().enumerate() {
        let p = format!("$.facts[{i}]");
        c.text(&format!("{p}.label"), &x.label);
        c.reference(&format!("{p}.entity"), &x.entity, Target::Any);
        c.provenance(&format!("{p}.source"), &x.source);
    }
    c.findings
}

/// Records every id with its kind, reporting duplicates across all lists.
fn register_ids<'a>(c: &mut Checker<'a>, d: &'a Dataset) {
    let mut all: Vec<(String, &'a str, &'static str)> =
        vec![("$.district.id".into(), d.district.id.as_str(), "district")];
    let lists: [(&str, &'static str, Vec<&'a str>); 8] = [
        (
            "industries",
            "industry",
            d.industries.iter().map(|x| x.id.as_str()).collect(),
        ),
        ("chains", "chain", d.chains.iter().map(|x| x.id.as_str()).collect()),
        (
            "enterprises",
            "enterprise",
            d.enterprises.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "programmes",
            "programme",
            d.programmes.iter().map(|x| x.id.as_str()).collect(),
        ),
        (
            "projects",
            "project",
            d.projects.iter().map(|x| x.id.as_str()).collect(),
        ),
        ("honours", "honour", d.honours.iter().map(|x| x.id.as_str()).collect()),
        ("people", "person", d.people.iter().map(|x| x.id.as_str()).collect()),
        ("metrics", "metric", d.metrics.iter().map(|x| x.id.as_str()).collect()),
    ];
    for (list, kind, ids) in lists {
        all.extend(
            ids.into_iter()
                .enumerate()
                .map(|(i, id)| (format!("$.{list}[{i}].id"), id, kind)),
        );
    }
    all.extend(
        d.milestones
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("$.milestones[{i}].id"), x.id.as_str(), "milestone")),
    );
    all.extend(
        d.facts
            .iter()
            .enumerate()
            .map(|(i, x)| (format!("$.facts[{i}].id"), x.id.as_str(), "fact")),
    );
    for (path, id, kind) in all {
        if id.trim().is_empty() {
            c.error(path, "id 不能为空".into(), "the id is empty".into());
        } else if c.ids.insert(id, kind).is_some() {
            c.error(path, format!("id “{id}” 重复"), format!("duplicate id \"{id}\""));
        }
    }
}

fn required_non_empty(c: &mut Checker, d: &Dataset) {
    let lists = [
        ("industries", d.industries.is_empty()),
        ("chains", d.chains.is_empty()),
        ("meta.source.sections", d.meta.source.sections.is_empty()),
    ];
    for (name, empty) in lists {
        if empty {
            c.error(
                format!("$.{name}"),
                format!("{name} 不能为空"),
                format!("{name} must not be empty"),
            );
        }
    }
}
