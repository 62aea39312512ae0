//! A force-directed simulation (springs on links, Barnes–Hut repulsion, centring), deterministic.
//!
//! The model and its defaults follow d3-force, so the two can be compared on the same graph:
//! velocity Verlet with decay 0.4, alpha cooling from 1 to 0.001 over 300 ticks, link strength
//! 1 / min(degree), many-body strength −30 with θ = 0.9.

use std::collections::HashMap;
use std::f64::consts::PI;

use crate::math;

/// Knobs of the simulation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ForceParams {
    /// Ticks to run at most (alpha falls from 1 to `alpha_min` over this many).
    pub iterations: usize,
    pub link_distance: f64,
    /// Many-body strength: negative repels.
    pub charge: f64,
    /// Barnes–Hut accuracy: a cell is summed as one body when its size / distance is below this.
    pub theta: f64,
    pub velocity_decay: f64,
    pub alpha_min: f64,
    /// Stop early once no node moves more than this in a tick.
    pub settled: f64,
    /// Pull of every body towards the origin (d3's forceX/forceY strength; 0 = none), so that
    /// unlinked bodies do not drift off.
    pub gravity: f64,
}

impl Default for ForceParams {
    fn default() -> Self {
        ForceParams {
            iterations: 300,
            link_distance: 30.0,
            charge: -30.0,
            theta: 0.9,
            velocity_decay: 0.4,
            alpha_min: 0.001,
            settled: 0.0,
            gravity: 0.0,
        }
    }
}

/// One cell of the quadtree: the summed strength and its centre, and either children or bodies.
#[derive(Clone, Copy)]
struct Cell {
    x: f64,
    y: f64,
    /// Number of bodies (strength is `charge` each).
    mass: f64,
    size: f64,
    /// Index of the first of 4 children in `cells`, or 0 for a leaf.
    kids: u32,
    /// Range of bodies in `order` for a leaf.
    start: u32,
    end: u32,
}

/// A Barnes–Hut quadtree over body positions, rebuilt each tick.
#[derive(Default)]
struct QuadTree {
    cells: Vec<Cell>,
    order: Vec<u32>,
    scratch: Vec<u32>,
}

/// Past this depth coincident bodies share a leaf instead of splitting forever.
const MAX_DEPTH: u32 = 24;

impl QuadTree {
    fn build(&mut self, xs: &[f64], ys: &[f64]) {
        self.cells.clear();
        self.order.clear();
        self.order.extend(0..xs.len() as u32);
        self.scratch.resize(xs.len(), 0);
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (&x, &y) in xs.iter().zip(ys) {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-9) * 1.0001;
        self.cells.push(Cell {
            x: 0.0,
            y: 0.0,
            mass: 0.0,
            size,
            kids: 0,
            start: 0,
            end: xs.len() as u32,
        });
        self.split(0, x0, y0, 0, xs, ys);
    }

    /// Splits cell `c` (bodies `order[start..end]`, square at `x0`, `y0`) and sums its mass.
    fn split(&mut self, c: usize, x0: f64, y0: f64, depth: u32, xs: &[f64], ys: &[f64]) {
        let Cell { size, start, end, .. } = self.cells[c];
        let (s, e) = (start as usize, end as usize);
        if e - s <= 1 || depth >= MAX_DEPTH {
            let (mut sx, mut sy) = (0.0, 0.0);
            for &b in &self.order[s..e] {
                sx += xs[b as usize];
                sy += ys[b as usize];
            }
            let n = (e - s) as f64;
            let cell = &mut self.cells[c];
            cell.mass = n;
            (cell.x, cell.y) = if n > 0.0 { (sx / n, sy / n) } else { (0.0, 0.0) };
            return;
        }
        let half = size / 2.0;
        let (mx, my) = (x0 + half, y0 + half);
        // Counting sort of the bodies into the four quadrants.
        let quadrant = |b: u32| (xs[b as usize] >= mx) as usize | (((ys[b as usize] >= my) as usize) << 1);
        let mut counts = [0usize; 4];
        for &b in &self.order[s..e] {
            counts[quadrant(b)] += 1;
        }
        let mut offsets = [
            s,
            s + counts[0],
            s + counts[0] + counts[1],
            s + counts[0] + counts[1] + counts[2],
        ];
        let bounds = offsets;
        for k in s..e {
            let b = self.order[k];
            let q = quadrant(b);
            self.scratch[offsets[q]] = b;
            offsets[q] += 1;
        }
        self.order[s..e].copy_from_slice(&self.scratch[s..e]);
        let first = self.cells.len();
        self.cells[c].kids = first as u32;
        for (&from, &count) in bounds.iter().zip(&counts) {
            self.cells.push(Cell {
                x: 0.0,
                y: 0.0,
                mass: 0.0,
                size: half,
                kids: 0,
                start: from as u32,
                end: (from + count) as u32,
            });
        }
        let (mut m, mut sx, mut sy) = (0.0, 0.0, 0.0);
        for (q, &count) in counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let (qx, qy) = (x0 + half * (q & 1) as f64, y0 + half * (q >> 1) as f64);
            self.split(first + q, qx, qy, depth + 1, xs, ys);
            let k = self.cells[first + q];
            m += k.mass;
            sx += k.x * k.mass;
            sy += k.y * k.mass;
        }
        let cell = &mut self.cells[c];
        cell.mass = m;
        (cell.x, cell.y) = (sx / m, sy / m);
    }
}

/// A tiny deterministic offset for bodies that sit exactly on each other.
fn jiggle(seed: &mut u64) -> f64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    ((*seed >> 33) as f64 / (1u64 << 31) as f64 - 0.5) * 1e-6
}

/// The `k`-th point of a sunflower spiral (as d3 starts its bodies): evenly spread, at 10 √k from
/// the centre.
fn spiral(k: usize) -> (f64, f64) {
    let r = 10.0 * (0.5 + k as f64).sqrt();
    let a = k as f64 * (PI * (3.0 - 5f64.sqrt()));
    (r * math::cos(a), r * math::sin(a))
}

/// The simulation state: positions and velocities of `n` bodies joined by `links`.
pub struct Simulation {
    pub xs: Vec<f64>,
    pub ys: Vec<f64>,
    vx: Vec<f64>,
    vy: Vec<f64>,
    links: Vec<(usize, usize)>,
    strength: Vec<f64>,
    bias: Vec<f64>,
    /// Bodies held in place (dragged and dropped ones).
    fixed: Vec<bool>,
    /// Where gravity pulls each body: its cluster's place, or none for all towards the origin.
    anchors: Vec<(f64, f64)>,
    alpha: f64,
    alpha_decay: f64,
    params: ForceParams,
    tree: QuadTree,
    seed: u64,
    ticks: usize,
}

impl Simulation {
    /// Bodies start on a phyllotaxis spiral (as d3 does), links with out-of-range ends are dropped.
    pub fn new(n: usize, links: &[(usize, usize)], params: ForceParams) -> Simulation {
        let (xs, ys) = (0..n).map(spiral).unzip();
        let links: Vec<(usize, usize)> = links
            .iter()
            .copied()
            .filter(|&(a, b)| a < n && b < n && a != b)
            .collect();
        let mut degree = vec![0.0_f64; n];
        for &(a, b) in &links {
            degree[a] += 1.0;
            degree[b] += 1.0;
        }
        let strength = links.iter().map(|&(a, b)| 1.0 / degree[a].min(degree[b])).collect();
        let bias = links
            .iter()
            .map(|&(a, b)| degree[a] / (degree[a] + degree[b]))
            .collect();
        let ticks = params.iterations.max(1) as f64;
        Simulation {
            xs,
            ys,
            vx: vec![0.0; n],
            vy: vec![0.0; n],
            links,
            strength,
            bias,
            fixed: vec![false; n],
            anchors: Vec::new(),
            alpha: 1.0,
            alpha_decay: 1.0 - math::pow(params.alpha_min, 1.0 / ticks),
            params,
            tree: QuadTree::default(),
            seed: 0x5EED,
            ticks: 0,
        }
    }

    /// Holds body `i` at (x, y) from now on.
    pub fn fix(&mut self, i: usize, x: f64, y: f64) {
        if i < self.xs.len() {
            (self.xs[i], self.ys[i], self.fixed[i]) = (x, y, true);
        }
    }

    /// Gives each body a place that gravity pulls it towards (instead of the origin), and starts
    /// it there, on a spiral of the bodies of that place (a cluster starts as a compact disc, not
    /// spread over the whole picture, and settles in fewer ticks); links between bodies with
    /// different places are `loose`, that factor as strong.
    pub fn anchor(&mut self, anchors: Vec<(f64, f64)>, loose: f64) {
        if anchors.len() != self.xs.len() {
            return;
        }
        let mut placed: HashMap<(u64, u64), usize> = HashMap::new();
        for (i, &(ax, ay)) in anchors.iter().enumerate() {
            let k = placed.entry((ax.to_bits(), ay.to_bits())).or_default();
            let (x, y) = spiral(*k);
            *k += 1;
            (self.xs[i], self.ys[i]) = (ax + x, ay + y);
        }
        for (k, &(a, b)) in self.links.iter().enumerate() {
            if anchors[a] != anchors[b] {
                self.strength[k] *= loose;
            }
        }
        self.anchors = anchors;
    }

    /// Whether the simulation has cooled down or stopped moving.
    pub fn done(&self) -> bool {
        self.alpha < self.params.alpha_min || self.ticks >= self.params.iterations
    }

    /// One tick; returns the largest distance any body moved.
    pub fn tick(&mut self) -> f64 {
        self.alpha += (0.0 - self.alpha) * self.alpha_decay;
        let alpha = self.alpha;
        self.ticks += 1;
        self.links_force(alpha);
        self.many_body(alpha);
        if self.params.gravity > 0.0 {
            let pull = self.params.gravity * alpha;
            for i in 0..self.xs.len() {
                let (ax, ay) = self.anchors.get(i).copied().unwrap_or_default();
                self.vx[i] -= (self.xs[i] - ax) * pull;
                self.vy[i] -= (self.ys[i] - ay) * pull;
            }
        }
        let keep = 1.0 - self.params.velocity_decay;
        let mut moved: f64 = 0.0;
        for i in 0..self.xs.len() {
            if self.fixed[i] {
                (self.vx[i], self.vy[i]) = (0.0, 0.0);
                continue;
            }
            self.vx[i] *= keep;
            self.vy[i] *= keep;
            self.xs[i] += self.vx[i];
            self.ys[i] += self.vy[i];
            moved = moved.max(self.vx[i].abs() + self.vy[i].abs());
        }
        self.centre();
        moved
    }

    /// Runs ticks until cooled down or settled.
    pub fn run(&mut self) {
        while !self.done() {
            if self.tick() < self.params.settled {
                break;
            }
        }
    }

    fn links_force(&mut self, alpha: f64) {
        for (k, &(s, t)) in self.links.iter().enumerate() {
            let mut x = self.xs[t] + self.vx[t] - self.xs[s] - self.vx[s];
            let mut y = self.ys[t] + self.vy[t] - self.ys[s] - self.vy[s];
            if x == 0.0 {
                x = jiggle(&mut self.seed);
            }
            if y == 0.0 {
                y = jiggle(&mut self.seed);
            }
            let l = (x * x + y * y).sqrt();
            let f = (l - self.params.link_distance) / l * alpha * self.strength[k];
            let (fx, fy) = (x * f, y * f);
            let b = self.bias[k];
            self.vx[t] -= fx * b;
            self.vy[t] -= fy * b;
            self.vx[s] += fx * (1.0 - b);
            self.vy[s] += fy * (1.0 - b);
        }
    }

    fn many_body(&mut self, alpha: f64) {
        if self.xs.len() < 2 {
            return;
        }
        self.tree.build(&self.xs, &self.ys);
        let theta2 = self.params.theta * self.params.theta;
        let strength = self.params.charge * alpha;
        let mut stack: Vec<u32> = Vec::with_capacity(64);
        let cells = &self.tree.cells;
        let order = &self.tree.order;
        for i in 0..self.xs.len() {
            let (xi, yi) = (self.xs[i], self.ys[i]);
            let (mut fx, mut fy) = (0.0, 0.0);
            stack.clear();
            stack.push(0);
            while let Some(c) = stack.pop() {
                let cell = &cells[c as usize];
                if cell.mass == 0.0 {
                    continue;
                }
                let (mut dx, mut dy) = (cell.x - xi, cell.y - yi);
                let mut l = dx * dx + dy * dy;
                if cell.kids != 0 {
                    if cell.size * cell.size / theta2 < l {
                        // Far enough: the whole cell acts as one body at its centre of mass.
                        fx += dx * strength * cell.mass / l;
                        fy += dy * strength * cell.mass / l;
                    } else {
                        stack.extend(cell.kids..cell.kids + 4);
                    }
                    continue;
                }
                for &b in &order[cell.start as usize..cell.end as usize] {
                    let b = b as usize;
                    if b == i {
                        continue;
                    }
                    dx = self.xs[b] - xi;
                    dy = self.ys[b] - yi;
                    if dx == 0.0 {
                        dx = jiggle(&mut self.seed);
                    }
                    if dy == 0.0 {
                        dy = jiggle(&mut self.seed);
                    }
                    l = dx * dx + dy * dy;
                    if l < 1.0 {
                        l = l.sqrt();
                    }
                    fx += dx * strength / l;
                    fy += dy * strength / l;
                }
            }
            self.vx[i] += fx;
            self.vy[i] += fy;
        }
    }

    /// Moves the free bodies so their mean sits at the origin (d3's centre force); anchored
    /// bodies keep to their places instead.
    fn centre(&mut self) {
        let n = self.xs.len() as f64;
        if n == 0.0 || !self.anchors.is_empty() || self.fixed.iter().any(|&f| f) {
            return;
        }
        let mx = self.xs.iter().sum::<f64>() / n;
        let my = self.ys.iter().sum::<f64>() / n;
        for (x, y) in self.xs.iter_mut().zip(self.ys.iter_mut()) {
            *x -= mx;
            *y -= my;
        }
    }

    pub fn ticks(&self) -> usize {
        self.ticks
    }
}

/// Runs a whole simulation and returns the final positions.
pub fn simulate(n: usize, links: &[(usize, usize)], params: ForceParams) -> Vec<(f64, f64)> {
    let mut sim = Simulation::new(n, links, params);
    sim.run();
    sim.xs.into_iter().zip(sim.ys).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ring(n: usize) -> Vec<(usize, usize)> {
        (0..n).map(|i| (i, (i + 1) % n)).collect()
    }

    #[test]
    fn deterministic_and_finite() {
        let a = simulate(200, &ring(200), ForceParams::default());
        let b = simulate(200, &ring(200), ForceParams::default());
        assert_eq!(a, b);
        assert!(a.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
    }

    #[test]
    fn links_pull_towards_their_length_and_bodies_repel() {
        let p = simulate(2, &[(0, 1)], ForceParams::default());
        let d = ((p[0].0 - p[1].0).powi(2) + (p[0].1 - p[1].1).powi(2)).sqrt();
        assert!((20.0..60.0).contains(&d), "two linked bodies end {d} apart");
        // Unlinked bodies drift apart.
        let q = simulate(2, &[], ForceParams::default());
        let e = ((q[0].0 - q[1].0).powi(2) + (q[0].1 - q[1].1).powi(2)).sqrt();
        assert!(e > 20.0, "{e}");
    }

    #[test]
    fn neighbours_end_closer_than_strangers() {
        // Two rings of 30 with no link between them: bodies of one ring sit nearer each other.
        let mut links = ring(30);
        links.extend(ring(30).into_iter().map(|(a, b)| (a + 30, b + 30)));
        let p = simulate(60, &links, ForceParams::default());
        let centre = |r: std::ops::Range<usize>| {
            let n = r.len() as f64;
            let (sx, sy) = r.fold((0.0, 0.0), |(sx, sy), i| (sx + p[i].0, sy + p[i].1));
            (sx / n, sy / n)
        };
        let (a, b) = (centre(0..30), centre(30..60));
        let between = ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt();
        assert!(between > 40.0, "ring centres {between} apart");
    }

    #[test]
    fn barnes_hut_is_close_to_exact_repulsion() {
        let exact = ForceParams {
            theta: 0.0,
            ..ForceParams::default()
        };
        let links = ring(120);
        let (a, b) = (
            simulate(120, &links, ForceParams::default()),
            simulate(120, &links, exact),
        );
        let spread = |p: &[(f64, f64)]| p.iter().map(|(x, y)| (x * x + y * y).sqrt()).sum::<f64>() / p.len() as f64;
        let (sa, sb) = (spread(&a), spread(&b));
        assert!((sa / sb - 1.0).abs() < 0.1, "approximate {sa} vs exact {sb}");
    }

    #[test]
    fn fixed_bodies_stay_and_coincident_bodies_separate() {
        let mut sim = Simulation::new(3, &[(0, 1), (1, 2)], ForceParams::default());
        sim.fix(0, 100.0, -50.0);
        sim.xs[2] = sim.xs[1];
        sim.ys[2] = sim.ys[1];
        sim.run();
        assert_eq!((sim.xs[0], sim.ys[0]), (100.0, -50.0));
        assert!((sim.xs[1] - sim.xs[2]).abs() + (sim.ys[1] - sim.ys[2]).abs() > 1.0);
        assert_eq!(sim.ticks(), 300);
    }

    #[test]
    fn gravity_keeps_unlinked_bodies_near() {
        let spread = |gravity: f64| {
            let p = simulate(
                40,
                &[],
                ForceParams {
                    gravity,
                    ..ForceParams::default()
                },
            );
            p.iter().map(|(x, y)| x.hypot(*y)).fold(0.0, f64::max)
        };
        assert!(spread(0.1) < spread(0.0) * 0.8, "{} vs {}", spread(0.1), spread(0.0));
    }

    #[test]
    fn stops_early_when_settled() {
        let params = ForceParams {
            settled: 0.05,
            ..ForceParams::default()
        };
        let mut sim = Simulation::new(20, &ring(20), params);
        sim.run();
        assert!(sim.ticks() < 300, "{}", sim.ticks());
        assert!(simulate(0, &[], params).is_empty());
        assert_eq!(simulate(1, &[(0, 0), (0, 5)], params).len(), 1);
    }
}
