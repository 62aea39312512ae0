// Starts Chain Map: loads the wasm-bindgen glue and the wasm this script's tag names, then the offline worker.
// A browser without WebAssembly gets the page's note saying the map cannot run there, not a script error.
if (typeof WebAssembly === 'object') await start();
else document.getElementById('no-wasm')?.removeAttribute('hidden');

async function start() {
  // A link's own data file (`?data=`) downloads while the map's code loads; the page takes this
  // download (chainMapData) rather than starting its own (null if it failed: the page tries again
  // and says why).
  const data = new URLSearchParams(location.search).get('data');
  if (data) globalThis.chainMapData = { url: data, response: fetch(data).catch(() => null) };
  // That file comes first: the offline copy of the app is made once it is in, shown or refused
  // (the page calls chainMapSettled), not while it downloads and is checked; after 30 s at most.
  const settled = data
    ? new Promise((done) => {
        globalThis.chainMapSettled = done;
        setTimeout(done, 30000);
      })
    : Promise.resolve();
  const tag = document.querySelector('script[data-wasm]');
  // The wasm compiles while the glue loads.
  const compiled = WebAssembly.compileStreaming(fetch(tag.dataset.wasm)).catch(() => null);
  const { default: init } = await import(tag.dataset.js);
  const wasm = await init({ module_or_path: (await compiled) ?? tag.dataset.wasm });
  // Read by the soak benchmark: the size of the wasm memory, in bytes.
  globalThis.chainMapWasmBytes = () => wasm.memory.buffer.byteLength;

  if ('serviceWorker' in navigator) {
    settled
      .then(() => navigator.serviceWorker.register('./sw.js'))
      .then((registration) => {
        // A new version waits while this page runs; it takes over at the next load.
        if (registration.waiting) registration.waiting.postMessage('skip-waiting');
      })
      .catch((error) => console.warn('offline support unavailable:', error.message));
  }
}
