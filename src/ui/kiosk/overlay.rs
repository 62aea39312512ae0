//! What a kiosk shows over the app: the countdown before a reset, the tour's caption, and a QR code of this view.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::Kiosk;
use crate::charts::qr::QrModules;
use crate::model::Lang;
use crate::ui::state::AppState;
use crate::ui::url::{param, UrlState};

/// Parameters that belong to this screen, not to the view a visitor takes away.
const LOCAL: [&str; 5] = ["mode", "idle", "tour_step", "share_base", "parent_origin"];

/// The link to the current view for a phone: `?share_base=` (the kiosk's own address is local) or this page.
pub fn share_url(state: AppState) -> String {
    let location = window().location();
    let query = location.search().unwrap_or_default();
    let base = param(&query, "share_base").unwrap_or_else(|| {
        format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        )
    });
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !LOCAL.contains(&p.split('=').next().unwrap_or("")))
        .collect();
    let kept = if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    };
    let url = UrlState {
        selected: state.selected.get(),
        lang: state.lang.get(),
        data: None,
        view: state.view.get(),
        ..Default::default()
    };
    format!("{base}{}", url.merge_into(&kept))
}

#[component]
pub fn KioskOverlay() -> impl IntoView {
    let state = AppState::expect();
    let kiosk = expect_context::<Kiosk>();
    let url = Memo::new(move |_| share_url(state));
    // The code is found by the worker; `drawn` holds the link it encodes and its modules.
    let drawn = RwSignal::new((String::new(), None::<QrModules>));
    Effect::new(move |_| {
        let link = url.get();
        spawn_local(async move {
            let code = crate::ui::worker::qr_code(&link).await.ok().flatten();
            // An answer for a link that is no longer current is dropped.
            if url.get_untracked() == link {
                drawn.set((link, code));
            }
        });
    });
    let code = move || {
        drawn.with(|d| {
            d.1.as_ref().map(|q| {
                let size = q.size();
                view! {
                    <svg xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {size} {size}") width="168" height="168" shape-rendering="crispEdges" aria-hidden="true">
                        <rect width=size height=size fill="#fff" />
                        <path d=q.path() fill="#000" />
                    </svg>
                }
            })
        })
    };
    let label = move || {
        if state.lang.get() == Lang::Zh {
            "扫码在手机上继续浏览"
        } else {
            "Scan to continue on your phone"
        }
    };
    view! {
        <Show when=move || kiosk.countdown.get().is_some()>
            <div class="kiosk-countdown" role="status" data-testid="kiosk-countdown">
                {move || {
                    let s = kiosk.countdown.get().unwrap_or_default();
                    match state.lang.get() {
                        Lang::Zh => format!("无人操作，{s} 秒后返回首页；触摸屏幕继续浏览"),
                        Lang::En => format!("No one here? Back to the start in {s} s; touch the screen to stay"),
                    }
                }}
            </div>
        </Show>
        <Show when=move || kiosk.caption.get().is_some()>
            <div class="kiosk-caption" role="status" data-testid="kiosk-caption">{move || kiosk.caption.get()}</div>
        </Show>
        <aside class="kiosk-qr" class:hidden=move || drawn.with(|d| d.1.is_none()) data-testid="kiosk-qr" data-url=move || url.get() aria-label=label>
            <div class="kiosk-qr-code" data-encoded=move || drawn.with(|d| d.0.clone())>{code}</div>
            <p>{label}</p>
        </aside>
    }
}
