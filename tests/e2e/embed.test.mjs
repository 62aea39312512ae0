// Embed mode: a host page with the app in an iframe exchanges versioned messages with it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, useBrowser } from './support.mjs';

useBrowser();

const messages = (host) => host.page.$$eval('#log li', (items) => items.map((li) => JSON.parse(li.textContent)));
const until = async (host, predicate) => {
  for (let i = 0; i < 100; i += 1) {
    const found = (await messages(host)).find(predicate);
    if (found) return found;
    await host.page.waitForTimeout(100);
  }
  throw new Error('message never arrived');
};

test('the host hears ready, height and selections, and drives the map by message', async () => {
  const host = await App.page('examples/embed.html', { width: 1100, height: 900 });
  const frame = host.page.frameLocator('#chain-map');
  await frame.locator('[data-testid=graph] .node').first().waitFor();
  assert.equal(await frame.locator('header.top nav').isVisible(), false, 'no page chrome in embed mode');
  assert.ok((await frame.locator('header.top').boundingBox()).height <= 1, 'the header takes no room (its h1 stays for screen readers)');
  await until(host, (m) => m.type === 'ready' && m.v === 1 && m.source === 'chain-map');
  const height = await until(host, (m) => m.type === 'height');
  assert.ok(height.height > 300);

  await host.page.click('text=聚焦：铝及铝合金材料');
  assert.equal(await frame.locator('[data-testid=card] h2').textContent(), '铝及铝合金材料');
  const selected = await until(host, (m) => m.type === 'select' && m.id === 'ch-aluminium');
  assert.deepEqual(selected, { source: 'chain-map', v: 1, type: 'select', id: 'ch-aluminium', kind: 'chain', name: '铝及铝合金材料' });

  await frame.locator('.graph .node[data-id="ent-schneider"]').click();
  await until(host, (m) => m.type === 'select' && m.id === 'ent-schneider');

  await host.page.click('text=English');
  await frame.locator('[data-testid=card] h2', { hasText: 'Schneider (Chongqing) Electrical' }).waitFor();
  await host.page.click('text=数据总览');
  await frame.locator('[data-testid=dashboard]').waitFor();
  await host.page.click('text=清除选择');
  await until(host, (m) => m.type === 'select' && m.id === null);

  // Malformed and unknown messages are ignored with a warning; the map stays as it was.
  const warnings = [];
  host.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  for (const bad of ['focus', { type: 'focus', id: 'ch-copper' }, { v: 9, type: 'clear' }, { v: 1, type: 'explode' }, { v: 1, type: 'focus', id: 'nope' }]) {
    await host.page.evaluate((m) => window.sendToMap(m), bad);
  }
  await host.page.waitForTimeout(300);
  assert.equal(warnings.filter((w) => w.startsWith('Chain Map:')).length, 5, warnings.join('\n'));
  assert.equal(await frame.locator('[data-testid=dashboard]').count(), 1);
  await host.page.screenshot({ path: new URL('../../test-output/embed-host.png', import.meta.url).pathname });
  await host.close();
});

test('at 360 px wide the embedded map fits with no horizontal scrolling', async () => {
  const app = await App.open('?mode=embed', { width: 360, height: 640 });
  assert.equal(await app.page.locator('header.top nav').isVisible(), false);
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0);
  assert.ok((await app.labels()).includes('先进材料'));
  await app.shot('embed-360');
  await app.close();
});

test('parent_origin restricts whom the map listens to', async () => {
  const app = await App.open('?mode=embed&parent_origin=https%3A%2F%2Fgov.example');
  const warnings = [];
  app.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await app.page.evaluate(() => window.postMessage({ v: 1, type: 'focus', id: 'ch-copper' }, '*'));
  await app.page.waitForTimeout(300);
  assert.equal(await app.card().count(), 0, 'a message from another origin is not obeyed');
  assert.ok(warnings.some((w) => w.includes('ignored a message from')));
  await app.close();
});
