// Browser-test support: one Debian Chromium, the built dist/ served on loopback, and a page object.
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const OUT = new URL('../../test-output/', import.meta.url).pathname;

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let browser;
let server;

/** Starts the browser and the server once per test file. */
export function useBrowser() {
  before(async () => {
    await mkdir(OUT, { recursive: true });
    server = await serve(new URL('../../dist/', import.meta.url).pathname, {
      mounts: {
        'fixtures/': new URL('../corpus/', import.meta.url).pathname,
        'generated/': `${OUT}generated/`,
        'examples/': new URL('../../examples/', import.meta.url).pathname,
      },
    });
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

export const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

/** A page of the app, recording every console error, page error and failed or foreign request. */
export class App {
  static async open(query = '', size = SIZES.desktop, options = {}) {
    return App.at(server.url + query, size, options);
  }

  /** Opens the app at a full URL (e.g. another server's, under a sub-path). */
  static async at(url, size = SIZES.desktop, options = {}) {
    const app = await App.page(url, size, options);
    await app.ready();
    return app;
  }

  /** Opens any page of the test server (e.g. a host page that embeds the app), watched the same way. */
  static async page(url, size = SIZES.desktop, { initScript, ...options } = {}) {
    const context = await browser.newContext({ viewport: size, hasTouch: size.width < 600, ...options });
    // A script to run in the page before any of its own (e.g. to watch what it shows while loading).
    if (initScript) await context.addInitScript(initScript);
    const page = await context.newPage();
    const app = new App(page, context, new URL(url, server.url).origin);
    await page.goto(new URL(url, server.url).href);
    return app;
  }

  constructor(page, context, origin) {
    this.page = page;
    this.context = context;
    this.problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error') this.problems.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => {
      // A request cut short by the test's own next navigation (the favicon, typically) is not a failure.
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') this.problems.push(`failed request: ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    page.on('request', (r) => {
      // Same origin only: the page itself, data: URLs, and blob: URLs the page made (downloads).
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith(`blob:${origin}/`)) this.problems.push(`foreign request: ${url}`);
    });
  }

  async ready() {
    await this.page.waitForSelector('[data-testid=graph] .node', { timeout: 15000 });
  }

  node(id) {
    return this.page.locator(`.graph .node[data-id="${id}"]`);
  }

  card() {
    return this.page.locator('[data-testid=card]');
  }

  /** Texts of every node label in the graph (a label broken over lines is joined with spaces). */
  labels() {
    return this.page.$$eval('.graph .graph-svg .label', (els) => els.map((e) => Array.from(e.querySelectorAll('tspan'), (t) => t.textContent).join(' ')));
  }

  /** Waits until the URL's query string is `expected` (the URL is written just after each change). */
  async waitForQuery(expected) {
    await this.page.waitForFunction((q) => location.search === q, expected, { timeout: 5000 });
    return expected;
  }

  async shot(name) {
    await this.page.screenshot({ path: `${OUT}${name}.png` });
  }

  /** Asserts that nothing went wrong on the page, then closes it. */
  async close() {
    assert.deepEqual(this.problems, [], 'no console errors, page errors or failed requests');
    await this.context.close();
  }
}
