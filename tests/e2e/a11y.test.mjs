// Accessibility as audited and as used: axe-core on every view, mode and language; keyboard walks;
// the bottom sheet as a dialog; display settings (large text, dark, high contrast) kept and applied;
// 200 % page zoom; screenshots of each mode.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { HtmlValidate } from 'html-validate';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** Opens `query`, waits for the app to settle, and runs axe on the whole page: its violations. */
async function audit(query, size = SIZES.desktop, { enhanced = false, options = {} } = {}) {
  const app = await App.page(query, size, options);
  await app.page.waitForSelector('.stage', { state: 'attached', timeout: 15000 });
  await app.page.waitForSelector('.node, [role=treeitem], .dashboard', { timeout: 15000 });
  await app.page.waitForTimeout(700);
  await app.page.addScriptTag({ content: AXE });
  const violations = await app.page.evaluate(async (enhanced) => {
    const rules = enhanced ? { 'color-contrast-enhanced': { enabled: true } } : {};
    const r = await window.axe.run(document, { rules, resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }, enhanced);
  return { app, violations };
}

const VIEWS = ['', '?view=network', '?view=chain', '?view=list', '?view=dashboard'];

for (const lang of ['', 'lang=en']) {
  test(`axe: no violations in any view, with a card open, in embed and kiosk modes (${lang || 'zh'})`, async () => {
    const join = (q) => (lang ? (q ? `${q}&${lang}` : `?${lang}`) : q);
    const pages = [
      ...VIEWS,
      '?sel=ch-aluminium',
      '?view=network&sel=prog-enablement-centre',
      '?view=chain&sel=ent-jinlong',
      '?view=list&sel=ent-schneider',
      '?mode=embed&sel=ind-materials',
      '?mode=kiosk',
    ].map(join);
    const report = {};
    for (const q of pages) {
      const { app, violations } = await audit(q);
      report[q || '(home)'] = violations;
      await app.close();
    }
    console.log(`axe, ${lang || 'zh'}, 1280×800:`, Object.entries(report).map(([q, v]) => `${q} ${v.length}`).join(' · '));
    for (const [q, v] of Object.entries(report)) assert.deepEqual(v, [], `axe on ${q}`);
  });
}

test('axe: phone views and every display mode; high contrast passes the 7:1 text rule', async () => {
  const cases = [
    ['', SIZES.phone],
    ['?view=list', SIZES.phone],
    ['?sel=ent-jinlong', SIZES.phone],
    ['?view=dashboard', SIZES.phone],
    ['?theme=dark&sel=ch-aluminium', SIZES.desktop],
    ['?theme=dark&view=dashboard', SIZES.desktop],
    ['?text=large&sel=ch-aluminium', SIZES.desktop],
    ['?text=large&view=list', SIZES.phone],
    ['?theme=contrast&sel=ch-aluminium', SIZES.desktop, true],
    ['?theme=contrast&view=list', SIZES.desktop, true],
    ['?theme=contrast&view=dashboard', SIZES.desktop, true],
    ['', SIZES.desktop, false, { colorScheme: 'dark' }],
  ];
  for (const [q, size, enhanced, options] of cases) {
    const { app, violations } = await audit(q, size, { enhanced, options });
    console.log(`axe ${q || '(home)'} ${size.width}px${enhanced ? ' +7:1' : ''}${options ? ' prefers dark' : ''}: ${violations.length}`);
    assert.deepEqual(violations, [], `axe on ${q} at ${size.width}px`);
    await app.close();
  }
});

test('keyboard: skip links reach the graph and the card; the display menu works by keys and closes with Esc', async () => {
  const app = await App.open('?sel=ch-aluminium');
  const page = app.page;
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '跳到图谱');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), '跳到详情');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'panel', 'focus is on the card');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)), 'Tab goes on inside the card');
  assert.equal(new URL(page.url()).hash, '', 'no # added to the link');

  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.focus('[data-testid=display-menu] summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('[data-testid=display-menu]').getAttribute('open'), '');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('text-large')), 'arrow key picks large text');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('theme-dark')));
  await app.waitForQuery('?sel=ch-aluminium&theme=dark&text=large');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('[data-testid=display-menu]').getAttribute('open'), null, 'Esc closes the menu');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', 'focus back on its button');
  assert.equal(await app.card().count(), 1, 'Esc in the menu does not clear the selection');
  await app.close();
});

test('keyboard: the whole page is reachable in order, and nothing traps the focus', async () => {
  const app = await App.open('?sel=ch-copper');
  const seen = [];
  for (let k = 0; k < 60; k++) {
    await app.page.keyboard.press('Tab');
    seen.push(await app.page.evaluate(() => {
      const a = document.activeElement;
      const area = a.closest('#panel') ?? a.closest('header, .toolbar, .graph, footer');
      return `${area ? area.id || area.className.split(' ')[0] || area.tagName : a.tagName}:${a.dataset.testid ?? a.getAttribute('aria-label') ?? a.textContent.slice(0, 12)}`;
    }));
  }
  const order = [...new Set(seen.map((s) => s.split(':')[0]))];
  assert.deepEqual(order.slice(0, 5), ['A', 'top', 'toolbar', 'graph', 'panel'], `skip links, header, toolbar, graph, card: ${order}`);
  assert.ok(seen.some((s) => s.startsWith('top:tab-network')) && seen.some((s) => s.includes('display-menu') || s.includes('显示')), 'tabs and display menu reached');
  const round = seen.slice(0, seen.findIndex((s) => s.startsWith('BODY')));
  assert.ok(round.length > 20, `one round of Tab reaches every control (${round.length} stops)`);
  assert.equal(round.filter((s) => s.startsWith('graph')).length, 4, 'the graph is one stop plus its three zoom buttons, not one per node');
  assert.equal(seen[round.length + 1], seen[0], 'after the last control Tab comes round to the first again: nothing traps it');
  await app.close();
});

test('phone: the open card is a modal sheet that keeps Tab inside and gives focus back on Esc', async () => {
  const app = await App.open('', SIZES.phone);
  const page = app.page;
  const node = app.node('ch-aluminium');
  await node.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('#panel h2'));
  const panel = page.locator('#panel');
  assert.equal(await panel.getAttribute('role'), 'dialog');
  assert.equal(await panel.getAttribute('aria-modal'), 'true');
  for (let k = 0; k < 30; k++) {
    await page.keyboard.press(k % 7 === 6 ? 'Shift+Tab' : 'Tab');
    assert.ok(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)), `focus stays in the sheet (step ${k})`);
  }
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => document.activeElement?.dataset.id === 'ch-aluminium');
  assert.equal(await app.card().count(), 0, 'closed');
  assert.equal(await panel.getAttribute('role'), 'complementary', 'no dialog once closed');
  await app.close();
});

test('display settings: kept in the URL and on the device, a dark device gets dark; a kiosk keeps its own', async () => {
  const app = await App.open();
  const page = app.page;
  await page.click('[data-testid=display-menu] summary');
  await page.click('[data-testid=theme-contrast]');
  await page.click('[data-testid=text-large]');
  await app.waitForQuery('?theme=contrast&text=large');
  const html = () => page.evaluate(() => document.documentElement.className);
  assert.match(await html(), /theme-contrast/);
  assert.match(await html(), /text-large/);
  await page.reload();
  await app.ready();
  assert.match(await html(), /theme-contrast.*text-large|text-large.*theme-contrast/, 'reload keeps them');
  await page.goto(new URL(page.url()).origin + '/');
  await app.ready();
  assert.match(await html(), /theme-contrast/, 'a plain link on this device gets the choice back');
  await app.waitForQuery('?theme=contrast&text=large');
  await page.goto(new URL(page.url()).origin + '/?theme=dark');
  await app.ready();
  assert.match(await html(), /theme-dark/, 'a link that says otherwise wins');
  assert.doesNotMatch(await html(), /text-large/);
  await app.close();

  const dark = await App.open('', SIZES.desktop, { colorScheme: 'dark' });
  const paper = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g).slice(0, 3).map(Number));
  assert.ok(paper.every((c) => c < 60), `a device that prefers dark gets the dark theme (${paper})`);
  await dark.close();

  const kiosk = await App.open('?mode=kiosk');
  assert.doesNotMatch(await kiosk.page.evaluate(() => document.documentElement.className), /theme-|text-large/, 'a kiosk ignores what a visitor chose elsewhere');
  await kiosk.close();
});

test('large text: every text at least 18 px, every control at least 48 px, in the graph too', async () => {
  for (const [query, size] of [['?text=large&sel=ch-aluminium', SIZES.desktop], ['?text=large', SIZES.phone], ['?text=large&view=list', SIZES.desktop], ['?text=large&view=dashboard', SIZES.desktop]]) {
    const app = await App.page(query, size);
    await app.page.waitForSelector('.node, [role=treeitem], .dashboard');
    await app.page.waitForTimeout(700);
    const small = await app.page.evaluate(() => {
      const out = [];
      const k = (() => {
        const svg = document.querySelector('.graph-svg');
        const t = svg && getComputedStyle(svg).transform;
        return t && t !== 'none' ? Number(/matrix\(([^,]*)/.exec(t)[1]) : 1;
      })();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const el = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || !el.checkClientRects?.() && !el.getClientRects().length) continue;
        if (el.closest('.sr-only, .focus-layer, [aria-hidden=true] svg, title, desc') || getComputedStyle(el).visibility === 'hidden') continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.bottom < 0 || r.top > innerHeight) continue;
        // Text in the graph is scaled by its zoom, text in a chart by the chart's drawn size.
        const chart = el.closest('svg.chart');
        const scale = el.closest('.graph-svg') ? k : chart ? chart.getBoundingClientRect().width / chart.viewBox.baseVal.width : 1;
        const px = parseFloat(getComputedStyle(el).fontSize) * scale;
        if (px < 17.95) out.push(`${px.toFixed(1)}px "${walker.currentNode.textContent.trim().slice(0, 20)}"`);
      }
      for (const c of document.querySelectorAll('button, summary, select, input, [role=treeitem] > .tree-row, a.skip-link')) {
        const r = c.getBoundingClientRect();
        if (!r.width || getComputedStyle(c).visibility === 'hidden' || c.closest('.sr-only') || c.matches('.skip-link:not(:focus)') || c.type === 'file') continue;
        const min = c.type === 'radio' ? 24 : 48;
        if (r.height < min - 0.5 || r.width < min - 0.5) out.push(`control ${Math.round(r.width)}×${Math.round(r.height)} ${c.className || c.tagName} "${c.textContent.trim().slice(0, 12)}"`);
      }
      return out;
    });
    assert.deepEqual(small, [], `${query} at ${size.width}px`);
    await app.close();
  }
});

test('200 % page zoom: no sideways scrolling and nothing cut off, in every view', async () => {
  // 1280 × 800 at 200 % is a 640 × 400 CSS-pixel viewport at twice the pixel density.
  for (const q of [...VIEWS, '?sel=ent-jinlong', '?text=large']) {
    const app = await App.page(q, { width: 640, height: 400 }, { deviceScaleFactor: 2 });
    await app.page.waitForSelector('.node, [role=treeitem], .dashboard');
    await app.page.waitForTimeout(500);
    const r = await app.page.evaluate(() => {
      const over = [...document.querySelectorAll('header *, .toolbar *, #panel *, .dashboard *')].filter((e) => {
        const b = e.getBoundingClientRect();
        return b.width > 0 && e.checkVisibility({ visibilityProperty: true }) && !e.closest('.sr-only, .skip-link, .display-panel, .search-results') && (b.right > innerWidth + 1 || b.left < -1);
      });
      return { scroll: document.documentElement.scrollWidth - innerWidth, over: over.slice(0, 5).map((e) => `${e.tagName} "${e.textContent.slice(0, 16)}"`) };
    });
    assert.ok(r.scroll <= 0, `${q}: scrolls sideways by ${r.scroll}px`);
    assert.deepEqual(r.over, [], `${q}: cut off at the sides`);
    assert.ok(await app.page.locator('[data-testid=tab-network]').isVisible(), 'the view tabs stay');
    await app.close();
  }
});

test('the header menus open on screen, on a phone and on a desktop', async () => {
  for (const size of [SIZES.phone, SIZES.desktop]) {
    const app = await App.open('', size);
    for (const menu of ['data-menu', 'display-menu']) {
      await app.page.click(`[data-testid=${menu}] summary`);
      const panel = app.page.locator(`[data-testid=${menu}] .display-panel`);
      await panel.waitFor();
      const b = await panel.boundingBox();
      assert.ok(b.x >= 0 && b.x + b.width <= size.width, `${menu} at ${size.width}px: ${b.x.toFixed(0)}–${(b.x + b.width).toFixed(0)}`);
      await app.page.click(`[data-testid=${menu}] summary`);
    }
    await app.close();
  }
});

test('reduced motion: no transition or animation runs while a visitor selects, hovers and switches views', async () => {
  const app = await App.open('', SIZES.desktop, { reducedMotion: 'reduce' });
  const page = app.page;
  await page.evaluate(() => {
    window.animationsSeen = 0;
    document.addEventListener('transitionstart', () => (window.animationsSeen += 1));
    document.addEventListener('animationstart', () => (window.animationsSeen += 1));
  });
  await app.node('ch-aluminium').click();
  await app.node('ind-food').hover();
  await page.click('[data-testid=tab-network]');
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => document.getAnimations().length), 0, 'nothing animating');
  await page.click('[data-testid=tab-chain]');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(600);
  assert.equal(await page.evaluate(() => window.animationsSeen), 0, 'no transition or animation started');
  await app.close();
});

test('semantics: one h1, headings in order, lang and title follow the state', async () => {
  const app = await App.open('?sel=ch-aluminium');
  const levels = await app.page.$$eval('h1, h2, h3, h4', (hs) => hs.map((h) => Number(h.tagName[1])));
  assert.equal(levels.filter((l) => l === 1).length, 1);
  levels.forEach((l, k) => k && assert.ok(l <= levels[k - 1] + 1, `heading levels ${levels}`));
  assert.match(await app.page.title(), /^铝及铝合金材料 · 体系图 · /);
  await app.page.click('[data-testid=lang]');
  await app.page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await app.page.title(), /^Aluminium/);
  assert.equal(await app.page.getAttribute('[data-testid=lang]', 'lang'), 'zh-CN', 'the button names its language in that language');
  await app.close();
});

test('valid HTML: the page as drawn, in every view and mode, passes the HTML standard rules', async () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:standard', 'html-validate:a11y', 'html-validate:document'],
    rules: {
      // Subresource integrity guards files from other hosts; every file here is same-origin.
      'require-sri': 'off',
      // The search box's result list is a listbox by design (a <select> cannot filter as you type),
      // and the card is a region beside the map but a dialog on phones, so it cannot be an <aside>.
      'prefer-native-element': ['error', { exclude: ['listbox', 'complementary'] }],
    },
  });
  for (const q of ['?sel=ch-aluminium', '?view=network&sel=ent-jinlong', '?view=chain', '?view=list&sel=ch-copper', '?view=dashboard', '?mode=kiosk', '?mode=embed', '?lang=en&theme=contrast&text=large&sel=ind-materials']) {
    const app = await App.page(q);
    await app.page.waitForSelector('.node, [role=treeitem], .dashboard');
    await app.page.waitForTimeout(500);
    const html = `<!DOCTYPE html>\n${await app.page.evaluate(() => document.documentElement.outerHTML)}`;
    const report = await validator.validateString(html);
    const messages = report.results.flatMap((r) => r.messages).map((m) => `${m.ruleId}: ${m.message}`);
    assert.deepEqual(messages, [], `HTML of ${q}`);
    await app.close();
  }
});

test('line spacing: every line of text is at least 1.3 times its font size', async () => {
  for (const q of ['?sel=ch-aluminium', '?view=list', '?view=dashboard', '?text=large&sel=ent-jinlong']) {
    const app = await App.page(q);
    await app.page.waitForSelector('.node, [role=treeitem], .dashboard');
    const tight = await app.page.evaluate(() => {
      const out = [];
      for (const el of document.querySelectorAll('body *')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim().length > 1);
        if (!own || el.closest('svg') || !el.getClientRects().length) continue;
        const cs = getComputedStyle(el);
        const ratio = cs.lineHeight === 'normal' ? 0 : parseFloat(cs.lineHeight) / parseFloat(cs.fontSize);
        if (ratio < 1.3) out.push(`${el.tagName}.${el.className} ${cs.lineHeight}/${cs.fontSize}`);
      }
      return out.slice(0, 8);
    });
    assert.deepEqual(tight, [], `line height on ${q}`);
    await app.close();
  }
});

test('screenshots of each display mode at 1280×800 and 390×844', async () => {
  for (const [name, q] of [['large', '?text=large&sel=ch-aluminium'], ['contrast', '?theme=contrast&sel=ch-aluminium'], ['dark', '?theme=dark&sel=ch-aluminium'], ['dark-list', '?theme=dark&view=list'], ['large-dashboard', '?text=large&view=dashboard']]) {
    for (const [size, dims] of Object.entries(SIZES)) {
      const app = await App.page(q, dims);
      await app.page.waitForSelector('.node, [role=treeitem], .dashboard');
      await app.page.waitForTimeout(700);
      await app.shot(`mode-${name}-${size}`);
      await app.close();
    }
  }
});
