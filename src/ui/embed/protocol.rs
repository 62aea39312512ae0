//! The embed message protocol, version 1: what the app tells its host page and what the host may ask.

use serde_json::{json, Value};

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

/// Reads a host message; anything unknown or malformed is refused with the reason (logged as a warning).
pub fn parse(data: &Value) -> Result<HostMessage, String> {
    let obj = data.as_object().ok_or("not an object")?;
    match obj.get("v").and_then(Value::as_u64) {
        Some(VERSION) => {}
        Some(v) => return Err(format!("unsupported version {v}")),
        None => return Err("missing version \"v\"".into()),
    }
    let field = |name: &str| {
        obj.get(name)
            .and_then(Value::as_str)
            .ok_or_else(|| format!("missing string \"{name}\""))
    };
    match field("type")? {
        "focus" => Ok(HostMessage::Focus {
            id: field("id")?.to_string(),
        }),
        "view" => match field("view")? {
            "map" => Ok(HostMessage::View(View::System)),
            other => View::from_code(other)
                .map(HostMessage::View)
                .ok_or_else(|| format!("unknown view \"{other}\"")),
        },
        "lang" => match field("lang")? {
            "zh" => Ok(HostMessage::Lang { english: false }),
            "en" => Ok(HostMessage::Lang { english: true }),
            other => Err(format!("unknown language \"{other}\"")),
        },
        "clear" => Ok(HostMessage::Clear),
        other => Err(format!("unknown type \"{other}\"")),
    }
}

/// "The app is ready."
pub fn ready() -> Value {
    json!({ "source": SOURCE, "v": VERSION, "type": "ready" })
}

/// "My content is now this tall", in CSS pixels.
pub fn height(px: f64) -> Value {
    json!({ "source": SOURCE, "v": VERSION, "type": "height", "height": px.ceil() })
}

/// "This node was selected" (or nothing, when `id` is `None`).
pub fn selection(id: Option<&str>, kind: Option<&str>, name: Option<&str>) -> Value {
    json!({ "source": SOURCE, "v": VERSION, "type": "select", "id": id, "kind": kind, "name": name })
}

#[cfg(test)]
mod tests {
    use super::*;

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
            json!({"v": 1, "type": "explode"}),
            json!({"v": 1, "type": "focus"}),
            json!({"v": 1, "type": "lang", "lang": "fr"}),
            json!({"v": 1, "type": 7}),
        ] {
            assert!(parse(&bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn outgoing_messages_are_marked_and_versioned() {
        let m = selection(Some("ch-copper"), Some("chain"), Some("铜及铜合金材料"));
        assert_eq!(m["source"], "chain-map");
        assert_eq!(m["v"], 1);
        assert_eq!(m["type"], "select");
        assert_eq!(height(480.2)["height"], 481.0);
        assert_eq!(selection(None, None, None)["id"], Value::Null);
    }
}
