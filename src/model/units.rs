//! The units a metric may carry, with how each is written in Chinese and English.

use super::types::Lang;

/// One known unit: its code in the data file and its display forms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub code: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

impl Unit {
    pub fn label(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    /// Percent values are bounded (a share lies in 0–100, a fall cannot exceed 100).
    pub fn is_percent(&self) -> bool {
        self.code == "percent"
    }
}

/// Every unit a dataset may use.
pub const UNITS: &[Unit] = &[
    Unit {
        code: "percent",
        zh: "%",
        en: "%",
    },
    Unit {
        code: "percentage_points",
        zh: "个百分点",
        en: "pp",
    },
    Unit {
        code: "seconds",
        zh: "秒",
        en: "s",
    },
    Unit {
        code: "minutes",
        zh: "分钟",
        en: "min",
    },
    Unit {
        code: "per_hour",
        zh: "/小时",
        en: "/h",
    },
    Unit {
        code: "enterprises",
        zh: "家",
        en: "enterprises",
    },
    Unit {
        code: "households",
        zh: "户",
        en: "enterprises",
    },
    Unit {
        code: "items",
        zh: "个",
        en: "",
    },
    Unit {
        code: "tasks",
        zh: "项",
        en: "items",
    },
    Unit {
        code: "machines",
        zh: "台",
        en: "units",
    },
    Unit {
        code: "lines",
        zh: "条",
        en: "lines",
    },
    Unit {
        code: "chains",
        zh: "条",
        en: "chains",
    },
    Unit {
        code: "square_metres",
        zh: "平方米",
        en: "m²",
    },
    Unit {
        code: "kilometres",
        zh: "公里",
        en: "km",
    },
    Unit {
        code: "tonnes",
        zh: "吨",
        en: "t",
    },
    Unit {
        code: "tonnes_sce",
        zh: "吨标煤",
        en: "t of standard coal",
    },
    Unit {
        code: "ten_thousand_tonnes",
        zh: "万吨",
        en: "×10⁴ t",
    },
    Unit {
        code: "yuan_per_tonne",
        zh: "元/吨",
        en: "yuan/t",
    },
    Unit {
        code: "ten_thousand_yuan",
        zh: "万元",
        en: "×10⁴ yuan",
    },
    Unit {
        code: "hundred_million_yuan",
        zh: "亿元",
        en: "×10⁸ yuan",
    },
    Unit {
        code: "ten_thousand_bricks",
        zh: "万标砖",
        en: "×10⁴ standard bricks",
    },
    Unit {
        code: "times",
        zh: "倍",
        en: "×",
    },
];

/// Looks a unit up by its code.
pub fn unit(code: &str) -> Option<&'static Unit> {
    UNITS.iter().find(|u| u.code == code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_found() {
        for (i, u) in UNITS.iter().enumerate() {
            assert_eq!(unit(u.code), Some(u));
            assert!(UNITS[i + 1..].iter().all(|v| v.code != u.code), "{}", u.code);
        }
        assert!(unit("furlongs").is_none());
    }
}
