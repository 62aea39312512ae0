//! QR codes for the kiosk's "continue on your phone" link: the `qrcode` crate finds the modules
//! (in the worker), the page draws them as one SVG path.

use qrcode::{Color, QrCode};

/// Modules of white border around a code, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;

/// A QR code's modules, row by row: `width` × `width`, `true` where dark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrModules {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl QrModules {
    /// The code of `text`; `None` if the text is too long for any QR code.
    pub fn of(text: &str) -> Option<QrModules> {
        let code = QrCode::new(text.as_bytes()).ok()?;
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark).collect();
        Some(QrModules {
            width: code.width(),
            dark,
        })
    }

    /// One byte per module (1 dark, 0 light), for the page: the width is the square root.
    pub fn to_bytes(&self) -> Vec<u8> {
        self.dark.iter().map(|&d| u8::from(d)).collect()
    }

    /// The modules from [`QrModules::to_bytes`]; `None` unless they make a square.
    pub fn from_bytes(bytes: &[u8]) -> Option<QrModules> {
        let width = (1..=177).find(|w| w * w >= bytes.len())?;
        (width * width == bytes.len() && width >= 21).then(|| QrModules {
            width,
            dark: bytes.iter().map(|&b| b != 0).collect(),
        })
    }

    /// The side of the drawing in modules, quiet zone included.
    pub fn size(&self) -> usize {
        self.width + 2 * QUIET_ZONE
    }

    /// SVG path data of the dark modules: one rectangle per run of dark modules in a row.
    pub fn path(&self) -> String {
        let mut d = String::new();
        for (y, row) in self.dark.chunks(self.width.max(1)).enumerate() {
            let mut x = 0;
            while x < row.len() {
                if !row[x] {
                    x += 1;
                    continue;
                }
                let run = row[x..].iter().take_while(|&&dark| dark).count();
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE));
                x += run;
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_a_square_code_that_survives_the_trip_to_the_page() {
        let q = QrModules::of("https://gov.example/chain-map/?sel=ch-copper").unwrap();
        assert!(q.width >= 21 && q.dark.len() == q.width * q.width);
        assert_eq!(QrModules::from_bytes(&q.to_bytes()), Some(q.clone()));
        // The finder pattern's top-left corner is dark, and the path starts there.
        assert!(q.dark[0]);
        assert!(q.path().starts_with("M4 4h7v1h-7z"), "{}", &q.path()[..40]);
        let drawn: usize = q
            .path()
            .split('h')
            .skip(1)
            .step_by(2)
            .map(|run| run.split('v').next().unwrap().parse::<usize>().unwrap())
            .sum();
        assert_eq!(
            drawn,
            q.dark.iter().filter(|&&d| d).count(),
            "every dark module is drawn once"
        );
    }

    #[test]
    fn too_much_text_or_broken_bytes_give_nothing() {
        assert_eq!(QrModules::of(&"x".repeat(8000)), None);
        assert_eq!(QrModules::from_bytes(&[1; 10]), None);
        assert_eq!(QrModules::from_bytes(&[]), None);
    }
}
