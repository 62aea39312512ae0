// Kiosk mode: idle countdown, reset to home, the attract tour and its caption, a tap stops it, the QR code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

const JSQR = new URL('../../node_modules/jsqr/dist/jsQR.js', import.meta.url).pathname;
const KIOSK = { width: 1920, height: 1080 };

test('after the idle time: a countdown, a reset to home in Chinese, then the tour; a tap stops it', async () => {
  // A visitor left it zoomed in, in English, with a card open.
  const app = await App.open('?mode=kiosk&idle=4&tour_step=1&lang=en&sel=ent-schneider&z=2.000%2C-300.0%2C-200.0', KIOSK, { hasTouch: true });
  assert.equal(await app.card().getAttribute('data-id'), 'ent-schneider');
  await app.page.locator('[data-testid=kiosk-countdown]').waitFor({ timeout: 6000 });
  assert.match(await app.page.locator('[data-testid=kiosk-countdown]').textContent(), /Back to the start in \d s/);
  const caption = app.page.locator('[data-testid=kiosk-caption]');
  await caption.waitFor({ timeout: 6000 });
  assert.equal(await app.page.getAttribute('html', 'lang'), 'zh-CN', 'reset to the default language');
  assert.equal(new URL(app.page.url()).searchParams.get('z'), null, 'reset to the whole map');
  // Caption and card read together: the tour moves on every second.
  const [first, card] = await app.page.evaluate(() => [document.querySelector('[data-testid=kiosk-caption]').textContent, document.querySelector('[data-testid=card]')?.dataset.id]);
  assert.match(first, /^先进材料 · 3 条产业链，2 家企业/);
  assert.equal(card, 'ind-materials');
  await app.page.waitForFunction(() => document.querySelector('[data-testid=card]')?.dataset.id === 'ind-food', null, { timeout: 4000 });
  await app.shot('kiosk-tour-1920');
  // A tap anywhere stops the tour (here on the source line, which selects nothing itself).
  await app.page.click('.source-line');
  await caption.waitFor({ state: 'detached', timeout: 2000 });
  const stoppedAt = await app.card().getAttribute('data-id').catch(() => null);
  await app.page.waitForTimeout(1500);
  assert.equal(await app.card().getAttribute('data-id').catch(() => null), stoppedAt, 'the tour stays stopped');
  await app.close();
});

test('kiosk screens are built for touch: large targets, no text selection, no context menu, no file picker', async () => {
  const app = await App.open('?mode=kiosk', KIOSK);
  const sizes = await app.page.$$eval('header button', (bs) => bs.filter((b) => b.offsetParent).map((b) => [b.offsetWidth, b.offsetHeight]));
  assert.ok(sizes.length >= 3 && sizes.every(([w, h]) => w >= 48 && h >= 48), JSON.stringify(sizes));
  const smallest = await app.page.$$eval('.graph .node', (nodes) => Math.min(...nodes.map((n) => n.getBoundingClientRect().width)));
  assert.ok(smallest >= 47.99, `every node is a 48 px target (smallest ${smallest})`);
  assert.equal(await app.page.evaluate(() => getComputedStyle(document.body).userSelect), 'none');
  assert.equal(await app.page.locator('.file-picker').isVisible(), false);
  const prevented = await app.page.evaluate(() => !document.body.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true })));
  assert.ok(prevented, 'context menu suppressed');
  assert.equal(await app.page.locator('a[href^="http"]').count(), 0, 'no link leads away');
  await app.close();
});

test('the QR code carries the current view to a phone, on the configured base', async () => {
  const app = await App.open('?mode=kiosk&share_base=https%3A%2F%2Fgov.example%2Fchain-map%2F', KIOSK);
  await app.node('ch-copper').click();
  await app.page.waitForFunction(() => document.querySelector('[data-testid=kiosk-qr]').dataset.url.includes('sel=ch-copper'));
  // The code is drawn off the page's thread: wait for the drawing of this link.
  await app.page.waitForFunction(() => document.querySelector('[data-testid=kiosk-qr] .kiosk-qr-code').dataset.encoded.includes('sel=ch-copper'));
  await app.page.addScriptTag({ path: JSQR });
  const decoded = await app.page.evaluate(async () => {
    const svg = document.querySelector('[data-testid=kiosk-qr] svg');
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 400, 400);
    ctx.drawImage(img, 0, 0, 400, 400);
    const pixels = ctx.getImageData(0, 0, 400, 400);
    return window.jsQR(pixels.data, 400, 400)?.data ?? null;
  });
  assert.equal(decoded, 'https://gov.example/chain-map/?sel=ch-copper');
  await app.shot('kiosk-1920');
  await app.close();
});

test('on a narrow kiosk screen the QR box steps aside while a card is open, then comes back', async () => {
  const app = await App.open('?mode=kiosk', SIZES.phone, { hasTouch: true });
  const qr = app.page.locator('[data-testid=kiosk-qr]');
  await app.page.locator('[data-testid=kiosk-qr] svg').waitFor();
  assert.ok(await qr.isVisible(), 'the QR box shows with no card open');
  await app.node('ch-copper').tap();
  await app.card().waitFor();
  await app.page.waitForFunction(() => document.querySelector('[data-testid=panel]').getBoundingClientRect().top < innerHeight - 100);
  assert.equal(await qr.isVisible(), false, 'hidden while the card sheet is open');
  const sheet = await app.page.locator('[data-testid=panel]').boundingBox();
  assert.ok(sheet.y + sheet.height > 600, 'the sheet covers the bottom of the screen, where the box sat');
  await app.shot('kiosk-phone-card');
  await app.page.locator('[data-testid=card] button.close').tap();
  await app.card().waitFor({ state: 'detached' });
  await qr.waitFor({ state: 'visible' });
  await app.close();
});
