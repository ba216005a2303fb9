// Live reload for `explainer preview`: reloads the page after each rebuild and shows the
// build's errors over the page when an edit breaks it. Served only by the preview server.
(function () {
  "use strict";
  var overlay = null;

  function showErrors(lines) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "preview-errors";
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var title = document.createElement("p");
    title.className = "preview-errors__title";
    title.textContent = "The last edit broke the build. Still showing the last good version.";
    var list = document.createElement("pre");
    list.textContent = lines.join("\n");
    overlay.append(title, list);
  }

  var events = new EventSource("/__preview/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("errors", function (e) { showErrors(JSON.parse(e.data)); });
})();
