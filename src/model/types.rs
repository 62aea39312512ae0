//! The dataset format: every type a Chain Map JSON file is made of.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A name or short text in both languages; `zh` is the source language.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, Default)]
pub struct Text {
    #[serde(default)]
    pub zh: String,
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// The text in the requested language, falling back to Chinese when English is missing.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.zh,
        }
    }
}

/// The two interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

/// Whether a relation is said in the source or inferred by the dataset's editors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    #[default]
    Stated,
    Inferred,
}

impl Basis {
    pub fn is_stated(&self) -> bool {
        *self == Basis::Stated
    }
}

/// How the editors know something that is not a link to another entity (a chain's list of
/// segments): stated, or inferred with a reason a reader can check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Grounds {
    pub basis: Basis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
}

/// A reference to another entity, with how we know it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Link {
    pub id: String,
    pub basis: Basis,
    /// Why an inferred link was drawn (one line).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    /// For a stated link: the clause of the source that names both ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

/// Where in the source article a fact comes from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Provenance {
    /// Section id from `meta.source.sections`.
    pub section: String,
    /// 1-based paragraph number within the section.
    pub paragraph: u32,
    /// A short clause quoted from the article that contains the figure as written; `……` marks
    /// words left out between two quoted parts of the paragraph.
    pub excerpt: String,
}

/// A whole dataset: one district's "5+10"-style industrial system.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Dataset {
    /// Format marker, `chain-map/1`.
    pub format: String,
    pub meta: Meta,
    pub district: District,
    pub industries: Vec<Industry>,
    pub chains: Vec<Chain>,
    pub enterprises: Vec<Enterprise>,
    #[serde(default)]
    pub programmes: Vec<Programme>,
    #[serde(default)]
    pub projects: Vec<Project>,
    #[serde(default)]
    pub honours: Vec<Honour>,
    #[serde(default)]
    pub people: Vec<Person>,
    #[serde(default)]
    pub metrics: Vec<Metric>,
    #[serde(default)]
    pub milestones: Vec<Milestone>,
    #[serde(default)]
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Meta {
    pub title: Text,
    pub source: SourceDoc,
    /// True for generated test data, which the UI labels as such.
    #[serde(default)]
    pub synthetic: bool,
}

/// The document every fact is taken from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct SourceDoc {
    pub title: Text,
    /// The credit line: who supplied or published the text, as the source words it (供稿).
    pub publisher: Text,
    /// Publication date, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Section {
    pub id: String,
    pub title: Text,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct District {
    pub id: String,
    pub name: Text,
    /// Label for the graph; the name when absent.
    #[serde(default)]
    pub short: Option<Text>,
    #[serde(default)]
    pub summary: Option<Text>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Industry {
    pub id: String,
    pub name: Text,
    /// Label for the graph; the name when absent.
    #[serde(default)]
    pub short: Option<Text>,
    /// The district the industry belongs to.
    pub district: Link,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Chain {
    pub id: String,
    pub name: Text,
    /// Label for the graph; the name when absent.
    #[serde(default)]
    pub short: Option<Text>,
    /// The industry the chain belongs to; a chain without one is an error.
    #[serde(default)]
    pub industry: Option<Link>,
    /// Segments from upstream to downstream, where the source describes them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<Stage>,
    /// Whether the list of segments, their order and any missing ones are the source's or the
    /// editors' reading of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stages_basis: Option<Grounds>,
}

/// One segment of a chain: who is in it locally and which projects are laid out for it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Stage {
    pub id: String,
    pub name: Text,
    /// Position from upstream (1) to downstream; stages may share a step.
    pub step: u32,
    /// Local enterprises working in this segment.
    #[serde(default)]
    pub enterprises: Vec<Link>,
    /// Projects (ids) that build or extend this segment.
    #[serde(default)]
    pub projects: Vec<String>,
    /// `inferred` for a segment the source does not name (e.g. a gap in the chain), with its reason.
    pub basis: Basis,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<Text>,
    /// For a stated segment: the clause that names it with its chain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Enterprise {
    pub id: String,
    pub name: Text,
    /// The name the article uses in running text, for labels.
    pub short: Text,
    #[serde(default)]
    pub chains: Vec<Link>,
    /// Set when the enterprise belongs to an industry but to none of its chains.
    #[serde(default)]
    pub industry: Option<Link>,
    #[serde(default)]
    pub summary: Option<Text>,
}

/// What sort of thing a programme is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProgrammeKind {
    /// A platform, centre or library that serves enterprises.
    #[default]
    Platform,
    /// An action plan.
    Plan,
    /// A standing rule, list or package of policy measures.
    Policy,
    /// A special campaign (专项工作).
    Campaign,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Programme {
    pub id: String,
    pub name: Text,
    pub short: Text,
    #[serde(default)]
    pub kind: ProgrammeKind,
    pub summary: Text,
    /// Enterprises the programme serves.
    #[serde(default)]
    pub serves: Vec<Link>,
    /// Where the source names the programme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<Provenance>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProjectStatus {
    Planned,
    UnderConstruction,
    Completed,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Project {
    pub id: String,
    pub name: Text,
    pub short: Text,
    pub status: ProjectStatus,
    /// The enterprise that carries the project.
    #[serde(default)]
    pub owner: Option<Link>,
    #[serde(default)]
    pub chain: Option<Link>,
    /// A programme the project is part of (e.g. a project library).
    #[serde(default)]
    pub programme: Option<Link>,
    #[serde(default)]
    pub summary: Option<Text>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum HonourLevel {
    National,
    Municipal,
    District,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Honour {
    pub id: String,
    pub name: Text,
    pub level: HonourLevel,
    pub holders: Vec<Link>,
    pub source: Provenance,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Person {
    pub id: String,
    pub name: Text,
    pub role: Text,
    /// The enterprise the person speaks for.
    pub enterprise: String,
    pub source: Provenance,
}

/// What sort of figure a metric is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    /// A change in percent; negative is a decrease.
    Change,
    /// A level or share in percent (a rate, a proportion).
    Share,
    /// An absolute quantity with a unit.
    Amount,
    /// A number of things.
    Count,
    /// A value that moved from `before` to `value`.
    BeforeAfter,
    /// A span from `value` to `high`.
    Range,
}

/// Whether a figure has been reached or is aimed at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum MetricStatus {
    #[default]
    Actual,
    Target,
}

/// How exactly the article states a figure ("约", "余", "近", "以上").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Exact,
    About,
    MoreThan,
    Nearly,
}

/// The entity level a metric describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Enterprise,
    Chain,
    Industry,
    District,
    Programme,
    Project,
}

/// One figure from the article, attached to the entity it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Metric {
    pub id: String,
    /// Id of the entity the figure belongs to.
    pub entity: String,
    pub scope: Scope,
    pub label: Text,
    pub kind: MetricKind,
    /// The figure (the "after" value for before→after, the low end of a range).
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    /// A unit code from [`crate::model::units`].
    #[serde(default)]
    pub unit: String,
    #[serde(default)]
    pub qualifier: Qualifier,
    #[serde(default)]
    pub status: MetricStatus,
    pub period: Text,
    /// `inferred` when the period is the editors' wording (a date worked out from "今年", "如今").
    #[serde(default, skip_serializing_if = "Basis::is_stated")]
    pub period_basis: Basis,
    /// What the figure measures, for derived figures (see [`crate::metrics`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    pub source: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MilestoneStatus {
    Done,
    Expected,
}

/// A dated event: a start, a completion, a policy issued.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Milestone {
    pub id: String,
    pub entity: String,
    pub label: Text,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `YYYY-H1` for a half year.
    pub date: String,
    pub status: MilestoneStatus,
    pub source: Provenance,
}

/// How much or how far, as the source puts it in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    /// Every one (全部).
    All,
    /// Not one (无一).
    #[serde(rename = "none")]
    NotOne,
    /// Applied for, not yet granted (正申报).
    Pending,
}

/// A fact the source states in words rather than figures ("全部关停", "无一家").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Fact {
    pub id: String,
    pub entity: String,
    pub label: Text,
    pub quantity: Quantity,
    pub source: Provenance,
}
