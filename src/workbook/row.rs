//! One row of a sheet read into an item: each cell by its column's kind, links from their four
//! columns, and where each value came from.

use serde_json::{Map, Number, Value};

use super::assemble::{Builder, Grid, Header, Loc};
use super::cells::{parse_number, split_ids, Cell, NotANumber};
use super::columns::{Choice, Kind, Sheet, BASIS};

/// Sets `value` at a dotted path inside `object`, making the objects on the way.
pub(super) fn set(object: &mut Map<String, Value>, dotted: &str, value: Value) {
    match dotted.split_once('.') {
        None => {
            object.insert(dotted.to_string(), value);
        }
        Some((head, rest)) => {
            let inner = object
                .entry(head.to_string())
                .or_insert_with(|| Value::Object(Map::new()));
            if !inner.is_object() {
                *inner = Value::Object(Map::new());
            }
            if let Value::Object(inner) = inner {
                set(inner, rest, value);
            }
        }
    }
}

pub(super) fn choice_list(choices: &[Choice]) -> String {
    choices.iter().map(|c| c.zh).collect::<Vec<_>>().join("、")
}

pub(super) fn choice(choices: &[Choice], text: &str) -> Option<&'static str> {
    let t = text.trim();
    choices
        .iter()
        .find(|c| c.zh == t || c.key.eq_ignore_ascii_case(t) || c.key.replace('_', " ").eq_ignore_ascii_case(t))
        .map(|c| c.key)
}

fn number(n: f64) -> Value {
    Number::from_f64(n).map_or(Value::Null, Value::Number)
}

/// Reads one row into `item`, recording where each value came from under `path`.
pub(super) struct RowReader<'a> {
    pub grid: &'a Grid,
    pub spec: &'a Sheet,
    pub header: &'a Header,
    pub row: usize,
    pub path: String,
}

impl RowReader<'_> {
    pub fn loc(&self, i: usize) -> Loc {
        let col = &self.spec.columns[i];
        Loc {
            sheet: self.grid.name.clone(),
            cell: Some((
                self.row as u32,
                self.header.columns[i].or(self.header.columns[0]).unwrap_or(0),
            )),
            column: Some((col.zh, col.key)),
        }
    }

    pub fn cell(&self, i: usize) -> &Cell {
        match self.header.columns[i] {
            Some(c) => self.grid.cell(self.row, c as usize),
            None => &Cell::Empty,
        }
    }

    fn index_of(&self, key: &str) -> Option<usize> {
        self.spec.columns.iter().position(|c| c.key == key)
    }

    fn text_of(&self, key: &str) -> String {
        self.index_of(key).map(|i| self.cell(i).text()).unwrap_or_default()
    }

    /// A per-id column's text with its empty lines kept (a last link without a value leaves one).
    fn lines_of(&self, key: &str) -> String {
        match self.index_of(key).map(|i| self.cell(i)) {
            Some(Cell::Text(t)) => t.trim_matches(' ').to_string(),
            Some(cell) => cell.text(),
            None => String::new(),
        }
    }

    pub fn read(&self, b: &mut Builder, item: &mut Map<String, Value>) {
        for (i, col) in self.spec.columns.iter().enumerate() {
            let loc = self.loc(i);
            let cell = self.cell(i).clone();
            b.locate(format!("{}.{}", self.path, col.key), &loc);
            if let Cell::Error(e) = &cell {
                b.error(
                    &loc,
                    format!("单元格是错误值 {e}（公式出错？）"),
                    format!("the cell holds the error {e} (a failed formula?)"),
                );
                continue;
            }
            let required = |b: &mut Builder, item: &mut Map<String, Value>, placeholder: Value| {
                if col.required {
                    b.error(&loc, "必填，不能为空".into(), "required, but empty".into());
                    set(item, col.key, placeholder);
                }
            };
            match col.kind {
                Kind::Parent | Kind::LinkBasis | Kind::LinkReason | Kind::LinkSource => {}
                Kind::Text => {
                    if cell.is_empty() {
                        required(b, item, Value::String(String::new()));
                    } else {
                        if let Cell::Date(_) = cell {
                            b.warn(
                                &loc,
                                format!(
                                    "日期单元格已读作 {}；如需年月等其他写法，请把单元格设为文本",
                                    cell.text()
                                ),
                                format!(
                                    "a date cell, read as {}; to write a month or a year, format the cell as text",
                                    cell.text()
                                ),
                            );
                        }
                        set(item, col.key, Value::String(cell.text()));
                    }
                }
                Kind::Number | Kind::Whole => match parse_number(&cell) {
                    Ok(n)
                        if col.kind == Kind::Whole
                            && (n.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&n)) =>
                    {
                        b.error(
                            &loc,
                            format!("“{}”不是正整数", cell.text()),
                            format!("\"{}\" is not a whole number", cell.text()),
                        );
                        set(item, col.key, Value::from(1_u64));
                    }
                    Ok(n) if col.kind == Kind::Whole => set(item, col.key, Value::from(n as u64)),
                    Ok(n) => set(item, col.key, number(n)),
                    Err(NotANumber::Empty) => required(
                        b,
                        item,
                        if col.kind == Kind::Whole {
                            Value::from(1_u64)
                        } else {
                            number(0.0)
                        },
                    ),
                    Err(NotANumber::Text(t)) => {
                        b.error(&loc, format!("“{t}”不是数字"), format!("\"{t}\" is not a number"));
                        b.unread.insert(self.path.clone());
                        set(
                            item,
                            col.key,
                            if col.kind == Kind::Whole {
                                Value::from(1_u64)
                            } else {
                                number(0.0)
                            },
                        );
                    }
                },
                Kind::Flag => {
                    let t = cell.text();
                    let yes = ["是", "true", "yes", "y", "1"]
                        .iter()
                        .any(|y| t.eq_ignore_ascii_case(y));
                    let no = ["否", "false", "no", "n", "0", ""]
                        .iter()
                        .any(|n| t.eq_ignore_ascii_case(n));
                    if !yes && !no {
                        b.error(
                            &loc,
                            format!("“{t}”应为 是 或 否"),
                            format!("\"{t}\" should be 是 (yes) or 否 (no)"),
                        );
                    }
                    set(item, col.key, Value::Bool(yes));
                }
                Kind::Choice(choices) => {
                    let t = cell.text();
                    if t.is_empty() {
                        required(b, item, Value::String(choices[0].key.into()));
                    } else if let Some(key) = choice(choices, &t) {
                        set(item, col.key, Value::String(key.into()));
                    } else {
                        b.error(
                            &loc,
                            format!("“{t}”不是可选值（{}）", choice_list(choices)),
                            format!(
                                "\"{t}\" is not one of the choices ({})",
                                choices.iter().map(|c| c.key).collect::<Vec<_>>().join(", ")
                            ),
                        );
                        set(item, col.key, Value::String(choices[0].key.into()));
                    }
                }
                Kind::Ids => {
                    let ids = split_ids(&cell.text()).into_iter().map(Value::String).collect();
                    set(item, col.key, Value::Array(ids));
                }
                Kind::LinkIds { many } => self.link(b, item, i, many),
            }
        }
    }

    /// The four columns of a link field, read together into one link or a list of them.
    fn link(&self, b: &mut Builder, item: &mut Map<String, Value>, i: usize, many: bool) {
        let col = &self.spec.columns[i];
        let field = col.key;
        let loc = self.loc(i);
        let at = |suffix: &str| {
            self.index_of(&format!("{field}.{suffix}"))
                .map(|j| self.loc(j))
                .unwrap_or_else(|| loc.clone())
        };
        let (basis_loc, zh_loc, en_loc) = (at("basis"), at("reason.zh"), at("reason.en"));
        let (section_loc, paragraph_loc, excerpt_loc) =
            (at("source.section"), at("source.paragraph"), at("source.excerpt"));
        let ids = split_ids(&self.cell(i).text());
        let basis_text = self.text_of(&format!("{field}.basis"));
        let per_id = |suffix: &str| self.lines_of(&format!("{field}.{suffix}"));
        let (zh, en) = (per_id("reason.zh"), per_id("reason.en"));
        let (section, paragraph, excerpt) = (
            per_id("source.section"),
            per_id("source.paragraph"),
            per_id("source.excerpt"),
        );
        if !many && ids.len() > 1 {
            b.error(
                &loc,
                format!("只能填一个 id，这里有 {} 个", ids.len()),
                format!("one id only, but there are {}", ids.len()),
            );
        }
        if ids.is_empty() {
            if [&basis_text, &zh, &en, &section, &paragraph, &excerpt]
                .iter()
                .any(|t| !t.trim().is_empty())
            {
                b.error(
                    &loc,
                    "填了依据、理由或出处，但没有 id".into(),
                    "a basis, reason or source is given, but no id".into(),
                );
            } else if col.required {
                b.error(&loc, "必填，不能为空".into(), "required, but empty".into());
            }
            if many {
                set(item, field, Value::Array(Vec::new()));
            } else if col.required {
                set(item, field, serde_json::json!({ "id": "", "basis": "stated" }));
            }
            return;
        }
        let mut bases: Vec<&'static str> = Vec::new();
        for t in split_ids(&basis_text) {
            match choice(BASIS, &t) {
                Some(k) => bases.push(k),
                None => {
                    b.error(
                        &basis_loc,
                        format!("“{t}”不是可选值（{}）", choice_list(BASIS)),
                        format!("\"{t}\" is not one of the choices (stated, inferred)"),
                    );
                    bases.push("stated");
                }
            }
        }
        let n = ids.len();
        let bases: Vec<&str> = match bases.len() {
            0 => {
                b.error(
                    &basis_loc,
                    "缺少依据（原文载明 或 推断）".into(),
                    "the basis (stated or inferred) is missing".into(),
                );
                vec!["stated"; n]
            }
            1 => vec![bases[0]; n],
            k if k == n => bases,
            k => {
                b.error(
                    &basis_loc,
                    format!("依据有 {k} 个，id 有 {n} 个：应填一个，或每个 id 一个"),
                    format!("{k} bases for {n} ids: give one, or one per id"),
                );
                vec![bases[0]; n]
            }
        };
        let lines = |b: &mut Builder, text: &str, loc: &Loc, what: (&str, &str)| -> Vec<String> {
            if n == 1 {
                return vec![text.trim().to_string()];
            }
            if text.trim().is_empty() {
                return vec![String::new(); n];
            }
            let mut lines: Vec<String> = text.split('\n').map(|l| l.trim().to_string()).collect();
            while lines.len() > n && lines.last().is_some_and(String::is_empty) {
                lines.pop();
            }
            if lines.len() != n {
                b.error(
                    loc,
                    format!("{}有 {} 行，id 有 {n} 个：多个 id 时每个 id 一行", what.0, lines.len()),
                    format!("{} lines of {} for {n} ids: give one line per id", lines.len(), what.1),
                );
                return vec![String::new(); n];
            }
            lines
        };
        let zh = lines(b, &zh, &zh_loc, ("理由", "reasons"));
        let en = lines(b, &en, &en_loc, ("理由", "reasons"));
        let section = lines(b, &section, &section_loc, ("出处章节", "sections"));
        let paragraph = lines(b, &paragraph, &paragraph_loc, ("出处段落", "paragraphs"));
        let excerpt = lines(b, &excerpt, &excerpt_loc, ("原文摘录", "excerpts"));
        let mut links: Vec<Value> = Vec::new();
        for k in 0..n {
            let mut link = Map::new();
            link.insert("id".into(), Value::String(ids[k].clone()));
            link.insert("basis".into(), Value::String(bases[k].into()));
            if !zh[k].is_empty() || !en[k].is_empty() {
                let mut reason = Map::new();
                for (lang, t) in [("zh", &zh[k]), ("en", &en[k])] {
                    if !t.is_empty() {
                        reason.insert(lang.into(), Value::String(t.clone()));
                    }
                }
                link.insert("reason".into(), Value::Object(reason));
            }
            if !section[k].is_empty() || !paragraph[k].is_empty() || !excerpt[k].is_empty() {
                let mut source = Map::new();
                if !section[k].is_empty() {
                    source.insert("section".into(), Value::String(section[k].clone()));
                }
                if !paragraph[k].is_empty() {
                    let p = &paragraph[k];
                    let whole = parse_number(&Cell::Text(p.clone()))
                        .ok()
                        .filter(|x| x.fract() == 0.0 && (1.0..=f64::from(u32::MAX)).contains(x));
                    if whole.is_none() {
                        b.error(
                            &paragraph_loc,
                            format!("“{p}”不是正整数"),
                            format!("\"{p}\" is not a whole number"),
                        );
                    }
                    source.insert("paragraph".into(), Value::from(whole.unwrap_or(1.0) as u64));
                }
                if !excerpt[k].is_empty() {
                    source.insert("excerpt".into(), Value::String(excerpt[k].clone()));
                }
                link.insert("source".into(), Value::Object(source));
            }
            links.push(Value::Object(link));
        }
        let base = format!("{}.{field}", self.path);
        for k in 0..n {
            let p = if many { format!("{base}[{k}]") } else { base.clone() };
            b.locate(format!("{p}.id"), &loc);
            b.locate(format!("{p}.basis"), &basis_loc);
            b.locate(format!("{p}.reason.en"), &en_loc);
            b.locate(format!("{p}.reason.zh"), &zh_loc);
            b.locate(format!("{p}.reason"), &zh_loc);
            b.locate(format!("{p}.source.section"), &section_loc);
            b.locate(format!("{p}.source.paragraph"), &paragraph_loc);
            b.locate(format!("{p}.source.excerpt"), &excerpt_loc);
            b.locate(format!("{p}.source"), &excerpt_loc);
        }
        let value = if many {
            Value::Array(links)
        } else {
            links.into_iter().next().unwrap_or(Value::Null)
        };
        set(item, field, value);
    }
}
