// Soak: 10,000 scripted interactions (select, search, zoom, view switch, language switch, kiosk
// reset) and 30 minutes' worth of kiosk tour in fast-forward; JS heap and wasm memory before and
// after, each after a forced garbage collection; every console error counts.
import { SMOKE, start, watch } from './lib.mjs';

const INTERACTIONS = Number(process.env.SOAK_INTERACTIONS) || (SMOKE ? 200 : 10000);
// To find what grows: SOAK_KINDS=4 runs only the view switches (kinds 0–7 below, by k % 8), and
// SOAK_VIEWS=tab-list,tab-map only those views; either skips the tour.
const KINDS = (process.env.SOAK_KINDS || '0,1,2,3,4,5,6,7').split(',').map(Number);
const VIEWS = (process.env.SOAK_VIEWS || 'tab-network,tab-chain,tab-list,tab-dashboard,tab-map').split(',');
const BISECTING = Boolean(process.env.SOAK_KINDS || process.env.SOAK_VIEWS);
const TOUR_STEPS = SMOKE ? 20 : 300; // 30 minutes at the kiosk's 6 s per step
const { server, browser, stop } = await start(['--js-flags=--expose-gc']);
const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, hasTouch: true });
const page = await context.newPage();
const problems = watch(page);
const cdp = await context.newCDPSession(page);

async function memory() {
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const wasm = await page.evaluate(() => globalThis.chainMapWasmBytes());
  return { heap: heap.usedSize, wasm };
}
const mb = (b) => `${(b / 1048576).toFixed(2)} MB`;
const report = (what, a, b) => {
  const growth = b.heap + b.wasm - a.heap - a.wasm;
  console.log(`${what}: JS heap ${mb(a.heap)} → ${mb(b.heap)}, wasm ${mb(a.wasm)} → ${mb(b.wasm)}, growth ${mb(growth)}`);
};

// Part 1: scripted interactions in kiosk mode (its idle reset set short so resets happen too).
await page.goto(`${server.url}?mode=kiosk&idle=1`);
await page.locator('.graph .node').first().waitFor();
await page.evaluate(() => window.dispatchEvent(new PointerEvent('pointerdown')));
const warm = await memory();
const done = await page.evaluate(async ([n, kinds, views]) => {
  const $ = (s) => document.querySelector(s);
  const frame = () => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
  const tap = (el) => {
    const r = el.getBoundingClientRect();
    const at = { bubbles: true, pointerId: 1, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, isPrimary: true };
    el.dispatchEvent(new PointerEvent('pointerdown', at));
    el.dispatchEvent(new PointerEvent('pointerup', at));
  };
  const ids = [...document.querySelectorAll('.graph .node')].map((e) => e.dataset.id);
  const words = ['jl', 'Schneider', '铝', 'cq', 'food', '盐'];
  let count = 0;
  for (let k = 0; k < n; k += 1) {
    if (!kinds.includes(k % 8)) continue;
    switch (k % 8) {
      case 0:
      case 1: {
        const node = $(`.graph .node[data-id="${ids[k % ids.length]}"]`);
        if (node) tap(node);
        break;
      }
      case 2: {
        const input = $('[data-testid=search]');
        if (input) {
          input.value = words[k % words.length];
          input.dispatchEvent(new Event('input', { bubbles: true }));
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        }
        break;
      }
      case 3:
        $(`[data-testid=zoom-${k % 16 < 8 ? 'in' : 'out'}]`)?.click();
        break;
      case 4:
        $(`[data-testid=${views[Math.floor(k / 8) % views.length]}]`)?.click();
        break;
      case 5:
        $('[data-testid=lang]')?.click();
        break;
      case 6:
        $('[data-testid=legend-industry]')?.click();
        break;
      default:
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
    count += 1;
    await frame();
    // Every 1,000 interactions: stand back until the kiosk resets itself.
    if (k % 1000 === 999) await new Promise((ok) => setTimeout(ok, 1500));
  }
  return count;
}, [INTERACTIONS, KINDS, VIEWS]);
await page.waitForTimeout(1500);
const after = await memory();
report(`${done} interactions`, warm, after);

if (BISECTING) {
  console.log(`errors: ${problems.length}`);
  await context.close();
  await stop();
  process.exit(problems.length ? 1 : 0);
}

// Part 2: the attract tour, fast-forwarded (0.05 s per step instead of 6 s).
await page.goto(`${server.url}?mode=kiosk&idle=0.2&tour_step=0.05`);
await page.locator('.graph .node').first().waitFor();
await page.locator('[data-testid=kiosk-caption]').waitFor({ timeout: 10000 });
const tourStart = await memory();
await page.waitForTimeout(TOUR_STEPS * 50);
const tourEnd = await memory();
report(`kiosk tour, ${TOUR_STEPS} steps (${(TOUR_STEPS * 6) / 60} minutes at 6 s per step)`, tourStart, tourEnd);
console.log(`errors: ${problems.length}${problems.length ? ` (${problems.slice(0, 3).join('; ')})` : ''}`);
await context.close();
await stop();
if (problems.length) process.exit(1);
