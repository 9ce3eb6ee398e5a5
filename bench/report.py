#!/usr/bin/env python3
"""Format the results of bench/run as docs/benchmarks.md. usage: report.py RESULTS_DIR SIZE ..."""
import datetime
import glob
import json
import os
import platform
import re
import statistics
import subprocess
import sys


def load(results, name):
    """The timed runs of one tool at one size and place, joined from the turns bench/run took: median, min and max."""
    times = []
    for file in glob.glob(os.path.join(results, name + ".*.json")):
        with open(file) as fh:
            times += json.load(fh)["results"][0]["times"]
    return {"median": statistics.median(times), "min": min(times), "max": max(times), "runs": len(times)}


def text(results, name):
    with open(os.path.join(results, name)) as fh:
        return fh.read().strip()


def seconds(value):
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def spread(result):
    return f"{seconds(result['median'])} ({seconds(result['min'])}–{seconds(result['max'])})"


def command(args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip().splitlines()[0]
    except (OSError, IndexError):
        return "unknown"


def targets(results, sizes):
    """Each target of the native-speed issue, met or not, from these figures."""
    print("\n## Targets\n")
    print("| target | result | met |")
    print("|---|---|---|")
    for size in sizes:
        ours, hugo = load(results, f"{size}-ram-ours"), load(results, f"{size}-ram-hugo")
        print(f"| {size}: at most half of Hugo's time, output in RAM | {seconds(ours['median'])} vs {seconds(hugo['median'])} "
              f"({ours['median'] / hugo['median']:.2f}×) | {'yes' if ours['median'] <= hugo['median'] / 2 else 'no'} |")
    if "real" in sizes:
        real = load(results, "real-ram-ours")["median"]
        print(f"| real site under 60 ms including process start | {seconds(real)} | {'yes' if real < 0.06 else 'no'} |")
    if "10000" in sizes:
        ours, hugo = (int(text(results, f"10000-ram-{tool}.rss").splitlines()[-1]) / 1024 for tool in ("ours", "hugo"))
        print(f"| 10,000 pages: peak memory at most half of Hugo's | {ours:.0f} vs {hugo:.0f} MiB | {'yes' if ours <= hugo / 2 else 'no'} |")
    preview = os.path.join(results, "preview.json")
    if os.path.exists(preview):
        with open(preview) as fh:
            edit = json.load(fh)
        worst = max(edit["first"], edit["median"])
        print(f"| preview: edit to reload within 30 ms, the first edit included | first {edit['first']:.0f} ms, then median "
              f"{edit['median']:.0f} ms ({edit['min']:.0f}–{edit['max']:.0f} ms) | {'yes' if worst <= 30 else 'no'} |")
    if "1000" in sizes and "10000" in sizes:
        small, large = load(results, "1000-ram-ours")["median"], load(results, "10000-ram-ours")["median"]
        print(f"| linear growth: 10,000 pages within 11× of 1,000 | {large / small:.1f}× | {'yes' if large / small <= 11 else 'no'} |")


def main():
    results, sizes = sys.argv[1], sys.argv[2:]
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
    print("# Build benchmark: this generator and Hugo, side by side\n")
    print(f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores ({cpu}), "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB, "
          f"with {command(['dotnet', '--version'])} (.NET SDK; the tool published Release as one native executable with Native AOT) "
          f"and {command(['hugo', 'version'])}.\n")
    print("Command: `bench/run` (see the README). Each size is built from the same synthetic data "
          "(`../shared/bench-peers/gen.py`, converted by `bench/convert.py`); \"real\" is this repository's own site, "
          "compared with Hugo building the 60-page synthetic site of the same shape. Times are wall-clock for the whole "
          "process, from a fresh output folder, measured by hyperfine: median, with the fastest and slowest run in "
          "brackets. The two tools take turns, one run each, so that a slow spell on the host slows both. Peak memory is the maximum resident set size of one more run.\n")
    print("| pages | output | this generator | Hugo | ratio | pages/s (ours) | peak memory (ours / Hugo) |")
    print("|---|---|---|---|---|---|---|")
    for size in sizes:
        for place in ("ram", "disk"):
            ours, hugo = load(results, f"{size}-{place}-ours"), load(results, f"{size}-{place}-hugo")
            pages = int(text(results, f"{size}-{place}-ours.pages"))
            rss_ours = int(text(results, f"{size}-{place}-ours.rss").splitlines()[-1]) / 1024
            rss_hugo = int(text(results, f"{size}-{place}-hugo.rss").splitlines()[-1]) / 1024
            label = f"{size} ({pages})" if size == "real" else f"{pages}"
            print(f"| {label} | {'RAM (/dev/shm)' if place == 'ram' else 'disk'} | {spread(ours)} | {spread(hugo)} | "
                  f"{ours['median'] / hugo['median']:.1f}× | {pages / ours['median']:.0f} | {rss_ours:.0f} / {rss_hugo:.0f} MiB |")
    stolen = []
    for size in sizes:
        path = os.path.join(results, f"{size}.steal")
        if os.path.exists(path):
            ticks, per_second = (int(v) for v in text(results, f"{size}.steal").split())
            stolen.append(f"{size} {ticks / per_second:.1f} s")
    if stolen:
        print("\nCPU time the host gave to other machines while these were measured (steal, from `/proc/stat`; both "
              "tools ran in it, taking turns): " + ", ".join(stolen) + ".")
    targets(results, sizes)
    print("\n## Where the time goes (this generator, one run with output in RAM)\n")
    print("| pages | read | validate | link | render | check | write | bytes written |")
    print("|---|---|---|---|---|---|---|---|")
    for size in sizes:
        log = text(results, f"{size}-ram-ours.log")
        stages = dict(re.findall(r"(read|validate|link|render|check|write) (\d+) ms", log))
        written = int(text(results, f"{size}-ram-ours.bytes"))
        print(f"| {size} | " + " | ".join(f"{stages.get(s, '?')} ms" for s in ("read", "validate", "link", "render", "check", "write"))
              + f" | {written / 2**20:.1f} MiB |")
    print(NOTES.rstrip())


NOTES = """
Render, check and write run page by page on both cores, so their times overlap: each is given its share of that
phase (its time summed over the threads, divided by the number of cores); the check of links between pages and the
final move into `output/` are timed on their own.

## How the build is kept fast

- **Start-up.** The benchmark measures the tool as the README offers it: one native executable made with Native AOT
  (`PublishAot` in `src/Site.Cli/Site.Cli.csproj`). There is no runtime to start and no code to compile or fix up at
  run time: the real site's build went from about 300 ms (the ReadyToRun tool of the last benchmark) to about 50 ms,
  process start included. The trimming and AOT analyzers run in every build (`IsAotCompatible` in the engine and the
  theme), so code that would break the native tool fails `dotnet build`. The theme's page components are named at
  compile time in one place (`ThemeRenderer.RenderOneAsync`), the preview's JSON is source-generated (`PreviewJson`),
  and the search index is written with `Utf8JsonWriter`; the one summary warning left, from
  Microsoft.AspNetCore.Components' own code, is explained in the project file and covered by the test that builds the
  real site with both tools and compares every byte (`tests/Site.Tests/Cli/Native/`). The preview builds no warm-up builds
  in the native tool, where the first build is as fast as the thirtieth. The executable keeps its
  data as the program uses it (`IlcDehydrate` false), and each run starts 2.5 ms sooner (printing the help: 12.6
  against 10.1 ms, `perf stat -r 40`). On Linux it is linked at a fixed address (`PositionIndependentExecutable`
  false): a position-independent executable of this size carries 420,000 relocations (10 MB) that the loader applied
  to every page of the tool's data before `Main`, 7 of those 10 ms; printing the help now takes 2.8 ms (`perf stat
  -r 50`, 1,900 fewer page faults), and the executable is 30 MB instead of 40. What is given up is the random address
  of the tool's own code (its libraries, stack and heap are still placed at random), for a local tool that reads the
  project it is pointed at.
- **No thread waits for the pool.** Pages are taken one at a time by whichever render worker is free, not dealt out
  in fixed shares; the assets, feeds and share cards are staged on a thread of their own; kept cards are read in
  order, and cards to draw are drawn with `Parallel.ForEach`, whose calling thread draws too. Until this record, the
  cards' ordered PLINQ query held a pool thread waiting for tasks queued behind the second render worker, so on two
  cores every page of the real site was rendered on one thread (85 ms; 60 ms once fixed, the same host and content).
- **No collection in a small build.** Objects up to 1 MiB are made in the first generation
  (`System.GC.LOHThreshold`): the real site's larger pages, their bytes and the page check's buffers used to exhaust
  the large object heap's first budget and cost one full, blocking collection of about 10 ms; now a build of the real
  site makes 27 MB of objects and collects nothing. A page's UTF-8 bytes go into a buffer each thread reuses, sized
  once per page.
- **No stage is worse than linear.** The link stage builds every index once (facts by person, by work and by source;
  sources' listings); each seed is normalised once and every quote is found in it with one ordinal search.
- **Both cores.** Content files are parsed in parallel, largest first, one at a time to whichever thread is free,
  with the pages and seeds read beside them; the validation rules run side by side, and quotes are looked for in their
  seeds in parallel; the slower indexes of the link stage are built side by side. Pages are rendered by one worker per
  core, and every page's view model, the collection pages' included, is built on those workers as its page renders;
  the search index, sitemap, feed and share cards are made on a thread of their own meanwhile. Each page gets its own
  Razor `HtmlRenderer`, disposed after the page, so its components' arrays of render frames go back to the shared pool
  for the next page; each worker reuses one buffer for the HTML it writes.
- **A light YAML tree.** YamlDotNet's parser events are built into a tree of our own (`YamlTreeBuilder`): values, their
  order and where they start, with no tags, anchors or hash tables per mapping; a record's fields are looked up in the
  mapping's own array. The builder refuses aliases and keys given twice itself, and stops at 64 levels of nesting,
  because YamlDotNet's time grows with the square of the depth.
- **A small content model.** A value and its position (`Located<T>`, `SourceSpan`) are structs inside the record, lists
  are arrays of exactly their length, and the ids that refer to other records share one string per id: the model of a
  large site has hundreds of thousands fewer objects for the garbage collector to copy and trace. The seed articles
  are let go once the quotes are checked.
- **Page by page.** Each page is checked by the worker that rendered it, as soon as it is rendered, and staged beside
  `output/` if its bytes changed: no page is held in memory, and short-lived garbage stays short-lived. Only when every
  page has passed are the staged files moved into `output/` and stale files deleted, so a failed build leaves
  `output/` untouched.
- **A cheaper check.** Pages are read with AngleSharp's HTML tokenizer, as struct tokens over a read-only source (tag
  names and attribute values are slices of the page, not new strings), rather than parsed into a DOM; the element
  nesting is checked on the tokens. A link written exactly as the address of a page the build plans is good, and is
  not even made into a string; any other link without an anchor is settled as soon as its page is read; only links
  with an anchor on another page, and the ids of every page, are kept for the end.
- **Large pages, in pieces.** The search page lists everything for readers without JavaScript (20 MB at 10,000
  pages); the index pages of works, people and sources and the timeline list thousands of items too. Their listings
  (`theme/Shared/Streamed.razor`, `theme/PageParts.cs`) are rendered after the rest of the page, 128 items per
  renderer, and each part is handed on as a piece of the page: the check reads the pieces one after another with a
  tokenizer each, carrying the open elements over, and the pieces are encoded into the file. So a large page is never
  one string of tens of megabytes, nor copied whole by the tokenizer, nor held as render frames whole. The search index
  is written into a buffer sized for it once, and that buffer is the file.

## Each target: where the time goes, and what was tried

This host is shared, and its speed changes from minute to minute: Hugo built its 60-page site in 110 ms in this run,
where it takes about 92 ms on a quiet host. Little of that shows as steal, so Hugo's own time is the better gauge of
the host's state. The tools take turns, so the ratios are fair; the absolute times are somewhat high.

- **Real site: half of Hugo's time, and under 60 ms: both met.** 50 ms against Hugo's 110 ms (0.45×), the median of
  30 turns. The record before this one measured 61 ms against 130 ms (0.47×) with the same tool on a busier host; in
  alternating runs that evening (30 turns each, a Python loop timing each process) it took 62–67 ms where the tool of
  the record before that (commit 0330337) took 72–75 ms. What brought it under 60 ms: the executable is linked at a fixed
  address (start-up 10 → 2.8 ms), and the theme's 1,700 small components became fragments (about a tenth of the CPU
  time). What the pictures and the phone layout had cost (82–85 ms on a quiet host two records ago) was mostly not
  their work but waiting:
  - *One core for every page* (85 to 60 ms): the share cards were read through an ordered PLINQ query, which held a
    thread-pool thread waiting for tasks queued behind the second render worker; on two cores the pool had no thread
    left, so the second worker started only after the first had rendered its whole share. Pages are now taken one at
    a time by whichever worker is free, the side files are staged on a thread of their own, and cards are read in
    order (drawn, when they must be, with `Parallel.ForEach`, whose calling thread draws too).
  - *A full collection* (about 10 ms): the larger pages (the notes carry their quoted words), their bytes and the page
    check's buffers used up the large object heap's first budget of about 3 MB, and the collector stopped every thread
    for one full, compacting collection. With `System.GC.LOHThreshold` at 1 MiB, a build of the real site makes 27 MB of
    objects and collects nothing; peak memory fell from 60 to 56 MiB.
  - *Waiting in read and validate* (a few ms): data files are parsed largest first, the settings, pages and seeds
    beside them, the validation rules side by side; start-up is 2.5 ms shorter with `IlcDehydrate` false.
  - *1,700 small components* (about a tenth of the CPU time): each citation, fact, quote, credit list and work card
    was a Razor component, and the renderer gave each an object, parameters set by reflection and a diff of its own.
    They are static fragments now (`@FactItem.For(fact, Notes)` in `theme/Shared/`), rendered in place; the HTML is
    the same but for whitespace between elements and the notes' numbers, which follow the reading order. The links
    between pages are checked on both cores.
  What is left is the content: 1.06 MB of HTML where there were 0.79 MB, 111 files where there were 64, and 44 share
  cards to copy from the cache. The build's CPU time (about 85 ms on two cores on a quiet host) is a fifth the
  garbage collector clearing fresh memory, most of it the kernel's page faults (25 MB of objects, about 7,000 faults),
  a sixth the page check's tokenizer, a sixth Razor's rendering and a tenth YamlDotNet's parser (`perf record -g` on a
  tool published with `-p:StripSymbols=false`). Tried without gain: a smaller first generation so that memory is
  reused (`DOTNET_GCgen0size` of 2 to 16 MB: fewer page faults, more time collecting), transparent huge pages for
  the heap (the collector commits 64 KB at a time, so no huge page is ever used), no background collector thread, no
  spinning in the thread pool's semaphore, `OptimizationPreference` Speed.
- **Half of Hugo's time at 1,000 and 10,000 pages.** Reading is the largest stage at both sizes; see **Reading**
  below for the parsers tried. Rendering and the page check come next. Tried and measured, without gain: YamlDotNet
  18.1 (same scanner), a larger first-generation budget for the garbage collector (`DOTNET_GCgen0size`: the same CPU
  time and peak). Not yet tried: reading with a scanner that keeps no shared pool (the patched pool of the parser
  study saves about 0.4 s at 10,000 pages), and keeping the search page's listing out of the per-page check.
- **Peak memory at 10,000 pages, at most half of Hugo's.** The content model, the seeds until the quotes are checked,
  and the large pages' encoded bytes (the search page is 20 MB) make the peak; see **Memory** below. The peak rose
  from 365 to about 414 MiB with the pages of the last record: each citation's note carries its quoted words (the
  synthetic site's output grew from 161 to 186 MiB), and the six-degrees page lists every person. It was 428 MiB in
  the last record and is 420 MiB in this one; one tool's peak varies by ±35 MiB from run to run here (four runs of one
  tool: 372 to 423 MiB), and reading the seeds beside the data files adds to it.
- **Preview within 30 ms of saving** (first edit 59 ms, then a median of 54 ms). The watcher waits 10 ms of
  quiet, and the rest is a whole rebuild: every file is read and every page rendered and checked again, though one
  fact changed four pages, and the share cards' text is laid out again to find them in the cache. The native tool
  runs no warm-up builds. Next: keep each unchanged file's records and each unchanged page's check between rebuilds.

## What is left

- **Reading.** At 10,000 pages, reading about 37 MB of YAML is still the largest stage. Most of it is YamlDotNet's
  scanner: producing the parser events alone takes about 1.7 s of CPU at 10,000 pages and allocates 0.76 GB; the rest
  is the garbage collector promoting the growing content model and our loaders. The scanner shares one static pool
  of string builders between threads, so two threads scanning at once contend for it: they use 1.2–1.5 times the CPU
  of one thread for the same files, and allocate a quarter more. Three parsers were compared on the parser events
  alone, every scalar keeping its line and column, compiled with Native AOT and run interleaved (a study outside the
  repository; median of 7 rounds, two threads, on a loaded host): at 1,000 pages YamlDotNet 16.3 165 ms, 18.1
  172 ms, SharpYaml 3.17 156 ms; at 10,000 pages 1.55 s, 1.53 s and 1.28 s. YamlDotNet 18.1 has the same scanner and
  the same pool; SharpYaml has no shared pool but is 10–15% slower on one thread, counts lines and columns from 0, and
  words its errors differently, which the advice of `YamlDocumentParser` is built on. A per-thread pool in a patched
  YamlDotNet removes the contention (1.10 s at 10,000 pages, output identical), but the pool is internal: no public
  API replaces it, so that fix belongs upstream, not in a vendored copy of the parser. The project moved to YamlDotNet
  18.1, which targets .NET 10, for its own sake; not for speed.
- **Share cards.** A card is designed as SVG by the theme and rasterised with Svg.Skia 5.2.3 on SkiaSharp 4.156.1,
  both marked trimmable and AOT-compatible except ShimSkiaSharp, which has no mark. A probe outside the repository
  (`PublishAot`, one card with `<text>` in the theme's font through a custom `ITypefaceProvider`, `dotnet publish -c
  Release -r linux-x64` with `TrimmerSingleWarn=false`) gave no IL warning at all, and the native probe drew the same
  bytes on every run and as under the runtime; so does the site tool's publish (`NativeToolTests`). Svg.Skia adds
  HarfBuzz's native library beside the executable (3 MB) and 9 MB to it (17 to 26 MB; 40 MB since its data is kept
  uncompressed, 30 MB since it is linked at a fixed address). Drawing every card of the real
  site anew, with an empty `.cache/cards/`, takes the native tool 0.8–1.0 s of CPU (0.6–0.9 s when cards were drawn
  straight on Skia's canvas), and under half a second of wall time on two cores; from the cache, the build takes
  0.08 s as before. Cards are keyed by a hash of their SVG, so a change of design redraws them without a version bump.
  The benchmark's synthetic sites turn cards off (`share_cards: false`, written by `bench/convert.py`; `bench/run`
  converts a site again whenever the converter is newer than it).
- **Memory.** The garbage collector frees large objects only in its full collections, which are rare in a build this
  short, so every large temporary (a big page's bytes, a big array) adds to the peak for the rest of the build. What
  remains large is each big page's encoded bytes (20 MB for the search page), the content model, and the ids and
  anchored links kept for the check of links between pages.
"""


if __name__ == "__main__":
    main()
