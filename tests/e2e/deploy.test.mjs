// Deployment: offline after one visit, a strict Content-Security-Policy, any sub-path, and only same-origin requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, useBrowser } from './support.mjs';
import { serve } from './server.mjs';

useBrowser();

const DIST = new URL('../../dist/', import.meta.url).pathname;
const corpus = (name) => new URL(`../corpus/${name}`, import.meta.url).pathname;

/** Opens a local dataset file through the file button and waits for its preview. */
async function preview(app, name) {
  await app.page.setInputFiles('[data-testid=file-input]', corpus(name));
  await app.page.locator('[data-testid=data-shown]').waitFor();
}
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; frame-ancestors *";

/** Records every CSP violation the page reports, from before the app starts. */
async function watchCsp(app) {
  await app.context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** Waits until the service worker controls the page (a reload if the first load was not claimed). */
async function controlled(app) {
  await app.page.evaluate(() => navigator.serviceWorker.ready);
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 10000 }).catch(async () => {
    await app.page.reload();
  });
  await app.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('works offline after the first visit: app, data and charts', async () => {
  const server = await serve(DIST);
  const app = await App.at(server.url);
  await controlled(app);
  await server.close();
  await app.context.setOffline(true);
  await app.page.reload();
  await app.ready();
  await app.node('ch-aluminium').click();
  assert.equal(await app.card().locator('h2').textContent(), '铝及铝合金材料');
  assert.equal(await app.card().locator('[data-testid=chart] svg.chart rect').count() > 0, true);
  await app.page.goto(`${server.url}?view=dashboard`);
  await app.page.locator('[data-testid=dashboard] svg.chart').first().waitFor();
  // The worker that checks files and draws the kiosk's QR code is there offline too.
  await app.page.goto(`${server.url}?mode=kiosk`);
  await app.page.locator('[data-testid=kiosk-qr] svg').waitFor();
  await preview(app, 'rtl-emoji.json');
  // The reload while offline shows as failed requests only if something was not cached.
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('a link with its own data file: the offline copy of the app is made once that file is in, shown or refused', async () => {
  // What the page shows about the link's file when it asks for the offline copy.
  const watchRegister = () => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      const banner = document.querySelector('[data-testid=data-shown], [data-testid=data-errors], [data-testid=data-loading]');
      window.__fileWhenRegistered = banner?.dataset.testid ?? 'nothing';
      return register.apply(this, args);
    };
  };
  const server = await serve(DIST);
  for (const [file, outcome] of [['wanzhou.json', 'data-shown'], ['missing.json', 'data-errors']]) {
    const app = await App.at(`${server.url}?data=${file}`, undefined, { initScript: watchRegister });
    await app.page.locator(`[data-testid=${outcome}]`).waitFor();
    await controlled(app);
    assert.equal(await app.page.evaluate(() => window.__fileWhenRegistered), outcome);
    // The refused file's own request is the only failure.
    if (file === 'missing.json') app.problems = app.problems.filter((p) => !/missing\.json|status of 404/.test(p));
    assert.deepEqual(app.problems, []);
    await app.context.close();
  }
  await server.close();
});

test('the spreadsheet worker is fetched when first asked for, not with the page, then kept for offline use', async () => {
  const server = await serve(DIST);
  const app = await App.at(server.url);
  await controlled(app);
  const cached = () =>
    app.page.evaluate(async () => {
      const names = [];
      for (const key of await caches.keys()) {
        for (const r of await (await caches.open(key)).keys()) names.push(new URL(r.url).pathname.split('/').pop());
      }
      return names;
    });
  const before = await cached();
  assert.ok(before.some((n) => n.startsWith('chain-map-worker')), `the checking worker is precached: ${before}`);
  assert.ok(!before.some((n) => n.startsWith('chain-map-sheets')), `the spreadsheet worker is not: ${before}`);
  await app.page.click('[data-testid=data-menu] summary');
  const [file] = await Promise.all([app.page.waitForEvent('download'), app.page.click('[data-testid=menu-template-xlsx]')]);
  assert.equal(file.suggestedFilename(), 'chain-map-template.xlsx');
  const after = await cached();
  for (const part of ['chain-map-sheets_loader.js', 'chain-map-sheets.js', 'chain-map-sheets_bg.wasm']) {
    assert.ok(after.includes(part), `${part} is kept once used: ${after}`);
  }
  assert.deepEqual(app.problems, []);
  await app.context.close();
  await server.close();
});

test('runs under a strict CSP with zero violations while exercised', async () => {
  const server = await serve(DIST, { headers: { 'content-security-policy': CSP } });
  const app = await App.at(`${server.url}?sel=ent-schneider`);
  await watchCsp(app);
  await app.page.reload();
  await app.ready();
  await app.card().waitFor();
  await app.card().locator('[data-testid=chart-table-toggle]').first().click();
  const [png] = await Promise.all([app.page.waitForEvent('download'), app.card().locator('[data-testid=chart-png]').first().click()]);
  assert.ok(png.suggestedFilename().endsWith('.png'));
  await app.node('ch-aluminium').click();
  await app.page.click('[data-testid=lang]');
  await app.page.click('[data-testid=tab-dashboard]');
  await app.page.locator('[data-testid=dashboard] svg.chart').first().waitFor();
  await preview(app, 'rtl-emoji.json');
  assert.deepEqual(await app.page.evaluate(() => window.__violations), []);
  await app.close();
  await server.close();
});

test('served from a sub-path with no rewrites: every file loads and deep links work', async () => {
  const server = await serve(DIST, { base: '/gov/industry/chain-map/' });
  const app = await App.at(`${server.url}?sel=ch-aluminium&lang=en`);
  assert.equal(await app.card().locator('h2').textContent(), 'Aluminium and aluminium alloys');
  const resources = await app.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  const base = `${new URL(server.url).origin}/gov/industry/chain-map/`;
  assert.ok(resources.every((r) => r.startsWith(base)), resources.join('\n'));
  assert.ok(resources.some((r) => r.endsWith('.wasm')));
  // The worker is not part of a visit's first load: only a file to check starts it.
  assert.ok(!resources.some((r) => r.includes('chain-map-worker')), resources.join('\n'));
  await preview(app, 'rtl-emoji.json');
  const later = await app.page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  assert.ok(later.every((r) => r.startsWith(base)), later.join('\n'));
  await app.page.locator('[data-testid=data-shown] button').click();
  await app.node('ent-jiulong-wanbo').click();
  await app.waitForQuery('?sel=ent-jiulong-wanbo&lang=en');
  assert.equal(await app.page.evaluate(() => location.pathname), '/gov/industry/chain-map/');
  await app.close();
  await server.close();
});

test('the web app manifest and icons are served for installation', async () => {
  const server = await serve(DIST);
  const app = await App.at(server.url);
  const manifest = await app.page.evaluate(async () => {
    const href = document.querySelector('link[rel=manifest]').href;
    const m = await (await fetch(href)).json();
    const icons = await Promise.all(m.icons.map(async (i) => (await fetch(new URL(i.src, href))).status));
    return { name: m.short_name, start: m.start_url, icons };
  });
  assert.equal(manifest.name, '产业链图谱');
  assert.equal(manifest.start, './');
  assert.deepEqual(manifest.icons, [200, 200, 200, 200]);
  await app.close();
  await server.close();
});

test('a browser without WebAssembly keeps the page with a one-line note, not a blank screen or a script error', async () => {
  const plain = await App.open();
  assert.equal(await plain.page.locator('#no-wasm').isVisible(), false, 'hidden where the app runs');
  await plain.close();

  const app = await App.page('', undefined, {});
  await app.context.addInitScript(() => delete globalThis.WebAssembly);
  await app.page.reload();
  const note = app.page.locator('#no-wasm');
  await note.waitFor({ state: 'visible' });
  assert.match(await note.textContent(), /WebAssembly/);
  assert.equal(await app.page.locator('[data-testid=graph]').count(), 0, 'no app was started');
  await app.close();
});
