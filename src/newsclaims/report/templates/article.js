(function () {
  "use strict";
  var root = document.documentElement;
  // Kind toggles: hide the highlight colour of a kind, keep the text.
  document.querySelectorAll("input[data-toggle]").forEach(function (box) {
    box.addEventListener("change", function () {
      root.classList.toggle("hide-" + box.getAttribute("data-toggle"), !box.checked);
    });
  });
  // Hovering a mark lights up every mark of the same item.
  var article = document.querySelector("article");
  if (article) {
    article.addEventListener("mouseover", function (event) {
      var mark = event.target.closest("mark");
      article.querySelectorAll("mark.lit").forEach(function (m) { m.classList.remove("lit"); });
      if (!mark) return;
      var selector = 'mark[data-kind="' + CSS.escape(mark.dataset.kind) + '"][data-id="' + CSS.escape(mark.dataset.id) + '"]';
      article.querySelectorAll(selector).forEach(function (m) { m.classList.add("lit"); });
    });
  }
  root.setAttribute("data-script", "ran");
})();
