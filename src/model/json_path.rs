//! The JSON path (`$.metrics[3].unit`) of the value at a line and column of a JSON text.
//!
//! serde_json reports where a type error happened as a line and column; walking the text up to
//! that point names the value in the terms a data editor reads, without tracking paths in every
//! deserializer (which costs the app several kilobytes of code per type).

/// One open container on the way to the position.
enum Frame {
    /// An object, with its latest key (none between a `{` or `,` and the key) and whether that
    /// key's value has begun (its `:` was read): only then is the position inside that value.
    Object(Option<String>, bool),
    /// An array, with the index of the element being read.
    Array(usize),
}

/// The byte offset of a 1-based line and column as serde_json counts them (columns in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// Reads the string whose opening quote is at `at`; returns its text and the offset after it.
fn string_at(bytes: &[u8], at: usize) -> (String, usize) {
    let mut out = Vec::new();
    let mut i = at + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => return (String::from_utf8_lossy(&out).into_owned(), i + 1),
            b'\\' if i + 1 < bytes.len() => {
                out.push(bytes[i + 1]);
                i += 2;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&out).into_owned(), i)
}

/// The path of the innermost value open or just read at `line`:`column` of `text`, e.g.
/// `$.metrics[1].value`; `$` at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset_of(text, line, column);
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end {
        match bytes[i] {
            b'{' => stack.push(Frame::Object(None, false)),
            b'[' => stack.push(Frame::Array(0)),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object(key, _)) => *key = None,
                Some(Frame::Array(n)) => *n += 1,
                None => {}
            },
            b':' => {
                if let Some(Frame::Object(_, in_value)) = stack.last_mut() {
                    *in_value = true;
                }
            }
            b'"' => {
                let (s, next) = string_at(bytes, i);
                if let Some(Frame::Object(key @ None, in_value)) = stack.last_mut() {
                    *key = Some(s);
                    *in_value = false;
                }
                i = next;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::from("$");
    for frame in &stack {
        match frame {
            Frame::Object(Some(key), true) => {
                path.push('.');
                path.push_str(key);
            }
            Frame::Object(..) => {}
            Frame::Array(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::WANZHOU_JSON;
    use crate::model::Dataset;

    /// The path serde_path_to_error gives for the first type error in `text`, in the same notation.
    fn tracked(text: &str) -> String {
        let mut de = serde_json::Deserializer::from_str(text);
        let e = serde_path_to_error::deserialize::<_, Dataset>(&mut de).expect_err("a type error");
        let p = e.path().to_string();
        match p.as_str() {
            "." | "" => "$".into(),
            _ if p.starts_with('[') => format!("${p}"),
            _ => format!("$.{p}"),
        }
    }

    fn found(text: &str) -> String {
        let e = serde_json::from_str::<Dataset>(text).expect_err("a type error");
        path_at(text, e.line(), e.column())
    }

    #[test]
    fn names_the_value_with_a_wrong_type() {
        let text = WANZHOU_JSON.replacen("\"value\": 139.18", "\"value\": \"NaN\"", 1);
        assert_eq!(found(&text), "$.metrics[1].value");
    }

    #[test]
    fn agrees_with_a_path_tracking_deserializer_on_many_mistakes() {
        let mistakes: &[(&str, &str)] = &[
            ("\"value\": 139.18", "\"value\": [1]"),
            ("\"value\": 139.18", "\"value\": null"),
            ("\"unit\": \"percent\"", "\"unit\": 5"),
            ("\"format\": \"chain-map/1\"", "\"format\": 1"),
            ("\"basis\": \"inferred\"", "\"basis\": \"guessed\""),
            ("\"basis\": \"inferred\"", "\"basis\": {}"),
            ("\"zh\": \"", "\"zh\": 7, \"zz\": \""),
            ("\"paragraph\": ", "\"paragraph\": -"),
            ("\"industries\": [", "\"industries\": {\"a\": 1}, \"x\": ["),
            ("\"id\": \"", "\"id\": [\"a\", \"b\"], \"i\": \""),
        ];
        let mut checked = 0;
        for &(from, to) in mistakes {
            for nth in [0, 1, 5] {
                let Some((at, _)) = WANZHOU_JSON.match_indices(from).nth(nth) else {
                    continue;
                };
                let text = format!("{}{}{}", &WANZHOU_JSON[..at], to, &WANZHOU_JSON[at + from.len()..]);
                if serde_json::from_str::<serde_json::Value>(&text).is_err() {
                    continue;
                }
                assert_eq!(found(&text), tracked(&text), "{from} -> {to} (#{nth})");
                checked += 1;
            }
        }
        assert!(checked >= 20, "only {checked} mistakes reached the type check");
    }

    #[test]
    fn a_key_given_twice_names_the_object_that_holds_it() {
        let text = WANZHOU_JSON.replacen(
            "\"format\": \"chain-map/1\",",
            "\"format\": \"chain-map/1\", \"format\": \"x\",",
            1,
        );
        assert_eq!(found(&text), "$");
        assert_eq!(found(&text), tracked(&text));
    }

    #[test]
    fn missing_fields_name_the_object_that_lacks_them() {
        let text = r#"{"format": "chain-map/1", "meta": {"title": {"zh": "a", "en": "b"}}}"#;
        assert_eq!(found(text), tracked(text));
    }

    #[test]
    fn keys_with_escapes_and_the_top_level() {
        assert_eq!(path_at(r#"{"a\"b": [1, {"c": 2"#, 1, 19), "$.a\"b[1].c");
        assert_eq!(path_at("42", 1, 2), "$");
        assert_eq!(path_at("[1,\n 2]", 2, 2), "$[1]");
    }
}
