// Shared by the benchmark scripts: the built dist/ on loopback, Debian's Chromium, and statistics.
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/server.mjs';

export const ROOT = new URL('..', import.meta.url).pathname;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** `--smoke` runs a quick version of each benchmark (CI); figures from it mean little. */
export const SMOKE = process.argv.includes('--smoke');

/** Serves dist/ (with bench/, node_modules/ and generated data mounted) and starts Chromium. */
export async function start(extraFlags = []) {
  const server = await serve(`${ROOT}dist/`, {
    mounts: { 'bench/': `${ROOT}bench/`, 'node_modules/': `${ROOT}node_modules/`, 'generated/': `${ROOT}target/bench/` },
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: [...FLAGS, ...extraFlags] });
  return {
    server,
    browser,
    async stop() {
      await browser.close();
      await server.close();
    },
  };
}

export const median = (xs) => quantile(xs, 0.5);

export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

export const ms = (v) => `${v.toFixed(1)} ms`;

/** One line naming the machine, for the record. */
export function machine() {
  const c = cpus();
  return `${c.length} × ${c[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
}

/** Records console errors and page errors of a page. */
export function watch(page) {
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/** Intervals between animation frames (ms) in `page` while `drive` runs. */
export async function frameIntervals(page, drive) {
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
    const tick = (t) => {
      window.__frames.push(t);
      if (window.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await drive();
  const stamps = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  return stamps.slice(1).map((t, i) => t - stamps[i]).slice(1);
}
