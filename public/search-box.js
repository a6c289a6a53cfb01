// The header search box's loader: a few hundred bytes, cached after the first page. The search
// code and the index load on the first focus of the box (or at once on /search/), never on page
// load. A file, not an inline script, so the Content-Security-Policy needs no 'unsafe-inline'
// (src/lib/serve/csp.ts).
(() => {
  const box = document.querySelector('[data-search-box]');
  const input = box?.querySelector('input[type="search"]');
  if (!input || window.__searchBox) return;
  window.__searchBox = true;
  let loaded = false;
  const load = () => {
    if (loaded) return;
    loaded = true;
    // The search's first file comes while the code does: a preloaded fetch is the one the engine
    // then makes (same URL, same mode), so it is not sent twice.
    const core = document.createElement('link');
    core.rel = 'preload';
    core.as = 'fetch';
    core.crossOrigin = 'anonymous';
    core.href = `${box.dataset.dataUrl}core.json`;
    const script = document.createElement('script');
    script.type = 'module';
    script.src = box.dataset.client;
    document.head.append(core, script);
  };
  input.addEventListener('focus', load);
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]'))
      return;
    event.preventDefault();
    input.focus();
  });
  // This runs in the header, before /search/'s own results container has been parsed.
  document.addEventListener('DOMContentLoaded', () => {
    if (document.querySelector('[data-search-page]')) load();
  });
})();
