// Where on the map a test or a benchmark can press to pan, shared by the browser tests and the benchmarks.
/**
 * The point of the map's background (no node or button under it) nearest the middle of the map,
 * where a drag pans: a press on a node would drag that node in the network view.
 */
export function backgroundNearMiddle(page) {
  return page.evaluate(() => {
    const box = document.querySelector('[data-testid=graph]').getBoundingClientRect();
    const [x0, y0] = [box.left + box.width / 2, box.top + box.height / 2];
    for (let r = 0; r < 300; r += 6) {
      for (let a = 0; a < 2 * Math.PI; a += 0.3) {
        const [x, y] = [x0 + r * Math.cos(a), y0 + r * Math.sin(a)];
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('[data-testid=graph]') && !hit.closest('[data-i], button')) return [x, y];
      }
    }
    throw new Error('no background near the middle of the map');
  });
}
