//! The built-in dataset against its source article: valid, complete, and every figure cited where it stands.

use std::collections::{BTreeSet, HashSet};

use chain_map::data::wanzhou;
use chain_map::model::validate::figure_as_written;
use chain_map::model::{
    validate, Basis, Dataset, Link, Metric, MetricKind, MetricStatus, Provenance, Qualifier, Quantity, Severity,
};

const ARTICLE: &str = include_str!("../data/source-article.zh.txt");

/// Headings of the article; the three section headings start sections s1–s3, the rest are titles.
const SECTION_STARTS: [&str; 3] = ["“数智”赋能", "节能技改", "聚链成群"];
const HEADINGS: [&str; 9] = [
    "唱好“双城记”",
    "建好万达开川渝统筹发展示范区",
    "本版文图由重庆三峡融媒体中心供稿",
    "“数智”赋能",
    "提速打造现代制造业基地",
    "节能技改",
    "助力传统行业降碳增“绿”",
    "聚链成群",
    "培育壮大绿色新兴产业",
];

/// The article as (section id, paragraph number, text without white space).
fn paragraphs() -> Vec<(String, u32, String)> {
    let sections = ["lead", "s1", "s2", "s3"];
    let (mut section, mut number, mut current) = (0, 0, String::new());
    let mut out = Vec::new();
    for line in ARTICLE.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if HEADINGS.contains(&line) {
            if SECTION_STARTS.contains(&line) {
                section += 1;
                number = 0;
            }
            continue;
        }
        current.extend(line.chars().filter(|c| !c.is_whitespace()));
        if ["。", "。”", "！", "？"].iter().any(|end| current.ends_with(end)) {
            number += 1;
            out.push((sections[section].to_string(), number, std::mem::take(&mut current)));
        }
    }
    assert!(current.is_empty(), "unterminated paragraph: {current}");
    out
}

fn numbers(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut token = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || (c == '.' && !token.is_empty()) {
            token.push(c);
        } else if !token.is_empty() {
            out.insert(token.trim_end_matches('.').to_string());
            token.clear();
        }
    }
    out
}

/// Every cited source in the dataset, with the period text that goes with it (if any).
fn citations(d: &Dataset) -> Vec<(&str, &Provenance, Option<&str>)> {
    let mut out: Vec<(&str, &Provenance, Option<&str>)> = Vec::new();
    out.extend(
        d.metrics
            .iter()
            .map(|m| (m.id.as_str(), &m.source, Some(m.period.zh.as_str()))),
    );
    out.extend(d.milestones.iter().map(|m| (m.id.as_str(), &m.source, None)));
    out.extend(d.honours.iter().map(|h| (h.id.as_str(), &h.source, None)));
    out.extend(d.people.iter().map(|p| (p.id.as_str(), &p.source, None)));
    out.extend(d.facts.iter().map(|f| (f.id.as_str(), &f.source, None)));
    out.extend(
        d.programmes
            .iter()
            .filter_map(|p| Some((p.id.as_str(), p.source.as_ref()?, None))),
    );
    out.extend(relations(d).into_iter().filter_map(|r| Some((r.to, r.source?, None))));
    out
}

/// Whether `excerpt` is quoted from `paragraph`: its parts, split where `……` leaves words out,
/// stand in the paragraph in that order.
fn quoted_from(excerpt: &str, paragraph: &str) -> bool {
    let mut rest = paragraph;
    excerpt.split("……").all(|part| match rest.find(part) {
        Some(at) => {
            rest = &rest[at + part.len()..];
            true
        }
        None => false,
    })
}

/// Short names the article uses for an entity besides its `name` and `short` (documented here).
const ALIASES: [(&str, &[&str]); 1] = [("wanzhou", &["万州", "全区"])];

/// The ways the article can name entity `id`: its Chinese name and short name (without a
/// trailing 项目, which the article often leaves to a shared "等项目"), and its aliases.
fn names_of<'a>(d: &'a Dataset, id: &str) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    if d.district.id == id {
        out.push(&d.district.name.zh);
    }
    let found = d
        .industries
        .iter()
        .filter(|x| x.id == id)
        .map(|x| (&x.name, x.short.as_ref()))
        .chain(
            d.chains
                .iter()
                .filter(|x| x.id == id)
                .map(|x| (&x.name, x.short.as_ref())),
        )
        .chain(
            d.enterprises
                .iter()
                .filter(|x| x.id == id)
                .map(|x| (&x.name, Some(&x.short))),
        )
        .chain(
            d.programmes
                .iter()
                .filter(|x| x.id == id)
                .map(|x| (&x.name, Some(&x.short))),
        )
        .chain(
            d.projects
                .iter()
                .filter(|x| x.id == id)
                .map(|x| (&x.name, Some(&x.short))),
        )
        .chain(
            d.chains
                .iter()
                .flat_map(|c| &c.stages)
                .filter(|x| x.id == id)
                .map(|x| (&x.name, None)),
        );
    for (name, short) in found {
        out.push(&name.zh);
        out.extend(name.zh.strip_suffix("项目"));
        out.extend(short.map(|s| s.zh.as_str()));
    }
    for (alias_of, aliases) in ALIASES {
        if alias_of == id {
            out.extend(aliases.iter().copied());
        }
    }
    out
}

/// One relation of the dataset between two ids, with how it is known.
struct Relation<'a> {
    from: &'a str,
    to: &'a str,
    basis: Basis,
    reason: Option<&'a chain_map::model::Text>,
    source: Option<&'a Provenance>,
}

fn relation<'a>(from: &'a str, l: &'a Link) -> Relation<'a> {
    Relation {
        from,
        to: &l.id,
        basis: l.basis,
        reason: l.reason.as_ref(),
        source: l.source.as_ref(),
    }
}

/// Every link of the dataset, and every chain segment as a relation between segment and chain.
fn relations(d: &Dataset) -> Vec<Relation<'_>> {
    let mut out: Vec<Relation> = Vec::new();
    out.extend(d.industries.iter().map(|x| relation(&x.id, &x.district)));
    out.extend(
        d.chains
            .iter()
            .filter_map(|x| Some(relation(&x.id, x.industry.as_ref()?))),
    );
    for x in &d.enterprises {
        out.extend(x.chains.iter().chain(&x.industry).map(|l| relation(&x.id, l)));
    }
    for x in &d.programmes {
        out.extend(x.serves.iter().map(|l| relation(&x.id, l)));
    }
    for x in &d.projects {
        out.extend(
            [&x.owner, &x.chain, &x.programme]
                .into_iter()
                .flatten()
                .map(|l| relation(&x.id, l)),
        );
    }
    for c in &d.chains {
        for st in &c.stages {
            out.push(Relation {
                from: &st.id,
                to: &c.id,
                basis: st.basis,
                reason: st.reason.as_ref(),
                source: st.source.as_ref(),
            });
            out.extend(st.enterprises.iter().map(|l| relation(&st.id, l)));
        }
    }
    out
}

#[test]
fn the_dataset_is_valid_with_no_warnings() {
    let findings = validate(&wanzhou());
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn five_industries_and_ten_chains_as_the_article_states() {
    let d = wanzhou();
    let stated = |measure: &str| {
        d.metrics
            .iter()
            .find(|m| m.measure.as_deref() == Some(measure))
            .map(|m| m.value as usize)
    };
    assert_eq!(d.industries.len(), 5);
    assert_eq!(d.chains.len(), 10);
    assert_eq!(stated("key_industries"), Some(d.industries.len()));
    assert_eq!(stated("industrial_chains"), Some(d.chains.len()));
}

#[test]
fn ids_are_unique_and_references_resolve() {
    let d = wanzhou();
    let mut ids = HashSet::new();
    let all = std::iter::once(d.district.id.as_str())
        .chain(d.industries.iter().map(|x| x.id.as_str()))
        .chain(d.chains.iter().map(|x| x.id.as_str()))
        .chain(d.enterprises.iter().map(|x| x.id.as_str()))
        .chain(d.programmes.iter().map(|x| x.id.as_str()))
        .chain(d.projects.iter().map(|x| x.id.as_str()));
    for id in all {
        assert!(ids.insert(id), "duplicate {id}");
    }
    for m in &d.metrics {
        assert!(ids.contains(m.entity.as_str()), "{} → {}", m.id, m.entity);
    }
    for ms in &d.milestones {
        assert!(ids.contains(ms.entity.as_str()), "{}", ms.id);
    }
    for p in &d.people {
        assert!(ids.contains(p.enterprise.as_str()), "{}", p.id);
    }
}

#[test]
fn every_excerpt_is_quoted_from_its_section_and_paragraph() {
    let d = wanzhou();
    let paras = paragraphs();
    for (id, source, _) in citations(&d) {
        assert!(
            source.excerpt.chars().count() <= 40,
            "{id}: excerpt longer than 40 characters"
        );
        let at: Vec<(&str, u32)> = paras
            .iter()
            .filter(|(_, _, t)| quoted_from(&source.excerpt, t))
            .map(|(s, n, _)| (s.as_str(), *n))
            .collect();
        assert!(
            at.contains(&(source.section.as_str(), source.paragraph)),
            "{id}: \"{}\" is not in {} ¶{} (found at {at:?})",
            source.excerpt,
            source.section,
            source.paragraph
        );
    }
}

/// Coverage: every number printed in the article is cited by a fact of the paragraph it stands in.
#[test]
fn every_figure_in_the_article_is_in_the_dataset() {
    let d = wanzhou();
    let cites = citations(&d);
    let mut missing = Vec::new();
    for (section, number, text) in paragraphs() {
        let cited: BTreeSet<String> = cites
            .iter()
            .filter(|(_, s, _)| s.section == section && s.paragraph == number)
            .flat_map(|(_, s, period)| {
                numbers(&s.excerpt)
                    .into_iter()
                    .chain(period.map(numbers).unwrap_or_default())
            })
            .collect();
        for n in numbers(&text).difference(&cited) {
            missing.push(format!("{section} ¶{number}: {n}"));
        }
    }
    assert!(missing.is_empty(), "figures with no fact in the dataset: {missing:#?}");
}

#[test]
fn relations_are_marked_and_inferred_ones_explained() {
    let d = wanzhou();
    let links = d
        .chains
        .iter()
        .filter_map(|c| c.industry.as_ref())
        .chain(d.enterprises.iter().flat_map(|e| e.chains.iter().chain(&e.industry)))
        .chain(d.programmes.iter().flat_map(|p| &p.serves))
        .chain(
            d.projects
                .iter()
                .flat_map(|p| [&p.owner, &p.chain, &p.programme].into_iter().flatten()),
        );
    let (mut stated, mut inferred) = (0, 0);
    for l in links {
        match l.basis {
            Basis::Stated => stated += 1,
            Basis::Inferred => {
                inferred += 1;
                let reason = l.reason.as_ref().expect("inferred link has a reason");
                assert!(!reason.zh.is_empty() && !reason.en.is_empty(), "{}", l.id);
            }
        }
    }
    // The article never says which industry a chain belongs to: all ten are inferred.
    assert!(d
        .chains
        .iter()
        .all(|c| c.industry.as_ref().is_some_and(|l| l.basis == Basis::Inferred)));
    assert!(stated > 0 && inferred >= 10);
}

#[test]
fn every_name_is_bilingual() {
    let d = wanzhou();
    let names = d
        .industries
        .iter()
        .map(|x| &x.name)
        .chain(d.chains.iter().map(|x| &x.name))
        .chain(d.enterprises.iter().flat_map(|x| [&x.name, &x.short]))
        .chain(d.programmes.iter().map(|x| &x.name))
        .chain(d.projects.iter().map(|x| &x.name))
        .chain(d.people.iter().flat_map(|x| [&x.name, &x.role]))
        .chain(d.metrics.iter().flat_map(|x| [&x.label, &x.period]));
    for n in names {
        assert!(!n.zh.is_empty() && !n.en.is_empty(), "{n:?}");
    }
}

#[test]
fn chinese_names_come_from_the_article() {
    let d = wanzhou();
    let mut article: String = ARTICLE.chars().filter(|c| !c.is_whitespace()).collect();
    // Three action plans named with one shared tail: "能效赶超、水效提升、清洁化生产行动计划".
    article.push_str("能效赶超行动计划水效提升行动计划清洁化生产行动计划");
    let names = d
        .industries
        .iter()
        .map(|x| &x.name.zh)
        .chain(d.chains.iter().map(|x| &x.name.zh))
        .chain(d.enterprises.iter().map(|x| &x.short.zh))
        .chain(d.people.iter().map(|x| &x.name.zh))
        .chain(d.programmes.iter().map(|x| &x.name.zh));
    for n in names {
        assert!(article.contains(n.as_str()), "{n} does not appear in the article");
    }
}

#[test]
fn validation_reports_every_problem_with_its_path() {
    let mut d = wanzhou();
    d.metrics[0].unit = "furlongs".into();
    d.metrics[1].source.excerpt = "没有数字".into();
    d.chains[0].industry = None;
    d.enterprises[1].id = d.enterprises[0].id.clone();
    d.industries[0].name.zh.clear();
    d.metrics[2].value = 150.0;
    d.metrics[2].kind = chain_map::model::MetricKind::Share;
    d.district.id.clear();
    d.meta.source.sections[1].id = d.meta.source.sections[0].id.clone();
    let (chain, stage) = (d.chains.iter().enumerate())
        .find_map(|(i, c)| Some((i, c.stages.iter().position(|s| !s.enterprises.is_empty())?)))
        .unwrap();
    d.chains[chain].stages[stage].enterprises[0].id = "nowhere".into();
    let errors: Vec<String> = validate(&d)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.path)
        .collect();
    for path in [
        "$.metrics[0].unit",
        "$.metrics[1].source.excerpt",
        "$.chains[0].industry",
        "$.enterprises[1].id",
        "$.industries[0].name.zh",
        "$.metrics[2].value",
        "$.district.id",
        "$.meta.source.sections[1].id",
        &format!("$.chains[{chain}].stages[{stage}].enterprises[0].id"),
    ] {
        assert!(errors.iter().any(|p| p == path), "{path} not reported in {errors:?}");
    }
}

/// Every stated link and segment is backed by a cited clause that names both its ends; every
/// inferred one says why in both languages.
#[test]
fn every_stated_link_and_segment_is_cited_naming_both_ends() {
    let d = wanzhou();
    let all = relations(&d);
    assert!(all.len() > 40, "{}", all.len());
    for r in all {
        match r.basis {
            Basis::Stated => {
                let s = r
                    .source
                    .unwrap_or_else(|| panic!("{} → {}: stated without a source", r.from, r.to));
                for end in [r.from, r.to] {
                    let names = names_of(&d, end);
                    assert!(
                        names.iter().any(|n| s.excerpt.contains(n)),
                        "{} → {}: \"{}\" names {end} by none of {names:?}",
                        r.from,
                        r.to,
                        s.excerpt
                    );
                }
            }
            Basis::Inferred => {
                let reason = r.reason.unwrap_or_else(|| panic!("{} → {}: no reason", r.from, r.to));
                assert!(!reason.zh.is_empty() && !reason.en.is_empty(), "{} → {}", r.from, r.to);
            }
        }
    }
}

/// The segments of a chain, their order and its gaps are the editors' reading: every chain with
/// segments says so, with a reason; the salt-and-gas segments and Xiangyu's place in them are
/// inferred, as the article names neither.
#[test]
fn segment_lists_are_marked_as_the_editors_reading() {
    let d = wanzhou();
    for c in d.chains.iter().filter(|c| !c.stages.is_empty()) {
        let b = c
            .stages_basis
            .as_ref()
            .unwrap_or_else(|| panic!("{}: no stages_basis", c.id));
        assert_eq!(b.basis, Basis::Inferred, "{}", c.id);
        assert!(b.reason.as_ref().is_some_and(|r| !r.zh.is_empty() && !r.en.is_empty()));
    }
    let salt = d.chains.iter().find(|c| c.id == "ch-salt-gas").unwrap();
    for st in &salt.stages {
        assert_eq!(st.basis, Basis::Inferred, "{}", st.id);
        assert!(st.enterprises.iter().all(|l| l.basis == Basis::Inferred), "{}", st.id);
    }
    let xiangyu = d.enterprises.iter().find(|e| e.id == "ent-xiangyu").unwrap();
    assert!(xiangyu.chains.iter().all(|l| l.basis == Basis::Inferred));
}

/// Where a figure stands in its excerpt: the text before it and after it, at the first place
/// where it is a whole number (not part of a longer one).
fn around<'a>(excerpt: &'a str, figure: &str) -> Option<(&'a str, &'a str)> {
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '.');
    excerpt.match_indices(figure).find_map(|(at, _)| {
        let (before, after) = (&excerpt[..at], &excerpt[at + figure.len()..]);
        (!digit(before.chars().last()) && !digit(after.chars().next())).then_some((before, after))
    })
}

/// How the article writes a unit after its figure.
fn unit_as_written(unit: &str) -> &'static str {
    match unit {
        "percent" => "%",
        "seconds" => "秒",
        "minutes" => "分钟",
        "enterprises" => "家",
        "households" => "户",
        "items" => "个",
        "tasks" => "项",
        "machines" => "台",
        "lines" | "chains" => "条",
        "square_metres" => "平方米",
        "kilometres" => "公里",
        "tonnes_sce" => "吨",
        "ten_thousand_tonnes" => "万吨",
        "yuan_per_tonne" => "元",
        "ten_thousand_yuan" => "万元",
        "hundred_million_yuan" => "亿元",
        "ten_thousand_bricks" => "万标砖",
        other => panic!("no written form for {other}"),
    }
}

/// What a metric's excerpt says about its kind, sign, unit, qualifier and status; each problem.
fn disagreements(m: &Metric) -> Vec<String> {
    let (ex, period) = (m.source.excerpt.as_str(), m.period.zh.as_str());
    let has = |words: &[&str], text: &str| words.iter().any(|w| text.contains(w));
    let mut out = Vec::new();
    let counting = [
        "enterprises",
        "households",
        "items",
        "tasks",
        "machines",
        "lines",
        "chains",
    ];
    let kind_ok = match m.kind {
        MetricKind::Change => has(&["提升", "增长", "增加", "降低", "下降"], ex),
        MetricKind::Share => has(&["率", "占比"], ex),
        MetricKind::BeforeAfter => has(&["由"], ex) && has(&["到"], ex),
        MetricKind::Range => m
            .high
            .is_some_and(|h| ex.contains(&format!("{}-{}", figure_as_written(m.value), figure_as_written(h)))),
        MetricKind::Count => counting.contains(&m.unit.as_str()),
        MetricKind::Amount => !counting.contains(&m.unit.as_str()) && m.unit != "percent",
    };
    if !kind_ok {
        out.push(format!("kind {:?}", m.kind));
    }
    let falls = has(&["降低", "下降", "减"], ex);
    match m.kind {
        MetricKind::Change if (m.value < 0.0) != falls => out.push(format!("sign of {}", m.value)),
        MetricKind::Change => {}
        _ if m.value < 0.0 => out.push(format!("a negative {:?}", m.kind)),
        _ if falls && !has(&["降低", "减", "节约"], &m.label.zh) => {
            out.push("a fall the label does not say".into())
        }
        _ => {}
    }
    let figure = figure_as_written(m.value);
    let last = figure_as_written(m.high.unwrap_or(m.value));
    match (around(ex, &figure), around(ex, &last)) {
        (Some((before, after)), Some((_, after_last))) => {
            let qualifier = if before.ends_with('约') {
                Qualifier::About
            } else if before.ends_with('近') {
                Qualifier::Nearly
            } else if after.starts_with(['余', '多']) || after.contains("以上") {
                Qualifier::MoreThan
            } else {
                Qualifier::Exact
            };
            if qualifier != m.qualifier {
                out.push(format!("qualifier {:?}, the excerpt says {qualifier:?}", m.qualifier));
            }
            let written = unit_as_written(&m.unit);
            if !after_last.trim_start_matches(['余', '多']).starts_with(written) {
                out.push(format!("unit {} is not written {written} after {last}", m.unit));
            }
        }
        _ => out.push(format!("{figure} is not a whole figure of the excerpt")),
    }
    let aimed = has(&["目标", "预计", "力争", "可实现"], ex) || has(&["目标", "完成后", "建成后"], period);
    if aimed != (m.status == MetricStatus::Target) {
        out.push(format!("status {:?}", m.status));
    }
    out
}

#[test]
fn every_metric_agrees_with_its_excerpt_in_kind_sign_unit_qualifier_and_status() {
    let d = wanzhou();
    let wrong: Vec<String> = d
        .metrics
        .iter()
        .flat_map(|m| disagreements(m).into_iter().map(move |w| format!("{}: {w}", m.id)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    // The checks catch what they look for.
    let mut m = d.metrics.iter().find(|m| m.id == "m-schneider-cost").unwrap().clone();
    m.value = 28.5;
    m.qualifier = Qualifier::About;
    m.status = MetricStatus::Target;
    m.unit = "tasks".into();
    assert_eq!(disagreements(&m).len(), 4, "{:?}", disagreements(&m));
}

#[test]
fn facts_in_words_say_what_their_excerpt_says() {
    let d = wanzhou();
    assert_eq!(d.facts.len(), 3);
    for f in &d.facts {
        let word = match f.quantity {
            Quantity::All => "全部",
            Quantity::NotOne => "无一",
            Quantity::Pending => "正申报",
        };
        assert!(f.source.excerpt.contains(word), "{}: {word}", f.id);
    }
}

#[test]
fn every_programme_is_cited_where_the_article_names_it() {
    let d = wanzhou();
    assert_eq!(d.programmes.len(), 13);
    for p in &d.programmes {
        let s = p.source.as_ref().unwrap_or_else(|| panic!("{}: no source", p.id));
        let names = names_of(&d, &p.id);
        assert!(names.iter().any(|n| s.excerpt.contains(n)), "{}: {}", p.id, s.excerpt);
    }
}

/// A period with a year or words the paragraph does not carry is the editors' and marked so.
#[test]
fn periods_the_article_does_not_word_are_marked_as_the_editors() {
    let d = wanzhou();
    let paras = paragraphs();
    for m in &d.metrics {
        let (_, _, text) = paras
            .iter()
            .find(|(s, n, _)| *s == m.source.section && *n == m.source.paragraph)
            .unwrap();
        let foreign = numbers(&m.period.zh).iter().any(|n| !text.contains(n.as_str()))
            || ["报道时", "现行", "改造后"].iter().any(|w| m.period.zh.contains(w));
        if foreign {
            assert_eq!(m.period_basis, Basis::Inferred, "{}: {}", m.id, m.period.zh);
        }
    }
}
