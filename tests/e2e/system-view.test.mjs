// The system view and the detail card, as a visitor uses them, on a desktop and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

const INDUSTRIES = ['先进材料', '食品加工', '装备制造', '医药化工', '新型能源'];
const CHAINS = ['铝及铝合金材料', '绿色建材', '铜及铜合金材料', '粮油加工', '特色食品', '汽车及零部件', '船舶及船舶配套', '照明电气', '医药', '盐气化工'];

for (const [name, size] of Object.entries(SIZES)) {
  test(`${name}: all 5 industries and 10 chains are on screen, labels clear of each other`, async () => {
    const app = await App.open('', size);
    const labels = (await app.labels()).map((s) => s.trim());
    for (const n of [...INDUSTRIES, ...CHAINS]) assert.ok(labels.includes(n), `${n} is labelled`);
    const boxes = await app.page.$$eval('.graph .graph-svg .label', (els) => els.map((e) => {
      const r = e.getBoundingClientRect();
      return { text: e.textContent, x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
    }));
    const view = app.page.viewportSize();
    for (const [i, a] of boxes.entries()) {
      assert.ok(a.x0 >= 0 && a.x1 <= view.width, `${a.text} is inside the screen horizontally`);
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.x0 < b.x1 - 0.5 && b.x0 < a.x1 - 0.5 && a.y0 < b.y1 - 0.5 && b.y0 < a.y1 - 0.5;
        assert.ok(!overlap, `"${a.text}" and "${b.text}" overlap`);
      }
    }
    const scroll = await app.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(scroll <= view.width, 'no horizontal scrolling');
    await app.shot(`system-${name}`);
    await app.close();
  });

  test(`${name}: tapping a chain opens its card with its industry marked inferred`, async () => {
    const app = await App.open('', size);
    await app.node('ch-aluminium').click();
    const card = app.card();
    await card.waitFor();
    assert.equal(await card.locator('h2').textContent(), '铝及铝合金材料');
    const industry = card.locator('.link', { hasText: '先进材料' });
    assert.equal(await industry.locator('.badge.inferred').textContent(), '推断');
    assert.match(await industry.locator('.reason').textContent(), /文中未写明/);
    const wanbo = card.locator('.link', { has: app.page.locator('.link-name', { hasText: '九龙万博' }) });
    assert.equal(await wanbo.locator('.badge.stated').count(), 1);
    const chart = card.locator('[data-testid=chart] svg.chart').first();
    assert.equal(await chart.getAttribute('role'), 'img');
    assert.ok((await chart.locator('rect').count()) >= 3, 'chart draws bars');
    await app.shot(`chain-card-${name}`);
    await app.close();
  });
}

test('an enterprise card shows its figures with units, periods and cited source', async () => {
  const app = await App.open();
  await app.node('ent-schneider').click();
  const card = app.card();
  assert.equal(await card.locator('h2').textContent(), '施耐德（重庆）电工有限公司');
  const efficiency = card.locator('.figure[data-metric=m-schneider-efficiency]');
  assert.equal(await efficiency.locator('.fig-value').textContent(), '+139.18%');
  assert.equal(await efficiency.locator('.fig-label').textContent(), '生产效率');
  await efficiency.locator('summary').click();
  assert.equal(await efficiency.locator('blockquote').textContent(), '“生产效率提升139.18%”');
  assert.match(await efficiency.locator('summary').textContent(), /第2段/);
  assert.equal(await card.locator('.figure[data-metric=m-schneider-energy] .fig-value').textContent(), '−14.74%');
  const computed = card.locator('.figure.computed', { hasText: '每小时产出' });
  assert.equal(await computed.locator('.fig-value').textContent(), '120/小时');
  assert.match(await computed.getAttribute('title'), /3600 秒 ÷ 30 秒 = 120/);
  assert.match(await card.locator('.person').textContent(), /舒宗品 · 总经理/);
  const chart = card.locator('[data-testid=chart] svg.chart').first();
  assert.match(await chart.getAttribute('aria-label'), /施耐德/);
  assert.equal(await chart.locator('rect[fill="#009E73"]').count(), 4, 'four improvement bars in the industry colour');
  await app.shot('enterprise-card-desktop');
  await app.close();
});

test('a linked name selects that node; Esc and the close button clear the selection', async () => {
  const app = await App.open();
  await app.node('ch-copper').click();
  await app.card().locator('.link-name', { hasText: '金龙铜管' }).click();
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong');
  assert.equal(await app.node('ent-jinlong').getAttribute('aria-pressed'), 'true');
  // A link far down a card opens the next card at its top.
  const panel = app.page.locator('[data-testid=panel]');
  const link = app.card().locator('.link-name', { hasText: '铜及铜合金材料' });
  await link.scrollIntoViewIfNeeded();
  assert.ok((await panel.evaluate((p) => p.scrollTop)) > 0, 'the link is below the first screen of the card');
  await link.click();
  assert.equal(await app.card().getAttribute('data-id'), 'ch-copper');
  assert.equal(await panel.evaluate((p) => p.scrollTop), 0, 'the new card starts at its top');
  await app.page.keyboard.press('Escape');
  assert.equal(await app.card().count(), 0);
  await app.node('ent-jinlong').click();
  await app.card().locator('button.close').click();
  assert.equal(await app.card().count(), 0);
  await app.close();
});

test('keyboard: Tab reaches the nodes and Enter selects', async () => {
  const app = await App.open();
  for (let i = 0; i < 40; i += 1) {
    await app.page.keyboard.press('Tab');
    if (await app.page.evaluate(() => document.activeElement?.classList.contains('node'))) break;
  }
  const id = await app.page.evaluate(() => document.activeElement.dataset.id);
  assert.ok(id, 'a graph node has focus');
  await app.page.keyboard.press('Enter');
  assert.equal(await app.card().getAttribute('data-id'), id);
  await app.close();
});

test('the selection and language live in the URL: reload and back restore them', async () => {
  const app = await App.open('?sel=ent-jiulong-wanbo');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jiulong-wanbo');
  await app.node('ch-salt-gas').click();
  await app.waitForQuery('?sel=ch-salt-gas');
  await app.page.goBack();
  await app.waitForQuery('?sel=ent-jiulong-wanbo');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jiulong-wanbo');
  await app.page.click('[data-testid=lang]');
  await app.waitForQuery('?sel=ent-jiulong-wanbo&lang=en');
  await app.page.reload();
  await app.ready();
  assert.equal(await app.card().locator('h2').textContent(), 'Chongqing Jiulong Wanbo New Material Technology Co., Ltd.');
  assert.equal(await app.page.getAttribute('html', 'lang'), 'en');
  assert.ok((await app.labels()).some((l) => l.includes('Aluminium')));
  await app.shot('enterprise-card-english');
  await app.close();
});

test('an unknown id in the URL opens the map with nothing selected', async () => {
  const app = await App.open('?sel=%3Cscript%3E');
  assert.equal(await app.card().count(), 0);
  await app.page.locator('[data-testid=overview]').waitFor();
  assert.match(await app.page.locator('[data-testid=overview] .how-to').textContent(), /点击图中/);
  await app.close();
});
