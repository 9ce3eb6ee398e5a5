// Search as you type over search-index.json. Without JavaScript the page lists everything instead.
(() => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("q");
  const results = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  const everything = document.getElementById("search-all");
  const labels = { fact: "Fact", quote: "Quote", person: "Person", work: "Work", source: "Source" };
  const order = { person: 0, work: 1, fact: 2, quote: 3, source: 4 };
  const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  let entries = [];

  form.hidden = false;
  fetch(input.dataset.index)
    .then((response) => response.json())
    .then((rows) => {
      entries = rows.map(([kind, text, context, href], index) =>
        ({ kind, text, context, href, index, title: fold(text), all: fold(text + " " + context) }));
      const query = new URLSearchParams(location.search).get("q");
      if (query) input.value = query;
      show();
    });

  function show() {
    const query = fold(input.value.trim());
    const terms = query.split(/\s+/).filter(Boolean);
    results.replaceChildren();
    if (terms.length === 0) {
      results.hidden = true;
      everything.hidden = false;
      status.textContent = "";
      return;
    }

    const hits = entries
      .filter((e) => terms.every((t) => e.all.includes(t)))
      .map((e) => ({ e, rank: (e.title.includes(query) ? 0 : 10) + order[e.kind] }))
      .sort((a, b) => a.rank - b.rank || a.e.index - b.e.index)
      .slice(0, 50);
    for (const { e } of hits) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = e.href;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = labels[e.kind];
      link.append(kind, " ", e.text);
      const context = document.createElement("span");
      context.className = "context";
      context.textContent = e.context;
      item.append(link, " ", context);
      results.append(item);
    }
    results.hidden = hits.length === 0;
    everything.hidden = true;
    status.textContent = hits.length === 0 ? "No results." : hits.length === 1 ? "1 result." : `${hits.length} results.`;
  }

  const links = () => [...results.querySelectorAll("a")];
  input.addEventListener("input", show);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) location.href = first.href;
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  results.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      input.focus();
    }
  });
})();
