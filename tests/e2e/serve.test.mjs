// The README's first command: `./scripts/serve.sh` serves a page whose console stays clean.
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import { App, useBrowser } from './support.mjs';

useBrowser();

const ROOT = new URL('../../', import.meta.url).pathname;
const PORT = 18080;

/** Waits until `url` answers (the first build runs first), for at most `ms`. */
async function answering(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await fetch(url).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

test('the page served by scripts/serve.sh draws the map with no console error', { timeout: 600_000 }, async () => {
  // Its own output folder, so the tests' dist/ is left as built.
  const server = spawn('./scripts/serve.sh', ['--port', String(PORT), '--dist', 'target/serve-dist'], {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    await answering(url, 540_000);
    const app = await App.at(url);
    await app.node('ch-aluminium').click();
    await app.card().waitFor();
    await app.close();
  } finally {
    process.kill(-server.pid, 'SIGTERM');
  }
});
