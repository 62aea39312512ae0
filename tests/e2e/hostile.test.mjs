// A dataset whose every name and id is markup, quotes, right-to-left text and emoji (one name
// 10,000 characters long) renders as text everywhere: graph, card, charts, list, search, dashboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { App, OUT, useBrowser } from './support.mjs';

useBrowser();

const HOSTILE = `<x'"&>`;
const ID_KEYS = new Set(['id', 'entity', 'enterprise', 'section', 'holders', 'projects']);

/** The built-in dataset with hostile texts and ids; returns it and the new id of each old one. */
function hostileDataset() {
  const data = JSON.parse(readFileSync(new URL('../../data/wanzhou.json', import.meta.url), 'utf8'));
  const ids = new Map();
  let names = 0;
  const rewrite = (value, key) => {
    if (Array.isArray(value)) return value.map((v) => rewrite(v, key));
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, k)]));
    }
    if (typeof value !== 'string') return value;
    if (key === 'zh' || key === 'en') return `${HOSTILE}${names++} صناعة 🍜`;
    if (ID_KEYS.has(key)) {
      if (!ids.has(value)) ids.set(value, `${HOSTILE}${ids.size}`);
      return ids.get(value);
    }
    return value;
  };
  const out = rewrite(data);
  out.enterprises[1].name.zh = `${HOSTILE}长`.repeat(1250);
  return { out, ids };
}

/** Elements the hostile text would make if it were parsed as markup. */
const injected = (app) => app.page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('x')).length);

test('hostile names and ids stay text in every view, charts included', async () => {
  const { out, ids } = hostileDataset();
  mkdirSync(`${OUT}generated`, { recursive: true });
  writeFileSync(`${OUT}generated/hostile-ids.json`, JSON.stringify(out));
  const app = await App.open('?data=generated/hostile-ids.json');
  await app.page.locator('[data-testid=data-shown]').waitFor();
  assert.equal(await injected(app), 0);
  const id = ids.get('ent-schneider');
  const index = await app.page.evaluate((id) => [...document.querySelectorAll('.graph .node')].find((n) => n.dataset.id === id)?.dataset.i, id);
  assert.ok(index !== undefined, 'the enterprise is drawn under its hostile id');
  await app.page.locator(`.graph .node[data-i="${index}"]`).click();
  await app.card().waitFor();
  assert.match(await app.card().locator('h2').textContent(), /^<x'"&>\d+ صناعة 🍜$/);
  const chartTexts = await app.card().locator('svg.chart text').allTextContents();
  assert.ok(chartTexts.some((t) => t.includes(HOSTILE)), 'chart titles and labels show the names as text');
  assert.equal(await injected(app), 0);
  // The hostile id travels in the URL and brings the same card back.
  const url = app.page.url();
  assert.ok(new URL(url).searchParams.get('sel') === id, 'the selection is in the URL, encoded');
  await app.page.goto(url);
  await app.card().waitFor();
  assert.match(await app.card().locator('h2').textContent(), /^<x'"&>/);
  for (const tab of ['list', 'dashboard', 'network', 'chain']) {
    await app.page.click(`[data-testid=tab-${tab}]`);
    await app.page.locator(tab === 'list' ? '[role=treeitem]' : tab === 'dashboard' ? '[data-testid=dashboard] svg.chart' : '.graph .node').first().waitFor();
    assert.equal(await injected(app), 0, `nothing injected in the ${tab} view`);
  }
  await app.page.click('[data-testid=tab-map]');
  await app.page.fill('[data-testid=search]', '<x');
  await app.page.locator('[role=option]').first().waitFor();
  assert.match(await app.page.locator('[role=option]').first().textContent(), /<x'"&>/);
  assert.equal(await injected(app), 0);
  await app.shot('hostile-ids');
  await app.close();
});
