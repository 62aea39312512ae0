//! The district's overview for the home panel: its "5+10" structure counted from the data, and
//! its headline indicators with what is computed from them.

use crate::metrics::{derived_for, Derived};
use crate::model::{Dataset, Metric, Scope};

/// What the headline indicators measure (their `measure` field), in the order shown.
pub const HEADLINE: [&str; 2] = ["output_growth", "energy_use_change"];

/// The figures the home panel shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Overview<'a> {
    pub industries: usize,
    pub chains: usize,
    pub enterprises: usize,
    pub projects: usize,
    /// The district's stated metrics that measure one of [`HEADLINE`].
    pub headline: Vec<&'a Metric>,
    /// The district's figures computed from the headline ones alone.
    pub derived: Vec<Derived>,
}

pub fn overview(d: &Dataset) -> Overview<'_> {
    let district = &d.district.id;
    let headline: Vec<&Metric> = HEADLINE
        .iter()
        .flat_map(|&measure| {
            d.metrics.iter().filter(move |m| {
                m.scope == Scope::District && &m.entity == district && m.measure.as_deref() == Some(measure)
            })
        })
        .collect();
    let derived = derived_for(d, district)
        .into_iter()
        .filter(|x| !x.inputs.is_empty() && x.inputs.iter().all(|id| headline.iter().any(|m| &m.id == id)))
        .collect();
    Overview {
        industries: d.industries.len(),
        chains: d.chains.len(),
        enterprises: d.enterprises.len(),
        projects: d.projects.len(),
        headline,
        derived,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::wanzhou;

    #[test]
    fn the_structure_is_counted_from_the_data() {
        let mut d = wanzhou();
        let o = overview(&d);
        let counts = (o.industries, o.chains, o.enterprises, o.projects);
        assert_eq!(
            counts,
            (
                d.industries.len(),
                d.chains.len(),
                d.enterprises.len(),
                d.projects.len()
            )
        );
        // The article's "5+10", as the dataset states it, is what the counts find.
        let stated = |measure: &str| {
            d.metrics
                .iter()
                .find(|m| m.measure.as_deref() == Some(measure))
                .unwrap()
                .value
        };
        assert_eq!(
            (o.industries as f64, o.chains as f64),
            (stated("key_industries"), stated("industrial_chains"))
        );
        d.chains.pop();
        d.projects.clear();
        let fewer = overview(&d);
        assert_eq!((fewer.chains, fewer.projects), (counts.1 - 1, 0));
    }

    #[test]
    fn headline_metrics_are_chosen_by_what_they_measure_in_that_order() {
        let mut d = wanzhou();
        let ids: Vec<&str> = overview(&d).headline.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, ["m-district-output-growth", "m-district-energy-change"]);
        // Not by their wording: relabelled, they are still chosen; without the measure, not.
        for m in &mut d.metrics {
            m.label.zh = "x".into();
        }
        assert_eq!(overview(&d).headline.len(), 2);
        for m in d
            .metrics
            .iter_mut()
            .filter(|m| m.measure.as_deref() == Some(HEADLINE[0]))
        {
            m.measure = None;
        }
        let o = overview(&d);
        assert_eq!(o.headline.len(), 1);
        assert!(o.derived.is_empty(), "nothing computed without both inputs");
    }

    #[test]
    fn energy_use_per_unit_of_output_is_computed_from_the_headline_figures() {
        let d = wanzhou();
        let o = overview(&d);
        assert_eq!(o.derived.len(), 1);
        let x = &o.derived[0];
        let ids: Vec<&str> = o.headline.iter().map(|m| m.id.as_str()).collect();
        assert_eq!(x.inputs, ids);
        let expected = crate::metrics::energy_per_output_change(o.headline[0].value, o.headline[1].value);
        assert!((x.value - expected).abs() < 1e-9);
    }

    #[test]
    fn an_empty_district_has_zero_counts_and_no_headline() {
        let mut d = wanzhou();
        d.industries.clear();
        d.chains.clear();
        d.enterprises.clear();
        d.projects.clear();
        d.metrics.clear();
        let o = overview(&d);
        assert_eq!((o.industries, o.chains, o.enterprises, o.projects), (0, 0, 0, 0));
        assert!(o.headline.is_empty() && o.derived.is_empty());
    }
}
