// Runs before the page paints: applies the reader's chosen theme, so there is no flash of the
// wrong colours, and marks the page as scripted so the theme toggle takes its place at once.
// Loaded as a blocking script: it is tiny and the content policy forbids inline scripts.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var stored = localStorage.getItem("theme");
    if (stored === "dark" || stored === "light") root.setAttribute("data-theme", stored);
  } catch (e) { /* storage may be unavailable; the system setting applies */ }
})();
