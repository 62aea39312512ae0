// The interactive graph as a visitor uses it: zoom, pan, pinch, hover, legend, search, keyboard,
// views, list, URL state, language and the phone's bottom sheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

/** The pan/zoom transform of the drawing: { k, x, y }. */
async function transform(app) {
  const t = await app.page.$eval('.graph-svg', (e) => getComputedStyle(e).transform);
  if (t === 'none') return { x: 0, y: 0, k: 1 };
  const [a, , , , e, f] = /matrix\(([^)]*)\)/.exec(t)[1].split(',').map(Number);
  return { x: e, y: f, k: a };
}

/** The centre and width of a node's disc on screen. */
async function disc(app, id) {
  const r = await app.node(id).locator('.dot').boundingBox();
  return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width };
}

/** Waits until the drawing is final: the network view's positions are in (from the worker) and no glide is under way. */
async function settle(app) {
  await app.page.waitForSelector('html:not([data-gliding]) [data-testid=graph]:not([aria-busy])');
}

const near = (a, b, tol, what) => assert.ok(Math.abs(a - b) <= tol, `${what}: ${a} vs ${b}`);

test('wheel zooms about the pointer; the zoom goes into the URL and survives a reload', async () => {
  const app = await App.open();
  await settle(app);
  const before = await disc(app, 'ch-copper');
  const k0 = (await transform(app)).k;
  await app.page.mouse.move(before.x, before.y);
  await app.page.mouse.wheel(0, -400);
  await settle(app);
  const after = await disc(app, 'ch-copper');
  assert.ok((await transform(app)).k > k0 * 1.5, 'zoomed in');
  near(after.x, before.x, 2, 'the point under the pointer stays (x)');
  near(after.y, before.y, 2, 'the point under the pointer stays (y)');
  assert.ok(after.w > before.w * 1.5, 'the node got bigger');
  await app.page.waitForFunction(() => /[?&]z=/.test(location.search));
  const zoomed = await transform(app);
  await app.page.reload();
  await app.ready();
  await settle(app);
  near((await transform(app)).k, zoomed.k, 0.01, 'zoom restored after reload');
  await app.close();
});

test('drag pans without selecting; double-click zooms in; the buttons zoom and fit', async () => {
  const app = await App.open();
  await settle(app);
  const box = await app.page.locator('[data-testid=graph]').boundingBox();
  const t0 = await transform(app);
  // Press on empty background near the top-left corner of the graph.
  await app.page.mouse.move(box.x + 40, box.y + 40);
  await app.page.mouse.down();
  await app.page.mouse.move(box.x + 120, box.y + 90, { steps: 8 });
  await app.page.mouse.up();
  const t1 = await transform(app);
  near(t1.x - t0.x, 80, 1, 'panned right');
  near(t1.y - t0.y, 50, 1, 'panned down');
  assert.equal(await app.card().count(), 0, 'a pan selects nothing');
  await app.page.mouse.dblclick(box.x + 60, box.y + 60);
  await settle(app);
  near((await transform(app)).k, t1.k * 2, 0.01, 'double-click doubles the zoom');
  await app.page.click('[data-testid=zoom-out]');
  await settle(app);
  near((await transform(app)).k, (t1.k * 2) / 1.5, 0.01, 'zoom-out button');
  await app.page.click('[data-testid=zoom-in]');
  await settle(app);
  near((await transform(app)).k, t1.k * 2, 0.01, 'zoom-in button');
  await app.page.click('[data-testid=zoom-fit]');
  await settle(app);
  const fitted = await transform(app);
  near(fitted.k, t0.k, 0.01, 'fit returns to the whole picture');
  near(fitted.x, t0.x, 1, 'fit x');
  await app.close();
});

test('the zoom buttons leave what is selected as it is; fitting takes the zoom out of the link', async () => {
  const app = await App.open('?sel=ch-aluminium');
  await settle(app);
  await app.card().waitFor();
  await app.page.click('[data-testid=zoom-in]');
  await app.page.waitForFunction(() => /[?&]z=/.test(location.search));
  assert.match(app.page.url(), /[?&]sel=ch-aluminium/, 'zooming in keeps the selection');
  assert.equal(await app.card().count(), 1, 'and its card');
  await app.page.click('[data-testid=zoom-fit]');
  await app.page.waitForFunction(() => !/[?&]z=/.test(location.search));
  assert.match(app.page.url(), /[?&]sel=ch-aluminium/, 'fitting keeps the selection');
  await app.close();
});

test('pinch with two fingers zooms and two-finger drag pans (touch through CDP)', async () => {
  const app = await App.open('', SIZES.phone);
  await settle(app);
  const box = await app.page.locator('[data-testid=graph]').boundingBox();
  const cdp = await app.context.newCDPSession(app.page);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const touch = (type, d, dy = 0) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [{ x: cx - d, y: cy + dy, id: 1 }, { x: cx + d, y: cy + dy, id: 2 }],
  });
  const t0 = await transform(app);
  await touch('touchStart', 40);
  for (let d = 45; d <= 120; d += 5) await touch('touchMove', d);
  for (let dy = 5; dy <= 60; dy += 5) await touch('touchMove', 120, dy);
  await touch('touchEnd', 0);
  const t1 = await transform(app);
  near(t1.k / t0.k, 3, 0.15, 'fingers 80 px → 240 px apart zoom ×3');
  // The layout point under the fingers' midpoint followed the fingers down by 60 px.
  const startPoint = { x: (cx - box.x - t0.x) / t0.k, y: (cy - box.y - t0.y) / t0.k };
  near(startPoint.x * t1.k + t1.x, cx - box.x, 2, 'midpoint stays under the fingers (x)');
  near(startPoint.y * t1.k + t1.y, cy - box.y + 60, 2, 'two-finger pan moves the picture (y)');
  await app.close();
});

test('hover lights a node and its neighbours, dims the rest, and shows its name', async () => {
  const app = await App.open();
  await settle(app);
  await app.node('ch-aluminium').hover();
  await app.page.waitForSelector('.graph-svg .nodes .node.lit');
  const lit = await app.page.$$eval('.graph .graph-svg .node.lit', (ns) => ns.map((n) => n.dataset.id));
  for (const id of ['ch-aluminium', 'ind-materials', 'ent-jiulong-wanbo']) assert.ok(lit.includes(id), `${id} is lit`);
  assert.ok(!lit.includes('ch-lighting'), 'a stranger is not lit');
  // A veil dims the drawing; copies of the lit nodes, with their labels, sit above it.
  await app.page.waitForFunction(() => getComputedStyle(document.querySelector('.veil')).opacity === '1');
  const copies = await app.page.$$eval('.focus-layer .label', (ls) => ls.map((l) => l.textContent));
  assert.equal(copies.length, lit.length, 'one copy per lit node');
  assert.ok(copies.includes('铝及铝合金材料') && copies.includes('九龙万博'), copies.join());
  assert.ok(!copies.includes('照明电气'), 'the stranger stays under the veil');
  const veil = await app.page.locator('.veil').boundingBox();
  const graph = await app.page.locator('[data-testid=graph]').boundingBox();
  assert.deepEqual(veil, graph, 'the veil covers the whole drawing');
  assert.match(await app.page.locator('[data-testid=tooltip]').textContent(), /铝及铝合金材料/);
  await app.page.mouse.move(5, 5);
  await app.page.waitForSelector('.graph:not(.focusing)');
  assert.equal(await app.page.locator('.focus-layer .node').count(), 0);
  await app.close();
});

test('the legend hides an industry with its chains, and a link kind with its programmes; the URL keeps it', async () => {
  const app = await App.open('?view=network');
  await settle(app);
  await app.page.click('[data-testid=legend-industry][data-id=ind-materials]');
  await app.page.waitForSelector('.graph .node[data-id=ch-aluminium]', { state: 'detached' });
  for (const id of ['ind-materials', 'ch-copper', 'ent-jiulong-wanbo']) assert.equal(await app.node(id).count(), 0, `${id} hidden`);
  assert.equal(await app.node('ch-lighting').count(), 1, 'other industries stay');
  assert.equal(await app.page.getAttribute('[data-testid=legend-industry][data-id=ind-materials]', 'aria-pressed'), 'false');
  await app.page.click('[data-testid=legend-link][data-kind=serves]');
  await app.page.waitForSelector('.graph .node[data-id=prog-enablement-centre]', { state: 'detached' });
  assert.equal(await app.page.locator('.graph .edge.serves').count(), 0);
  await app.waitForQuery('?view=network&hide=ind-materials%2C~serves');
  await app.page.reload();
  await app.ready();
  assert.equal(await app.node('ch-aluminium').count(), 0, 'still hidden after reload');
  await app.page.click('.show-all');
  await app.node('ch-aluminium').waitFor();
  await app.waitForQuery('?view=network');
  await app.close();
});

test('the legend has a switch per industry and per link kind, pressed while shown; a switch toggled by keyboard keeps its element and the focus', async () => {
  const app = await App.open('?view=network&hide=ind-materials%2C~serves');
  await settle(app);
  const pressed = (sel) => app.page.locator(sel).evaluateAll((bs) => bs.map((b) => `${b.dataset.id ?? b.dataset.kind}:${b.getAttribute('aria-pressed')}`));
  const industries = await pressed('[data-testid=legend-industry]');
  assert.equal(industries.length, 5, `one switch per industry: ${industries}`);
  assert.deepEqual(industries.filter((s) => s.endsWith(':false')), ['ind-materials:false'], 'only the hidden industry is not pressed');
  assert.deepEqual(await pressed('[data-testid=legend-link]'), ['serves:false', 'projects:true', 'inferred:true']);
  assert.match(await app.page.locator('[data-testid=legend-industry][data-id=ind-materials] .count').textContent(), /^\d+$/);
  // Space and Enter toggle a switch; the button stays the same element and keeps the focus.
  const marked = () => app.page.evaluate(() => document.activeElement.kept === true);
  for (const [sel, key] of [['[data-testid=legend-industry][data-id=ind-materials]', 'Space'], ['[data-testid=legend-link][data-kind=serves]', 'Enter']]) {
    await app.page.focus(sel);
    await app.page.evaluate(() => { document.activeElement.kept = true; });
    await app.page.keyboard.press(key);
    await app.page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-pressed') === 'true', sel);
    assert.ok(await marked(), `${sel}: the same element keeps the focus`);
    await app.page.keyboard.press(key);
    await app.page.waitForFunction((s) => document.querySelector(s).getAttribute('aria-pressed') === 'false', sel);
    assert.ok(await marked(), `${sel}: and again`);
  }
  await app.close();
});

test('search finds by pinyin initials and English, Enter selects and centres the node', async () => {
  const app = await App.open();
  await settle(app);
  const search = app.page.locator('[data-testid=search]');
  await search.fill('jl');
  const options = app.page.locator('.search-option');
  await options.first().waitFor();
  const ids = await options.evaluateAll((os) => os.map((o) => o.dataset.id));
  assert.ok(ids.includes('ent-jinlong'), `jl finds 金龙: ${ids}`);
  // Arrow keys walk the results; the active one is announced to screen readers.
  for (let k = 0; k < ids.indexOf('ent-jinlong'); k += 1) await search.press('ArrowDown');
  assert.equal(await search.getAttribute('aria-activedescendant'), `search-option-${ids.indexOf('ent-jinlong')}`);
  const marked = () => options.evaluateAll((os) => os.filter((o) => o.getAttribute('aria-selected') === 'true').map((o) => o.dataset.id));
  assert.deepEqual(await marked(), ['ent-jinlong'], 'only the active option is marked selected');
  // Moving the active option changes its mark only: the options stay the same elements.
  await options.evaluateAll((os) => os.forEach((o) => { o.kept = true; }));
  await search.press('ArrowDown');
  await search.press('ArrowUp');
  assert.deepEqual(await marked(), ['ent-jinlong']);
  assert.ok(await options.evaluateAll((os) => os.every((o) => o.kept === true)), 'the list is not rebuilt');
  await search.press('Enter');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong');
  await settle(app);
  const box = await app.page.locator('[data-testid=graph]').boundingBox();
  const at = await disc(app, 'ent-jinlong');
  // Centred in the drawing, which leaves the zoom buttons a 68 px strip on the right.
  near(at.x, box.x + (box.width - 68) / 2, 3, 'centred (x)');
  near(at.y, box.y + box.height / 2, 3, 'centred (y)');
  await search.fill('Schneider');
  await search.press('Enter');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-schneider');
  // A click (or tap) on a result chooses it; the list keeps the focus in the box meanwhile.
  await search.fill('jl');
  await options.first().waitFor();
  assert.deepEqual((await marked()).length, 1, 'new results: the first is active');
  await options.filter({ hasText: '金龙' }).first().click();
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong');
  await search.fill('zzzz');
  assert.match(await app.page.locator('.search-empty').textContent(), /没有匹配/);
  await app.close();
});

test('keyboard only: Tab to the graph, arrows walk from an industry to an enterprise and back, Enter selects', async () => {
  const app = await App.open('?sel=ind-materials');
  await settle(app);
  await app.page.keyboard.press('Escape');
  for (let i = 0; i < 60; i += 1) {
    await app.page.keyboard.press('Tab');
    if (await app.page.evaluate(() => document.activeElement?.classList.contains('node'))) break;
  }
  const focused = () => app.page.evaluate(() => document.activeElement?.dataset?.id);
  assert.equal(await focused(), 'ind-materials', 'Tab lands on the node last selected');
  assert.equal(await app.page.locator('.graph .node[tabindex="0"]').count(), 1, 'one tab stop in the graph');
  const outline = await app.page.evaluate(() => getComputedStyle(document.activeElement.querySelector('.halo')).strokeWidth);
  assert.notEqual(outline, '0px', 'a visible focus ring');
  // Step towards each target with the arrow key that points at it.
  const walk = async (to) => {
    const a = await disc(app, await focused());
    const b = await disc(app, to);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const key = Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? 'ArrowRight' : 'ArrowLeft') : (dy > 0 ? 'ArrowDown' : 'ArrowUp');
    await app.page.keyboard.press(key);
    assert.equal(await focused(), to, `${key} moves to ${to}`);
  };
  await walk('ch-copper');
  await walk('ent-jinlong');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong');
  assert.match(await app.page.locator('[data-testid=announce]').textContent(), /已选择：金龙铜管（重庆平湖金龙精密铜管有限公司），企业/);
  await walk('ch-copper');
  await walk('ind-materials');
  await app.page.keyboard.press('+');
  await settle(app);
  assert.ok((await transform(app)).k > 1.2, '+ zooms in');
  await app.page.keyboard.press('0');
  await settle(app);
  assert.ok((await transform(app)).k <= 1, '0 fits');
  await app.page.keyboard.press('Escape');
  assert.equal(await app.card().count(), 0, 'Esc clears');
  await app.close();
});

test('views switch from the header; each is a step back and forward, with selection and zoom in the URL', async () => {
  const app = await App.open();
  await app.node('ch-aluminium').click();
  await app.waitForQuery('?sel=ch-aluminium');
  await app.page.click('[data-testid=tab-network]');
  await app.waitForQuery('?sel=ch-aluminium&view=network');
  await app.node('prog-enablement-centre').waitFor();
  assert.equal(await app.page.locator('.graph .edge.serves').count() >= 2, true, 'cross links drawn');
  await app.page.click('[data-testid=tab-chain]');
  await app.waitForQuery('?sel=ch-aluminium&view=chain');
  const bands = await app.page.$$eval('[data-testid=band]', (bs) => bs.map((b) => [b.querySelector('.band-title').textContent, b.getAttribute('class')]));
  assert.deepEqual(bands.map(([t]) => t), ['氧化铝', '白刚玉', '电解铝', '动力电池铝箔压延', '高强度铝合金型材']);
  assert.match(bands[0][1], /present/);
  assert.match(bands[2][1], /missing/);
  assert.match(bands[1][1], /planned/);
  await app.page.selectOption('[data-testid=chain-picker]', 'ch-lighting');
  await app.waitForQuery('?sel=ch-aluminium&view=chain&chain=ch-lighting');
  assert.match(await app.page.locator('[data-testid=no-stages]').textContent(), /文中未给出该链的环节/);
  assert.equal(await app.node('ent-schneider').count(), 1, 'its enterprise is shown');
  await app.page.goBack();
  await app.waitForQuery('?sel=ch-aluminium&view=chain');
  await app.page.goBack();
  await app.waitForQuery('?sel=ch-aluminium&view=network');
  await app.node('prog-enablement-centre').waitFor();
  await app.page.goBack();
  await app.waitForQuery('?sel=ch-aluminium');
  assert.equal(await app.node('prog-enablement-centre').count(), 0, 'back in the system view');
  assert.match(await app.page.title(), /铝及铝合金材料 · 体系图/);
  await app.close();
});

test('network view: a dragged node stays where it is dropped', async () => {
  const app = await App.open('?view=network');
  await settle(app);
  const a = await disc(app, 'ent-guoneng');
  const box = await app.page.locator('[data-testid=graph]').boundingBox();
  const to = { x: box.x + 60, y: box.y + box.height - 60 };
  await app.page.mouse.move(a.x, a.y);
  await app.page.mouse.down();
  await app.page.mouse.move(to.x, to.y, { steps: 10 });
  await app.page.mouse.up();
  await settle(app);
  const b = await disc(app, 'ent-guoneng');
  near(b.x, to.x, 2, 'dropped x');
  near(b.y, to.y, 2, 'dropped y');
  // Hovering elsewhere and zooming do not put it back.
  await app.page.click('[data-testid=zoom-in]');
  await settle(app);
  await app.page.click('[data-testid=zoom-fit]');
  await settle(app);
  const c = await disc(app, 'ent-guoneng');
  near(c.x, to.x, 2, 'still there');
  await app.close();
});

test('list view: a tree with counts, walked by keyboard, in step with the graph selection', async () => {
  const app = await App.open('?sel=ch-copper');
  await app.page.click('[data-testid=tab-list]');
  const tree = app.page.locator('[role=tree]');
  await tree.waitFor();
  assert.equal(await tree.locator('[role=treeitem][aria-selected=true]').getAttribute('data-id'), 'ch-copper');
  const industry = tree.locator('[role=treeitem][data-id=ind-materials]');
  assert.equal(await industry.getAttribute('aria-level'), '2');
  const name = await industry.getAttribute('aria-labelledby');
  assert.equal(await app.page.locator(`#${name}`).textContent(), '先进材料，重点产业，3 条产业链', 'its accessible name');
  // Every node once, at its depth; each open branch owned by its item; one tab stop.
  const items = await tree.locator('[role=treeitem]').evaluateAll((els) => els.map((e) => ({
    id: e.dataset.id,
    level: Number(e.getAttribute('aria-level')),
    expanded: e.getAttribute('aria-expanded'),
    owns: e.getAttribute('aria-owns'),
    depth: (() => { let d = 0; for (let x = e.closest('[role=group]'); x; x = x.parentElement.closest('[role=group]')) d += 1; return d + 1; })(),
    group: e.nextElementSibling?.id ?? null,
  })));
  assert.equal(new Set(items.map((i) => i.id)).size, items.length, 'no node listed twice');
  assert.deepEqual(items.filter((i) => i.level !== i.depth), [], 'aria-level is the depth');
  assert.deepEqual(items[0], { ...items[0], id: 'wanzhou', level: 1, expanded: 'true' });
  assert.equal(items.find((i) => i.id === 'ch-aluminium').level, 3);
  assert.deepEqual(items.filter((i) => i.expanded === 'true' && i.owns !== i.group), [], 'an open item owns the group after it');
  assert.deepEqual(items.filter((i) => i.expanded === null && i.group !== null), [], 'a leaf has no group');
  assert.equal(await tree.locator('[role=treeitem][tabindex="0"]').count(), 1, 'one tab stop');
  assert.equal(await tree.locator('[role=treeitem][tabindex="0"]').getAttribute('data-id'), 'ch-copper', 'on the selected item');
  // Keyboard: the selected item takes focus with Tab; Down and Enter select the next one.
  await tree.locator('[role=treeitem][data-id=ch-copper]').focus();
  await app.page.keyboard.press('ArrowDown');
  await app.page.keyboard.press('Enter');
  const next = await app.card().getAttribute('data-id');
  assert.equal(next, 'ent-jinlong');
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await app.page.evaluate(() => document.activeElement.dataset.id), 'ch-copper', 'Left goes to the parent');
  const focusKept = () => app.page.evaluate(() => document.activeElement.kept === true && document.activeElement.dataset.id);
  await app.page.evaluate(() => { document.activeElement.kept = true; });
  await app.page.keyboard.press('ArrowLeft');
  assert.equal(await tree.locator('[data-id=ch-copper]').getAttribute('aria-expanded'), 'false', 'Left folds');
  assert.equal(await tree.locator('[data-id=ent-jinlong]').count(), 0);
  assert.equal(await tree.locator('#tree-group-' + (await tree.locator('[data-id=ch-copper]').getAttribute('data-i'))).count(), 0, 'its branch is gone');
  assert.equal(await tree.locator('[data-id=ch-copper]').getAttribute('aria-owns'), null);
  assert.equal(await focusKept(), 'ch-copper', 'the folded item keeps its element and the focus');
  await app.page.keyboard.press('ArrowRight');
  assert.equal(await tree.locator('[data-id=ch-copper]').getAttribute('aria-expanded'), 'true', 'Right unfolds');
  assert.equal(await focusKept(), 'ch-copper', 'the unfolded item keeps the focus');
  await tree.locator('[role=treeitem][data-id=ch-copper] .twisty').click();
  assert.equal(await tree.locator('[data-id=ch-copper]').getAttribute('aria-expanded'), 'false', 'a click on the arrow folds');
  assert.equal(await focusKept(), 'ch-copper', 'and keeps the focus');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong', 'without selecting');
  await tree.locator('[role=treeitem][data-id=ch-copper] .twisty').click();
  await tree.locator('[role=treeitem][data-id=ent-schneider] > .tree-row').click();
  assert.equal(await app.card().getAttribute('data-id'), 'ent-schneider');
  await app.page.click('[data-testid=lang]');
  await tree.locator('[role=treeitem][data-id=ind-materials]').locator('.tree-name', { hasText: 'Advanced materials' }).waitFor();
  assert.equal(await tree.locator('[role=treeitem][aria-selected=true]').getAttribute('data-id'), 'ent-schneider', 'redrawn in English, still marked');
  await app.page.click('[data-testid=tab-map]');
  await app.node('ent-schneider').waitFor();
  assert.equal(await app.node('ent-schneider').getAttribute('aria-pressed'), 'true', 'the graph shows the list selection');
  await app.close();
});

test('language: the toggle switches interface and data names; ?lang=en opens in English', async () => {
  const app = await App.open('?view=network');
  await app.page.click('[data-testid=lang]');
  await app.waitForQuery('?view=network&lang=en');
  assert.equal(await app.page.textContent('[data-testid=tab-network]'), 'Network');
  assert.match(await app.page.getAttribute('[data-testid=search]', 'placeholder'), /pinyin initials/);
  const labels = (await app.labels()).join(' ');
  assert.match(labels, /Aluminium/);
  assert.doesNotMatch(labels, /[\u4e00-\u9fff]/, 'no Chinese left in the labels');
  await app.close();
  const en = await App.page('?lang=en&view=list');
  await en.page.locator('[role=tree]').waitFor();
  assert.match(await en.page.textContent('[role=tree]'), /Advanced materials/);
  assert.equal(await en.page.getAttribute('html', 'lang'), 'en');
  await en.close();
});

test('phone: the card is a bottom sheet that drags up to full height and down to close', async () => {
  const app = await App.open('?sel=ch-aluminium', SIZES.phone);
  const panel = app.page.locator('[data-testid=panel]');
  await app.card().waitFor();
  await app.page.waitForTimeout(400); // the sheet slides in
  const handle = app.page.locator('[data-testid=sheet-handle]');
  const drag = async (dy) => {
    const h = await handle.boundingBox();
    await app.page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await app.page.mouse.down();
    await app.page.mouse.move(h.x + h.width / 2, h.y + h.height / 2 + dy, { steps: 6 });
    await app.page.mouse.up();
  };
  const height0 = (await panel.boundingBox()).height;
  await drag(-120);
  await app.page.waitForFunction(() => document.querySelector('[data-testid=panel]').classList.contains('full'));
  await app.page.waitForTimeout(300);
  assert.ok((await panel.boundingBox()).height > height0, 'taller after dragging up');
  await app.shot('sheet-full-phone');
  await drag(150);
  await app.page.waitForFunction(() => !document.querySelector('[data-testid=panel]').classList.contains('full'));
  await app.page.waitForTimeout(300);
  await drag(200);
  await app.waitForQuery('');
  assert.equal(await app.card().count(), 0, 'dragged down: closed and cleared');
  await app.close();
});

for (const [name, size] of Object.entries({ ...SIZES, narrow: { width: 360, height: 640 } })) {
  test(`${name}: every view fits the width with no horizontal scrolling`, async () => {
    const app = await App.open('?sel=ch-aluminium', size);
    for (const view of ['map', 'network', 'chain', 'list', 'dashboard']) {
      await app.page.click(`[data-testid=tab-${view}]`);
      await app.page.waitForTimeout(700);
      const scroll = await app.page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scroll <= size.width, `${view}: page is ${scroll} px wide`);
      if (name !== 'narrow') await app.shot(`view-${view}-${name}`);
    }
    await app.close();
  });
}

test('switching views glides each node from its old place; with reduced motion it jumps', async () => {
  const parse = (t) => t.match(/[-\d.]+/g).map(Number);
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const app = await App.open('', SIZES.desktop, { reducedMotion });
    await settle(app);
    const pos = async () => parse(await app.node('ch-aluminium').getAttribute('transform'));
    const from = await pos();
    await app.page.click('[data-testid=tab-network]');
    // The network's positions come from the worker; then the nodes glide (or, reduced, jump) there.
    if (reducedMotion === 'reduce') {
      await app.page.waitForSelector('[data-testid=graph]:not([aria-busy])');
    } else {
      await app.page.waitForSelector('html[data-gliding] [data-testid=graph]:not([aria-busy])');
      await app.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done)))));
    }
    const mid = await pos();
    await settle(app);
    const to = await pos();
    assert.ok(Math.hypot(to[0] - from[0], to[1] - from[1]) > 20, 'the node has somewhere else to be');
    if (reducedMotion === 'reduce') {
      assert.deepEqual(mid, to, 'no glide when motion is reduced');
    } else {
      const along = ((mid[0] - from[0]) * (to[0] - from[0]) + (mid[1] - from[1]) * (to[1] - from[1])) / ((to[0] - from[0]) ** 2 + (to[1] - from[1]) ** 2);
      assert.ok(along > 0.02 && along < 0.98, `part way there three frames in (${along.toFixed(2)})`);
    }
    await app.close();
  }
});
