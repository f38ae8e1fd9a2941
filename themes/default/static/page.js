/*
 * What every page does in the browser: the theme toggle, the notes tree (from tree.js, shipped once for
 * the whole site, and the parts tree/N.js of its long folders, loaded for the page's branch and as folders
 * open), the drawer that holds it on narrow screens, the search box's code at its first use, the contents
 * that follow the reading position, hover previews of links to other notes (from previews/N.js), the notes
 * tree's filter, and the local graph's scripts once it nears the screen. Everything is a classic script, so it
 * works from file://; note text is inserted as text, never as HTML, except the previews' blocks, which the
 * build cut from the note's own sanitised page.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = script.getAttribute('data-root') || '';
  var pagePath = script.getAttribute('data-path') || '';
  var html = document.documentElement;
  var THEME_KEY = 'studysite-theme';
  var TREE_KEY = 'studysite-tree-open';

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function stored(storage, key) {
    try { return window[storage].getItem(key); } catch (e) { return null; }
  }

  function store(storage, key, value) {
    try {
      if (value === null) window[storage].removeItem(key); else window[storage].setItem(key, value);
    } catch (e) { /* private mode or file:// without storage: the choice lasts for this page only */ }
  }

  /** A site-relative page path, decoded, from a URL; null when it points outside the site. */
  var siteRoot = new URL(root || './', location.href);
  function sitePath(url) {
    var u = new URL(url, location.href);
    if (u.protocol !== siteRoot.protocol || u.host !== siteRoot.host || u.pathname.indexOf(siteRoot.pathname) !== 0) return null;
    try { return decodeURIComponent(u.pathname.slice(siteRoot.pathname.length)); } catch (e) { return null; }
  }

  // ---- Theme: system, light or dark; remembered; applied in <head> before the first paint too. ----
  var THEMES = ['system', 'light', 'dark'];
  var toggle = document.querySelector('.theme-toggle');

  function applyTheme(choice) {
    if (choice === 'light' || choice === 'dark') html.setAttribute('data-theme', choice); else html.removeAttribute('data-theme');
    var links = document.querySelectorAll('link[data-scheme]');
    for (var i = 0; i < links.length; i++) {
      var scheme = links[i].getAttribute('data-scheme');
      links[i].media = choice === 'system' ? (scheme === 'dark' ? '(prefers-color-scheme: dark)' : 'not all and (prefers-color-scheme: dark)')
        : (scheme === choice ? 'all' : 'not all');
    }
    if (toggle) {
      var next = THEMES[(THEMES.indexOf(choice) + 1) % THEMES.length];
      var label = 'Theme: ' + (choice === 'system' ? 'as the system' : choice) + '. Switch to ' + (next === 'system' ? 'the system theme' : next);
      toggle.setAttribute('data-theme-choice', choice);
      toggle.setAttribute('aria-label', label);
      toggle.title = label;
    }
    document.dispatchEvent(new CustomEvent('studysite-theme', { detail: { theme: choice } }));
  }

  if (toggle) {
    toggle.hidden = false;
    var current = stored('localStorage', THEME_KEY);
    applyTheme(current === 'light' || current === 'dark' ? current : 'system');
    toggle.addEventListener('click', function () {
      var choice = THEMES[(THEMES.indexOf(toggle.getAttribute('data-theme-choice')) + 1) % THEMES.length];
      store('localStorage', THEME_KEY, choice === 'system' ? null : choice);
      applyTheme(choice);
    });
  }

  // ---- The search box's code (search-ui.js) loads when the reader first reaches for it: focusing or typing
  // into the box, / or Ctrl-K. What is typed meanwhile stays in the box, and search-ui.js takes it over. ----
  var searchForms = document.querySelectorAll('form.site-search[data-script]');
  // The search page loads search-ui.js itself (it runs that page's results too).
  var searchState = document.querySelector('script[data-search-page]') ? 'ready' : 'idle';
  function loadSearchUi() {
    if (searchState !== 'idle' || !searchForms.length) return;
    searchState = 'loading';
    var s = document.createElement('script');
    s.src = searchForms[0].getAttribute('data-script');
    s.setAttribute('data-root', root);
    s.setAttribute('data-search-page', searchForms[0].getAttribute('data-search-page'));
    s.onload = function () { searchState = 'ready'; };
    document.head.appendChild(s);
  }
  searchForms.forEach(function (form) {
    var input = form.querySelector('input[type=search]');
    input.addEventListener('focus', loadSearchUi);
    input.addEventListener('input', loadSearchUi);
    if (document.activeElement === input) loadSearchUi();
  });
  document.addEventListener('keydown', function (e) {
    if (searchState === 'ready' || !searchForms.length) return; // search-ui.js answers the keys from then on
    var target = e.target, typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)
        || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
      e.preventDefault();
      var input = searchForms[0].querySelector('input[type=search]');
      input.focus();
      input.select();
    }
  });

  // ---- The drawer: below 1000 px the sidebar slides in from the menu button. ----
  var menu = document.querySelector('.menu-button');
  var sidebar = document.getElementById('sidebar');
  var siteNav = document.querySelector('.site-header .site-nav');
  if (sidebar && siteNav) {
    var copy = siteNav.cloneNode(true);
    copy.className = 'sidebar-site-nav';
    copy.setAttribute('aria-label', 'Site sections');
    sidebar.insertBefore(copy, sidebar.firstChild);
  }

  function setDrawer(open, returnFocus) {
    html.classList.toggle('nav-open', open);
    menu.setAttribute('aria-expanded', String(open));
    if (open) {
      var target = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a');
      if (target) target.focus();
    } else if (returnFocus) {
      menu.focus();
    }
  }

  if (menu && sidebar) {
    menu.hidden = false;
    menu.addEventListener('click', function () { setDrawer(!html.classList.contains('nav-open'), false); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && html.classList.contains('nav-open')) setDrawer(false, true);
    });
    document.addEventListener('click', function (e) {
      if (html.classList.contains('nav-open') && !sidebar.contains(e.target) && !menu.contains(e.target)) setDrawer(false, false);
    });
  }

  // ---- The notes tree: folders first, natural order, built lazily as folders open. ----
  // A long folder's children are a part of their own (tree/N.js), loaded for the page's branch and when opened.
  var treeNav = document.querySelector('.site-tree');
  var openFolders = {};
  (stored('sessionStorage', TREE_KEY) || '').split('\n').forEach(function (u) { if (u) openFolders[u] = true; });

  function isFolder(entry) { return entry.length === 3; }

  var parts = {};        // part number -> promise of its children
  var partWaiting = {};  // part number -> the resolve of its promise, until its script runs
  var partData = {};     // part number -> its children, once loaded

  /** A folder's children, loading its part once when it has one. */
  function listing(entry) {
    if (Array.isArray(entry[2])) return Promise.resolve(entry[2]);
    var n = entry[2];
    if (!parts[n]) {
      parts[n] = new Promise(function (resolve) {
        partWaiting[n] = resolve;
        var s = document.createElement('script');
        s.src = root + '_studysite/tree/' + n + '.js';
        s.onerror = function () { resolve([]); };
        document.head.appendChild(s);
      });
    }
    return parts[n].then(function (children) { entry[2] = children; return children; });
  }

  function loadPart(n) { return listing([null, null, n]); }

  /** Puts loaded parts in place of their numbers. */
  function attach(entries) {
    entries.forEach(function (entry) {
      if (!isFolder(entry)) return;
      if (!Array.isArray(entry[2]) && partData[entry[2]]) entry[2] = partData[entry[2]];
      if (Array.isArray(entry[2])) attach(entry[2]);
    });
  }

  /** Loads the parts on the page's branch: those of the folders whose address holds the page's. */
  function branch(entries) {
    return Promise.all(entries.filter(function (entry) {
      var dir = isFolder(entry) ? decoded(folderDir(entry)) : '';
      return dir && pagePath.indexOf(dir) === 0;
    }).map(function (entry) { return listing(entry).then(branch); }));
  }

  /** Resolves the tree's compact URLs: a note's is relative to its folder's folder unless it starts with '/'. */
  function noteUrl(entry, dir) { return entry[1].charAt(0) === '/' ? entry[1].slice(1) : dir + entry[1]; }
  function folderDir(entry) { return entry[1].slice(0, entry[1].length - 'index.html'.length); }
  function decoded(url) { try { return decodeURIComponent(url); } catch (e) { return url; } }

  /** The folder URLs from the root down to the current page, or null when the page is not in the tree. */
  function pathTo(entries, dir, trail) {
    for (var i = 0; i < entries.length; i++) {
      var entry = entries[i];
      if (isFolder(entry)) {
        if (decoded(entry[1]) === pagePath) return trail.concat([entry[1]]);
        if (!Array.isArray(entry[2])) continue;
        var found = pathTo(entry[2], folderDir(entry), trail.concat([entry[1]]));
        if (found) return found;
      } else if (decoded(noteUrl(entry, dir)) === pagePath) {
        return trail;
      }
    }
    return null;
  }

  function renderList(entries, dir) {
    var list = el('ul');
    entries.forEach(function (entry) {
      var item = el('li');
      if (isFolder(entry)) {
        var row = el('div', 'tree-folder');
        var button = el('button', 'tree-toggle');
        button.type = 'button';
        button.setAttribute('aria-label', entry[0]);
        var link = el('a', '', entry[0]);
        link.href = root + entry[1];
        if (decoded(entry[1]) === pagePath) link.setAttribute('aria-current', 'page');
        row.appendChild(button);
        row.appendChild(link);
        item.appendChild(row);
        var children = null;
        var show = function (list) {
          children = renderList(list, folderDir(entry));
          children.hidden = button.getAttribute('aria-expanded') !== 'true';
          item.appendChild(children);
        };
        var setOpen = function (open) {
          button.setAttribute('aria-expanded', String(open));
          if (open && !children) {
            if (Array.isArray(entry[2])) show(entry[2]);
            else listing(entry).then(function (list) { if (!children) show(list); });
          }
          if (children) children.hidden = !open;
          if (open) openFolders[entry[1]] = true; else delete openFolders[entry[1]];
        };
        setOpen(!!openFolders[entry[1]]);
        button.addEventListener('click', function () {
          setOpen(button.getAttribute('aria-expanded') !== 'true');
          store('sessionStorage', TREE_KEY, Object.keys(openFolders).join('\n'));
        });
      } else {
        var note = el('a', '', entry[0]);
        var url = noteUrl(entry, dir);
        note.href = root + url;
        if (decoded(url) === pagePath) note.setAttribute('aria-current', 'page');
        item.appendChild(note);
      }
      list.appendChild(item);
    });
    return list;
  }

  // ---- Filter: the notes whose titles hold every typed word, over the whole tree (its parts load at the first key). ----
  var MAX_MATCHES = 100;
  var treeData = null;
  var treeList = null;
  var filterBox = null;

  function folded(text) { return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(); }

  function everyPart(entries) {
    return Promise.all(entries.filter(isFolder).map(function (entry) { return listing(entry).then(everyPart); }));
  }

  function matching(entries, dir, words, folders, out) {
    entries.forEach(function (entry) {
      if (isFolder(entry)) {
        if (Array.isArray(entry[2])) matching(entry[2], folderDir(entry), words, folders.concat([entry[0]]), out);
      } else if (words.every(function (w) { return folded(entry[0]).indexOf(w) >= 0; })) {
        out.push({ title: entry[0], url: noteUrl(entry, dir), folder: folders.join(' / ') });
      }
    });
    return out;
  }

  function showMatches(query) {
    var old = treeNav.querySelector('.tree-matches');
    if (old) old.remove();
    var words = folded(query).split(/\s+/).filter(Boolean);
    if (treeList) treeList.hidden = words.length > 0;
    var status = filterBox.querySelector('.tree-filter-status');
    if (!words.length) { status.textContent = ''; return; }
    everyPart(treeData).then(function () {
      if (folded(filterBox.querySelector('input').value).split(/\s+/).filter(Boolean).join(' ') !== words.join(' ')) return;
      var found = matching(treeData, '', words, [], []);
      var list = el('ul', 'tree-matches');
      found.slice(0, MAX_MATCHES).forEach(function (m) {
        var item = el('li');
        var link = el('a', '', m.title);
        link.href = root + m.url;
        if (decoded(m.url) === pagePath) link.setAttribute('aria-current', 'page');
        if (m.folder) link.appendChild(el('span', 'tree-match-folder', m.folder));
        item.appendChild(link);
        list.appendChild(item);
      });
      var old = treeNav.querySelector('.tree-matches');
      if (old) old.remove();
      treeNav.appendChild(list);
      status.textContent = found.length === 0 ? 'No note title matches.'
        : found.length > MAX_MATCHES ? 'The first ' + MAX_MATCHES + ' of ' + found.length + ' notes.'
        : found.length + (found.length === 1 ? ' note.' : ' notes.');
    });
  }

  function addFilter() {
    filterBox = el('div', 'tree-filter');
    var label = el('label', 'visually-hidden', 'Filter the notes by title');
    label.htmlFor = 'tree-filter-input';
    var input = el('input');
    input.type = 'search';
    input.id = 'tree-filter-input';
    input.placeholder = 'Filter notes';
    input.autocomplete = 'off';
    input.spellcheck = false;
    var status = el('p', 'tree-filter-status');
    status.setAttribute('role', 'status');
    filterBox.appendChild(label);
    filterBox.appendChild(input);
    filterBox.appendChild(status);
    treeNav.insertBefore(filterBox, treeNav.firstChild);
    input.addEventListener('input', function () { showMatches(input.value); });
  }

  var previewChunks = 0;
  window.studysiteTree = {
    receive: function (data) {
      previewChunks = data.previews;
      if (!treeNav) return;
      // A note outside its folder's address (a permalink) is told its branch; the others find it by address.
      var away = (data.away && data.away[pagePath]) || [];
      Promise.all(away.map(loadPart)).then(function () {
        attach(data.tree);
        return branch(data.tree);
      }).then(function () {
        (pathTo(data.tree, '', []) || []).forEach(function (url) { openFolders[url] = true; });
        var list = renderList(data.tree, '');
        treeData = data.tree;
        treeList = list;
        treeNav.appendChild(list);
        addFilter();
        var here = treeNav.querySelector('[aria-current="page"]');
        var scroller = here && (treeNav.scrollHeight > treeNav.clientHeight ? treeNav : null);
        if (scroller) scroller.scrollTop = here.offsetTop - scroller.clientHeight / 2;
      });
    },
    part: function (n, children) {
      partData[n] = children;
      var resolve = partWaiting[n];
      if (resolve) { delete partWaiting[n]; resolve(children); }
    }
  };

  // ---- Contents: the link of the section being read is marked while scrolling. ----
  var tocDetails = document.querySelector('.toc-details');
  if (tocDetails && window.matchMedia && window.matchMedia('(max-width: 1279px)').matches) tocDetails.open = false;
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  var tocTargets = tocLinks.map(function (a) { return document.getElementById(decoded(a.getAttribute('href').slice(1))); });
  var marked = null;

  function markReading() {
    var header = document.querySelector('.site-header');
    var line = (header ? header.getBoundingClientRect().bottom : 0) + 24;
    var index = -1;
    for (var i = 0; i < tocTargets.length; i++) {
      if (tocTargets[i] && tocTargets[i].getBoundingClientRect().top <= line) index = i;
    }
    // At the very bottom the last sections may never reach the line: the last one is being read.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2 && tocTargets.length) index = tocTargets.length - 1;
    // Above the first heading the reader is at the start of the note: the first entry stands for it.
    if (index < 0 && tocTargets.length) index = 0;
    var link = index >= 0 ? tocLinks[index] : null;
    if (link === marked) return;
    if (marked) marked.removeAttribute('aria-current');
    if (link) link.setAttribute('aria-current', 'location');
    marked = link;
  }

  if (tocLinks.length) {
    var pending = false;
    window.addEventListener('scroll', function () {
      if (pending) return;
      pending = true;
      requestAnimationFrame(function () { pending = false; markReading(); });
    }, { passive: true });
    window.addEventListener('hashchange', markReading);
    markReading();
  }

  // ---- The local graph's scripts (d3 and graph.js, some 40 KB) load, in order, once the graph nears the screen. ----
  var localGraph = document.querySelector('.local-graph[data-scripts]');
  if (localGraph) {
    var loadGraph = function () {
      localGraph.getAttribute('data-scripts').split(' ').forEach(function (src) {
        var s = document.createElement('script');
        s.src = root + src;
        s.async = false;
        document.head.appendChild(s);
      });
    };
    if (window.IntersectionObserver) {
      var graphWatch = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) { graphWatch.disconnect(); loadGraph(); }
      }, { rootMargin: '600px 0px' });
      graphWatch.observe(localGraph);
    } else {
      loadGraph();
    }
  }

  // ---- Wide code blocks and tables scroll sideways: keyboard readers must be able to reach them too. ----
  function focusableScrollers() {
    var wide = document.querySelectorAll('pre, .markdown table, .matrix-scroll');
    for (var i = 0; i < wide.length; i++) {
      var scrolls = wide[i].scrollWidth > wide[i].clientWidth + 1;
      if (scrolls && !wide[i].hasAttribute('tabindex')) wide[i].setAttribute('tabindex', '0');
      else if (!scrolls && wide[i].getAttribute('tabindex') === '0' && !wide[i].querySelector('a, button, input')) wide[i].removeAttribute('tabindex');
    }
  }
  focusableScrollers();
  var resizing = 0;
  window.addEventListener('resize', function () { clearTimeout(resizing); resizing = setTimeout(focusableScrollers, 150); });

  // ---- Hover previews of links to other notes. ----
  var chunks = {};
  var popup = null;
  var showTimer = 0;
  var hideTimer = 0;
  var hovered = null;

  function chunkOf(path) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < path.length; i++) {
      hash ^= path.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193);
    }
    return (hash >>> 0) % previewChunks;
  }

  window.studysitePreviews = {
    receive: function (n, data) { if (chunks[n]) chunks[n].resolve(data); }
  };

  function loadChunk(n) {
    if (!chunks[n]) {
      var entry = {};
      entry.promise = new Promise(function (resolve) {
        entry.resolve = resolve;
        var s = document.createElement('script');
        s.src = root + '_studysite/previews/' + n + '.js';
        s.onerror = function () { resolve({}); };
        document.head.appendChild(s);
      });
      chunks[n] = entry;
    }
    return chunks[n].promise;
  }

  function previewable(link) {
    if (!previewChunks || !link.href || link.closest('.sidebar, .toc, .search-popup, .site-header, .link-preview, .breadcrumbs')) return null;
    var path = sitePath(link.href);
    if (!path || !/\.html$/.test(path) || path.indexOf('_studysite/') === 0) return null;
    var hash = new URL(link.href).hash;
    return { path: path, anchor: hash ? decoded(hash.slice(1)) : '' };
  }

  function hidePreview() {
    clearTimeout(showTimer);
    if (popup) popup.hidden = true;
    hovered = null;
  }

  function place(link) {
    var box = link.getBoundingClientRect();
    popup.style.left = Math.max(8, Math.min(box.left, window.innerWidth - popup.offsetWidth - 8)) + 'px';
    var below = box.bottom + 8;
    popup.style.top = (below + popup.offsetHeight > window.innerHeight && box.top > popup.offsetHeight + 8
      ? box.top - popup.offsetHeight - 8 : below) + 'px';
  }

  function showPreview(link, target) {
    loadChunk(chunkOf(target.path)).then(function (data) {
      var note = data[target.path];
      if (!note || hovered !== link) return;
      var sections = note[1];
      var section = null;
      for (var i = 0; i < sections.length && target.anchor; i++) if (sections[i][0] === target.anchor) section = sections[i];
      if (!section) for (var j = 0; j < sections.length && !section; j++) if (sections[j][2]) section = sections[j];
      if (!popup) {
        popup = el('div', 'link-preview');
        popup.id = 'link-preview';
        popup.setAttribute('role', 'tooltip');
        popup.addEventListener('pointerenter', function () { clearTimeout(hideTimer); });
        popup.addEventListener('pointerleave', function () { hideTimer = setTimeout(hidePreview, 200); });
        document.body.appendChild(popup);
      }
      popup.textContent = '';
      var title = el('p', 'link-preview-title', note[0]);
      if (section && section[1] && target.anchor) title.appendChild(el('span', 'link-preview-heading', ' › ' + section[1]));
      popup.appendChild(title);
      if (section && section[3]) {
        // The section's first blocks as its page renders them, made at build time from the sanitised page.
        var body = el('div', 'link-preview-body markdown');
        body.innerHTML = section[2];
        var linked = body.querySelectorAll('[href], [src]');
        for (var k = 0; k < linked.length; k++) {
          ['href', 'src'].forEach(function (attr) {
            var value = linked[k].getAttribute(attr);
            if (value && !/^([a-zA-Z][a-zA-Z0-9+.-]*:|\/|#)/.test(value)) linked[k].setAttribute(attr, root + value);
          });
        }
        popup.appendChild(body);
      } else {
        popup.appendChild(el('p', 'link-preview-text', section && section[2] ? section[2] : 'This note has no text yet.'));
      }
      popup.hidden = false;
      place(link);
    });
  }

  // Mouse and pen only: a tap on a phone follows the link at once.
  document.addEventListener('pointerover', function (e) {
    if (e.pointerType !== 'mouse' && e.pointerType !== 'pen') return;
    var link = e.target.closest && e.target.closest('a[href]');
    if (!link || link === hovered) return;
    var target = previewable(link);
    if (!target) return;
    clearTimeout(hideTimer);
    clearTimeout(showTimer);
    hovered = link;
    showTimer = setTimeout(function () { showPreview(link, target); }, 300);
  });
  document.addEventListener('pointerout', function (e) {
    var link = e.target.closest && e.target.closest('a[href]');
    if (!link || link !== hovered || link.contains(e.relatedTarget)) return;
    clearTimeout(showTimer);
    hideTimer = setTimeout(hidePreview, 200);
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hidePreview(); });
  window.addEventListener('scroll', function () { if (popup && !popup.hidden) hidePreview(); }, { passive: true });
})();
