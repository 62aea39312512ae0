//! Cell values as read from a sheet, their addresses (`C7`), and how typed text becomes a number.

/// One cell's value, whichever file it came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Bool(bool),
    /// A date or time as an Excel serial number (days since 1899-12-30).
    Date(f64),
    /// An error value such as `#REF!` (a formula that failed).
    Error(String),
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }

    /// The cell as text: numbers without a trailing `.0`, dates as `YYYY-MM-DD`.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => number_text(*n),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
            Cell::Date(serial) => date_text(*serial),
            Cell::Error(e) => e.clone(),
        }
    }
}

/// A number as the shortest text that reads back as the same number.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A number shown as a percentage, as it shows: 0.267 → `26.7%`. The number's shortest decimal
/// with its point moved two places, so the text is exact (not `26.700000000000003%`) and is not
/// rounded to the decimals the format shows.
pub fn percent_text(n: f64) -> String {
    if !n.is_finite() {
        return format!("{n}");
    }
    // `Display` never writes an exponent: `1e-7` is `0.0000001`.
    let plain = format!("{}", n + 0.0);
    let (sign, digits) = match plain.strip_prefix('-') {
        Some(digits) => ("-", digits),
        None => ("", plain.as_str()),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let fraction = format!("{fraction:0<2}");
    let (moved, rest) = fraction.split_at(2);
    let whole = format!("{whole}{moved}");
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        w => w,
    };
    match rest {
        "" => format!("{sign}{whole}%"),
        _ => format!("{sign}{whole}.{rest}%"),
    }
}

/// Whether a number format shows numbers as percentages (×100): a `%` outside quotes
/// (`"%"`), brackets (`[Red]`) and escapes (`\%`, `_%`, `*%`), which print a `%` (or its width) without scaling.
pub fn is_percent_format(code: &str) -> bool {
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '%' => return true,
            '"' => {
                chars.by_ref().find(|&q| q == '"');
            }
            '[' => {
                chars.by_ref().find(|&q| q == ']');
            }
            '\\' | '_' | '*' => {
                chars.next();
            }
            _ => {}
        }
    }
    false
}

/// The column letters of a 0-based column index: 0 → `A`, 26 → `AA`.
pub fn column_letters(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// A cell's address from 0-based row and column: (6, 2) → `C7`.
pub fn address(row: u32, col: u32) -> String {
    format!("{}{}", column_letters(col), row + 1)
}

/// Why a cell could not be read as a number.
#[derive(Debug, Clone, PartialEq)]
pub enum NotANumber {
    Empty,
    Text(String),
}

/// Reads a figure typed as a number or as text: `26.7%`, `1,234`, `２６．７`, `−3`, ` 12 `.
pub fn parse_number(cell: &Cell) -> Result<f64, NotANumber> {
    match cell {
        Cell::Number(n) if n.is_finite() => Ok(*n),
        Cell::Empty => Err(NotANumber::Empty),
        Cell::Text(t) => {
            let plain: String = t
                .trim()
                .chars()
                .filter_map(|c| match c {
                    '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32),
                    '．' => Some('.'),
                    '－' | '−' | '–' => Some('-'),
                    '＋' => Some('+'),
                    ',' | '，' | ' ' | '\u{a0}' | '\u{3000}' | '_' => None,
                    c => Some(c),
                })
                .collect();
            let plain = plain.strip_suffix(['%', '％']).unwrap_or(&plain);
            let plain = plain.strip_prefix('+').unwrap_or(plain);
            if plain.is_empty() {
                return Err(NotANumber::Empty);
            }
            match plain.parse::<f64>() {
                Ok(n) if n.is_finite() && plain.bytes().all(|b| b.is_ascii_digit() || b"-.eE".contains(&b)) => Ok(n),
                _ => Err(NotANumber::Text(t.trim().to_string())),
            }
        }
        other => Err(NotANumber::Text(other.text())),
    }
}

/// An Excel serial date as `YYYY-MM-DD` (the time of day, if any, is dropped).
pub fn date_text(serial: f64) -> String {
    // Serial 60 is the 29 February 1900 that never was; from 61 on, day 0 is 1899-12-30.
    let days = serial.floor() as i64 + if serial < 61.0 { 1 } else { 0 };
    let (y, m, d) = civil_from_days(days - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Year, month and day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Splits a cell of several ids: `;`, `；`, `,`, `，`, `、` and line breaks all separate.
pub fn split_ids(text: &str) -> Vec<String> {
    text.split([';', '；', ',', '，', '、', '\n', '\r'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_follow_excel() {
        assert_eq!(address(6, 2), "C7");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn numbers_typed_as_text_are_read() {
        let t = |s: &str| parse_number(&Cell::Text(s.into()));
        assert_eq!(t("26.7%"), Ok(26.7));
        assert_eq!(t("1,234"), Ok(1234.0));
        assert_eq!(t("２６．７"), Ok(26.7));
        assert_eq!(t("－10.6％"), Ok(-10.6));
        assert_eq!(t("−3"), Ok(-3.0));
        assert_eq!(t(" +12 "), Ok(12.0));
        assert_eq!(t("1e3"), Ok(1000.0));
        assert_eq!(t("约 12"), Err(NotANumber::Text("约 12".into())));
        assert_eq!(t("NaN"), Err(NotANumber::Text("NaN".into())));
        assert_eq!(t("inf"), Err(NotANumber::Text("inf".into())));
        assert_eq!(t(""), Err(NotANumber::Empty));
        assert_eq!(parse_number(&Cell::Number(0.5)), Ok(0.5));
    }

    #[test]
    fn percentages_read_as_they_show_exactly() {
        assert_eq!(percent_text(0.267), "26.7%");
        assert_eq!(percent_text(-0.106), "-10.6%");
        assert_eq!(percent_text(0.5), "50%");
        assert_eq!(percent_text(1.0), "100%");
        assert_eq!(percent_text(12.345), "1234.5%");
        assert_eq!(percent_text(0.001), "0.1%");
        assert_eq!(percent_text(1e-7), "0.00001%");
        assert_eq!(percent_text(0.0), "0%");
        assert_eq!(percent_text(-0.0), "0%");
        for n in [0.267, 0.153, -0.125, 0.029, 1.399, 0.0001, 7.0] {
            assert_eq!(
                parse_number(&Cell::Text(percent_text(n))),
                Ok(format!("{}e2", n).parse::<f64>().unwrap()),
                "{n}"
            );
        }
    }

    #[test]
    fn percent_formats_are_told_by_an_unquoted_percent_sign() {
        for code in ["0%", "0.00%", "0.0%", "#,##0.0%;[Red]-#,##0.0%", "0.0 %", "[$-804]0.0%"] {
            assert!(is_percent_format(code), "{code}");
        }
        for code in [
            "General",
            "0.00",
            "0.0\"%\"",
            "0.0\\%",
            "0_%",
            "@",
            "yyyy-mm-dd",
            "[Red]0.0",
            "",
        ] {
            assert!(!is_percent_format(code), "{code}");
        }
    }

    #[test]
    fn serial_dates_become_iso_dates() {
        assert_eq!(date_text(44_774.0), "2022-08-01");
        assert_eq!(date_text(44_774.75), "2022-08-01");
        assert_eq!(date_text(1.0), "1900-01-01");
        assert_eq!(date_text(61.0), "1900-03-01");
        assert_eq!(date_text(25_569.0), "1970-01-01");
    }

    #[test]
    fn ids_split_on_every_separator() {
        assert_eq!(split_ids("a; b；c,d，e、f\ng"), ["a", "b", "c", "d", "e", "f", "g"]);
        assert!(split_ids(" ; ").is_empty());
    }

    #[test]
    fn numbers_print_as_typed() {
        assert_eq!(number_text(2021.0), "2021");
        assert_eq!(number_text(139.18), "139.18");
        assert_eq!(Cell::Date(44_774.0).text(), "2022-08-01");
    }
}
