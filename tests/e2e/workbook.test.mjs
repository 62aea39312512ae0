// Spreadsheets: the template and the data as .xlsx from the data menu and the dashboard, and .xlsx
// imports by picker, drag-and-drop and ?data=, with every mistake named by sheet and cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

const corpus = (name) => new URL(`../corpus/${name}`, import.meta.url).pathname;

/** Clicks `button` and returns the downloaded file's name and bytes. */
async function download(app, button) {
  const [file] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
  const chunks = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk);
  return { name: file.suggestedFilename(), body: Buffer.concat(chunks) };
}

/** An .xlsx is a zip whose directory names its parts in plain text. */
function assertWorkbook(body, sheets) {
  assert.equal(body.subarray(0, 4).toString('latin1'), 'PK\x03\x04', 'a zip archive');
  const text = body.toString('latin1');
  for (let i = 1; i <= sheets; i++) assert.ok(text.includes(`xl/worksheets/sheet${i}.xml`), `sheet ${i}`);
  assert.ok(text.includes('xl/sharedStrings.xml'));
}

/** Previews a file through the data menu's picker. */
async function pick(app, bytes, name) {
  await app.page.setInputFiles('[data-testid=file-input]', { name, mimeType: 'application/octet-stream', buffer: bytes });
}

test('the data menu downloads the template and the data shown, and both import back', async () => {
  const app = await App.open();
  await app.page.click('[data-testid=data-menu] summary');
  const template = await download(app, app.page.locator('[data-testid=menu-template-xlsx]'));
  assert.equal(template.name, 'chain-map-template.xlsx');
  assertWorkbook(template.body, 13);
  await app.shot('workbook-menu');
  const data = await download(app, app.page.locator('[data-testid=menu-dataset-xlsx]'));
  assert.equal(data.name, 'dataset.xlsx');
  assertWorkbook(data.body, 13);
  await pick(app, template.body, template.name);
  await app.page.locator('[data-testid=data-shown]').waitFor();
  assert.ok((await app.labels()).includes('铜材料'), 'the example rows are on the map');
  await app.page.locator('[data-testid=data-shown] button').click();
  await pick(app, data.body, data.name);
  const shown = app.page.locator('[data-testid=data-shown]');
  await shown.waitFor();
  assert.match(await shown.textContent(), /dataset\.xlsx/);
  assert.ok((await app.labels()).includes('先进材料'), 'the built-in data came back whole');
  assert.equal(await shown.locator('[data-testid=data-warnings]').count(), 0, 'without a warning');
  await app.close();
});

test('the dashboard downloads the data as Excel and the template', async () => {
  const app = await App.open();
  await app.page.click('[data-testid=tab-dashboard]');
  await app.page.locator('[data-testid=dataset-xlsx]').waitFor();
  const data = await download(app, app.page.locator('[data-testid=dataset-xlsx]'));
  assert.equal(data.name, 'dataset.xlsx');
  assertWorkbook(data.body, 13);
  const template = await download(app, app.page.locator('[data-testid=template-xlsx]'));
  assert.equal(template.name, 'chain-map-template.xlsx');
  await app.close();
});

test('a workbook with three mistakes lists the three cells in Chinese and English, and the data stay', async () => {
  const app = await App.open();
  await pick(app, await readFile(corpus('workbook-mistakes.xlsx')), 'workbook-mistakes.xlsx');
  const report = app.page.locator('[data-testid=data-errors]');
  await report.waitFor();
  const items = await report.locator('.findings.error li').allTextContents();
  assert.deepEqual(items.map((i) => i.split(' ')[0]), ['企业!F3', '项目!F3', '数据!G3']);
  assert.match(items[0], /所属产业链：引用的 id “ch-alu” 不存在/);
  assert.match(items[2], /数值：“约12”不是数字/);
  assert.ok((await app.labels()).includes('先进材料'), 'built-in data still on screen');
  await app.shot('workbook-mistakes');
  await app.page.click('[data-testid=lang]');
  const en = await report.locator('.findings.error li').allTextContents();
  assert.match(en[0], /chains: reference "ch-alu" does not resolve/);
  assert.match(en[1], /status: "已经建好" is not one of the choices/);
  await app.shot('workbook-mistakes-en');
  await app.close();
});

test('the fixed workbook changes the map, dropped or by ?data=', async () => {
  const app = await App.open('', SIZES.phone);
  const bytes = await readFile(corpus('workbook-fixed.xlsx'));
  await app.page.evaluate((data) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(data)], 'workbook-fixed.xlsx'));
    document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [...bytes]);
  await app.page.locator('[data-testid=data-shown]').waitFor();
  const labels = await app.labels();
  assert.ok(labels.includes('铜材料') && !labels.includes('铝及铝合金材料'), 'the map shows the workbook');
  await app.shot('workbook-fixed-phone');
  await app.close();
  const linked = await App.open('?data=fixtures/workbook-fixed.xlsx');
  await linked.page.locator('[data-testid=data-shown]').waitFor();
  assert.ok((await linked.labels()).includes('铜材料'));
  await linked.close();
});

test('opening the file picker starts the spreadsheet worker before the file is chosen', async () => {
  const app = await App.open();
  const started = [];
  app.page.on('request', (r) => /chain-map-sheets_loader\.js/.test(r.url()) && started.push(r.url()));
  await app.page.click('[data-testid=data-menu] summary');
  assert.equal(started.length, 0, 'not started with the page');
  const [chooser] = await Promise.all([
    app.page.waitForEvent('filechooser'),
    app.page.waitForRequest(/chain-map-sheets_loader\.js/),
    app.page.locator('.file-picker').click(),
  ]);
  await chooser.setFiles(corpus('workbook-fixed.xlsx'));
  await app.page.locator('[data-testid=data-shown]').waitFor();
  assert.ok((await app.labels()).includes('铜材料'), 'the chosen workbook is on the map');
  assert.equal(started.length, 1, 'the worker started once, then read the file');
  await app.close();
});

test('a single sheet as CSV updates that list of the data on screen', async () => {
  const app = await App.open();
  const csv = '\ufeff编号,所属对象,事件,事件（英文）,日期,状态,出处章节,出处段落,原文摘录\r\n'
    + 'id,entity,label.zh,label.en,date,status,source.section,source.paragraph,source.excerpt\r\n'
    + 'ms-new,ent-jinlong,"新的节点，含逗号",A new milestone,2023-01,已完成,s1,1,示例\r\n';
  await pick(app, Buffer.from(csv), '节点.csv');
  const shown = app.page.locator('[data-testid=data-shown]');
  await shown.waitFor();
  assert.ok((await app.labels()).includes('先进材料'), 'the other lists stay');
  await app.node('ent-jinlong').click();
  await app.card().waitFor();
  assert.match(await app.card().textContent(), /新的节点，含逗号/);
  await app.close();
});

test('a figure typed as a percentage in a cell formatted as one reads as it shows', async () => {
  const app = await App.open();
  // The template's example, its figure (−12.5, unit percent) typed as −12.5% in a `0.0%` cell,
  // which the file stores as −0.125.
  await pick(app, await readFile(corpus('workbook-percent.xlsx')), 'workbook-percent.xlsx');
  await app.page.locator('[data-testid=data-shown]').waitFor();
  assert.equal(await app.page.locator('[data-testid=data-errors]').count(), 0);
  await app.node('ent-a').click();
  await app.card().waitFor();
  const card = await app.card().textContent();
  assert.match(card, /−12\.5%/);
  assert.doesNotMatch(card, /0\.1\d?%/);
  await app.shot('workbook-percent');
  await app.close();
});

test('a password-protected workbook and a legacy .xls each get their own message, in both languages', async () => {
  const app = await App.open();
  const report = app.page.locator('[data-testid=data-errors] .findings.error li');
  await pick(app, await readFile(corpus('workbook-encrypted.xlsx')), 'workbook-encrypted.xlsx');
  await report.filter({ hasText: '工作簿设有打开密码' }).waitFor();
  assert.equal(await report.count(), 1);
  assert.ok((await app.labels()).includes('先进材料'), 'built-in data still on screen');
  await app.shot('workbook-encrypted');
  await app.page.click('[data-testid=lang]');
  await report.filter({ hasText: 'the workbook is password-protected' }).waitFor();
  await pick(app, await readFile(corpus('workbook-legacy.xls')), 'workbook-legacy.xls');
  await report.filter({ hasText: 'this is a legacy Excel 97–2003 workbook (.xls)' }).waitFor();
  assert.doesNotMatch(await report.textContent(), /password/);
  await app.page.click('[data-testid=lang]');
  await report.filter({ hasText: '这是旧版 Excel 97–2003 工作簿（.xls）' }).waitFor();
  await app.close();
});
