//! The workbook against the JSON format: round trips, an independent reader, and awkward files.

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Formula, Workbook};

use super::*;
use crate::data::wanzhou;

fn sheet_of<'a>(grids: &'a [Grid], name: &str) -> &'a Grid {
    grids.iter().find(|g| g.name == name).unwrap_or_else(|| panic!("no sheet {name}"))
}

#[test]
fn the_built_in_dataset_comes_back_exactly() {
    let bytes = workbook(&wanzhou()).unwrap();
    let report = load_xlsx(&bytes);
    assert!(report.errors.is_empty() && report.warnings.is_empty(), "{:#?}", report);
    assert_eq!(report.dataset, Some(wanzhou()));
}
