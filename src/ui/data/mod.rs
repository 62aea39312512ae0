//! Other datasets: `?data=URL` loading, local preview by file picker or drag-and-drop (JSON,
//! `.xlsx`, `.csv`), workbook downloads from the data menu, and the problem report.

mod loader;
mod menu;
mod report;

pub use loader::{load_from_query, DropZone, FilePicker};
pub use menu::DataMenu;
pub use report::DataReport;
