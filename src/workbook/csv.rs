//! One sheet saved as CSV: it replaces that one list of the dataset on screen, and gets the same
//! checks and cell references as a workbook.

use super::assemble::{assemble, identify, Grid};
use super::cells::Cell;
use super::columns::sheets;
use crate::model::{Dataset, Finding, Report, Severity, Text};

/// The rows and fields of CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks).
/// The delimiter is a comma, or a semicolon or tab when the first line has more of those.
fn parse(text: &str) -> Vec<Vec<String>> {
    let first = text.lines().next().unwrap_or_default();
    let delimiter = [',', ';', '\t']
        .into_iter()
        .max_by_key(|d| first.matches(*d).count())
        .unwrap_or(',');
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() => quoted = true,
            (false, c) if c == delimiter => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// CSV text from bytes: UTF-8 (with or without a byte-order mark), else GB 18030, the encoding
/// Excel uses for "CSV" on a Chinese Windows.
fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(t) => t.to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    }
}

fn failed(zh: String, en: String) -> Report {
    let finding = Finding {
        severity: Severity::Error,
        path: "$".into(),
        message: Text { zh, en },
    };
    Report::checked(None, vec![finding], Vec::new())
}

/// Reads the CSV of one sheet (named like `企业.csv`, or known by its English keys in row 2) and
/// replaces that list in `current`.
pub fn load_csv(name: &str, bytes: &[u8], current: Option<&Dataset>) -> Report {
    let Some(current) = current.and_then(|d| serde_json::to_value(d).ok()) else {
        return failed("没有可更新的数据集".into(), "there is no dataset to update".into());
    };
    let stem = name.rsplit(['/', '\\']).next().unwrap_or(name);
    let stem = stem.get(..stem.len().saturating_sub(4)).unwrap_or(stem);
    let rows = parse(&decode(bytes))
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|f| if f.is_empty() { Cell::Empty } else { Cell::Text(f) })
                .collect()
        })
        .collect();
    let grid = Grid {
        name: stem.into(),
        rows,
    };
    if identify(&grid, &sheets()).is_none() {
        return failed(
            format!("无法判断“{name}”是哪张表：文件名应为表名（如 企业.csv），或第 2 行为英文键"),
            format!("cannot tell which sheet \"{name}\" is: name it after the sheet (e.g. 企业.csv, enterprises.csv) or keep the English keys in row 2"),
        );
    }
    assemble(&[grid], Some(current))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_keep_commas_quotes_and_line_breaks() {
        let rows = parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",3\n");
        assert_eq!(
            rows,
            vec![vec!["a", "b, c", "say \"hi\""], vec!["1", "two\nlines", "3"]]
        );
        assert_eq!(parse("x;y;z\n1;2;3"), vec![vec!["x", "y", "z"], vec!["1", "2", "3"]]);
    }

    #[test]
    fn gb18030_is_read_when_the_text_is_not_utf8() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("企业,编号");
        assert_eq!(decode(&gbk), "企业,编号");
        assert_eq!(decode("\u{feff}企业".as_bytes()), "企业");
    }
}
