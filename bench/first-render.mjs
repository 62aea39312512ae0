// First render: navigation to the system view drawn and clickable, median of 5 cold loads,
// at normal speed and with the CPU throttled ×4 (CDP Emulation.setCPUThrottlingRate).
import { SMOKE, median, ms, start, watch } from './lib.mjs';

const RUNS = SMOKE ? 1 : 5;
const { server, browser, stop } = await start();

/** Milliseconds from navigation start to the first frame after the graph's nodes appear. */
async function once(rate) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const problems = watch(page);
  await page.addInitScript(() => {
    const seen = () => {
      if (!document.querySelector('.graph .node')) return false;
      requestAnimationFrame(() => { window.__drawn = performance.now(); });
      return true;
    };
    new MutationObserver((_, obs) => seen() && obs.disconnect()).observe(document, { childList: true, subtree: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__drawn, null, { timeout: 60000 });
  const drawn = await page.evaluate(() => window.__drawn);
  // Clickable: a tap on a node opens its card.
  await page.locator('.graph .node[data-id=ch-aluminium]').click();
  await page.locator('[data-testid=card]').waitFor();
  await context.close();
  if (problems.length) throw new Error(`page errors: ${problems.join('; ')}`);
  return drawn;
}

for (const rate of [1, 4]) {
  const times = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await once(rate));
  console.log(`first render, CPU ×${rate}: median ${ms(median(times))} (runs: ${times.map((t) => t.toFixed(0)).join(', ')})`);
}
await stop();
