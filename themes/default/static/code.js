/* studysite: colours code blocks with the highlight.js bundled in _studysite/highlight/ and gives every code
   block a "Copy" button. Classic script, loaded with defer after highlight.min.js; works from file://.
   Without highlight.js (or without JavaScript) the code stays readable as plain text. */
(function () {
  "use strict";

  var LABEL = "Copy code to clipboard";

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

  function run(root) {
    var blocks = (root || document).querySelectorAll("pre > code");
    for (var i = 0; i < blocks.length; i++) {
      var code = blocks[i];
      highlight(code);
      addButton(code.parentNode, code);
    }
  }

  window.studysiteCodeBlocks = run;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { run(document); });
  } else {
    run(document);
  }
})();
