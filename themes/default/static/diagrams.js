/* studysite: draws every <pre class="mermaid"> with the Mermaid bundled in _studysite/mermaid/ (its UMD build,
   a classic script: works from file://). The colours follow the reader's colour scheme, or a data-theme="dark"
   or "light" attribute on <html> when a theme toggle sets one, and the diagrams are drawn again when either
   changes (the source is kept in data-source). Without Mermaid (or without JavaScript) the source stays
   readable as text. */
(function () {
  "use strict";

  var scheme = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;
  var drawn = null;
  var queue = Promise.resolve();

  function wanted() {
    var chosen = document.documentElement.getAttribute("data-theme");
    if (chosen === "dark") {
      return "dark";
    }
    if (chosen === "light") {
      return "default";
    }
    return scheme && scheme.matches ? "dark" : "default";
  }

  function draw() {
    if (typeof mermaid === "undefined") {
      return Promise.resolve();
    }
    var theme = wanted();
    if (theme === drawn) {
      return Promise.resolve();
    }
    drawn = theme;
    var nodes = document.querySelectorAll("pre.mermaid");
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      if (el.hasAttribute("data-source")) {
        el.removeAttribute("data-processed");
        el.classList.remove("mermaid-error");
        el.textContent = el.getAttribute("data-source");
      } else {
        el.setAttribute("data-source", el.textContent);
      }
    }
    if (nodes.length === 0) {
      return Promise.resolve();
    }
    mermaid.initialize({ startOnLoad: false, theme: theme, securityLevel: "strict", suppressErrorRendering: true });
    function keepUnreadable() {
      // a diagram Mermaid cannot read keeps its source as text
      for (var j = 0; j < nodes.length; j++) {
        if (!nodes[j].querySelector("svg")) {
          nodes[j].textContent = nodes[j].getAttribute("data-source");
          nodes[j].classList.add("mermaid-error");
        }
      }
    }
    return Promise.resolve(mermaid.run({ nodes: nodes, suppressErrors: true })).then(keepUnreadable, keepUnreadable);
  }

  function redraw() {
    queue = queue.then(draw, draw);
    return queue;
  }

  window.studysiteDrawDiagrams = redraw;
  if (scheme) {
    if (scheme.addEventListener) {
      scheme.addEventListener("change", redraw);
    } else if (scheme.addListener) {
      scheme.addListener(redraw);
    }
  }
  if (window.MutationObserver) {
    new MutationObserver(redraw).observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", redraw);
  } else {
    redraw();
  }
})();
