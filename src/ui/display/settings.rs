//! The display settings (colour theme and text size) and how they are written in a URL and in storage.

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Light or dark as the device prefers (`prefers-color-scheme`).
    #[default]
    Auto,
    Light,
    Dark,
    /// Black on white, text contrast at least 7:1.
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 4] = [Theme::Auto, Theme::Light, Theme::Dark, Theme::Contrast];

    pub fn code(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    pub fn from_code(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == s)
    }
}

/// How the page is shown: `?theme=dark&text=large`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Display {
    pub theme: Theme,
    /// Large-text mode: every text at least 18 px, every control at least 48 px.
    pub large_text: bool,
}

impl Display {
    /// Reads `theme` and `text` from query-string pairs; `None` when neither is given.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Option<Display> {
        let mut found = None::<Display>;
        for (k, v) in pairs {
            match k {
                "theme" => found.get_or_insert_with(Display::default).theme = Theme::from_code(v).unwrap_or_default(),
                "text" => found.get_or_insert_with(Display::default).large_text = v == "large",
                _ => {}
            }
        }
        found
    }

    /// The query-string pairs, without the defaults: `["theme=dark", "text=large"]`.
    pub fn pairs(self) -> Vec<String> {
        let mut out = Vec::new();
        if self.theme != Theme::Auto {
            out.push(format!("theme={}", self.theme.code()));
        }
        if self.large_text {
            out.push("text=large".into());
        }
        out
    }

    /// How it is kept in local storage: the same pairs, `&`-joined (empty for the defaults).
    pub fn stored(self) -> String {
        self.pairs().join("&")
    }

    pub fn from_stored(s: &str) -> Display {
        Display::from_pairs(s.split('&').filter_map(|p| p.split_once('='))).unwrap_or_default()
    }

    /// The classes on `<html>` that switch the style sheets over.
    pub fn classes(self) -> [(&'static str, bool); 4] {
        [
            ("theme-light", self.theme == Theme::Light),
            ("theme-dark", self.theme == Theme::Dark),
            ("theme-contrast", self.theme == Theme::Contrast),
            ("text-large", self.large_text),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_pairs_and_storage() {
        let d = Display {
            theme: Theme::Contrast,
            large_text: true,
        };
        assert_eq!(d.pairs(), ["theme=contrast", "text=large"]);
        assert_eq!(Display::from_stored(&d.stored()), d);
        assert_eq!(Display::default().stored(), "");
        assert_eq!(Display::from_stored(""), Display::default());
    }

    #[test]
    fn absent_is_not_default_and_junk_is_default() {
        assert_eq!(Display::from_pairs([("sel", "x")]), None);
        assert_eq!(
            Display::from_pairs([("theme", "neon")]),
            Some(Display::default()),
            "an unknown theme falls back to following the device"
        );
        assert_eq!(
            Display::from_pairs([("text", "large")]).map(|d| (d.theme, d.large_text)),
            Some((Theme::Auto, true))
        );
        let on: Vec<_> = Display {
            theme: Theme::Dark,
            large_text: false,
        }
        .classes()
        .into_iter()
        .filter(|c| c.1)
        .map(|c| c.0)
        .collect();
        assert_eq!(on, ["theme-dark"]);
    }
}
