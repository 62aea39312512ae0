// The chain-stage view: every segment of a chain in sight on first load and after a resize.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { App, SIZES, useBrowser } from './support.mjs';

useBrowser();

/** The boxes of the segments that stick out of the graph's drawing area, as text. */
function outside(app) {
  return app.page.evaluate(() => {
    const area = document.querySelector('[data-testid=graph]').getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid=band] rect')]
      .map((r) => r.getBoundingClientRect())
      .filter((b) => b.left < area.left - 0.5 || b.right > area.right + 0.5 || b.top < area.top - 0.5)
      .map((b) => `${Math.round(b.left)}..${Math.round(b.right)}`);
  });
}

test('the stages of a chain fit the view on first load and on resize', async () => {
  const app = await App.open('?view=chain&chain=ch-aluminium', SIZES.desktop);
  await app.page.locator('[data-testid=band]').first().waitFor();
  assert.ok((await app.page.locator('[data-testid=band]').count()) >= 5, 'the aluminium chain has its segments');
  assert.deepEqual(await outside(app), [], 'no segment cut off at 1280×800');
  await app.shot('chain-view-1280');
  await app.page.setViewportSize({ width: 1100, height: 760 });
  await app.page.waitForFunction(() => {
    const area = document.querySelector('[data-testid=graph]')?.getBoundingClientRect();
    const rects = [...document.querySelectorAll('[data-testid=band] rect')].map((r) => r.getBoundingClientRect());
    return area && rects.length > 0 && rects.every((b) => b.left >= area.left - 0.5 && b.right <= area.right + 0.5);
  }, null, { timeout: 5000 });
  assert.deepEqual(await outside(app), [], 'no segment cut off after a resize to 1100×760');
  await app.close();
});
