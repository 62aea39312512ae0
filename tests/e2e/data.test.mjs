// Other datasets: ?data= loading, the problem report, local preview by picker and by drag-and-drop, hostile names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { App, OUT, useBrowser } from './support.mjs';

useBrowser();

// The synthetic generator (built by `cargo test`) writes the large dataset the tests load.
mkdirSync(`${OUT}generated`, { recursive: true });
const synth = new URL('../../target/debug/synth', import.meta.url).pathname;
writeFileSync(`${OUT}generated/synthetic-20000.json`, execFileSync(synth, ['20000'], { maxBuffer: 64 << 20 }));

const corpus = (name) => new URL(`../corpus/${name}`, import.meta.url).pathname;

test('?data= with a good file shows its data and keeps the parameter', async () => {
  const app = await App.open('?data=fixtures/rtl-emoji.json');
  await app.page.waitForSelector('[data-testid=data-shown]');
  const labels = await app.labels();
  assert.ok(labels.includes('صناعة المواد'), 'right-to-left name drawn');
  assert.ok(labels.some((l) => l.includes('🍜')), 'emoji name drawn');
  assert.ok(!labels.includes('先进材料'), 'built-in data replaced');
  await app.waitForQuery('?data=fixtures/rtl-emoji.json');
  await app.node('ent-a').click();
  await app.waitForQuery('?data=fixtures/rtl-emoji.json&sel=ent-a');
  await app.shot('data-rtl-emoji');
  await app.close();
});

test('?data= with a broken file lists every problem with its path and keeps the built-in view', async () => {
  const app = await App.open('?data=fixtures/semantic-errors.json');
  const report = app.page.locator('[data-testid=data-errors]');
  await report.waitFor();
  const items = await report.locator('.findings.error li').allTextContents();
  for (const path of ['$.metrics[0].unit', '$.metrics[2].value', '$.chains[2].industry', '$.enterprises[3].chains[0].id', '$.industries[1].name.zh']) {
    assert.ok(items.some((i) => i.startsWith(path)), `${path} is listed`);
  }
  assert.ok(items.some((i) => i.includes('未知单位')), 'messages in Chinese');
  const [, count] = (await report.locator('strong').textContent()).match(/有 (\d+) 处错误/);
  assert.equal(items.length, Number(count), 'the banner lists every error it counts');
  assert.ok((await app.labels()).includes('先进材料'), 'built-in data still on screen');
  await app.shot('data-errors');
  await app.page.click('[data-testid=lang]');
  assert.ok((await report.locator('.findings.error li').allTextContents()).some((i) => i.includes('unknown unit')), 'and in English');
  await app.close();
});

test('?data= with a truncated file reports the line and column', async () => {
  const app = await App.open('?data=fixtures/truncated.json');
  const first = await app.page.locator('[data-testid=data-errors] .findings.error li').first().textContent();
  assert.match(first, /第 \d+ 行第 \d+ 列/);
  await app.close();
});

test('hostile names render as text: no script runs, no element is injected', async () => {
  const app = await App.open('?data=fixtures/hostile-names.json&sel=ent-a');
  await app.page.waitForSelector('[data-testid=data-shown]');
  await app.card().waitFor();
  const state = await app.page.evaluate(() => ({
    pwned: window.pwned ?? document.body.dataset.pwned ?? null,
    title: document.title,
    imgs: document.querySelectorAll('body img, body iframe, .graph script, .panel script, .panel style').length,
  }));
  assert.deepEqual(state.pwned, null);
  assert.notEqual(state.title, 'pwned');
  assert.equal(state.imgs, 0);
  assert.equal(await app.card().locator('h2').textContent(), '<b>粗体</b>企业');
  // A long label wraps onto lines, one <text> each (at spaces, or inside a word too wide for a
  // line): read the lines joined, spaces aside.
  const chartText = (await app.card().locator('svg.chart text').allTextContents()).join('').replace(/\s/g, '');
  const drawn = (label) => chartText.includes(label.replace(/\s/g, ''));
  assert.ok(drawn('<img src=x onerror="document.body.dataset.pwned=1">'), 'chart label is literal text');
  assert.ok(drawn("<script>document.title='pwned'</script>"), 'chart label is literal text');
  assert.ok((await app.labels()).includes("<script>alert('x')</script>"));
  await app.page.locator('[data-testid=search]').fill('粗体');
  assert.equal(await app.page.locator('.search-option .option-name').first().textContent(), '<b>粗体</b>企业', 'a search option shows the name as text');
  assert.equal(await app.page.locator('.search-results b').count(), 0);
  await app.shot('data-hostile');
  await app.close();
});

test('a local file previews through the file button, and back returns to the built-in data', async () => {
  const app = await App.open();
  await app.page.setInputFiles('[data-testid=file-input]', corpus('rtl-emoji.json'));
  const banner = app.page.locator('[data-testid=data-shown]');
  await banner.waitFor();
  assert.match(await banner.textContent(), /预览/);
  assert.ok((await app.labels()).includes('صناعة المواد'));
  await banner.locator('button').click();
  assert.ok((await app.labels()).includes('先进材料'));
  await app.close();
});

test('a file dropped on the page is previewed; a bad one gets the report', async () => {
  const app = await App.open();
  const drop = async (name) => {
    const text = await readFile(corpus(name), 'utf8');
    await app.page.evaluate(([body, fileName]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([body], fileName, { type: 'application/json' }));
      document.body.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, [text, name]);
  };
  await drop('truncated.json');
  await app.page.locator('[data-testid=data-errors]').waitFor();
  assert.ok((await app.labels()).includes('先进材料'));
  await drop('hostile-names.json');
  await app.page.locator('[data-testid=data-shown]').waitFor();
  assert.ok((await app.labels()).includes('<img src=x onerror=alert(1)>'));
  await app.close();
});

test('when the checking worker cannot start, the file gets a clear report and the data on screen stay', async () => {
  // No service worker here: it could serve the worker's script from its cache, past the route.
  const app = await App.open('', undefined, { serviceWorkers: 'block' });
  await app.context.route('**/chain-map-worker_loader.js', (route) => route.fulfill({ status: 503, body: 'unavailable' }));
  await app.page.setInputFiles('[data-testid=file-input]', corpus('rtl-emoji.json'));
  const report = app.page.locator('[data-testid=data-errors]');
  await report.waitFor();
  assert.match(await report.textContent(), /无法检查数据文件/);
  assert.ok((await app.labels()).includes('先进材料'), 'built-in data still on screen');
  // The refused worker script is the only failed request.
  assert.ok(app.problems.length > 0 && app.problems.every((p) => p.includes('chain-map-worker_loader.js') || p.includes('503')), app.problems.join('\n'));
  app.problems.length = 0;
  // Once it can start, the next file goes through.
  await app.context.unroute('**/chain-map-worker_loader.js');
  await app.page.setInputFiles('[data-testid=file-input]', corpus('rtl-emoji.json'));
  await app.page.locator('[data-testid=data-shown]').waitFor();
  await app.close();
});

test('a loaded file is searchable by the pinyin initials of characters the built-in data lack', async () => {
  // 猫 (m), 鱼 (y) and 鸟 (n) occur nowhere in the built-in dataset: their initials come with the check.
  const data = JSON.parse(await readFile(corpus('rtl-emoji.json'), 'utf8'));
  data.enterprises[1].name.zh = '猫鱼鸟科技有限公司';
  data.enterprises[1].short.zh = '猫鱼鸟';
  writeFileSync(`${OUT}generated/initials.json`, JSON.stringify(data));
  const app = await App.open('?data=generated/initials.json');
  await app.page.locator('[data-testid=data-shown]').waitFor();
  const search = app.page.locator('[data-testid=search]');
  await search.fill('myn');
  const options = app.page.locator('.search-option');
  await options.first().waitFor();
  assert.deepEqual(await options.evaluateAll((os) => os.map((o) => o.dataset.id)), ['ent-b']);
  await search.fill('jl');
  await app.page.locator('.search-empty').waitFor();
  await app.close();
});

test('a synthetic dataset of 20,000 enterprises renders, labelled as synthetic, and stays usable', async () => {
  const app = await App.open('?data=generated/synthetic-20000.json');
  const banner = app.page.locator('[data-testid=data-shown]');
  await banner.waitFor({ timeout: 60000 });
  assert.match(await banner.textContent(), /合成数据，非真实/);
  const folded = await app.page.$$eval('.graph .node.folded .stack', (els) => els.map((e) => Number(e.dataset.members)));
  assert.equal(folded.length, 10, 'every chain drawn folded');
  assert.equal(folded.reduce((a, b) => a + b, 0), 20000, 'the folded chains hold every enterprise');
  await app.node('ch-3').click();
  assert.equal(await app.card().locator('h2').textContent(), '合成产业链3');
  await app.page.waitForFunction(() => document.querySelectorAll('.graph .graph-svg .node.enterprise').length > 1000);
  await app.shot('data-synthetic-20000');
  await app.close();
});
