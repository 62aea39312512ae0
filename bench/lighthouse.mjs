// Lighthouse (mobile preset, simulated throttling, Debian Chromium) on the built site: the
// performance score, FCP, LCP, TBT, CLS and speed index, median of 3 runs per page (1 with
// --smoke), for the default page and the deep links whose layout shift the targets name.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../tests/e2e/server.mjs';
import { ROOT, SMOKE, median } from './lib.mjs';

const RUNS = SMOKE ? 1 : 3;
const PAGES = SMOKE ? [''] : ['', '?sel=ch-aluminium', '?lang=en', '?mode=embed'];
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const METRICS = [
  ['FCP', 'first-contentful-paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['LCP', 'largest-contentful-paint', (v) => `${(v / 1000).toFixed(2)} s`],
  ['TBT', 'total-blocking-time', (v) => `${Math.round(v)} ms`],
  ['CLS', 'cumulative-layout-shift', (v) => v.toFixed(3)],
  ['SI', 'speed-index', (v) => `${(v / 1000).toFixed(2)} s`],
];

// Served brotli-compressed, as a deployed site is: the simulated network sees the real bytes.
const server = await serve(`${ROOT}dist/`, { brotli: true });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
try {
  for (const query of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const { lhr } = await lighthouse(server.url + query, { port: chrome.port, logLevel: 'error', onlyCategories: ['performance'] });
      runs.push(lhr);
    }
    const score = median(runs.map((r) => r.categories.performance.score));
    const figures = METRICS.map(([name, id, show]) => `${name} ${show(median(runs.map((r) => r.audits[id].numericValue)))}`);
    console.log(`Lighthouse mobile ${query || '(default page)'}: performance ${score.toFixed(2)} · ${figures.join(' · ')} (median of ${RUNS})`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
