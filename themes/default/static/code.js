/* studysite: gives every code block a "Copy" button and colours the blocks that name a language with the
   highlight.js bundled in _studysite/highlight/. highlight.js (some 125 KB) is loaded only on pages that have
   such a block (the script's data-highlighter names it) and only once one of them nears the screen.
   Classic scripts, loaded with a script tag, so it works from file://.
   Without highlight.js (or without JavaScript) the code stays readable as plain text. */
(function () {
  "use strict";

  var LABEL = "Copy code to clipboard";
  var highlighter = document.currentScript && document.currentScript.getAttribute("data-highlighter");
  var loading = null;

  function languageOf(code) {
    var match = /(?:^|\s)language-([\w+#.-]+)/.exec(code.className);
    return match ? match[1] : null;
  }

  function highlight(code) {
    if (typeof hljs === "undefined" || code.hasAttribute("data-highlighted")) {
      return;
    }
    var language = languageOf(code);
    // Only fences that name a language highlight.js knows; guessing would colour plain text at random.
    if (!language || !hljs.getLanguage(language)) {
      return;
    }
    try {
      hljs.highlightElement(code);
    } catch (e) {
      // leave the block as plain text
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(area);
      if (ok) {
        resolve();
      } else {
        reject(new Error("copy failed"));
      }
    });
  }

  function addButton(pre, code) {
    if (pre.parentNode && pre.parentNode.classList && pre.parentNode.classList.contains("code-block")) {
      return; // already done
    }
    var wrapper = document.createElement("div");
    wrapper.className = "code-block";
    pre.parentNode.insertBefore(wrapper, pre);
    wrapper.appendChild(pre);

    var button = document.createElement("button");
    button.type = "button";
    button.className = "code-copy";
    button.setAttribute("aria-label", LABEL);
    button.textContent = "Copy";
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    wrapper.appendChild(button);
    wrapper.appendChild(status);

    var timer = null;
    function show(label, message) {
      button.textContent = label;
      status.textContent = message;
      if (timer) {
        clearTimeout(timer);
      }
      timer = setTimeout(function () {
        button.textContent = "Copy";
        status.textContent = "";
      }, 2000);
    }
    button.addEventListener("click", function () {
      copyText(code.textContent).then(function () {
        show("Copied", "Copied");
      }, function () {
        show("Copy failed", "Copy failed: select the code and copy it by hand");
      });
    });
  }

  /** Loads highlight.js once, then colours every block (of the page, or of a root added since) waiting for it. */
  function loadHighlighter() {
    if (!loading) {
      loading = new Promise(function (resolve) {
        var s = document.createElement("script");
        s.src = highlighter;
        s.onload = resolve;
        s.onerror = resolve; // the code stays plain text
        document.head.appendChild(s);
      });
    }
    return loading;
  }

  function highlightSoon(blocks) {
    if (!blocks.length) {
      return;
    }
    var colourAll = function () {
      loadHighlighter().then(function () { blocks.forEach(highlight); });
    };
    if (typeof hljs !== "undefined" || !window.IntersectionObserver) {
      colourAll();
      return;
    }
    var watch = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        watch.disconnect();
        colourAll();
      }
    }, { rootMargin: "800px 0px" });
    blocks.forEach(function (code) { watch.observe(code.parentNode); });
  }

  function run(root) {
    var blocks = (root || document).querySelectorAll("pre > code");
    var named = [];
    for (var i = 0; i < blocks.length; i++) {
      var code = blocks[i];
      if (languageOf(code)) {
        named.push(code);
      }
      addButton(code.parentNode, code);
    }
    if (typeof hljs !== "undefined") {
      named.forEach(highlight);
    } else if (highlighter) {
      highlightSoon(named);
    }
  }

  window.studysiteCodeBlocks = run;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { run(document); });
  } else {
    run(document);
  }
})();
