//! A generated dataset of any size across a "5+10" structure, clearly labelled as synthetic, for scale tests.

use crate::model::*;

fn text(zh: String, en: String) -> Text {
    Text { zh, en }
}

fn stated(id: &str) -> Link {
    Link {
        id: id.into(),
        basis: Basis::Stated,
        reason: None,
        source: None,
    }
}

/// A small deterministic pseudo-random sequence (xorshift), so the same size gives the same file.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SOURCE: &str = "synthetic";

/// A valid dataset with `enterprises` enterprises over 5 industries and 10 chains, about two links each.
pub fn synthetic(enterprises: usize) -> Dataset {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let industries: Vec<Industry> = (1..=5)
        .map(|i| Industry {
            id: format!("ind-{i}"),
            name: text(format!("合成产业{i}"), format!("Synthetic industry {i}")),
            short: None,
            district: stated("district"),
        })
        .collect();
    let chains: Vec<Chain> = (1..=10)
        .map(|c| Chain {
            id: format!("ch-{c}"),
            name: text(format!("合成产业链{c}"), format!("Synthetic chain {c}")),
            short: None,
            industry: Some(stated(&format!("ind-{}", (c - 1) / 2 + 1))),
            stages: Vec::new(),
            stages_basis: None,
        })
        .collect();
    let programmes: Vec<Programme> = (1..=(enterprises / 50).max(1))
        .map(|p| Programme {
            id: format!("prog-{p}"),
            name: text(format!("合成服务平台{p}"), format!("Synthetic programme {p}")),
            short: text(format!("平台{p}"), format!("Programme {p}")),
            kind: ProgrammeKind::Platform,
            summary: text("合成数据，非真实".into(), "Synthetic data, not real".into()),
            serves: Vec::new(),
            source: None,
        })
        .collect();
    let mut d = Dataset {
        format: "chain-map/1".into(),
        meta: Meta {
            title: text(
                format!("合成测试数据（{enterprises} 家企业，非真实）"),
                format!("Synthetic test data ({enterprises} enterprises, not real)"),
            ),
            source: SourceDoc {
                title: text("合成数据生成器".into(), "Synthetic data generator".into()),
                publisher: text("Chain Map".into(), "Chain Map".into()),
                date: "2026-01".into(),
                sections: vec![Section {
                    id: SOURCE.into(),
                    title: text("合成".into(), "Synthetic".into()),
                }],
            },
            synthetic: true,
        },
        district: District {
            id: "district".into(),
            name: text("合成区".into(), "Synthetic District".into()),
            short: None,
            summary: None,
        },
        industries,
        chains,
        enterprises: Vec::with_capacity(enterprises),
        programmes,
        projects: Vec::new(),
        honours: Vec::new(),
        people: Vec::new(),
        metrics: Vec::with_capacity(enterprises),
        milestones: Vec::new(),
        facts: Vec::new(),
    };
    let programmes = d.programmes.len();
    for e in 1..=enterprises {
        let id = format!("ent-{e:05}");
        let mut links = vec![stated(&format!("ch-{}", rng.below(10) + 1))];
        if rng.below(3) == 0 {
            let other = format!("ch-{}", rng.below(10) + 1);
            if other != links[0].id {
                links.push(stated(&other));
            }
        }
        if rng.below(2) == 0 {
            d.programmes[rng.below(programmes)].serves.push(stated(&id));
        }
        let change = (rng.below(600) as f64 - 300.0) / 10.0;
        d.metrics.push(Metric {
            id: format!("m-{e:05}"),
            entity: id.clone(),
            scope: Scope::Enterprise,
            label: text("合成指标".into(), "Synthetic figure".into()),
            kind: MetricKind::Change,
            value: change,
            before: None,
            high: None,
            unit: "percent".into(),
            qualifier: Qualifier::Exact,
            status: MetricStatus::Actual,
            period: text("合成".into(), "Synthetic".into()),
            period_basis: Basis::Stated,
            measure: None,
            source: Provenance {
                section: SOURCE.into(),
                paragraph: 1,
                excerpt: format!("变化{}%", change.abs()),
            },
        });
        d.enterprises.push(Enterprise {
            id,
            name: text(format!("合成企业{e:05}"), format!("Synthetic enterprise {e:05}")),
            short: text(format!("企业{e:05}"), format!("E{e:05}")),
            chains: links,
            industry: None,
            summary: None,
        });
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::graph::Graph;

    #[test]
    fn synthetic_data_is_valid_labelled_and_deterministic() {
        let d = synthetic(300);
        assert!(validate(&d).is_empty(), "{:?}", validate(&d).first());
        assert!(d.meta.synthetic && d.meta.title.zh.contains("非真实"));
        assert_eq!(d.enterprises.len(), 300);
        assert_eq!(d, synthetic(300));
    }

    #[test]
    fn about_two_links_per_node() {
        let d = synthetic(1000);
        let g = Graph::from_dataset(&d);
        let per_node = g.edges.len() as f64 / g.nodes.len() as f64;
        assert!((1.2..2.5).contains(&per_node), "{per_node}");
    }
}
