/* studysite: typesets every .math element with the KaTeX bundled in _studysite/katex/.
   Classic script, loaded with defer after katex.min.js; works from file://. Without KaTeX (or without
   JavaScript) the TeX stays visible as written. */
(function () {
  "use strict";

  function typeset(root) {
    if (typeof katex === "undefined") {
      return;
    }
    var nodes = (root || document).querySelectorAll(".math");
    for (var i = 0; i < nodes.length; i++) {
      var el = nodes[i];
      if (el.hasAttribute("data-tex")) {
        continue; // already typeset
      }
      var tex = el.textContent;
      el.setAttribute("data-tex", tex);
      try {
        katex.render(tex, el, {
          displayMode: el.classList.contains("math-display"),
          throwOnError: false,
          // \href, \url, \includegraphics and \html… stay inert text: a note's TeX never adds links or attributes
          trust: false
        });
      } catch (e) {
        el.textContent = tex; // keep the TeX readable whatever went wrong
      }
    }
  }

  window.studysiteTypesetMath = typeset;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { typeset(document); });
  } else {
    typeset(document);
  }
})();
