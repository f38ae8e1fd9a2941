/*
 * The graph view: notes as dots, links as lines, laid out by d3's force simulation and drawn on a canvas.
 * Note pages show their neighbourhood (data inline in the page); graph/index.html shows every note (data from
 * _studysite/graph/graph.js, which calls studysiteGraph.receive). The canvas is supplementary: the same
 * notes are links in the page. Colours come from the page's CSS variables at each draw, so a theme
 * switch only needs a redraw.
 *
 * The layout runs in requestAnimationFrame chunks of at most FRAME_BUDGET ms of ticks, for a bounded number of
 * ticks, and stops early once nodes barely move: 10,000 notes never hold the page for long.
 */
(function () {
  'use strict';
  var FRAME_BUDGET = 14;
  var MAX_LAYOUT_MS = 20000;
  var PATH_CHUNK = 500;
  // Colour-blind-friendly hues, each at least 3:1 against the theme's background (graphics contrast).
  var PALETTE = {
    light: ['#0b6aa8', '#c2500a', '#0a7d5a', '#b03f86', '#8a6a00', '#5a5fc8', '#2b7a8a', '#8c4b2f'],
    dark: ['#5fb3f0', '#f0a04b', '#3fc79a', '#e78bc4', '#e3cd4f', '#a3a8ff', '#5fcfe0', '#d99a7a']
  };
  var siteRoot = new URL('../', document.currentScript.src).href;
  var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  function nextFrame(fn) {
    // Hidden tabs get no animation frames; a timer keeps the layout going so it is ready when the reader returns.
    if (document.hidden) setTimeout(fn, 16); else requestAnimationFrame(fn);
  }

  function cssColours(element) {
    // The theme's colours are light-dark(…) pairs: only a computed colour says which one applies now.
    var probe = document.createElement('span');
    probe.hidden = true;
    (element.parentNode || document.body).appendChild(probe);
    function v(name, fallback) {
      probe.style.color = fallback;
      probe.style.color = 'var(' + name + ', ' + fallback + ')';
      return getComputedStyle(probe).color || fallback;
    }
    var bg = v('--bg', '#ffffff');
    var colours = { bg: bg, fg: v('--fg', '#000000'), muted: v('--muted', '#666666'), accent: v('--accent', '#0b5cad'),
      border: v('--border', '#cccccc'), dark: luminance(bg) < 0.4 };
    probe.remove();
    return colours;
  }

  function luminance(colour) {
    var m = /^#([0-9a-f]{6})$/i.exec(colour) || /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
    if (!m) {
      var rgb = /rgba?\((\d+)[, ]+(\d+)[, ]+(\d+)/.exec(colour);
      return rgb ? (0.2126 * rgb[1] + 0.7152 * rgb[2] + 0.0722 * rgb[3]) / 255 : 1;
    }
    var hex = m.length === 2 ? m[1] : m[1] + m[1] + m[2] + m[2] + m[3] + m[3];
    var n = parseInt(hex, 16);
    return (0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255)) / 255;
  }

  /**
   * @param canvas the canvas, inside a .graph-frame that also holds the .graph-tooltip
   * @param data {nodes: [[title, url, group]], links: [[source, target]]}
   * @param options base (URL the node URLs are relative to), current (index of the note highlighted or -1),
   *                local (a note's neighbourhood: all titles shown when few, the wheel zooms only once engaged)
   */
  function Graph(canvas, data, options) {
    var started = performance.now();
    var frame = canvas.parentNode;
    var tooltip = frame.querySelector('.graph-tooltip');
    var ctx = canvas.getContext('2d');
    var n = data.nodes.length;
    var nodes = new Array(n);
    var neighbours = new Array(n);
    for (var i = 0; i < n; i++) {
      var d = data.nodes[i];
      nodes[i] = { index: i, title: d[0], href: new URL(d[1], options.base).href, url: d[1], group: d[2], degree: 0 };
      neighbours[i] = [];
    }
    // Links are directed in the data; the layout and the drawing need each pair once.
    var seen = new Set();
    var pairs = [];
    data.links.forEach(function (l) {
      var a = Math.min(l[0], l[1]), b = Math.max(l[0], l[1]);
      var key = a * n + b;
      if (a === b || a < 0 || b >= n || seen.has(key)) return;
      seen.add(key);
      pairs.push({ source: a, target: b });
      neighbours[a].push(b);
      neighbours[b].push(a);
      nodes[a].degree++;
      nodes[b].degree++;
    });
    // Better-linked notes are bigger; in a large graph everything is smaller so clusters stay readable.
    var big = n > 1000;
    nodes.forEach(function (node) { node.r = (big ? 2 : 3) + Math.min(9, Math.sqrt(node.degree) * (big ? 0.8 : 1.3)); });
    var current = options.current;
    if (current >= 0) {
      nodes[current].r += 2;
      canvas.dataset.current = nodes[current].title;
    }
    var groups = groupColours(nodes);

    seedPositions(nodes, groups);

    var view = { k: 1, x: 0, y: 0 };
    var userMoved = false;
    var hovered = -1;
    var matches = null;
    var tree = null;
    var width = 0, height = 0, dpr = 1;

    canvas.dataset.nodes = String(n);
    canvas.dataset.links = String(pairs.length);
    canvas.dataset.settled = 'false';

    var maxTicks = n > 4000 ? 160 : big ? 220 : 300;
    var simulation = d3.forceSimulation(nodes)
      .force('link', d3.forceLink(pairs).distance(big ? 24 : 40))
      .force('charge', d3.forceManyBody().strength(big ? -22 : -90).theta(big ? 1.1 : 0.9).distanceMax(big ? 300 : 500))
      .force('x', d3.forceX(0).strength(big ? 0.04 : 0.07))
      .force('y', d3.forceY(0).strength(big ? 0.04 : 0.07))
      .alphaDecay(1 - Math.pow(0.001, 1 / maxTicks))
      .stop();

    var ticks = 0;
    var lastDraw = 0;
    var longestStep = 0;
    var settled = false;

    function layoutStep() {
      var frameStart = performance.now();
      var done = false;
      do {
        simulation.tick();
        ticks++;
        done = ticks >= maxTicks || simulation.alpha() < simulation.alphaMin() || calm();
      } while (!done && performance.now() - frameStart < FRAME_BUDGET);
      done = done || performance.now() - started > MAX_LAYOUT_MS;
      tree = null;
      if (!userMoved) fit();
      // A big graph is redrawn twice a second while it moves, so frames go to the layout.
      if (done || performance.now() - lastDraw > (reducedMotion || n > 2000 ? 500 : 0)) {
        draw();
        lastDraw = performance.now();
      }
      longestStep = Math.max(longestStep, performance.now() - frameStart);
      if (done) {
        settled = true;
        draw();
        canvas.dataset.longestStepMs = String(Math.round(longestStep));
        canvas.dataset.settled = 'true';
        canvas.dataset.ticks = String(ticks);
        canvas.dataset.settleMs = String(Math.round(performance.now() - started));
        canvas.dispatchEvent(new CustomEvent('studysite-graph-settled'));
      } else {
        nextFrame(layoutStep);
      }
    }

    // Stop early once the average node moves less than a tenth of a unit per tick.
    function calm() {
      if (ticks < 30) return false;
      var sum = 0;
      for (var i = 0; i < n; i++) sum += Math.abs(nodes[i].vx) + Math.abs(nodes[i].vy);
      return sum / n < 0.1;
    }

    function resize() {
      dpr = window.devicePixelRatio || 1;
      width = canvas.clientWidth;
      height = canvas.clientHeight;
      canvas.width = Math.max(1, Math.round(width * dpr));
      canvas.height = Math.max(1, Math.round(height * dpr));
      if (!userMoved) fit();
      draw();
    }

    function fit() {
      if (!n || !width) return;
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < n; i++) {
        var p = nodes[i];
        if (p.x < x0) x0 = p.x;
        if (p.x > x1) x1 = p.x;
        if (p.y < y0) y0 = p.y;
        if (p.y > y1) y1 = p.y;
      }
      // Room for the titles drawn under the dots when there are few, and for the buttons.
      var padX = n <= 60 ? Math.min(160, width * 0.3) : 40, padY = n <= 60 ? 70 : 50;
      var k = Math.min((width - padX) / Math.max(1, x1 - x0), (height - padY) / Math.max(1, y1 - y0));
      k = Math.max(0.02, Math.min(options.local ? 2 : 3, k));
      view.k = k;
      view.x = width / 2 - k * (x0 + x1) / 2;
      view.y = height / 2 - k * (y0 + y1) / 2;
    }

    // Pointer events come faster than a big graph draws: one draw per frame at most.
    var drawPending = false;
    function requestDraw() {
      if (drawPending) return;
      drawPending = true;
      requestAnimationFrame(function () {
        drawPending = false;
        draw();
      });
    }

    var colours = null;
    function draw() {
      if (!width) return;
      var drawStart = performance.now();
      // Read once per theme: resolving the colours touches the DOM, and draw runs every frame of the layout.
      var c = colours || (colours = cssColours(canvas));
      canvas.dataset.background = c.bg;
      var palette = c.dark ? PALETTE.dark : PALETTE.light;
      var focus = focusSet();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(dpr * view.k, 0, 0, dpr * view.k, dpr * view.x, dpr * view.y);
      var px = 1 / view.k;

      // Links: one path for the lot, then the focused ones on top.
      ctx.lineWidth = px;
      ctx.strokeStyle = c.dark ? c.muted : c.border;
      ctx.globalAlpha = focus ? 0.25 : (n > 2000 ? 0.5 : 0.85);
      // Tens of thousands of links wait for the layout to settle: while it moves, the dots alone show it.
      var links = settled || pairs.length < 20000 ? pairs.length : 0;
      // Paths of a few hundred segments: the rasteriser's cost grows much faster than linearly with one huge path.
      for (var i = 0; i < links; i++) {
        if (i % PATH_CHUNK === 0) ctx.beginPath();
        var s = pairs[i].source, t = pairs[i].target;
        ctx.moveTo(s.x, s.y);
        ctx.lineTo(t.x, t.y);
        if (i % PATH_CHUNK === PATH_CHUNK - 1 || i === links - 1) ctx.stroke();
      }
      ctx.globalAlpha = 1;
      if (focus && hovered >= 0) {
        ctx.strokeStyle = c.accent;
        ctx.lineWidth = 1.5 * px;
        ctx.beginPath();
        neighbours[hovered].forEach(function (j) {
          ctx.moveTo(nodes[hovered].x, nodes[hovered].y);
          ctx.lineTo(nodes[j].x, nodes[j].y);
        });
        ctx.stroke();
      }

      // Nodes: one path per colour, the unfocused ones faint; those outside the view are skipped.
      var minX = -view.x / view.k - 20, minY = -view.y / view.k - 20;
      var maxX = (width - view.x) / view.k + 20, maxY = (height - view.y) / view.k + 20;
      var minR = 1.5 * px;
      for (var pass = focus ? 0 : 1; pass < 2; pass++) {
        ctx.globalAlpha = pass === 0 ? 0.2 : 1;
        for (var g = 0; g < groups.members.length; g++) {
          ctx.fillStyle = g < palette.length ? palette[g] : c.muted;
          var inPath = 0;
          ctx.beginPath();
          groups.members[g].forEach(function (j) {
            var p = nodes[j];
            if (focus && focus.has(j) !== (pass === 1)) return;
            if (p.x < minX || p.x > maxX || p.y < minY || p.y > maxY) return;
            var r = Math.max(p.r, minR);
            ctx.moveTo(p.x + r, p.y);
            ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
            if (++inPath === PATH_CHUNK) {
              ctx.fill();
              ctx.beginPath();
              inPath = 0;
            }
          });
          ctx.fill();
        }
      }
      ctx.globalAlpha = 1;

      // Rings: the current note, the hovered one, the notes found.
      ctx.lineWidth = 2.5 * px;
      ctx.strokeStyle = c.accent;
      ctx.beginPath();
      ring(current);
      ring(hovered);
      if (matches) matches.forEach(ring);
      ctx.stroke();

      labels(c, focus, minX, minY, maxX, maxY);
      canvas.dataset.drawMs = String(Math.round(performance.now() - drawStart));
    }

    function ring(i) {
      if (i < 0) return;
      var p = nodes[i], r = Math.max(p.r, 1.5 / view.k) + 2.5 / view.k;
      ctx.moveTo(p.x + r, p.y);
      ctx.arc(p.x, p.y, r, 0, 2 * Math.PI);
    }

    // Titles in screen space (crisp at any zoom): the current, hovered and found notes, their neighbours,
    // and every note in view once few enough are.
    function labels(c, focus, minX, minY, maxX, maxY) {
      var shown = [];
      var inView = [];
      for (var i = 0; i < n && inView.length <= 60; i++) {
        var p = nodes[i];
        if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY) inView.push(i);
      }
      if (inView.length <= (options.local ? 24 : 60)) shown = focus ? inView.filter(function (i) { return focus.has(i); }) : inView;
      else if (focus) shown = Array.from(focus).slice(0, 40);
      if (current >= 0 && shown.indexOf(current) < 0) shown.push(current);
      if (hovered >= 0 && shown.indexOf(hovered) < 0) shown.push(hovered);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      ctx.lineJoin = 'round';
      shown.forEach(function (i) {
        var p = nodes[i];
        var x = view.x + view.k * p.x, y = view.y + view.k * (p.y + p.r) + 4;
        var text = p.title.length > 40 ? p.title.slice(0, 39) + '…' : p.title;
        ctx.font = (i === current || i === hovered ? '600 ' : '') + '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
        ctx.lineWidth = 4;
        ctx.strokeStyle = c.bg;
        ctx.strokeText(text, x, y);
        ctx.fillStyle = c.fg;
        ctx.fillText(text, x, y);
      });
    }

    /** The notes drawn at full strength while something is hovered or searched; null when all are. */
    function focusSet() {
      if (hovered < 0 && !matches) return null;
      var set = new Set();
      if (hovered >= 0) {
        set.add(hovered);
        neighbours[hovered].forEach(function (j) { set.add(j); });
      }
      if (matches) matches.forEach(function (j) { set.add(j); });
      if (current >= 0) set.add(current);
      return set;
    }

    function nodeAt(clientX, clientY) {
      var rect = canvas.getBoundingClientRect();
      var x = (clientX - rect.left - view.x) / view.k, y = (clientY - rect.top - view.y) / view.k;
      if (!tree) tree = d3.quadtree(nodes, function (d) { return d.x; }, function (d) { return d.y; });
      var found = tree.find(x, y, Math.max(14 / view.k, 6));
      return found ? found.index : -1;
    }

    function hover(i) {
      if (i === hovered) return;
      hovered = i;
      canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
      if (i < 0) {
        tooltip.hidden = true;
        delete canvas.dataset.hover;
      } else {
        var p = nodes[i];
        tooltip.textContent = p.title;
        tooltip.hidden = false;
        tooltip.style.left = (view.x + view.k * p.x) + 'px';
        tooltip.style.top = (view.y + view.k * (p.y - p.r)) + 'px';
        canvas.dataset.hover = p.title;
      }
      requestDraw();
    }

    function zoom(factor, cx, cy) {
      var k = Math.max(0.01, Math.min(12, view.k * factor));
      view.x = cx - (cx - view.x) * k / view.k;
      view.y = cy - (cy - view.y) * k / view.k;
      view.k = k;
      userMoved = true;
      hover(-1);
      requestDraw();
    }

    // Pointer: drag pans, a tap or click opens the note under it, two fingers pinch-zoom.
    var pointers = new Map();
    var dragged = false;
    var engaged = !options.local;
    canvas.addEventListener('pointerdown', function (e) {
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
      dragged = false;
      engaged = true;
      if (canvas.setPointerCapture) canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', function (e) {
      var last = pointers.get(e.pointerId);
      if (!last) {
        if (e.pointerType !== 'touch') hover(nodeAt(e.clientX, e.clientY));
        return;
      }
      var dx = e.clientX - last.x, dy = e.clientY - last.y;
      if (pointers.size === 2) {
        var other = Array.from(pointers.entries()).find(function (entry) { return entry[0] !== e.pointerId; })[1];
        var before = Math.hypot(last.x - other.x, last.y - other.y);
        var after = Math.hypot(e.clientX - other.x, e.clientY - other.y);
        var rect = canvas.getBoundingClientRect();
        if (before > 0) zoom(after / before, (e.clientX + other.x) / 2 - rect.left, (e.clientY + other.y) / 2 - rect.top);
        dragged = true;
      } else if (dragged || Math.abs(dx) + Math.abs(dy) > 4) {
        dragged = true;
        view.x += dx;
        view.y += dy;
        userMoved = true;
        hover(-1);
        requestDraw();
      } else {
        return;
      }
      pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
    });
    function release(e) {
      var wasTap = pointers.has(e.pointerId) && !dragged && pointers.size === 1;
      pointers.delete(e.pointerId);
      if (wasTap && e.type === 'pointerup') {
        var i = nodeAt(e.clientX, e.clientY);
        if (i >= 0 && i !== current) window.location.href = nodes[i].href;
      }
    }
    canvas.addEventListener('pointerup', release);
    canvas.addEventListener('pointercancel', release);
    canvas.addEventListener('pointerleave', function (e) {
      if (!pointers.size) hover(-1);
      if (e.pointerType !== 'touch' && options.local) engaged = false;
    });
    // On a note page the wheel scrolls the page until the reader engages the graph (click it, or hold Ctrl).
    canvas.addEventListener('wheel', function (e) {
      if (!engaged && !e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      var rect = canvas.getBoundingClientRect();
      zoom(Math.pow(2, -e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), e.clientX - rect.left, e.clientY - rect.top);
    }, { passive: false });

    controls(frame, {
      zoomIn: function () { zoom(1.5, width / 2, height / 2); },
      zoomOut: function () { zoom(1 / 1.5, width / 2, height / 2); },
      reset: function () { userMoved = false; fit(); draw(); }
    });

    canvas.style.cursor = 'grab';
    if (window.ResizeObserver) new ResizeObserver(resize).observe(canvas);
    else window.addEventListener('resize', resize);
    onThemeChange(function () { colours = null; draw(); });
    // For tests and tools: where a note is drawn, in CSS pixels from the canvas's top left corner.
    canvas.graphNodePosition = function (title) {
      var p = nodes.find(function (node) { return node.title === title; });
      return p ? { x: view.x + view.k * p.x, y: view.y + view.k * p.y } : null;
    };
    resize();
    canvas.dataset.startMs = String(Math.round(performance.now() - started));
    nextFrame(layoutStep);

    return {
      groups: groups,
      find: function (query) {
        var q = query.trim().toLocaleLowerCase();
        matches = q ? nodes.filter(function (p) { return p.title.toLocaleLowerCase().indexOf(q) >= 0; })
          .map(function (p) { return p.index; }) : null;
        canvas.dataset.matches = String(matches ? matches.length : 0);
        draw();
        return matches ? matches.length : -1;
      },
      centre: function (i) {
        view.k = Math.max(view.k, 1.2);
        view.x = width / 2 - view.k * nodes[i].x;
        view.y = height / 2 - view.k * nodes[i].y;
        userMoved = true;
        draw();
      },
      firstMatch: function () { return matches && matches.length ? matches[0] : -1; }
    };
  }

  /**
   * d3's spiral, but one per top-level folder, the folders' spirals side by side on a circle: the layout starts
   * close to its clusters, so fewer ticks settle it.
   */
  function seedPositions(nodes, groups) {
    var byGroup = new Map();
    nodes.forEach(function (p) {
      if (!byGroup.has(p.group)) byGroup.set(p.group, []);
      byGroup.get(p.group).push(p);
    });
    var angle = Math.PI * (3 - Math.sqrt(5));
    var count = byGroup.size;
    var ring = count > 1 ? 12 * Math.sqrt(nodes.length) : 0;
    groups.legend.forEach(function (g, k) {
      var cx = ring * Math.cos(2 * Math.PI * k / count), cy = ring * Math.sin(2 * Math.PI * k / count);
      byGroup.get(g.name).forEach(function (p, i) {
        var r = 10 * Math.sqrt(0.5 + i), a = i * angle;
        p.x = cx + r * Math.cos(a);
        p.y = cy + r * Math.sin(a);
      });
    });
  }

  /** The largest top-level folders get a colour each, the others share the muted one. */
  function groupColours(nodes) {
    var sizes = new Map();
    nodes.forEach(function (p) { sizes.set(p.group, (sizes.get(p.group) || 0) + 1); });
    var ranked = Array.from(sizes.keys()).sort(function (a, b) { return sizes.get(b) - sizes.get(a) || (a < b ? -1 : a > b ? 1 : 0); });
    var colourByGroup = new Map();
    ranked.forEach(function (g, i) { colourByGroup.set(g, Math.min(i, PALETTE.light.length)); });
    var members = [];
    for (var g = 0; g <= PALETTE.light.length; g++) members.push([]);
    nodes.forEach(function (p) { members[colourByGroup.get(p.group)].push(p.index); });
    return {
      members: members,
      legend: ranked.map(function (g) { return { name: g, count: sizes.get(g), colour: colourByGroup.get(g) }; })
    };
  }

  function controls(frame, actions) {
    var bar = document.createElement('div');
    bar.className = 'graph-controls';
    [['+', 'Zoom in', actions.zoomIn], ['\u2212', 'Zoom out', actions.zoomOut], ['\u2922', 'Fit the graph', actions.reset]]
      .forEach(function (b) {
        var button = document.createElement('button');
        button.type = 'button';
        button.textContent = b[0];
        button.title = b[1];
        button.setAttribute('aria-label', b[1]);
        button.addEventListener('click', b[2]);
        bar.appendChild(button);
      });
    frame.appendChild(bar);
  }

  /** The colour of each top-level folder, under the canvas; recoloured with the theme like the canvas. */
  function legend(list, groups) {
    var swatches = [];
    groups.legend.slice(0, PALETTE.light.length + 1).forEach(function (g) {
      var item = document.createElement('li');
      var swatch = document.createElement('span');
      swatch.className = 'graph-swatch';
      swatches.push([swatch, g.colour]);
      item.appendChild(swatch);
      var others = g.colour >= PALETTE.light.length;
      item.appendChild(document.createTextNode(others ? 'Other folders' : g.name || 'Notes at the top level'));
      if (!others) {
        var count = document.createElement('span');
        count.className = 'count';
        count.textContent = ' ' + g.count;
        item.appendChild(count);
      }
      list.appendChild(item);
    });
    function paint() {
      var c = cssColours(list);
      var palette = c.dark ? PALETTE.dark : PALETTE.light;
      swatches.forEach(function (s) { s[0].style.background = s[1] < palette.length ? palette[s[1]] : c.muted; });
    }
    paint();
    onThemeChange(paint);
    list.hidden = false;
  }

  function onThemeChange(fn) {
    document.addEventListener('studysite-theme', fn);
    var scheme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)');
    if (scheme && scheme.addEventListener) scheme.addEventListener('change', fn);
  }

  // Note pages: the neighbourhood embedded in the page.
  document.querySelectorAll('.local-graph').forEach(function (section) {
    var canvas = section.querySelector('canvas');
    var script = section.querySelector('.local-graph-data');
    if (!canvas || !script || !window.d3) return;
    var data = JSON.parse(script.textContent);
    var omitted = section.querySelector('.graph-omitted');
    if (omitted && data.omitted > 0) {
      omitted.textContent = 'Showing the ' + (data.nodes.length - 1) + ' best-connected of '
        + (data.nodes.length - 1 + data.omitted) + ' linked notes. ';
    } else if (omitted && data.nodes.length === 1) {
      omitted.textContent = 'No links to or from this note yet. ';
    }
    new Graph(canvas, data, { base: document.baseURI, current: 0, local: true });
  });

  // The graph page: every note, from _studysite/graph/graph.js.
  window.studysiteGraph = {
    receive: function (data) {
      var canvas = document.querySelector('canvas.global-graph');
      if (!canvas || !window.d3) return;
      var wanted = new URLSearchParams(window.location.search).get('note');
      var current = -1;
      if (wanted) {
        data.nodes.some(function (d, i) {
          if (decodeURIComponent(d[1]) === wanted) current = i;
          return current >= 0;
        });
      }
      var graph = new Graph(canvas, data, { base: siteRoot, current: current, local: false });
      var list = document.querySelector('.graph-legend');
      if (list) legend(list, graph.groups);
      var input = document.getElementById('graph-find');
      var status = document.getElementById('graph-find-status');
      if (input) {
        input.addEventListener('input', function () {
          var count = graph.find(input.value);
          status.textContent = count < 0 ? '' : count === 0 ? 'No note matches.'
            : count === 1 ? '1 note matches.' : count + ' notes match.';
        });
        input.addEventListener('keydown', function (e) {
          if (e.key === 'Enter' && graph.firstMatch() >= 0) {
            e.preventDefault();
            graph.centre(graph.firstMatch());
          }
        });
      }
    }
  };
})();
