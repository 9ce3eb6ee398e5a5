// Live reload for `site preview`: served by the preview server only, never written to output/.
(() => {
  // Served from the site's own origin, so the page's Content-Security-Policy allows it and its event stream as it is;
  // the overlay is styled through element.style, which that policy allows, never through style attributes.
  const { base, version } = document.currentScript.dataset;
  const events = new EventSource(base + "__preview/events?version=" + encodeURIComponent(version));
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));

  function show(text) {
    let box = document.getElementById("preview-errors");
    if (!box) {
      box = document.createElement("div");
      box.id = "preview-errors";
      box.setAttribute("role", "alert");
      Object.assign(box.style, {
        position: "fixed", inset: "1rem", zIndex: "2147483647", overflow: "auto", padding: "1rem 1.25rem",
        background: "#1d1a16", color: "#fbf8f3", border: "4px solid #ff6b4a", borderRadius: "8px",
        font: "14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
      });
      document.body.append(box);
    }
    const title = document.createElement("strong");
    title.textContent = "The site did not build, so this page may be out of date. Fix these and save; it reloads once the site builds:";
    const details = document.createElement("pre");
    details.style.whiteSpace = "pre-wrap";
    details.textContent = text;
    box.replaceChildren(title, details);
  }
})();
