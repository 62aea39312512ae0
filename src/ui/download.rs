//! Saving files from the browser: text or bytes as a download, and an SVG drawn to a PNG at twice its size.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A blob of one part: a string or a `Uint8Array`.
fn blob(body: &JsValue, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(body);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

fn save_blob(name: &str, blob: &web_sys::Blob) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else {
        return;
    };
    let document = leptos::prelude::document();
    if let Ok(a) = document.create_element("a") {
        let a: web_sys::HtmlAnchorElement = a.unchecked_into();
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The click has started the download; the URL is released once the browser has read it.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ =
        leptos::prelude::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
}

/// Offers `body` as a file called `name`.
pub fn download_text(name: &str, mime: &str, body: &str) {
    if let Some(b) = blob(&JsValue::from_str(body), mime) {
        save_blob(name, &b);
    }
}

/// Offers a file the worker writes (JSON text, or the bytes of a workbook as a `Uint8Array`) once
/// it is ready; a failure is logged with its reason.
pub fn download_written(
    name: String,
    mime: &'static str,
    body: impl std::future::Future<Output = Result<JsValue, String>> + 'static,
) {
    leptos::task::spawn_local(async move {
        match body.await {
            Ok(body) => {
                if let Some(b) = blob(&body, mime) {
                    save_blob(&name, &b);
                }
            }
            Err(e) => web_sys::console::error_1(&format!("Chain Map: could not write {name} ({e})").into()),
        }
    });
}

/// The MIME type of an `.xlsx` workbook.
const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers the current dataset, or the blank template, as an `.xlsx` workbook written in the worker.
pub fn download_workbook(data: Option<std::sync::Arc<crate::ui::state::Loaded>>) {
    let name = if data.is_some() {
        "dataset.xlsx"
    } else {
        "chain-map-template.xlsx"
    };
    download_written(name.into(), XLSX, async move {
        crate::ui::worker::workbook_xlsx(data.as_deref()).await
    });
}

fn attr(svg: &str, name: &str) -> Option<f64> {
    let at = svg.find(&format!(" {name}=\""))? + name.len() + 3;
    crate::model::decimal::parse_decimal(svg[at..].split('"').next()?)
}

/// Draws `svg` onto a canvas at `scale` × its size and offers it as a PNG called `name`.
pub fn download_png(name: &str, svg: &str, scale: f64) {
    let (Some(w), Some(h)) = (attr(svg, "width"), attr(svg, "height")) else {
        return;
    };
    let Some(b) = blob(&JsValue::from_str(svg), "image/svg+xml") else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&b) else {
        return;
    };
    let Ok(img) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let name = name.to_string();
    let source = img.clone();
    let source_url = url.clone();
    let on_load = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&source_url);
        let document = leptos::prelude::document();
        let Ok(canvas) = document.create_element("canvas") else {
            return;
        };
        let canvas: web_sys::HtmlCanvasElement = canvas.unchecked_into();
        canvas.set_width((w * scale).round() as u32);
        canvas.set_height((h * scale).round() as u32);
        let Some(ctx) = canvas.get_context("2d").ok().flatten() else {
            return;
        };
        let ctx: web_sys::CanvasRenderingContext2d = ctx.unchecked_into();
        ctx.set_fill_style_str("#ffffff");
        ctx.fill_rect(0.0, 0.0, w * scale, h * scale);
        let _ = ctx.scale(scale, scale);
        let _ = ctx.draw_image_with_html_image_element(&source, 0.0, 0.0);
        let save = Closure::once_into_js(move |png: JsValue| {
            if let Ok(png) = png.dyn_into::<web_sys::Blob>() {
                save_blob(&name, &png);
            }
        });
        let _ = canvas.to_blob(save.unchecked_ref());
    });
    img.set_onload(Some(on_load.unchecked_ref()));
    img.set_src(&url);
}
