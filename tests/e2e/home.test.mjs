// The home: the overview in the panel with nothing selected (desktop, kiosk, phone), the chain
// view's chain card, and an enterprise's projects with their figures on its card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

const DATA = JSON.parse(readFileSync(new URL('../../data/wanzhou.json', import.meta.url), 'utf8'));
const KIOSK = { width: 1920, height: 1080 };
const COUNTS = [DATA.industries, DATA.chains, DATA.enterprises, DATA.projects].map((xs) => String(xs.length));
const HEADLINE = ['output_growth', 'energy_use_change'].map((m) =>
  DATA.metrics.find((x) => x.scope === 'district' && x.entity === DATA.district.id && x.measure === m));

const overview = (app) => app.page.locator('[data-testid=overview]');

/** The overview's counts, headline metric ids and their quoted excerpts, and the computed figure's formula. */
function readOverview(app) {
  return overview(app).evaluate((o) => ({
    counts: [...o.querySelectorAll('.tile-value')].map((t) => t.textContent),
    labels: [...o.querySelectorAll('.tile-label')].map((t) => t.textContent),
    ids: [...o.querySelectorAll('.figure[data-metric]')].map((f) => f.dataset.metric),
    excerpts: [...o.querySelectorAll('.figure[data-metric] blockquote')].map((q) => (q.checkVisibility() ? q.textContent : '')),
    computed: [...o.querySelectorAll('.figure.computed .formula')].map((f) => f.textContent),
  }));
}

test('with nothing selected the panel shows the overview: counts from the data, headline figures with sources, how to use', async () => {
  const app = await App.open('', SIZES.desktop);
  await overview(app).waitFor();
  const zh = await readOverview(app);
  assert.deepEqual(zh.counts, COUNTS, 'industries, chains, enterprises, projects as counted in the data');
  assert.deepEqual(zh.labels, ['重点产业', '产业链', '企业', '项目']);
  assert.deepEqual(zh.ids, HEADLINE.map((m) => m.id), 'the headline metrics, chosen by what they measure');
  assert.deepEqual(zh.excerpts, HEADLINE.map((m) => `“${m.source.excerpt}”`), 'each quoted, unfolded');
  assert.equal(zh.computed.length, 1, 'energy use per unit of output, computed');
  for (const m of HEADLINE) assert.ok(zh.computed[0].includes(`${Math.abs(m.value)}%`), `${zh.computed[0]} is computed from ${m.id}`);
  assert.equal(await overview(app).locator('.how-to li').count(), 4);
  assert.equal(await overview(app).locator('h2').textContent(), DATA.district.name.zh);
  assert.equal(await overview(app).locator('.close').isVisible(), false, 'nothing to close beside the map');
  await app.shot('home-1280');
  await app.page.click('[data-testid=lang]');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=overview] .tile-label')?.textContent === 'Key industries');
  const en = await readOverview(app);
  assert.deepEqual(en.counts, COUNTS);
  assert.deepEqual(en.labels, ['Key industries', 'Chains', 'Enterprises', 'Projects']);
  assert.equal(await overview(app).locator('h2').textContent(), DATA.district.name.en);
  assert.match(await overview(app).locator('.how-to').textContent(), /pinyin initials/);
  await app.shot('home-1280-en');
  // A selection takes the overview's place; clearing it brings the overview back.
  await app.node('ch-copper').click();
  assert.equal(await app.card().getAttribute('data-id'), 'ch-copper');
  assert.equal(await overview(app).count(), 0);
  await app.page.keyboard.press('Escape');
  await overview(app).waitFor();
  await app.close();
});

test('on a kiosk the overview reads from three metres, and the legend chips are large targets', async () => {
  for (const lang of ['zh', 'en']) {
    const app = await App.open(`?mode=kiosk${lang === 'en' ? '&lang=en' : ''}`, KIOSK);
    await overview(app).waitFor();
    const px = await app.page.evaluate(() => {
      const size = (sel) => [...document.querySelectorAll(sel)].map((e) => parseFloat(getComputedStyle(e).fontSize));
      const legend = [...document.querySelectorAll('.legend-item')].filter((b) => b.offsetParent);
      return {
        body: size('[data-testid=overview] :is(.summary, .tile-label, .fig-label, .fig-period, .formula, .source summary, blockquote, .how-to li)'),
        figures: size('[data-testid=overview] :is(.fig-value, .tile-value)'),
        headings: size('[data-testid=overview] :is(h2, h3)'),
        chipText: legend.map((b) => parseFloat(getComputedStyle(b).fontSize)),
        chipHeight: legend.map((b) => b.getBoundingClientRect().height),
        panel: document.querySelector('[data-testid=panel]').getBoundingClientRect().width,
      };
    });
    assert.ok(px.body.length > 10 && px.body.every((s) => s >= 28), `body text ≥ 28 px: ${px.body}`);
    assert.ok(px.figures.length >= 6 && px.figures.every((s) => s >= 52), `figures ≈ 56 px: ${px.figures}`);
    assert.ok(px.headings.length >= 3 && px.headings.every((s) => s >= 34), `headings ≈ 36 px: ${px.headings}`);
    assert.ok(px.chipText.length >= 5 && px.chipText.every((s) => s >= 22), `legend text ≥ 22 px: ${px.chipText}`);
    assert.ok(px.chipHeight.every((h) => h >= 52), `legend chips ≥ 52 px tall: ${px.chipHeight}`);
    assert.ok(px.panel >= 600, `a wider panel: ${px.panel}`);
    const clipped = await overview(app).evaluate((o) =>
      [...o.querySelectorAll('.tile, .figure, h2, h3')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent));
    assert.deepEqual(clipped, [], 'nothing cut off');
    await app.shot(`home-kiosk-1920-${lang}`);
    await app.close();
  }
});

test('on a phone the map stays uncovered until the overview button opens the sheet', async () => {
  const app = await App.open('', SIZES.phone);
  const panel = app.page.locator('[data-testid=panel]');
  const button = app.page.locator('[data-testid=overview-open]');
  assert.equal(await panel.isVisible(), false, 'the sheet is closed on arrival');
  assert.equal(await button.textContent(), '全区概况');
  await app.shot('home-phone-closed');
  await button.click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid=panel]').classList.contains('open'));
  await overview(app).waitFor({ state: 'visible' });
  assert.deepEqual((await readOverview(app)).counts, COUNTS);
  assert.equal(await panel.getAttribute('role'), 'dialog');
  await app.page.waitForFunction(() => document.activeElement?.matches('[data-testid=overview] h2'));
  assert.equal(await app.page.evaluate(() => location.search), '', 'opening the overview selects nothing');
  await app.shot('home-phone-open');
  await overview(app).locator('.close').click();
  await app.page.waitForFunction(() => !document.querySelector('[data-testid=panel]').classList.contains('open'));
  await app.page.waitForFunction(() => document.activeElement?.dataset.testid === 'overview-open', null, { timeout: 3000 });
  await app.page.click('[data-testid=lang]');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=overview-open]').textContent === 'Overview');
  await button.click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid=overview] .tile-label')?.textContent === 'Key industries');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=panel]').getBoundingClientRect().top < innerHeight - 100);
  await app.shot('home-phone-open-en');
  // Esc closes it too.
  await app.page.keyboard.press('Escape');
  await app.page.waitForFunction(() => !document.querySelector('[data-testid=panel]').classList.contains('open'));
  await app.close();
});

test('the chain view shows its chain card beside the stages, following the chain shown, without selecting it', async () => {
  const app = await App.open('?view=chain&chain=ch-aluminium', SIZES.desktop);
  await app.card().waitFor();
  assert.equal(await app.card().getAttribute('data-id'), 'ch-aluminium');
  assert.equal(await app.card().locator('[data-testid=stages]').count(), 1);
  assert.equal(await app.card().locator('.close').count(), 0, 'nothing to close: it is the view, not a selection');
  assert.equal(await app.page.evaluate(() => location.search), '?view=chain&chain=ch-aluminium', 'the URL is left as it was');
  await app.shot('chain-view-card-1280');
  await app.page.selectOption('[data-testid=chain-picker]', 'ch-copper');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=card]')?.dataset.id === 'ch-copper');
  await app.waitForQuery('?view=chain&chain=ch-copper');
  await app.page.goBack();
  await app.waitForQuery('?view=chain&chain=ch-aluminium');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=card]')?.dataset.id === 'ch-aluminium');
  await app.close();

  // From the home, the 产业链 tab shows the chain it lays out; back returns to the overview.
  const home = await App.open('', SIZES.desktop);
  await overview(home).waitFor();
  await home.page.click('[data-testid=tab-chain]');
  await home.waitForQuery('?view=chain');
  const first = DATA.chains.find((c) => c.stages?.length).id;
  await home.page.waitForFunction((id) => document.querySelector('[data-testid=card]')?.dataset.id === id, first);
  await home.page.goBack();
  await home.waitForQuery('');
  await overview(home).waitFor();
  assert.equal(await home.card().count(), 0);
  await home.close();
});

test("an enterprise's card shows its projects' figures and status inline", async () => {
  const owner = DATA.enterprises.find((e) => e.name.zh.includes('湘渝盐化'));
  const project = DATA.projects.find((p) => p.owner?.id === owner.id && DATA.metrics.some((m) => m.entity === p.id));
  const app = await App.open(`?sel=${owner.id}`, SIZES.desktop);
  const item = app.card().locator(`li.link[data-id="${project.id}"]`);
  await item.waitFor();
  assert.equal(await item.locator('.project-status').textContent(), '建设中');
  const figures = await item.locator('.figure[data-metric]').evaluateAll((fs) => Object.fromEntries(fs.map((f) => [f.dataset.metric, f.querySelector('.fig-value').textContent])));
  assert.deepEqual(Object.keys(figures), DATA.metrics.filter((m) => m.entity === project.id).map((m) => m.id));
  // Each written as the app writes numbers (no thousands separator, a true minus sign).
  for (const m of DATA.metrics.filter((x) => x.entity === project.id)) {
    assert.ok(figures[m.id].includes(`${m.value < 0 ? '−' : ''}${Math.abs(m.value)}`), `${m.id}: ${figures[m.id]}`);
  }
  assert.match(figures['m-gasification-coal-saving'], /7123\.5吨标煤/);
  assert.match(figures['m-gasification-energy'], /−20\.4%$/);
  await item.scrollIntoViewIfNeeded();
  await app.shot('enterprise-projects-1280');
  await app.close();
});
