// The published JSON Schema accepts the built-in dataset and rejects files that break its shape.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('public/chain-map.schema.json');
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

test('the built-in Wanzhou dataset validates against the schema', () => {
  assert.ok(validate(read('data/wanzhou.json')), JSON.stringify(validate.errors, null, 1));
});

test('the schema accepts the small test datasets', () => {
  for (const name of ['hostile-names.json', 'rtl-emoji.json']) {
    assert.ok(validate(read(`tests/corpus/${name}`)), `${name}: ${JSON.stringify(validate.errors)}`);
  }
});

test('the schema rejects wrong types and missing lists, naming where', () => {
  assert.equal(validate(read('tests/corpus/wrong-types.json')), false);
  assert.ok(validate.errors.some((e) => e.instancePath === '/chains'));
  const noIndustries = read('data/wanzhou.json');
  delete noIndustries.industries;
  assert.equal(validate(noIndustries), false);
  assert.ok(validate.errors.some((e) => e.params.missingProperty === 'industries'));
  const badBasis = read('data/wanzhou.json');
  badBasis.chains[0].industry.basis = 'rumoured';
  assert.equal(validate(badBasis), false);
});
