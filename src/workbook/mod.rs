//! Spreadsheets: a dataset written as an `.xlsx` workbook (one sheet per list, a 说明 sheet) and
//! read back from `.xlsx` or a single sheet's `.csv`, with each problem named by sheet and cell.
//! Used by the worker only; nothing of it reaches the page.

mod assemble;
pub mod cells;
pub mod columns;
mod csv;
mod read;
mod row;
mod table;
mod write;

#[cfg(test)]
mod tests;

use crate::model::{load_bytes, Dataset, Finding, Report, Severity, Text};

pub use assemble::{assemble, Grid};
pub use write::workbook;

/// The example dataset of the blank template: one row in each sheet.
pub const TEMPLATE_JSON: &str = include_str!("template.json");

fn failed(message: Text) -> Report {
    Report::checked(
        None,
        vec![Finding {
            severity: Severity::Error,
            path: "$".into(),
            message,
        }],
        Vec::new(),
    )
}

/// The blank template: the 说明 sheet and one example row per sheet.
pub fn template() -> Result<Vec<u8>, String> {
    let example: Dataset = serde_json::from_str(TEMPLATE_JSON).map_err(|e| e.to_string())?;
    workbook(&example)
}

/// Reads an `.xlsx` workbook into a dataset, with every check of the JSON path.
pub fn load_xlsx(bytes: &[u8]) -> Report {
    match read::grids(bytes) {
        Ok(grids) => assemble(&grids, None),
        Err(message) => failed(message),
    }
}

/// Reads a dataset file of any supported kind, told apart by its content (and `.csv` by its name):
/// an `.xlsx` workbook, a single sheet as CSV that replaces one list of `current`, or JSON.
pub fn load_file(name: &str, bytes: &[u8], current: Option<&Dataset>) -> Report {
    if read::is_zip(bytes) {
        return load_xlsx(bytes);
    }
    if read::is_ole(bytes) {
        return failed(read::ole_message(bytes));
    }
    if name.to_ascii_lowercase().ends_with(".csv") {
        return csv::load_csv(name, bytes, current);
    }
    if name.to_ascii_lowercase().ends_with(".xlsx") {
        return failed(Text {
            zh: "文件名是 .xlsx，但内容不是 Excel 工作簿（可能已损坏或只下载了一部分）".into(),
            en: "the file is named .xlsx but is not an Excel workbook (damaged, or only partly downloaded?)".into(),
        });
    }
    load_bytes(bytes)
}
