//! Text measurement shared by the graph's label layout and the charts: one deterministic width
//! estimate and a line breaker built on it.
//!
//! Why an estimate and not the browser's measurement: the same input must give the same layout
//! natively (tests, a build-time prerender) and in the browser, and measuring in the page means a
//! forced layout per text. CJK glyphs are one em wide in every CJK font, so Chinese text measures
//! exactly; Latin widths are generous averages of common sans-serif fonts.

/// Estimated width of a text in CSS pixels at a font size of `font` pixels: CJK glyphs are one
/// em, emoji a little more, Latin ones narrower.
pub fn text_width(text: &str, font: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * font
}

fn char_em(c: char) -> f64 {
    match c {
        // Colour emoji are drawn wider than a square em by most emoji fonts.
        c if c as u32 >= 0x1F000 => 1.25,
        c if c as u32 >= 0x2E80 => 1.0,
        ' ' => 0.3,
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | '(' | ')' | '\'' => 0.36,
        'm' | 'w' | 'M' | 'W' => 0.9,
        c if c.is_ascii_uppercase() || c.is_ascii_digit() => 0.66,
        _ => 0.56,
    }
}

/// Whether `c` only modifies the character before it (so no line may break before it).
fn joins_previous(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F      // combining accents
        | 0x200D             // zero-width joiner
        | 0xFE00..=0xFE0F    // variation selectors
        | 0x1F3FB..=0x1F3FF  // skin tones
        | 0xE0020..=0xE007F) // emoji tags
}

/// Whether a text may break after `c` whatever follows: CJK characters and emoji stand alone.
fn breaks_anywhere(c: char) -> bool {
    c as u32 >= 0x2E80
}

/// Punctuation that Chinese typesetting never puts at the start of a line.
fn no_line_start(c: char) -> bool {
    "，。、；：？！）》」』】〕”’%,.;:?!)]".contains(c)
}

/// Punctuation that never ends a line: it opens what follows.
fn no_line_end(c: char) -> bool {
    "（《「『【〔“‘([".contains(c)
}

/// The units a line may break between: a word of Latin (or other spaced) script, a run of
/// spaces, or one CJK character or emoji with whatever joins it, the opening punctuation before
/// it and the closing punctuation after it.
fn units(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for pair in chars.windows(2) {
        let [(_, c), (at, n)] = [pair[0], pair[1]];
        let joined = joins_previous(n) || c == '\u{200D}' || no_line_start(n) || no_line_end(c);
        if !joined && ((c == ' ') != (n == ' ') || breaks_anywhere(c) || breaks_anywhere(n)) {
            out.push(&text[start..at]);
            start = at;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Breaks `text` into lines no wider than `max_width` at a font size of `font`: between words,
/// between CJK characters (never before closing punctuation), and inside a word only when the word
/// alone is too wide. Past `max_lines` the last line ends with "…"; the caller shows the whole
/// text elsewhere (the chart's table).
pub fn break_lines(text: &str, font: f64, max_width: f64, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let fits = |s: &str| text_width(s.trim_end(), font) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for unit in units(text.trim()) {
        if lines.len() > max_lines {
            break;
        }
        if line.is_empty() && unit.trim().is_empty() {
            continue;
        }
        let joined = format!("{line}{unit}");
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(line.trim_end().to_string());
            line = String::new();
        }
        if fits(unit) {
            line = unit.to_string();
            continue;
        }
        // A unit wider than a whole line (one long word) is cut at characters.
        for c in unit.chars() {
            let mut grown = line.clone();
            grown.push(c);
            if fits(&grown) || line.is_empty() || joins_previous(c) || line.ends_with('\u{200D}') {
                line = grown;
            } else {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = &mut lines[max_lines - 1];
        while !last.is_empty() && text_width(&format!("{last}…"), font) > max_width {
            last.pop();
        }
        last.push('…');
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_one_em_and_latin_narrower() {
        assert_eq!(text_width("万州区", 10.0), 30.0);
        assert!(text_width("Wanzhou", 10.0) < 50.0);
        assert_eq!(text_width("🎉", 10.0), 12.5);
    }

    #[test]
    fn short_text_stays_on_one_line() {
        assert_eq!(break_lines("生产效率", 13.0, 200.0, 3), ["生产效率"]);
        assert!(break_lines("", 13.0, 200.0, 3).is_empty());
    }

    #[test]
    fn chinese_breaks_between_characters_within_the_width() {
        let text = "重庆市万州区绿色智能制造中心服务的铝精深加工产业链企业数字化改造项目";
        let lines = break_lines(text, 13.0, 130.0, 10);
        assert!(lines.len() >= 3, "{lines:?}");
        assert_eq!(lines.concat(), text, "nothing lost or added");
        for l in &lines {
            assert!(text_width(l, 13.0) <= 130.0, "{l}");
        }
    }

    #[test]
    fn closing_punctuation_never_starts_a_line_nor_opening_ends_one() {
        // Ten characters fit a line; the eleventh is a full stop.
        let text = "一二三四五六七八九十。后面";
        let lines = break_lines(text, 10.0, 100.0, 5);
        assert_eq!(lines.concat(), text);
        assert!(lines.iter().all(|l| !l.starts_with('。')), "{lines:?}");
        let text = "一二三四五六七八九（十）";
        let lines = break_lines(text, 10.0, 100.0, 5);
        assert_eq!(lines.concat(), text);
        assert!(lines.iter().all(|l| !l.ends_with('（')), "{lines:?}");
    }

    #[test]
    fn latin_breaks_between_words_and_cuts_only_overlong_words() {
        let lines = break_lines("Digital transformation of aluminium processing", 13.0, 120.0, 10);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), "Digital transformation of aluminium processing");
        let long = "x".repeat(100);
        let cut = break_lines(&long, 13.0, 120.0, 10);
        assert_eq!(cut.concat(), long);
        assert!(cut.iter().all(|l| text_width(l, 13.0) <= 120.0));
    }

    #[test]
    fn emoji_sequences_stay_whole() {
        let family = "👨\u{200D}👩\u{200D}👧";
        let text = format!("{family}{family}{family}");
        for l in break_lines(&text, 10.0, 40.0, 10) {
            assert!(!l.ends_with('\u{200D}') && !l.starts_with('\u{200D}'), "{l:?}");
        }
    }

    #[test]
    fn too_many_lines_end_with_an_ellipsis_within_the_width() {
        let text = "名".repeat(10_000);
        let lines = break_lines(&text, 13.0, 200.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| text_width(l, 13.0) <= 200.0));
    }
}
