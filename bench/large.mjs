// Large districts in the system view, at 400, 5,000 and 20,000 enterprises (CPU ×1): the time from
// opening a link with `?data=` to the folded picture on screen, the elements drawn, and pan/zoom
// frame times (p95 of requestAnimationFrame intervals) folded and with one chain unfolded; then the
// network view (clustered by chain): the time from its tab to its picture, elements and frame times.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { backgroundNearMiddle } from '../tests/e2e/map-points.mjs';
import { ROOT, SMOKE, frameIntervals, median, ms, quantile, start, watch } from './lib.mjs';

const SIZES = SMOKE ? [5000] : [400, 5000, 20000];
const RUNS = SMOKE ? 1 : 3;
const SECONDS = SMOKE ? 0.5 : 2;
mkdirSync(`${ROOT}target/bench`, { recursive: true });
for (const n of SIZES) {
  const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'synth', '--', String(n)], { cwd: ROOT, maxBuffer: 64 << 20 });
  writeFileSync(`${ROOT}target/bench/large-${n}.json`, json);
}

const { server, browser, stop } = await start();

/** rAF intervals while the pointer drags (pans) from near the middle of the graph, then the wheel zooms where the drag left it. */
async function frames(page) {
  const [cx, cy] = await backgroundNearMiddle(page);
  return frameIntervals(page, async () => {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    for (let until = Date.now() + SECONDS * 500, k = 0; Date.now() < until; k += 1) {
      await page.mouse.move(cx + 120 * Math.sin(k / 10), cy + 80 * Math.cos(k / 13));
    }
    await page.mouse.up();
    for (let until = Date.now() + SECONDS * 500, k = 0; Date.now() < until; k += 1) {
      await page.mouse.wheel(0, k % 30 < 15 ? -40 : 40);
    }
  });
}

console.log('large districts, system view, 1280×800, CPU ×1:');
for (const n of SIZES) {
  const loads = [];
  let folded;
  let open;
  let network;
  for (let r = 0; r < RUNS; r += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(`${server.url}?data=generated/large-${n}.json`);
    // Navigation start to the first frame that shows the folded picture.
    loads.push(await page.evaluate(() => new Promise((done) => {
      const look = () => (document.querySelector('.graph-svg .node.folded') ? requestAnimationFrame(() => done(performance.now())) : requestAnimationFrame(look));
      look();
    })));
    if (r === 0) {
      const elements = await page.locator('.graph-svg *').count();
      folded = { elements, frames: await frames(page) };
      await page.goto(`${server.url}?data=generated/large-${n}.json&sel=ch-1`);
      // The built-in data shows until the file is in; then the chain's members.
      await page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
      await page.waitForFunction(() => document.querySelectorAll('.graph-svg .node.enterprise').length > 0);
      const members = await page.locator('.graph-svg .node.enterprise').count();
      open = { members, elements: await page.locator('.graph-svg *').count(), frames: await frames(page) };
      // The network view, clustered by chain: its positions come from the worker's simulation.
      await page.goto(`${server.url}?data=generated/large-${n}.json`);
      await page.locator('.graph-svg .node.folded').first().waitFor({ timeout: 60000 });
      const asked = Date.now();
      await page.click('[data-testid=tab-network]');
      await page.waitForSelector('[data-testid=graph]:not([aria-busy]) .graph-svg .node.enterprise', { timeout: 120000 });
      const shown = Date.now() - asked;
      await page.waitForSelector('html:not([data-gliding])');
      network = { shown, elements: await page.locator('.graph-svg *').count(), frames: await frames(page) };
    }
    if (problems.length) throw new Error(problems.join('; '));
    await context.close();
  }
  const p95 = (f) => ms(quantile(f, 0.95));
  console.log(`  ${String(n).padStart(6)} enterprises: link to folded picture ${ms(median(loads))} (median of ${RUNS}; runs ${loads.map((t) => t.toFixed(0)).join(', ')}); ` +
    `folded ${folded.elements} SVG elements, pan/zoom p95 ${p95(folded.frames)}; ` +
    `one chain unfolded (${open.members} members, ${open.elements} elements) p95 ${p95(open.frames)}; ` +
    `network view: tab to picture ${ms(network.shown)}, ${network.elements} elements, p95 ${p95(network.frames)}`);
}
await stop();
