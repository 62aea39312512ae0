//! A dataset laid out as rows of cells, sheet by sheet: what the workbook writer puts in each row.

use serde_json::Value;

use super::cells::{number_text, Cell};
use super::columns::{Column, Kind, Place, Sheet, SEPARATOR};

/// The value at a dotted path inside `item` (`name.zh`), if any.
pub fn get<'a>(item: &'a Value, dotted: &str) -> Option<&'a Value> {
    dotted.split('.').try_fold(item, |v, key| v.get(key))
}

/// The field a link column belongs to: `chains` for `chains.basis`.
pub fn link_field(key: &str) -> &str {
    key.split('.').next().unwrap_or(key)
}

/// The items of `sheet` in `root` (a dataset as JSON), each with its parent chain's id for stages.
pub fn items<'a>(root: &'a Value, sheet: &Sheet) -> Vec<(Option<&'a str>, &'a Value)> {
    let list = |v: Option<&'a Value>| {
        v.and_then(Value::as_array)
            .map(|a| a.iter().collect::<Vec<_>>())
            .unwrap_or_default()
    };
    match sheet.place {
        Place::Root => vec![(None, root)],
        Place::Sections => list(get(root, "meta.source.sections"))
            .into_iter()
            .map(|v| (None, v))
            .collect(),
        Place::List(key) => list(root.get(key)).into_iter().map(|v| (None, v)).collect(),
        Place::Stages => list(root.get("chains"))
            .into_iter()
            .flat_map(|chain| {
                let id = chain.get("id").and_then(Value::as_str);
                list(chain.get("stages")).into_iter().map(move |s| (id, s))
            })
            .collect(),
    }
}

fn links(item: &Value, field: &str) -> Vec<Value> {
    match item.get(field) {
        Some(Value::Array(a)) => a.clone(),
        Some(v @ Value::Object(_)) => vec![v.clone()],
        _ => Vec::new(),
    }
}

fn label(choices: &[super::columns::Choice], key: &str) -> String {
    choices
        .iter()
        .find(|c| c.key == key)
        .map_or_else(|| key.to_string(), |c| c.zh.to_string())
}

fn text(v: Option<&Value>) -> Cell {
    match v {
        Some(Value::String(s)) if !s.is_empty() => Cell::Text(s.clone()),
        Some(Value::Number(n)) => Cell::Text(number_text(n.as_f64().unwrap_or_default())),
        _ => Cell::Empty,
    }
}

/// One column's cell for `item`.
fn cell(item: &Value, parent: Option<&str>, column: &Column) -> Cell {
    match column.kind {
        Kind::Parent => parent.map_or(Cell::Empty, |p| Cell::Text(p.to_string())),
        Kind::Text => text(get(item, column.key)),
        Kind::Number | Kind::Whole => get(item, column.key)
            .and_then(Value::as_f64)
            .map_or(Cell::Empty, Cell::Number),
        Kind::Flag => match get(item, column.key).and_then(Value::as_bool) {
            Some(true) => Cell::Text("是".into()),
            _ => Cell::Text("否".into()),
        },
        Kind::Choice(choices) => match get(item, column.key).and_then(Value::as_str) {
            Some(key) => Cell::Text(label(choices, key)),
            None => Cell::Empty,
        },
        Kind::Ids => {
            let ids: Vec<&str> = get(item, column.key)
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            text(Some(&Value::String(ids.join(SEPARATOR))))
        }
        Kind::LinkIds { .. } => {
            let ids: Vec<String> = links(item, column.key)
                .iter()
                .filter_map(|l| l.get("id").and_then(Value::as_str).map(str::to_string))
                .collect();
            text(Some(&Value::String(ids.join(SEPARATOR))))
        }
        Kind::LinkBasis => {
            let mut labels: Vec<String> = links(item, link_field(column.key))
                .iter()
                .map(|l| {
                    label(
                        super::columns::BASIS,
                        l.get("basis").and_then(Value::as_str).unwrap_or_default(),
                    )
                })
                .collect();
            if labels.windows(2).all(|w| w[0] == w[1]) {
                labels.truncate(1);
            }
            text(Some(&Value::String(labels.join(SEPARATOR))))
        }
        Kind::LinkReason | Kind::LinkSource => {
            let field = link_field(column.key);
            let inner = &column.key[field.len() + 1..];
            let lines: Vec<String> = links(item, field).iter().map(|l| text(get(l, inner)).text()).collect();
            if lines.iter().all(String::is_empty) {
                Cell::Empty
            } else {
                Cell::Text(lines.join("\n"))
            }
        }
    }
}

/// The data rows of `sheet` for a dataset given as JSON.
pub fn rows(root: &Value, sheet: &Sheet) -> Vec<Vec<Cell>> {
    items(root, sheet)
        .into_iter()
        .map(|(parent, item)| sheet.columns.iter().map(|c| cell(item, parent, c)).collect())
        .collect()
}
