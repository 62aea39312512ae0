// The dark theme is written twice in themes.css (chosen, and "as the device" on a dark device): the two must match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const css = readFileSync(new URL('../../src/ui/themes.css', import.meta.url), 'utf8');

/** The custom properties declared in the first block that follows `selector`. */
function variables(selector) {
  const start = css.indexOf(selector);
  assert.ok(start >= 0, `${selector} is in themes.css`);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]));
}

test('the chosen dark theme and the device-preferred dark theme set the same colours', () => {
  const chosen = variables('html.theme-dark {');
  const device = variables('html:not(.theme-light):not(.theme-contrast):not(.theme-dark) {');
  assert.ok(Object.keys(chosen).length > 30, 'a full theme');
  assert.deepEqual(device, chosen);
});

test('every theme sets every colour the light theme sets', () => {
  const light = Object.keys(variables(':root {')).filter((k) => k !== '--min-text');
  for (const theme of ['html.theme-dark {', 'html.theme-contrast {']) {
    assert.deepEqual(Object.keys(variables(theme)).sort(), light.sort(), theme);
  }
});
