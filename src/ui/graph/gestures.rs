//! Mouse, pen and touch on the graph: tap to select, drag to pan, wheel and pinch to zoom,
//! double-tap to zoom in, drag a node (network view), hover to focus.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::scene::Scene;
use crate::math;
use crate::ui::dom::{closest_at, indexed_at};

/// What the gestures ask of the app.
pub struct Hooks {
    pub tap_node: Box<dyn Fn(usize)>,
    pub tap_background: Box<dyn Fn()>,
    pub hover: Box<dyn Fn(Option<usize>)>,
    /// Whether nodes can be dragged (network view).
    pub can_drag_nodes: Box<dyn Fn() -> bool>,
    /// A dragged node was dropped at this layout point.
    pub dropped: Box<dyn Fn(usize, f64, f64)>,
}

/// Movement past which a press becomes a drag, in CSS pixels.
const SLOP: f64 = 4.0;

#[derive(Clone, Copy)]
struct Pointer {
    id: i32,
    x: f64,
    y: f64,
}

#[derive(Default)]
struct Press {
    pointers: Vec<Pointer>,
    start: (f64, f64),
    moved: bool,
    /// The node pressed, when a single pointer went down on one.
    node: Option<usize>,
    /// Time and place of the last tap, to see a double tap.
    last_tap: Option<(f64, f64, f64)>,
}

/// The node under an event's target, if any.
fn node_at(target: Option<web_sys::EventTarget>) -> Option<usize> {
    indexed_at(target, "[data-i]").map(|(i, _)| i)
}

type Handler = Closure<dyn FnMut(web_sys::Event)>;

/// Event listeners on one element, removed when dropped.
pub struct Listeners {
    el: web_sys::EventTarget,
    list: Vec<(&'static str, Handler)>,
}

impl Drop for Listeners {
    fn drop(&mut self) {
        for (name, f) in &self.list {
            let _ = self
                .el
                .remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
    }
}

impl Listeners {
    fn add(&mut self, name: &'static str, f: impl FnMut(web_sys::Event) + 'static) {
        let f = Closure::<dyn FnMut(web_sys::Event)>::new(f);
        let opts = web_sys::AddEventListenerOptions::new();
        opts.set_passive(false);
        let _ = self.el.add_event_listener_with_callback_and_add_event_listener_options(
            name,
            f.as_ref().unchecked_ref(),
            &opts,
        );
        self.list.push((name, f));
    }
}

/// Wires the gestures onto `el`, the element around the drawing.
pub fn attach(el: web_sys::HtmlElement, scene: Scene, hooks: Hooks) -> Listeners {
    let hooks = Rc::new(hooks);
    let press = Rc::new(RefCell::new(Press::default()));
    let mut l = Listeners {
        el: el.clone().into(),
        list: Vec::new(),
    };
    let local = {
        let el = el.clone();
        move |e: &web_sys::MouseEvent| {
            let r = el.get_bounding_client_rect();
            (e.client_x() as f64 - r.left(), e.client_y() as f64 - r.top())
        }
    };

    {
        let (scene, local) = (scene.clone(), local.clone());
        l.add("wheel", move |e| {
            let Some(w) = e.dyn_ref::<web_sys::WheelEvent>() else {
                return;
            };
            e.prevent_default();
            let (x, y) = local(w);
            // Lines for a mouse wheel, pixels for a trackpad; ctrl+wheel is a trackpad pinch.
            let per = match (w.delta_mode(), w.ctrl_key()) {
                (1, _) => 0.05,
                (_, true) => 0.01,
                _ => 0.002,
            };
            let factor = math::exp((-w.delta_y() * per).clamp(-1.0, 1.0));
            scene.set_viewport(scene.viewport().zoom_at(factor, x, y));
        });
    }
    {
        let (press, local, el) = (press.clone(), local.clone(), el.clone());
        l.add("pointerdown", move |e| {
            let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            // The zoom buttons over the map are pressed, not the map under them.
            if p.button() > 0 || closest_at(e.target(), "button").is_some() {
                return;
            }
            let (x, y) = local(p);
            let mut s = press.borrow_mut();
            s.pointers.retain(|q| q.id != p.pointer_id());
            s.pointers.push(Pointer {
                id: p.pointer_id(),
                x,
                y,
            });
            if s.pointers.len() == 1 {
                s.start = (x, y);
                s.moved = false;
                s.node = node_at(e.target());
            } else {
                // A second finger: a pinch, never a tap.
                s.moved = true;
                s.node = None;
                let _ = el.set_pointer_capture(p.pointer_id());
            }
        });
    }
    {
        let (press, local, scene, hooks, el) = (press.clone(), local.clone(), scene.clone(), hooks.clone(), el.clone());
        l.add("pointermove", move |e| {
            let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            let mut s = press.borrow_mut();
            let Some(k) = s.pointers.iter().position(|q| q.id == p.pointer_id()) else {
                return;
            };
            let (x, y) = local(p);
            let before = s.pointers.clone();
            s.pointers[k].x = x;
            s.pointers[k].y = y;
            if !s.moved && math::hypot(x - s.start.0, y - s.start.1) < SLOP {
                return;
            }
            if !s.moved {
                s.moved = true;
                let _ = el.set_pointer_capture(p.pointer_id());
            }
            e.prevent_default();
            let v = scene.viewport();
            match s.pointers.len() {
                1 => match s.node.filter(|_| (hooks.can_drag_nodes)()) {
                    Some(i) => {
                        let (lx, ly) = v.invert(x, y);
                        scene.move_node(i, lx, ly);
                    }
                    None => scene.set_viewport(v.pan(x - before[k].x, y - before[k].y)),
                },
                2 => {
                    let (a0, b0) = (before[0], before[1]);
                    let (a1, b1) = (s.pointers[0], s.pointers[1]);
                    let d0 = math::hypot(a0.x - b0.x, a0.y - b0.y).max(1.0);
                    let d1 = math::hypot(a1.x - b1.x, a1.y - b1.y).max(1.0);
                    let (m0x, m0y) = ((a0.x + b0.x) / 2.0, (a0.y + b0.y) / 2.0);
                    let (m1x, m1y) = ((a1.x + b1.x) / 2.0, (a1.y + b1.y) / 2.0);
                    scene.set_viewport(v.zoom_at(d1 / d0, m0x, m0y).pan(m1x - m0x, m1y - m0y));
                }
                _ => {}
            }
        });
    }
    let end = {
        let (press, local, scene, hooks) = (press.clone(), local.clone(), scene.clone(), hooks.clone());
        move |e: web_sys::Event, cancelled: bool| {
            let Some(p) = e.dyn_ref::<web_sys::PointerEvent>() else {
                return;
            };
            let mut s = press.borrow_mut();
            let Some(k) = s.pointers.iter().position(|q| q.id == p.pointer_id()) else {
                return;
            };
            s.pointers.remove(k);
            if !s.pointers.is_empty() {
                return;
            }
            let (x, y) = local(p);
            if s.moved {
                if let Some(i) = s.node.filter(|_| (hooks.can_drag_nodes)()) {
                    let (lx, ly) = scene.viewport().invert(x, y);
                    (hooks.dropped)(i, lx, ly);
                }
                return;
            }
            if cancelled {
                return;
            }
            let t = e.time_stamp();
            let double = s
                .last_tap
                .is_some_and(|(t0, x0, y0)| t - t0 < 320.0 && math::hypot(x - x0, y - y0) < 30.0);
            s.last_tap = (!double).then_some((t, x, y));
            let node = s.node;
            drop(s);
            match node {
                Some(i) => (hooks.tap_node)(i),
                None if !double => (hooks.tap_background)(),
                None => {}
            }
            if double {
                let v = scene.viewport();
                let factor = if p.shift_key() { 0.5 } else { 2.0 };
                let (w, h) = scene.size();
                scene.glide_to(v.zoom_at(factor, x, y).clamp(w, h));
            }
        }
    };
    {
        let end = end.clone();
        l.add("pointerup", move |e| end(e, false));
    }
    l.add("pointercancel", move |e| end(e, true));
    {
        let (press, hooks) = (press.clone(), hooks.clone());
        l.add("pointerover", move |e| {
            if press.borrow().moved && !press.borrow().pointers.is_empty() {
                return;
            }
            (hooks.hover)(node_at(e.target()));
        });
    }
    {
        let hooks = hooks.clone();
        l.add("pointerleave", move |_| (hooks.hover)(None));
    }
    l
}
