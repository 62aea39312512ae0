//! The drawn graph as the browser holds it: node and line elements, where they are now, and the one
//! pan/zoom transform. Panning, zooming, dragging and gliding write attributes here directly, so
//! they never rebuild a node.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::layout::zoom_unfold::framing;
use crate::layout::{Layout, NodePlace, Rect, Viewport};
use crate::markup::Markup;
use crate::ui::dom::elements;

/// Names for the view reached: given the viewport, where the nodes are drawn and the view's size.
type DetailHook = Rc<dyn Fn(Viewport, &[Option<NodePlace>], (f64, f64)) -> Markup>;

/// The smallest scale a drawing wider than its view is shrunk to, to fit: its 13 px labels stay
/// about 9 px. Below it the drawing stays at full size and is panned.
const MIN_FIT_SCALE: f64 = 0.7;

/// How long a view change or a centring glides, in milliseconds.
const GLIDE_MS: f64 = 450.0;

#[derive(Default)]
struct Inner {
    width: f64,
    height: f64,
    /// Where each node is drawn right now.
    places: Vec<Option<NodePlace>>,
    content: Option<Rect>,
    /// The layout was drawn on a canvas larger than the view (large text on a small screen):
    /// it starts at full size, centred, and is panned, rather than shrunk below legible.
    oversized: bool,
    /// The layout was drawn for large text: it is never shrunk.
    full_size: bool,
    /// Segment boxes (the chain view) read from the top; other drawings from their middle.
    from_top: bool,
    viewport: Viewport,
    root: Option<web_sys::Element>,
    nodes: Vec<Option<web_sys::Element>>,
    lines: Vec<(usize, usize, web_sys::Element)>,
    /// Lines touching each node (indices into `lines`).
    lines_of: Vec<Vec<usize>>,
    /// Bumped by every new glide of the nodes or of the viewport; an older glide then stops.
    node_glide: u64,
    view_glide: u64,
    commit: Option<CommitHook>,
    commit_timer: Option<i32>,
    commit_cb: Option<Closure<dyn FnMut()>>,
    /// A node to centre on once the next layout is drawn.
    pending_centre: Option<usize>,
    /// How the view follows the next drawing's change of the picture.
    follow: Option<Follow>,
    /// The view as it last came to rest (a settle, or a new drawing): where a zoom started from.
    settled: Viewport,
    /// The node the view was last centred on, until anything else moves the view or another
    /// drawing comes: a drawing for a new size (a banner appearing above the map) centres it again.
    centred: Option<usize>,
    /// The size the current drawing was made for.
    drawn_size: (f64, f64),
    /// Which dataset the positions belong to: nodes glide only within one dataset.
    data_key: usize,
    /// The layer above the drawing that holds copies of the focused nodes, and the element whose
    /// `focusing` class shows the veil between the two.
    focus_layer: Option<web_sys::Element>,
    container: Option<web_sys::Element>,
    lit: HashSet<usize>,
    selected: Option<usize>,
    /// The chain view's segment boxes: context, so they stay above the veil too.
    bands: Option<web_sys::Element>,
    /// The group of names set for the zoom reached, and what writes them.
    details: Option<web_sys::Element>,
    detail_hook: Option<DetailHook>,
}

/// Past this many moving nodes a view change jumps instead of gliding (each frame would touch them all).
const MAX_GLIDING: usize = 1500;

impl Drop for Inner {
    /// A pending "view settled" timer must not fire into the callback that goes with this scene.
    fn drop(&mut self) {
        if let Some(id) = self.commit_timer.take() {
            window().clear_timeout_with_handle(id);
            gliding(-1);
        }
    }
}

/// Told the scene and its views once the view settles.
type CommitHook = Rc<dyn Fn(&Scene, Settled)>;

/// The views of a scene that has come to rest.
#[derive(Clone, Copy)]
pub struct Settled {
    /// Where it was last at rest.
    pub before: Viewport,
    pub now: Viewport,
    /// The view that shows the whole picture.
    pub fitted: Viewport,
}

/// How the view follows a change of the picture (a chain folding or unfolding as the visitor zooms).
pub enum Follow {
    /// Node `i` stays where it is on screen as it moves to its new place.
    InPlace(usize),
    /// The view frames these nodes, zoomed no further out than this many times the new picture's
    /// fitted zoom (see [`framing`]).
    Frame(Vec<usize>, f64),
}

/// A handle on the drawn graph; cheap to clone.
#[derive(Clone, Default)]
pub struct Scene(Rc<RefCell<Inner>>);

pub fn reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Calls `step` with the eased progress 0..=1 on each animation frame for `ms`, or once with 1 when
/// motion is reduced; `step` returns false to stop early.
fn glide(ms: f64, step: impl Fn(f64) -> bool + 'static) {
    if reduced_motion() {
        step(1.0);
        return;
    }
    let start = now();
    let step = Rc::new(step);
    gliding(1);
    fn frame(start: f64, ms: f64, step: Rc<dyn Fn(f64) -> bool>) {
        request_animation_frame(move || {
            let t = ((now() - start) / ms).clamp(0.0, 1.0);
            let eased = 1.0 - (1.0 - t).powi(3);
            if step(eased) && t < 1.0 {
                frame(start, ms, step);
            } else {
                gliding(-1);
            }
        });
    }
    frame(start, ms, step);
}

thread_local! {
    static GLIDES: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

/// Counts glides under way, and views not yet settled (their settle timer pending); while there
/// are any, `<html>` carries `data-gliding` (a state that tests and benchmarks wait on, rather than
/// on time): once it goes, the view is still and the URL says where it is.
fn gliding(change: i32) {
    let n = GLIDES.with(|g| {
        g.set(g.get() + change);
        g.get()
    });
    if let Some(root) = document().document_element() {
        let _ = if n > 0 {
            root.set_attribute("data-gliding", "")
        } else {
            root.remove_attribute("data-gliding")
        };
    }
}

fn set_node(el: &web_sys::Element, p: NodePlace) {
    let _ = el.set_attribute("transform", &format!("translate({:.1} {:.1})", p.x, p.y));
}

fn toggle(el: &web_sys::Element, class: &str, on: bool) {
    let _ = el.class_list().toggle_with_force(class, on);
}

/// A copy of a drawn element for the focus layer: looks the same, is not a target of anything.
fn copy_of(el: &web_sys::Element) -> Option<web_sys::Element> {
    let copy: web_sys::Element = el.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    for attr in [
        "data-i",
        "data-id",
        "data-a",
        "data-b",
        "data-testid",
        "role",
        "tabindex",
        "aria-label",
        "aria-pressed",
    ] {
        let _ = copy.remove_attribute(attr);
        for el in elements(&copy, &format!("[{attr}]")) {
            let _ = el.remove_attribute(attr);
        }
    }
    let _ = copy.class_list().remove_1("entering");
    Some(copy)
}

fn set_line(el: &web_sys::Element, a: NodePlace, b: NodePlace) {
    for (name, v) in [("x1", a.x), ("y1", a.y), ("x2", b.x), ("y2", b.y)] {
        let _ = el.set_attribute(name, &format!("{v:.1}"));
    }
}

impl Inner {
    fn draw_node(&self, i: usize) {
        let Some(p) = self.places.get(i).copied().flatten() else {
            return;
        };
        if let Some(el) = self.nodes.get(i).and_then(|e| e.as_ref()) {
            set_node(el, p);
        }
        for &k in self.lines_of.get(i).into_iter().flatten() {
            let (a, b, el) = &self.lines[k];
            if let (Some(pa), Some(pb)) = (self.places[*a], self.places[*b]) {
                set_line(el, pa, pb);
            }
        }
    }

    /// Moves the whole drawing with a CSS transform: while `moving`, the browser keeps it on its
    /// own layer and only recomposites (no repaint of thousands of shapes per frame); once the
    /// view settles the layer goes, so the text is drawn sharp at the new scale.
    fn draw_viewport(&self, moving: bool) {
        let v = self.viewport;
        let transform = format!("translate({:.2}px, {:.2}px) scale({:.4})", v.x, v.y, v.k);
        for el in [&self.root, &self.focus_layer].into_iter().flatten() {
            if let Some(svg) = el.dyn_ref::<web_sys::SvgElement>() {
                let _ = svg.style().set_property("transform", &transform);
                toggle(el, "moving", moving);
            }
        }
        if !moving {
            self.mark_near();
        }
    }

    /// Marks the drawing `near` when zoomed in (its lines clearer): as the view comes to rest (when
    /// it is repainted anyway, sharp at its new scale) and for a new drawing, never mid-gesture, as
    /// it restyles and repaints every line.
    fn mark_near(&self) {
        for el in [&self.root, &self.focus_layer].into_iter().flatten() {
            toggle(el, "near", self.viewport.k >= 2.0);
        }
    }

    /// Redraws the focus layer: copies of the lit nodes and of the lines between them.
    fn draw_focus(&self) {
        let Some(layer) = &self.focus_layer else { return };
        layer.set_inner_html("");
        if let Some(c) = &self.container {
            toggle(c, "focusing", !self.lit.is_empty());
        }
        if self.lit.is_empty() {
            return;
        }
        if let Some(copy) = self.bands.as_ref().and_then(copy_of) {
            let _ = layer.append_child(&copy);
        }
        let mut lit: Vec<usize> = self.lit.iter().copied().collect();
        crate::order::sort(&mut lit);
        for (a, b, el) in &self.lines {
            if self.lit.contains(a) && self.lit.contains(b) {
                if let Some(copy) = copy_of(el) {
                    let _ = layer.append_child(&copy);
                }
            }
        }
        for i in lit {
            if let Some(copy) = self.nodes.get(i).and_then(|e| e.as_ref()).and_then(copy_of) {
                let _ = layer.append_child(&copy);
            }
        }
        for name in self.details.iter().flat_map(|d| elements(d, "[data-i]")) {
            let i = name.get_attribute("data-i").and_then(|v| v.parse().ok());
            if i.is_some_and(|i| self.lit.contains(&i)) {
                if let Some(copy) = copy_of(&name) {
                    let _ = layer.append_child(&copy);
                }
            }
        }
    }

    /// Marks the selected node (class and `aria-pressed`) and the lit ones on the drawing.
    fn mark(&self, i: Option<usize>, class: &str, on: bool) {
        if let Some(el) = i.and_then(|i| self.nodes.get(i)).and_then(|e| e.as_ref()) {
            toggle(el, class, on);
            if class == "selected" {
                let _ = el.set_attribute("aria-pressed", if on { "true" } else { "false" });
            }
        }
    }

    fn fitted(&self) -> Viewport {
        match self.content {
            Some(c) => {
                let pad = 8.0;
                let padded = Rect {
                    x0: c.x0.min(0.0) - pad,
                    y0: c.y0.min(0.0) - pad,
                    x1: c.x1.max(self.width.min(c.x1 + pad)) + pad,
                    y1: c.y1 + pad,
                };
                let fit = Viewport::fit(padded, self.width, self.height);
                // Wider than the view: shrunk to fit while its text stays legible; past that (or
                // with large text) drawn at full size, a chain's segments from their upstream end.
                if self.oversized && fit.k < 1.0 && (self.full_size || fit.k < MIN_FIT_SCALE) {
                    let (cw, ch) = (padded.x1 - padded.x0, padded.y1 - padded.y0);
                    let y = if self.from_top && ch > self.height {
                        -padded.y0
                    } else {
                        (self.height - ch) / 2.0 - padded.y0
                    };
                    let x = if self.from_top && cw > self.width {
                        -padded.x0
                    } else {
                        (self.width - cw) / 2.0 - padded.x0
                    };
                    return Viewport { k: 1.0, x, y };
                }
                // Content taller than the view starts at the top rather than shrunk to a sliver.
                if fit.k < 0.6 {
                    Viewport {
                        k: 0.6,
                        x: fit.x.max(0.0),
                        y: 0.0,
                    }
                } else if self.from_top {
                    // A chain's segments read from the top of the view.
                    Viewport {
                        y: -padded.y0 * fit.k,
                        ..fit
                    }
                } else {
                    fit
                }
            }
            None => Viewport::IDENTITY,
        }
    }
}

impl Scene {
    /// Takes over a freshly rendered drawing: `root` is its `<svg>`. Nodes glide from
    /// where they were drawn before to where `layout` (with `places`, which include dropped nodes) puts them.
    pub fn attach(
        &self,
        root: web_sys::Element,
        layout: &Layout,
        places: Vec<Option<NodePlace>>,
        start: Option<Viewport>,
        data_key: usize,
    ) {
        let count = places.len();
        let mut nodes = vec![None; count];
        let mut lines = Vec::new();
        let mut lines_of = vec![Vec::new(); count];
        let index = |el: &web_sys::Element, attr: &str| {
            el.get_attribute(attr)
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|&i| i < count)
        };
        for el in elements(&root, "[data-i]") {
            if let Some(i) = index(&el, "data-i") {
                nodes[i] = Some(el);
            }
        }
        for el in elements(&root, "line[data-a]") {
            if let (Some(a), Some(b)) = (index(&el, "data-a"), index(&el, "data-b")) {
                lines_of[a].push(lines.len());
                lines_of[b].push(lines.len());
                lines.push((a, b, el));
            }
        }
        let before = {
            let mut s = self.0.borrow_mut();
            s.content = layout.content();
            s.oversized = layout.full_size || layout.width > s.width + 0.5 || layout.height > s.height + 0.5;
            s.full_size = layout.full_size;
            s.from_top = !layout.bands.is_empty();
            let bands = root
                .query_selector(".bands")
                .ok()
                .flatten()
                .filter(|b| b.child_element_count() > 0);
            s.details = root.query_selector(".details").ok().flatten();
            s.root = Some(root);
            s.nodes = nodes;
            s.lines = lines;
            s.lines_of = lines_of;
            s.bands = bands;
            s.node_glide += 1;
            let same_data = std::mem::replace(&mut s.data_key, data_key) == data_key;
            let before = std::mem::replace(&mut s.places, places.clone());
            if same_data {
                before
            } else {
                Vec::new()
            }
        };
        // Start each node where it was, then glide to its new place.
        let moving: Vec<usize> = (0..count)
            .filter(|&i| matches!((before.get(i).copied().flatten(), places[i]), (Some(a), Some(b)) if a != b))
            .collect();
        let moving = if moving.len() > MAX_GLIDING { Vec::new() } else { moving };
        // Nodes new to the picture fade in (when there is a picture before to come from).
        if !before.is_empty() && count <= MAX_GLIDING {
            let s = self.0.borrow();
            for i in (0..count).filter(|&i| places[i].is_some() && before.get(i).copied().flatten().is_none()) {
                if let Some(el) = &s.nodes[i] {
                    let _ = el.class_list().add_1("entering");
                }
            }
        }
        {
            let mut s = self.0.borrow_mut();
            for &i in &moving {
                s.places[i] = before[i];
            }
            for &i in &moving {
                s.draw_node(i);
            }
            let fitted = s.fitted();
            s.viewport = start.unwrap_or(fitted);
            // A glide still under way was for the picture before; this one starts still.
            s.view_glide += 1;
            s.settled = s.viewport;
            s.draw_viewport(false);
            for &i in &s.lit {
                s.mark(Some(i), "lit", true);
            }
            s.mark(s.selected, "selected", true);
            s.draw_focus();
        }
        let (pending, again) = {
            let mut s = self.0.borrow_mut();
            let size = (s.width, s.height);
            let resized = std::mem::replace(&mut s.drawn_size, size) != size;
            (s.pending_centre.take(), s.centred.take().filter(|_| resized))
        };
        // Centred on where the node is going, not where it glides from; a node asked for and not
        // drawn yet waits for a later drawing, one centred before and now hidden is let go.
        if let Some(i) = pending.or(again) {
            match places.get(i).copied().flatten() {
                Some(p) => self.centre_at(i, p),
                None if pending.is_some() => self.centre_on(i),
                None => {}
            }
        }
        // The view follows the change, as the nodes glide (or jump) to their new places.
        let (follow, v, size, fitted) = {
            let mut s = self.0.borrow_mut();
            (s.follow.take(), s.viewport, (s.width, s.height), s.fitted())
        };
        let to = match follow {
            Some(Follow::InPlace(i)) => before
                .get(i)
                .copied()
                .flatten()
                .zip(places.get(i).copied().flatten())
                .map(|(a, b)| v.pan(v.k * (a.x - b.x), v.k * (a.y - b.y))),
            Some(Follow::Frame(nodes, times)) => Some(framing(&places, &nodes, v, fitted.k * times, size)),
            None => None,
        };
        if let Some(to) = to {
            if moving.is_empty() {
                self.set_viewport(to);
            } else {
                self.glide_view(to, GLIDE_MS);
            }
        }
        if moving.is_empty() {
            self.draw_details();
            return;
        }
        let scene = self.clone();
        let generation = self.0.borrow().node_glide;
        glide(GLIDE_MS, move |t| {
            let mut s = scene.0.borrow_mut();
            if s.node_glide != generation {
                return false;
            }
            for &i in &moving {
                if let (Some(a), Some(b)) = (before[i], places[i]) {
                    s.places[i] = Some(NodePlace {
                        x: a.x + (b.x - a.x) * t,
                        y: a.y + (b.y - a.y) * t,
                        r: b.r,
                    });
                }
            }
            for &i in &moving {
                s.draw_node(i);
            }
            drop(s);
            if t >= 1.0 {
                // The lit nodes moved: their copies above the veil follow, names or not.
                if !scene.draw_details() {
                    scene.0.borrow().draw_focus();
                }
            }
            true
        });
    }

    /// Where the focus layer and the veil live (they outlast each drawing).
    pub fn set_overlay(&self, layer: web_sys::Element, container: web_sys::Element) {
        let mut s = self.0.borrow_mut();
        s.focus_layer = Some(layer);
        s.container = Some(container);
        s.draw_viewport(false);
        s.draw_focus();
    }

    /// Lights `lit` (a node and its neighbours) above a veil over the rest, and marks `selected`.
    pub fn highlight(&self, lit: HashSet<usize>, selected: Option<usize>) {
        let mut s = self.0.borrow_mut();
        let old = std::mem::take(&mut s.lit);
        for &i in old.difference(&lit) {
            s.mark(Some(i), "lit", false);
        }
        for &i in lit.difference(&old) {
            s.mark(Some(i), "lit", true);
        }
        if s.selected != selected {
            s.mark(s.selected, "selected", false);
            s.mark(selected, "selected", true);
            s.selected = selected;
        }
        let same = old == lit;
        s.lit = lit;
        if !same {
            s.draw_focus();
        }
    }

    pub fn set_size(&self, width: f64, height: f64) {
        let mut s = self.0.borrow_mut();
        (s.width, s.height) = (width, height);
    }

    pub fn size(&self) -> (f64, f64) {
        let s = self.0.borrow();
        (s.width, s.height)
    }

    /// What writes the names for the zoom reached (see [`crate::layout::detail`]).
    pub fn on_details(&self, f: impl Fn(Viewport, &[Option<NodePlace>], (f64, f64)) -> Markup + 'static) {
        self.0.borrow_mut().detail_hook = Some(Rc::new(f));
    }

    /// Sets the names for the view now on screen; the drawing's own names of enterprises step
    /// aside (`detailed`) while there are any. When they change, the focus layer's copies of lit
    /// names are redrawn; says whether they did.
    fn draw_details(&self) -> bool {
        let s = self.0.borrow();
        let (Some(group), Some(hook)) = (&s.details, &s.detail_hook) else {
            return false;
        };
        let names = hook(s.viewport, &s.places, (s.width, s.height));
        // The focus layer outlasts drawings: its mark follows this one's names too.
        for el in [&s.root, &s.focus_layer].into_iter().flatten() {
            toggle(el, "detailed", !names.is_empty());
        }
        if names.is_empty() && group.child_element_count() == 0 {
            return false;
        }
        group.set_inner_html(names.html());
        s.draw_focus();
        true
    }

    /// Called with the scene and its views once a gesture or glide has settled (to keep the view
    /// in the URL).
    pub fn on_commit(&self, f: impl Fn(&Scene, Settled) + 'static) {
        self.0.borrow_mut().commit = Some(Rc::new(f));
    }

    pub fn viewport(&self) -> Viewport {
        self.0.borrow().viewport
    }

    pub fn fitted(&self) -> Viewport {
        self.0.borrow().fitted()
    }

    /// Moves the view at once (a gesture); the URL follows when the gesture pauses.
    pub fn set_viewport(&self, v: Viewport) {
        {
            let mut s = self.0.borrow_mut();
            s.view_glide += 1;
            (s.centred, s.pending_centre) = (None, None);
            s.viewport = v.clamp(s.width, s.height);
            s.draw_viewport(true);
        }
        self.commit_soon();
    }

    fn commit_soon(&self) {
        let mut s = self.0.borrow_mut();
        match s.commit_timer.take() {
            Some(id) => window().clear_timeout_with_handle(id),
            None => gliding(1),
        }
        // One callback for the scene's lifetime (a cleared one-shot closure would never be freed);
        // it holds the scene weakly, so a scene that is gone is not kept alive by its timer.
        if s.commit_cb.is_none() {
            let weak = Rc::downgrade(&self.0);
            s.commit_cb = Some(Closure::new(move || {
                let Some(inner) = weak.upgrade() else { return };
                let (f, settled) = {
                    let mut s = inner.borrow_mut();
                    s.commit_timer = None;
                    s.draw_viewport(false);
                    let now = s.viewport;
                    let settled = Settled {
                        before: std::mem::replace(&mut s.settled, now),
                        now,
                        fitted: s.fitted(),
                    };
                    (s.commit.clone(), settled)
                };
                let scene = Scene(inner);
                scene.draw_details();
                if let Some(f) = f {
                    f(&scene, settled);
                }
                gliding(-1);
            }));
        }
        let cb = s
            .commit_cb
            .as_ref()
            .map(|c| c.as_ref().unchecked_ref::<js_sys::Function>().clone());
        s.commit_timer = cb.and_then(|cb| {
            window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&cb, 250)
                .ok()
        });
        if s.commit_timer.is_none() {
            gliding(-1);
        }
    }

    /// Glides the view to `to`.
    pub fn glide_to(&self, to: Viewport) {
        self.glide_view(to, GLIDE_MS * 0.7);
    }

    /// How the view is to follow the next drawing.
    pub fn follow(&self, f: Follow) {
        self.0.borrow_mut().follow = Some(f);
    }

    /// Glides the view to `to` in `ms` milliseconds.
    fn glide_view(&self, to: Viewport, ms: f64) {
        let (from, generation) = {
            let mut s = self.0.borrow_mut();
            s.view_glide += 1;
            s.centred = None;
            (s.viewport, s.view_glide)
        };
        let scene = self.clone();
        glide(ms, move |t| {
            let done = {
                let mut s = scene.0.borrow_mut();
                if s.view_glide != generation {
                    return false;
                }
                s.viewport = from.lerp(to, t);
                s.draw_viewport(true);
                t >= 1.0
            };
            if done {
                scene.commit_soon();
            }
            true
        });
    }

    /// Zooms by `factor` about the middle of the view.
    pub fn zoom_by(&self, factor: f64) {
        let (w, h, v) = {
            let s = self.0.borrow();
            (s.width, s.height, s.viewport)
        };
        self.glide_to(v.zoom_at(factor, w / 2.0, h / 2.0).clamp(w, h));
    }

    pub fn fit(&self) {
        let to = self.fitted();
        self.glide_to(to);
    }

    /// Glides node `i` to the middle of the view (zooming in a little if far out); remembered for
    /// the next drawing when the node is not drawn yet.
    pub fn centre_on(&self, i: usize) {
        let drawn = {
            let mut s = self.0.borrow_mut();
            let p = s.places.get(i).copied().flatten();
            let p = p.filter(|_| s.root.is_some() && s.nodes.get(i).is_some_and(|n| n.is_some()));
            if p.is_none() {
                s.pending_centre = Some(i);
            }
            p
        };
        if let Some(p) = drawn {
            self.centre_at(i, p);
        }
    }

    /// Glides the view so that `p`, where node `i` is (or is going), is in the middle.
    fn centre_at(&self, i: usize, p: NodePlace) {
        let to = {
            let s = self.0.borrow();
            s.viewport.centre_on(p.x, p.y, s.width, s.height, 1.2)
        };
        self.glide_to(to);
        self.0.borrow_mut().centred = Some(i);
    }

    /// Keeps node `i` on screen, gliding only if it is outside the view.
    pub fn reveal(&self, i: usize) {
        let outside = {
            let s = self.0.borrow();
            s.places.get(i).copied().flatten().is_some_and(|p| {
                let (x, y) = s.viewport.apply(p.x, p.y);
                x < 24.0 || y < 24.0 || x > s.width - 24.0 || y > s.height - 24.0
            })
        };
        if outside {
            self.centre_on(i);
        }
    }

    /// Whether a layout has been drawn yet.
    pub fn has_drawing(&self) -> bool {
        self.0.borrow().root.is_some()
    }

    /// Where node `i` is drawn, in layout coordinates.
    pub fn place(&self, i: usize) -> Option<NodePlace> {
        self.0.borrow().places.get(i).copied().flatten()
    }

    pub fn places(&self) -> Vec<Option<NodePlace>> {
        self.0.borrow().places.clone()
    }

    /// Nodes joined to `i` by a drawn line.
    pub fn drawn_neighbours(&self, i: usize) -> Vec<usize> {
        let s = self.0.borrow();
        s.lines_of
            .get(i)
            .into_iter()
            .flatten()
            .map(|&k| {
                let (a, b, _) = &s.lines[k];
                if *a == i {
                    *b
                } else {
                    *a
                }
            })
            .collect()
    }

    /// The element of node `i`, if drawn.
    pub fn node_element(&self, i: usize) -> Option<web_sys::Element> {
        self.0.borrow().nodes.get(i).cloned().flatten()
    }

    /// Moves node `i` to layout point (x, y) at once, with its lines (a node being dragged).
    pub fn move_node(&self, i: usize, x: f64, y: f64) {
        let mut s = self.0.borrow_mut();
        s.node_glide += 1;
        if let Some(Some(p)) = s.places.get_mut(i) {
            (p.x, p.y) = (x, y);
            s.draw_node(i);
            // A name set for the zoom would stay behind a dragged node: it goes, until the view next settles.
            let name = s
                .details
                .as_ref()
                .and_then(|d| d.query_selector(&format!("[data-i='{i}']")).ok().flatten());
            if let Some(name) = name {
                name.remove();
            }
            if s.lit.contains(&i) {
                s.draw_focus();
            }
        }
    }
}
