// Progressive enhancement for Explainer pages: a theme toggle, a table of contents that follows
// the reading, sortable tables, full link addresses in print and a plain word when search cannot
// work (a copy opened from disk). Previews live in previews.js.
(function () {
  "use strict";

  // ---- Theme toggle: follows the system until the reader chooses; the choice is remembered ----
  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var root = document.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function current() { return root.getAttribute("data-theme") || (system.matches ? "dark" : "light"); }
    function show() { button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); }
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("theme", next); } catch (e) { /* not remembered, still applied */ }
      show();
    });
    system.addEventListener("change", show);
  }

  // ---- Table of contents: marks the section being read ----
  function setUpTocHighlight() {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) return;
    var links = Array.prototype.slice.call(toc.querySelectorAll("a[href^='#']"));
    var headings = links.map(function (a) { return document.getElementById(decodeURIComponent(a.hash.slice(1))); });
    if (headings.some(function (h) { return !h; })) return;
    var visible = new Set();
    function mark() {
      var current = -1;
      headings.forEach(function (h, i) { if (visible.has(h)) current = current === -1 ? i : current; });
      if (current === -1) {
        // No heading on screen: the section is the last one that started above the viewport.
        headings.forEach(function (h, i) { if (h.getBoundingClientRect().top < 0) current = i; });
      }
      links.forEach(function (a, i) {
        if (i === current) a.setAttribute("aria-current", "true");
        else a.removeAttribute("aria-current");
      });
    }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      });
      mark();
    });
    headings.forEach(function (h) { observer.observe(h); });
  }

  // ---- Sortable tables ----
  function setUpSortableTables() {
    document.querySelectorAll("table[data-sortable]").forEach(function (table) {
      var headers = table.querySelectorAll("th[data-sort]");
      headers.forEach(function (th, column) {
        var button = document.createElement("button");
        button.type = "button";
        button.textContent = th.textContent;
        th.textContent = "";
        th.appendChild(button);
        button.addEventListener("click", function () {
          var ascending = th.getAttribute("aria-sort") !== "ascending";
          headers.forEach(function (other) { other.removeAttribute("aria-sort"); });
          th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          sortRows(table, column, th.getAttribute("data-sort"), ascending);
        });
      });
    });
  }

  function sortRows(table, column, kind, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[column];
      var value = cell.getAttribute("data-value");
      return value === null ? cell.textContent.trim().toLowerCase() : value;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      // Unknown values ("not stated") always sort last.
      if (x === "" || y === "") return x === y ? 0 : x === "" ? 1 : -1;
      var order = kind === "number" ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  // ---- Print: full addresses after links (the stylesheet shows them) ----
  function setUpPrint() {
    window.addEventListener("beforeprint", function () {
      document.querySelectorAll("main a[href]").forEach(function (a) {
        var href = a.getAttribute("href");
        if (href.charAt(0) === "#" || a.classList.contains("term") || a.classList.contains("cite")) return;
        a.setAttribute("data-print-href", a.href);
      });
    });
  }

  // ---- Search in a copy opened from disk: browsers refuse it the index, so say so at once ----
  function setUpOfflineSearch() {
    var notice = document.querySelector(".search-offline");
    if (notice && window.location.protocol === "file:") notice.hidden = false;
  }

  setUpThemeToggle();
  setUpTocHighlight();
  setUpSortableTables();
  setUpPrint();
  setUpOfflineSearch();
})();
