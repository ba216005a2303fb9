// Previews of citations (a.cite) and glossary terms (a.term), as progressive enhancement:
// without this script every citation and term is still a working link.
// One floating box, filled from the page's own reference list (#ref-N) and "Terms on this
// page" list (#term-slug). It opens on hover, keyboard focus or a first tap, closes with Esc,
// and floats above the text, so no content moves.
(function () {
  "use strict";

  var preview = null;      // the box, created on first use
  var trigger = null;      // the link whose preview is open
  var openedBy = "";       // "hover", "focus" or "tap"
  var openTimer = 0;
  var closeTimer = 0;
  var pointerDownAt = 0;   // when a pointer last pressed: focus that follows a press is not keyboard focus
  var lastPointer = "";
  var refocusing = false;

  function previewBox() {
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

  function paragraph(className, text) {
    var p = document.createElement("p");
    if (className) p.className = className;
    if (text) p.textContent = text;
    return p;
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function citationContent(anchor, viaTap) {
    var id = anchor.getAttribute("data-ref") || decodeURIComponent((anchor.hash || "").slice(1));
    var entry = id && document.getElementById(id);
    if (!entry) return null;
    var source = entry.querySelector(".reference__source");
    if (!source) return null;
    var box = document.createDocumentFragment();
    box.appendChild(paragraph("preview__kind", "Reference " + (entry.getAttribute("value") || "")));
    var head = source.cloneNode(true);
    head.querySelectorAll(".backrefs").forEach(function (b) { b.remove(); });
    box.appendChild(head);
    var quote = entry.querySelector(".reference__quote");
    if (quote) box.appendChild(quote.cloneNode(true));
    if (viaTap) {
      var more = paragraph("preview__more");
      more.appendChild(link(anchor.getAttribute("href"), "Go to the reference"));
      box.appendChild(more);
    }
    return box;
  }

  function termContent(anchor) {
    var item = document.getElementById("term-" + anchor.getAttribute("data-term"));
    if (!item) return null;
    var name = item.querySelector("dt");
    var definition = item.querySelector("dd");
    if (!name || !definition) return null;
    var box = document.createDocumentFragment();
    box.appendChild(paragraph("preview__kind", "Glossary"));
    var title = paragraph();
    var strong = document.createElement("strong");
    strong.textContent = name.textContent.trim();
    title.appendChild(strong);
    box.appendChild(title);
    box.appendChild(paragraph("", definition.textContent.trim()));
    var more = paragraph("preview__more");
    more.appendChild(link(anchor.href, "Read the glossary entry"));
    box.appendChild(more);
    return box;
  }

  function open(anchor, how) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    // Already open: a tap re-opens it with the tap's extra link; hover and focus just keep it.
    if (trigger === anchor && how !== "tap") {
      if (how !== "hover") openedBy = how;
      return;
    }
    var content = anchor.classList.contains("cite") ? citationContent(anchor, how === "tap") : termContent(anchor);
    if (!content) return;
    close(false);
    var box = previewBox();
    box.textContent = "";
    box.appendChild(content);
    box.hidden = false;
    place(box, anchor);
    anchor.setAttribute("aria-describedby", box.id);
    trigger = anchor;
    openedBy = how;
  }

  function close(returnFocus) {
    clearTimeout(openTimer);
    clearTimeout(closeTimer);
    if (!trigger || !preview) return;
    var anchor = trigger;
    preview.hidden = true;
    anchor.removeAttribute("aria-describedby");
    trigger = null;
    openedBy = "";
    if (returnFocus && document.activeElement !== anchor) {
      refocusing = true;
      anchor.focus();
      refocusing = false;
    }
  }

  function scheduleClose() {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(function () { close(false); }, 300);
  }

  // Below the link when it fits, above otherwise, and always inside the viewport, so the
  // box never makes the page longer or wider.
  function place(box, anchor) {
    var rects = anchor.getClientRects();
    var rect = rects.length ? rects[0] : anchor.getBoundingClientRect();
    var viewWidth = document.documentElement.clientWidth;
    var viewHeight = window.innerHeight;
    var width = box.offsetWidth;
    var height = box.offsetHeight;
    var left = Math.max(8, Math.min(rect.left, viewWidth - width - 8));
    var top;
    if (rect.bottom + 6 + height <= viewHeight - 8) top = rect.bottom + 6;
    else if (rect.top - 6 - height >= 8) top = rect.top - 6 - height;
    else top = Math.max(8, viewHeight - height - 8);
    box.style.setProperty("left", Math.round(left + window.scrollX) + "px");
    box.style.setProperty("top", Math.round(top + window.scrollY) + "px");
  }

  function previewable(target) {
    return target && target.closest ? target.closest("a.cite, a.term") : null;
  }

  function setUpPreviews() {
    document.addEventListener("pointerdown", function (e) {
      pointerDownAt = Date.now();
      lastPointer = e.pointerType;
      if (trigger && preview && !preview.contains(e.target) && previewable(e.target) !== trigger) close(false);
    }, true);

    document.addEventListener("mouseover", function (e) {
      var anchor = previewable(e.target);
      if (!anchor || lastPointer === "touch") return;
      clearTimeout(openTimer);
      if (trigger === anchor) { clearTimeout(closeTimer); return; }
      openTimer = setTimeout(function () { open(anchor, "hover"); }, 150);
    });
    document.addEventListener("mouseout", function (e) {
      var anchor = previewable(e.target);
      if (!anchor || anchor.contains(e.relatedTarget)) return;
      clearTimeout(openTimer);
      if (trigger === anchor && openedBy === "hover") scheduleClose();
    });

    document.addEventListener("focusin", function (e) {
      if (refocusing) return;
      var anchor = previewable(e.target);
      var fromPointer = Date.now() - pointerDownAt < 800;
      if (anchor && !fromPointer) open(anchor, "focus");
      else if (trigger && preview && !preview.contains(e.target) && anchor !== trigger) close(false);
    });

    document.addEventListener("click", function (e) {
      var anchor = previewable(e.target);
      var touch = (e.pointerType || lastPointer) === "touch" && e.detail !== 0;
      // On touch the first tap shows the preview; a second tap, or the preview's own link, follows it.
      if (anchor && touch && !(trigger === anchor && openedBy === "tap")) {
        e.preventDefault();
        open(anchor, "tap");
        return;
      }
      if (trigger && preview && !preview.contains(e.target) && anchor !== trigger) close(false);
    });

    document.addEventListener("keydown", function (e) {
      if (e.key !== "Escape" || !trigger) return;
      var focusInside = document.activeElement === trigger || (preview && preview.contains(document.activeElement));
      e.preventDefault();
      close(focusInside || openedBy !== "hover");
    });

    // Phones resize the viewport while scrolling (the address bar comes and goes): follow the link.
    window.addEventListener("resize", function () { if (trigger && preview) place(preview, trigger); });
  }

  setUpPreviews();
})();
