//! The workbook's layout: its sheets, their columns, and what each column holds.

/// One value of a drop-down: its key in the JSON format and its label in the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub key: &'static str,
    pub zh: &'static str,
}

/// What a column holds, which decides how a cell is read and written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Text, written as text so that Excel does not turn it into a number or a date.
    Text,
    /// A number (a figure): `26.7`, also typed as text `26.7%`, `1,234`, `２６.７`, or shown as
    /// `26.7%` by a percentage format.
    Number,
    /// A whole number from 1 (a paragraph, a step).
    Whole,
    /// 是 or 否.
    Flag,
    /// One of a fixed list, offered as a drop-down of Chinese labels.
    Choice(&'static [Choice]),
    /// Ids separated by [`SEPARATOR`].
    Ids,
    /// The ids of a link field (one id, or several when `many`), the first of its four columns.
    LinkIds { many: bool },
    /// How the links of the field before it are known: one basis for all, or one per id.
    LinkBasis,
    /// Why the links were inferred: the text, or one line per id when there are several.
    LinkReason,
    /// Where the source states the links (section, paragraph or excerpt): one line per id.
    LinkSource,
    /// The chain a stage belongs to (stages are kept in their own sheet).
    Parent,
}

/// One column: its English key (the path inside an item), Chinese header and explanation.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub zh: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub help_zh: &'static str,
    pub help_en: &'static str,
}

/// Where a sheet's rows go in a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// One row: the dataset's format, meta and district.
    Root,
    /// A top-level list such as `enterprises`.
    List(&'static str),
    /// `meta.source.sections`.
    Sections,
    /// Each chain's `stages`, by the `chain` column.
    Stages,
}

/// One sheet: its Chinese name (the name it is written under), English key and columns.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub zh: &'static str,
    pub key: &'static str,
    pub place: Place,
    pub columns: Vec<Column>,
}

/// How several ids share one cell; `；`, `,`, `，`, `、` and line breaks are read the same way.
pub const SEPARATOR: &str = "; ";

/// The sheet that explains every column; it is not read back.
pub const GUIDE: &str = "说明";

pub const BASIS: &[Choice] = &[
    Choice {
        key: "stated",
        zh: "原文载明",
    },
    Choice {
        key: "inferred",
        zh: "推断",
    },
];
const PROJECT_STATUS: &[Choice] = &[
    Choice {
        key: "planned",
        zh: "规划",
    },
    Choice {
        key: "under_construction",
        zh: "在建",
    },
    Choice {
        key: "completed",
        zh: "建成",
    },
];
const LEVEL: &[Choice] = &[
    Choice {
        key: "national",
        zh: "国家级",
    },
    Choice {
        key: "municipal",
        zh: "市级",
    },
    Choice {
        key: "district",
        zh: "区级",
    },
];
const SCOPE: &[Choice] = &[
    Choice {
        key: "enterprise",
        zh: "企业",
    },
    Choice {
        key: "chain",
        zh: "产业链",
    },
    Choice {
        key: "industry",
        zh: "产业",
    },
    Choice {
        key: "district",
        zh: "区县",
    },
    Choice {
        key: "programme",
        zh: "平台与计划",
    },
    Choice {
        key: "project",
        zh: "项目",
    },
];
const METRIC_KIND: &[Choice] = &[
    Choice {
        key: "change",
        zh: "变化率",
    },
    Choice {
        key: "share",
        zh: "占比",
    },
    Choice {
        key: "amount",
        zh: "数量",
    },
    Choice {
        key: "count",
        zh: "计数",
    },
    Choice {
        key: "before_after",
        zh: "前后对比",
    },
    Choice {
        key: "range",
        zh: "区间",
    },
];
const QUALIFIER: &[Choice] = &[
    Choice {
        key: "exact",
        zh: "精确",
    },
    Choice {
        key: "about", zh: "约"
    },
    Choice {
        key: "more_than",
        zh: "余/以上",
    },
    Choice {
        key: "nearly",
        zh: "近",
    },
];
const METRIC_STATUS: &[Choice] = &[
    Choice {
        key: "actual",
        zh: "实际",
    },
    Choice {
        key: "target",
        zh: "目标",
    },
];
const PROGRAMME_KIND: &[Choice] = &[
    Choice {
        key: "platform",
        zh: "平台",
    },
    Choice {
        key: "plan",
        zh: "计划",
    },
    Choice {
        key: "policy",
        zh: "政策",
    },
    Choice {
        key: "campaign",
        zh: "专项工作",
    },
];
const QUANTITY: &[Choice] = &[
    Choice {
        key: "all", zh: "全部"
    },
    Choice {
        key: "none",
        zh: "无一",
    },
    Choice {
        key: "pending",
        zh: "正申报",
    },
];
const MILESTONE_STATUS: &[Choice] = &[
    Choice {
        key: "done",
        zh: "已完成",
    },
    Choice {
        key: "expected",
        zh: "预计",
    },
];

/// The keys and Chinese headers of a link field's seven columns.
type LinkNames = ([&'static str; 7], [&'static str; 7]);

/// The seven column names of link field `$key`, headed `$zh` in Chinese.
macro_rules! link_names {
    ($key:literal, $zh:literal) => {
        (
            [
                $key,
                concat!($key, ".basis"),
                concat!($key, ".reason.zh"),
                concat!($key, ".reason.en"),
                concat!($key, ".source.section"),
                concat!($key, ".source.paragraph"),
                concat!($key, ".source.excerpt"),
            ],
            [
                $zh,
                concat!($zh, "依据"),
                concat!($zh, "理由"),
                concat!($zh, "理由（英文）"),
                concat!($zh, "出处章节"),
                concat!($zh, "出处段落"),
                concat!($zh, "原文摘录"),
            ],
        )
    };
}

/// Builds a sheet's columns in order.
struct Columns(Vec<Column>);

impl Columns {
    fn new() -> Self {
        Columns(Vec::new())
    }

    fn col(
        mut self,
        key: &'static str,
        zh: &'static str,
        kind: Kind,
        required: bool,
        help: (&'static str, &'static str),
    ) -> Self {
        self.0.push(Column {
            key,
            zh,
            kind,
            required,
            help_zh: help.0,
            help_en: help.1,
        });
        self
    }

    fn id(self) -> Self {
        self.col(
            "id",
            "编号",
            Kind::Text,
            true,
            (
                "唯一的 id，如 ent-jinlong；其他表用它引用本行",
                "a unique id such as ent-jinlong; other sheets refer to the row by it",
            ),
        )
    }

    /// The `.zh` and `.en` columns of a bilingual text; `required` makes the Chinese one required.
    fn text(
        self,
        keys: [&'static str; 2],
        zh: [&'static str; 2],
        required: bool,
        help: (&'static str, &'static str),
    ) -> Self {
        self.col(keys[0], zh[0], Kind::Text, required, help).col(
            keys[1],
            zh[1],
            Kind::Text,
            false,
            ("英文；缺少时只作提示", "in English; a warning when missing"),
        )
    }

    /// The seven columns of a link field: ids, basis, reason in Chinese and in English, and where
    /// the source states it (section, paragraph, excerpt).
    fn link(self, (keys, zh): LinkNames, many: bool, required: bool, help: (&'static str, &'static str)) -> Self {
        self.col(keys[0], zh[0], Kind::LinkIds { many }, required, help)
            .col(
                keys[1],
                zh[1],
                Kind::LinkBasis,
                false,
                (
                    "原文载明 或 推断；多个 id 时填一个（对全部适用）或每个 id 一个，用分号隔开",
                    "stated (原文载明) or inferred (推断); with several ids one for all, or one per id separated by semicolons",
                ),
            )
            .col(
                keys[2],
                zh[2],
                Kind::LinkReason,
                false,
                ("推断的理由；多个 id 时每个 id 一行（Alt+Enter 换行）", "why it is inferred; with several ids one line per id"),
            )
            .col(keys[3], zh[3], Kind::LinkReason, false, ("推断的理由（英文）", "the reason in English"))
            .col(
                keys[4],
                zh[4],
                Kind::LinkSource,
                false,
                (
                    "原文载明时可填：来源表中的章节编号；多个 id 时每个 id 一行，没有出处的留空行",
                    "for a stated link, optionally: a section id from the 来源 (sections) sheet; with several ids one line per id, an empty line where there is none",
                ),
            )
            .col(
                keys[5],
                zh[5],
                Kind::LinkSource,
                false,
                (
                    "出处的段落序号，从 1 开始；多个 id 时每个 id 一行",
                    "the paragraph within the section, from 1; with several ids one line per id",
                ),
            )
            .col(
                keys[6],
                zh[6],
                Kind::LinkSource,
                false,
                (
                    "同时说到两端的原文短句（省略处用……）；多个 id 时每个 id 一行",
                    "the clause of the source that names both ends (…… marks words left out); with several ids one line per id",
                ),
            )
    }

    /// Where the source states the item: section, paragraph and excerpt, all three or none.
    fn source(self, required: bool) -> Self {
        self.col(
            "source.section",
            "出处章节",
            Kind::Text,
            required,
            ("来源表中的章节编号", "a section id from the 来源 (sections) sheet"),
        )
        .col(
            "source.paragraph",
            "出处段落",
            Kind::Whole,
            required,
            (
                "章节内的段落序号，从 1 开始",
                "the paragraph within the section, from 1",
            ),
        )
        .col(
            "source.excerpt",
            "原文摘录",
            Kind::Text,
            required,
            (
                "含有该内容的原文短句",
                "a short quotation from the source that contains the fact",
            ),
        )
    }

    fn name(self) -> Self {
        self.text(
            ["name.zh", "name.en"],
            ["名称", "名称（英文）"],
            true,
            ("名称", "the name"),
        )
    }

    fn short(self, required: bool) -> Self {
        self.text(
            ["short.zh", "short.en"],
            ["简称", "简称（英文）"],
            required,
            (
                "图上的标签和正文里的叫法",
                "the label on the graph and the name used in running text",
            ),
        )
    }

    fn summary(self, required: bool) -> Self {
        self.text(
            ["summary.zh", "summary.en"],
            ["简介", "简介（英文）"],
            required,
            ("一两句简介", "a sentence or two"),
        )
    }
}

fn root() -> Vec<Column> {
    Columns::new()
        .col(
            "format",
            "格式",
            Kind::Text,
            true,
            ("固定填 chain-map/1", "always chain-map/1"),
        )
        .text(
            ["meta.title.zh", "meta.title.en"],
            ["图谱标题", "图谱标题（英文）"],
            true,
            ("图谱的标题", "the map's title"),
        )
        .text(
            ["meta.source.title.zh", "meta.source.title.en"],
            ["来源标题", "来源标题（英文）"],
            true,
            ("来源文章的标题", "the title of the source document"),
        )
        .text(
            ["meta.source.publisher.zh", "meta.source.publisher.en"],
            ["发布者", "发布者（英文）"],
            true,
            ("来源的发布者", "who published the source"),
        )
        .col(
            "meta.source.date",
            "发布日期",
            Kind::Text,
            true,
            ("YYYY-MM 或 YYYY-MM-DD（文本）", "YYYY-MM or YYYY-MM-DD, as text"),
        )
        .col(
            "meta.synthetic",
            "合成数据",
            Kind::Flag,
            false,
            (
                "是：生成的测试数据，界面会标明",
                "是 (yes) for generated test data, which the app labels",
            ),
        )
        .col(
            "district.id",
            "区县编号",
            Kind::Text,
            true,
            (
                "区县的 id，产业表引用它",
                "the district's id, which the 产业 (industries) sheet refers to",
            ),
        )
        .text(
            ["district.name.zh", "district.name.en"],
            ["区县名称", "区县名称（英文）"],
            true,
            ("区县的名称", "the district's name"),
        )
        .text(
            ["district.short.zh", "district.short.en"],
            ["区县简称", "区县简称（英文）"],
            false,
            ("图上的标签，空着则用名称", "the graph label; the name when empty"),
        )
        .text(
            ["district.summary.zh", "district.summary.en"],
            ["区县简介", "区县简介（英文）"],
            false,
            ("一两句简介", "a sentence or two"),
        )
        .0
}

/// Every sheet that holds data, in the order they are written.
pub fn sheets() -> Vec<Sheet> {
    vec![
        Sheet {
            zh: "概况",
            key: "overview",
            place: Place::Root,
            columns: root(),
        },
        Sheet {
            zh: "来源",
            key: "sections",
            place: Place::Sections,
            columns: Columns::new()
                .id()
                .text(
                    ["title.zh", "title.en"],
                    ["章节标题", "章节标题（英文）"],
                    true,
                    ("来源文章中的章节", "a section of the source document"),
                )
                .0,
        },
        Sheet {
            zh: "产业",
            key: "industries",
            place: Place::List("industries"),
            columns: Columns::new()
                .id()
                .name()
                .short(false)
                .link(
                    link_names!("district", "所属区县"),
                    false,
                    true,
                    ("概况表中的区县编号", "the district id from the 概况 (overview) sheet"),
                )
                .0,
        },
        Sheet {
            zh: "产业链",
            key: "chains",
            place: Place::List("chains"),
            columns: Columns::new()
                .id()
                .name()
                .short(false)
                .link(
                    link_names!("industry", "所属产业"),
                    false,
                    true,
                    ("产业表中的编号", "an id from the 产业 (industries) sheet"),
                )
                .col(
                    "stages_basis.basis",
                    "环节划分依据",
                    Kind::Choice(BASIS),
                    false,
                    (
                        "环节表中这条链的环节、顺序和缺失环节是原文载明还是推断；空着表示未说明",
                        "whether the chain's segments in the 环节 (stages) sheet, their order and missing ones are stated or inferred; empty when not said",
                    ),
                )
                .text(
                    ["stages_basis.reason.zh", "stages_basis.reason.en"],
                    ["环节划分理由", "环节划分理由（英文）"],
                    false,
                    ("推断的理由", "why it is inferred"),
                )
                .0,
        },
        Sheet {
            zh: "环节",
            key: "stages",
            place: Place::Stages,
            columns: Columns::new()
                .col(
                    "chain",
                    "所属产业链",
                    Kind::Parent,
                    true,
                    ("产业链表中的编号", "an id from the 产业链 (chains) sheet"),
                )
                .id()
                .name()
                .col(
                    "step",
                    "顺序",
                    Kind::Whole,
                    true,
                    (
                        "从上游 1 到下游，可并列",
                        "from upstream (1) to downstream; stages may share a step",
                    ),
                )
                .link(
                    link_names!("enterprises", "本地企业"),
                    true,
                    false,
                    ("在这一环节的企业编号", "ids of the local enterprises in this segment"),
                )
                .col(
                    "projects",
                    "相关项目",
                    Kind::Ids,
                    false,
                    (
                        "建设或延伸这一环节的项目编号",
                        "ids of projects that build or extend this segment",
                    ),
                )
                .col(
                    "basis",
                    "依据",
                    Kind::Choice(BASIS),
                    true,
                    (
                        "原文载明 或 推断（原文未提到的环节）",
                        "stated, or inferred for a segment the source does not name",
                    ),
                )
                .text(
                    ["reason.zh", "reason.en"],
                    ["理由", "理由（英文）"],
                    false,
                    ("推断的理由", "why it is inferred"),
                )
                .source(false)
                .0,
        },
        Sheet {
            zh: "企业",
            key: "enterprises",
            place: Place::List("enterprises"),
            columns: Columns::new()
                .id()
                .name()
                .short(true)
                .link(
                    link_names!("chains", "所属产业链"),
                    true,
                    false,
                    ("产业链表中的编号", "ids from the 产业链 (chains) sheet"),
                )
                .link(
                    link_names!("industry", "所属产业"),
                    false,
                    false,
                    (
                        "不属于任何产业链时所属的产业",
                        "the industry, when the enterprise is in none of its chains",
                    ),
                )
                .summary(false)
                .0,
        },
        Sheet {
            zh: "平台与计划",
            key: "programmes",
            place: Place::List("programmes"),
            columns: Columns::new()
                .id()
                .name()
                .short(true)
                .col(
                    "kind",
                    "类别",
                    Kind::Choice(PROGRAMME_KIND),
                    false,
                    (
                        "平台、计划、政策或专项工作；空着为平台",
                        "platform, plan, policy or campaign; platform when empty",
                    ),
                )
                .summary(true)
                .link(
                    link_names!("serves", "服务企业"),
                    true,
                    false,
                    ("服务的企业编号", "ids of the enterprises it serves"),
                )
                .source(false)
                .0,
        },
        Sheet {
            zh: "项目",
            key: "projects",
            place: Place::List("projects"),
            columns: Columns::new()
                .id()
                .name()
                .short(true)
                .col(
                    "status",
                    "状态",
                    Kind::Choice(PROJECT_STATUS),
                    true,
                    ("规划、在建或建成", "planned, under construction or completed"),
                )
                .link(
                    link_names!("owner", "承建企业"),
                    false,
                    false,
                    ("承担项目的企业编号", "the enterprise that carries the project"),
                )
                .link(
                    link_names!("chain", "所属产业链"),
                    false,
                    false,
                    ("产业链表中的编号", "an id from the 产业链 (chains) sheet"),
                )
                .link(
                    link_names!("programme", "所属计划"),
                    false,
                    false,
                    ("平台与计划表中的编号", "an id from the 平台与计划 (programmes) sheet"),
                )
                .summary(false)
                .0,
        },
        Sheet {
            zh: "荣誉",
            key: "honours",
            place: Place::List("honours"),
            columns: Columns::new()
                .id()
                .name()
                .col(
                    "level",
                    "级别",
                    Kind::Choice(LEVEL),
                    true,
                    ("国家级、市级或区级", "national, municipal or district"),
                )
                .link(
                    link_names!("holders", "获得者"),
                    true,
                    false,
                    ("获得荣誉的企业等的编号", "ids of those who hold the honour"),
                )
                .source(true)
                .0,
        },
        Sheet {
            zh: "人物",
            key: "people",
            place: Place::List("people"),
            columns: Columns::new()
                .id()
                .name()
                .text(
                    ["role.zh", "role.en"],
                    ["职务", "职务（英文）"],
                    true,
                    ("职务", "the person's role"),
                )
                .col(
                    "enterprise",
                    "所在企业",
                    Kind::Text,
                    true,
                    ("企业表中的编号", "an id from the 企业 (enterprises) sheet"),
                )
                .source(true)
                .0,
        },
        Sheet {
            zh: "数据",
            key: "metrics",
            place: Place::List("metrics"),
            columns: Columns::new()
                .id()
                .col(
                    "entity",
                    "所属对象",
                    Kind::Text,
                    true,
                    (
                        "该数字所属的企业、产业链、产业、区县、计划或项目的编号",
                        "the id of what the figure belongs to",
                    ),
                )
                .col(
                    "scope",
                    "层级",
                    Kind::Choice(SCOPE),
                    true,
                    ("所属对象的种类", "what kind of thing the figure belongs to"),
                )
                .text(
                    ["label.zh", "label.en"],
                    ["指标", "指标（英文）"],
                    true,
                    (
                        "指标名称，如 单位产品能耗",
                        "what is measured, e.g. energy use per product",
                    ),
                )
                .col(
                    "kind",
                    "类型",
                    Kind::Choice(METRIC_KIND),
                    true,
                    (
                        "变化率（%，下降为负）、占比、数量、计数、前后对比、区间",
                        "change (%, negative for a fall), share, amount, count, before→after, range",
                    ),
                )
                .col(
                    "value",
                    "数值",
                    Kind::Number,
                    true,
                    (
                        "数字；前后对比填“后”，区间填下限；百分数填 26.7，或 26.7%（文本或百分比格式均可）",
                        "the figure (the after value, or a range's low end); a percentage as 26.7, or 26.7% (as text or in a percentage format)",
                    ),
                )
                .col(
                    "before",
                    "原值",
                    Kind::Number,
                    false,
                    ("前后对比的“前”", "the before value of a before→after"),
                )
                .col(
                    "high",
                    "上限",
                    Kind::Number,
                    false,
                    ("区间的上限", "a range's high end"),
                )
                .col(
                    "unit",
                    "单位",
                    Kind::Text,
                    true,
                    (
                        "单位代码，见说明表末尾的单位列表",
                        "a unit code, listed at the end of the 说明 sheet",
                    ),
                )
                .col(
                    "qualifier",
                    "精确度",
                    Kind::Choice(QUALIFIER),
                    false,
                    (
                        "精确、约、余/以上、近；空着为精确",
                        "exact, about, more than, nearly; exact when empty",
                    ),
                )
                .col(
                    "status",
                    "状态",
                    Kind::Choice(METRIC_STATUS),
                    false,
                    ("实际或目标；空着为实际", "actual or target; actual when empty"),
                )
                .text(
                    ["period.zh", "period.en"],
                    ["时期", "时期（英文）"],
                    true,
                    ("如 2022 年 1—7 月", "e.g. Jan–Jul 2022"),
                )
                .col(
                    "period_basis",
                    "时期依据",
                    Kind::Choice(BASIS),
                    false,
                    (
                        "推断：时期是编者据“今年”“如今”等换算的；空着为原文载明",
                        "inferred when the period is the editors' reading of \"this year\", \"now\"; stated when empty",
                    ),
                )
                .col(
                    "measure",
                    "度量",
                    Kind::Text,
                    false,
                    (
                        "用于推算的度量代码（见 README）",
                        "a measure code for derived figures (see the README)",
                    ),
                )
                .source(true)
                .0,
        },
        Sheet {
            zh: "节点",
            key: "milestones",
            place: Place::List("milestones"),
            columns: Columns::new()
                .id()
                .col(
                    "entity",
                    "所属对象",
                    Kind::Text,
                    true,
                    ("所属的企业、项目等的编号", "the id of what the milestone belongs to"),
                )
                .text(
                    ["label.zh", "label.en"],
                    ["事件", "事件（英文）"],
                    true,
                    ("发生了什么", "what happened"),
                )
                .col(
                    "date",
                    "日期",
                    Kind::Text,
                    true,
                    (
                        "YYYY、YYYY-MM、YYYY-MM-DD 或 YYYY-H1（文本）",
                        "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-H1, as text",
                    ),
                )
                .col(
                    "status",
                    "状态",
                    Kind::Choice(MILESTONE_STATUS),
                    true,
                    ("已完成或预计", "done or expected"),
                )
                .source(true)
                .0,
        },
        Sheet {
            zh: "事实",
            key: "facts",
            place: Place::List("facts"),
            columns: Columns::new()
                .id()
                .col(
                    "entity",
                    "所属对象",
                    Kind::Text,
                    true,
                    ("所属的企业、区县等的编号", "the id of what the fact is about"),
                )
                .text(
                    ["label.zh", "label.en"],
                    ["事实", "事实（英文）"],
                    true,
                    ("原文用文字说明的情况，如 煤矿企业关停", "what the source states in words, e.g. coal-mining firms closed"),
                )
                .col(
                    "quantity",
                    "程度",
                    Kind::Choice(QUANTITY),
                    true,
                    (
                        "全部、无一或正申报（已申报、尚未获批）",
                        "all, none, or pending (applied for, not yet granted)",
                    ),
                )
                .source(true)
                .0,
        },
    ]
}
