//! Rows of cells back into a dataset: every cell read, every check of the JSON path run, and each
//! problem named by its sheet, cell and column (`企业!C7 所属产业链：…`).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use rustc_hash::FxHashMap;

use serde_json::{Map, Value};

use super::cells::{address, Cell};
use super::columns::{sheets, Kind, Place, Sheet, GUIDE};
use super::row::RowReader;
use crate::model::{validate, Dataset, Finding, Report, Severity, Text};

/// One sheet as read from a file: its name and its cells, row 0 being the file's first row. The
/// name is shared with the location of every value read from it (one per cell).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grid {
    pub name: Rc<str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Grid {
    pub(super) fn cell(&self, row: usize, col: usize) -> &Cell {
        self.rows.get(row).and_then(|r| r.get(col)).unwrap_or(&Cell::Empty)
    }
}

/// Where a value came from: a sheet, and a cell with its column when there is one.
#[derive(Debug, Clone)]
pub(super) struct Loc {
    pub(super) sheet: Rc<str>,
    pub(super) cell: Option<(u32, u32)>,
    pub(super) column: Option<(&'static str, &'static str)>,
}

pub(super) struct Builder {
    findings: Vec<Finding>,
    /// Each JSON path with the cell it was read from, in reading order: one per cell, so they are
    /// only listed while reading, and looked up through `index` once a finding needs one.
    located: Vec<(String, Loc)>,
    /// The first cell recorded for each path and its parents, built from `located` on first use.
    index: Option<FxHashMap<String, Loc>>,
    /// Cells already reported, so that a check of the dataset does not repeat a cell's error.
    reported: HashSet<String>,
    /// Items whose figure could not be read: their excerpt is not checked against it.
    pub(super) unread: HashSet<String>,
}

fn bilingual(loc: &Loc, zh: String, en: String) -> (String, Text) {
    let path = match loc.cell {
        Some((r, c)) => format!("{}!{}", loc.sheet, address(r, c)),
        None => loc.sheet.to_string(),
    };
    let message = match loc.column {
        Some((col_zh, key)) => Text {
            zh: format!("{col_zh}：{zh}"),
            en: format!("{key}: {en}"),
        },
        None => Text { zh, en },
    };
    (path, message)
}

impl Builder {
    fn report(&mut self, severity: Severity, loc: &Loc, zh: String, en: String) {
        let (path, message) = bilingual(loc, zh, en);
        if severity == Severity::Error {
            self.reported.insert(path.clone());
        }
        self.findings.push(Finding {
            severity,
            path,
            message,
        });
    }

    pub(super) fn error(&mut self, loc: &Loc, zh: String, en: String) {
        self.report(Severity::Error, loc, zh, en);
    }

    pub(super) fn warn(&mut self, loc: &Loc, zh: String, en: String) {
        self.report(Severity::Warning, loc, zh, en);
    }

    /// Records where `path` (and each of its parents not recorded before) was read from.
    pub(super) fn locate(&mut self, path: String, loc: &Loc) {
        self.located.push((path, loc.clone()));
        self.index = None;
    }

    /// The cell of each recorded path and parent path: the first one recorded wins.
    fn index(&mut self) -> &FxHashMap<String, Loc> {
        let located = &self.located;
        self.index.get_or_insert_with(|| {
            let mut index = FxHashMap::with_capacity_and_hasher(located.len() * 2, Default::default());
            for (path, loc) in located {
                let mut p = path.as_str();
                while !index.contains_key(p) {
                    index.insert(p.to_string(), loc.clone());
                    match p.rfind(['.', '[']) {
                        Some(i) => p = &p[..i],
                        None => break,
                    }
                }
            }
            index
        })
    }

    /// A finding of the dataset checks, moved from its JSON path to the cell it came from.
    fn relocate(&mut self, f: Finding) {
        if let Some(item) = f.path.strip_suffix(".source.excerpt") {
            if self.unread.contains(item) {
                return;
            }
        }
        let index = self.index();
        let mut p = f.path.as_str();
        let loc = loop {
            if let Some(loc) = index.get(p) {
                break Some(loc.clone());
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => break None,
            }
        };
        match loc {
            Some(loc) => {
                let (path, message) = bilingual(&loc, f.message.zh, f.message.en);
                if f.severity == Severity::Error && self.reported.contains(&path) {
                    return;
                }
                self.findings.push(Finding {
                    severity: f.severity,
                    path,
                    message,
                });
            }
            None => self.findings.push(f),
        }
    }
}

/// The columns of a sheet found in its header: spec index → file column.
pub(super) struct Header {
    pub(super) columns: Vec<Option<u32>>,
    first_data_row: usize,
}

/// Which sheet of the format a file's sheet is: by its name, else by its English keys.
pub(super) fn identify(grid: &Grid, specs: &[Sheet]) -> Option<usize> {
    let name = grid.name.trim();
    let by_name = specs.iter().position(|s| {
        name == s.zh
            || name.eq_ignore_ascii_case(s.key)
            || name
                .split_whitespace()
                .any(|w| w == s.zh || w.eq_ignore_ascii_case(s.key))
    });
    by_name.or_else(|| {
        let keys: HashSet<String> = grid.rows.get(1).into_iter().flatten().map(Cell::text).collect();
        specs
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    i,
                    s.columns.iter().filter(|c| keys.contains(c.key)).count(),
                    s.columns.len(),
                )
            })
            .filter(|(_, hits, len)| *hits * 2 > *len)
            .max_by_key(|(_, hits, _)| *hits)
            .map(|(i, _, _)| i)
    })
}

fn header(b: &mut Builder, grid: &Grid, spec: &Sheet) -> Header {
    let width = grid.rows.iter().take(2).map(Vec::len).max().unwrap_or(0);
    let has_key_row = (0..width).any(|c| {
        let t = grid.cell(1, c).text();
        spec.columns.iter().any(|col| col.key == t)
    });
    let mut columns = vec![None; spec.columns.len()];
    for c in 0..width {
        let (zh, key) = (grid.cell(0, c).text(), grid.cell(1, c).text());
        let found = spec
            .columns
            .iter()
            .position(|col| (has_key_row && col.key == key) || col.zh == zh || col.key == zh);
        let here = Loc {
            sheet: grid.name.clone(),
            cell: Some((0, c as u32)),
            column: None,
        };
        match found {
            Some(i) if columns[i].is_none() => columns[i] = Some(c as u32),
            Some(i) => b.warn(
                &here,
                format!("列“{}”重复，只读第一列", spec.columns[i].zh),
                format!(
                    "column \"{}\" appears twice; only the first is read",
                    spec.columns[i].key
                ),
            ),
            None if !zh.is_empty() || !key.is_empty() => b.warn(
                &here,
                format!("未识别的列“{zh}”，已忽略"),
                format!(
                    "unknown column \"{}\", ignored",
                    if key.is_empty() { &zh } else { &key }
                ),
            ),
            None => {}
        }
    }
    for (i, col) in spec.columns.iter().enumerate() {
        if columns[i].is_none() && col.required {
            let here = Loc {
                sheet: grid.name.clone(),
                cell: Some((0, 0)),
                column: None,
            };
            b.error(
                &here,
                format!("缺少列“{}”（{}）", col.zh, col.key),
                format!("the column \"{}\" ({}) is missing", col.key, col.zh),
            );
        }
    }
    Header {
        columns,
        first_data_row: if has_key_row { 2 } else { 1 },
    }
}

fn list_mut<'a>(root: &'a mut Value, dotted: &str) -> &'a mut Vec<Value> {
    let Value::Object(map) = root else {
        unreachable!("the root is an object")
    };
    let mut here = map;
    let mut keys = dotted.split('.').peekable();
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            let slot = here.entry(key.to_string()).or_insert_with(|| Value::Array(Vec::new()));
            if !slot.is_array() {
                *slot = Value::Array(Vec::new());
            }
            let Value::Array(list) = slot else {
                unreachable!("just made an array")
            };
            return list;
        }
        let next = here.entry(key.to_string()).or_insert_with(|| Value::Object(Map::new()));
        if !next.is_object() {
            *next = Value::Object(Map::new());
        }
        let Value::Object(next) = next else {
            unreachable!("just made an object")
        };
        here = next;
    }
    unreachable!("a path has at least one key")
}

/// Puts the values of `new` into `old`, object by object, keeping what `new` does not have (the
/// sections of a dataset whose overview comes as CSV).
fn merge(old: &mut Value, new: Value) {
    match (old, new) {
        (Value::Object(old), Value::Object(new)) => {
            for (k, v) in new {
                match old.get_mut(&k) {
                    Some(slot) => merge(slot, v),
                    None => {
                        old.insert(k, v);
                    }
                }
            }
        }
        (old, new) => *old = new,
    }
}

/// Reads one sheet's rows into `root`, replacing the list the sheet holds.
fn read_sheet(b: &mut Builder, root: &mut Value, grid: &Grid, spec: &Sheet) {
    let header = header(b, grid, spec);
    let sheet_loc = Loc {
        sheet: grid.name.clone(),
        cell: Some((0, 0)),
        column: None,
    };
    let list_path = match spec.place {
        Place::Root => None,
        Place::Sections => Some("meta.source.sections".to_string()),
        Place::List(key) => Some(key.to_string()),
        Place::Stages => None,
    };
    if let Some(p) = &list_path {
        b.locate(format!("$.{p}"), &sheet_loc);
        list_mut(root, p).clear();
    }
    let chain_index: HashMap<String, usize> = list_mut(root, "chains")
        .iter_mut()
        .enumerate()
        .filter_map(|(i, c)| {
            if spec.place == Place::Stages {
                if let Value::Object(c) = c {
                    c.remove("stages");
                }
            }
            c.get("id").and_then(Value::as_str).map(|id| (id.to_string(), i))
        })
        .collect();
    let mut stage_counts: HashMap<usize, usize> = HashMap::new();
    let mut rows_read = 0;
    for row in header.first_data_row..grid.rows.len() {
        if grid.rows[row].iter().all(Cell::is_empty) {
            continue;
        }
        let path = match spec.place {
            Place::Root => {
                if rows_read > 0 {
                    let loc = Loc {
                        sheet: grid.name.clone(),
                        cell: Some((row as u32, 0)),
                        column: None,
                    };
                    b.error(
                        &loc,
                        "概况表只有一行数据".into(),
                        "the overview sheet has one row only".into(),
                    );
                    continue;
                }
                "$".to_string()
            }
            Place::Stages => {
                let i = spec.columns.iter().position(|c| c.kind == Kind::Parent).unwrap_or(0);
                let reader = RowReader {
                    grid,
                    spec,
                    header: &header,
                    row,
                    path: String::new(),
                };
                let chain = reader.cell(i).text();
                match chain_index.get(&chain) {
                    Some(&c) => {
                        let j = stage_counts.entry(c).or_default();
                        *j += 1;
                        format!("$.chains[{c}].stages[{}]", *j - 1)
                    }
                    None => {
                        let loc = reader.loc(i);
                        if chain.is_empty() {
                            b.error(&loc, "必填，不能为空".into(), "required, but empty".into());
                        } else {
                            b.error(
                                &loc,
                                format!("找不到产业链 id “{chain}”"),
                                format!("no chain has the id \"{chain}\""),
                            );
                        }
                        continue;
                    }
                }
            }
            _ => format!("$.{}[{}]", list_path.as_deref().unwrap_or_default(), rows_read),
        };
        rows_read += 1;
        let reader = RowReader {
            grid,
            spec,
            header: &header,
            row,
            path: path.clone(),
        };
        let id_col = spec.columns.iter().position(|c| c.key == "id").unwrap_or(0);
        b.locate(path.clone(), &reader.loc(id_col));
        let mut item = Map::new();
        reader.read(b, &mut item);
        match spec.place {
            Place::Root => merge(root, Value::Object(item)),
            Place::Stages => {
                let c: usize = path["$.chains[".len()..]
                    .split(']')
                    .next()
                    .and_then(|n| n.parse().ok())
                    .unwrap_or(0);
                let chain = &mut list_mut(root, "chains")[c];
                if let Value::Object(chain) = chain {
                    let stages = chain.entry("stages").or_insert_with(|| Value::Array(Vec::new()));
                    if let Value::Array(s) = stages {
                        s.push(Value::Object(item));
                    }
                }
            }
            _ => list_mut(root, list_path.as_deref().unwrap_or_default()).push(Value::Object(item)),
        }
    }
    if spec.place == Place::Root && rows_read == 0 {
        b.error(
            &sheet_loc,
            "概况表没有数据行".into(),
            "the overview sheet has no data row".into(),
        );
    }
}

/// A report for sheets read from a file. With `base` (a dataset as JSON), only the lists of the
/// given sheets are replaced, as when a single sheet comes as CSV; without it, the sheets are the
/// whole dataset.
pub fn assemble(grids: &[Grid], base: Option<Value>) -> Report {
    let specs = sheets();
    let mut b = Builder {
        findings: Vec::new(),
        located: Vec::new(),
        index: None,
        reported: HashSet::new(),
        unread: HashSet::new(),
    };
    let mut found: Vec<Option<&Grid>> = vec![None; specs.len()];
    for grid in grids {
        if grid.name.trim() == GUIDE || grid.name.trim().eq_ignore_ascii_case("readme") {
            continue;
        }
        let loc = Loc {
            sheet: grid.name.clone(),
            cell: None,
            column: None,
        };
        match identify(grid, &specs) {
            Some(i) if found[i].is_none() => found[i] = Some(grid),
            Some(i) => b.error(
                &loc,
                format!(
                    "与工作表“{}”重复：都是{}表",
                    found[i].map_or("", |g| &*g.name),
                    specs[i].zh
                ),
                format!(
                    "the same list as sheet \"{}\" ({})",
                    found[i].map_or("", |g| &*g.name),
                    specs[i].key
                ),
            ),
            None if grid.rows.iter().all(|r| r.iter().all(Cell::is_empty)) => {}
            None => b.warn(&loc, "未识别的工作表，已忽略".into(), "unknown sheet, ignored".into()),
        }
    }
    let whole = base.is_none();
    let mut root = base.unwrap_or_else(|| Value::Object(Map::new()));
    for (spec, grid) in specs.iter().zip(&found) {
        match grid {
            Some(grid) => read_sheet(&mut b, &mut root, grid, spec),
            None if whole && matches!(spec.place, Place::Root) => {
                let loc = Loc {
                    sheet: spec.zh.into(),
                    cell: None,
                    column: None,
                };
                b.error(
                    &loc,
                    format!("缺少工作表“{}”（{}）", spec.zh, spec.key),
                    format!("the sheet \"{}\" ({}) is missing", spec.zh, spec.key),
                );
            }
            None if whole => {
                let loc = Loc {
                    sheet: spec.zh.into(),
                    cell: None,
                    column: None,
                };
                let path = match spec.place {
                    Place::Sections => Some("meta.source.sections"),
                    Place::List(key) => Some(key),
                    _ => None,
                };
                if let Some(p) = path {
                    b.locate(format!("$.{p}"), &loc);
                    list_mut(&mut root, p);
                }
            }
            None => {}
        }
    }
    let dataset: Option<Dataset> = match serde_path_to_error::deserialize(root) {
        Ok(d) => Some(d),
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner().to_string();
            if !b.findings.iter().any(|f| f.severity == Severity::Error) {
                let missing = inner
                    .strip_prefix("missing field `")
                    .and_then(|s| s.split('`').next())
                    .map(|field| format!("$.{path}.{field}").replace("$..", "$."));
                let path = missing.unwrap_or_else(|| format!("$.{path}").replace("$..", "$."));
                b.relocate(Finding {
                    severity: Severity::Error,
                    path,
                    message: Text {
                        zh: format!("类型或字段错误（{inner}）"),
                        en: format!("wrong type or field ({inner})"),
                    },
                });
            }
            None
        }
    };
    if let Some(d) = &dataset {
        for f in validate(d) {
            b.relocate(f);
        }
    }
    // In the order of the file: sheet by sheet, row by row.
    let sheet_rank: HashMap<&str, usize> = grids.iter().enumerate().map(|(i, g)| (&*g.name, i)).collect();
    let rank = |f: &Finding| {
        let (sheet, cell) = f.path.split_once('!').unwrap_or((&f.path, ""));
        let col = cell
            .chars()
            .take_while(char::is_ascii_uppercase)
            .fold(0_u32, |n, c| n * 26 + (c as u32 - 'A' as u32 + 1));
        let row: u32 = cell
            .trim_start_matches(|c: char| c.is_ascii_uppercase())
            .parse()
            .unwrap_or(0);
        (sheet_rank.get(sheet).map_or(0, |r| r + 1), row, col)
    };
    b.findings.sort_by_key(rank);
    let (errors, warnings): (Vec<Finding>, Vec<Finding>) =
        b.findings.into_iter().partition(|f| f.severity == Severity::Error);
    Report::checked(if errors.is_empty() { dataset } else { None }, errors, warnings)
}
