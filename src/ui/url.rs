//! The app state as a query string, so every state is a link: `?view=network&sel=ch-aluminium&z=2,-10,0&lang=en`.

use super::display::Display;
use crate::layout::Viewport;
use crate::model::filter::Filters;
use crate::model::Lang;

/// What fills the main area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The radial "5+10" system (home).
    #[default]
    System,
    Network,
    /// One chain's segments, upstream to downstream.
    Chain,
    /// The whole graph as an accessible tree.
    List,
    Dashboard,
}

impl View {
    pub const ALL: [View; 5] = [View::System, View::Network, View::Chain, View::List, View::Dashboard];

    pub fn code(self) -> &'static str {
        match self {
            View::System => "system",
            View::Network => "network",
            View::Chain => "chain",
            View::List => "list",
            View::Dashboard => "dashboard",
        }
    }

    pub fn from_code(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.code() == s)
    }

    /// Views drawn as a pannable, zoomable graph.
    pub fn is_graph(self) -> bool {
        matches!(self, View::System | View::Network | View::Chain)
    }
}

/// The part of the state that lives in the URL.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct UrlState {
    pub selected: Option<String>,
    pub lang: Lang,
    /// `?data=`: another dataset to load; kept in the URL as it was.
    pub data: Option<String>,
    pub view: View,
    /// `?hide=`: industries and link kinds switched off in the legend.
    pub filters: Filters,
    /// `?z=k,x,y`: pan and zoom; absent means "fitted".
    pub viewport: Option<Viewport>,
    /// `?chain=`: the chain the chain view shows.
    pub chain: Option<String>,
    /// `?open=`: the chain a large district's system view unfolds because the visitor zoomed into it.
    pub unfolded: Option<String>,
    /// `?theme=` and `?text=`: the display settings (`None`: the URL does not say).
    pub display: Option<Display>,
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            b => format!("%{b:02X}"),
        })
        .collect()
}

/// The value of one query parameter, decoded.
pub fn param(query: &str, key: &str) -> Option<String> {
    query.trim_start_matches('?').split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(k) == key).then(|| decode(v)).filter(|v| !v.is_empty())
    })
}

impl UrlState {
    /// Reads the state from a query string (with or without its leading `?`); unknown keys are kept out.
    pub fn parse(query: &str) -> UrlState {
        let mut state = UrlState::default();
        let mut display = Vec::new();
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            match (decode(k).as_str(), decode(v)) {
                ("sel", v) if !v.is_empty() => state.selected = Some(v),
                ("lang", v) if v == "en" => state.lang = Lang::En,
                ("data", v) if !v.is_empty() => state.data = Some(v),
                ("view", v) => state.view = View::from_code(&v).unwrap_or_default(),
                ("hide", v) => state.filters = Filters::parse(&v),
                ("z", v) => state.viewport = Viewport::parse(&v),
                ("chain", v) if !v.is_empty() => state.chain = Some(v),
                ("open", v) if !v.is_empty() => state.unfolded = Some(v),
                (k @ ("theme" | "text"), v) => display.push((k.to_string(), v)),
                _ => {}
            }
        }
        state.display = Display::from_pairs(display.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        state
    }

    /// Writes the state into `query`, keeping any other parameters (e.g. `mode`, `data`) as they were.
    pub fn merge_into(&self, query: &str) -> String {
        let mut parts: Vec<String> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .filter(|p| {
                !matches!(
                    p.split('=').next(),
                    Some("sel" | "lang" | "view" | "hide" | "z" | "chain" | "open" | "theme" | "text")
                )
            })
            .map(str::to_string)
            .collect();
        if let Some(sel) = &self.selected {
            parts.push(format!("sel={}", encode(sel)));
        }
        if self.view != View::System {
            parts.push(format!("view={}", self.view.code()));
        }
        if let Some(chain) = self.chain.as_ref().filter(|_| self.view == View::Chain) {
            parts.push(format!("chain={}", encode(chain)));
        }
        if let Some(open) = self.unfolded.as_ref().filter(|_| self.view == View::System) {
            parts.push(format!("open={}", encode(open)));
        }
        if !self.filters.is_empty() {
            parts.push(format!("hide={}", encode(&self.filters.code())));
        }
        if let Some(v) = self.viewport.filter(|v| self.view.is_graph() && !v.is_identity()) {
            parts.push(format!("z={}", encode(&v.code())));
        }
        if self.lang == Lang::En {
            parts.push("lang=en".into());
        }
        parts.extend(self.display.map(Display::pairs).unwrap_or_default());
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_other_parameters() {
        let s = UrlState {
            selected: Some("ch-aluminium".into()),
            lang: Lang::En,
            ..UrlState::default()
        };
        let q = s.merge_into("?mode=kiosk&data=a%2Fb.json&sel=old&lang=zh");
        assert_eq!(q, "?mode=kiosk&data=a%2Fb.json&sel=ch-aluminium&lang=en");
        assert_eq!(
            UrlState::parse(&q),
            UrlState {
                data: Some("a/b.json".into()),
                ..s
            }
        );
        assert_eq!(UrlState::default().merge_into("?sel=x"), "");
    }

    #[test]
    fn decodes_and_survives_garbage() {
        assert_eq!(UrlState::parse("?sel=a%20b").selected.as_deref(), Some("a b"));
        assert_eq!(UrlState::parse("?sel=%E4%B8%87").selected.as_deref(), Some("万"));
        for junk in ["?sel=%", "?sel=%G1", "?=&&=", "?lang", "%%%", "?sel=%E4"] {
            let _ = UrlState::parse(junk);
        }
        assert_eq!(UrlState::parse("?lang=fr").lang, Lang::Zh);
    }

    #[test]
    fn reads_one_parameter() {
        assert_eq!(
            param("?mode=embed&parent_origin=https%3A%2F%2Fgov.example", "parent_origin").as_deref(),
            Some("https://gov.example")
        );
        assert_eq!(param("?mode=", "mode"), None);
        assert_eq!(param("", "mode"), None);
    }

    #[test]
    fn encodes_reserved_characters() {
        let s = UrlState {
            selected: Some("a&b=c".into()),
            lang: Lang::Zh,
            view: View::Dashboard,
            ..UrlState::default()
        };
        assert_eq!(UrlState::parse(&s.merge_into("")), s);
    }

    #[test]
    fn view_filters_zoom_and_chain_round_trip() {
        let s = UrlState {
            selected: Some("ent-jinlong".into()),
            view: View::Chain,
            filters: Filters::parse("ind-materials,~serves"),
            viewport: Some(Viewport {
                k: 2.0,
                x: -10.5,
                y: 3.0,
            }),
            chain: Some("ch-aluminium".into()),
            ..UrlState::default()
        };
        let q = s.merge_into("?mode=embed");
        assert_eq!(
            q,
            "?mode=embed&sel=ent-jinlong&view=chain&chain=ch-aluminium&hide=ind-materials%2C~serves&z=2.000%2C-10.5%2C3.0"
        );
        assert_eq!(UrlState::parse(&q), UrlState { data: None, ..s });
        let shown = UrlState {
            display: Some(Display {
                theme: super::super::display::Theme::Dark,
                large_text: true,
            }),
            ..UrlState::default()
        };
        assert_eq!(shown.merge_into("?theme=contrast&x=1"), "?x=1&theme=dark&text=large");
        assert_eq!(UrlState::parse("?theme=dark&text=large"), shown);
        // Zoom means nothing in the list view; junk values fall back to defaults.
        let list = UrlState {
            view: View::List,
            viewport: Some(Viewport { k: 2.0, x: 0.0, y: 0.0 }),
            ..UrlState::default()
        };
        assert_eq!(list.merge_into(""), "?view=list");
        let junk = UrlState::parse("?view=3d&z=9999,0,0&hide=");
        assert_eq!(
            (junk.view, junk.viewport, junk.filters.is_empty()),
            (View::System, None, true)
        );
    }

    #[test]
    fn a_chain_unfolded_by_zooming_is_kept_in_the_system_view_only() {
        let s = UrlState {
            viewport: Some(Viewport {
                k: 2.5,
                x: -100.0,
                y: 20.0,
            }),
            unfolded: Some("ch 3".into()),
            ..UrlState::default()
        };
        let q = s.merge_into("?open=old");
        assert_eq!(q, "?open=ch%203&z=2.500%2C-100.0%2C20.0");
        assert_eq!(UrlState::parse(&q), s);
        let network = UrlState {
            view: View::Network,
            ..s
        };
        assert_eq!(network.merge_into(""), "?view=network&z=2.500%2C-100.0%2C20.0");
        assert_eq!(UrlState::parse("?open=").unfolded, None);
    }
}
