//! The built-in dataset against its source article: valid, complete, and every figure cited where it stands.

use std::collections::{BTreeSet, HashSet};

use chain_map::data::wanzhou;
use chain_map::model::{validate, Basis, Dataset, Provenance, Severity};

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
            .filter(|(_, _, t)| t.contains(&source.excerpt))
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
    let article: String = ARTICLE.chars().filter(|c| !c.is_whitespace()).collect();
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
    ] {
        assert!(errors.iter().any(|p| p == path), "{path} not reported in {errors:?}");
    }
}
