// Trunk post-build hook: marks the wasm-bindgen glue for eager compilation (V8's explicit compile
// hint, a first-line comment: every glue function runs at start-up, so Chromium compiles them on a
// background thread while the file loads) and updates the glue's integrity digest in index.html.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HINT = '//# allFunctionsCalledOnLoad\n';
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const htmlPath = join(staging, 'index.html');
let html = readFileSync(htmlPath, 'utf8');
const glue = /data-js="?\.?\/?([^"\s>]+\.js)/.exec(html)?.[1];
if (!glue) throw new Error('index.html names no glue script (data-js)');
const path = join(staging, glue);
const body = readFileSync(path, 'utf8');
if (!body.startsWith(HINT)) writeFileSync(path, HINT + body);
const digest = `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
const escaped = glue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const preload = new RegExp(`(href="?\\.?/?${escaped}"?[^>]*?integrity=)"?sha384-[A-Za-z0-9+/=]+"?`);
if (preload.test(html)) {
  html = html.replace(preload, `$1"${digest}"`);
  writeFileSync(htmlPath, html);
}
console.log(`${glue}: compile hint added, integrity ${preload.test(html) ? 'updated' : 'not used'}`);
