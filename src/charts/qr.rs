//! QR codes as SVG strings, for the kiosk's "continue on your phone" link.

use qrcode::render::svg;
use qrcode::QrCode;

/// The QR code of `text` with its quiet zone, at least 168 px square; empty if the text is too long.
pub fn qr_svg(text: &str) -> String {
    QrCode::new(text.as_bytes())
        .map(|code| {
            code.render::<svg::Color>()
                .min_dimensions(168, 168)
                .quiet_zone(true)
                .build()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_gives_a_square_svg_and_too_much_text_gives_nothing() {
        let svg = qr_svg("https://gov.example/chain-map/?sel=ch-copper");
        assert!(svg.contains("<svg") && svg.contains("<path"), "{svg}");
        assert_eq!(qr_svg(&"x".repeat(8000)), "");
    }
}
