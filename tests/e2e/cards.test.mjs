// Cards of every kind, the district dashboard, chart tables, and exports as a visitor downloads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function download(app, button) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), body: await readFile(await file.path()) };
}

for (const [size, viewport] of Object.entries(SIZES)) {
  test(`${size}: each kind of node shows its own card`, async () => {
    const app = await App.open('', viewport);
    const open = async (id) => {
      await app.page.goto(`${app.page.url().split('?')[0]}?sel=${id}`);
      await app.ready();
      await app.card().waitFor();
      return app.card();
    };
    let card = await open('ent-jinlong');
    assert.equal(await card.getAttribute('data-kind'), 'enterprise');
    assert.equal(await card.locator('.link', { hasText: '先进材料' }).locator('.badge.inferred').count(), 1, 'industry through its chain, inferred');
    assert.ok((await card.locator('.card-section', { hasText: '相关企业' }).locator('.link-name').count()) >= 4, 'related enterprises');
    await app.shot(`card-enterprise-${size}`);

    card = await open('ch-aluminium');
    assert.equal(await card.locator('[data-testid=tally] .tile', { hasText: '项目投资合计' }).locator('.tile-value').textContent(), '75亿元');
    const segments = card.locator('[data-testid=stages] li');
    assert.equal(await segments.count(), 5);
    assert.match(await segments.nth(0).getAttribute('class'), /present/);
    assert.match(await card.locator('[data-stage=电解铝]').getAttribute('class'), /missing/);
    assert.match(await card.locator('[data-stage=动力电池铝箔压延]').getAttribute('class'), /planned/);
    await app.shot(`card-chain-${size}`);

    card = await open('ch-ships');
    assert.match(await card.locator('.note').textContent(), /文中未给出该链的环节/);

    card = await open('ind-equipment');
    assert.equal(await card.getAttribute('data-kind'), 'industry');
    assert.equal(await card.locator('[data-testid=tally] .tile', { hasText: '产业链' }).locator('.tile-value').textContent(), '3');
    assert.equal(await card.locator('.card-section', { hasText: '重点数据' }).locator('.fig-value').first().textContent(), '+139.18%');
    await app.shot(`card-industry-${size}`);

    card = await open('prog-project-library');
    assert.equal(await card.locator('.figure.computed .fig-value').textContent(), '33.3%');
    assert.match(await card.locator('[data-testid=chart] svg').getAttribute('aria-label'), /进度/);
    await app.shot(`card-programme-${size}`);

    card = await open('proj-coal-gasification');
    assert.equal(await card.locator('.status').textContent(), '建设中');
    assert.match(await card.locator('.milestone').first().textContent(), /2019/);
    await app.shot(`card-project-${size}`);
    await app.close();
  });

  test(`${size}: the dashboard draws the district indicators`, async () => {
    const app = await App.open('', viewport);
    await app.page.click('[data-testid=tab-dashboard]');
    await app.waitForQuery('?view=dashboard');
    const charts = app.page.locator('[data-testid=dashboard] [data-testid=chart] svg.chart');
    assert.equal(await charts.count(), 4);
    const labels = await app.page.locator('[data-testid=dashboard] svg.chart text').allTextContents();
    for (const text of ['71.9%', '+26.7%', '−10.6%', '−29.4%', '47家', '66个', '153个']) {
      assert.ok(labels.some((l) => l.includes(text)), `${text} is drawn`);
    }
    assert.ok((await app.page.locator('[data-testid=dash-tiles] .figure').count()) >= 25, 'every district figure as a tile');
    await app.shot(`dashboard-${size}`);
    await app.page.goBack();
    await app.waitForQuery('');
    await app.node('wanzhou').waitFor();
    await app.close();
  });
}

test('a chart can be read as a table with the same numbers', async () => {
  const app = await App.open('?sel=ent-schneider');
  const figure = app.card().locator('[data-testid=chart]').first();
  await figure.locator('[data-testid=chart-table-toggle]').click();
  const table = figure.locator('table.chart-table');
  assert.equal(await table.isVisible(), true);
  assert.equal(await figure.locator('.chart-svg').isVisible(), false);
  const rows = await table.locator('tbody tr').allTextContents();
  assert.deepEqual(rows, ['生产效率+139.18%', '运营成本−28.5%', '产品不良品率−34%', '单位产品能耗−14.74%']);
  await app.close();
});

test('the chart/table switch keeps its focus and its choice when the chart is redrawn at another width', async () => {
  const app = await App.open('?sel=ent-schneider');
  const figure = app.card().locator('[data-testid=chart]').first();
  const toggle = figure.locator('[data-testid=chart-table-toggle]');
  await toggle.focus();
  await app.page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await figure.locator('table.chart-table').isVisible(), true);
  const focused = () => app.page.evaluate(() => document.activeElement?.dataset.testid);
  assert.equal(await focused(), 'chart-table-toggle', 'focus stays on the switch');
  // On a narrower screen the card is a sheet as wide as the window: its charts are drawn anew.
  const width = () => figure.locator('.chart-svg svg').getAttribute('width');
  const before = await width();
  await app.page.setViewportSize({ width: 700, height: 800 });
  await app.page.waitForFunction((w) => document.querySelector('[data-testid=card] .chart-svg svg').getAttribute('width') !== w, before);
  assert.equal(await focused(), 'chart-table-toggle', 'the redrawn figure keeps the focus');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true', 'and shows the table still');
  await app.page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await figure.locator('.chart-svg').isVisible(), true);
  assert.equal(await focused(), 'chart-table-toggle');
  await app.close();
});

test('a linked name on a card, pressed with the keyboard, selects its node', async () => {
  const app = await App.open('?sel=ch-copper');
  const link = app.card().locator('.link-name', { hasText: '金龙铜管' }).first();
  await link.focus();
  await app.page.keyboard.press('Enter');
  await app.waitForQuery('?sel=ent-jinlong');
  assert.equal(await app.card().getAttribute('data-id'), 'ent-jinlong');
  assert.equal(await app.node('ent-jinlong').getAttribute('aria-pressed'), 'true');
  await app.close();
});

test('exports: chart as SVG and PNG, figures as CSV with BOM and JSON, the whole dataset', async () => {
  const app = await App.open('?sel=ent-schneider');
  const figure = app.card().locator('[data-testid=chart]').first();
  const svg = await download(app, figure.locator('[data-testid=chart-svg]'));
  assert.equal(svg.name, 'ent-schneider-changes.svg');
  assert.match(svg.body.toString('utf8'), /^<svg class="chart" role="img"[\s\S]*生产效率[\s\S]*<\/svg>/);
  const png = await download(app, figure.locator('[data-testid=chart-png]'));
  assert.equal(png.name, 'ent-schneider-changes.png');
  assert.deepEqual([...png.body.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.equal(png.body.readUInt32BE(16), 2 * Number(svg.body.toString('utf8').match(/ width="(\d+)"/)[1]), 'drawn at twice the size');
  const csv = await download(app, app.card().locator('[data-testid=export-csv]'));
  assert.equal(csv.name, 'ent-schneider.csv');
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte-order mark');
  const lines = csv.body.toString('utf8').trim().split('\r\n');
  assert.equal(lines.length, 6);
  assert.match(lines[2], /^m-schneider-efficiency,ent-schneider,enterprise,生产效率,/);
  const json = JSON.parse((await download(app, app.card().locator('[data-testid=export-json]'))).body.toString('utf8'));
  assert.equal(json.length, 5);
  assert.deepEqual(json.map((m) => m.id), lines.slice(1).map((l) => l.split(',')[0]), 'the card\'s figures, in its order');
  await app.page.click('[data-testid=tab-dashboard]');
  const whole = JSON.parse((await download(app, app.page.locator('[data-testid=dataset-json]'))).body.toString('utf8'));
  assert.equal(whole.chains.length, 10);
  const all = (await download(app, app.page.locator('[data-testid=dataset-csv]'))).body.toString('utf8');
  assert.equal(all.trim().split('\r\n').length, 1 + whole.metrics.length);
  await app.close();
});
