//! The embed message protocol, version 1: what the app tells its host page and what the host may ask.

use crate::ui::url::View;

/// Every message carries this marker and the protocol version.
pub const SOURCE: &str = "chain-map";
pub const VERSION: u64 = 1;

/// A request from the host page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostMessage {
    /// Select a node and bring it into view.
    Focus { id: String },
    /// Switch the view: `map` (or `system`), `network`, `chain`, `list`, `dashboard`.
    View(View),
    /// Switch the language.
    Lang { english: bool },
    /// Clear the selection.
    Clear,
}

/// What the protocol reads of a host's message (a JavaScript object in the page).
pub trait Incoming {
    fn is_object(&self) -> bool;
    /// The named field when it is a number.
    fn number(&self, name: &str) -> Option<f64>;
    /// The named field when it is a string.
    fn text(&self, name: &str) -> Option<String>;
}

/// One field of an outgoing message.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    Text(String),
    Number(f64),
    Null,
}

/// An outgoing message: its fields in order.
pub type Outgoing = Vec<(&'static str, Field)>;

/// Reads a host message; anything unknown or malformed is refused with the reason (logged as a warning).
pub fn parse(data: &impl Incoming) -> Result<HostMessage, String> {
    if !data.is_object() {
        return Err("not an object".into());
    }
    match data.number("v").filter(|v| v.fract() == 0.0 && *v >= 0.0) {
        Some(v) if v == VERSION as f64 => {}
        Some(v) => return Err(format!("unsupported version {v}")),
        None => return Err("missing version \"v\"".into()),
    }
    let field = |name: &str| data.text(name).ok_or_else(|| format!("missing string \"{name}\""));
    match field("type")?.as_str() {
        "focus" => Ok(HostMessage::Focus { id: field("id")? }),
        "view" => match field("view")?.as_str() {
            "map" => Ok(HostMessage::View(View::System)),
            other => View::from_code(other)
                .map(HostMessage::View)
                .ok_or_else(|| format!("unknown view \"{other}\"")),
        },
        "lang" => match field("lang")?.as_str() {
            "zh" => Ok(HostMessage::Lang { english: false }),
            "en" => Ok(HostMessage::Lang { english: true }),
            other => Err(format!("unknown language \"{other}\"")),
        },
        "clear" => Ok(HostMessage::Clear),
        other => Err(format!("unknown type \"{other}\"")),
    }
}

fn message(kind: &str, more: impl IntoIterator<Item = (&'static str, Field)>) -> Outgoing {
    let mut fields = vec![
        ("source", Field::Text(SOURCE.into())),
        ("v", Field::Number(VERSION as f64)),
        ("type", Field::Text(kind.into())),
    ];
    fields.extend(more);
    fields
}

fn text_or_null(v: Option<&str>) -> Field {
    v.map_or(Field::Null, |s| Field::Text(s.into()))
}

/// "The app is ready."
pub fn ready() -> Outgoing {
    message("ready", [])
}

/// "My content is now this tall", in CSS pixels.
pub fn height(px: f64) -> Outgoing {
    message("height", [("height", Field::Number(px.ceil()))])
}

/// "This node was selected" (or nothing, when `id` is `None`).
pub fn selection(id: Option<&str>, kind: Option<&str>, name: Option<&str>) -> Outgoing {
    message(
        "select",
        [
            ("id", text_or_null(id)),
            ("kind", text_or_null(kind)),
            ("name", text_or_null(name)),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};

    /// The page reads JavaScript objects; the tests write them as JSON.
    impl Incoming for Value {
        fn is_object(&self) -> bool {
            self.is_object()
        }
        fn number(&self, name: &str) -> Option<f64> {
            self.get(name)?.as_f64()
        }
        fn text(&self, name: &str) -> Option<String> {
            self.get(name)?.as_str().map(str::to_string)
        }
    }

    fn get<'a>(m: &'a Outgoing, name: &str) -> Option<&'a Field> {
        m.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    #[test]
    fn reads_every_request() {
        assert_eq!(
            parse(&json!({"v": 1, "type": "focus", "id": "ch-copper"})),
            Ok(HostMessage::Focus { id: "ch-copper".into() })
        );
        assert_eq!(
            parse(&json!({"v": 1, "type": "view", "view": "dashboard"})),
            Ok(HostMessage::View(View::Dashboard))
        );
        assert_eq!(
            parse(&json!({"v": 1, "type": "lang", "lang": "en"})),
            Ok(HostMessage::Lang { english: true })
        );
        assert_eq!(parse(&json!({"v": 1, "type": "clear"})), Ok(HostMessage::Clear));
    }

    #[test]
    fn refuses_malformed_and_unknown() {
        for bad in [
            json!("focus"),
            json!({"type": "focus", "id": "x"}),
            json!({"v": 2, "type": "clear"}),
            json!({"v": 1.5, "type": "clear"}),
            json!({"v": "1", "type": "clear"}),
            json!({"v": 1, "type": "explode"}),
            json!({"v": 1, "type": "focus"}),
            json!({"v": 1, "type": "lang", "lang": "fr"}),
            json!({"v": 1, "type": 7}),
        ] {
            assert!(parse(&bad).is_err(), "{bad}");
        }
        assert_eq!(
            parse(&json!({"v": 2, "type": "clear"})),
            Err("unsupported version 2".into())
        );
    }

    #[test]
    fn outgoing_messages_are_marked_and_versioned() {
        let m = selection(Some("ch-copper"), Some("chain"), Some("铜及铜合金材料"));
        assert_eq!(get(&m, "source"), Some(&Field::Text("chain-map".into())));
        assert_eq!(get(&m, "v"), Some(&Field::Number(1.0)));
        assert_eq!(get(&m, "type"), Some(&Field::Text("select".into())));
        assert_eq!(get(&m, "name"), Some(&Field::Text("铜及铜合金材料".into())));
        assert_eq!(get(&height(480.2), "height"), Some(&Field::Number(481.0)));
        assert_eq!(get(&selection(None, None, None), "id"), Some(&Field::Null));
        assert_eq!(get(&ready(), "type"), Some(&Field::Text("ready".into())));
    }
}
