//! The workbook against the JSON format: round trips, an independent reader, and awkward files.

use calamine::{Data, Reader, Xlsx};
use rust_xlsxwriter::{Format, Formula, Workbook};

use super::cells::Cell;
use super::*;
use crate::data::{synthetic::synthetic, wanzhou};

/// The sheets of a workbook written for `dataset`, as the reader sees them.
fn grids_of(dataset: &Dataset) -> Vec<Grid> {
    read::grids(&workbook(dataset).unwrap()).unwrap()
}

fn sheet<'a>(grids: &'a mut [Grid], name: &str) -> &'a mut Grid {
    grids
        .iter_mut()
        .find(|g| &*g.name == name)
        .unwrap_or_else(|| panic!("no sheet {name}"))
}

fn column(grids: &mut [Grid], name: &str, key: &str) -> usize {
    let g = sheet(grids, name);
    g.rows[1]
        .iter()
        .position(|c| c.text() == key)
        .unwrap_or_else(|| panic!("no column {key}"))
}

/// Writes grids back as a workbook, cell by cell, as another program might; `extra` adds to a sheet.
fn write_grids(grids: &[Grid], extra: impl Fn(&str, &mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    let mut book = Workbook::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for g in grids {
        let ws = book.add_worksheet();
        ws.set_name(&*g.name).unwrap();
        for (r, row) in g.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match cell {
                    Cell::Text(t) => drop(ws.write_string(r, c, t)),
                    Cell::Number(n) => drop(ws.write_number(r, c, *n)),
                    Cell::Date(n) => drop(ws.write_number_with_format(r, c, *n, &date)),
                    Cell::Bool(b) => drop(ws.write_boolean(r, c, *b)),
                    Cell::Empty | Cell::Error(_) => {}
                }
            }
        }
        extra(&g.name, ws);
    }
    book.save_to_buffer().unwrap()
}

/// `v` as a spreadsheet stores `v%` typed into a cell: the number nearest to v/100.
fn hundredth(v: f64) -> f64 {
    format!("{v}e-2").parse().unwrap()
}

fn paths(report: &Report) -> Vec<&str> {
    report.errors.iter().map(|f| f.path.as_str()).collect()
}

#[test]
fn the_built_in_dataset_comes_back_exactly() {
    let bytes = workbook(&wanzhou()).unwrap();
    let report = load_xlsx(&bytes);
    assert!(report.errors.is_empty() && report.warnings.is_empty(), "{report:#?}");
    assert_eq!(report.dataset, Some(wanzhou()));
    assert_eq!(load_file("wanzhou.xlsx", &bytes, None).dataset, Some(wanzhou()));
}

#[test]
fn a_synthetic_dataset_comes_back_exactly() {
    let d = synthetic(300);
    let report = load_xlsx(&workbook(&d).unwrap());
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.dataset, Some(d));
}

#[test]
fn the_template_has_one_example_row_per_sheet_and_loads_clean() {
    let bytes = template().unwrap();
    let report = load_xlsx(&bytes);
    assert!(report.errors.is_empty() && report.warnings.is_empty(), "{report:#?}");
    for g in read::grids(&bytes)
        .unwrap()
        .iter()
        .filter(|g| &*g.name != columns::GUIDE)
    {
        assert_eq!(g.rows.len(), 3, "{}: two header rows and one example", g.name);
    }
}

#[test]
fn an_independent_reader_sees_the_sheets_headers_and_values() {
    let d = wanzhou();
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(workbook(&d).unwrap())).unwrap();
    let names = book.sheet_names();
    assert_eq!(
        names,
        [
            "说明",
            "概况",
            "来源",
            "产业",
            "产业链",
            "环节",
            "企业",
            "平台与计划",
            "项目",
            "荣誉",
            "人物",
            "数据",
            "节点",
            "事实"
        ]
    );
    let firms = book.worksheet_range("企业").unwrap();
    assert_eq!(firms.get((0, 0)), Some(&Data::String("编号".into())));
    assert_eq!(firms.get((1, 1)), Some(&Data::String("name.zh".into())));
    assert_eq!(firms.get((2, 1)), Some(&Data::String(d.enterprises[0].name.zh.clone())));
    assert_eq!(firms.height(), 2 + d.enterprises.len());
    let figures = book.worksheet_range("数据").unwrap();
    let value = (0..figures.width())
        .find(|&c| figures.get((1, c)) == Some(&Data::String("value".into())))
        .unwrap();
    assert_eq!(figures.get((2, value)), Some(&Data::Float(d.metrics[0].value)));
    let guide = book.worksheet_range("说明").unwrap();
    assert!(guide
        .rows()
        .any(|r| r.iter().any(|c| c == &Data::String("chains.basis".into()))));
}

#[test]
fn three_planted_mistakes_are_reported_at_once_by_sheet_cell_and_column() {
    let mut grids = grids_of(&wanzhou());
    let chains = column(&mut grids, "企业", "chains");
    let firm = wanzhou()
        .enterprises
        .iter()
        .rposition(|e| !e.chains.is_empty())
        .unwrap()
        + 2;
    sheet(&mut grids, "企业").rows[firm][chains] = Cell::Text("ch-alu".into());
    let value = column(&mut grids, "数据", "value");
    sheet(&mut grids, "数据").rows[4][value] = Cell::Text("约12".into());
    let status = column(&mut grids, "项目", "status");
    sheet(&mut grids, "项目").rows[2][status] = Cell::Text("已经建好".into());
    let report = load_xlsx(&write_grids(&grids, |_, _| {}));
    assert!(report.dataset.is_none());
    let at = |sheet: &str, row: usize, col: usize| format!("{sheet}!{}", cells::address(row as u32, col as u32));
    assert_eq!(
        paths(&report),
        [at("企业", firm, chains), at("项目", 2, status), at("数据", 4, value)]
    );
    let firm = &report.errors[0].message;
    assert_eq!(firm.zh, "所属产业链：引用的 id “ch-alu” 不存在");
    assert_eq!(firm.en, "chains: reference \"ch-alu\" does not resolve to any entity");
    assert_eq!(report.errors[2].message.zh, "数值：“约12”不是数字");
    assert!(report.errors[1]
        .message
        .zh
        .starts_with("状态：“已经建好”不是可选值（规划、在建、建成）"));
}

#[test]
fn numbers_typed_as_text_read_as_numbers() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    let value = column(&mut grids, "数据", "value");
    let para = column(&mut grids, "数据", "source.paragraph");
    let figures = sheet(&mut grids, "数据");
    let m = d.metrics.iter().position(|m| m.unit == "percent").unwrap();
    figures.rows[m + 2][value] = Cell::Text(format!("{}%", d.metrics[m].value));
    let big = d
        .metrics
        .iter()
        .position(|m| m.value >= 1000.0 && m.value.fract() == 0.0);
    if let Some(b) = big {
        let v = d.metrics[b].value as u64;
        figures.rows[b + 2][value] = Cell::Text(format!("{},{:03}", v / 1000, v % 1000));
    }
    let fullwidth: String = d.metrics[0]
        .source
        .paragraph
        .to_string()
        .chars()
        .map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap())
        .collect();
    figures.rows[2][para] = Cell::Text(fullwidth);
    let report = load_xlsx(&write_grids(&grids, |_, _| {}));
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.dataset, Some(d));
}

#[test]
fn merged_cells_trailing_rows_and_formulas_read_as_they_show() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    let value = column(&mut grids, "数据", "value");
    // Stages of one chain, with the chain cell merged over them.
    let stages = sheet(&mut grids, "环节");
    let first = stages.rows[2][0].clone();
    let run = stages.rows[2..].iter().take_while(|r| r[0] == first).count();
    assert!(run > 1, "the built-in data have a chain with several stages");
    let chain_id = first.text();
    // Trailing rows that hold only spaces, and an empty row between two filled ones.
    let firms = sheet(&mut grids, "企业");
    firms.rows.insert(4, Vec::new());
    firms.rows.push(vec![Cell::Text("  ".into())]);
    firms.rows.push(Vec::new());
    let cached = d.metrics[1].value;
    let bytes = write_grids(&grids, |name, ws| {
        if name == "环节" {
            ws.merge_range(2, 0, run as u32 + 1, 0, &chain_id, &Format::new())
                .unwrap();
        }
        if name == "数据" {
            let f = Formula::new(format!("={cached}*1")).set_result(cached.to_string());
            ws.write_formula(3, value as u16, f).unwrap();
        }
    });
    let report = load_xlsx(&bytes);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.dataset, Some(d));
}

#[test]
fn merged_cells_are_looked_for_only_in_files_that_name_them() {
    let grids = grids_of(&wanzhou());
    assert!(!read::may_have_merged_cells(&write_grids(&grids, |_, _| {})));
    let merged = write_grids(&grids, |name, ws| {
        if name == "企业" {
            ws.merge_range(2, 0, 3, 0, "x", &Format::new()).unwrap();
        }
    });
    assert!(read::may_have_merged_cells(&merged));
    // The name found across the chunks a part is read in, at every cut.
    for at in 65_530..65_546 {
        let mut text = vec![b' '; at];
        text.extend_from_slice(b"<mergeCell ref=\"A1:A2\"/>");
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        zip.start_file("xl/worksheets/Sheet1.XML", zip::write::SimpleFileOptions::default())
            .unwrap();
        std::io::Write::write_all(&mut zip, &text).unwrap();
        let bytes = zip.finish().unwrap().into_inner();
        assert!(read::may_have_merged_cells(&bytes), "cut at {at}");
    }
    assert!(
        read::may_have_merged_cells(b"PK\x03\x04 damaged"),
        "unsure counts as yes"
    );
}

#[test]
fn a_number_formatted_as_a_percentage_reads_as_it_shows() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    let value = column(&mut grids, "数据", "value") as u16;
    let before = column(&mut grids, "数据", "before") as u16;
    let percent: Vec<usize> = (0..d.metrics.len())
        .filter(|&i| d.metrics[i].unit == "percent")
        .collect();
    assert!(percent.len() >= 4 && percent.iter().any(|&i| d.metrics[i].before.is_some()));
    let others: Vec<usize> = (0..d.metrics.len())
        .filter(|&i| d.metrics[i].unit != "percent")
        .take(2)
        .collect();
    // Built-in formats 9 (`0%`) and 10 (`0.00%`), and custom ones (a section for negatives, a
    // space before %).
    let custom = ["0.0%", "#,##0.0%;[Red]-#,##0.0%", "0.0 %"].map(|f| Format::new().set_num_format(f));
    let built_in = [9, 10].map(|i| Format::new().set_num_format_index(i));
    let formats = [built_in.as_slice(), custom.as_slice()].concat();
    let bytes = write_grids(&grids, |name, ws| {
        if name != "数据" {
            return;
        }
        for (k, &i) in percent.iter().enumerate() {
            let (m, row, format) = (&d.metrics[i], i as u32 + 2, &formats[k % formats.len()]);
            ws.write_number_with_format(row, value, hundredth(m.value), format)
                .unwrap();
            if let Some(b) = m.before {
                ws.write_number_with_format(row, before, hundredth(b), format).unwrap();
            }
        }
        // A number format without a percent sign, and a percent sign in quotes: no ×100.
        for (&i, format) in others.iter().zip(["#,##0.00", "0.0\"%\""]) {
            let format = Format::new().set_num_format(format);
            ws.write_number_with_format(i as u32 + 2, value, d.metrics[i].value, &format)
                .unwrap();
        }
    });
    let ids: Vec<u32> = Xlsx::new(std::io::Cursor::new(&bytes))
        .and_then(|mut b: Xlsx<_>| b.worksheet_style("数据"))
        .unwrap()
        .cells()
        .filter_map(|(_, _, s)| s.number_format.as_ref()?.format_id)
        .collect();
    assert!(
        ids.contains(&9) && ids.contains(&10) && ids.iter().any(|&i| i >= 164),
        "{ids:?}"
    );
    let report = load_xlsx(&bytes);
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    assert_eq!(report.dataset, Some(d));
}

#[test]
fn a_renamed_sheet_is_known_by_its_keys_and_a_missing_one_is_named() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    sheet(&mut grids, "企业").name = "Sheet7".into();
    assert_eq!(load_xlsx(&write_grids(&grids, |_, _| {})).dataset, Some(d));
    grids.retain(|g| &*g.name != "概况" && &*g.name != "产业");
    let report = load_xlsx(&write_grids(&grids, |_, _| {}));
    assert!(report.dataset.is_none());
    assert_eq!(report.errors[0].path, "概况");
    assert!(
        report.errors[0].message.zh.contains("缺少工作表“概况”"),
        "{:?}",
        report.errors
    );
    let mut grids = grids_of(&wanzhou());
    grids.retain(|g| &*g.name != "产业");
    let report = load_xlsx(&write_grids(&grids, |_, _| {}));
    assert!(paths(&report).contains(&"产业"), "{:?}", report.errors);
}

#[test]
fn a_date_cell_is_read_as_an_iso_date_with_a_warning() {
    let mut grids = grids_of(&wanzhou());
    let date = column(&mut grids, "节点", "date");
    sheet(&mut grids, "节点").rows[2][date] = Cell::Date(44_774.0);
    let report = load_xlsx(&write_grids(&grids, |_, _| {}));
    assert_eq!(report.dataset.unwrap().milestones[0].date, "2022-08-01");
    assert!(
        report.warnings.iter().any(|w| w.message.zh.contains("2022-08-01")),
        "{:?}",
        report.warnings
    );
}

#[test]
fn other_files_get_a_clear_message_and_never_a_panic() {
    let bytes = workbook(&wanzhou()).unwrap();
    let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0];
    let message = |name: &str, bytes: &[u8]| load_file(name, bytes, None).errors[0].message.zh.clone();
    assert!(message("old.xls", &ole).contains(".xls"));
    assert!(message("cut.xlsx", &bytes[..bytes.len() / 2]).contains("无法读取工作簿"));
    assert!(message("fake.xlsx", b"hello").contains("不是 Excel 工作簿"));
    assert!(message("data.json", b"{").contains("JSON"));
    for n in [0, 4, 30, 100, 1000, 5000] {
        let _ = load_file("x.xlsx", &bytes[..n.min(bytes.len())], None);
    }
    let mut flipped = bytes.clone();
    for i in (200..flipped.len()).step_by(97) {
        flipped[i] ^= 0x5A;
    }
    assert!(load_file("x.xlsx", &flipped, None).dataset.is_none());
}

#[test]
fn a_single_sheet_as_csv_replaces_that_list_only() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    let firms = sheet(&mut grids, "企业");
    firms.rows[2][1] = Cell::Text("新名称，有逗号".into());
    let csv: String = firms
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| format!("\"{}\"", c.text().replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(",")
                + "\r\n"
        })
        .collect();
    let report = load_file("企业.csv", csv.as_bytes(), Some(&d));
    assert!(report.errors.is_empty(), "{:#?}", report.errors);
    let updated = report.dataset.unwrap();
    assert_eq!(updated.enterprises[0].name.zh, "新名称，有逗号");
    assert_eq!(updated.metrics, d.metrics);
    let broken = csv.replacen("ch-", "zz-", 1);
    let report = load_file("enterprises.csv", broken.as_bytes(), Some(&d));
    assert!(
        report.errors[0].path.starts_with("enterprises!F"),
        "{:?}",
        report.errors
    );
    assert!(load_file("x.csv", b"a,b\n1,2", Some(&d)).errors[0]
        .message
        .zh
        .contains("哪张表"));
}

/// The browser tests' workbooks (`tests/corpus/workbook-*.xlsx`): the template's example, the
/// same with three planted mistakes, and with its figure (−12.5, a percent) typed as −12.5% in a
/// cell formatted `0.0%`. `UPDATE_FIXTURES=1 cargo test --lib workbook` writes them.
#[test]
fn the_browser_fixtures_hold_the_example_and_three_mistakes() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/");
    let example: Dataset = serde_json::from_str(TEMPLATE_JSON).unwrap();
    let mut grids = grids_of(&example);
    let chains = column(&mut grids, "企业", "chains");
    sheet(&mut grids, "企业").rows[2][chains] = Cell::Text("ch-alu".into());
    let status = column(&mut grids, "项目", "status");
    sheet(&mut grids, "项目").rows[2][status] = Cell::Text("已经建好".into());
    let value = column(&mut grids, "数据", "value");
    sheet(&mut grids, "数据").rows[2][value] = Cell::Text("约12".into());
    let percent = write_grids(&grids_of(&example), |name, ws| {
        if name == "数据" {
            let format = Format::new().set_num_format("0.0%");
            ws.write_number_with_format(2, value as u16, hundredth(example.metrics[0].value), &format)
                .unwrap();
        }
    });
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        std::fs::write(format!("{corpus}workbook-percent.xlsx"), percent).unwrap();
        std::fs::write(format!("{corpus}workbook-fixed.xlsx"), workbook(&example).unwrap()).unwrap();
        std::fs::write(
            format!("{corpus}workbook-mistakes.xlsx"),
            write_grids(&grids, |_, _| {}),
        )
        .unwrap();
    }
    let fixed = std::fs::read(format!("{corpus}workbook-fixed.xlsx")).unwrap();
    assert_eq!(load_xlsx(&fixed).dataset, Some(example.clone()));
    let broken = load_xlsx(&std::fs::read(format!("{corpus}workbook-mistakes.xlsx")).unwrap());
    assert_eq!(paths(&broken), ["企业!F3", "项目!F3", "数据!G3"]);
    let percent = std::fs::read(format!("{corpus}workbook-percent.xlsx")).unwrap();
    assert_eq!(load_xlsx(&percent).dataset, Some(example));
}

/// Two OLE compound files, made once and kept (no build or test needs Python):
/// - `workbook-encrypted.xlsx`, `workbook-fixed.xlsx` with the opening password 1234, as Excel
///   encrypts it (streams `EncryptionInfo`, `EncryptedPackage`):
///   `pip install msoffcrypto-tool && msoffcrypto-tool -e -p 1234 workbook-fixed.xlsx workbook-encrypted.xlsx`
/// - `workbook-legacy.xls`, an Excel 97–2003 file (stream `Workbook`): `pip install xlwt && python -c
///   "import xlwt; b = xlwt.Workbook(); s = b.add_sheet('企业'); s.write(0, 0, '编号'); s.write(1, 0, 'id'); s.write(2, 0, 'ent-a'); b.save('workbook-legacy.xls')"`
#[test]
fn a_password_protected_workbook_and_a_legacy_xls_are_told_apart() {
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/");
    let message = |file: &str| {
        let report = load_file(file, &std::fs::read(format!("{corpus}{file}")).unwrap(), None);
        assert!(report.dataset.is_none() && report.errors.len() == 1, "{report:#?}");
        report.errors[0].message.clone()
    };
    let locked = message("workbook-encrypted.xlsx");
    assert!(locked.zh.starts_with("工作簿设有打开密码"), "{}", locked.zh);
    assert!(
        locked.en.starts_with("the workbook is password-protected"),
        "{}",
        locked.en
    );
    let legacy = message("workbook-legacy.xls");
    assert!(
        legacy.zh.starts_with("这是旧版 Excel 97–2003 工作簿（.xls）"),
        "{}",
        legacy.zh
    );
    assert!(
        legacy.en.starts_with("this is a legacy Excel 97–2003 workbook (.xls)"),
        "{}",
        legacy.en
    );
    assert!(!legacy.zh.contains("密码") && !legacy.en.contains("password"));
}

#[test]
fn the_overview_as_csv_changes_the_title_and_keeps_the_sections() {
    let d = wanzhou();
    let mut grids = grids_of(&d);
    let overview = sheet(&mut grids, "概况");
    overview.rows[2][1] = Cell::Text("新标题".into());
    let csv: String = overview
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| format!("\"{}\"", c.text().replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(",")
                + "\n"
        })
        .collect();
    let report = load_file("overview.csv", csv.as_bytes(), Some(&d));
    let updated = report.dataset.unwrap_or_else(|| panic!("{:#?}", report.errors));
    assert_eq!(updated.meta.title.zh, "新标题");
    assert_eq!(updated.meta.source.sections, d.meta.source.sections);
}

#[test]
fn several_links_keep_their_own_sources_even_when_the_last_has_none() {
    let mut d = wanzhou();
    let source = crate::model::Provenance {
        section: d.meta.source.sections[0].id.clone(),
        paragraph: 1,
        excerpt: "x".into(),
    };
    let p = d.programmes.iter().position(|p| p.serves.len() > 1).unwrap();
    for link in &mut d.programmes[p].serves {
        link.source = None;
    }
    d.programmes[p].serves[0].source = Some(source);
    let report = load_xlsx(&workbook(&d).unwrap());
    let back = report.dataset.unwrap_or_else(|| panic!("{:#?}", report.errors));
    assert_eq!(back.programmes[p].serves, d.programmes[p].serves);
}
