//! A panic hook that reports the panic on the page as well as in the console, never a blank page.

use super::i18n::{t, Msg};
use crate::model::Lang;

/// Installs the hook; call once at start-up.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
}

/// Puts a readable alert at the top of the page; text only, so a message cannot inject markup.
fn show(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = doc.body() else { return };
    let Ok(alert) = doc.create_element("div") else {
        return;
    };
    alert.set_class_name("panic");
    let _ = alert.set_attribute("role", "alert");
    alert.set_text_content(Some(&format!(
        "{} / {} — {} {} ({message})",
        t(Msg::ErrorTitle, Lang::Zh),
        t(Msg::ErrorTitle, Lang::En),
        t(Msg::ErrorReload, Lang::Zh),
        t(Msg::ErrorReload, Lang::En),
    )));
    let _ = body.prepend_with_node_1(&alert);
}
