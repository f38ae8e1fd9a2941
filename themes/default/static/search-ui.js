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
  var MAX_SUGGESTED = 6;
  var PAGE_SIZE = 20;
  var MAX_CHIPS = 5;
  // While typing, texts not yet loaded wait until typing pauses this long: no text loads for every prefix.
  var SETTLE_MS = 160;
  // A page may wait longer (browser tests that type slower than a person do).
  function settleMs() { return window.studysiteSearchSettleMs || SETTLE_MS; }
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

  // Headings are normalised for search; a first one that only repeats the title (same letters and digits,
  // any case or punctuation) is not shown again (Section.shownHeadings).
  function loosely(text) {
    return window.studysiteAnalyzer.normalizeText(text).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  }

  function shownHeadings(section) {
    var repeatsTitle = section.headings.length && loosely(section.headings[0]) === loosely(section.title);
    return section.headings.slice(repeatsTitle ? 1 : 0);
  }

  function notePage(section) {
    var hash = section.url.indexOf('#');
    return root + (hash < 0 ? section.url : section.url.slice(0, hash));
  }

  /**
   * One section of a note among the results: its heading path under the note (the note's title is the
   * group's), a snippet with the matched words marked (unless brief), and its service chips.
   */
  function renderSection(search, section, result, options) {
    var item = el(options.tag, 'search-hit');
    var link = item;
    if (options.tag === 'li') { link = el('a', 'search-hit-link'); item.appendChild(link); }
    link.href = root + section.url;
    var place = el('span', 'search-hit-place');
    // Said, not shown: an option read alone still names its note.
    place.appendChild(el('span', 'search-hit-note visually-hidden', section.title + ' › '));
    shownHeadings(section).forEach(function (h, i) {
      if (i) place.appendChild(el('span', 'search-hit-sep', ' › '));
      place.appendChild(el('span', 'search-hit-heading', h));
    });
    link.appendChild(place);
    if (options.brief) return item;
    var snippet = el('span', 'search-hit-snippet');
    search.snippet(section.text, result.terms.concat(result.completions), null).forEach(function (piece) {
      snippet.appendChild(piece.mark ? el('mark', '', piece.text) : document.createTextNode(piece.text));
    });
    link.appendChild(snippet);
    if (section.services.length && !options.noChips) {
      var chips = el('span', 'search-hit-services');
      // Covered services come first; a long tail of mentions is only counted.
      section.services.slice(0, MAX_CHIPS).forEach(function (s) { chips.appendChild(el('span', 'chip', s)); });
      if (section.services.length > MAX_CHIPS) chips.appendChild(el('span', 'chip more', '+' + (section.services.length - MAX_CHIPS)));
      link.appendChild(chips);
    }
    return item;
  }

  /** "3 of 7 sections" when a note has more matching sections than are shown. */
  function matchedCount(group) {
    var n = group.docs.length;
    return n > group.hits.length ? group.hits.length + ' of ' + n + ' matching sections' : '';
  }

  /** The docs of the sections shown for these notes, in one request. */
  function idsOf(groups) {
    var ids = [];
    groups.forEach(function (g) { g.hits.forEach(function (h) { ids.push(h.doc); }); });
    return ids;
  }

  function sectionsOf(search, groups) {
    return search.docs(idsOf(groups)).then(function (sections) {
      var at = 0;
      return groups.map(function (g) { var mine = sections.slice(at, at + g.hits.length); at += g.hits.length; return mine; });
    });
  }

  function plural(n, word) { return n + ' ' + word + (n === 1 ? '' : 's'); }

  /** "Showing results for respelling. Search instead for typed", where nothing matched the words as typed. */
  function respeltNotice(result, asked, instead) {
    var notice = el('span', 'search-respelt-notice');
    notice.appendChild(document.createTextNode('Showing results for '));
    notice.appendChild(el('em', 'search-respelt-query', result.query));
    notice.appendChild(document.createTextNode('. '));
    var original = el('a', 'search-as-typed', 'Search instead for ' + asked);
    original.href = searchPageUrl(asked) + '&respell=no';
    if (instead) original.addEventListener('click', function (e) { e.preventDefault(); instead(); });
    notice.appendChild(original);
    return notice;
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
        return search.search(text, { typing: true, respell: true }).then(function (result) {
          var groups = result.notes.slice(0, MAX_SUGGESTED);
          if (!settled && !search.hasDocs(idsOf(groups))) {
            if (mine === sequence) settle = setTimeout(function () { show(text, true); }, settleMs());
            return;
          }
          return sectionsOf(search, groups).then(function (sectionsByNote) {
            if (mine !== sequence) return;
            list.textContent = '';
            active = -1;
            if (result.respelt) list.appendChild(respeltNotice(result, text));
            var option = 0;
            groups.forEach(function (group, g) {
              var sections = sectionsByNote[g];
              var box = el('div', 'search-note');
              box.setAttribute('role', 'group');
              var title = el('div', 'search-note-title', sections[0].title);
              title.id = 'site-search-note-' + g;
              box.setAttribute('aria-labelledby', title.id);
              var count = matchedCount(group);
              if (count) title.appendChild(el('span', 'search-note-count', count));
              box.appendChild(title);
              sections.forEach(function (section, i) {
                // The best section with its snippet, the next ones by their headings only.
                var item = renderSection(search, section, result, { tag: 'a', brief: i > 0, noChips: true });
                item.id = 'site-search-option-' + option++;
                item.setAttribute('role', 'option');
                item.setAttribute('aria-selected', 'false');
                item.tabIndex = -1;
                if (i > 0) item.classList.add('search-hit-more');
                box.appendChild(item);
              });
              list.appendChild(box);
            });
            var footer = el('div', 'search-footer');
            if (result.notes.length) {
              var all = el('a', 'search-all', 'All ' + plural(result.notes.length, 'note') + ' →');
              all.href = searchPageUrl(text);
              footer.appendChild(all);
            } else {
              footer.appendChild(el('span', 'search-none', 'No note matches.'));
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
    // Loaded at the reader's first touch of the box (page.js): take over what was typed meanwhile.
    if (document.activeElement === input) {
      ready();
      if (input.value.trim()) show(input.value);
    }
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
    // "Search instead for" the words as typed: no respelling until the query changes.
    var asTyped = params.get('respell') === 'no';
    input.value = params.get('q') || '';

    function remember() {
      var query = new URLSearchParams();
      if (input.value) query.set('q', input.value);
      if (asTyped) query.set('respell', 'no');
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
          // A no-break space keeps the count beside the name.
          label.appendChild(document.createTextNode(' ' + (kind === 'tag' ? '#' : '') + entry.name + '\u00A0'));
          label.appendChild(el('span', 'count', String(entry.count)));
          item.appendChild(label);
          list.appendChild(item);
        });
      });
    }

    function showMore(search) {
      var groups = current.notes.slice(shown, shown + PAGE_SIZE);
      shown += groups.length;
      more.hidden = shown >= current.notes.length;
      var result = current;
      return sectionsOf(search, groups).then(function (sectionsByNote) {
        if (result !== current) return;
        groups.forEach(function (group, g) {
          var sections = sectionsByNote[g];
          var item = el('li', 'search-note');
          var heading = el('h2', 'search-note-title');
          var link = el('a', '', sections[0].title);
          link.href = notePage(sections[0]);
          heading.appendChild(link);
          var count = matchedCount(group);
          if (count) heading.appendChild(el('span', 'search-note-count', count));
          item.appendChild(heading);
          var list = el('ol', 'search-note-sections');
          sections.forEach(function (section) { list.appendChild(renderSection(search, section, result, { tag: 'li' })); });
          item.appendChild(list);
          results.appendChild(item);
        });
      });
    }

    function run(typing, settled) {
      var mine = ++sequence, text = input.value;
      clearTimeout(settle);
      remember();
      ready().then(function (search) {
        var options = { typing: typing, services: chosen.service, tags: chosen.tag, counts: true, respell: !asTyped };
        return search.search(text, options).then(function (result) {
          if (mine !== sequence) return;
          if (typing && !settled && !search.hasDocs(idsOf(result.notes.slice(0, PAGE_SIZE)))) {
            settle = setTimeout(function () { run(true, true); }, settleMs());
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
            summary.appendChild(document.createTextNode('No note matches. '));
            if (result.suggestion) summary.appendChild(suggestion(result.suggestion, function (respelt) {
              input.value = respelt;
              asTyped = false;
              run(false);
            }));
          } else {
            if (result.respelt) {
              summary.appendChild(respeltNotice(result, text, function () { asTyped = true; run(false); }));
            }
            summary.appendChild(el('span', 'search-count',
                plural(result.notes.length, 'note') + ' · ' + plural(result.hits.length, 'matching section')));
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
      asTyped = false;
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
