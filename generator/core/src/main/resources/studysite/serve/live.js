/*
 * Added by `studysite serve` to every page it serves (never written into the site): reloads the page after
 * a rebuild changed it (an edit names the pages it changed; a full build changes all) and shows the build's
 * diagnostics in an overlay until they are fixed.
 */
(function () {
  'use strict';
  if (!window.EventSource) return;
  var overlay = null;

  function show(lines) {
    if (!lines.length) {
      if (overlay) overlay.hidden = true;
      return;
    }
    if (!overlay) {
      overlay = document.createElement('section');
      overlay.className = 'studysite-diagnostics';
      overlay.setAttribute('aria-label', 'Build diagnostics');
      overlay.setAttribute('role', 'status');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:40vh;overflow:auto;' +
        'margin:0;padding:.75rem 1rem;background:#1b1f24;color:#f0f3f6;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;' +
        'border-top:3px solid #e5b84b;box-shadow:0 -6px 24px rgba(0,0,0,.35)';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    var head = document.createElement('div');
    head.style.cssText = 'display:flex;justify-content:space-between;gap:1rem;font-weight:700;margin-bottom:.4rem';
    var errors = lines.filter(function (l) { return l.severity === 'error'; }).length;
    head.appendChild(document.createTextNode('studysite: ' + errors + ' error(s), ' + (lines.length - errors) + ' other diagnostic(s)'));
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.style.cssText = 'font:inherit;color:inherit;background:none;border:1px solid #8b949e;border-radius:4px;cursor:pointer';
    close.onclick = function () { overlay.hidden = true; };
    head.appendChild(close);
    overlay.appendChild(head);
    lines.forEach(function (line) {
      var row = document.createElement('div');
      row.textContent = line.text;
      row.style.color = line.severity === 'error' ? '#ff9b94' : line.severity === 'warning' ? '#f2cc60' : '#c9d1d9';
      row.style.whiteSpace = 'pre-wrap';
      overlay.appendChild(row);
    });
    overlay.hidden = false;
  }

  var events = new EventSource('/_studysite-live/events');
  // This page's site path, as the server names changed pages: "notes/a b.html", "tags/index.html".
  function sitePath() {
    var path = decodeURIComponent(location.pathname).replace(/^\/+/, '');
    return path === '' || path.slice(-1) === '/' ? path + 'index.html' : path;
  }

  events.addEventListener('reload', function (e) {
    var pages = JSON.parse(e.data).pages;
    if (!pages || pages.indexOf(sitePath()) >= 0) location.reload();
  });
  events.addEventListener('diagnostics', function (e) {
    var lines = JSON.parse(e.data);
    if (document.body) show(lines); else document.addEventListener('DOMContentLoaded', function () { show(lines); });
  });
})();
