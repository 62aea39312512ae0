//! Writing a dataset as an `.xlsx` workbook with `rust_xlsxwriter`: the 说明 sheet first, then one
//! sheet per list with a Chinese header, the English key beneath it, frozen headers, drop-downs
//! and readable widths.

use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError,
};
use serde_json::Value;

use super::cells::Cell;
use super::columns::{sheets, Column, Kind, Sheet, BASIS, GUIDE, SEPARATOR};
use super::table::rows;
use crate::model::units::UNITS;
use crate::model::Dataset;

/// The last row a drop-down covers (Excel's last row).
const LAST_ROW: u32 = 1_048_575;

fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDCE4EE))
        .set_text_wrap()
        .set_align(FormatAlign::Top)
}

fn key_format() -> Format {
    Format::new()
        .set_italic()
        .set_font_color(Color::RGB(0x55606E))
        .set_background_color(Color::RGB(0xF1F4F8))
        .set_font_size(9)
}

fn width(column: &Column) -> f64 {
    let by_kind: f64 = match column.kind {
        Kind::Number | Kind::Whole | Kind::Flag => 10.0,
        Kind::Choice(_) | Kind::LinkBasis => 12.0,
        Kind::Parent | Kind::Ids | Kind::LinkIds { .. } => 22.0,
        Kind::LinkReason => 30.0,
        Kind::LinkSource if column.key.ends_with("excerpt") => 44.0,
        Kind::LinkSource => 14.0,
        Kind::Text if column.key == "id" || column.key.ends_with(".section") => 20.0,
        Kind::Text if column.key.ends_with("excerpt") || column.key.starts_with("summary") => 44.0,
        Kind::Text => 26.0,
    };
    // A Chinese character is about two widths; keep the header and the key readable.
    let header = column.zh.chars().count() as f64 * 2.2 + 2.0;
    let key = column.key.len() as f64 + 2.0;
    by_kind.max(header).max(key).min(60.0)
}

/// Where the unit codes are listed on the 说明 sheet, for the unit column's drop-down.
fn unit_range(first_row: u32) -> String {
    format!("='{GUIDE}'!$B${}:$B${}", first_row + 1, first_row + UNITS.len() as u32)
}

fn drop_down(column: &Column, unit_list: &str) -> Result<Option<DataValidation>, XlsxError> {
    let labels = |choices: &[super::columns::Choice]| choices.iter().map(|c| c.zh).collect::<Vec<_>>();
    Ok(match column.kind {
        Kind::Choice(choices) => Some(DataValidation::new().allow_list_strings(&labels(choices))?),
        Kind::Flag => Some(DataValidation::new().allow_list_strings(&["是", "否"])?),
        // Several ids may each have their own basis: the list is offered, other text only warned about.
        Kind::LinkBasis => Some(
            DataValidation::new()
                .allow_list_strings(&labels(BASIS))?
                .set_error_style(DataValidationErrorStyle::Warning),
        ),
        Kind::Text if column.key == "unit" => Some(DataValidation::new().allow_list_formula(Formula::new(unit_list))),
        _ => None,
    })
}

fn write_cell(ws: &mut Worksheet, row: u32, col: u16, cell: &Cell, text: &Format) -> Result<(), XlsxError> {
    match cell {
        Cell::Text(t) => ws.write_string_with_format(row, col, t, text).map(|_| ()),
        Cell::Number(n) => ws.write_number(row, col, *n).map(|_| ()),
        _ => Ok(()),
    }
}

fn data_sheet(book: &mut Workbook, sheet: &Sheet, root: &Value, unit_list: &str) -> Result<(), XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(sheet.zh)?;
    let (head, key) = (header_format(), key_format());
    let text = Format::new().set_num_format("@");
    let wrapped = Format::new().set_num_format("@").set_text_wrap();
    for (c, column) in sheet.columns.iter().enumerate() {
        let c = c as u16;
        ws.write_string_with_format(0, c, column.zh, &head)?;
        ws.write_string_with_format(1, c, column.key, &key)?;
        ws.set_column_width(c, width(column))?;
        if !matches!(column.kind, Kind::Number | Kind::Whole) {
            ws.set_column_format(c, &text)?;
        }
        if let Some(dv) = drop_down(column, unit_list)? {
            ws.add_data_validation(2, c, LAST_ROW, c, &dv)?;
        }
    }
    ws.set_freeze_panes(2, 1)?;
    for (r, cells) in rows(root, sheet).iter().enumerate() {
        for (c, (cell, column)) in cells.iter().zip(&sheet.columns).enumerate() {
            let format = if matches!(column.kind, Kind::LinkReason | Kind::LinkSource) {
                &wrapped
            } else {
                &text
            };
            write_cell(ws, r as u32 + 2, c as u16, cell, format)?;
        }
    }
    Ok(())
}

const NOTES: &[(&str, &str)] = &[
    (
        "每个工作表一个列表，每行一项。第 1 行是中文列名，第 2 行是英文键（导入时按英文键找列，列的顺序可以调整）；从第 3 行起是数据。",
        "One sheet per list, one row per item. Row 1 holds the Chinese column names, row 2 the English keys (columns are found by key, so their order may change); data start on row 3.",
    ),
    (
        "引用其他表的项目时填它的编号（id）；一格填多个编号时用分号“; ”隔开（全角“；”、逗号、顿号“、”和换行也可以）。",
        "Links hold ids; several ids in one cell are separated by a semicolon \"; \" (full-width ；, commas, 、 and line breaks work too).",
    ),
    (
        "依据：原文载明（原文明确说到）或 推断（编者的判断，请在“理由”中写明原因）。多个编号时，依据填一个（对全部适用）或每个编号一个；理由每个编号一行。",
        "Basis: 原文载明 (stated in the source) or 推断 (inferred by the editors, with a reason). With several ids, one basis for all or one per id; reasons one line per id.",
    ),
    (
        "出处：原文载明的链接可在“出处章节、出处段落、原文摘录”三列注明原文哪一段说到它；多个编号时每个编号一行，没有出处的留空行。事实表收录原文用文字而非数字说明的情况（全部、无一、正申报）。",
        "Sources: a stated link may name the passage that states it in its section, paragraph and excerpt columns; with several ids one line per id, an empty line where there is none. The 事实 (facts) sheet holds what the source states in words rather than figures (all, none, pending).",
    ),
    (
        "数值填数字：26.7、-10.6、1234。写成文本的“26.7%”“1,234”、全角数字也能读。设为百分比格式的单元格按显示读取：显示 26.7% 即读作 26.7（按单元格里的完整数值，不按显示的小数位取整）；数字的含义由“单位”列决定。",
        "Numbers as numbers: 26.7, -10.6, 1234. Text such as \"26.7%\", \"1,234\" or full-width digits is read too. A cell formatted as a percentage is read as it shows: 26.7% reads 26.7 (in full, not rounded to the decimals shown); the unit column says what the number means.",
    ),
    (
        "公式：导入时读取 Excel/WPS 最后一次计算并保存的结果。日期请写成文本（2022-07）；日期格式的单元格按 YYYY-MM-DD 读取并给出提示。",
        "Formulas: their results as last computed and saved by Excel/WPS are read. Write dates as text (2022-07); a date-formatted cell is read as YYYY-MM-DD, with a warning.",
    ),
    (
        "合并单元格的值对它覆盖的每一格都适用；空行会被跳过。只更新一个列表时，可把那一张表另存为 CSV（UTF-8）导入，其余列表保持屏幕上的数据。",
        "A merged cell's value applies to every cell it covers; empty rows are skipped. To update one list only, save that sheet as CSV (UTF-8) and import it: the other lists stay as on screen.",
    ),
];

fn guide_sheet(book: &mut Workbook, all: &[Sheet]) -> Result<String, XlsxError> {
    let ws = book.add_worksheet();
    ws.set_name(GUIDE)?;
    let head = header_format();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let title = Format::new().set_bold().set_font_size(14);
    ws.write_string_with_format(0, 0, "Chain Map 数据工作簿 · data workbook (chain-map/1)", &title)?;
    let mut r = 2;
    for (zh, en) in NOTES {
        ws.write_string_with_format(r, 0, *zh, &wrap)?;
        ws.write_string_with_format(r, 4, *en, &wrap)?;
        r += 1;
    }
    r += 1;
    let columns = [
        "工作表 sheet",
        "列名",
        "英文键 key",
        "必填 required",
        "说明",
        "Description",
        "可选值 choices",
    ];
    for (c, h) in columns.iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *h, &head)?;
    }
    ws.set_freeze_panes(r + 1, 0)?;
    r += 1;
    for sheet in all {
        for column in &sheet.columns {
            ws.write_string_with_format(r, 0, format!("{} {}", sheet.zh, sheet.key), &wrap)?;
            ws.write_string_with_format(r, 1, column.zh, &wrap)?;
            ws.write_string_with_format(r, 2, column.key, &wrap)?;
            ws.write_string_with_format(r, 3, if column.required { "是" } else { "" }, &wrap)?;
            ws.write_string_with_format(r, 4, column.help_zh, &wrap)?;
            ws.write_string_with_format(r, 5, column.help_en, &wrap)?;
            let choices = match column.kind {
                Kind::Choice(c) => c
                    .iter()
                    .map(|c| format!("{} {}", c.zh, c.key))
                    .collect::<Vec<_>>()
                    .join(SEPARATOR),
                Kind::LinkBasis => BASIS
                    .iter()
                    .map(|c| format!("{} {}", c.zh, c.key))
                    .collect::<Vec<_>>()
                    .join(SEPARATOR),
                Kind::Flag => "是; 否".into(),
                _ => String::new(),
            };
            ws.write_string_with_format(r, 6, choices, &wrap)?;
            r += 1;
        }
    }
    r += 1;
    for (c, h) in ["单位 unit", "代码 code", "中文", "English"].iter().enumerate() {
        ws.write_string_with_format(r, c as u16, *h, &head)?;
    }
    r += 1;
    let first_unit_row = r;
    for unit in UNITS {
        ws.write_string(r, 1, unit.code)?;
        ws.write_string(r, 2, unit.zh)?;
        ws.write_string(r, 3, unit.en)?;
        r += 1;
    }
    for (c, w) in [16.0, 16.0, 22.0, 12.0, 48.0, 56.0, 28.0].iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    Ok(unit_range(first_unit_row))
}

/// A dataset as the bytes of an `.xlsx` file.
pub fn workbook(dataset: &Dataset) -> Result<Vec<u8>, String> {
    let root = serde_json::to_value(dataset).map_err(|e| e.to_string())?;
    let all = sheets();
    let mut book = Workbook::new();
    let written = (|| -> Result<Vec<u8>, XlsxError> {
        let unit_list = guide_sheet(&mut book, &all)?;
        for sheet in &all {
            data_sheet(&mut book, sheet, &root, &unit_list)?;
        }
        book.worksheet_from_index(1)?.set_active(true);
        book.save_to_buffer()
    })();
    written.map_err(|e| e.to_string())
}
