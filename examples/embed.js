// The host side of the embed API: send requests to the map, log and act on what it says.
const frame = document.getElementById('chain-map');
const log = document.getElementById('log');
const mapOrigin = new URL(frame.src, location.href).origin;

for (const button of document.querySelectorAll('[data-send]')) {
  button.addEventListener('click', () => frame.contentWindow.postMessage(JSON.parse(button.dataset.send), mapOrigin));
}

window.addEventListener('message', (event) => {
  if (event.origin !== mapOrigin || event.data?.source !== 'chain-map') return;
  const item = document.createElement('li');
  item.textContent = JSON.stringify(event.data);
  log.append(item);
  // Size the frame to the map's content.
  if (event.data.type === 'height') frame.height = Math.max(480, event.data.height);
});

// Exposed for the browser tests: send any message, well-formed or not.
window.sendToMap = (message) => frame.contentWindow.postMessage(message, mapOrigin);
