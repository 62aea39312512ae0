// In the benchmark page: runs Chain Map's force simulation (wasm) and d3-force on the same graph.
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';

/** A connected random graph of `n` nodes with about 2 links per node, the same for a given n. */
function graph(n) {
  let seed = n;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const links = [];
  for (let i = 1; i < n; i += 1) links.push([i, Math.floor(rand() * i)]);
  for (let i = 0; i < n; i += 1) {
    const j = Math.floor(rand() * n);
    if (j !== i) links.push([i, j]);
  }
  return links;
}

const spread = (xs) => {
  let s = 0;
  for (let i = 0; i < xs.length; i += 2) s += Math.hypot(xs[i], xs[i + 1]);
  return s / (xs.length / 2);
};

window.runLayout = async ({ js, wasm, sizes, iterations }) => {
  const glue = await import(`../${js}`);
  await glue.default({ module_or_path: `../${wasm}` });
  const out = [];
  for (const n of sizes) {
    const links = graph(n);
    const flat = new Uint32Array(links.flat());
    const t0 = performance.now();
    const ours = glue.forceLayout(n, flat, iterations);
    const t1 = performance.now();
    const nodes = Array.from({ length: n }, () => ({}));
    const sim = forceSimulation(nodes)
      .force('link', forceLink(links.map(([source, target]) => ({ source, target }))))
      .force('charge', forceManyBody())
      .force('center', forceCenter())
      .stop();
    const t2 = performance.now();
    sim.tick(iterations);
    const t3 = performance.now();
    const theirs = nodes.flatMap((d) => [d.x, d.y]);
    out.push({ n, links: links.length, ours: t1 - t0, d3: t3 - t2, spreadOurs: spread(ours), spreadD3: spread(theirs) });
  }
  return out;
};
