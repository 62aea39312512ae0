//! Reading a dataset file: syntax, shape and meaning checked in turn, every problem reported.

use std::collections::HashMap;

use serde::de::IgnoredAny;
use serde_json::error::Category;

use super::codec::{binary_forms, decode, encode, Binary, Reader, DATASET_SCHEMA};
use super::search::{Initials, INITIALS_SCHEMA};
use super::types::{Dataset, Text};
use super::validate::{validate, Finding, Severity};

/// The outcome of reading a file: the dataset when it has no errors, and everything found.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub dataset: Option<Dataset>,
    /// The pinyin initials of the dataset's names, for search (empty without a dataset).
    pub initials: Initials,
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

binary_forms! { REPORT_SCHEMA;
    Report { dataset, initials, errors, warnings }
    Finding { severity, path, message }
    Severity [Error, Warning]
}

impl Report {
    /// The binary form in which the checking worker hands a report to the page.
    pub fn to_bytes(&self) -> Vec<u8> {
        encode(self, &[DATASET_SCHEMA, INITIALS_SCHEMA, REPORT_SCHEMA])
    }

    /// A report on a dataset that has been read and checked: the dataset is kept only when there
    /// are no errors, and then its search initials are computed.
    pub fn checked(dataset: Option<Dataset>, errors: Vec<Finding>, warnings: Vec<Finding>) -> Report {
        let dataset = dataset.filter(|_| errors.is_empty());
        let initials = dataset.as_ref().map(Initials::for_dataset).unwrap_or_default();
        Report {
            dataset,
            initials,
            errors,
            warnings,
        }
    }

    /// The report without its dataset, and the dataset's binary form: how a worker answers, so
    /// that the page decodes the dataset once and keeps its bytes for later requests.
    pub fn into_parts(mut self) -> (Report, Option<Vec<u8>>) {
        let dataset = self.dataset.take().map(|d| super::codec::dataset_to_bytes(&d));
        (self, dataset)
    }

    /// A report from its binary form; `None` for damaged bytes or bytes of another build.
    pub fn from_bytes(bytes: &[u8]) -> Option<Report> {
        decode(bytes, &[DATASET_SCHEMA, INITIALS_SCHEMA, REPORT_SCHEMA])
    }
}

fn error(path: impl Into<String>, zh: String, en: String) -> Finding {
    Finding {
        severity: Severity::Error,
        path: path.into(),
        message: Text { zh, en },
    }
}

fn failed(finding: Finding) -> Report {
    Report {
        dataset: None,
        initials: Initials::default(),
        errors: vec![finding],
        warnings: Vec::new(),
    }
}

/// Reads a dataset from the bytes of a file: it must be UTF-8 JSON. Never panics, whatever the input.
pub fn load_bytes(bytes: &[u8]) -> Report {
    match std::str::from_utf8(bytes) {
        Ok(text) => load(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(e) => failed(error(
            "$",
            format!("文件不是 UTF-8 文本（第 {} 字节）", e.valid_up_to()),
            format!("the file is not UTF-8 text (byte {})", e.valid_up_to()),
        )),
    }
}

/// Reads a dataset from the text of a JSON file. Never panics, whatever the input.
///
/// A well-formed dataset (a JSON object: the reader would also take a struct's fields as an
/// array) is read once, straight into its types, which catches duplicate keys too. Only a file
/// that fails is read again, to say why (see [`why_not_a_dataset`]).
pub fn load(text: &str) -> Report {
    let read = text
        .trim_start()
        .starts_with('{')
        .then(|| serde_json::from_str::<Dataset>(text));
    let dataset: Dataset = match read {
        Some(Ok(d)) => d,
        _ => return failed(why_not_a_dataset(text)),
    };
    // Then the meaning: every problem at once.
    let (errors, warnings): (Vec<Finding>, Vec<Finding>) = validate(&dataset)
        .into_iter()
        .partition(|f| f.severity == Severity::Error);
    Report::checked(Some(dataset), errors, warnings)
}

/// Why a text that is not a well-formed dataset fails, in this order: empty, its syntax (with
/// line and column), the wrong kind of JSON (an object with its keys read and every value
/// skipped), or the path of a value of the wrong type or a missing or unknown field (tracking the
/// path takes about twice as long as reading).
fn why_not_a_dataset(text: &str) -> Finding {
    if text.trim().is_empty() {
        return error("$", "文件为空".into(), "the file is empty".into());
    }
    let top = serde_json::from_str::<HashMap<String, IgnoredAny>>(text)
        .map(Some)
        .or_else(|e| match e.classify() {
            // Not an object: still a syntax error first, if it has one.
            Category::Data => serde_json::from_str::<IgnoredAny>(text).map(|_| None),
            _ => Err(e),
        });
    let top = match top {
        Ok(top) => top,
        Err(e) => {
            return error(
                "$",
                format!("第 {} 行第 {} 列：JSON 语法错误（{}）", e.line(), e.column(), e),
                format!("line {}, column {}: invalid JSON ({})", e.line(), e.column(), e),
            )
        }
    };
    if !top.is_some_and(|o| o.contains_key("format") || o.contains_key("industries")) {
        return error(
            "$",
            "这不是 Chain Map 数据集：应为含有 \"format\": \"chain-map/1\" 的 JSON 对象".into(),
            "this is not a Chain Map dataset: expected a JSON object with \"format\": \"chain-map/1\"".into(),
        );
    }
    match serde_path_to_error::deserialize::<_, Dataset>(&mut serde_json::Deserializer::from_str(text)) {
        Err(e) => {
            let path = json_path(e.path());
            let inner = e.into_inner();
            error(
                path,
                format!(
                    "第 {} 行第 {} 列：类型或字段错误（{}）",
                    inner.line(),
                    inner.column(),
                    inner
                ),
                format!(
                    "line {}, column {}: wrong type or field ({})",
                    inner.line(),
                    inner.column(),
                    inner
                ),
            )
        }
        // Not reached: the same text failed as a dataset above.
        Ok(_) => error("$", "无法读取数据集".into(), "the dataset could not be read".into()),
    }
}

/// A value's path as a data editor reads it in the file, `$.metrics[3].unit` (`$` alone for the
/// whole file).
fn json_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::from("$");
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } => {
                out.push('.');
                out.push_str(key);
            }
            Segment::Enum { variant } => {
                out.push('.');
                out.push_str(variant);
            }
            Segment::Unknown => out.push_str(".?"),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::WANZHOU_JSON;

    #[test]
    fn the_built_in_file_loads_clean() {
        let r = load(WANZHOU_JSON);
        assert!(r.errors.is_empty() && r.warnings.is_empty(), "{r:?}");
        assert_eq!(r.dataset.unwrap().chains.len(), 10);
    }

    #[test]
    fn bad_utf8_anywhere_an_array_for_an_object_and_blank_text_are_named() {
        let mut bom = "\u{feff}".as_bytes().to_vec();
        bom.extend_from_slice(WANZHOU_JSON.as_bytes());
        assert!(load_bytes(&bom).errors.is_empty());
        // A bad byte in a name, and in a field the reader skips; the byte counted from the file's
        // start, its byte-order mark included.
        let named = |bytes: &[u8]| load_bytes(bytes).errors[0].message.en.clone();
        let at = WANZHOU_JSON.find("万州").unwrap();
        let mut broken = WANZHOU_JSON.as_bytes().to_vec();
        broken[at] = 0xFF;
        assert_eq!(named(&broken), format!("the file is not UTF-8 text (byte {at})"));
        let mut unknown = WANZHOU_JSON.trim_end().strip_suffix('}').unwrap().as_bytes().to_vec();
        unknown.extend_from_slice(b", \"note\": \"\xFF\"}");
        let at = unknown.len() - 3;
        assert_eq!(named(&unknown), format!("the file is not UTF-8 text (byte {at})"));
        bom.truncate(3);
        bom.extend_from_slice(&unknown);
        assert_eq!(named(&bom), format!("the file is not UTF-8 text (byte {})", at + 3));
        // A dataset's fields in order, as an array, are no dataset.
        let d: serde_json::Value = serde_json::from_str(WANZHOU_JSON).unwrap();
        let fields = "format meta district industries chains enterprises programmes projects honours people \
                      metrics milestones facts";
        let fields: Vec<serde_json::Value> = fields.split_whitespace().map(|k| d[k].clone()).collect();
        let r = load(&serde_json::Value::Array(fields).to_string());
        assert!(r.dataset.is_none());
        assert!(
            r.errors[0].message.en.starts_with("this is not a Chain Map dataset"),
            "{r:?}"
        );
        assert_eq!(load(" \u{3000}\n").errors[0].message.en, "the file is empty");
    }

    #[test]
    fn a_dataset_without_the_newer_fields_loads_with_their_defaults() {
        let mut old: serde_json::Value = serde_json::from_str(WANZHOU_JSON).unwrap();
        old.as_object_mut().unwrap().remove("facts");
        let strip = |list: &mut serde_json::Value, keys: &[&str]| {
            for item in list.as_array_mut().unwrap() {
                for key in keys {
                    item.as_object_mut().unwrap().remove(*key);
                }
            }
        };
        strip(&mut old["metrics"], &["period_basis"]);
        strip(&mut old["programmes"], &["kind", "source"]);
        strip(&mut old["chains"], &["stages_basis"]);
        let r = load(&old.to_string());
        assert!(r.errors.is_empty() && r.warnings.is_empty(), "{r:?}");
        let d = r.dataset.unwrap();
        assert!(d.facts.is_empty() && d.chains.iter().all(|c| c.stages_basis.is_none()));
        assert!(d.metrics.iter().all(|m| m.period_basis == crate::model::Basis::Stated));
        assert!(d
            .programmes
            .iter()
            .all(|p| p.kind == crate::model::ProgrammeKind::Platform));
    }

    #[test]
    fn syntax_errors_have_line_and_column() {
        let r = load("{\n  \"format\": \"chain-map/1\",\n  \"industries\": [\n}");
        assert!(r.errors[0].message.en.starts_with("line 4, column 1"), "{:?}", r.errors);
    }

    #[test]
    fn type_errors_have_their_path() {
        let text = WANZHOU_JSON.replacen("\"value\": 139.18", "\"value\": \"NaN\"", 1);
        let r = load(&text);
        assert_eq!(r.errors[0].path, "$.metrics[1].value");
    }

    #[test]
    fn a_wrong_value_anywhere_is_named_by_its_path() {
        let doc: serde_json::Value = serde_json::from_str(WANZHOU_JSON).unwrap();
        let wrong = [
            ("/metrics/3/unit", serde_json::json!(5), "$.metrics[3].unit"),
            ("/metrics/0/value", serde_json::json!([1]), "$.metrics[0].value"),
            ("/chains/2/industry", serde_json::json!({}), "$.chains[2].industry"),
            (
                "/enterprises/2/chains/0/id",
                serde_json::json!(1),
                "$.enterprises[2].chains[0].id",
            ),
            (
                "/enterprises/3/industry/basis",
                serde_json::json!("guessed"),
                "$.enterprises[3].industry.basis",
            ),
            ("/industries/1/name/zh", serde_json::json!(7), "$.industries[1].name.zh"),
            ("/format", serde_json::json!(1), "$.format"),
            ("/industries", serde_json::json!({"a": 1}), "$.industries"),
        ];
        for (pointer, value, path) in wrong {
            let mut d = doc.clone();
            *d.pointer_mut(pointer).unwrap_or_else(|| panic!("{pointer}")) = value;
            let r = load(&serde_json::to_string_pretty(&d).unwrap());
            assert_eq!(r.errors.len(), 1, "{pointer}: {:?}", r.errors);
            assert_eq!(r.errors[0].path, path);
        }
    }

    #[test]
    fn a_missing_field_or_a_key_given_twice_names_the_object_that_holds_it() {
        let text = r#"{"format": "chain-map/1", "meta": {"title": {"zh": "a", "en": "b"}}}"#;
        let r = load(text);
        assert!(r.errors[0].message.en.contains("missing field"), "{:?}", r.errors);
        assert_eq!(r.errors[0].path, "$.meta");
        let twice = WANZHOU_JSON.replacen(
            "\"format\": \"chain-map/1\",",
            "\"format\": \"chain-map/1\", \"format\": \"x\",",
            1,
        );
        assert_eq!(load(&twice).errors[0].path, "$");
    }

    #[test]
    fn not_a_dataset() {
        for text in ["[1, 2, 3]", "{\"hello\": 1}", "42", "\"chain-map/1\""] {
            assert!(
                load(text).errors[0].message.en.contains("not a Chain Map dataset"),
                "{text}"
            );
        }
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let text = WANZHOU_JSON.replacen(
            "\"format\": \"chain-map/1\",",
            "\"format\": \"chain-map/1\", \"format\": \"chain-map/1\",",
            1,
        );
        assert!(load(&text).errors[0].message.en.contains("duplicate field"));
    }

    #[test]
    fn semantic_errors_come_all_together_and_warnings_apart() {
        let text = WANZHOU_JSON
            .replace("\"unit\": \"percent\"", "\"unit\": \"pct\"")
            .replacen("\"reason\": {", "\"x\": {", 1);
        let r = load(&text);
        assert!(r.dataset.is_none());
        assert!(
            r.errors.len() > 10,
            "every metric with the bad unit is reported: {}",
            r.errors.len()
        );
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].path.ends_with(".reason"));
    }

    #[test]
    fn reports_come_back_unchanged_from_their_binary_form() {
        let broken = include_str!("../../tests/corpus/semantic-errors.json");
        for text in [WANZHOU_JSON, broken, "{", "[]"] {
            let r = load(text);
            assert_eq!(Report::from_bytes(&r.to_bytes()), Some(r));
        }
        assert!(!load(broken).errors.is_empty());
        assert_eq!(Report::from_bytes(b"not a report"), None);
    }

    #[test]
    fn a_report_splits_into_its_findings_and_its_datasets_bytes() {
        let whole = load(WANZHOU_JSON);
        let (report, bytes) = whole.clone().into_parts();
        assert_eq!(report.dataset, None);
        assert_eq!((&report.initials, &report.warnings), (&whole.initials, &whole.warnings));
        let bytes = bytes.expect("a dataset without errors comes with its bytes");
        assert_eq!(super::super::codec::dataset_from_bytes(&bytes), whole.dataset);

        let (failed, bytes) = load("{").into_parts();
        assert!(!failed.errors.is_empty());
        assert_eq!(bytes, None);
    }
}
