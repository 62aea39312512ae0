// Lighthouse on the built site (Debian Chromium): accessibility, best practices and SEO must score
// 100; performance is printed. The JSON report is kept as test-output/lighthouse.json.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './server.mjs';
import { OUT } from './support.mjs';

const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

test('Lighthouse: accessibility, best practices and SEO 100 (performance printed)', async () => {
  await mkdir(OUT, { recursive: true });
  const server = await serve(new URL('../../dist/', import.meta.url).pathname);
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: FLAGS });
  try {
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    await writeFile(`${OUT}lighthouse.json`, result.report);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(Object.entries(categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    console.log(`Lighthouse (mobile, simulated throttling): ${Object.entries(scores).map(([id, s]) => `${id} ${s}`).join(' · ')}`);
    for (const id of ['accessibility', 'best-practices', 'seo']) {
      const failing = categories[id].auditRefs
        .filter((r) => r.weight > 0 && audits[r.id].score !== null && audits[r.id].score < 1)
        .map((r) => `${r.id}: ${audits[r.id].title}`);
      assert.equal(scores[id], 100, `${id}: ${failing.join('; ')}`);
    }
    assert.ok(scores.performance > 0, 'performance was measured');
  } finally {
    await chrome.kill();
    await server.close();
  }
});
