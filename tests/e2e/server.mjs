// A small static file server for a built dist/ on loopback, used by the browser tests and benchmarks.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves `root` at `base` (e.g. "/" or "/gov/chain-map/") on 127.0.0.1 and an ephemeral port.
 * `headers` are added to every response (e.g. a Content-Security-Policy); `mounts` maps
 * extra path prefixes under `base` to folders (e.g. { 'fixtures/': 'tests/corpus' }).
 * `brotli` compresses what the browser accepts so, as a deployed site's server would (each file
 * once, at quality 11). Resolves to { url, close }.
 */
export async function serve(root, { base = '/', headers = {}, port = 0, mounts = {}, brotli = false } = {}) {
  const compressed = new Map();
  const squeeze = (file, body) => {
    if (!compressed.has(file)) compressed.set(file, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    return compressed.get(file);
  };
  const dirs = Object.entries({ ...mounts, '': root }).map(([prefix, d]) => [base + prefix, resolve(d)]);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const mount = dirs.find(([prefix]) => path.startsWith(prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const [prefix, dir] = mount;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers };
      if (brotli && /\bbr\b/.test(req.headers['accept-encoding'] ?? '') && extname(file) !== '.png') {
        res.writeHead(200, { ...type, 'content-encoding': 'br', vary: 'accept-encoding' });
        res.end(squeeze(file, body));
        return;
      }
      res.writeHead(200, type);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  // Closing ends kept-alive connections too, so a test can take the server away from an open page.
  const close = () =>
    new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    });
  return { url, close };
}

// `node tests/e2e/server.mjs dist 8080` serves a build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await serve(process.argv[2] ?? 'dist', { port: Number(process.argv[3] ?? 8080) });
  console.log(`serving on ${url}`);
}
