// Progressive enhancement for Explainer pages. Without this script every citation and term
// is still a working link; with it, readers get previews, a theme toggle and sortable tables.
(function () {
  "use strict";

  var preview = null;      // the one preview element, created on first use
  var trigger = null;      // the link whose preview is open
  var openTimer = 0;
  var closeTimer = 0;

  function previewElement() {
    if (preview) return preview;
    preview = document.createElement("div");
    preview.className = "preview";
    preview.id = "preview";
    preview.setAttribute("role", "tooltip");
    preview.hidden = true;
    preview.addEventListener("mouseenter", function () { clearTimeout(closeTimer); });
    preview.addEventListener("mouseleave", scheduleClose);
    document.body.appendChild(preview);
    return preview;
  }

  // What a link previews: a citation shows its reference entry, a term its definition.
  function contentFor(link) {
    var box = document.createDocumentFragment();
    if (link.classList.contains("cite")) {
      var entry = document.getElementById(link.getAttribute("data-ref"));
      if (!entry) return null;
      var source = entry.querySelector(".reference__source");
      var quote = entry.querySelector(".reference__quote");
      var head = source.cloneNode(true);
      head.querySelectorAll(".backref").forEach(function (b) { b.remove(); });
      box.appendChild(head);
      if (quote) box.appendChild(quote.cloneNode(true));
      return box;
    }
    var slug = link.getAttribute("data-term");
    var item = document.getElementById("term-" + slug);
    if (!item) return null;
    var name = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = item.querySelector("dt").textContent;
    name.appendChild(strong);
    var definition = document.createElement("p");
    definition.textContent = item.querySelector("dd").textContent;
    var more = document.createElement("p");
    var go = document.createElement("a");
    go.href = link.href;
    go.textContent = "Read the glossary entry";
    more.appendChild(go);
    box.appendChild(name);
    box.appendChild(definition);
    box.appendChild(more);
    return box;
  }

  function open(link, viaTouch) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (trigger === link) return;
    var content = contentFor(link);
    if (!content) return;
    close(false);
    var box = previewElement();
    box.textContent = "";
    box.appendChild(content);
    if (viaTouch && link.classList.contains("cite")) {
      var more = document.createElement("p");
      var go = document.createElement("a");
      go.href = link.getAttribute("href");
      go.textContent = "Go to the reference";
      more.appendChild(go);
      box.appendChild(more);
    }
    box.hidden = false;
    place(box, link);
    link.setAttribute("aria-describedby", box.id);
    link.setAttribute("aria-expanded", "true");
    trigger = link;
  }

  function close(returnFocus) {
    clearTimeout(openTimer);
    if (!trigger || !preview) return;
    var previous = trigger;
    preview.hidden = true;
    previous.removeAttribute("aria-describedby");
    previous.setAttribute("aria-expanded", "false");
    trigger = null;
    if (returnFocus) previous.focus();
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(function () { close(false); }, 250);
  }

  // Below the link when it fits, above otherwise; always inside the viewport horizontally.
  function place(box, link) {
    var rect = link.getBoundingClientRect();
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var left = Math.min(Math.max(8, rect.left), document.documentElement.clientWidth - width - 8);
    var below = rect.bottom + 6;
    var top = below + height > window.innerHeight && rect.top - height - 6 > 0 ? rect.top - height - 6 : below;
    box.style.setProperty("left", (left + window.scrollX) + "px");
    box.style.setProperty("top", (top + window.scrollY) + "px");
  }

  function previewable(target) {
    return target && target.closest ? target.closest("a.cite, a.term") : null;
  }

  function setUpPreviews() {
    var lastPointer = "mouse";
    document.addEventListener("pointerdown", function (e) { lastPointer = e.pointerType; }, true);
    document.addEventListener("mouseover", function (e) {
      var link = previewable(e.target);
      if (!link || lastPointer === "touch") return;
      clearTimeout(openTimer);
      openTimer = setTimeout(function () { open(link, false); }, 150);
    });
    document.addEventListener("mouseout", function (e) {
      var link = previewable(e.target);
      if (link) { clearTimeout(openTimer); if (trigger === link) scheduleClose(); }
    });
    document.addEventListener("focusin", function (e) {
      var link = previewable(e.target);
      if (link) open(link, false);
      else if (trigger && preview && !preview.contains(e.target)) close(false);
    });
    document.addEventListener("click", function (e) {
      var link = previewable(e.target);
      // On touch, the first tap shows the preview; the preview's own link navigates.
      if (link && lastPointer === "touch" && trigger !== link) {
        e.preventDefault();
        open(link, true);
        return;
      }
      if (trigger && preview && !preview.contains(e.target) && !link) close(false);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && trigger) {
        e.preventDefault();
        close(true);
      }
    });
    window.addEventListener("resize", function () { close(false); });
  }

  function setUpThemeToggle() {
    var button = document.querySelector(".theme-toggle");
    if (!button) return;
    var root = document.documentElement;
    var system = window.matchMedia("(prefers-color-scheme: dark)");
    function current() { return root.getAttribute("data-theme") || (system.matches ? "dark" : "light"); }
    function show() {
      var dark = current() === "dark";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
      button.textContent = "Dark theme";
    }
    button.hidden = false;
    show();
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("theme", next); } catch (e) { /* not remembered */ }
      show();
    });
    system.addEventListener("change", show);
  }

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

  setUpPreviews();
  setUpThemeToggle();
  setUpSortableTables();
})();
