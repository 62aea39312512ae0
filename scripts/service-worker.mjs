// Trunk post-build hook: writes sw.js with the list of every file in this build and a version from their contents.
// The spreadsheet worker (over half a megabyte) is listed apart: cached when first asked for, not at install.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('run by trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.startsWith('.') && name !== 'sw.js') files.push(path);
  }
};
walk(staging);

const hash = createHash('sha256');
for (const f of files) hash.update(relative(staging, f)).update(readFileSync(f));
const version = hash.digest('hex').slice(0, 16);
const list = files.map((f) => relative(staging, f).split('\\').join('/'));
const onDemand = list.filter((f) => f.startsWith('chain-map-sheets'));
const precache = list.filter((f) => !onDemand.includes(f));

const template = readFileSync(new URL('../public/sw.js', import.meta.url), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__PRECACHE__', JSON.stringify(precache)).replace('__ON_DEMAND__', JSON.stringify(onDemand));
writeFileSync(join(staging, 'sw.js'), sw);
console.log(`sw.js: ${precache.length} files precached, ${onDemand.length} on first use, version ${version}`);
