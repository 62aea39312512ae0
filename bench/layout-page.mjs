// In the benchmark page: runs Chain Map's force simulation (wasm, in the app's worker, where the
// network view runs it, timed there) and d3-force (in this page) on the same graph.
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

/** The app's worker, started from its loader next to the page; answers once it says "ready". */
async function appWorker() {
  const worker = new Worker('../chain-map-worker_loader.js', { type: 'module' });
  await new Promise((ready) => worker.addEventListener('message', (e) => e.data === 'ready' && ready(), { once: true }));
  let next = 0;
  return (request) => new Promise((answer) => {
    const id = (next += 1);
    const listen = (e) => {
      if (e.data?.id !== id) return;
      worker.removeEventListener('message', listen);
      answer(e.data);
    };
    worker.addEventListener('message', listen);
    worker.postMessage({ id, ...request });
  });
}

window.runLayout = async ({ sizes, iterations }) => {
  const ask = await appWorker();
  const out = [];
  for (const n of sizes) {
    const links = graph(n);
    const answer = await ask({ kind: 'force', n, links: new Uint32Array(links.flat()), iterations });
    const ours = Array.from(new Float64Array(answer.positions.buffer, answer.positions.byteOffset, answer.positions.length / 8));
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
    out.push({ n, links: links.length, ours: answer.ms, d3: t3 - t2, spreadOurs: spread(ours), spreadD3: spread(theirs) });
  }
  return out;
};
