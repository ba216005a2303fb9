// The search page: Pagefind's index, our own small interface, filters by kind of page.
const form = document.querySelector(".search-form");
const input = document.getElementById("search-q");
const status = document.querySelector(".search-status");
const list = document.querySelector(".search-results");
const pagefindUrl = form.getAttribute("data-pagefind-root") + "pagefind.js";

let pagefind = null;

async function load() {
  if (!pagefind) {
    pagefind = await import(pagefindUrl);
    await pagefind.init();
  }
  return pagefind;
}

function kinds() {
  return Array.from(form.querySelectorAll("input[name=kind]:checked")).map((box) => box.value);
}

async function run() {
  const query = input.value.trim();
  const url = new URL(window.location.href);
  url.searchParams.set("q", query);
  history.replaceState(null, "", url);
  list.textContent = "";
  if (!query) {
    status.textContent = "";
    return;
  }
  status.textContent = "Searching…";
  try {
    const engine = await load();
    const search = await engine.search(query, { filters: { kind: { any: kinds() } } });
    const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
    for (const result of results) list.appendChild(render(result));
    status.textContent = results.length === 0 ? `No results for “${query}”.` : `${search.results.length} result${search.results.length === 1 ? "" : "s"} for “${query}”.`;
  } catch (error) {
    status.textContent = "Search is not available on this copy of the site.";
  }
}

function render(result) {
  const item = document.createElement("li");
  const kind = document.createElement("span");
  kind.className = "kind";
  kind.textContent = (result.filters.kind || [""])[0];
  const link = document.createElement("a");
  link.href = result.url;
  link.textContent = result.meta.title || result.url;
  const excerpt = document.createElement("p");
  // Pagefind's excerpt marks matches with <mark>; rebuild it from text so nothing else can slip in.
  const parts = result.excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    const text = document.createTextNode(part.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&"));
    if (index % 2 === 1) {
      const mark = document.createElement("mark");
      mark.appendChild(text);
      excerpt.appendChild(mark);
    } else {
      excerpt.appendChild(text);
    }
  });
  item.append(kind, document.createTextNode(" "), link, excerpt);
  return item;
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  run();
});
form.addEventListener("change", run);
let typing = 0;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(run, 200);
});

const initial = new URL(window.location.href).searchParams.get("q");
if (initial) {
  input.value = initial;
  run();
}
