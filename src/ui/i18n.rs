//! Interface strings in Chinese and English.

use crate::model::Lang;

/// Every fixed string of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    SwitchLanguage,
    SwitchLanguageLabel,
    GraphLabel,
    PanelEmpty,
    Close,
    Stated,
    Inferred,
    BelongsTo,
    Includes,
    ServedBy,
    Serves,
    Projects,
    Figures,
    Computed,
    Source,
    Paragraph,
    Honours,
    People,
    Milestones,
    Expected,
    Done,
    SourceLine,
    NoData,
    ChangeAxis,
    CountAxis,
    Planned,
    UnderConstruction,
    Completed,
    ErrorTitle,
    ErrorReload,
    NotAssigned,
}

/// The string for `msg` in `lang`.
pub fn t(msg: Msg, lang: Lang) -> &'static str {
    let (zh, en) = match msg {
        Msg::SwitchLanguage => ("English", "中文"),
        Msg::SwitchLanguageLabel => ("切换到英文", "Switch to Chinese"),
        Msg::GraphLabel => (
            "“5+10”现代工业体系图：区、重点产业、产业链和企业",
            "The \"5+10\" system: district, key industries, chains and enterprises",
        ),
        Msg::PanelEmpty => (
            "点击图中的产业、产业链或企业，查看详情与数据。",
            "Tap an industry, chain or enterprise to see its details and figures.",
        ),
        Msg::Close => ("关闭", "Close"),
        Msg::Stated => ("原文载明", "stated"),
        Msg::Inferred => ("推断", "inferred"),
        Msg::BelongsTo => ("所属", "Belongs to"),
        Msg::Includes => ("包含", "Includes"),
        Msg::ServedBy => ("服务方", "Served by"),
        Msg::Serves => ("服务企业", "Serves"),
        Msg::Projects => ("项目", "Projects"),
        Msg::Figures => ("数据", "Figures"),
        Msg::Computed => ("推算", "computed"),
        Msg::Source => ("原文", "Source"),
        Msg::Paragraph => ("段", "¶"),
        Msg::Honours => ("荣誉", "Honours"),
        Msg::People => ("受访人", "People quoted"),
        Msg::Milestones => ("时间节点", "Milestones"),
        Msg::Expected => ("预计", "expected"),
        Msg::Done => ("已完成", "done"),
        Msg::SourceLine => ("数据来源", "Source"),
        Msg::NoData => ("暂无可绘制的数据", "No figures to chart"),
        Msg::ChangeAxis => ("变化（%）", "Change (%)"),
        Msg::CountAxis => ("数量", "Count"),
        Msg::Planned => ("布局中", "planned"),
        Msg::UnderConstruction => ("建设中", "under way"),
        Msg::Completed => ("已建成", "completed"),
        Msg::ErrorTitle => ("页面出错了", "Something went wrong"),
        Msg::ErrorReload => ("请刷新页面重试。", "Please reload the page."),
        Msg::NotAssigned => ("文中未写明所属产业链", "No chain named in the article"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}
