// Applies the reader's chosen theme before the page paints, so there is no flash of the
// wrong colours. Loaded as a blocking script: it is tiny and the content policy forbids inline scripts.
(function () {
  try {
    var stored = localStorage.getItem("theme");
    if (stored === "dark" || stored === "light") document.documentElement.setAttribute("data-theme", stored);
  } catch (e) { /* storage may be unavailable; the system setting applies */ }
})();
