#!/usr/bin/env python3
"""Edit-to-reload time of the preview: how long after a fact is saved the changed page is on disk and open tabs are
told to reload. usage: preview.py SITE_TOOL PROJECT THEME RESULTS_FILE [EDITS]

PROJECT is copied to a scratch folder first (its input/ and seeds/), so the repository is never edited. One fact's
statement is changed back and forth; each edit is timed from just before the file is written to the moment the
reload event arrives on the event stream a browser tab would hold open, after which the page that shows the fact
must already hold the new text. The first edit after start-up is reported on its own.
"""
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

tool, project, theme, results = sys.argv[1:5]
edits = int(sys.argv[5]) if len(sys.argv) > 5 else 20
FACT_FILE = "input/facts/careers.yaml"
BEFORE = "statement: Kevin Bacon is a Philadelphia native."
PAGE = "people/kevin-bacon/index.html"

log = []
scratch = tempfile.mkdtemp(prefix="site-preview-bench-", dir=os.path.dirname(results))
try:
    for folder in ("input", "seeds"):
        shutil.copytree(os.path.join(project, folder), os.path.join(scratch, folder))
    preview = subprocess.Popen([tool, "preview", "--root", scratch, "--theme", theme, "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        for line in preview.stdout:
            if line.startswith("Serving "):
                address = line.split()[1]
                break
        else:
            sys.exit("the preview stopped before serving")
        host, port = address.split("//")[1].rstrip("/").split(":")
        threading.Thread(target=lambda: [log.append(line) for line in preview.stdout], daemon=True).start()
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        connection.request("GET", "/__preview/events")
        events = connection.getresponse()
        assert events.readline().strip() == b": connected"

        def wait_for_reload():
            while True:
                line = events.readline()
                if not line:
                    sys.exit("the event stream ended")
                if line.startswith(b"event: "):
                    name = line[7:].strip().decode()
                    if name == "failed":
                        sys.exit("the rebuild failed")
                    if name == "reload":
                        return

        path = os.path.join(scratch, FACT_FILE)
        with open(path, encoding="utf-8") as fh:
            original = fh.read()
        assert BEFORE in original, f"{FACT_FILE} no longer holds the fact this benchmark edits"
        times = []
        for edit in range(edits):
            words = f"Kevin Bacon is a Philadelphia native (edit {edit})."
            changed = original.replace(BEFORE, "statement: " + words)
            time.sleep(0.3)  # apart enough that each edit is a rebuild of its own
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(changed)
            wait_for_reload()
            times.append((time.perf_counter() - start) * 1000)
            with open(os.path.join(scratch, "output", PAGE), encoding="utf-8") as fh:
                assert words in fh.read(), "the reload was sent before the page was written"
        report = {"first": times[0], "median": statistics.median(times[1:]), "min": min(times[1:]), "max": max(times[1:]), "edits": edits}
        with open(results, "w") as fh:
            json.dump(report, fh)
        print(f"edit to reload: first {times[0]:.0f} ms, then median {report['median']:.0f} ms "
              f"({report['min']:.0f}–{report['max']:.0f} ms) over {edits - 1} edits")
        if os.environ.get("VERBOSE"):
            print("".join(log))
    finally:
        connection.close()
        preview.terminate()
        preview.wait(timeout=10)
finally:
    shutil.rmtree(scratch, ignore_errors=True)
