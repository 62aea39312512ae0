// Interaction at 2,000 nodes: frame times while panning and zooming for 3 s (p50/p95 of
// requestAnimationFrame intervals), and the time from a hover to the highlight being painted.
// Measured in the network view, which draws every node (the system view folds large chains).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { backgroundNearMiddle } from '../tests/e2e/map-points.mjs';
import { ROOT, SMOKE, frameIntervals, median, ms, quantile, start, watch } from './lib.mjs';

const NODES = 2000;
const SECONDS = SMOKE ? 0.6 : 3;
// The generator adds 16 nodes (district, industries, chains) to the enterprises asked for.
mkdirSync(`${ROOT}target/bench`, { recursive: true });
const file = `synthetic-${NODES}.json`;
const json = execFileSync('cargo', ['run', '--quiet', '--bin', 'synth', '--', String(NODES - 16)], { cwd: ROOT, maxBuffer: 64 << 20 });
writeFileSync(`${ROOT}target/bench/${file}`, json);

const { server, browser, stop } = await start();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
const page = await context.newPage();
const problems = watch(page);
await page.goto(`${server.url}?data=generated/${file}&view=network`);
await page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
// The network's positions come from the worker; then the nodes glide there.
const settled = () => page.waitForSelector('html:not([data-gliding]) [data-testid=graph]:not([aria-busy])', { timeout: 60000 });
await settled();
const count = await page.locator('.graph .node').count();
const cdp = await context.newCDPSession(page);

const frames = (drive) => frameIntervals(page, drive);

// The drag pans: it starts on the background nearest the middle (a press on a node drags the node).
const [cx, cy] = await backgroundNearMiddle(page);
const mouse = (type, x, y, extra = {}) => cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', buttons: type === 'mouseReleased' ? 0 : 1, ...extra });
const until = Date.now() + SECONDS * 500;
const pan = await frames(async () => {
  await mouse('mousePressed', cx, cy, { clickCount: 1 });
  for (let k = 0; Date.now() < until; k += 1) {
    await mouse('mouseMoved', cx + 150 * Math.sin(k / 10), cy + 100 * Math.cos(k / 13));
    await page.waitForTimeout(8);
  }
  await mouse('mouseReleased', cx, cy, { clickCount: 1 });
});
const zoomUntil = Date.now() + SECONDS * 500;
const zoom = await frames(async () => {
  for (let k = 0; Date.now() < zoomUntil; k += 1) {
    await cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: cx, y: cy, deltaX: 0, deltaY: k % 40 < 20 ? -40 : 40 });
    await page.waitForTimeout(8);
  }
});
const all = [...pan, ...zoom];
console.log(`interaction at ${count} nodes (network view): pan/zoom frames p50 ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))} (${all.length} frames; pan p95 ${ms(quantile(pan, 0.95))}, zoom p95 ${ms(quantile(zoom, 0.95))})`);

// Hover: from the pointer entering a node to the highlight's classes set, and to the next frame.
await page.click('[data-testid=zoom-fit]');
await settled();
const hovers = await page.evaluate(async (n) => {
  const nodes = [...document.querySelectorAll('.graph .node.enterprise')];
  const svg = document.querySelector('.graph-svg');
  const out = [];
  for (let k = 0; k < n; k += 1) {
    const el = nodes[(k * 37) % nodes.length];
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 20)));
    const t0 = performance.now();
    const applied = new Promise((ok) => {
      const obs = new MutationObserver(() => {
        if (el.classList.contains('lit')) {
          obs.disconnect();
          ok(performance.now());
        }
      });
      obs.observe(el, { attributes: true, attributeFilter: ['class'] });
    });
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerId: 1, pointerType: 'mouse' }));
    const t1 = await applied;
    // The frame that shows the change runs from the first animation frame after it to the next:
    // one frame interval (16.7 ms) when its style, layout and paint fit in a frame.
    const r1 = await new Promise((ok) => requestAnimationFrame(ok));
    const r2 = await new Promise((ok) => requestAnimationFrame(ok));
    out.push([t1 - t0, r1 - t0, r2 - r1]);
    svg.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, pointerId: 1, pointerType: 'mouse' }));
  }
  return out;
}, SMOKE ? 5 : 40);
const col = (k) => hovers.map((h) => h[k]);
console.log(`hover at ${count} nodes: highlight set ${ms(median(col(0)))} after the pointer (median); the frame painting it took ${ms(median(col(2)))} median, ${ms(quantile(col(2), 0.95))} p95 (16.7 ms = within one frame); pointer to painted ${ms(median(col(1).map((v, i) => v + col(2)[i])))} median`);
if (problems.length) throw new Error(problems.join('; '));
await context.close();
await stop();
