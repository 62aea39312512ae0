//! Other datasets: `?data=URL` loading, local preview by file picker or drag-and-drop, and the problem report.

mod loader;
mod report;

pub use loader::{load_from_query, DropZone, FilePicker};
pub use report::DataReport;
