//! The graph surface: the system, network or chain view drawn as SVG under one pan/zoom transform.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use super::draw::Drawing;
use super::gestures::{self, Hooks};
use super::keyboard;
use super::markup;
use super::scene::{Follow, Scene, Settled};
use crate::layout::detail::detail_labels;
use crate::layout::network::{network_at, Network, CLUSTER_ABOVE};
use crate::layout::radial::{chain_to_open, folds};
use crate::layout::zoom_unfold::{after_settle, ZoomUnfold, FRAME_FROM};
use crate::layout::{radial_open, stages, Layout, Lettering, NodePlace, Rect, Viewport};
use crate::model::describe::Description;
use crate::model::graph::{Graph, NodeKind};
use crate::model::{Basis, Lang};
use crate::ui::i18n::{t, Msg};
use crate::ui::state::AppState;
use crate::ui::url::View;
use crate::ui::worker::network_positions;

/// The scene of the graph on screen, for controls outside the drawing (search, zoom buttons).
#[derive(Clone, Copy)]
pub struct SceneSlot(pub StoredValue<Option<Scene>, LocalStorage>);

impl SceneSlot {
    pub fn get() -> Option<Scene> {
        use_context::<SceneSlot>().and_then(|s| s.0.get_value())
    }
}

/// The chain the chain view shows: the one asked for, else the selected node's, else the first with segments.
pub fn chain_in_view(state: AppState) -> Option<usize> {
    let data = state.data();
    let g = &data.graph;
    let is_chain = |i: usize| g.nodes[i].kind == NodeKind::Chain;
    let asked = state
        .chain
        .with(|c| c.as_deref().and_then(|id| g.index_of(id)))
        .filter(|&i| is_chain(i));
    let from_selection = || {
        let i = state.selected.with(|s| s.as_deref().and_then(|id| g.index_of(id)))?;
        let mut at = Some(i);
        while let Some(k) = at {
            if is_chain(k) {
                return Some(k);
            }
            at = g.nodes[k].parent;
        }
        None
    };
    let first = || {
        let with_stages = data.dataset.chains.iter().find(|c| !c.stages.is_empty());
        with_stages
            .or(data.dataset.chains.first())
            .and_then(|c| g.index_of(&c.id))
    };
    asked.or_else(from_selection).or_else(first)
}

/// A resize observer with the callback it calls, kept together until the view goes.
type Watching = (web_sys::ResizeObserver, Closure<dyn FnMut()>);

/// The network simulation's positions, and the dataset (by address) and filters they are for.
#[derive(Clone, PartialEq)]
struct NetworkForces {
    key: (usize, String),
    positions: Arc<Vec<(f64, f64)>>,
}

/// The nodes a focus lights up: the node and everything linked to it.
fn neighbourhood(g: &Graph, i: usize) -> HashSet<usize> {
    let mut keep: HashSet<usize> = g.edges_of(i).map(|(_, o)| o).collect();
    keep.insert(i);
    keep
}

#[component]
pub fn GraphView() -> impl IntoView {
    let state = AppState::expect();
    let container = NodeRef::<leptos::html::Div>::new();
    let size = RwSignal::new((0.0_f64, 0.0_f64));
    let scene = Scene::default();
    if let Some(slot) = use_context::<SceneSlot>() {
        slot.0.set_value(Some(scene.clone()));
        on_cleanup(move || slot.0.set_value(None));
    }
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let r = el.get_bounding_client_rect();
            // The zoom buttons get a strip of their own: below the drawing on phones, beside it elsewhere.
            let (right, below) = if r.width() < 760.0 { (0.0, 52.0) } else { (68.0, 0.0) };
            size.set(((r.width() - right).floor(), (r.height() - below).floor()));
        }
    };
    // Measured again whenever the area changes size: a window resize, and also a banner or a
    // panel above or beside it appearing (a data file's report, a card).
    let observer: StoredValue<Option<Watching>, LocalStorage> = StoredValue::new_local(None);
    let unobserve = move || {
        observer.try_with_value(|o| {
            if let Some((o, _)) = o {
                o.disconnect();
            }
        });
    };
    Effect::new(move |_| {
        let Some(el) = container.get() else { return };
        unobserve();
        measure();
        let resized = Closure::<dyn FnMut()>::new(measure);
        if let Ok(o) = web_sys::ResizeObserver::new(resized.as_ref().unchecked_ref()) {
            o.observe(&el);
            observer.set_value(Some((o, resized)));
        }
    });
    on_cleanup(unobserve);

    // Nodes dropped in the network view, as fractions of the area; kept until the data changes.
    let pins: StoredValue<HashMap<usize, (f64, f64)>, LocalStorage> = StoredValue::new_local(HashMap::new());
    Effect::new(move |_| {
        state.data();
        pins.set_value(HashMap::new());
    });
    let chain = Memo::new(move |_| chain_in_view(state));
    // A large graph's system view unfolds the chain of what is selected (other selections keep
    // the layout, and every drawn node, as it is), else the chain the visitor zoomed into.
    let by_selection = Memo::new(move |_| {
        let data = state.data();
        let g = &data.graph;
        let i = state.selected.with(|s| s.as_deref().and_then(|id| g.index_of(id)))?;
        chain_to_open(g, i)
    });
    let by_zoom = Memo::new(move |_| {
        let data = state.data();
        let g = &data.graph;
        let i = state.unfolded.with(|u| u.as_deref().and_then(|id| g.index_of(id)))?;
        (g.nodes[i].kind == NodeKind::Chain).then_some(i)
    });
    let open = Memo::new(move |_| {
        let data = state.data();
        if !state.filters.with(|f| folds(&data.graph, f)) {
            return None;
        }
        by_selection.get().or(by_zoom.get())
    });
    // The network view's force simulation runs in the worker, for this dataset and these filters;
    // until its positions come the system view's picture stays, then glides into the network.
    let network_key = move || {
        (
            Arc::as_ptr(&state.loaded.get()) as usize,
            state.filters.with(|f| f.code()),
        )
    };
    let forces: RwSignal<Option<NetworkForces>> = RwSignal::new(None);
    let network_pending = Memo::new(move |_| {
        let key = network_key();
        state.view.get() == View::Network && !forces.with(|f| f.as_ref().is_some_and(|f| f.key == key))
    });
    Effect::new(move |_| {
        if !network_pending.get() {
            return;
        }
        let key = untrack(network_key);
        let data = state.loaded.get_untracked();
        leptos::task::spawn_local(async move {
            match network_positions(&data, &key.1).await {
                // Kept only if the data and filters are still the ones it was asked for.
                Ok(p) if untrack(network_key) == key => forces.set(Some(NetworkForces {
                    key,
                    positions: Arc::new(p),
                })),
                Ok(_) => {}
                Err(e) => web_sys::console::error_1(&format!("Chain Map: network layout failed ({e})").into()),
            }
        });
    });
    let layout: Memo<Option<Arc<Layout>>> = Memo::new(move |_| {
        let (w, h) = size.get();
        if w < 50.0 || h < 50.0 {
            return None;
        }
        let view = state.view.get();
        let lang = Lettering::from(state.lang.get()).with_large(state.large_text.get());
        let data = state.data();
        let g = &data.graph;
        let l = state.filters.with(|f| match view {
            View::Network if !network_pending.get() => {
                let pinned: Vec<(usize, f64, f64)> =
                    pins.with_value(|p| p.iter().map(|(&i, &(x, y))| (i, x, y)).collect());
                let (cw, ch) = lang.canvas(w, h);
                let positions = forces.with(|f| f.as_ref().map(|f| f.positions.clone()).unwrap_or_default());
                network_at(g, &Network::of(g, f), &positions, &pinned, cw, ch, lang)
            }
            View::Chain => chain
                .get()
                .map_or_else(Layout::default, |c| stages(&data.dataset, g, c, w, h, lang)),
            _ => radial_open(g, f, open.get(), w, h, lang),
        });
        Some(Arc::new(l))
    });
    // What the scene last wrote into the state's viewport once settled: not a view to glide to,
    // since the scene may have moved on (following a chain as it unfolds) when the state's echo comes.
    let committed: StoredValue<Option<Option<Viewport>>, LocalStorage> = StoredValue::new_local(None);
    {
        // The scene's size follows the area's even when the layout stays the same (a chain view
        // taller than the area, large text); each drawing also sets it before it is made.
        let sized = scene.clone();
        Effect::new(move |_| {
            let (w, h) = size.get();
            sized.set_size(w, h);
        });
        scene.on_commit(
            move |scene,
                  Settled {
                      before,
                      now: v,
                      fitted: f,
                  }| {
                // The fitted view is the one a link without `z=` gives.
                let same_as_fit = (f.k - v.k).abs() < 1e-3 && (f.x - v.x).abs() < 0.5 && (f.y - v.y).abs() < 0.5;
                let settled_at = (!same_as_fit).then_some(v);
                committed.try_set_value(Some(settled_at));
                state.viewport.set(settled_at);
                // A glide that ends after the view is gone finds its memos gone: nothing more to decide.
                let (Some(Some(l)), Some(opened), Some(selection), Some(size)) = (
                    layout.try_get_untracked(),
                    by_zoom.try_get_untracked(),
                    by_selection.try_get_untracked(),
                    size.try_get_untracked(),
                ) else {
                    return;
                };
                if state.view.get_untracked() != View::System {
                    return;
                }
                // A selection's chain takes precedence; moving the view about it lets go of another
                // chain unfolded by zooming.
                if selection.is_some() {
                    if opened.is_some() && opened != selection {
                        state.unfolded.set(None);
                    }
                    return;
                }
                // Zooming into a folded chain unfolds it, and the view frames its members; zooming
                // back out folds it again where it is on screen (fitting the view lets it go).
                match after_settle(&l, opened, before, v, f, size) {
                    ZoomUnfold::Open(c) => {
                        let data = state.loaded.get_untracked();
                        let g = &data.graph;
                        scene.follow(Follow::Frame(
                            std::iter::once(c).chain(g.children(c)).collect(),
                            FRAME_FROM,
                        ));
                        state.unfolded.set(Some(g.nodes[c].id.clone()));
                    }
                    ZoomUnfold::Fold => {
                        if let Some(c) = opened.filter(|_| !same_as_fit && !l.folded.is_empty()) {
                            scene.follow(Follow::InPlace(c));
                        }
                        state.unfolded.set(None);
                    }
                    ZoomUnfold::Keep => {}
                }
            },
        );
        // Zoomed in, the enterprises in view are named where they fit, at their usual size on screen.
        scene.on_details(move |v, places, (w, h)| {
            untrack(|| {
                // A glide that ends after the view is gone finds its layout gone too: no names then.
                let l = layout.try_get().flatten().filter(|_| state.view.get() != View::Chain)?;
                let lettering = Lettering::from(state.lang.get()).with_large(state.large_text.get());
                let (x0, y0) = v.invert(0.0, 0.0);
                let (x1, y1) = v.invert(w, h);
                let seen = Rect { x0, y0, x1, y1 };
                let names = detail_labels(&state.data().graph, &l, places, lettering, v.k, seen);
                Some(markup::details(&names, lettering.lang))
            })
            .unwrap_or_default()
        });
    }
    // Back/forward or a link can bring another viewport: glide there.
    {
        let scene = scene.clone();
        Effect::new(move |_| {
            let wanted = state.viewport.get();
            if committed.try_get_value().flatten() == Some(wanted) {
                return;
            }
            let now = scene.viewport();
            let target = wanted.unwrap_or_else(|| scene.fitted());
            if (target.k - now.k).abs() > 1e-3 || (target.x - now.x).abs() > 0.5 || (target.y - now.y).abs() > 0.5 {
                scene.glide_to(target);
            }
        });
    }

    let selected = Memo::new(move |_| {
        state
            .selected
            .with(|s| s.as_deref().and_then(|id| state.data().graph.index_of(id)))
    });
    let focus = Memo::new(move |_| {
        let i = state.hover.get().or(selected.get())?;
        Some(neighbourhood(&state.data().graph, i))
    });

    let hooks = Hooks {
        tap_node: Box::new(move |i| {
            let id = state.data().graph.nodes.get(i).map(|n| n.id.clone());
            state.select(id);
        }),
        tap_background: Box::new(move || state.select(None)),
        hover: Box::new(move |i| {
            if state.hover.get_untracked() != i {
                state.hover.set(i);
            }
        }),
        can_drag_nodes: Box::new(move || state.view.get_untracked() == View::Network),
        dropped: Box::new(move |i, x, y| {
            let (w, h) = size.get_untracked();
            let large = state.large_text.get_untracked();
            let (w, h) = Lettering::from(state.lang.get_untracked())
                .with_large(large)
                .canvas(w, h);
            pins.update_value(|p| {
                p.insert(i, (x / w.max(1.0), y / h.max(1.0)));
            });
        }),
    };
    {
        // The listeners (and the scene they hold) go when the view goes: dropped explicitly, so
        // nothing of a closed view stays reachable.
        let listeners = StoredValue::new_local(None::<gestures::Listeners>);
        let scene = scene.clone();
        let hooks = std::cell::Cell::new(Some(hooks));
        Effect::new(move |_| {
            if let (Some(el), Some(h)) = (container.get(), hooks.take()) {
                let el: web_sys::HtmlElement = el.unchecked_into();
                listeners.set_value(Some(gestures::attach(el, scene.clone(), h)));
            }
        });
        on_cleanup(move || listeners.set_value(None));
    }

    let stored = StoredValue::new_local(scene.clone());
    let focus_layer = NodeRef::<leptos::svg::Svg>::new();
    {
        let scene = scene.clone();
        Effect::new(move |_| {
            if let (Some(layer), Some(c)) = (focus_layer.get(), container.get()) {
                let c: &web_sys::Element = c.as_ref();
                scene.set_overlay(layer.into(), c.clone());
            }
        });
    }
    let drawing = {
        move || {
            let l = layout.get()?;
            let places = {
                let mut p: Vec<Option<NodePlace>> = l.nodes.clone();
                if state.view.get_untracked() == View::Network {
                    pins.with_value(|pins| {
                        for (&i, &(fx, fy)) in pins {
                            if let Some(Some(place)) = p.get_mut(i) {
                                (place.x, place.y) = (fx * l.width, fy * l.height);
                            }
                        }
                    });
                }
                p
            };
            // The scene takes the size this drawing is made for, before the drawing reads it.
            let scene = stored.get_value();
            let (w, h) = size.get_untracked();
            scene.set_size(w, h);
            // An enterprise chosen inside a folded chain (a link, the list, a card) appears as its
            // chain unfolds: the view goes to it, unless a shared link gave the first view.
            let centre = selected.get_untracked().filter(|&i| {
                !l.folded.is_empty()
                    && places.get(i).is_some_and(Option::is_some)
                    && scene.place(i).is_none()
                    && (scene.has_drawing() || state.viewport.get_untracked().is_none())
            });
            Some(view! { <Drawing layout=l places=places scene=scene selected=selected focus=focus centre=centre /> })
        }
    };

    let on_key = {
        let scene = scene.clone();
        move |e: ev::KeyboardEvent| keyboard::on_key(&e, &scene, state)
    };
    let on_focus_in = move |e: ev::FocusEvent| keyboard::on_focus_in(&e, state);
    let on_focus_out = move |e: ev::FocusEvent| keyboard::on_focus_out(&e, state);
    let zoom = move |f: f64| {
        if let Some(s) = SceneSlot::get() {
            s.zoom_by(f)
        }
    };
    // Under the chain view: that the source gives no segments, or that they are the editors' reading.
    let no_stages = move || {
        let lang = state.lang.get();
        let c = chain.get().filter(|_| state.view.get() == View::Chain)?;
        let data = state.data();
        let x = data.dataset.chains.iter().find(|x| x.id == data.graph.nodes[c].id)?;
        let editors = x.stages_basis.as_ref().filter(|b| b.basis == Basis::Inferred);
        let (id, text) = match editors.and_then(|b| b.reason.as_ref()) {
            _ if x.stages.is_empty() => ("no-stages", t(Msg::NoStages, lang).to_string()),
            Some(r) => {
                let colon = if lang == Lang::Zh { "：" } else { ": " };
                (
                    "stages-basis",
                    format!("{}{colon}{}", t(Msg::EditorsReading, lang), r.get(lang)),
                )
            }
            None => return None,
        };
        Some(view! { <p class="graph-note" data-testid=id>{text}</p> })
    };
    let tooltip = move || {
        let i = state.hover.get()?;
        let data = state.data();
        let n = data.graph.nodes.get(i)?;
        let lang = state.lang.get();
        let p = SceneSlot::get()?.place(i)?;
        let v = SceneSlot::get()?.viewport();
        let (x, y) = v.apply(p.x, p.y);
        let kind = n.kind.label();
        Some(view! {
            <div class="tooltip" aria-hidden="true" data-testid="tooltip" style:left=format!("{x:.0}px") style:top=format!("{:.0}px", y - p.r * v.k - 8.0)>
                <strong>{n.name.get(lang).to_string()}</strong>
                <span>{kind.get(lang).to_string()}</span>
            </div>
        })
    };
    view! {
        <div
            class="graph"
            node_ref=container
            data-testid="graph"
            aria-busy=move || network_pending.get().then_some("true")
            on:keydown=on_key
            on:focusin=on_focus_in
            on:focusout=on_focus_out
        >
            {drawing}
            <div class="veil" aria-hidden="true"></div>
            <svg class="focus-layer" node_ref=focus_layer aria-hidden="true" width=move || size.get().0.to_string() height=move || size.get().1.to_string()></svg>
            {no_stages}
            // A large district's network takes seconds in the worker: said, while the system picture stays.
            {move || {
                let large = state.data().graph.nodes.len() > CLUSTER_ABOVE;
                (large && network_pending.get()).then(|| view! {
                    <p class="graph-note above" role="status" data-testid="network-pending">
                        <span class="spinner" aria-hidden="true"></span>
                        {state.text(Msg::LayingOut)}
                    </p>
                })
            }}
            {tooltip}
            <div class="zoom-buttons" role="group" aria-label=state.text(Msg::ZoomFit)>
                <button type="button" class="zoom-in" data-testid="zoom-in" aria-label=state.text(Msg::ZoomIn) on:click=move |_| zoom(1.5)>"+"</button>
                <button type="button" class="zoom-out" data-testid="zoom-out" aria-label=state.text(Msg::ZoomOut) on:click=move |_| zoom(1.0 / 1.5)>"−"</button>
                <button type="button" class="zoom-fit" data-testid="zoom-fit" aria-label=state.text(Msg::ZoomFit) on:click=move |_| if let Some(s) = SceneSlot::get() { s.fit() }>"⤢"</button>
            </div>
            <p class="key-help" id="graph-key-help">{state.text(Msg::KeyHelp)}</p>
        </div>
    }
}

/// The accessible name of a node: name, kind, what it belongs to and how many it holds.
pub fn aria_label(g: &Graph, i: usize, lang: Lang) -> String {
    Description::of(g, i, lang).spoken()
}
