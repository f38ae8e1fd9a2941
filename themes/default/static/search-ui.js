/*
 * The search box on every page and the search page. The engine (search.js) and its analyzer load
 * only when a reader first reaches for search, and the index shards only as queries need them.
 * Note text is always inserted as text, never as HTML.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var root = script.getAttribute('data-root') || '';
  // The search page's address: search/index.html, unless the vault has a folder search/ of its own.
  var searchPage = script.getAttribute('data-search-page') || 'search/index.html';
  var MAX_SUGGESTED = 8;
  var PAGE_SIZE = 20;
  var MAX_CHIPS = 5;
  // While typing, texts not yet loaded wait until typing pauses this long: no text loads for every prefix.
  var SETTLE_MS = 160;
  var engine = null;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = resolve;
      s.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    });
  }

  function ready() {
    if (!engine) {
      engine = loadScript(root + '_studysite/search-analyzer.js')
        .then(function () { return loadScript(root + '_studysite/search.js'); })
        .then(function () { window.studysiteSearch.configure(root); return window.studysiteSearch; });
    }
    return engine;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /** One result: note › heading path, a snippet with the matched words marked, service chips. */
  function renderHit(search, section, result, tag) {
    var item = el(tag || 'a', 'search-hit');
    var link = item;
    if (tag === 'li') { link = el('a', 'search-hit-link'); item.appendChild(link); }
    link.href = root + section.url;
    var place = el('span', 'search-hit-place');
    place.appendChild(el('span', 'search-hit-note', section.title));
    // Headings are normalised for search; a first one that only repeats the title is not shown again (Section.java).
    var repeatsTitle = section.headings.length && section.headings[0] === window.studysiteAnalyzer.normalizeText(section.title);
    section.headings.slice(repeatsTitle ? 1 : 0).forEach(function (h) {
      place.appendChild(el('span', 'search-hit-sep', ' › '));
      place.appendChild(el('span', 'search-hit-heading', h));
    });
    link.appendChild(place);
    var snippet = el('span', 'search-hit-snippet');
    search.snippet(section.text, result.terms.concat(result.completions), null).forEach(function (piece) {
      snippet.appendChild(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
    });
    link.appendChild(snippet);
    if (section.services.length) {
      var chips = el('span', 'search-hit-services');
      // Covered services come first; a long tail of mentions is only counted.
      section.services.slice(0, MAX_CHIPS).forEach(function (s) { chips.appendChild(el('span', 'chip', s)); });
      if (section.services.length > MAX_CHIPS) chips.appendChild(el('span', 'chip more', '+' + (section.services.length - MAX_CHIPS)));
      link.appendChild(chips);
    }
    return item;
  }

  function searchPageUrl(query) {
    return root + searchPage + (query ? '?q=' + encodeURIComponent(query) : '');
  }

  // ---- the box in the header ---------------------------------------------------------------------

  function box(form) {
    var input = form.querySelector('input[type=search]');
    var list = form.querySelector('[role=listbox]');
    var active = -1, sequence = 0, timer = 0, settle = 0;

    function options() { return list.querySelectorAll('[role=option]'); }

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function open() {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function mark(index) {
      var all = options();
      if (!all.length) return;
      active = (index + all.length) % all.length;
      all.forEach(function (o, i) { o.setAttribute('aria-selected', i === active ? 'true' : 'false'); });
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({ block: 'nearest' });
    }

    function show(text, settled) {
      var mine = ++sequence;
      clearTimeout(settle);
      if (!text.trim()) { list.textContent = ''; close(); return; }
      ready().then(function (search) {
        return search.search(text, { typing: true }).then(function (result) {
          var top = result.hits.slice(0, MAX_SUGGESTED).map(function (h) { return h.doc; });
          if (!settled && !search.hasDocs(top)) {
            if (mine === sequence) settle = setTimeout(function () { show(text, true); }, SETTLE_MS);
            return;
          }
          return search.docs(top).then(function (sections) {
            if (mine !== sequence) return;
            list.textContent = '';
            active = -1;
            sections.forEach(function (section, i) {
              var option = renderHit(search, section, result, 'a');
              option.id = 'site-search-option-' + i;
              option.setAttribute('role', 'option');
              option.setAttribute('aria-selected', 'false');
              option.tabIndex = -1;
              list.appendChild(option);
            });
            var footer = el('div', 'search-footer');
            if (result.hits.length) {
              var all = el('a', 'search-all', 'All ' + result.hits.length + (result.hits.length === 1 ? ' section' : ' sections') + ' →');
              all.href = searchPageUrl(text);
              footer.appendChild(all);
            } else {
              footer.appendChild(el('span', 'search-none', 'No section matches.'));
              if (result.suggestion) footer.appendChild(suggestion(result.suggestion, function (respelt) {
                input.value = respelt;
                input.focus();
                show(respelt, true);
              }));
            }
            list.appendChild(footer);
            list.setAttribute('data-query', text);
            open();
          });
        });
      }).catch(function (error) {
        list.textContent = '';
        list.appendChild(el('div', 'search-footer search-none', 'Search is unavailable: ' + error.message));
        open();
      });
    }

    input.addEventListener('focus', function () { ready(); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { show(input.value); }, 40);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') { e.preventDefault(); if (list.hidden) show(input.value, true); else mark(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); mark(active - 1); }
      else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); } else { input.value = ''; input.blur(); }
      } else if (e.key === 'Enter') {
        e.preventDefault();
        var all = options();
        window.location.href = active >= 0 && all[active] ? all[active].href : searchPageUrl(input.value);
      }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); window.location.href = searchPageUrl(input.value); });
    form.addEventListener('focusout', function (e) {
      if (!form.contains(e.relatedTarget)) close();
    });
    document.addEventListener('keydown', function (e) {
      var target = e.target, typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      if ((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey)
          || (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))) {
        e.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  function suggestion(respelt, choose) {
    var wrap = el('span', 'search-suggestion', 'Did you mean ');
    var button = el('button', 'search-respelt', respelt);
    button.type = 'button';
    button.addEventListener('click', function () { choose(respelt); });
    wrap.appendChild(button);
    wrap.appendChild(document.createTextNode('?'));
    return wrap;
  }

  // ---- the search page ---------------------------------------------------------------------------

  function page(main) {
    var form = main.querySelector('form');
    var input = form.querySelector('input[type=search]');
    var summary = main.querySelector('.search-summary');
    var results = main.querySelector('.search-results');
    var more = main.querySelector('.search-more');
    var filters = { service: main.querySelector('.search-filter-service'), tag: main.querySelector('.search-filter-tag') };
    var params = new URLSearchParams(window.location.search);
    var chosen = { service: params.getAll('service'), tag: params.getAll('tag') };
    var sequence = 0, timer = 0, settle = 0, current = null, shown = 0;
    input.value = params.get('q') || '';

    function remember() {
      var query = new URLSearchParams();
      if (input.value) query.set('q', input.value);
      chosen.service.forEach(function (s) { query.append('service', s); });
      chosen.tag.forEach(function (t) { query.append('tag', t); });
      try {
        var search = query.toString();
        history.replaceState(null, '', search ? '?' + search : window.location.pathname);
      } catch (ignored) {
        // Some browsers refuse to rewrite file:// addresses; the page works the same.
      }
    }

    function renderFilters(result) {
      ['service', 'tag'].forEach(function (kind) {
        var box = filters[kind];
        var list = box.querySelector('ul');
        list.textContent = '';
        var entries = result.counts[kind].slice();
        chosen[kind].forEach(function (key) {
          if (!entries.some(function (e) { return e.key === key.toLowerCase(); })) entries.push({ key: key.toLowerCase(), name: key, count: 0 });
        });
        box.hidden = entries.length === 0;
        entries.forEach(function (entry) {
          var item = el('li');
          var label = el('label');
          var check = el('input');
          check.type = 'checkbox';
          check.value = entry.key;
          check.checked = chosen[kind].some(function (k) { return k.toLowerCase() === entry.key; });
          check.addEventListener('change', function () {
            chosen[kind] = chosen[kind].filter(function (k) { return k.toLowerCase() !== entry.key; });
            if (check.checked) chosen[kind].push(entry.key);
            run(false);
          });
          label.appendChild(check);
          label.appendChild(document.createTextNode(' ' + (kind === 'tag' ? '#' : '') + entry.name + ' '));
          label.appendChild(el('span', 'count', String(entry.count)));
          item.appendChild(label);
          list.appendChild(item);
        });
      });
    }

    function showMore(search) {
      var ids = current.hits.slice(shown, shown + PAGE_SIZE).map(function (h) { return h.doc; });
      shown += ids.length;
      more.hidden = shown >= current.hits.length;
      var result = current;
      return search.docs(ids).then(function (sections) {
        if (result !== current) return;
        sections.forEach(function (section) { results.appendChild(renderHit(search, section, result, 'li')); });
      });
    }

    function run(typing, settled) {
      var mine = ++sequence, text = input.value;
      clearTimeout(settle);
      remember();
      ready().then(function (search) {
        return search.search(text, { typing: typing, services: chosen.service, tags: chosen.tag, counts: true }).then(function (result) {
          if (mine !== sequence) return;
          if (typing && !settled && !search.hasDocs(result.hits.slice(0, PAGE_SIZE).map(function (h) { return h.doc; }))) {
            settle = setTimeout(function () { run(true, true); }, SETTLE_MS);
            return;
          }
          current = result;
          shown = 0;
          results.textContent = '';
          summary.textContent = '';
          renderFilters(result);
          if (!text.trim()) {
            summary.textContent = 'Type words to find; quote "exact phrases".';
          } else if (!result.hits.length) {
            summary.appendChild(document.createTextNode('No section matches. '));
            if (result.suggestion) summary.appendChild(suggestion(result.suggestion, function (respelt) {
              input.value = respelt;
              run(false);
            }));
          } else {
            summary.textContent = result.hits.length + (result.hits.length === 1 ? ' section' : ' sections');
          }
          more.hidden = true;
          return showMore(search);
        });
      }).catch(function (error) {
        summary.textContent = 'Search is unavailable: ' + error.message;
      });
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); run(false); });
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { run(true); }, 40);
    });
    more.addEventListener('click', function () { ready().then(showMore); });
    run(false);
  }

  function start() {
    document.querySelectorAll('form.site-search').forEach(box);
    var main = document.querySelector('main.search-page');
    if (main) page(main);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
