// Force layout: Chain Map's simulation (Rust → wasm, in the app's worker, where the network view
// runs it) and d3-force (in the page), same graphs, 300 iterations; prints both times and the
// ratio (median of 3 rounds).
import { SMOKE, median, ms, start, watch } from './lib.mjs';

const SIZES = SMOKE ? [500] : [500, 1000, 2000, 5000];
const ITERATIONS = SMOKE ? 30 : 300;
const ROUNDS = SMOKE ? 1 : 3;
const { server, browser, stop } = await start();
const page = await browser.newPage();
const problems = watch(page);
await page.goto(`${server.url}bench/layout.html`);
await page.waitForFunction(() => window.runLayout);
const rounds = [];
for (let r = 0; r < ROUNDS; r += 1) rounds.push(await page.evaluate((args) => window.runLayout(args), { sizes: SIZES, iterations: ITERATIONS }));
console.log(`force layout, ${ITERATIONS} iterations (median of ${ROUNDS}):`);
for (const [k, n] of SIZES.entries()) {
  const ours = median(rounds.map((r) => r[k].ours));
  const d3 = median(rounds.map((r) => r[k].d3));
  const { links, spreadOurs, spreadD3 } = rounds[0][k];
  console.log(`  ${String(n).padStart(5)} nodes, ${links} links: Chain Map ${ms(ours)}, d3-force ${ms(d3)}, ${(d3 / ours).toFixed(2)}× faster (mean distance from centre ${spreadOurs.toFixed(0)} vs ${spreadD3.toFixed(0)})`);
}
if (problems.length) throw new Error(problems.join('; '));
await stop();
