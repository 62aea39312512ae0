// Runs only in browsers without JavaScript modules (old compatibility-mode kernels): the app cannot
// run there, so the page's note saying so is shown instead of a blank screen. Plain ES3 on purpose.
var note = document.getElementById('no-wasm');
if (note) note.removeAttribute('hidden');
