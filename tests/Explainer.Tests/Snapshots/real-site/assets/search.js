// The search page: Pagefind's index with our own small interface and filters by kind of page.
// The form also works as a plain GET form (?q=...&kind=...), so a search is a link that can be shared.
const form = document.querySelector(".search-form");
const input = document.getElementById("search-q");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const offline = document.querySelector(".search-offline");
// The index sits beside this script's folder (/assets/ and /pagefind/ at the site's root): found from
// where this script was loaded, it is found under any path the site is served from.
const pagefindUrl = new URL("../pagefind/pagefind.js", import.meta.url).href;
const pageSize = 20;
const kindNames = { Topic: "Topic", Term: "Glossary term", Source: "Source", Country: "Country", Page: "Page" };

let pagefind = null;
let latest = 0;       // the number of the newest search, so a slow earlier one cannot overwrite it
let shown = [];       // the current search's results not yet rendered
let more = null;      // the "Show more results" button

async function load() {
  if (!pagefind) {
    pagefind = await import(pagefindUrl);
    await pagefind.options({ excerptLength: 32 });
    await pagefind.init();
  }
  return pagefind;
}

function kinds() {
  return Array.from(form.querySelectorAll("input[name=kind]:checked")).map((box) => box.value);
}

function allKinds() {
  return Array.from(form.querySelectorAll("input[name=kind]")).map((box) => box.value);
}

// Keeps the address in step with the form, so reload, back and sharing show the same search.
function remember(query) {
  const url = new URL(window.location.href);
  url.searchParams.set("q", query);
  url.searchParams.delete("kind");
  const chosen = kinds();
  if (chosen.length !== allKinds().length) chosen.forEach((kind) => url.searchParams.append("kind", kind));
  history.replaceState(null, "", url);
}

function showCounts(totals) {
  form.querySelectorAll("[data-kind-count]").forEach((span) => {
    const count = totals ? totals[span.getAttribute("data-kind-count")] || 0 : null;
    span.textContent = count === null ? "" : `(${count})`;
  });
}

async function run() {
  const number = ++latest;
  const query = input.value.trim();
  remember(query);
  if (!query) {
    list.textContent = "";
    removeMore();
    showCounts(null);
    status.textContent = "";
    return;
  }
  const chosen = kinds();
  if (chosen.length === 0) {
    list.textContent = "";
    removeMore();
    status.textContent = "Choose at least one kind of page to search.";
    return;
  }
  status.textContent = "Searching…";
  try {
    const engine = await load();
    const search = await engine.search(query, { filters: { kind: { any: chosen } } });
    if (number !== latest || !search) return;
    showCounts(search.totalFilters && search.totalFilters.kind);
    list.textContent = "";
    removeMore();
    shown = search.results;
    await showNext();
    if (number !== latest) return;
    const total = search.results.length;
    status.textContent = total === 0 ? `No results for “${query}”.` : `${total} result${total === 1 ? "" : "s"} for “${query}”.`;
  } catch (error) {
    if (number !== latest) return;
    status.textContent = "Search is not available on this copy of the site.";
    if (offline) offline.hidden = false;
  }
}

async function showNext() {
  const batch = shown.slice(0, pageSize);
  shown = shown.slice(pageSize);
  const results = await Promise.all(batch.map((r) => r.data()));
  results.forEach((result) => list.appendChild(render(result)));
  removeMore();
  if (shown.length > 0) {
    more = document.createElement("button");
    more.type = "button";
    more.className = "search-more";
    more.textContent = `Show more results (${shown.length} more)`;
    more.addEventListener("click", async () => {
      const next = list.children.length;
      await showNext();
      const link = list.children[next] && list.children[next].querySelector("a");
      if (link) link.focus();
    });
    list.after(more);
  }
}

function removeMore() {
  if (more) more.remove();
  more = null;
}

// Pagefind's excerpt is HTML with <mark> around matches; rebuild it from text so nothing
// else can slip in. Citation markers are not indexed, so close the space they leave before punctuation.
function excerpt(html) {
  const p = document.createElement("p");
  const text = html.replace(/\s+([.,;:])/g, "$1");
  text.split(/<mark>|<\/mark>/).forEach((part, index) => {
    const node = document.createTextNode(decode(part.replace(/<[^>]*>/g, "")));
    if (index % 2 === 1) {
      const mark = document.createElement("mark");
      mark.appendChild(node);
      p.appendChild(mark);
    } else {
      p.appendChild(node);
    }
  });
  return p;
}

function decode(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#0?39;/g, "'").replace(/&amp;/g, "&");
}

function render(result) {
  const item = document.createElement("li");
  const kind = document.createElement("span");
  kind.className = "kind";
  const value = (result.filters.kind || [""])[0];
  kind.textContent = kindNames[value] || value;
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  item.append(kind, link, excerpt(result.excerpt));
  return item;
}

let typing = 0;
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  run();
});
form.addEventListener("change", (event) => { if (event.target.name === "kind") run(); });
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(run, 200);
});
// Start loading the index as soon as the reader shows an interest.
input.addEventListener("focus", () => { load().catch(() => {}); }, { once: true });

const params = new URL(window.location.href).searchParams;
const requested = params.getAll("kind");
if (requested.length > 0) {
  form.querySelectorAll("input[name=kind]").forEach((box) => { box.checked = requested.includes(box.value); });
}
const initial = params.get("q");
if (initial) {
  input.value = initial;
  run();
}
