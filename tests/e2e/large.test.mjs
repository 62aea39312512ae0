// Large districts in the system view: chains folded into counts, unfolded by a selection or a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { backgroundNearMiddle } from './map-points.mjs';
import { App, OUT, SIZES, useBrowser } from './support.mjs';

useBrowser();

// The synthetic generator (built by `cargo test`) writes the datasets, as a district office would publish them.
mkdirSync(`${OUT}generated`, { recursive: true });
const synth = new URL('../../target/debug/synth', import.meta.url).pathname;
const datasets = {};
const fileSizes = {};
for (const n of [400, 5000]) {
  const json = execFileSync(synth, [String(n)], { maxBuffer: 64 << 20 });
  writeFileSync(`${OUT}generated/synthetic-${n}.json`, json);
  datasets[n] = JSON.parse(json);
  fileSizes[n] = json.length;
}

/** How many members the map holds in each folded chain, as its rings say. */
function foldedCounts(app) {
  return app.page.$$eval('.graph .graph-svg .node.folded', (els) => Object.fromEntries(els.map((e) => [e.dataset.id, Number(e.querySelector('.stack').dataset.members)])));
}

/** The drawn labels' boxes on screen, with their texts. */
function labelBoxes(app) {
  return app.page.$$eval('.graph .graph-svg .label', (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { text: Array.from(e.querySelectorAll('tspan'), (t) => t.textContent).join(' '), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  }));
}

function assertClear(boxes, view) {
  for (const [i, a] of boxes.entries()) {
    assert.ok(a.x0 >= 0 && a.x1 <= view.width, `"${a.text}" is inside the screen horizontally`);
    for (const b of boxes.slice(i + 1)) {
      const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
      assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap`);
    }
  }
}

async function open(query, size, options) {
  const app = await App.open(query, size, options);
  await app.page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
  await app.page.locator('.graph .graph-svg .node.folded').first().waitFor();
  return app;
}

for (const n of [400, 5000]) {
  for (const [name, size] of Object.entries(SIZES)) {
    test(`${n} enterprises, ${name}: every chain is drawn folded with its member count, names clear`, async () => {
      const app = await open(`?data=generated/synthetic-${n}.json`, size);
      const counts = await foldedCounts(app);
      assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), n, 'the folded chains hold every enterprise');
      const labels = (await app.labels()).map((l) => l.replace(/\s+/g, ''));
      for (let c = 1; c <= 10; c++) {
        const want = `合成产业链${c}·${counts[`ch-${c}`]}家`;
        assert.ok(labels.includes(want), `${want} is among ${labels.join(', ')}`);
      }
      assert.equal(await app.page.locator('.graph .graph-svg .node.enterprise').count(), 0, 'no member drawn while folded');
      assertClear(await labelBoxes(app), size);
      await app.shot(`large-${n}-${name}`);
      await app.close();
    });
  }

  test(`${n} enterprises: tapping a folded chain unfolds its members, named where they fit`, async () => {
    // Without motion the unfolded picture is final at once (nodes glide otherwise, labels crossing on the way).
    const app = await open(`?data=generated/synthetic-${n}.json`, SIZES.desktop, { reducedMotion: 'reduce' });
    const count = (await foldedCounts(app))['ch-3'];
    await app.node('ch-3').click();
    await app.waitForQuery(`?data=generated/synthetic-${n}.json&sel=ch-3`);
    await app.page.waitForFunction((k) => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === k, count);
    const chains = new Map(datasets[n].enterprises.map((e) => [e.id, e.chains.map((c) => c.id)]));
    const drawn = await app.page.$$eval('.graph .graph-svg .node.enterprise', (els) => els.map((e) => e.dataset.id));
    assert.ok(drawn.every((id) => chains.get(id).includes('ch-3')), "only the chain's members are drawn");
    assert.equal(await app.node('ch-3').locator('.stack').count(), 0, 'the open chain is not drawn folded');
    const named = await app.page.locator('.graph .graph-svg .node.enterprise .label').count();
    assert.ok(named >= 5, `${named} members named`);
    assertClear(await labelBoxes(app), SIZES.desktop);
    assert.equal(await app.card().locator('h2').textContent(), '合成产业链3');
    await app.shot(`large-${n}-open-chain`);
    // A pan moves the drawing and the copies of the lit nodes above the veil each as one layer
    // (not repainted frame by frame), sharp again at rest, the copies still over their nodes.
    // (Read as each move is handled, after the map's own handler: the view settles 250 ms after the last.)
    await app.page.evaluate(() => {
      window.layersWhileMoving = [];
      addEventListener('pointermove', (e) => e.buttons && window.layersWhileMoving.push(['.graph-svg', '.focus-layer'].map((s) => getComputedStyle(document.querySelector(`.graph ${s}`)).willChange).join()));
    });
    const layers = () => app.page.evaluate(() => ['.graph-svg', '.focus-layer'].map((s) => getComputedStyle(document.querySelector(`.graph ${s}`)).willChange));
    await app.page.waitForSelector('html:not([data-gliding])');
    assert.deepEqual(await layers(), ['auto', 'auto'], 'the new drawing, still, is no layer of its own');
    const [x, y] = await backgroundNearMiddle(app.page);
    await app.page.mouse.move(x, y);
    await app.page.mouse.down();
    for (let k = 1; k <= 5; k++) await app.page.mouse.move(x + 12 * k, y + 6 * k);
    const whileMoving = await app.page.evaluate(() => window.layersWhileMoving);
    assert.ok(whileMoving.length >= 5, `${whileMoving.length} moves seen`);
    assert.ok(whileMoving.every((l) => l === 'transform,transform'), `moved as layers while panning: ${whileMoving.join(' ')}`);
    await app.page.mouse.up();
    await app.page.waitForSelector('html:not([data-gliding])');
    assert.deepEqual(await layers(), ['auto', 'auto'], 'drawn again at rest');
    const centres = (sel) => app.page.$$eval(sel, (els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    }).sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const [lit, copies] = [await centres('.graph .graph-svg .node.lit .dot'), await centres('.graph .focus-layer .node .dot')];
    assert.equal(copies.length, lit.length, 'a copy of each lit node');
    copies.forEach((c, i) => assert.ok(Math.abs(c[0] - lit[i][0]) <= 1 && Math.abs(c[1] - lit[i][1]) <= 1, `copy at ${c} over its node at ${lit[i]}`));
    // Selecting nothing folds it again.
    await app.page.keyboard.press('Escape');
    await app.page.waitForFunction(() => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === 0);
    await app.close();
  });
}

/** The names shown on the map area (hidden ones left out), with their boxes and the nodes they name. */
function shownNames(app) {
  return app.page.$$eval('.graph .graph-svg .label', (els) => {
    const area = document.querySelector('[data-testid=graph]').getBoundingClientRect();
    return els.map((e) => {
      const r = e.getBoundingClientRect();
      const node = e.closest('.node') ?? e;
      return { text: e.textContent, i: node.dataset.i, detail: !!e.closest('.details'), x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, h: r.height };
    }).filter((b) => b.h > 0 && b.x1 > area.left && b.x0 < area.right && b.y1 > area.top && b.y0 < area.bottom);
  });
}

test('400 enterprises: zooming into an unfolded chain names more of its members, at the same size on screen, never overlapping', async () => {
  const app = await open('?data=generated/synthetic-400.json', SIZES.desktop, { reducedMotion: 'reduce' });
  await app.node('ch-3').click();
  await app.page.waitForSelector('html:not([data-gliding]) .graph .graph-svg .node.enterprise');
  const members = await app.page.$$eval('.graph .graph-svg .node.enterprise', (els) => els.map((e) => e.dataset.i));
  const namedAtFit = new Set((await shownNames(app)).map((n) => n.i).filter((i) => members.includes(i)));
  assert.ok(namedAtFit.size < members.length, `the fitted view names ${namedAtFit.size} of ${members.length} members`);
  assert.equal(await app.page.locator('.graph .graph-svg .details .label').count(), 0, 'no names for a zoom at the fitted view');
  // Zoom in with the wheel over a member in the middle of the chain, twice.
  const dots = await app.page.$$eval('.graph .graph-svg .node.enterprise .dot', (els) => els.map((e) => { const r = e.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; }));
  const at = dots[Math.floor(dots.length / 2)];
  const heights = [];
  const revealed = new Set();
  for (let step = 0; step < 2; step++) {
    const before = new URL(app.page.url()).searchParams.get('z');
    await app.page.mouse.move(at.x, at.y);
    await app.page.mouse.wheel(0, -300);
    // The view settles, its zoom goes into the URL, and by then the names for it are set.
    await app.page.waitForFunction((z) => new URLSearchParams(location.search).get('z') !== z, before);
    const names = await shownNames(app);
    const details = names.filter((n) => n.detail);
    assert.ok(details.length >= 3, `${details.length} members named at zoom step ${step + 1}`);
    assert.ok(names.every((n) => n.detail || !members.includes(n.i)), "the fitted view's names of members step aside");
    for (const d of details) {
      heights.push(d.h);
      if (!namedAtFit.has(d.i)) revealed.add(d.i);
    }
    for (const [k, a] of names.entries()) {
      for (const b of names.slice(k + 1)) {
        const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
        assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap at zoom step ${step + 1}`);
      }
    }
    await app.shot(`large-400-zoom-${step + 1}`);
  }
  assert.ok(revealed.size > 0, 'zooming in names members the fitted view left unnamed');
  assert.ok(Math.max(...heights) - Math.min(...heights) < 1, `names keep their size on screen (${Math.min(...heights)}–${Math.max(...heights)} px)`);
  // A name is a way to the member: tapping it opens its card.
  const name = app.page.locator('.graph .graph-svg .details .label').first();
  const text = (await name.textContent()).trim();
  await name.click();
  await app.page.waitForFunction((t) => document.querySelector('[data-testid=card] h2')?.textContent.endsWith(t), text);
  // Back to the fitted view: the drawing's own names again, the member still selected.
  await app.page.click('[data-testid=zoom-fit]');
  await app.page.waitForFunction(() => !new URLSearchParams(location.search).has('z'));
  assert.ok(new URL(app.page.url()).searchParams.get('sel')?.startsWith('ent-'), 'the zoom buttons leave the selection as it is');
  assert.equal(await app.page.locator('.graph .graph-svg .details .label').count(), 0);
  assert.ok((await shownNames(app)).filter((n) => members.includes(n.i)).length > 0, "the fitted view's names are back");
  await app.close();
});

test('400 enterprises: zooming into a folded chain unfolds it and frames its members, a shared link keeps it, zooming out or fitting folds it', async () => {
  const app = await open('?data=generated/synthetic-400.json', SIZES.desktop, { reducedMotion: 'reduce' });
  const count = (await foldedCounts(app))['ch-3'];
  const param = (k) => new URL(app.page.url()).searchParams.get(k);
  const chainAt = async () => {
    const r = await app.node('ch-3').locator('.dot').boundingBox();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  };
  const members = () => app.page.locator('.graph .graph-svg .node.enterprise').count();
  /** Waits for the chain's node to come to rest within 3 px of `at`. */
  const stays = async (at, what) => {
    const near = (at) => {
      const r = document.querySelector('.graph .graph-svg .node[data-id="ch-3"] .dot')?.getBoundingClientRect();
      return !document.documentElement.hasAttribute('data-gliding') && r && Math.hypot(r.left + r.width / 2 - at.x, r.top + r.height / 2 - at.y) < 3;
    };
    const ok = await app.page.waitForFunction(near, at, { timeout: 5000 }).then(() => true, () => false);
    assert.ok(ok, `${what}: it was at ${at.x},${at.y}, is at ${JSON.stringify(await chainAt())}`);
  };
  /** Turns the wheel over the chain until `done` holds for `open=` (at most five turns); where the chain was at the last turn. */
  const wheel = async (dy, done) => {
    let at;
    for (let turn = 0; turn < 5 && !done(param('open')); turn++) {
      at = await chainAt();
      const before = param('z');
      await app.page.mouse.move(at.x, at.y);
      await app.page.mouse.wheel(0, dy);
      await app.page.waitForFunction((z) => new URLSearchParams(location.search).get('z') !== z, before);
      await app.page.waitForSelector('html:not([data-gliding])');
    }
    return at;
  };
  // Zoomed into, the chain unfolds, and the view frames it with its members.
  await wheel(-250, (o) => o === 'ch-3');
  assert.equal(param('open'), 'ch-3', 'zoomed into, the chain is in the link');
  assert.equal(param('sel'), null, 'nothing is selected by zooming');
  await app.page.waitForFunction((k) => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === k, count);
  assert.equal(await app.node('ch-3').locator('.stack').count(), 0, 'the chain is drawn unfolded');
  assert.equal(await app.page.locator('.graph .graph-svg .node.folded').count(), 9, 'the other chains stay folded');
  /** Whether the chain is in view, and how many of its members (in the graph's box from its top left corner, as wide and high as its drawing). */
  const framed = () => {
    const svg = document.querySelector('.graph .graph-svg');
    const area = svg.closest('[data-testid=graph]').getBoundingClientRect();
    const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const shown = (e) => {
      const r = e.querySelector('.dot').getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2 - area.left, r.top + r.height / 2 - area.top];
      return x >= 0 && y >= 0 && x <= w && y <= h;
    };
    const still = !document.documentElement.hasAttribute('data-gliding');
    return { still, chain: shown(svg.querySelector('.node[data-id="ch-3"]')), members: [...svg.querySelectorAll('.node.enterprise')].filter(shown).length };
  };
  // The view comes to rest framing them (the drawing comes first, then the view moves).
  let inView = await app.page.evaluate(framed);
  for (let frame = 0; frame < 300 && !(inView.still && inView.chain && inView.members * 2 > count); frame++) {
    await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    inView = await app.page.evaluate(framed);
  }
  assert.ok(inView.chain, 'the chain is in view');
  assert.ok(inView.members * 2 > count, `most of its members are in view (${inView.members} of ${count})`);
  await app.page.waitForSelector('.graph .graph-svg .details .label');
  await app.shot('large-400-zoomed-into-chain');
  // A shared link opens it as it was; panning keeps it open.
  await app.page.reload();
  await app.page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
  await app.page.waitForFunction((k) => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === k, count);
  assert.equal(await app.node('ch-3').locator('.stack').count(), 0, 'the link unfolds the chain');
  const box = await app.page.locator('[data-testid=graph]').boundingBox();
  const z = param('z');
  await app.page.mouse.move(box.x + 200, box.y + 200);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + 260, box.y + 240, { steps: 5 });
  await app.page.mouse.up();
  await app.page.waitForFunction((z) => new URLSearchParams(location.search).get('z') !== z, z);
  await app.page.waitForSelector('html:not([data-gliding])');
  assert.equal(param('open'), 'ch-3', 'panning keeps it open');
  assert.equal(await members(), count);
  // Zoomed back out, it folds again, still where it was.
  const at = await wheel(400, (o) => o === null);
  assert.equal(param('open'), null, 'zoomed back out, the chain leaves the link');
  await app.page.waitForFunction(() => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === 0);
  assert.equal(await app.node('ch-3').locator('.stack').count(), 1, 'the chain is folded again');
  await stays(at, 'folded, it stays where it was on screen');
  // Unfolded again, fitting the view folds it and shows the whole drawing.
  await wheel(-250, (o) => o === 'ch-3');
  assert.equal(await members(), count);
  await app.page.click('[data-testid=zoom-fit]');
  await app.page.waitForFunction(() => !new URLSearchParams(location.search).has('z') && !new URLSearchParams(location.search).has('open'));
  await app.page.waitForFunction(() => document.querySelectorAll('.graph .graph-svg .node.enterprise').length === 0);
  await app.page.waitForSelector('html:not([data-gliding])');
  assert.equal(param('z'), null, 'the view stays fitted once folded');
  await app.close();
});

test('5000 enterprises: while a link loads, the page says what it is doing: downloading, then checking the file, with its size', async () => {
  // Every text the loading banner shows, in order, as the page shows them.
  const watchBanner = () => {
    window.__stages = [];
    const note = () => {
      const bar = document.querySelector('[data-testid=data-loading]');
      const said = bar && `${bar.dataset.stage}: ${bar.textContent}`;
      if (said && said !== window.__stages.at(-1)) window.__stages.push(said);
    };
    addEventListener('DOMContentLoaded', () => new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true }));
  };
  const app = await App.page('?data=generated/synthetic-5000.json', SIZES.desktop, { initScript: watchBanner });
  await app.page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
  const stages = await app.page.evaluate(() => window.__stages);
  const mb = (fileSizes[5000] / 1e6).toFixed(1);
  assert.match(stages[0] ?? '', /^reading: 正在加载数据： generated\/synthetic-5000\.json · 正在下载…$/, `first the download: ${stages.join(' | ')}`);
  const checking = stages.find((s) => s.startsWith('checking: '));
  assert.ok(checking, `then the check: ${stages.join(' | ')}`);
  assert.equal(checking, `checking: 正在加载数据： generated/synthetic-5000.json · 正在检查 ${mb} MB…`);
  assert.equal(await app.page.locator('[data-testid=data-loading]').count(), 0, 'the banner goes once the map is shown');
  await app.close();
});

test('a link to an enterprise inside a folded chain unfolds the chain and centres the enterprise', async () => {
  // An enterprise of one chain only, so the chain it unfolds is certain.
  const id = datasets[5000].enterprises.filter((e) => e.chains.length === 1 && e.chains[0].id === 'ch-7')[100].id;
  const app = await open(`?data=generated/synthetic-5000.json&sel=${id}`, SIZES.phone);
  const node = app.node(id);
  await node.waitFor();
  assert.equal(await app.card().locator('h2').textContent(), datasets[5000].enterprises.find((e) => e.id === id).name.zh);
  assert.equal(await app.node('ch-7').locator('.stack').count(), 0, 'its chain is unfolded');
  assert.equal(await app.page.locator('.graph .graph-svg .node.folded').count(), 9, 'the other chains stay folded');
  // Centred: the view glides to it; wait for it to come to rest in the middle of the drawing
  // area (the graph's box from its top left corner, as wide and high as its drawing).
  await app.page.waitForFunction((id) => {
    const svg = document.querySelector('.graph .graph-svg');
    const area = svg.closest('[data-testid=graph]').getBoundingClientRect();
    const [w, h] = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
    const r = document.querySelector(`.graph .graph-svg .node[data-id="${id}"] .dot`).getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    return Math.abs(x - (area.left + w / 2)) < 4 && Math.abs(y - (area.top + h / 2)) < 4;
  }, id);
  await app.shot('large-5000-link-to-member');
  await app.close();
});

for (const [name, size] of Object.entries(SIZES)) {
  test(`5000 enterprises, network view, ${name}: members gather by chain, each chain named, lines faint until zoomed in`, async () => {
    const app = await App.open('?data=generated/synthetic-5000.json&view=network', size);
    await app.page.locator('[data-testid=data-shown]').waitFor({ timeout: 60000 });
    // While the worker lays the network out, the page says so over the system picture.
    const pending = app.page.getByTestId('network-pending');
    await pending.waitFor();
    assert.match(await pending.textContent(), /正在计算关系网络布局/);
    await app.page.waitForSelector('html:not([data-gliding]) [data-testid=graph]:not([aria-busy]) .graph-svg .node.enterprise', { timeout: 60000 });
    assert.equal(await pending.count(), 0, 'the note goes when the network is drawn');
    // Where each enterprise is drawn, and the chain it is first listed under.
    const first = new Map(datasets[5000].enterprises.map((e) => [e.id, e.chains[0].id]));
    const dots = await app.page.$$eval('.graph .graph-svg .node.enterprise', (els) => els.map((e) => {
      const r = e.querySelector('.dot').getBoundingClientRect();
      return { id: e.dataset.id, x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }));
    assert.equal(dots.length, 5000);
    const centres = new Map();
    for (const d of dots) {
      const c = centres.get(first.get(d.id)) ?? { x: 0, y: 0, n: 0 };
      centres.set(first.get(d.id), { x: c.x + d.x, y: c.y + d.y, n: c.n + 1 });
    }
    for (const c of centres.values()) Object.assign(c, { x: c.x / c.n, y: c.y / c.n });
    const nearest = (d) => [...centres].reduce((best, [id, c]) => (Math.hypot(d.x - c.x, d.y - c.y) < best.dist ? { id, dist: Math.hypot(d.x - c.x, d.y - c.y) } : best), { dist: Infinity }).id;
    const home = dots.filter((d) => nearest(d) === first.get(d.id)).length;
    assert.ok(home > dots.length * 0.95, `${home} of 5000 sit nearest their own chain's members`);
    const labels = (await app.labels()).map((l) => l.replace(/\s+/g, ''));
    for (let c = 1; c <= 10; c++) assert.ok(labels.includes(`合成产业链${c}`), `合成产业链${c} is among ${labels.join(', ')}`);
    assertClear(await labelBoxes(app), size);
    // Thousands of lines are faint at the fitted zoom and clearer zoomed in.
    const opacity = () => app.page.$eval('.graph .graph-svg .edges .edge', (e) => Number(getComputedStyle(e).strokeOpacity));
    assert.ok((await opacity()) <= 0.15, 'faint at the fitted zoom');
    await app.shot(`large-5000-network-${name}`);
    // Zooming restyles the drawing only once the view is still: the lines change while it is not
    // moving, and the page's language attribute is not written again (each write restyled every element).
    await app.page.evaluate(() => {
      window.restyles = [];
      const svg = document.querySelector('.graph .graph-svg');
      new MutationObserver((rs) => window.restyles.push(...rs.map((r) => ({ on: 'drawing', was: r.oldValue ?? '' }))))
        .observe(svg, { attributes: true, attributeFilter: ['class'], attributeOldValue: true });
      new MutationObserver((rs) => window.restyles.push(...rs.map(() => ({ on: 'page', name: 'lang' }))))
        .observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    });
    for (let k = 0; k < 3; k++) {
      await app.page.click('[data-testid=zoom-in]');
      await app.page.waitForSelector('html:not([data-gliding])');
    }
    await app.page.waitForFunction(() => document.querySelector('.graph .graph-svg').classList.contains('near'));
    assert.ok((await opacity()) >= 0.3, 'clearer zoomed in');
    const { records, final } = await app.page.evaluate(() => ({ records: window.restyles, final: document.querySelector('.graph .graph-svg').getAttribute('class') }));
    assert.deepEqual(records.filter((r) => r.on === 'page'), [], 'the language attribute is not rewritten');
    const classes = records.filter((r) => r.on === 'drawing').map((r) => r.was).concat(final).map((c) => c.split(/\s+/));
    const turnedNear = classes.slice(1).filter((now, i) => now.includes('near') && !classes[i].includes('near'));
    assert.equal(turnedNear.length, 1, `the lines turn clearer once: ${JSON.stringify(classes)}`);
    assert.ok(!turnedNear[0].includes('moving'), `not while the view moves: ${turnedNear[0].join(' ')}`);
    await app.close();
  });
}
