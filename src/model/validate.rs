//! Semantic checks of a parsed dataset: every problem, each with its JSON path and a plain message.

use std::collections::{HashMap, HashSet};
use std::fmt;

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

/// A value's JSON path, e.g. `$.metrics[3].unit`, written out only when a finding names it: a
/// dataset of 20,000 enterprises has hundreds of thousands of paths and usually no finding.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    fn at(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Key(parent, key) => write!(f, "{parent}.{key}"),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

struct Checker<'a> {
    ids: HashMap<&'a str, &'static str>,
    sections: HashSet<&'a str>,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    fn error(&mut self, path: &Path, zh: String, en: String) {
        self.findings.push(Finding {
            severity: Severity::Error,
            path: path.to_string(),
            message: Text { zh, en },
        });
    }

    fn warn(&mut self, path: &Path, zh: String, en: String) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            path: path.to_string(),
            message: Text { zh, en },
        });
    }

    fn text(&mut self, path: &Path, text: &Text) {
        if text.zh.trim().is_empty() {
            self.error(
                &path.key("zh"),
                "缺少中文名称".into(),
                "Chinese text (zh) is missing".into(),
            );
        }
        if text.en.trim().is_empty() {
            self.warn(
                &path.key("en"),
                "缺少英文名称".into(),
                "English text (en) is missing".into(),
            );
        }
    }

    fn reference(&mut self, path: &Path, id: &str, target: Target) {
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
                path,
                format!("引用的 id “{id}” 不存在"),
                format!("reference \"{id}\" does not resolve to any entity"),
            ),
            Some(kind) if !expected.is_empty() && *kind != expected => self.error(
                path,
                format!("“{id}” 是{kind}，此处应引用{expected}"),
                format!("\"{id}\" is a {kind}, but a {expected} is expected here"),
            ),
            Some(_) => {}
        }
    }

    fn link(&mut self, path: &Path, link: &Link, target: Target) {
        self.reference(&path.key("id"), &link.id, target);
        if let Some(s) = &link.source {
            self.provenance(&path.key("source"), s);
        }
        if link.basis == Basis::Inferred && link.reason.as_ref().is_none_or(|r| r.zh.trim().is_empty()) {
            self.warn(
                &path.key("reason"),
                "推断的关系缺少理由".into(),
                "an inferred link has no reason".into(),
            );
        }
    }

    fn provenance(&mut self, path: &Path, source: &Provenance) {
        if !self.sections.contains(source.section.as_str()) {
            self.error(
                &path.key("section"),
                format!("章节 “{}” 未在 meta.source.sections 中定义", source.section),
                format!("section \"{}\" is not defined in meta.source.sections", source.section),
            );
        }
        if source.paragraph == 0 {
            self.error(
                &path.key("paragraph"),
                "段落编号从 1 开始".into(),
                "paragraph numbers start at 1".into(),
            );
        }
        if source.excerpt.trim().is_empty() {
            self.error(
                &path.key("excerpt"),
                "缺少原文摘录".into(),
                "the source excerpt is empty".into(),
            );
        }
    }

    fn metric(&mut self, path: &Path, m: &Metric) {
        self.reference(&path.key("entity"), &m.entity, Target::Any);
        self.text(&path.key("label"), &m.label);
        self.text(&path.key("period"), &m.period);
        self.provenance(&path.key("source"), &m.source);
        let unit = units::unit(&m.unit);
        if m.unit.trim().is_empty() {
            self.error(&path.key("unit"), "缺少单位".into(), "the unit is missing".into());
        } else if unit.is_none() {
            self.error(
                &path.key("unit"),
                format!("未知单位 “{}”", m.unit),
                format!("unknown unit \"{}\"", m.unit),
            );
        }
        let values: Vec<f64> = [Some(m.value), m.before, m.high].into_iter().flatten().collect();
        if values.iter().any(|v| !v.is_finite()) {
            self.error(
                &path.key("value"),
                "数值不是有限数".into(),
                "the value is not a finite number".into(),
            );
            return;
        }
        match m.kind {
            MetricKind::BeforeAfter if m.before.is_none() => self.error(
                &path.key("before"),
                "前后对比指标缺少 before".into(),
                "a before_after metric needs \"before\"".into(),
            ),
            MetricKind::Range if m.high.is_none_or(|h| h < m.value) => self.error(
                &path.key("high"),
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
                    &path.key("value"),
                    format!("百分比 {} 超出可能范围", m.value),
                    format!("percentage {} is outside its possible range", m.value),
                );
            }
        }
        if matches!(m.kind, MetricKind::Count) && (m.value < 0.0 || m.value.fract() != 0.0) {
            self.error(
                &path.key("value"),
                "计数必须是非负整数".into(),
                "a count must be a whole number of at least 0".into(),
            );
        }
        for v in &values {
            let figure = figure_as_written(*v);
            if !m.source.excerpt.contains(&figure) {
                self.error(
                    &path.key("source").key("excerpt"),
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
            &Path::Root.key("format"),
            format!("不支持的格式 “{}”，应为 chain-map/1", d.format),
            format!("unsupported format \"{}\", expected chain-map/1", d.format),
        );
    }
    for (i, s) in d.meta.source.sections.iter().enumerate() {
        if !c.sections.insert(&s.id) {
            c.error(
                &Path::Root.key("meta").key("source").key("sections").at(i).key("id"),
                format!("章节 id “{}” 重复", s.id),
                format!("duplicate section id \"{}\"", s.id),
            );
        }
    }
    register_ids(&mut c, d);
    required_non_empty(&mut c, d);

    c.text(&Path::Root.key("meta").key("title"), &d.meta.title);
    c.text(&Path::Root.key("district").key("name"), &d.district.name);
    let list = Path::Root.key("industries");
    for (i, x) in d.industries.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        c.link(&p.key("district"), &x.district, Target::District);
    }
    let list = Path::Root.key("chains");
    for (i, x) in d.chains.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        match &x.industry {
            Some(l) => c.link(&p.key("industry"), l, Target::Industry),
            None => c.error(
                &p.key("industry"),
                format!("产业链 “{}” 没有所属产业", x.id),
                format!("chain \"{}\" has no industry", x.id),
            ),
        }
    }
    for (i, x) in d.chains.iter().enumerate() {
        let chain = list.at(i);
        if x.stages_basis
            .as_ref()
            .is_some_and(|b| b.basis == Basis::Inferred && b.reason.is_none())
        {
            c.warn(
                &chain.key("stages_basis").key("reason"),
                "编者整理的环节缺少理由".into(),
                "segments read by the editors have no reason".into(),
            );
        }
        let stages = chain.key("stages");
        for (j, st) in x.stages.iter().enumerate() {
            let p = stages.at(j);
            c.text(&p.key("name"), &st.name);
            for (k, l) in st.enterprises.iter().enumerate() {
                c.link(&p.key("enterprises").at(k), l, Target::Enterprise);
            }
            for (k, id) in st.projects.iter().enumerate() {
                c.reference(&p.key("projects").at(k), id, Target::Project);
            }
            if let Some(s) = &st.source {
                c.provenance(&p.key("source"), s);
            }
            if st.basis == Basis::Inferred && st.reason.is_none() {
                c.warn(
                    &p.key("reason"),
                    "推断的环节缺少理由".into(),
                    "an inferred stage has no reason".into(),
                );
            }
        }
    }
    let list = Path::Root.key("enterprises");
    for (i, x) in d.enterprises.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        c.text(&p.key("short"), &x.short);
        for (j, l) in x.chains.iter().enumerate() {
            c.link(&p.key("chains").at(j), l, Target::Chain);
        }
        if let Some(l) = &x.industry {
            c.link(&p.key("industry"), l, Target::Industry);
        }
    }
    let list = Path::Root.key("programmes");
    for (i, x) in d.programmes.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        for (j, l) in x.serves.iter().enumerate() {
            c.link(&p.key("serves").at(j), l, Target::Enterprise);
        }
        if let Some(s) = &x.source {
            c.provenance(&p.key("source"), s);
        }
    }
    let list = Path::Root.key("projects");
    for (i, x) in d.projects.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        let links = [
            (&x.owner, "owner", Target::Enterprise),
            (&x.chain, "chain", Target::Chain),
            (&x.programme, "programme", Target::Programme),
        ];
        for (link, field, target) in links {
            if let Some(l) = link {
                c.link(&p.key(field), l, target);
            }
        }
    }
    let list = Path::Root.key("honours");
    for (i, x) in d.honours.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        if x.holders.is_empty() {
            c.error(
                &p.key("holders"),
                "荣誉至少需要一个获得者".into(),
                "an honour needs at least one holder".into(),
            );
        }
        for (j, l) in x.holders.iter().enumerate() {
            c.link(&p.key("holders").at(j), l, Target::Any);
        }
        c.provenance(&p.key("source"), &x.source);
    }
    let list = Path::Root.key("people");
    for (i, x) in d.people.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("name"), &x.name);
        c.reference(&p.key("enterprise"), &x.enterprise, Target::Enterprise);
        c.provenance(&p.key("source"), &x.source);
    }
    let list = Path::Root.key("metrics");
    for (i, m) in d.metrics.iter().enumerate() {
        c.metric(&list.at(i), m);
    }
    let list = Path::Root.key("milestones");
    for (i, x) in d.milestones.iter().enumerate() {
        let p = list.at(i);
        c.reference(&p.key("entity"), &x.entity, Target::Any);
        c.provenance(&p.key("source"), &x.source);
    }
    let list = Path::Root.key("facts");
    for (i, x) in d.facts.iter().enumerate() {
        let p = list.at(i);
        c.text(&p.key("label"), &x.label);
        c.reference(&p.key("entity"), &x.entity, Target::Any);
        c.provenance(&p.key("source"), &x.source);
    }
    c.findings
}

/// Records every id with its kind, reporting duplicates across all lists.
fn register_ids<'a>(c: &mut Checker<'a>, d: &'a Dataset) {
    let ids = |list: &'static str, kind: &'static str, ids: Vec<&'a str>| {
        ids.into_iter().enumerate().map(move |(i, id)| (list, i, id, kind))
    };
    let lists = [
        ids(
            "industries",
            "industry",
            d.industries.iter().map(|x| x.id.as_str()).collect(),
        ),
        ids("chains", "chain", d.chains.iter().map(|x| x.id.as_str()).collect()),
        ids(
            "enterprises",
            "enterprise",
            d.enterprises.iter().map(|x| x.id.as_str()).collect(),
        ),
        ids(
            "programmes",
            "programme",
            d.programmes.iter().map(|x| x.id.as_str()).collect(),
        ),
        ids(
            "projects",
            "project",
            d.projects.iter().map(|x| x.id.as_str()).collect(),
        ),
        ids("honours", "honour", d.honours.iter().map(|x| x.id.as_str()).collect()),
        ids("people", "person", d.people.iter().map(|x| x.id.as_str()).collect()),
        ids("metrics", "metric", d.metrics.iter().map(|x| x.id.as_str()).collect()),
        ids(
            "milestones",
            "milestone",
            d.milestones.iter().map(|x| x.id.as_str()).collect(),
        ),
        ids("facts", "fact", d.facts.iter().map(|x| x.id.as_str()).collect()),
    ];
    c.ids.reserve(1 + lists.iter().map(|l| l.len()).sum::<usize>());
    let mut register = |path: &Path, id: &'a str, kind: &'static str| {
        if id.trim().is_empty() {
            c.error(path, "id 不能为空".into(), "the id is empty".into());
        } else if c.ids.insert(id, kind).is_some() {
            c.error(path, format!("id “{id}” 重复"), format!("duplicate id \"{id}\""));
        }
    };
    register(&Path::Root.key("district").key("id"), &d.district.id, "district");
    for (list, i, id, kind) in lists.into_iter().flatten() {
        let list = Path::Root.key(list);
        register(&list.at(i).key("id"), id, kind);
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
                &Path::Root.key(name),
                format!("{name} 不能为空"),
                format!("{name} must not be empty"),
            );
        }
    }
}
