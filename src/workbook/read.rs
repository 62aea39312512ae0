//! Reading a workbook's sheets into grids of cells with `calamine`: formulas give their cached
//! values, merged cells give their value to every cell they cover, a number formatted as a
//! percentage reads as it shows, and a damaged, legacy or password-protected file gets a clear
//! message.

use std::io::{Cursor, Read};

use calamine::{DataRef, Reader, Xlsx, XlsxError};

use super::assemble::Grid;
use super::cells::{is_percent_format, percent_text, Cell};
use crate::model::Text;

/// The most rows and columns a sheet may have: far beyond any district, and a bound on memory.
const MAX_ROWS: u32 = 100_000;
const MAX_COLUMNS: u32 = 64;

/// Whether `bytes` start like a zip archive (an `.xlsx` file is one).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Whether `bytes` start like an OLE2 compound file: a legacy `.xls`, or an encrypted `.xlsx`.
pub fn is_ole(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
}

fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text {
        zh: zh.into(),
        en: en.into(),
    }
}

fn why(e: &XlsxError) -> Text {
    match e {
        XlsxError::Password => text(
            "工作簿设有打开密码，无法读取：请在 Excel 或 WPS 中取消密码（文件 → 信息 → 保护工作簿）后另存再导入",
            "the workbook is password-protected and cannot be read: remove the password in Excel or WPS and save it again",
        ),
        other => text(
            format!("无法读取工作簿（{other}）：请在 Excel 或 WPS 中另存为 .xlsx 后重试"),
            format!("the workbook cannot be read ({other}); save it again as .xlsx in Excel or WPS and retry"),
        ),
    }
}

/// A legacy or encrypted file: which, and what to do.
pub fn ole_message(bytes: &[u8]) -> Text {
    match Xlsx::new(Cursor::new(bytes)) {
        Err(XlsxError::Password) => why(&XlsxError::Password),
        _ => text(
            "这是旧版 Excel 97–2003 工作簿（.xls），不能直接导入：请在 Excel 或 WPS 中另存为 .xlsx 后再导入",
            "this is a legacy Excel 97–2003 workbook (.xls), which cannot be imported: save it as .xlsx in Excel or WPS first",
        ),
    }
}

/// A cell's value; `percent` when its format shows it as a percentage: 0.267 shown as 26.7% is
/// read as the text `26.7%`, as if typed so (a number column reads 26.7).
fn cell(value: &DataRef, percent: bool) -> Cell {
    match value {
        DataRef::Int(i) if percent => Cell::Text(percent_text(*i as f64)),
        DataRef::Float(f) if percent => Cell::Text(percent_text(*f)),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Text(s.clone()),
        DataRef::SharedString(s) => Cell::Text((*s).to_string()),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(d) if d.is_datetime() => Cell::Date(d.as_f64()),
        DataRef::DateTime(d) => Cell::Number(d.as_f64()),
        DataRef::Error(e) => Cell::Error(e.to_string()),
        DataRef::Empty => Cell::Empty,
    }
}

fn sheet(book: &mut Xlsx<Cursor<&[u8]>>, name: &str, merges: bool) -> Result<Grid, Text> {
    let mut rows: Vec<Vec<Cell>> = Vec::new();
    {
        let mut reader = book.worksheet_cells_reader(name).map_err(|e| why(&e))?;
        // Which of the workbook's cell formats (a cell's style id indexes them) are percentages.
        let percent: Vec<bool> = reader
            .styles()
            .iter()
            .map(|s| {
                s.number_format
                    .as_ref()
                    .is_some_and(|f| is_percent_format(&f.format_code))
            })
            .collect();
        // Each cell's style is looked up only when some format is a percentage.
        let styled = percent.contains(&true);
        loop {
            let next = if styled {
                reader.next_cell_with_style_id()
            } else {
                reader.next_cell().map(|c| c.map(|c| (c, 0)))
            };
            let Some((c, style)) = next.map_err(|e| why(&e))? else {
                break;
            };
            let (r, col) = c.get_position();
            let value = cell(c.get_value(), percent.get(style).copied().unwrap_or(false));
            if value == Cell::Empty {
                continue;
            }
            if r >= MAX_ROWS || col >= MAX_COLUMNS {
                return Err(text(
                    format!("工作表“{name}”过大：最多 {MAX_ROWS} 行、{MAX_COLUMNS} 列"),
                    format!("the sheet \"{name}\" is too large: at most {MAX_ROWS} rows and {MAX_COLUMNS} columns"),
                ));
            }
            let (r, col) = (r as usize, col as usize);
            if rows.len() <= r {
                rows.resize_with(r + 1, Vec::new);
            }
            if rows[r].len() <= col {
                rows[r].resize(col + 1, Cell::Empty);
            }
            rows[r][col] = value;
        }
    }
    // A merged region shows its value across all its cells, and is read that way.
    let regions = if merges {
        book.merge_cells_by_sheet_name(name).unwrap_or_default()
    } else {
        Vec::new()
    };
    for region in regions {
        let (r1, c1) = (region.start.0 as usize, region.start.1 as usize);
        let value = rows.get(r1).and_then(|r| r.get(c1)).cloned().unwrap_or(Cell::Empty);
        if value == Cell::Empty {
            continue;
        }
        let r2 = (region.end.0 as usize).min(rows.len().saturating_sub(1));
        let c2 = (region.end.1 as usize).min(MAX_COLUMNS as usize - 1);
        for row in rows.iter_mut().take(r2 + 1).skip(r1) {
            if row.len() <= c2 {
                row.resize(c2 + 1, Cell::Empty);
            }
            for slot in row.iter_mut().take(c2 + 1).skip(c1) {
                *slot = value.clone();
            }
        }
    }
    Ok(Grid {
        name: name.into(),
        rows,
    })
}

/// Whether any part of an `.xlsx` file may hold merged cells: one scan of every part for the
/// element's name, so that a file without merged cells (the usual case) skips calamine's second
/// reading of every sheet to find them. Parts are read in chunks (a small file may inflate to a
/// huge part); an unreadable part counts as yes.
pub(super) fn may_have_merged_cells(bytes: &[u8]) -> bool {
    const NAME: &[u8] = b"mergeCell";
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return true;
    };
    let finder = memchr::memmem::Finder::new(NAME);
    // Each chunk follows the last bytes of the one before, so a name cut in two is still found.
    let mut window = vec![0; NAME.len() + (64 << 10)];
    for i in 0..zip.len() {
        let Ok(mut part) = zip.by_index(i) else {
            return true;
        };
        let mut kept = 0;
        loop {
            match part.read(&mut window[kept..]) {
                Ok(0) => break,
                Ok(n) => {
                    let filled = kept + n;
                    if finder.find(&window[..filled]).is_some() {
                        return true;
                    }
                    kept = filled.min(NAME.len() - 1);
                    window.copy_within(filled - kept..filled, 0);
                }
                Err(_) => return true,
            }
        }
    }
    false
}

/// Every sheet of an `.xlsx` file, in order.
pub fn grids(bytes: &[u8]) -> Result<Vec<Grid>, Text> {
    let mut book = Xlsx::new(Cursor::new(bytes)).map_err(|e| why(&e))?;
    let merges = may_have_merged_cells(bytes);
    let names = book.sheet_names();
    names.iter().map(|name| sheet(&mut book, name, merges)).collect()
}
