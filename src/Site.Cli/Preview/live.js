// Live reload for `site preview`: served by the preview server only, never written to output/.
(() => {
  // Served from the site's own origin, so the page's Content-Security-Policy allows it and its event stream as it is;
  // the overlay is styled through element.style, which that policy allows, never through style attributes, and its
  // button works through addEventListener, never through an inline handler.
  const { base, version } = document.currentScript.dataset;
  const events = new EventSource(base + "__preview/events?version=" + encodeURIComponent(version));
  events.addEventListener("reload", () => location.reload());
  events.addEventListener("failed", (event) => show(JSON.parse(event.data)));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      hide();
    }
  });

  // Where the focus was before the overlay took it, to give it back when the overlay closes.
  let focusBefore = null;

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
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Close";
    Object.assign(close.style, {
      float: "right", margin: "0 0 0.5rem 1rem", minWidth: "44px", minHeight: "44px", padding: "0 0.75rem",
      font: "inherit", fontWeight: "bold", color: "#1d1a16", background: "#fbf8f3", border: "2px solid #ff6b4a", borderRadius: "4px",
    });
    close.addEventListener("click", hide);
    const title = document.createElement("strong");
    title.textContent = "The site did not build, so this page may be out of date. Fix these and save; it reloads once the site builds:";
    const details = document.createElement("div");
    Object.assign(details.style, { clear: "both", paddingTop: "1em" });
    let excerpt = null;
    for (const line of text.replace(/\n$/, "").split("\n")) {
      const isExcerpt = /^ *[0-9]* \|/.test(line);
      if (isExcerpt && excerpt) {
        excerpt.textContent += "\n" + line;
        continue;
      }
      const block = lines(line, isExcerpt);
      excerpt = isExcerpt ? block : null;
      details.append(block);
    }
    box.replaceChildren(close, title, details);
    if (!box.contains(document.activeElement)) {
      focusBefore = document.activeElement;
      close.focus({ preventScroll: true });
    }
  }

  // The lines an error quotes from a file, with the markers under them, stay whole, so that each marker stays under
  // the character it marks; a quoted line wider than the screen scrolls sideways in its own box, which takes the
  // keyboard focus so that it scrolls from the keyboard too. The other lines wrap, so that every word of them shows.
  function lines(text, isExcerpt) {
    const block = document.createElement(isExcerpt ? "pre" : "div");
    Object.assign(block.style, isExcerpt
      ? { font: "inherit", margin: "0", whiteSpace: "pre", overflowX: "auto" }
      : { whiteSpace: "pre-wrap", overflowWrap: "anywhere" });
    if (isExcerpt) {
      block.tabIndex = 0;
    }
    block.textContent = text;
    return block;
  }

  function hide() {
    const box = document.getElementById("preview-errors");
    if (!box) {
      return;
    }
    box.remove();
    if (focusBefore && focusBefore.isConnected && focusBefore !== document.body) {
      focusBefore.focus({ preventScroll: true });
    }
    focusBefore = null;
  }
})();
