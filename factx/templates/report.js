(function () {
  "use strict";
  // A link into a folded source opens it and brings the sentence to the middle of the screen.
  function reveal() {
    var id = location.hash.slice(1);
    if (!id) return;
    try { id = decodeURIComponent(id); } catch (e) { return; }
    var el = document.getElementById(id);
    if (!el) return;
    for (var p = el; p; p = p.parentElement) {
      if (p.tagName === "DETAILS") p.open = true;
    }
    var block = el.classList.contains("claim") ? "center" : "start";
    // Sections off screen are laid out only when near it (content-visibility): scroll again once those
    // around the target have taken their real height.
    var frames = 3;
    (function settle() {
      el.scrollIntoView({ block: block });
      if (frames-- > 0) requestAnimationFrame(settle);
    })();
  }
  window.addEventListener("hashchange", reveal);
  if (location.hash) reveal();

  var sources = document.querySelectorAll("details.source");
  document.querySelectorAll("button[data-sources]").forEach(function (b) {
    b.addEventListener("click", function () {
      var open = b.getAttribute("data-sources") === "open";
      sources.forEach(function (d) { d.open = open; });
    });
  });

  // On paper, the articles a disagreement cites are printed in full; the others keep their one line.
  var opened = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details[data-cited]:not([open])").forEach(function (d) {
      d.open = true;
      opened.push(d);
    });
  });
  window.addEventListener("afterprint", function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
})();
